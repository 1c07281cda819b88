"""Migration 0019: an index made before phrase breaks is made again with them."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command

from storage import migrate


def _matches(connection: sa.Connection, query: str) -> list[int]:
    return list(
        connection.execute(
            sa.text("SELECT rowid FROM interview_search WHERE interview_search MATCH :q"),
            {"q": query},
        ).scalars()
    )


def test_an_older_index_is_rebuilt_with_phrase_breaks_and_back(tmp_path: Path) -> None:
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'newsdesk.db'}")
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection, "0017_openpost")
            connection.execute(
                sa.text("INSERT INTO interview_search (rowid, title, body) VALUES (7, :t, :b)"),
                {"t": "hoi nghi", "b": "ban tin cuoi nam\ntinh day manh chuyen doi\n\nso ho ngheo"},
            )
            connection.commit()
            assert _matches(connection, '"doi so"') == [7]  # the old index ran across lines

        with engine.connect() as connection:
            migrate.upgrade(connection)
            assert _matches(connection, '"doi so"') == []
            assert _matches(connection, '"nam tinh"') == []
            assert _matches(connection, '"chuyen doi"') == [7]
            assert _matches(connection, '"so ho ngheo"') == [7]
            assert _matches(connection, '"hoi nghi"') == [7]

        with engine.connect() as connection:
            command.downgrade(migrate.alembic_config(connection), "0017_openpost")
            body = connection.execute(sa.text("SELECT body FROM interview_search")).scalar_one()
            assert body == "ban tin cuoi nam\ntinh day manh chuyen doi\nso ho ngheo"
    finally:
        engine.dispose()
