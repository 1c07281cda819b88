"""A read-only first look at the interview list, before the store is opened.

At start-up the window is shown with the interview list filled in, and only
then are SQLAlchemy, the ORM and the rest of the store loaded (see
``shell/first_window.py``). What the window shows first is read here with the
standard library's :mod:`sqlite3` on a read-only connection: the columns the
list shows, in the order the list sorts by default (newest change first).

The look is careful never to stand in for the real opening: it answers None,
and the application opens the database the usual way before showing anything,
whenever the file is missing or empty, not writable, not a Newsdesk database,
not at this version's schema (a migration is due), or cannot be read. It never
creates, writes or migrates anything. A test checks that the columns read here
are the ORM model's.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storage import migrate

log = logging.getLogger(__name__)

# The mark of a Newsdesk database (``storage.database.APPLICATION_ID``; a test keeps them equal).
APPLICATION_ID = 0x4E44534B
READ_TIMEOUT_S = 1.0

# The table and the columns the list shows (a test checks them against storage.models).
TABLE = "interviews"
LIST_COLUMNS = ("id", "title", "status", "updated_at", "word_count")
# The list's default order: newest change first, as ``InterviewRepository.summaries`` sorts
# with ``SortColumn.UPDATED`` descending (a test compares the two on the same file).
ORDER = "updated_at DESC, id DESC"
# Interviews moved to the trash are not in the list (``InterviewRepository`` filters the same).
LISTED = "trashed_at IS NULL"
_PAGE_SQL = (
    f"SELECT {', '.join(LIST_COLUMNS)} FROM {TABLE} WHERE {LISTED} "
    f"ORDER BY {ORDER} LIMIT ? OFFSET ?"
)
_COUNT_SQL = f"SELECT count(id) FROM {TABLE} WHERE {LISTED}"


@dataclass(frozen=True)
class QuickRow:
    """One interview as the list shows it (status as stored)."""

    id: int
    title: str
    status: str
    updated_at: datetime
    word_count: int


@dataclass(frozen=True)
class QuickLook:
    """The first page of the interview list and how many interviews there are."""

    path: Path
    total: int
    rows: list[QuickRow]


def look(path: Path, limit: int) -> QuickLook | None:
    """The newest *limit* interviews and the count, or None when the usual opening must run."""
    if not _plainly_usable(path):
        return None
    try:
        with _read_only(path) as connection:
            if not _is_current(connection):
                return None
            total = int(connection.execute(_COUNT_SQL).fetchone()[0])
            rows = _rows(connection, 0, limit)
    except (sqlite3.Error, ValueError, TypeError) as error:
        log.info("No quick look at %s (the store opens first): %s", path, error)
        return None
    return QuickLook(path, total, rows)


def read_page(path: Path, offset: int, limit: int) -> list[QuickRow]:
    """Further rows of the list in the same order (empty if they cannot be read)."""
    try:
        with _read_only(path) as connection:
            return _rows(connection, offset, limit)
    except (sqlite3.Error, ValueError, TypeError) as error:
        log.info("Cannot read more of the list at %s yet: %s", path, error)
        return []


def _plainly_usable(path: Path) -> bool:
    """An existing, non-empty regular file we could write to, in a folder we could write to.

    Anything else is for the usual opening to explain (read-only, missing, not a file).
    """
    try:
        info = path.stat()
        folder = path.parent.stat()
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_size > 0
        and bool(info.st_mode & stat.S_IWUSR)
        and bool(folder.st_mode & stat.S_IWUSR)
        and os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
    )


class _read_only:  # noqa: N801 - used as a context manager, like open()
    """A read-only connection (``mode=ro``), closed on leaving the ``with`` block."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=READ_TIMEOUT_S
        )

    def __enter__(self) -> sqlite3.Connection:
        return self._connection

    def __exit__(self, *_exc: object) -> None:
        self._connection.close()


def _is_current(connection: sqlite3.Connection) -> bool:
    """Ours, and at the schema this version works with (no migration due)."""
    if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return False
    has_versions = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (migrate.VERSION_TABLE,)
    ).fetchone()
    if has_versions is None:
        return False
    row = connection.execute(f"SELECT version_num FROM {migrate.VERSION_TABLE}").fetchone()
    return row is not None and row[0] == migrate.head_revision()


def _rows(connection: sqlite3.Connection, offset: int, limit: int) -> list[QuickRow]:
    return [
        QuickRow(
            id=int(row[0]),
            title=str(row[1] or ""),
            status=str(row[2]),
            updated_at=_utc(datetime.fromisoformat(str(row[3]))),
            word_count=int(row[4] or 0),
        )
        for row in connection.execute(_PAGE_SQL, (limit, offset))
    ]


def _utc(moment: datetime) -> datetime:
    """The store keeps naive UTC times (as ``editor.repository`` reads them)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
