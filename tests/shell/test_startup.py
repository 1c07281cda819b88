"""Starting on an unusable data folder: a clear message and no database touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from shell.application import Profile, open_profile_store
from storage.database import open_store
from storage.instance_lock import DataFolderLock


def _start(data_dir: Path) -> tuple[bool, list[tuple[str, str]]]:
    shown: list[tuple[str, str]] = []
    opened = open_profile_store(Profile(data_dir), show_error=lambda t, m: shown.append((t, m)))
    if opened is not None:
        lock, store = opened
        store.close()
        lock.release()
    return opened is not None, shown


def test_a_fresh_folder_starts_without_any_message(data_dir: Path) -> None:
    started, shown = _start(data_dir / "new-profile")
    assert started and shown == []
    assert (data_dir / "new-profile" / "newsdesk.db").exists()


def test_a_damaged_file_stops_the_start_with_an_explanation(data_dir: Path) -> None:
    (data_dir / "newsdesk.db").write_bytes(b"\x00garbage that is no database" * 50)
    started, shown = _start(data_dir)
    assert not started
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Newsdesk cannot start"
    assert "is not a Newsdesk database" in message
    assert "Traceback" not in message
    assert (data_dir / "newsdesk.db").read_bytes().startswith(b"\x00garbage")


def test_a_newer_database_stops_the_start(data_dir: Path) -> None:
    open_store(data_dir / "newsdesk.db").close()
    connection = sqlite3.connect(data_dir / "newsdesk.db")
    connection.execute("UPDATE alembic_version SET version_num = 'zz_future'")
    connection.commit()
    connection.close()
    started, shown = _start(data_dir)
    assert not started
    assert "newer version of Newsdesk" in shown[0][1]


def test_a_second_instance_is_told_the_folder_is_in_use(data_dir: Path, qtbot: QtBot) -> None:
    first = DataFolderLock(data_dir)
    first.acquire()
    try:
        started, shown = _start(data_dir)
    finally:
        first.release()
    assert not started
    assert "in use by another Newsdesk" in shown[0][1]
    # Once the first instance is gone, the folder opens normally.
    started, shown = _start(data_dir)
    assert started and shown == []
