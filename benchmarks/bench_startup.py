"""How long Newsdesk takes from nothing to a shown main window, offscreen.

    python benchmarks/bench_startup.py

Prints the median of several runs for: opening (and migrating) a new database,
opening an existing one, and building plus showing the main window until the
interview list is read. For the whole process against a bare Qt window, see
bench_startup_process.py.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from benchmarks.figures import report
from shell.application import NewsdeskApplication, Profile, open_profile_store
from shell.i18n import LanguageManager
from shell.settings import AppSettings
from storage.database import open_store

RUNS = 7


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    """Measure and print."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    new_db: list[float] = []
    existing_db: list[float] = []
    window: list[float] = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            started = time.perf_counter()
            open_store(folder / "newsdesk.db").close()
            new_db.append(time.perf_counter() - started)
            started = time.perf_counter()
            open_store(folder / "newsdesk.db").close()
            existing_db.append(time.perf_counter() - started)

            started = time.perf_counter()
            opened = open_profile_store(Profile(folder), show_error=lambda *_a: None)
            assert opened is not None
            lock, store = opened
            languages = LanguageManager(app)
            languages.switch("vi")
            newsdesk = NewsdeskApplication(
                app, Profile(folder), store, log_file=folder / "log",
                languages=languages, settings=AppSettings(folder),
            )
            newsdesk.window.show()
            while not newsdesk.ready:  # the list is read on the first turn of the event loop
                app.processEvents()
            window.append(time.perf_counter() - started)
            newsdesk.window.close()
            newsdesk.shutdown()
            lock.release()
            newsdesk.window.deleteLater()
            app.processEvents()
    report(f"new database, migrated (median of {RUNS})", _median_ms(new_db), None)
    report("existing database", _median_ms(existing_db), None)
    report("open profile, show, list read", _median_ms(window), None)


if __name__ == "__main__":
    main()
