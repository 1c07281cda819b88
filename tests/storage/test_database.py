"""Opening the database: migrations, backups, and every way a file can be unusable."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from storage import migrate
from storage.collation import vietnamese_sort_key
from storage.database import APPLICATION_ID, open_store
from storage.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DiskFull,
    NotANewsdeskDatabase,
)
from storage.instance_lock import DataFolderLock
from storage.models import Interview
from storage.orm import Base


def test_new_file_is_created_at_the_newest_schema(data_dir: Path) -> None:
    store = open_store(data_dir / "newsdesk.db")
    with store.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar_one() >= 1000
        assert session.execute(text("PRAGMA application_id")).scalar_one() == APPLICATION_ID
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    assert revision == migrate.head_revision()
    store.close()


def test_models_match_the_migrated_schema(data_dir: Path) -> None:
    store = open_store(data_dir / "newsdesk.db")

    def ours(obj: object, name: str | None, type_: str, *_: object) -> bool:
        # The FTS5 indexes and their shadow tables are made by raw SQL, not by models.
        search_tables = ("interview_search", "comment_search", "site_post_search")
        return not (type_ == "table" and name is not None and name.startswith(search_tables))

    with store.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": ours, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
    store.close()


def _previous_revision() -> str:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    head = scripts.get_revision(migrate.head_revision())
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


def test_upgrade_from_previous_revision_keeps_data_and_backs_up(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    previous = _previous_revision()
    old = open_store(path, target_revision=previous)
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO interviews (uid, title, lead, byline, status, document_json,"
                " created_at, updated_at) VALUES ('u-1', 'Đổi mới ở vùng cao', 'Sapo', 'Thu Hà',"
                ' \'draft\', \'{"blocks": [{"type": "paragraph", "text": "Đường về bản"}]}\','
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    old.close()

    store = open_store(path)
    with store.session() as session:
        interview = session.query(Interview).one()
        assert interview.title == "Đổi mới ở vùng cao"
        assert interview.byline == "Thu Hà"
        assert interview.trashed_at is None  # not in the trash after an upgrade
    store.close()
    backups = list(data_dir.glob("newsdesk.db.bak-*"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
        assert copy.execute("SELECT title FROM interviews").fetchone() == ("Đổi mới ở vùng cao",)
    finally:
        copy.close()


def test_upgrade_from_0002_gives_existing_titles_their_sort_key(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    old = open_store(path, target_revision="0002")
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO interviews (uid, title, lead, byline, status, document_json,"
                " created_at, updated_at) VALUES ('u-3', 'Ăn Tết', '', '', 'draft', '{}',"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    old.close()
    store = open_store(path)
    with store.session() as session:
        assert session.query(Interview).one().title_sort == vietnamese_sort_key("Ăn Tết")
    store.close()


def test_upgrade_from_the_first_revision_indexes_existing_interviews(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    old = open_store(path, target_revision="0001")
    with old.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO interviews (uid, title, lead, byline, status, document_json,"
                " created_at, updated_at) VALUES ('u-2', 'Đường lên bản Mông', '', '',"
                ' \'draft\', \'{"blocks": [{"type": "turn", "text": "Đồng chí nói"}]}\','
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    old.close()
    store = open_store(path)
    with store.session() as session:
        for query in ("duong len", "dong chi"):
            found = (
                session.execute(
                    text("SELECT rowid FROM interview_search WHERE interview_search MATCH :q"),
                    {"q": query},
                )
                .scalars()
                .all()
            )
            assert found == [1], query
    store.close()


def test_opening_an_up_to_date_database_makes_no_backup(data_dir: Path) -> None:
    open_store(data_dir / "newsdesk.db").close()
    open_store(data_dir / "newsdesk.db").close()
    assert list(data_dir.glob("*.bak-*")) == []


def test_a_text_file_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    path.write_text("Thực hiện: not a database\n", encoding="utf-8")
    with pytest.raises(NotANewsdeskDatabase) as raised:
        open_store(path)
    assert str(path) in raised.value.user_message
    assert path.read_text(encoding="utf-8") == "Thực hiện: not a database\n"


def test_another_programs_sqlite_file_is_refused(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Lan')")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(NotANewsdeskDatabase):
        open_store(path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    open_store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as raised:
        open_store(path)
    assert "newer version" in raised.value.user_message
    assert path.read_bytes() == before


def test_a_read_only_file_is_refused(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    open_store(path).close()
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        with pytest.raises(DatabaseReadOnly) as raised:
            open_store(path)
        assert "read-only" in raised.value.user_message
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_folder_is_refused(data_dir: Path) -> None:
    data_dir.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(DatabaseReadOnly):
            open_store(data_dir / "newsdesk.db")
    finally:
        data_dir.chmod(stat.S_IRWXU)
    assert not (data_dir / "newsdesk.db").exists()


def test_a_database_held_by_another_writer_is_reported_locked(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as raised:
            open_store(path, busy_timeout_ms=200)
        assert "another Newsdesk" in raised.value.user_message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_second_instance_on_the_same_folder_is_refused(data_dir: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from storage.instance_lock import DataFolderLock
                lock = DataFolderLock(Path({str(data_dir)!r}))
                lock.acquire()
                print("locked", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked):
            DataFolderLock(data_dir).acquire(timeout_ms=100)
    finally:
        holder.kill()
        holder.communicate()
    # The holder was killed: its lock is stale and a new instance takes over.
    lock = DataFolderLock(data_dir)
    lock.acquire()
    lock.release()


def test_a_full_disk_is_reported_and_the_last_good_data_kept(data_dir: Path) -> None:
    store = open_store(data_dir / "newsdesk.db")
    with store.transaction() as session:
        session.add(Interview(uid="kept", title="Đã lưu"))
    with pytest.raises(DiskFull), store.transaction() as session:
        page_count = session.execute(text("PRAGMA page_count")).scalar_one()
        session.execute(text(f"PRAGMA max_page_count = {page_count}"))
        session.add(Interview(uid="too-big", title="x" * 200_000))
    store.close()
    reopened = open_store(data_dir / "newsdesk.db")
    with reopened.session() as session:
        assert [row.uid for row in session.query(Interview)] == ["kept"]
    reopened.close()
