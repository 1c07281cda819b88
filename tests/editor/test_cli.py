"""The headless editor commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.editor.helpers import run_main
from tests.small_disk import small_disk

FIXTURES = Path(__file__).parent / "fixtures"


_run = run_main


def test_import_json_prints_the_structure() -> None:
    result = _run("import", str(FIXTURES / "02-pv-ong-thuchien.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = json.loads((FIXTURES / "02-pv-ong-thuchien.expected.json").read_text("utf-8"))
    assert set(data) == {"title", "lead", "byline", "blocks"}
    assert data == {key: expected[key] for key in data}


def test_import_of_an_unreadable_file_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    binary = tmp_path / "anh.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    for path in (binary, tmp_path / "missing.txt", tmp_path):
        result = _run("import", str(path), "--json")
        assert result.returncode != 0
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newsdesk: ")
        assert "Traceback" not in result.stderr


def test_export_writes_html_text_and_pdf_that_reimports(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    fixture = FIXTURES / "03-hoi-dap-barename.txt"
    saved = _run("--data-dir", str(data_dir), "import", str(fixture), "--save")
    assert saved.returncode == 0, saved.stderr
    for fmt in ("html", "txt", "pdf"):
        target = tmp_path / f"out.{fmt}"
        result = _run(
            "--data-dir", str(data_dir), "export", "1", "--format", fmt, "-o", str(target)
        )
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 0
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    html = (tmp_path / "out.html").read_text("utf-8")
    assert "<strong>" in html and "style=" not in html
    again = _run("import", str(tmp_path / "out.txt"), "--json")
    original = _run("import", str(fixture), "--json")
    assert json.loads(again.stdout) == json.loads(original.stdout)


def test_export_of_a_missing_interview_fails_cleanly(tmp_path: Path) -> None:
    result = _run("--data-dir", str(tmp_path), "export", "42", "-o", str(tmp_path / "x.html"))
    assert result.returncode == 1
    assert result.stderr.strip() == "newsdesk: there is no interview 42"


def _assert_one_clear_line(result: subprocess.CompletedProcess[str], *phrases: str) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsdesk: "), result.stderr
    for phrase in phrases:
        assert phrase in lines[0]
    return lines[0]


def test_import_save_into_a_folder_that_cannot_be_created_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    data_dir = blocker / "profile"
    fixture = FIXTURES / "03-hoi-dap-barename.txt"

    result = _run("--data-dir", str(data_dir), "import", str(fixture), "--save")

    _assert_one_clear_line(result, str(blocker), "cannot use the folder")
    assert result.stdout == ""  # nothing printed as if it had worked


def test_import_save_onto_a_read_only_disk_says_so(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        disk.read_only()
        result = _run(
            "--data-dir",
            str(disk.root / "profile"),
            "import",
            str(FIXTURES / "03-hoi-dap-barename.txt"),
            "--save",
        )
    _assert_one_clear_line(result, "read-only")


def test_export_to_a_read_only_disk_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    saved = _run(
        "--data-dir", str(data_dir), "import", str(FIXTURES / "02-pv-ong-thuchien.txt"), "--save"
    )
    assert saved.returncode == 0, saved.stderr
    with small_disk(tmp_path / "disk") as disk:
        disk.read_only()
        target = disk.root / "phong-van.html"
        result = _run("--data-dir", str(data_dir), "export", "1", "-o", str(target))
        line = _assert_one_clear_line(result, str(target), "Read-only file system")
        assert list(disk.root.iterdir()) == []
    assert line.startswith("newsdesk: Could not write")


def test_export_to_a_full_disk_says_so_and_leaves_no_partial_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    saved = _run(
        "--data-dir", str(data_dir), "import", str(FIXTURES / "02-pv-ong-thuchien.txt"), "--save"
    )
    assert saved.returncode == 0, saved.stderr
    with small_disk(tmp_path / "disk", size_kb=256) as disk:
        disk.fill()
        target = disk.root / "phong-van.pdf"
        result = _run(
            "--data-dir", str(data_dir), "export", "1", "--format", "pdf", "-o", str(target)
        )
        _assert_one_clear_line(result, str(target), "No space left")
        assert sorted(p.name for p in disk.root.iterdir()) == ["filler.bin"]


def test_every_export_format_can_be_chosen_on_the_command_line() -> None:
    from editor.cli import EXPORT_FORMATS
    from editor.export import ExportFormat

    assert tuple(fmt.value for fmt in ExportFormat) == EXPORT_FORMATS
