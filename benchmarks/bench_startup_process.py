"""Cold start of the whole process: Newsdesk against a bare PySide6 window.

    python benchmarks/bench_startup_process.py [--pairs 7] [--interviews 40]

Starts, as separate processes and alternating, ``main.py`` on a profile whose
database is already at the newest schema (so no migration) and a bare window
(a ``QMainWindow`` with one label, shown, quitting on the first turn of the
event loop). Each pair starts Newsdesk twice: once quitting on the first turn
of the event loop with its window shown and the interview list filled in
(``NEWSDESK_QUIT_WHEN_READY=1``: what the user sees first, the figure the goal
is about), once quitting when the store is open and every action works
(``NEWSDESK_QUIT_WHEN_READY=editing``: "ready for editing"). One warm-up run of
each comes first, so ``.pyc`` files exist and the files are in the page cache.

Two times are taken of each run: the whole process, start to exit, as the
issue measured it (an exit also tears down what the start built, which the
user does not wait for), and the time from starting the process to the first
turn of the event loop with the window shown (written by the child: the bare
window prints it, Newsdesk writes it with ``NEWSDESK_STARTUP_REPORT``). For
each it prints the medians, the ratio of the medians and the median of the
per-pair ratios (the judged figures through ``benchmarks.figures``). Also:
peak resident memory (``ru_maxrss``, from ``os.wait4``) at first paint and
once ready for editing; CPU time (user + system), which a machine busy with
other work disturbs less than wall time; and the longest time the window's
event loop stood still between being shown and ready for editing. The ratio
of runs alternated in one go moves much less than the absolute figures. The
goal (issue 11): shown with the list within 2x the bare window, peak memory at
start under 100 MiB, judged at first paint: that is the start the user waits
for. Once ready for editing the app has SQLAlchemy and its ORM loaded (about
24 MiB of Python objects alone) and is past 100 MiB; that figure is printed too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.figures import report  # noqa: E402

GOAL_RATIO = 2.0
GOAL_PEAK_MIB = 100.0

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Newsdesk"))
window.show()
QTimer.singleShot(0, lambda: (print("first_turn_epoch", time.time()), app.quit()))
sys.exit(app.exec())
"""

# Fills a profile with interviews, at the newest schema (run once, not measured).
FILL_PROFILE = """
import sys
from pathlib import Path
from editor.plaintext_import import parse_interview
from editor.repository import InterviewRepository
from storage.database import open_store
TEXT = (
    "Mùa gặt trên ruộng bậc thang\\n\\n"
    "Người dân bản Lìm Mông kể về vụ lúa năm nay.\\n\\n"
    "Phóng viên: Năm nay lúa thế nào, thưa ông?\\n\\n"
    "Ông Giàng A Páo: Được mùa, bà con ai cũng phấn khởi.\\n\\n"
    "Phóng viên: Đường vào bản đã khác trước chưa?\\n\\n"
    "Ông Giàng A Páo: Đã đổ bê tông, xe máy lên tận ruộng.\\n"
)
store = open_store(Path(sys.argv[1]) / "newsdesk.db")
repository = InterviewRepository(store)
document = parse_interview(TEXT).document
for _ in range(int(sys.argv[2])):
    repository.create(document)
store.close()
"""


@dataclass(frozen=True)
class Run:
    """One child process: times, CPU, peak memory and what the child reported."""

    seconds: float  # start to exit
    shown_seconds: float  # start to the first turn of the event loop with the window shown
    cpu_seconds: float
    peak_mib: float
    figures: dict[str, float]


