"""Write-ahead log checkpoints: by SQLite inside commits, or by the app in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from shell.checkpoints import WalCheckpointer
from storage.database import Store, open_store
from storage.models import Interview


def _write_a_lot(store: Store) -> None:
    """About 2 MB of interviews, one commit each: well past SQLite's 1,000-page threshold."""
    body = "Nội dung bài phỏng vấn dài. " * 150
    for number in range(300):
        with store.transaction() as session:
            session.add(Interview(uid=f"u{number}", title=f"Bài {number}", document_json=body))


def test_commits_leave_the_log_to_the_background_checkpoint(tmp_path: Path) -> None:
    store = open_store(tmp_path / "newsdesk.db", background_checkpoints=True)
    size_before = (tmp_path / "newsdesk.db").stat().st_size
    _write_a_lot(store)
    # No commit paid for a checkpoint: everything is still in the log, none in the file.
    assert (tmp_path / "newsdesk.db").stat().st_size == size_before
    assert (tmp_path / "newsdesk.db-wal").stat().st_size > 4_000_000
    store.checkpoint()
    assert (tmp_path / "newsdesk.db").stat().st_size > size_before + 1_000_000
    with store.session() as session:
        assert session.execute(text("SELECT count(*) FROM interviews")).scalar_one() == 300
    store.close()


def test_without_the_option_sqlite_checkpoints_by_itself(tmp_path: Path) -> None:
    store = open_store(tmp_path / "newsdesk.db")
    size_before = (tmp_path / "newsdesk.db").stat().st_size
    _write_a_lot(store)
    assert (tmp_path / "newsdesk.db").stat().st_size > size_before + 1_000_000
    store.close()


def test_the_checkpointer_works_off_the_gui_thread_one_at_a_time(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = open_store(tmp_path / "newsdesk.db", background_checkpoints=True)
    _write_a_lot(store)
    owner = QObject()  # lives as long as the test: the app's checkpointer lives as long as it
    checkpointer = WalCheckpointer(store, owner)
    checkpointer.checkpoint_now()
    checkpointer.checkpoint_now()  # one is running: not a second
    assert checkpointer.running
    qtbot.waitUntil(lambda: not checkpointer.running, timeout=10_000)
    assert checkpointer.done == 1
    assert (tmp_path / "newsdesk.db").stat().st_size > 1_000_000
    # Let the worker thread finish and the finished task be deleted before the owner goes.
    assert QThreadPool.globalInstance().waitForDone(5_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    with qtbot.waitSignal(owner.destroyed, timeout=5_000):
        owner.deleteLater()
