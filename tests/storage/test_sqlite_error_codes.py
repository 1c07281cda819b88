"""SQLite's errors are known by their result code on every statement, reads included.

A damaged page met by a plain read, a full database met by a commit outside
``Store.transaction()`` and a database another connection holds: each reaches the
caller as the :class:`~storage.errors.StoreError` it stands for, with a translated
message, not as SQLAlchemy's English ``OperationalError``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from storage.database import classify_sqlite_error, open_store
from storage.errors import DatabaseCorrupt, DatabaseLocked, DiskFull
from storage.known_error import KnownError
from storage.models import Interview
from tests.damaged_file import zero_page


def _profile_with_interviews(path: Path) -> None:
    store = open_store(path)
    with store.transaction() as session:
        for number in range(40):
            session.add(Interview(uid=f"u{number}", title=f"Phỏng vấn số {number} " * 20))
    store.close()


def _root_page(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        connection.close()
    return int(row[0])


def test_a_read_of_a_damaged_page_says_the_database_is_damaged(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    _profile_with_interviews(path)
    store = open_store(path)  # opened before the damage, as during a working day
    try:
        store.engine.dispose()
        zero_page(path, _root_page(path, Interview.__tablename__))
        with store.session() as session, pytest.raises(DatabaseCorrupt) as raised:
            list(session.scalars(select(Interview.title)))
    finally:
        store.close()
    assert isinstance(raised.value, KnownError)
    assert isinstance(raised.value.__cause__, Exception)
    assert "damaged" in raised.value.user_message
    assert "malformed" not in raised.value.user_message  # SQLite's words stay in the log


def test_a_commit_outside_transaction_on_a_full_database_says_full(data_dir: Path) -> None:
    store = open_store(data_dir / "newsdesk.db")
    try:
        with store.session() as session, pytest.raises(DiskFull):
            page_count = session.execute(text("PRAGMA page_count")).scalar_one()
            session.execute(text(f"PRAGMA max_page_count = {page_count}"))
            session.add(Interview(uid="too-big", title="x" * 200_000))
            session.commit()
    finally:
        store.close()


def test_a_read_while_another_program_holds_the_database_says_locked(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    _profile_with_interviews(path)
    store = open_store(path, busy_timeout_ms=0)
    store.engine.dispose()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")  # even readers wait for this one
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("DELETE FROM interviews WHERE uid = 'u0'")
        with store.session() as session, pytest.raises(DatabaseLocked):
            list(session.scalars(select(Interview.title)))
    finally:
        holder.rollback()
        holder.close()
        store.close()


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (sqlite3.SQLITE_CORRUPT, DatabaseCorrupt),
        (sqlite3.SQLITE_FULL, DiskFull),
        (sqlite3.SQLITE_BUSY, DatabaseLocked),
        (sqlite3.SQLITE_BUSY | (1 << 8), DatabaseLocked),  # an extended code: SQLITE_BUSY_RECOVERY
    ],
)
def test_the_code_decides_not_the_words(tmp_path: Path, code: int, kind: type) -> None:
    error = sqlite3.OperationalError("words that say nothing useful")
    error.sqlite_errorcode = code
    assert isinstance(classify_sqlite_error(tmp_path / "newsdesk.db", error), kind)


def test_a_message_that_only_reads_like_a_known_problem_is_not_one(tmp_path: Path) -> None:
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorcode = sqlite3.SQLITE_ERROR
    assert classify_sqlite_error(tmp_path / "newsdesk.db", error) is None
