"""Quitting when the open interview could not be saved: never silently, each choice kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

import editor.ui.interviews_page as interviews_page_module
from editor.ui.interviews_page import InterviewsPage
from editor.ui.unsaved_dialog import UnsavedChangesDialog
from shell.application import NewsdeskApplication
from tests.editor.conftest import sample_document
from tests.store_faults import allow_writes, refuse_writes
from tests.typing_helpers import type_text

Answer = Callable[[UnsavedChangesDialog], None]


class DialogAnswers:
    """Answers each "changes not saved" box as it appears, in order; keeps what they said."""

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = list(answers)
        self.texts: list[str] = []
        self._timer = QTimer()
        self._timer.timeout.connect(self._look)
        self._timer.start(20)

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnsavedChangesDialog) or not dialog.isVisible():
            return
        if dialog.property("answered"):
            return
        dialog.setProperty("answered", True)
        self.texts.append(dialog.text() + "\n" + dialog.informativeText())
        # Once the expected answers are used up (a test that failed half-way, the
        # test runner closing the window), keep working rather than hang the run.
        answer = self.answers.pop(0) if self.answers else click("keep_open_button")
        QTimer.singleShot(0, lambda: answer(dialog))

    def stop(self) -> None:
        """No more boxes expected."""
        self._timer.stop()


@pytest.fixture
def answering() -> Iterator[Callable[[list[Answer]], DialogAnswers]]:
    made: list[DialogAnswers] = []

    def start(answers: list[Answer]) -> DialogAnswers:
        made.append(DialogAnswers(answers))
        return made[-1]

    yield start
    for answers in made:
        answers.stop()


@pytest.fixture
def page(newsdesk: NewsdeskApplication) -> Iterator[InterviewsPage]:
    """An interview typed into and not saved because the database refuses writes."""
    page = newsdesk.interviews_page
    page.create_from_document(sample_document("Trước giờ lên khuôn"))
    assert page.editor is not None
    refuse_writes(newsdesk.store)
    type_text(page.editor.title_edit, " số mới")
    yield page
    allow_writes(newsdesk.store)


def stored_title(newsdesk: NewsdeskApplication) -> str:
    session = newsdesk.interviews_page.session
    assert session is not None
    return newsdesk.interviews_page.repository.get(session.interview_id).document.title


def click(button_name: str) -> Answer:
    return lambda dialog: getattr(dialog, button_name).click()


def test_closing_says_what_is_not_saved_and_escape_keeps_working(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
    qtbot: QtBot,
) -> None:
    answers = answering([lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)])
    assert not newsdesk.window.close()
    assert newsdesk.window.isVisible()
    (text,) = answers.texts
    assert "“Trước giờ lên khuôn số mới” are not saved" in text
    assert "read-only" in text  # why, in the store's own words
    assert page.session is not None and page.session.dirty
    assert stored_title(newsdesk) == "Trước giờ lên khuôn"


def test_retry_saves_once_the_folder_is_writable_again_and_quits(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
) -> None:
    def fixed_then_retry(dialog: UnsavedChangesDialog) -> None:
        allow_writes(newsdesk.store)
        dialog.retry_button.click()

    answering([fixed_then_retry])
    assert newsdesk.window.close()
    assert stored_title(newsdesk) == "Trước giờ lên khuôn số mới"


def test_retry_that_fails_again_asks_again_and_quit_without_saving_quits(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
) -> None:
    answers = answering([click("retry_button"), click("quit_button")])
    assert newsdesk.window.close()
    assert len(answers.texts) == 2
    assert not newsdesk.window.isVisible()
    assert stored_title(newsdesk) == "Trước giờ lên khuôn"


def test_save_a_copy_writes_the_text_elsewhere_and_quits(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(tmp_path / "bản sao"), "")
    )
    answering([click("copy_button")])
    assert newsdesk.window.close()
    copy = (tmp_path / "bản sao.txt").read_text(encoding="utf-8")
    assert copy.startswith("Trước giờ lên khuôn số mới\n")
    assert "Phóng viên: Thưa ông, con đường thay đổi điều gì?" in copy


def test_the_copy_is_offered_in_the_home_folder_under_a_name_any_disk_accepts(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.session is not None
    page.session.set_field("title", "Tin 1/2: “Hà Nội” <mới>?")
    offered: list[str] = []

    def cancelled_file_choice(
        _parent: object, _caption: str, where: str, _filter: str
    ) -> tuple[str, str]:
        offered.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled_file_choice)
    answering([click("copy_button"), click("keep_open_button")])
    assert not newsdesk.window.close()
    assert offered == [str(Path.home() / "Tin 1-2- “Hà Nội” -mới.txt")]


def test_a_copy_that_cannot_be_written_is_explained_and_asked_again(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    missing = tmp_path / "không có thư mục này" / "bản sao.txt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(missing), ""))
    warnings: list[str] = []
    monkeypatch.setattr(
        interviews_page_module, "warning", lambda _p, _t, text: warnings.append(text)
    )
    answers = answering([click("copy_button"), click("keep_open_button")])
    assert not newsdesk.window.close()
    assert len(answers.texts) == 2
    assert len(warnings) == 1 and "bản sao.txt" in warnings[0]
    assert newsdesk.window.isVisible()


def test_a_cancelled_file_choice_asks_again(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: ("", ""))
    answers = answering([click("copy_button"), click("keep_open_button")])
    assert not newsdesk.window.close()
    assert len(answers.texts) == 2


def test_nothing_is_asked_when_the_save_on_closing_works(
    newsdesk: NewsdeskApplication,
    page: InterviewsPage,
    answering: Callable[[list[Answer]], DialogAnswers],
) -> None:
    allow_writes(newsdesk.store)
    answers = answering([])
    assert newsdesk.window.close()
    assert answers.texts == []
    assert stored_title(newsdesk) == "Trước giờ lên khuôn số mới"


def test_a_headline_that_looks_like_markup_is_shown_as_typed(qtbot: QtBot) -> None:
    dialog = UnsavedChangesDialog("<b>Tin</b> <img src=x>", "Ổ đĩa đầy.")
    qtbot.addWidget(dialog)
    assert dialog.textFormat() is Qt.TextFormat.PlainText
    assert "“<b>Tin</b> <img src=x>”" in dialog.text()


def test_quitting_with_changes_waiting_for_the_site_says_how_many_and_that_they_are_safe(
    newsdesk: NewsdeskApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from editor.publishing import PublishMode, request_publish

    # A site that cannot be reached (nothing listens on the discard port).
    account = newsdesk.accounts.add("Báo thử", "http://127.0.0.1:9", "bientap", "a b c d e f")
    repository = newsdesk.interviews_page.repository
    for title in ("Chờ gửi một", "Chờ gửi hai"):
        interview_id = repository.create(sample_document(title)).id
        request_publish(newsdesk.store, interview_id, account.id, PublishMode.PENDING)
    said: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def reply(box: QMessageBox) -> int:
        said.append(box.text())
        return int(answer[0])

    monkeypatch.setattr(QMessageBox, "exec", reply)
    newsdesk.window.unsent_changes = newsdesk.unsent_changes  # as the application sets it
    assert not newsdesk.window.close()  # "No": Newsdesk stays open
    assert newsdesk.window.isVisible()
    assert "2 changes for the site have not been sent yet" in said[0]
    assert "saved on this computer" in said[0]
    answer[0] = QMessageBox.StandardButton.Yes
    assert newsdesk.window.close()
    assert len(said) == 2
    assert newsdesk.unsent_changes() == 2  # still there for the next start


def test_a_signal_stops_newsdesk_without_asking_about_waiting_changes(
    newsdesk: NewsdeskApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from shell.ui.main_window import SIGNAL_QUIT

    asked: list[str] = []

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", reply)
    newsdesk.window.unsent_changes = lambda: 3
    app = QApplication.instance()
    assert app is not None
    app.setProperty(SIGNAL_QUIT, True)  # as main.py's SIGTERM handler does (a logout)
    try:
        assert newsdesk.window.close()
    finally:
        app.setProperty(SIGNAL_QUIT, False)
    assert asked == []
