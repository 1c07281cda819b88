"""Is the database file damaged? ``PRAGMA quick_check``, cancellable, on its own connection.

The quick check reads every page of the file (not the cross-checks of
``integrity_check``): on a profile with 200,000 cached comments (200 MB) it
takes about 160 ms with the file in the page cache and 800 ms without
(``benchmarks/bench_integrity.py``), over the 100 ms the start-up may spend on
the GUI thread. So the application runs it in the background once the window
is shown (:mod:`shell.integrity_watch`); one-shot commands run it before they
touch anything (``open_store(..., verify_integrity=True)``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from storage.errors import DatabaseCorrupt, StoreError

FOREGROUND_BUDGET_MS = 100.0  # what the start-up may spend on it on the GUI thread
MAX_PROBLEMS = 10  # the first few problems are enough to know the file is damaged
_PROGRESS_OPCODES = 1_000  # how often (in SQLite VM steps) cancellation is looked at


def integrity_problems(path: Path, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """What SQLite's quick check finds wrong with the database at *path* ([] if nothing).

    Opens its own read-only connection, so it may run on any thread while the
    application works. *cancelled* is polled while the check runs; when it
    returns True the check stops and :class:`CheckCancelled` is raised.
    """
    from storage.database import classify_sqlite_error

    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        if cancelled is not None:
            connection.set_progress_handler(lambda: 1 if cancelled() else 0, _PROGRESS_OPCODES)
        try:
            rows = connection.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
        except sqlite3.Error as error:
            if cancelled is not None and cancelled():
                raise CheckCancelled from error
            known = classify_sqlite_error(path, error)
            if isinstance(known, StoreError) and not isinstance(known, DatabaseCorrupt):
                raise known from error
            return [str(error)]
    finally:
        connection.close()
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def verify_integrity(path: Path, cancelled: Callable[[], bool] | None = None) -> None:
    """Raise :class:`DatabaseCorrupt` if the quick check finds the file damaged."""
    problems = integrity_problems(path, cancelled)
    if problems:
        raise DatabaseCorrupt(path, "; ".join(problems)[:500])


class CheckCancelled(Exception):
    """The integrity check was stopped before it finished (the application is closing)."""


__all__ = [
    "FOREGROUND_BUDGET_MS",
    "CheckCancelled",
    "integrity_problems",
    "verify_integrity",
]
