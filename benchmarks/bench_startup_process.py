"""Cold start of the whole process: Newsdesk against a bare PySide6 window.

    python benchmarks/bench_startup_process.py [--pairs 7] [--interviews 40]

Starts, as separate processes and alternating, ``main.py`` on a profile whose
database is already at the newest schema (so no migration) and a bare window
(a ``QMainWindow`` with one label, shown, quitting on the first turn of the
event loop). Newsdesk quits by itself once its window is shown and the
interview list filled in (``NEWSDESK_QUIT_WHEN_READY=1``). One warm-up run of
each comes first, so ``.pyc`` files exist and the files are in the page cache.

Reports (``benchmarks.figures``) the median wall time of each, the ratio of
the medians (and the median of the per-pair ratios), and the peak resident
memory (``ru_maxrss`` of each child, from ``os.wait4``). On a machine busy
with other work the absolute figures move a lot; the ratio of runs alternated
in one go moves much less.
The goal (issue 11): ratio at most 2, peak memory under 100 MiB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.figures import report  # noqa: E402

GOAL_RATIO = 2.0
GOAL_PEAK_MIB = 100.0

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Newsdesk"))
window.show()
QTimer.singleShot(0, app.quit)
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
    """One child process: wall time and peak resident memory."""

    seconds: float
    peak_mib: float


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["NEWSDESK_QUIT_WHEN_READY"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    # Measured with .pyc files present, as users run it: the warm-up run writes them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _measure(command: list[str]) -> Run:
    """Start *command*, wait for it, and return its wall time and ru_maxrss."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{command[1:3]} exited with {process.returncode}:\n{errors}")
    return Run(seconds, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def _summary(name: str, runs: list[Run]) -> str:
    times = [run.seconds * 1000 for run in runs]
    peaks = [run.peak_mib for run in runs]
    return (
        f"{name:<28} median {statistics.median(times):7.0f} ms"
        f"  (min {min(times):.0f}, max {max(times):.0f})"
        f"   peak memory median {statistics.median(peaks):5.1f} MiB (max {max(peaks):.1f})"
    )


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=7, help="alternated pairs (default 7)")
    parser.add_argument("--interviews", type=int, default=40, help="interviews in the profile")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "profile"
        data_dir.mkdir()
        subprocess.run(
            [sys.executable, "-c", FILL_PROFILE, str(data_dir), str(options.interviews)],
            cwd=ROOT,
            env=_env(),
            check=True,
        )
        app = [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _measure(app), _measure(bare)  # warm-up: .pyc files and the page cache
        app_runs: list[Run] = []
        bare_runs: list[Run] = []
        for _ in range(options.pairs):
            app_runs.append(_measure(app))
            bare_runs.append(_measure(bare))
    app_median = statistics.median(run.seconds for run in app_runs)
    bare_median = statistics.median(run.seconds for run in bare_runs)
    pairs = zip(app_runs, bare_runs, strict=True)
    pair_ratio = statistics.median(app.seconds / bare.seconds for app, bare in pairs)
    peak = max(run.peak_mib for run in app_runs)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{options.pairs} alternated pairs, {options.interviews} interviews, load {load:.1f}")
    print(_summary("bare PySide6 window", bare_runs))
    print(_summary("Newsdesk, list filled in", app_runs))
    report("cold start: bare PySide6 window, median", bare_median * 1000, None)
    report("cold start: Newsdesk, list filled in, median", app_median * 1000, None)
    ratio = app_median / bare_median
    report("cold start: Newsdesk / bare window, ratio of medians", ratio, GOAL_RATIO, "×")
    report("cold start: median of pair ratios", pair_ratio, None, "×")
    report("cold start: Newsdesk peak memory", peak, GOAL_PEAK_MIB, "MiB")


if __name__ == "__main__":
    main()
