"""A read-only or full disk, or a damaged file, is reported as what it is.

These run on a real small filesystem (tests/small_disk.py) so that SQLite,
the lock file and Python meet the operating system's real errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from shell.application import Profile, open_profile_store
from storage.database import open_store
from storage.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    StoreError,
)
from storage.instance_lock import DataFolderLock
from storage.integrity import CheckCancelled, integrity_problems, verify_integrity
from storage.models import Interview
from tests.damaged_file import zero_page
from tests.small_disk import SmallDisk, small_disk


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 1 MB filesystem of the test's own."""
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


def _start(data_dir: Path) -> list[str]:
    """Start as the application does; the messages shown (none if it started)."""
    shown: list[str] = []
    opened = open_profile_store(Profile(data_dir), show_error=lambda _t, m: shown.append(m))
    if opened is not None:
        lock, store = opened
        store.close()
        lock.release()
    return shown


def _make_profile(data_dir: Path, title: str = "Bài đã lưu") -> None:
    store = open_store(data_dir / "newsdesk.db")
    with store.transaction() as session:
        session.add(Interview(uid="kept", title=title))
    store.close()


def _titles(path: Path) -> list[str]:
    store = open_store(path)
    try:
        with store.session() as session:
            return list(session.scalars(select(Interview.title)))
    finally:
        store.close()


def test_a_read_only_disk_is_not_called_in_use_by_the_lock(disk: SmallDisk) -> None:
    data_dir = disk.root / "profile"
    data_dir.mkdir()
    disk.read_only()

    with pytest.raises(StoreError) as raised:
        DataFolderLock(data_dir).acquire()

    assert isinstance(raised.value, DatabaseReadOnly)
    assert "read-only" in raised.value.user_message
    assert "another Newsdesk" not in raised.value.user_message


def test_a_read_only_disk_stops_the_start_with_the_real_reason(disk: SmallDisk) -> None:
    data_dir = disk.root / "profile"
    data_dir.mkdir()
    _make_profile(data_dir)
    disk.read_only()

    shown = _start(data_dir)

    assert len(shown) == 1
    assert "read-only" in shown[0] and "another Newsdesk" not in shown[0]
    disk.writable()
    assert _titles(data_dir / "newsdesk.db") == ["Bài đã lưu"]


def test_a_full_disk_is_not_called_in_use_by_the_lock(disk: SmallDisk) -> None:
    data_dir = disk.root / "profile"
    data_dir.mkdir()
    disk.fill()

    with pytest.raises(StoreError) as raised:
        DataFolderLock(data_dir).acquire()

    assert isinstance(raised.value, DiskFull)
    assert "full" in raised.value.user_message


def test_a_full_disk_stops_the_start_with_the_real_reason(disk: SmallDisk) -> None:
    data_dir = disk.root / "profile"
    data_dir.mkdir()
    _make_profile(data_dir)
    disk.fill()

    shown = _start(data_dir)

    assert len(shown) == 1
    assert "is full" in shown[0] and "another Newsdesk" not in shown[0]
    disk.free()
    assert _titles(data_dir / "newsdesk.db") == ["Bài đã lưu"]


def test_a_disk_filling_up_while_working_is_reported_and_earlier_work_kept(
    disk: SmallDisk,
) -> None:
    data_dir = disk.root / "profile"
    data_dir.mkdir()
    _make_profile(data_dir)
    store = open_store(data_dir / "newsdesk.db")
    disk.fill()

    with pytest.raises(DiskFull), store.transaction() as session:
        for number in range(200):
            session.add(Interview(uid=f"big-{number}", title="Chữ " * 2000))
    store.close()
    disk.free()

    assert _titles(data_dir / "newsdesk.db") == ["Bài đã lưu"]


def test_a_folder_held_by_another_window_is_still_called_in_use(data_dir: Path) -> None:
    first = DataFolderLock(data_dir)
    first.acquire()
    try:
        with pytest.raises(DatabaseLocked):
            DataFolderLock(data_dir).acquire(timeout_ms=50)
    finally:
        first.release()


def _damaged_profile(data_dir: Path) -> Path:
    path = data_dir / "newsdesk.db"
    store = open_store(path)
    with store.transaction() as session:
        for number in range(40):
            session.add(Interview(uid=f"u{number}", title=f"Phỏng vấn số {number} " * 20))
    store.close()
    zero_page(path, 3)
    return path


def test_a_healthy_database_passes_the_check(store: object, tmp_path: Path) -> None:
    assert integrity_problems(tmp_path / "newsdesk.db") == []


def test_a_zeroed_page_is_found_and_the_file_refused(data_dir: Path) -> None:
    path = _damaged_profile(data_dir)
    before = path.read_bytes()

    assert integrity_problems(path) != []
    with pytest.raises(DatabaseCorrupt) as raised:
        open_store(path, verify_integrity=True)

    assert "damaged" in raised.value.user_message
    assert path.read_bytes() == before  # nothing written to the damaged file


def test_the_damage_message_offers_a_backup_only_when_there_is_one(data_dir: Path) -> None:
    path = _damaged_profile(data_dir)
    with pytest.raises(DatabaseCorrupt) as raised:
        verify_integrity(path)
    assert "no earlier copy" in raised.value.user_message
    assert ".bak-" not in raised.value.user_message

    backup = data_dir / "newsdesk.db.bak-0007_site-20260101T000000"
    backup.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt) as raised:
        verify_integrity(path)
    assert str(backup) in raised.value.user_message


def test_the_check_stops_when_cancelled(data_dir: Path) -> None:
    path = data_dir / "newsdesk.db"
    store = open_store(path)
    with store.transaction() as session:
        session.add_all(Interview(uid=f"u{n}", title=f"Bài {n}") for n in range(2000))
    store.close()
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return True

    with pytest.raises(CheckCancelled):
        integrity_problems(path, cancelled=cancelled)
    assert asked  # it was asked while it ran, not only before
