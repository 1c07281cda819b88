"""``python -m benchmarks``: every script run, one table, a failing status on a regression."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from benchmarks.__main__ import main
from benchmarks.figures import RECORDS_ENV, Figure, Verdict, read_records, report

ROOT = Path(__file__).resolve().parents[2]


def _script(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    """A benchmarks folder: two scripts that report, one that only prints, one helper."""
    _script(
        tmp_path,
        "bench_decisions.py",
        """
        from benchmarks.figures import report
        print("đang đo…")
        report("phím quyết định → bình luận kế, p95", 12.5, 16)
        report("tìm kiếm trên 200.000 bình luận", 140, 100)  # over, within 50 %
        """,
    )
    _script(
        tmp_path,
        "bench_uploads.py",
        """
        from benchmarks.figures import report
        report("tải ảnh lên", 42.0, 20, "MiB/s", higher_is_better=True)
        report("bộ nhớ đỉnh", 31.0, None, "MB")
        """,
    )
    _script(
        tmp_path,
        "bench_legacy.py",
        """
        print("mở danh sách 10.000 bài: 120 ms (budget 300 ms: ok)")
        """,
    )
    _script(tmp_path, "helpers.py", "raise SystemExit('not a benchmark: never run')\n")
    return tmp_path


def test_every_script_is_run_and_its_figures_are_in_one_table(
    scripts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["--folder", str(scripts)])

    out = capsys.readouterr().out
    table = out[out.index("script  ") :]
    assert status == 0  # 140 ms against 100 ms is over, but within the 50 % margin
    assert "phím quyết định → bình luận kế, p95" in table and "12.5 ms" in table
    row = next(line for line in table.splitlines() if "tìm kiếm" in line)
    assert row.split()[-1] == "over" and "≤ 100 ms" in row and "140 ms" in row
    row = next(line for line in table.splitlines() if "tải ảnh lên" in line)
    assert row.split()[-1] == "ok" and "≥ 20 MiB/s" in row
    # A script that does not report figures yet shows what it printed.
    row = next(line for line in table.splitlines() if line.startswith("bench_legacy"))
    assert "(no figures reported" in row
    assert "    mở danh sách 10.000 bài: 120 ms (budget 300 ms: ok)" in table
    assert "helpers" not in out
    assert "  | đang đo…" in out  # the scripts' own output, as it came


def test_a_figure_far_past_its_budget_fails_the_run(
    scripts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _script(
        scripts,
        "bench_startup.py",
        """
        from benchmarks.figures import report
        report("khởi động đến cửa sổ chính", 160, 100)
        """,
    )

    assert main(["--folder", str(scripts), "startup"]) == 1
    out = capsys.readouterr().out
    assert "bench_decisions" not in out  # only the scripts named
    row = next(line for line in out.splitlines() if "khởi động" in line and "MISSED" in line)
    assert "160 ms" in row
    assert main(["--folder", str(scripts), "--margin", "0.7", "startup"]) == 0


def test_a_crashing_script_fails_the_run_and_shows_why(
    scripts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _script(
        scripts,
        "bench_broken.py",
        """
        from benchmarks.figures import report
        report("trước khi hỏng", 1, 10)
        raise RuntimeError("cơ sở dữ liệu bị khoá")
        """,
    )

    assert main(["--folder", str(scripts)]) == 1
    out = capsys.readouterr().out
    table = out[out.index("script  ") :]
    row = next(line for line in table.splitlines() if "(failed" in line)
    assert row.startswith("bench_broken") and "exit status 1" in row and "FAILED" in row
    assert "trước khi hỏng" in table  # what it measured before it broke still counts
    assert "RuntimeError: cơ sở dữ liệu bị khoá" in out


def test_a_script_that_hangs_is_stopped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _script(tmp_path, "bench_hang.py", "import time\ntime.sleep(600)\n")

    assert main(["--folder", str(tmp_path), "--timeout", "2"]) == 1
    row = next(line for line in capsys.readouterr().out.splitlines() if "bench_hang  " in line)
    assert "stopped after the time limit" in row and "FAILED" in row


def test_python_m_benchmarks_lists_the_projects_scripts() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--list"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = result.stdout.split()
    assert "bench_moderation.py" in names and "bench_import.py" in names
    assert all(name.startswith("bench_") for name in names)


def test_a_script_run_alone_prints_its_figures_and_records_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(RECORDS_ENV, raising=False)
    monkeypatch.chdir(tmp_path)

    report("mở bài 200 lượt hỏi đáp", 149.0, 300)

    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("mở bài 200 lượt hỏi đáp ")
    assert line.endswith(" 149 ms  (budget ≤ 300 ms: ok)")
    assert list(tmp_path.iterdir()) == []


def test_records_survive_a_round_trip_and_junk_lines_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "figures.jsonl"
    monkeypatch.setenv(RECORDS_ENV, str(records))
    figure = report("nhập 5.000 từ", 28.25, 100)
    with records.open("a", encoding="utf-8") as file:
        file.write("không phải JSON\n")
        file.write(json.dumps({"name": "thiếu kết quả"}) + "\n")
    capsys.readouterr()

    assert read_records(records) == [figure]
    assert read_records(tmp_path / "missing.jsonl") == []


@pytest.mark.parametrize(
    ("result", "higher_is_better", "expected"),
    [
        (100, False, Verdict.OK),
        (150, False, Verdict.OVER),
        (151, False, Verdict.MISSED),
        (100, True, Verdict.OK),
        (67, True, Verdict.OVER),
        (66, True, Verdict.MISSED),
    ],
)
def test_a_figure_is_judged_against_its_budget_with_a_margin(
    result: float, higher_is_better: bool, expected: Verdict
) -> None:
    figure = Figure("x", result, 100, "ms", higher_is_better)
    assert figure.verdict(margin=0.5) is expected
    assert Figure("x", 10**6, None).verdict() is Verdict.UNJUDGED
