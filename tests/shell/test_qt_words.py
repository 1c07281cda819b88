"""With the interface in Vietnamese, nothing Qt draws itself is left in English.

Every dialog, message box and menu the application shows is opened the way a user opens
it, its visible texts are collected and none may be one of Qt's English words; on top,
a translator installed before the application's records every word Qt asked for and
nobody translated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument
from editor.ui.publish_dialog import PublishDialog
from editor.ui.unsaved_dialog import UnsavedChangesDialog
from shell.application import NewsdeskApplication
from tests.qt_words import MissedQtWords, english_qt_words, visible_texts
from tests.shell.conftest import build_app, close_app
from uikit.outside_text import question


@pytest.fixture
def missed(qapp: QApplication) -> Iterator[MissedQtWords]:
    """Qt's words that went out untranslated during the test."""
    recorder = MissedQtWords()
    qapp.installTranslator(recorder)
    yield recorder
    qapp.removeTranslator(recorder)


@pytest.fixture
def vietnamese(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, missed: MissedQtWords
) -> Iterator[NewsdeskApplication]:
    """The application in Vietnamese, its window shown, with one interview listed."""
    app = build_app(qapp, data_dir, language="vi")
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: app.ready)
    app.interviews_page.repository.create(InterviewDocument(title="Nông dân chuyển đổi số"))
    app.interviews_page.refresh()
    qtbot.waitUntil(lambda: app.interviews_page.model.rowCount() == 1)
    app.interviews_page.table.selectRow(0)
    yield app
    close_app(app)


class ModalWatcher:
    """Runs a handler on the next modal window of a kind once it shows (a condition wait)."""

    _waiting: ClassVar[set[ModalWatcher]] = set()  # kept alive until their window shows

    def __init__(self, kind: type[QWidget], handle: Callable[[QWidget], None]) -> None:
        self.kind = kind
        self.handle = handle
        self.seen: QWidget | None = None
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)
        self.timer.start()
        ModalWatcher._waiting.add(self)

    def _poll(self) -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, self.kind) and shown.isVisible() and shown is not self.seen:
            self.timer.stop()
            ModalWatcher._waiting.discard(self)
            self.seen = shown
            try:
                self.handle(shown)
            finally:
                if shown.isVisible() and QApplication.activeModalWidget() is shown:
                    shown.close()  # a failed handler must not leave the test blocked


def _texts_then_close(into: list[str]) -> Callable[[QWidget], None]:
    def handle(window: QWidget) -> None:
        into.extend(visible_texts(window))
        window.close() if not isinstance(window, QDialog) else window.reject()

    return handle


def _assert_vietnamese(texts: list[str], missed: MissedQtWords) -> None:
    assert texts, "nothing was collected: the window did not show"
    assert english_qt_words(texts) == []
    assert missed.missed == set()


def test_menus_and_the_main_window_speak_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords
) -> None:
    window = vietnamese.window
    texts = visible_texts(window)
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        assert menu_action.menu() is not None
        texts.extend(visible_texts(menu_action.menu()))  # type: ignore[arg-type]
    assert "&Tệp" in texts or any("Tệp" in text for text in texts)
    _assert_vietnamese(texts, missed)


def test_the_export_save_dialog_and_its_overwrite_question_are_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords, qtbot: QtBot, tmp_path: Path
) -> None:
    existing = tmp_path / "bai.html"
    existing.write_text("cũ", encoding="utf-8")
    dialog_texts: list[str] = []
    box_texts: list[str] = []

    def answer_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box_texts.extend(visible_texts(box))
        box.button(QMessageBox.StandardButton.No).click()

    def overwrite_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        qtbot.waitUntil(lambda: dialog.findChild(QLineEdit) is not None)
        dialog.setDirectory(str(tmp_path))
        dialog_texts.extend(visible_texts(dialog))
        ModalWatcher(QMessageBox, answer_no)
        dialog.selectFile(str(existing))
        dialog.accept()  # asks whether to replace the file; the answer is No
        dialog.reject()

    watcher = ModalWatcher(QFileDialog, overwrite_then_cancel)
    vietnamese.interviews_page.export_action.trigger()
    assert watcher.seen is not None
    assert existing.read_text(encoding="utf-8") == "cũ"
    assert any("đã có" in text for text in box_texts)
    assert "&Có" in box_texts and "&Không" in box_texts
    _assert_vietnamese(dialog_texts + box_texts, missed)


def test_the_open_file_dialogs_are_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords, qtbot: QtBot
) -> None:
    import_texts: list[str] = []
    file_texts: list[str] = []

    def browse(dialog: QWidget) -> None:
        import_texts.extend(visible_texts(dialog))
        ModalWatcher(QFileDialog, _texts_then_close(file_texts))
        dialog.choose_file()  # type: ignore[attr-defined]
        assert isinstance(dialog, QDialog)
        dialog.reject()

    ModalWatcher(QDialog, browse)
    vietnamese.interviews_page.import_action.trigger()  # opened: the test's loop goes on
    qtbot.waitUntil(lambda: bool(import_texts and file_texts))
    _assert_vietnamese(import_texts + file_texts, missed)

    photo_texts: list[str] = []
    ModalWatcher(QFileDialog, _texts_then_close(photo_texts))
    vietnamese.interviews_page.choose_image(0)
    _assert_vietnamese(photo_texts, missed)


