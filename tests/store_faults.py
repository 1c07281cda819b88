"""Real SQLite write failures for tests: the store refuses writes as a read-only file does.

``PRAGMA query_only`` on every connection makes SQLite itself answer "attempt to
write a readonly database", so the error goes through the same classification
as a read-only file (tests run as root, where file modes are not enough).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QThreadPool
from sqlalchemy import event

from storage.database import Store


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def _no_connection_under_way() -> None:
    """Let background work finish: SQLAlchemy's listeners must not change under a connect."""
    QThreadPool.globalInstance().waitForDone()


def refuse_writes(store: Store) -> None:
    """From now on every write to *store* fails as on a read-only file."""
    _no_connection_under_way()
    store.engine.dispose()
    if not event.contains(store.engine, "connect", _query_only):
        event.listen(store.engine, "connect", _query_only)


def allow_writes(store: Store) -> None:
    """Undo :func:`refuse_writes`."""
    _no_connection_under_way()
    if event.contains(store.engine, "connect", _query_only):
        event.remove(store.engine, "connect", _query_only)
    store.engine.dispose()


@contextmanager
def read_only(store: Store) -> Iterator[None]:
    """While inside, every write to *store* fails as on a read-only file."""
    refuse_writes(store)
    try:
        yield
    finally:
        allow_writes(store)
