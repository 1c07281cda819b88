"""The start-up quick look lists what the store lists, and never writes or stands in wrongly."""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from editor.document import InterviewDocument
from editor.repository import InterviewRepository, InterviewStatus
from storage import migrate, quick_look
from storage.database import APPLICATION_ID, open_store
from storage.models import Interview
from storage.quick_look import QuickRow, look, read_page

# Vietnamese headlines, and two written decomposed (NFD), as some keyboards and pasted
# text give them: the store keeps them composed, and the quick look shows what it keeps.
TITLES = [
    "Đêm trăng ở bản Sà Phìn",
    unicodedata.normalize("NFD", "Người giữ lửa nghề dệt thổ cẩm"),
    "Chuyện ông lái đò trên sông Lô",
    unicodedata.normalize("NFD", "Hòa giải ở cơ sở: những người không lương"),
    "",  # no headline yet
    "Mùa hoa tam giác mạch",
]


def _profile(path: Path, count: int) -> None:
    """*count* interviews; some share an update time, so the tie-break by id shows."""
    store = open_store(path)
    repository = InterviewRepository(store)
    statuses = list(InterviewStatus)
    for number in range(count):
        document = InterviewDocument(
            title=TITLES[number % len(TITLES)], lead="Phóng viên: " + "lời kể " * (number % 7)
        )
        repository.create(document, status=statuses[number % len(statuses)])
    store.close()
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE interviews SET updated_at = (SELECT updated_at FROM interviews WHERE id = 3)"
        " WHERE id % 5 = 0"
    )
    connection.commit()
    connection.close()


def _as_rows(path: Path, offset: int, limit: int) -> list[QuickRow]:
    store = open_store(path)
    try:
        return [
            QuickRow(row.id, row.title, row.status.value, row.updated_at, row.word_count)
            for row in InterviewRepository(store).summaries(offset=offset, limit=limit)
        ]
    finally:
        store.close()


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_the_quick_look_lists_what_the_store_lists(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.db"
    _profile(path, 230)
    first = look(path, 200)
    assert first is not None
    assert first.total == 230
    assert first.rows == _as_rows(path, 0, 200)
    assert read_page(path, 200, 200) == _as_rows(path, 200, 200)
    titles = {row.title for row in first.rows}
    assert {title for title in titles if title} == {
        unicodedata.normalize("NFC", title) for title in TITLES if title
    }


def test_the_quick_look_never_writes_and_reads_a_read_only_file(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.db"
    _profile(path, 12)
    before = _fingerprint(path)
    assert look(path, 200) is not None
    assert _fingerprint(path) == before
    path.chmod(0o444)
    try:
        # Read-only: the usual opening must explain it, so no quick look; reading still works.
        assert look(path, 200) is None
        assert len(read_page(path, 0, 200)) == 12
    finally:
        path.chmod(0o644)
    assert _fingerprint(path) == before


def _older_revision(path: Path) -> None:
    previous = migrate._revision_graph()[migrate.head_revision()]
    assert previous is not None
    open_store(path, target_revision=previous).close()


def _newer_revision(path: Path) -> None:
    open_store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    connection.commit()
    connection.close()


def _foreign_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE interviews (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    "make",
    [
        lambda path: None,  # no file: a first start
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000),  # damaged
        lambda path: path.write_bytes(b"not a database at all" * 100),
        _foreign_database,
        _older_revision,  # a migration is due
        _newer_revision,  # written by a newer Newsdesk
    ],
    ids=["missing", "empty", "damaged", "not-sqlite", "foreign", "older", "newer"],
)
def test_the_quick_look_steps_aside_for_the_usual_opening(tmp_path: Path, make: object) -> None:
    path = tmp_path / "newsdesk.db"
    make(path)  # type: ignore[operator]
    before = _fingerprint(path) if path.exists() else None
    assert look(path, 200) is None
    assert (_fingerprint(path) if path.exists() else None) == before


def test_the_quick_look_reads_the_models_columns() -> None:
    assert Interview.__tablename__ == quick_look.TABLE
    assert set(quick_look.LIST_COLUMNS) <= set(Interview.__table__.columns.keys())
    assert quick_look.APPLICATION_ID == APPLICATION_ID


def test_interviews_in_the_trash_are_not_in_the_first_look(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.db"
    _profile(path, 12)
    store = open_store(path)
    try:
        InterviewRepository(store).move_to_trash([2, 5])
    finally:
        store.close()
    first = look(path, 200)
    assert first is not None
    assert first.total == 10
    assert {row.id for row in first.rows} == set(range(1, 13)) - {2, 5}
    assert first.rows == _as_rows(path, 0, 200)