def _env(quit_when: str, report: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["NEWSDESK_QUIT_WHEN_READY"] = quit_when
    env["NEWSDESK_STARTUP_REPORT"] = str(report)
    env["PYTHONPATH"] = str(ROOT)
    # Measured with .pyc files present, as users run it: the warm-up run writes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _figures(text: str) -> dict[str, float]:
    """``name value`` lines, as the app's report file and the bare window print them."""
    pairs = (line.split() for line in text.splitlines())
    return {pair[0]: float(pair[1]) for pair in pairs if len(pair) == 2}


def _measure(command: list[str], env: dict[str, str], report: Path | None) -> Run:
    """Start *command*, wait for it, and return its times, CPU time, ru_maxrss and figures."""
    started_epoch = time.time()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    returncode = os.waitstatus_to_exitcode(status)
    output = process.stdout.read().decode("utf-8", "replace") if process.stdout else ""
    errors = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()
    process.returncode = returncode
    if returncode != 0:
        raise SystemExit(f"{command[1:3]} exited with {returncode}:\n{errors}")
    if report is not None:
        figures = _figures(report.read_text(encoding="utf-8"))
        report.unlink()
    else:
        figures = _figures(output)
    return Run(
        seconds,
        figures["first_turn_epoch"] - started_epoch,
        usage.ru_utime + usage.ru_stime,
        usage.ru_maxrss / 1024,  # KiB on Linux
        figures,
    )


def _summary(name: str, runs: list[Run]) -> str:
    times = [run.seconds * 1000 for run in runs]
    shown = [run.shown_seconds * 1000 for run in runs]
    cpu = [run.cpu_seconds * 1000 for run in runs]
    peaks = [run.peak_mib for run in runs]
    return (
        f"{name:<28} process {statistics.median(times):5.0f} ms (min {min(times):.0f})"
        f"  shown {statistics.median(shown):5.0f} ms (min {min(shown):.0f})"
        f"  cpu {statistics.median(cpu):5.0f} ms"
        f"  peak memory {statistics.median(peaks):5.1f} MiB (max {max(peaks):.1f})"
    )


def _ratio(apps: list[Run], bares: list[Run], value: Callable[[Run], float]) -> float:
    """Ratio of the medians."""
    return statistics.median(value(run) for run in apps) / statistics.median(
        value(run) for run in bares
    )


def _pair_ratio(apps: list[Run], bares: list[Run], value: Callable[[Run], float]) -> float:
    """Median of the ratios of runs started one after the other."""
    return statistics.median(value(a) / value(b) for a, b in zip(apps, bares, strict=True))


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7, help="alternated pairs (default 7)")
    parser.add_argument("--interviews", type=int, default=40, help="interviews in the profile")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "profile"
        data_dir.mkdir()
        report_file = Path(scratch) / "startup-report.txt"
        subprocess.run(
            [sys.executable, "-c", FILL_PROFILE, str(data_dir), str(options.interviews)],
            cwd=ROOT,
            env=_env("1", report_file),
            check=True,
        )
        app = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        shown_env, editing_env = _env("1", report_file), _env("editing", report_file)
        runs: dict[str, list[Run]] = {"bare": [], "shown": [], "editing": []}
        for warm_up in (True, *([False] * options.pairs)):  # warm-up: .pyc, page cache
            results = {
                "shown": _measure(app, shown_env, report_file),
                "bare": _measure(bare, shown_env, None),
                "editing": _measure(app, editing_env, report_file),
            }
            if not warm_up:
                for name, result in results.items():
                    runs[name].append(result)
    bare_runs, shown_runs, editing_runs = runs["bare"], runs["shown"], runs["editing"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{options.pairs} alternated pairs, {options.interviews} interviews, load {load:.1f}")
    print(_summary("bare PySide6 window", bare_runs))
    print(_summary("Newsdesk, list shown", shown_runs))
    print(_summary("Newsdesk, ready for editing", editing_runs))
    shown = statistics.median(run.shown_seconds for run in shown_runs)
    bare_shown = statistics.median(run.shown_seconds for run in bare_runs)
    report("cold start: bare window shown, median", bare_shown * 1000, None)
    report("cold start: Newsdesk shown with the list, median", shown * 1000, None)
    report(
        "cold start: Newsdesk / bare, start to shown",
        _ratio(shown_runs, bare_runs, _shown),
        GOAL_RATIO,
        "×",
    )
    report(
        "cold start: start to shown, median of pair ratios",
        _pair_ratio(shown_runs, bare_runs, _shown),
        None,
        "×",
    )
    report(
        "cold start: Newsdesk / bare, whole process",
        _ratio(shown_runs, bare_runs, _process),
        GOAL_RATIO,
        "×",
    )
    report(
        "cold start: whole process, median of pair ratios",
        _pair_ratio(shown_runs, bare_runs, _process),
        None,
        "×",
    )
    report("cold start: Newsdesk / bare, CPU time", _ratio(shown_runs, bare_runs, _cpu), None, "×")
    peak = max(run.peak_mib for run in shown_runs)
    report("cold start: peak memory at first paint", peak, GOAL_PEAK_MIB, "MiB")
    ready = [run.figures["ready_epoch"] - run.figures["first_turn_epoch"] for run in editing_runs]
    from_start = [run.shown_seconds + gap for run, gap in zip(editing_runs, ready, strict=True)]
    report(
        "cold start: ready for editing after start, median",
        statistics.median(from_start) * 1000,
        None,
    )
    report(
        "cold start: ready for editing after shown, median", statistics.median(ready) * 1000, None
    )
    peak_editing = max(run.peak_mib for run in editing_runs)
    report("cold start: peak memory once ready for editing", peak_editing, None, "MiB")
    stalls = [run.figures["longest_stall_ms"] for run in editing_runs]
    report("cold start: longest GUI stall until ready, median", statistics.median(stalls), None)
    report("cold start: longest GUI stall until ready, worst", max(stalls), None)


def _shown(run: Run) -> float:
    return run.shown_seconds


def _process(run: Run) -> float:
    return run.seconds


def _cpu(run: Run) -> float:
    return run.cpu_seconds


if __name__ == "__main__":
    main()
