"""Opening the local database: checks, pragmas, backups and migrations.

:func:`open_store` is the one way to get a :class:`Store`. It refuses, with a
:class:`storage.errors.StoreError` the user can understand, a file that is not
a Newsdesk database, one from a newer version, a read-only one and a locked one;
it never recreates an empty database in place of a file it cannot read.
"""

from __future__ import annotations

import logging
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage import integrity, migrate
from storage.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFailure,
    DiskFull,
    NotANewsdeskDatabase,
    StoreError,
    classify_os_error,
    folder_problem,
)

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4E44534B  # "NDSK": marks a SQLite file as Newsdesk's own
SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000


class Store:
    """An open Newsdesk database: an engine plus a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        """A new session; use it in a ``with`` block and commit what you change."""
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error.

        SQLite errors that mean "locked", "read-only", "disk full" or "damaged" are
        raised as the matching :class:`StoreError`, here as in any session of the
        store (the engine classifies every statement's error by its result code).
        """
        with self._sessions() as session:
            try:
                with translate_sqlite_errors(self.path):
                    yield session
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the database file, without waiting.

        With ``background_checkpoints`` the application calls this off the GUI
        thread, so no commit on the GUI thread ever pays for a checkpoint.
        """
        with translate_sqlite_errors(self.path), self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        """Release every connection (checkpoints the WAL)."""
        self.engine.dispose()


def classify_sqlite_error(path: Path, error: BaseException) -> StoreError | None:
    """The known :class:`StoreError` an SQLite exception stands for, if any.

    Decided by SQLite's result code (``sqlite_errorcode``), never by the message
    text, which changes between SQLite versions. An I/O error or a file SQLite
    cannot open is looked into with a small write in the folder, which tells a
    read-only folder and a full disk from a failing one.
    """
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    detail = str(getattr(original, "sqlite_errorname", "")) or str(original)
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLocked(path, detail)
    if primary in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM):
        return DatabaseReadOnly(path, detail)
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(path, detail)
    if primary == sqlite3.SQLITE_NOTADB:
        return NotANewsdeskDatabase(path, detail)
    if primary == sqlite3.SQLITE_CORRUPT:
        return DatabaseCorrupt(path, detail)
    if primary in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        problem = folder_problem(path.parent)
        if problem is not None:
            problem.path = path
            return problem
        return DiskFailure(path, detail)
    return None


@contextmanager
def translate_sqlite_errors(path: Path) -> Iterator[None]:
    """Re-raise low-level SQLite errors as the :class:`StoreError` they mean.

    The store's engine does this for every statement itself; this covers the
    standard ``sqlite3`` connections opened beside it (checks before opening).
    """
    try:
        yield
    except (OperationalError, DatabaseError, sqlite3.Error) as error:
        known = classify_sqlite_error(path, error)
        if known is None:
            raise
        raise known from error


def _make_engine(path: Path, busy_timeout_ms: int, background_checkpoints: bool = False) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        if background_checkpoints:
            # SQLite would checkpoint inside whichever commit crosses 1,000 WAL pages:
            # 70-90 ms once in a while for a moderator's decision or an autosave.
            cursor.execute("PRAGMA wal_autocheckpoint = 0")
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _known_error(context: ExceptionContext) -> None:
        # Every statement, read or write, in a transaction() or a plain session():
        # an SQLite error that means "locked", "full", "damaged"... is raised as the
        # StoreError it stands for, decided by its result code.
        known = classify_sqlite_error(path, context.original_exception)
        if known is not None:
            raise known from context.original_exception

    return engine


def _check_file(path: Path) -> bool:
    """Refuse what can be refused before SQLite touches the file; True if it exists."""
    if not path.exists():
        if path.parent.exists() and not _writable(path.parent):
            raise DatabaseReadOnly(path, "folder not writable")
        return False
    if not path.is_file():
        raise NotANewsdeskDatabase(path, "not a regular file")
    if not _writable(path) or not _writable(path.parent):
        raise DatabaseReadOnly(path, "file or folder not writable")
    size = path.stat().st_size
    if size == 0:
        return False
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotANewsdeskDatabase(path, "no SQLite header")
    return True


def _writable(path: Path) -> bool:
    """Writable for us *and* not marked read-only (root ignores permission bits)."""
    import os

    mode = path.stat().st_mode
    return os.access(path, os.W_OK) and bool(mode & stat.S_IWUSR)


def backup_database(path: Path, revision: str | None) -> Path:
    """Copy the database (consistently, WAL included) next to it before a migration."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.bak-{revision or 'none'}-{stamp}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except BaseException:
        target.unlink(missing_ok=True)  # half a copy is no backup (a full disk, say)
        raise
    finally:
        source.close()
    log.info("Backed up %s to %s before migrating", path, target)
    return target


def open_store(
    path: Path,
    *,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    target_revision: str = "head",
    background_checkpoints: bool = False,
    verify_integrity: bool = False,
) -> Store:
    """Open (creating if needed) the Newsdesk database at *path*, migrated to the newest schema.

    With *background_checkpoints* commits never checkpoint the write-ahead log:
    the caller runs :meth:`Store.checkpoint` itself, off the GUI thread.
    With *verify_integrity* a damaged file is refused (:class:`DatabaseCorrupt`)
    before anything is written to it; the application instead checks in the
    background (:mod:`storage.integrity` says why).
    Raises a :class:`StoreError` subclass when the file cannot be used; the
    file is then left exactly as it was.
    """
    path = path.resolve()
    try:
        return _open_store(
            path, busy_timeout_ms, target_revision, background_checkpoints, verify_integrity
        )
    except OSError as error:
        raise classify_os_error(path, error) from error


def _open_store(
    path: Path,
    busy_timeout_ms: int,
    target_revision: str,
    background_checkpoints: bool,
    verify_integrity: bool,
) -> Store:
    existed = _check_file(path)
    if existed:
        with translate_sqlite_errors(path):
            _check_identity(path, busy_timeout_ms)
            if verify_integrity:
                integrity.verify_integrity(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise classify_os_error(path.parent, error) from error
    engine = _make_engine(path, busy_timeout_ms, background_checkpoints)
    try:
        with translate_sqlite_errors(path), engine.connect() as connection:
            # Take the write lock now: a second writer waits busy_timeout, then fails clearly.
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.exec_driver_sql("ROLLBACK")
            revision = migrate.current_revision(connection)
            wanted = migrate.head_revision() if target_revision == "head" else target_revision
            if revision != wanted:
                if existed and revision is not None:
                    backup_database(path, revision)
                log.info("Migrating %s from %s to %s", path, revision, wanted)
                migrate.upgrade(connection, target_revision)
            connection.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            connection.commit()
    except BaseException:
        engine.dispose()
        raise
    return Store(path, engine)


def _check_identity(path: Path, busy_timeout_ms: int) -> None:
    """Make sure an existing file is ours and not from a newer Newsdesk, without writing to it."""
    connection = sqlite3.connect(
        f"{path.as_uri()}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
    )
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if application_id != APPLICATION_ID and tables:
            raise NotANewsdeskDatabase(path, f"application_id {application_id}")
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None and row[0] not in migrate.known_revisions():
                raise DatabaseTooNew(path, f"revision {row[0]}")
    finally:
        connection.close()


__all__ = ["APPLICATION_ID", "Store", "backup_database", "open_store"]
