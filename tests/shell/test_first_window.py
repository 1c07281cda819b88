"""The window shown before the store: the list read at start-up, actions that wait for the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument
from editor.repository import InterviewRepository
from editor.ui.list_preview import InterviewListPreview
from shell.application import NewsdeskApplication, Profile, open_profile_store
from shell.first_window import FirstWindow, quick_first_window
from shell.i18n import LanguageManager
from shell.settings import AppSettings
from storage.database import open_store
from storage.errors import DatabaseLocked
from storage.instance_lock import DataFolderLock
from tests.shell.conftest import close_app

TITLES = ["Phiên chợ vùng cao Bắc Hà", "Người gác rừng ở Pù Mát", "Đêm hội Lồng tồng"]


def _profile(data_dir: Path) -> list[int]:
    """Three interviews, the last written the newest; their ids, newest first."""
    store = open_store(data_dir / "newsdesk.db")
    repository = InterviewRepository(store)
    ids = [repository.create(InterviewDocument(title=title)).id for title in TITLES]
    store.close()
    return ids[::-1]


def _first_window(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> FirstWindow:
    languages = LanguageManager(qapp)
    languages.switch("en")
    settings = AppSettings(data_dir)
    first = quick_first_window(
        qapp, data_dir, data_dir / "newsdesk.db", settings, data_dir / "logs" / "newsdesk.log"
    )
    assert first is not None
    first.window.languages = languages  # type: ignore[attr-defined]  # uninstalled at the end
    qtbot.addWidget(first.window)
    first.window.show()
    qtbot.waitExposed(first.window)
    return first


def _take_over(qapp: QApplication, first: FirstWindow, data_dir: Path) -> NewsdeskApplication:
    """What main.py does once the rest is loaded: open the store, build the app on the window."""
    assert first.lock is not None
    first.lock.release()
    errors: list[str] = []
    opened = open_profile_store(Profile(data_dir), show_error=lambda _t, text: errors.append(text))
    assert opened is not None, errors
    lock, store = opened
    app = NewsdeskApplication(
        qapp,
        Profile(data_dir),
        store,
        log_file=data_dir / "logs" / "newsdesk.log",
        languages=first.window.languages,  # type: ignore[attr-defined]
        settings=AppSettings(data_dir),
        autostart_sync=False,
        first=first,
    )
    app.lock = lock  # type: ignore[attr-defined]
    return app


def _titles(table_model: object) -> list[str]:
    from editor.ui.list_model import InterviewListModel

    assert isinstance(table_model, InterviewListModel)
    return [table_model.index(row, 0).data() for row in range(table_model.rowCount())]


def test_the_window_shows_the_list_and_holds_the_folder_before_the_store(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    _profile(data_dir)
    first = _first_window(qapp, qtbot, data_dir)
    preview = first.preview
    assert isinstance(preview, InterviewListPreview)
    assert _titles(preview.model) == TITLES[::-1]
    assert preview.panel.count_label.text() == "3 interviews"
    assert not first.window.preferences_action.isEnabled()  # the Sites tab needs the store
    # A second Newsdesk on the same folder is refused while this window stands.
    with pytest.raises(DatabaseLocked):
        DataFolderLock(data_dir).acquire(timeout_ms=0)
    # Comments before the store: a "Loading…" line, nothing built, nothing crashes.
    first.window.show_view("comments")
    stand_in = first.comments.stand_in
    assert isinstance(stand_in, QLabel) and stand_in.isVisible()
    assert stand_in.text() == "Loading…"
    first.window.show_view("interviews")
    app = _take_over(qapp, first, data_dir)
    try:
        qtbot.waitUntil(lambda: app.ready)
        assert first.window.preferences_action.isEnabled()
        assert _titles(app.interviews_page.model) == TITLES[::-1]
        first.window.show_view("comments")
        assert app._comments_slot.built is not None and first.comments.stand_in is None
    finally:
        close_app(app)


def test_an_interview_opened_before_the_store_is_ready_opens_once_it_is(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    ids = _profile(data_dir)
    first = _first_window(qapp, qtbot, data_dir)
    preview = first.preview
    assert preview is not None
    table = preview.panel.table
    table.setFocus()
    table.setCurrentIndex(preview.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # open the second row: the store is not there yet
    assert preview.waiting
    qtbot.keyClicks(preview.panel.search_edit, "cho")
    app = _take_over(qapp, first, data_dir)
    try:
        qtbot.waitUntil(lambda: app.interviews_page.editor is not None)
        assert app.interviews_page.session is not None
        assert app.interviews_page.session.interview_id == ids[1]
        # The search typed meanwhile is the page's now: it finds "chợ" without its marks.
        assert app.interviews_page.search_edit.text() == "cho"
        app.interviews_page.show_list()
        qtbot.waitUntil(lambda: _titles(app.interviews_page.model) == [TITLES[0]])
    finally:
        close_app(app)


def test_a_locked_folder_gets_no_first_window_and_the_usual_message(
    qapp: QApplication, data_dir: Path
) -> None:
    _profile(data_dir)
    other = DataFolderLock(data_dir)
    other.acquire()
    try:
        settings = AppSettings(data_dir)
        log_file = data_dir / "logs" / "newsdesk.log"
        assert (
            quick_first_window(qapp, data_dir, data_dir / "newsdesk.db", settings, log_file) is None
        )
        shown: list[str] = []
        assert open_profile_store(Profile(data_dir), lambda _t, text: shown.append(text)) is None
        assert "in use by another Newsdesk" in shown[0]
    finally:
        other.release()
