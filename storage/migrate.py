"""Schema migrations with Alembic, run by the app itself at start-up.

Most starts need no migration, and importing Alembic costs a noticeable part of
a cold start. So this module finds the revisions by reading the migration
scripts' ``revision``/``down_revision`` lines and the database's revision with
plain SQL; Alembic is imported only to migrate (:func:`upgrade`) or to build a
configuration for developers' tools (:func:`alembic_config`), and SQLAlchemy
only when a connection is handed in (``storage.quick_look`` compares revisions
before it is loaded). A test checks that what is read here is what Alembic
itself finds.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"

_REVISION_LINE = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=]*)?=\s*(?P<value>None|['\"][^'\"]+['\"])\s*$",
    re.MULTILINE,
)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at our migration scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _revision_graph() -> dict[str, str | None]:
    """Each revision of the scripts, with the revision it follows (None for the first)."""
    graph: dict[str, str | None] = {}
    for script in sorted(VERSIONS_DIR.glob("*.py")):
        found = {
            match["name"]: match["value"]
            for match in _REVISION_LINE.finditer(script.read_text(encoding="utf-8"))
        }
        if "revision" not in found:
            continue  # __init__.py and the like
        down = found.get("down_revision", "None")
        graph[found["revision"].strip("'\"")] = None if down == "None" else down.strip("'\"")
    return graph


def known_revisions() -> set[str]:
    """Every revision this version of Newsdesk has a script for."""
    return set(_revision_graph())


def head_revision() -> str:
    """The newest revision: the schema this version of Newsdesk works with."""
    graph = _revision_graph()
    heads = set(graph) - set(graph.values())
    assert len(heads) == 1, f"the migrations must have exactly one head, not {sorted(heads)}"
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None for a database never migrated."""
    from sqlalchemy import text  # not at import: the start-up quick look reads the head without it

    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": VERSION_TABLE},
    ).first()
    if exists is None:
        return None
    row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()
    return None if row is None else str(row[0])


def upgrade(connection: Connection, target: str = "head") -> None:
    """Migrate the database on *connection* to *target* and commit."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
    connection.commit()
