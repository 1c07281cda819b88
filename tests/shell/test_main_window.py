"""The main window as a user meets it: navigation, menus, status bar, language, state."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.repository import SortColumn
from editor.ui.list_model import COLUMNS
from shell.application import NewsdeskApplication
from tests.shell.conftest import build_app, close_app

ENGLISH_VIEWS = ["Interviews", "Comments", "Publishing", "On the site", "Review"]


def _navigation_texts(app: NewsdeskApplication) -> list[str]:
    nav = app.window.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def test_the_main_window_opens_with_the_five_views(newsdesk: NewsdeskApplication) -> None:
    assert newsdesk.window.isVisible()
    assert newsdesk.window.windowTitle() == "Newsdesk"
    assert _navigation_texts(newsdesk) == ENGLISH_VIEWS
    assert newsdesk.window.current_view() == "interviews"
    menus = [action.text() for action in newsdesk.window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_view_shortcuts_switch_pages(newsdesk: NewsdeskApplication, qtbot: QtBot) -> None:
    window = newsdesk.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "comments"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "publishing"
    assert window.navigation.currentItem().text() == "Publishing"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "site_posts"


def test_standard_shortcuts_are_on_the_menus(newsdesk: NewsdeskApplication) -> None:
    window = newsdesk.window
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.preferences_action.shortcut().toString() != ""


def test_the_status_bar_follows_the_connection(newsdesk: NewsdeskApplication) -> None:
    indicator = newsdesk.window.connection_indicator
    assert "Offline" in indicator.label.text()
    newsdesk.connection.set_connected("baotinh.example", "bientap")
    assert indicator.label.text() == "● Connected to baotinh.example as bientap"
    newsdesk.connection.set_syncing(3, 10)
    assert indicator.progress.isVisible()
    assert indicator.progress.value() == 3 and indicator.progress.maximum() == 10
    newsdesk.connection.set_offline("không có mạng")
    assert not indicator.progress.isVisible()
    assert "không có mạng" in indicator.label.text()


def test_switching_language_changes_visible_labels(
    newsdesk: NewsdeskApplication, qtbot: QtBot
) -> None:
    newsdesk.apply_language("vi")
    qtbot.waitUntil(lambda: _navigation_texts(newsdesk)[0] != "Interviews", timeout=10_000)
    assert _navigation_texts(newsdesk) == [
        "Bài phỏng vấn",
        "Bình luận",
        "Xuất bản",
        "Trên trang",
        "Chờ duyệt",
    ]
    assert newsdesk.window.file_menu.title() == "&Tệp"
    assert newsdesk.window.connection_indicator.label.text() == "● Ngoại tuyến"
    interviews = newsdesk.interviews_page
    assert interviews.new_button.text() == "Bài phỏng vấn mới"
    newsdesk.apply_language("en")
    qtbot.waitUntil(lambda: _navigation_texts(newsdesk)[0] == "Interviews", timeout=10_000)
    assert _navigation_texts(newsdesk) == ENGLISH_VIEWS
    assert newsdesk.settings.language == "en"


def test_the_language_choice_survives_a_restart(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    first = build_app(qapp, data_dir)
    first.apply_language("vi")
    close_app(first)
    from shell.i18n import resolve_language
    from shell.settings import AppSettings

    assert resolve_language(AppSettings(data_dir).language) == "vi"


def test_geometry_and_last_view_are_restored(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    first = build_app(qapp, data_dir)
    qtbot.addWidget(first.window)
    first.window.show()
    qtbot.waitExposed(first.window)
    width = max(700, first.window.minimumSizeHint().width() + 10)  # the offscreen screen is 800×600
    first.window.resize(width, 520)
    first.window.show_view("publishing")
    qtbot.waitUntil(lambda: (first.window.width(), first.window.height()) == (width, 520))
    close_app(first)

    second = build_app(qapp, data_dir)
    qtbot.addWidget(second.window)
    second.window.show()
    assert second.window.current_view() == "publishing"
    assert (second.window.width(), second.window.height()) == (width, 520)
    close_app(second)


def test_badges_show_counts_in_the_navigation(newsdesk: NewsdeskApplication) -> None:
    newsdesk.window.set_badge("comments", 12)
    assert _navigation_texts(newsdesk)[1] == "Comments (12)"
    newsdesk.window.set_badge("comments", 0)
    assert _navigation_texts(newsdesk)[1] == "Comments"


def test_edit_undo_and_redo_work_on_the_open_interview(
    newsdesk: NewsdeskApplication, qtbot: QtBot
) -> None:
    from tests.typing_helpers import type_text

    page = newsdesk.interviews_page
    page.new_interview()
    assert page.editor is not None and page.session is not None
    newsdesk.window.activateWindow()
    page.editor.title_edit.setFocus()
    type_text(page.editor.title_edit, "Tít mới")
    assert newsdesk.window.undo_action.isEnabled()
    qtbot.keyClick(page.editor.title_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.session.document.title == ""
    assert page.editor.title_edit.text() == ""
    newsdesk.window.redo_action.trigger()
    assert page.editor.title_edit.text() == "Tít mới"
    page.show_list()
    assert not newsdesk.window.undo_action.isEnabled()


def test_the_interview_list_repaints_in_the_new_language_with_day_first_dates(
    newsdesk: NewsdeskApplication, qtbot: QtBot
) -> None:
    from editor.document import InterviewDocument

    page = newsdesk.interviews_page
    page.repository.create(InterviewDocument(title="Chợ phiên vùng cao"))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    updated = COLUMNS.index(SortColumn.UPDATED)
    status = COLUMNS.index(SortColumn.STATUS)
    with qtbot.waitSignal(page.model.dataChanged):  # the table is told, not left stale
        newsdesk.languages.switch("vi")
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", page.model.data(page.model.index(0, updated)))
    assert page.model.data(page.model.index(0, status)) == "Bản nháp"
    newsdesk.languages.switch("en")
