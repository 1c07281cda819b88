"""How long the start-up integrity check takes on a big profile.

    python benchmarks/bench_integrity.py [--comments 200000] [--keep DIR]

Builds a database with ``--comments`` cached comments (as the moderation
benchmark does), then times ``PRAGMA quick_check`` and ``PRAGMA integrity_check``
on it, cold (file just reopened) and warm. The application runs the quick check
on the GUI thread before the window only if it costs under the 100 ms budget;
otherwise it runs it in the background after the window is shown
(see :mod:`storage.integrity`).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_moderation import fill_cache  # noqa: E402
from benchmarks.figures import report  # noqa: E402
from portal.accounts import Accounts, PasswordVault  # noqa: E402
from storage.database import open_store  # noqa: E402
from storage.integrity import FOREGROUND_BUDGET_MS  # noqa: E402


def _timed_pragma(path: Path, pragma: str, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        connection = sqlite3.connect(path)
        try:
            started = time.perf_counter()
            result = connection.execute(f"PRAGMA {pragma}").fetchall()
            samples.append((time.perf_counter() - started) * 1000)
            assert result == [("ok",)], result
        finally:
            connection.close()
    return samples


def _drop_page_cache(path: Path) -> bool:
    """Ask the kernel to forget the file's cached pages (Linux; True if it could)."""
    if not hasattr(os, "posix_fadvise"):
        return False
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
        os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
    return True


def main() -> None:
    """Build (or reuse) the big database and report the check times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the database in DIR and keep it")
    args = parser.parse_args()
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "newsdesk.db"
        if not path.exists():
            store = open_store(path, background_checkpoints=True)
            site = Accounts(store, PasswordVault()).add(
                "Báo Bình Lâm", "http://127.0.0.1:9", "bench", ""
            )
            seconds = fill_cache(store, site.id, args.comments)
            store.checkpoint()
            store.close()
            print(f"Built {args.comments:,} comments in {seconds:.1f} s")
        size_mb = path.stat().st_size / 1e6
        print(f"Database: {size_mb:.0f} MB")
        for pragma in ("quick_check", "integrity_check"):
            cold = []
            for _ in range(args.runs):
                if _drop_page_cache(path):
                    cold.extend(_timed_pragma(path, pragma, 1))
            warm = _timed_pragma(path, pragma, args.runs)
            # Over the start-up budget is not a failure: the check then runs after the
            # window is shown, so these figures are shown unjudged.
            if cold:
                report(f"PRAGMA {pragma}, cold, median", statistics.median(cold), None)
            report(f"PRAGMA {pragma}, warm, median", statistics.median(warm), None)
            report(f"PRAGMA {pragma}, warm, max", max(warm), None)
        print(f"(the check runs before the window only under {FOREGROUND_BUDGET_MS:.0f} ms)")
    del app


if __name__ == "__main__":
    main()
