"""Real SQLite write failures for tests: the store refuses writes as a read-only file does."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from storage.database import Store


def _query_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


@contextmanager
def read_only(store: Store) -> Iterator[None]:
    """While inside, every write to *store* fails with SQLite's own "readonly" error.

    ``PRAGMA query_only`` on every connection: the error goes through the same
    classification as a read-only file (running as root, file modes are not enough).
    """
    store.engine.dispose()
    event.listen(store.engine, "connect", _query_only)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", _query_only)
        store.engine.dispose()
