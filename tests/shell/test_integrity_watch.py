"""A damaged database is reported once the window is up, and Newsdesk does not go on with it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from shell.integrity_watch import IntegrityWatch
from storage.database import open_store
from storage.errors import DatabaseCorrupt
from storage.models import Interview
from tests.shell.conftest import build_app, close_app


def _profile_with_zeroed_page(data_dir: Path, page: int = 3) -> Path:
    path = data_dir / "newsdesk.db"
    store = open_store(path)
    with store.transaction() as session:
        session.add_all(
            Interview(uid=f"u{n}", title=f"Phỏng vấn về mùa màng số {n} " * 10) for n in range(40)
        )
    store.close()
    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * page_size : page * page_size] = bytes(page_size)
    path.write_bytes(bytes(data))
    return path


def test_a_healthy_database_is_checked_without_a_word(qtbot: QtBot, store: object) -> None:
    path = Path(getattr(store, "path"))  # noqa: B009 - the fixture is typed as a Store
    watch = IntegrityWatch(path)
    found: list[DatabaseCorrupt] = []
    watch.damaged.connect(found.append)
    with qtbot.waitSignal(watch.finished):
        watch.start()
    assert found == []


def test_a_damaged_page_is_reported_by_the_watch(qtbot: QtBot, data_dir: Path) -> None:
    path = _profile_with_zeroed_page(data_dir)
    watch = IntegrityWatch(path)
    with qtbot.waitSignal(watch.damaged) as signal:
        watch.start()
    error = signal.args[0]
    assert isinstance(error, DatabaseCorrupt)
    assert "damaged" in error.user_message


def test_the_application_says_the_database_is_damaged_and_closes(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    _profile_with_zeroed_page(data_dir)
    # Page 3 zeroed still opens: only the check finds it.
    app = build_app(qapp, data_dir)
    qtbot.addWidget(app.window)
    app.window.show()
    quitting: list[bool] = []
    qapp.aboutToQuit.connect(lambda: quitting.append(True))
    try:
        box = None

        def box_shown() -> bool:
            nonlocal box
            box = app.window.findChild(QMessageBox, "databaseDamaged")
            return box is not None and box.isVisible()

        qtbot.waitUntil(box_shown)
        assert isinstance(box, QMessageBox)
        assert "is damaged" in box.text()
        assert "no earlier copy" in box.text()
        assert "will close" in box.text()
    finally:
        close_app(app)
