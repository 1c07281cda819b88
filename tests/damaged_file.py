"""A database file damaged the way a failing disk damages one: a page overwritten with zeros."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def zero_page(path: Path, page: int) -> None:
    """Overwrite page *page* (1-based) of the SQLite file at *path* with zeros."""
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size : page * page_size] = bytes(page_size)
    path.write_bytes(bytes(data))