def test_the_delete_and_yes_no_questions_answer_in_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords
) -> None:
    texts: list[str] = []

    def read_and_press(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def handle(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            texts.extend(visible_texts(box))
            pressed = box.button(button)
            assert pressed is not None, "the box has no such button"
            pressed.click()

        return handle

    ModalWatcher(QMessageBox, read_and_press(QMessageBox.StandardButton.Cancel))
    vietnamese.interviews_page.delete_action.trigger()  # "Move to Trash" or Cancel
    assert "Hủy" in texts
    assert vietnamese.interviews_page.model.rowCount() == 1
    ModalWatcher(QMessageBox, read_and_press(QMessageBox.StandardButton.No))
    answer = question(vietnamese.window, "Gỡ bài", "Gỡ bài này khỏi trang tin?")
    assert answer == QMessageBox.StandardButton.No
    assert "&Có" in texts and "&Không" in texts  # Qt asks for "&Yes"/"&No"
    _assert_vietnamese(texts, missed)


def test_about_boxes_and_the_unsaved_changes_box_are_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords
) -> None:
    texts: list[str] = []
    ModalWatcher(QMessageBox, _texts_then_close(texts))
    vietnamese.window.about_action.trigger()
    ModalWatcher(QMessageBox, _texts_then_close(texts))
    vietnamese.window.about_qt_action.trigger()
    assert any("Chương trình này dùng Qt" in text for text in texts)
    unsaved = UnsavedChangesDialog("Chưa lưu", "Ổ đĩa đầy.", vietnamese.window)
    unsaved.show()
    texts.extend(visible_texts(unsaved))
    unsaved.close()
    details = QMessageBox(QMessageBox.Icon.Warning, "Lỗi", "Có lỗi.", parent=vietnamese.window)
    details.setDetailedText("chi tiết")
    details.show()
    texts.extend(visible_texts(details))
    assert "Xem chi tiết..." in texts
    details.close()
    _assert_vietnamese(texts, missed)


def test_preferences_and_the_publish_dialog_are_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords, qtbot: QtBot
) -> None:
    texts: list[str] = []
    menus: list[str] = []

    def read_every_tab_and_spin_box(dialog: QWidget) -> None:
        texts.extend(visible_texts(dialog))
        for spin in dialog.findChildren(QSpinBox):
            line = spin.findChild(QLineEdit)
            assert line is not None
            menu = line.createStandardContextMenu()
            menus.extend(visible_texts(menu))
            menu.deleteLater()
        assert isinstance(dialog, QDialog)
        dialog.reject()

    ModalWatcher(QDialog, read_every_tab_and_spin_box)
    vietnamese.window.preferences_action.trigger()
    publish = PublishDialog("Báo Tỉnh", vietnamese.window)
    publish.show()
    texts.extend(visible_texts(publish))
    publish.reject()
    _assert_vietnamese(texts + menus, missed)


def test_context_menus_of_line_and_text_edits_are_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords
) -> None:
    line = vietnamese.interviews_page.search_edit
    line.setText("phỏng vấn")
    texts: list[str] = []
    menu = line.createStandardContextMenu()
    texts.extend(visible_texts(menu))
    menu.deleteLater()
    text_edit = QPlainTextEdit("Hỏi: Ông nghĩ gì?", vietnamese.window)
    menu = text_edit.createStandardContextMenu()
    texts.extend(visible_texts(menu))
    menu.deleteLater()
    assert "&Sao chép\tCtrl+C" in texts and "&Dán\tCtrl+V" in texts
    # The editor's own inputs: Qt's menu with the spelling suggestions added.
    page = vietnamese.interviews_page
    interview_id = page.model.interview_id(0)
    assert interview_id is not None
    page.open_interview(interview_id)
    assert page.editor is not None
    page.editor.title_edit.setText("Nông dân chuyển đổi sôo")
    page.editor.lead_edit.setPlainText("Phóng viên trò chuyệnn với bà con.")
    for edit in (page.editor.title_edit, page.editor.lead_edit):
        menu = edit.context_menu_at(QPoint(2, 2))
        texts.extend(visible_texts(menu))
        menu.deleteLater()
    _assert_vietnamese(texts, missed)


def test_comment_dialogs_and_the_publishing_page_are_vietnamese(
    vietnamese: NewsdeskApplication, missed: MissedQtWords, qtbot: QtBot
) -> None:
    window = vietnamese.window
    window.show_view("comments")
    page = vietnamese.comments_page
    texts = visible_texts(page)
    rules = page.open_rules()
    texts.extend(visible_texts(rules))
    rules.reject()
    log = page.open_log()
    texts.extend(visible_texts(log))
    log.reject()
    window.show_view("publishing")
    qtbot.waitUntil(lambda: window.isVisible())
    texts.extend(visible_texts(window))
    _assert_vietnamese(texts, missed)


def test_the_english_list_catches_an_english_word() -> None:
    """The check itself: Qt's English words are recognised, with or without '&'."""
    assert english_qt_words(["&Yes", "Look in:", "Detail View", "Có", "Tên tệp:"]) == [
        "&Yes",
        "Look in:",
        "Detail View",
    ]
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Yes"  # English here
