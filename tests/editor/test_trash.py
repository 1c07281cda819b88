"""Deleting interviews from the menus, with a trash to restore them from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument
from editor.publishing import InterviewInTrash, PublishMode, request_publish
from editor.repository import InterviewRepository
from editor.ui.interviews_page import InterviewsPage
from portal.errors import error_record
from portal.outbox import Outbox, OutboxState
from storage.database import Store
from storage.models import Publication, Site
from tests.editor.conftest import sample_document

# A context menu on the offscreen platform says it cannot grab the keyboard or raise itself.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support grabbing the keyboard", "does not support raise"
)

HOSTILE_TITLE = "Phỏng vấn <b>đậm</b> &amp; “ngoặc”"


def _titles(page: InterviewsPage) -> list[str]:
    model = page.model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def _with_post_on_site(store: Store, interview_id: int) -> None:
    """Record that the interview has a post on a site (as a publish would)."""
    with store.transaction() as session:
        site = Site(name="Báo Sơn La", base_url="https://example.test", username="bientap")
        session.add(site)
        session.flush()
        session.add(Publication(site_id=site.id, interview_id=interview_id, slug="bai", post_id=41))


@pytest.fixture
def page(qtbot: QtBot, repository: InterviewRepository, tmp_path: Path) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_editor()


def _answer_question(qtbot: QtBot, choose: str) -> list[str]:
    """Press *choose* ("yes" or "cancel") in the next question; returns the text it showed."""
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "trashQuestion":
            QTimer.singleShot(10, answer)
            return
        shown.append(box.text())
        role = (
            QMessageBox.ButtonRole.DestructiveRole
            if choose == "yes"
            else QMessageBox.ButtonRole.RejectRole
        )
        button: QAbstractButton = next(b for b in box.buttons() if box.buttonRole(b) == role)
        button.click()

    QTimer.singleShot(0, answer)
    return shown


def _context_menu(qtbot: QtBot, page: InterviewsPage, row: int) -> QMenu:
    position = page.table.visualRect(page.model.index(row, 0)).center()
    page.table.customContextMenuRequested.emit(position)
    menu = page.context_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def _menu_action(menu: QMenu, name: str) -> QAction:
    return next(action for action in menu.actions() if action.objectName() == name)


def _select(page: InterviewsPage, title: str) -> int:
    row = _titles(page).index(title)
    page.table.selectRow(row)
    return row


def test_the_list_menu_moves_an_interview_to_the_trash_and_it_can_be_restored(
    qtbot: QtBot, page: InterviewsPage, repository: InterviewRepository
) -> None:
    repository.create(sample_document("Nông thôn mới ở vùng cao"))
    repository.create(InterviewDocument(title=HOSTILE_TITLE))
    page.refresh()
    row = _select(page, HOSTILE_TITLE)

    menu = _context_menu(qtbot, page, row)
    trash = _menu_action(menu, "moveToTrashAction")
    assert trash.text() == "Move to Trash…" and trash.isEnabled()
    shown = _answer_question(qtbot, "yes")
    menu.close()
    trash.trigger()

    assert shown and f"Move “{HOSTILE_TITLE}” to the trash?" in shown[0]  # as typed, not bold
    assert "restore" in shown[0]
    assert _titles(page) == ["Nông thôn mới ở vùng cao"]
    assert page.count_label.text() == "1 interview(s)"

    page.show_trash()
    assert _titles(page) == [HOSTILE_TITLE]
    assert page.empty_trash_button.isVisible()
    page.table.selectRow(0)
    menu = _context_menu(qtbot, page, 0)
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == [
        "restoreAction",
        "moveToTrashAction",
        "emptyTrashAction",
    ]
    restore = _menu_action(menu, "restoreAction")
    menu.close()
    restore.trigger()
    assert _titles(page) == []

    page.show_status(None)
    assert sorted(_titles(page)) == sorted(["Nông thôn mới ở vùng cao", HOSTILE_TITLE])


def test_the_open_interview_goes_to_the_trash_from_the_file_menu(
    qtbot: QtBot, page: InterviewsPage, repository: InterviewRepository
) -> None:
    assert page.delete_action in page.menu_actions()
    interview_id = page.create_from_document(sample_document("Bài đang mở"))
    assert page.editor is not None
    page.editor.title_edit.setFocus()
    page.editor.title_edit.end(False)
    qtbot.keyClicks(page.editor.title_edit, " (ban 2)")  # saved before it goes

    _answer_question(qtbot, "yes")
    page.delete_action.trigger()

    assert page.session is None and page.stack.currentWidget() is page.list_panel
    assert repository.trashed_ids() == [interview_id]
    assert repository.get(interview_id).document.title == "Bài đang mở (ban 2)"


def test_the_delete_key_asks_and_cancelling_keeps_the_interview(
    qtbot: QtBot, page: InterviewsPage, repository: InterviewRepository
) -> None:
    repository.create(sample_document("Giữ lại"))
    page.refresh()
    _select(page, "Giữ lại")
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)

    shown = _answer_question(qtbot, "cancel")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(shown))
    assert _titles(page) == ["Giữ lại"]

    menu = _context_menu(qtbot, page, 0)
    trash = _menu_action(menu, "moveToTrashAction")
    _answer_question(qtbot, "yes")
    menu.close()
    trash.trigger()
    assert _titles(page) == [] and repository.count(trashed=True) == 1


def test_the_question_says_a_post_on_the_site_stays_and_emptying_keeps_it_there(
    qtbot: QtBot, page: InterviewsPage, repository: InterviewRepository, store: Store
) -> None:
    on_site = repository.create(sample_document("Đã đăng trên báo điện tử")).id
    repository.create(sample_document("Chỉ là bản nháp"))
    _with_post_on_site(store, on_site)
    page.refresh()
    _select(page, "Đã đăng trên báo điện tử")

    shown = _answer_question(qtbot, "yes")
    page.delete_selected()
    assert "Its post on the site stays there" in shown[0]

    page.refresh()
    _select(page, "Chỉ là bản nháp")
    shown = _answer_question(qtbot, "yes")
    page.delete_selected()
    assert "post on the site" not in shown[0]

    page.show_trash()
    shown = _answer_question(qtbot, "yes")
    page.empty_trash_button.click()
    assert "Delete these 2 interviews for good?" in shown[0]
    assert "These have a post on the site, which stays there (not unpublished):" in shown[0]
    assert "• “Đã đăng trên báo điện tử”" in shown[0]
    assert "This cannot be undone." in shown[0]
    assert _titles(page) == [] and repository.count(trashed=True) == 0
    with store.session() as session:
        assert session.query(Publication).count() == 0  # nothing is sent to the site


def test_the_trash_is_left_out_of_search_and_counts(repository: InterviewRepository) -> None:
    kept = repository.create(sample_document("Đường về bản")).id
    trashed = repository.create(sample_document("Đường lên núi")).id

    assert repository.move_to_trash([trashed]) == 1
    assert repository.move_to_trash([trashed]) == 0  # already there

    assert [s.id for s in repository.summaries(query="duong")] == [kept]
    assert repository.count("duong") == 1 and repository.count("duong", trashed=True) == 1
    assert [s.id for s in repository.summaries(trashed=True)] == [trashed]
    assert repository.restore([trashed, kept]) == 1
    assert repository.count() == 2 and repository.trashed_ids() == []


def test_a_right_click_on_empty_space_leaves_the_delete_key_working(
    qtbot: QtBot, page: InterviewsPage, repository: InterviewRepository
) -> None:
    repository.create(sample_document("Một bài"))
    page.refresh()
    page.table.clearSelection()
    page.table.customContextMenuRequested.emit(QPoint(5, page.table.viewport().height() - 5))
    menu = page.context_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    assert not page.delete_action.isEnabled()  # nothing selected to delete
    menu.close()
    qtbot.waitUntil(page.delete_action.isEnabled)


def test_the_trash_question_says_unsent_changes_are_held_and_restoring_sends_them(
    qtbot: QtBot, page: InterviewsPage, repository: InterviewRepository, store: Store
) -> None:
    interview_id = repository.create(sample_document("Bài còn chờ gửi")).id
    with store.transaction() as session:
        site = Site(name="Báo Sơn La", base_url="https://example.test", username="bientap")
        session.add(site)
        session.flush()
        site_id = site.id
    item = request_publish(store, interview_id, site_id, PublishMode.PUBLISH)
    Outbox(store).fail(item, error_record(InterviewInTrash(code="newsdesk")))  # a sync held it
    page.refresh()
    _select(page, "Bài còn chờ gửi")

    shown = _answer_question(qtbot, "yes")
    page.delete_selected()

    assert shown and "1 change(s) for the site have not been sent yet" in shown[0]
    assert "go out if you restore it" in shown[0]
    page.show_trash()
    page.table.selectRow(0)
    page.restore_selected()
    entry = Outbox(store).get(item)
    assert entry is not None and entry.state is OutboxState.PENDING  # sent at the next sync
