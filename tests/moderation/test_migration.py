"""Migration 0005: the comment tables arrive next to existing data and leave cleanly."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from moderation.pull import plan_pull, sync_state
from storage import migrate
from storage.database import open_store

TABLES = {"comment_posts", "comments", "comment_sync", "moderation_log", "moderation_settings"}


def test_upgrading_from_0004_keeps_sites_and_adds_the_comment_tables(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    old = open_store(path, target_revision="0004")
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sites (name, base_url, username, active, created_at)"
                " VALUES ('Báo Bình Lâm', 'https://baobinhlam.example', 'lan', 1,"
                " '2026-01-01 00:00:00')"
            )
        )
    old.close()
    store = open_store(path)
    with store.engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
        assert names >= TABLES | {"comment_search"}
        assert connection.execute(text("SELECT name FROM sites")).scalar_one() == "Báo Bình Lâm"
        connection.execute(
            text(
                "INSERT INTO comment_search (rowid, author, body)"
                " VALUES (1, 'lo thi mai', 'duong len ban')"
            )
        )
        found = connection.execute(
            text("SELECT rowid FROM comment_search WHERE comment_search MATCH 'duong'")
        ).scalar_one()
        assert found == 1
        connection.rollback()
    store.close()


def test_downgrading_to_0004_removes_them(data_dir: Path) -> None:
    store = open_store(data_dir / "newsdesk.db")
    with store.engine.connect() as connection:
        command.downgrade(migrate.alembic_config(connection), "0004")
        connection.commit()
        names = set(inspect(connection).get_table_names())
    assert not names & (TABLES | {"comment_search"})
    assert "sites" in names and "outbox" in names
    store.close()


def test_upgrading_to_0007_plans_a_full_pull_and_fetches_titles_again(data_dir: Path) -> None:
    """Comments cached as HTML ("&amp;") are rewritten, decoded, by the next (full) pull."""
    path = data_dir / "newsdesk.db"
    old = open_store(path, target_revision="0006")
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sites (id, name, base_url, username, active, created_at)"
                " VALUES (1, 'Báo Bình Lâm', 'https://baobinhlam.example', 'lan', 1,"
                " '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO comment_sync (site_id, max_remote_id, last_pull_started_at,"
                " last_pull_finished_at, last_full_pull_at) VALUES (1, 9,"
                " '2026-12-01 00:00:00', '2026-12-01 00:01:00', '2026-12-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO comment_posts (site_id, remote_id, title, title_sort, link,"
                " fetched_at) VALUES (1, 3, 'A &amp; B', 'a & b', '', '2026-12-01 00:00:00')"
            )
        )
    old.close()
    store = open_store(path)
    assert plan_pull(sync_state(store, 1), datetime(2026, 12, 2, tzinfo=UTC)) is None  # full
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM comment_posts")).scalar() == 0
    store.close()
