"""Autosave without a window: when saves start, their order, and what a failure leaves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from editor.autosave import AUTOSAVE_IDLE_MS, AUTOSAVE_MAX_WAIT_MS, SaveWork
from editor.repository import InterviewRepository
from editor.session import EditingSession
from editor.ui.interviews_page import InterviewsPage
from storage.database import Store
from storage.errors import DiskFull
from tests.editor.conftest import sample_document
from tests.store_faults import read_only
from tests.typing_helpers import type_text
from uikit.background import run_in_background


@dataclass
class HeldSave:
    """A save handed to the runner and not yet run: the test decides when it finishes."""

    work: SaveWork
    on_done: Callable[[datetime], None]
    on_error: Callable[[BaseException], None]

    def finish(self) -> None:
        """Run the write now and deliver its outcome, as the worker and the GUI thread would."""
        try:
            saved_at = self.work()
        except BaseException as error:  # delivered as the real runner does
            self.on_error(error)
        else:
            self.on_done(saved_at)


@dataclass
class HoldingRunner:
    """A save runner that keeps every save until the test finishes it (any order)."""

    held: list[HeldSave] = field(default_factory=list)

    def __call__(
        self,
        work: SaveWork,
        on_done: Callable[[datetime], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.held.append(HeldSave(work, on_done, on_error))


def real_runner(
    work: SaveWork,
    on_done: Callable[[datetime], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Saves on a worker thread, as the Interviews page runs them."""
    run_in_background(lambda _context: work(), on_success=on_done, on_failure=on_error)


@pytest.fixture
def runner() -> HoldingRunner:
    return HoldingRunner()


@pytest.fixture
def session(repository: InterviewRepository, runner: HoldingRunner, qtbot: QtBot) -> EditingSession:
    stored = repository.create(sample_document())
    return EditingSession(repository, repository.get(stored.id), save_runner=runner)


def stored_title(repository: InterviewRepository, session: EditingSession) -> str:
    return repository.get(session.interview_id).document.title


def test_the_maximum_wait_is_shorter_than_the_two_seconds_promised() -> None:
    assert AUTOSAVE_IDLE_MS < AUTOSAVE_MAX_WAIT_MS <= 1500


def test_a_save_runs_off_the_calling_thread_on_a_snapshot(
    session: EditingSession, runner: HoldingRunner, repository: InterviewRepository
) -> None:
    session.set_field("title", "Bản chụp lúc lưu")
    session.save_soon()
    (save,) = runner.held
    session.set_field("title", "Gõ tiếp trong khi đang lưu")
    save.finish()
    assert stored_title(repository, session) == "Bản chụp lúc lưu"
    assert session.dirty  # the later change is not on disk yet


def test_a_save_finishing_late_never_overwrites_a_later_one(
    session: EditingSession, runner: HoldingRunner, repository: InterviewRepository
) -> None:
    saved: list[object] = []
    session.saved.connect(saved.append)
    session.set_field("title", "Bản cũ")
    session.save_soon()
    session.set_field("title", "Bản mới")
    assert session.save_now()  # leaving the editor: written at once
    assert stored_title(repository, session) == "Bản mới"
    runner.held[0].finish()  # the earlier save's worker gets its turn only now
    assert stored_title(repository, session) == "Bản mới"
    assert not session.dirty
    assert len(saved) == 1


def test_saves_never_overlap_and_a_waiting_one_starts_when_the_first_is_done(
    session: EditingSession, runner: HoldingRunner, repository: InterviewRepository
) -> None:
    session.set_field("title", "Lần một")
    session.save_soon()
    session.set_field("title", "Lần hai")
    session.save_soon()
    assert len(runner.held) == 1
    runner.held[0].finish()
    assert len(runner.held) == 2
    runner.held[1].finish()
    assert stored_title(repository, session) == "Lần hai"
    assert not session.dirty


def test_a_failed_background_save_keeps_the_change_and_says_why(
    session: EditingSession, runner: HoldingRunner, repository: InterviewRepository, store: Store
) -> None:
    failures: list[str] = []
    session.save_failed.connect(failures.append)
    session.set_field("title", "Chưa lưu được")
    session.save_soon()
    with read_only(store):
        runner.held[0].finish()
    assert session.dirty
    assert failures and "read-only" in failures[0]
    assert session.autosaver.failure is not None
    assert session.save_now()
    assert stored_title(repository, session) == "Chưa lưu được"
    assert session.autosaver.failure is None


def test_an_old_failure_arriving_after_a_later_success_is_not_reported(
    session: EditingSession, runner: HoldingRunner, store: Store
) -> None:
    failures: list[str] = []
    session.save_failed.connect(failures.append)
    session.set_field("title", "Một")
    session.save_soon()
    held = runner.held[0]
    session.set_field("title", "Hai")
    assert session.save_now()
    held.on_error(DiskFull(store.path))  # the disk was full a moment ago
    assert failures == []
    assert session.autosaver.failure is None and not session.dirty


def test_a_bug_in_a_background_save_is_not_swallowed(
    session: EditingSession, runner: HoldingRunner
) -> None:
    session.set_field("title", "Lỗi lập trình")
    session.save_soon()
    with pytest.raises(ZeroDivisionError):
        runner.held[0].on_error(ZeroDivisionError())


def test_a_failed_save_is_tried_again_without_waiting_for_more_typing(
    repository: InterviewRepository, store: Store, qtbot: QtBot
) -> None:
    stored = repository.create(sample_document())
    session = EditingSession(repository, repository.get(stored.id), save_runner=real_runner)
    with read_only(store), qtbot.waitSignal(session.save_failed, timeout=10_000):
        session.set_field("title", "Đĩa đã có chỗ trống")
    with qtbot.waitSignal(session.saved, timeout=20_000):
        pass  # the folder is writable again; nobody types
    assert repository.get(stored.id).document.title == "Đĩa đã có chỗ trống"
    assert session.autosaver.failure is None


def test_with_the_real_worker_the_last_change_is_what_is_stored(
    repository: InterviewRepository, qtbot: QtBot
) -> None:
    stored = repository.create(sample_document())
    session = EditingSession(repository, repository.get(stored.id), save_runner=real_runner)
    for number in range(30):
        session.set_field("title", f"Bản số {number}")
        session.save_soon()
    qtbot.waitUntil(lambda: not session.autosaver.saving and not session.dirty, timeout=10_000)
    assert repository.get(stored.id).document.title == "Bản số 29"


@pytest.fixture
def page(qtbot: QtBot, repository: InterviewRepository, tmp_path: Path) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_editor()


KEYSTROKE_MS = 100  # a fast, steady typist: ten characters a second, never a pause


def test_steady_typing_is_saved_while_it_goes_on(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    page.create_from_document(sample_document("Gõ đều"))
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    text = "không ngừng tay, không một lúc nghỉ giữa các chữ"
    typed = [0]
    issued: list[int] = []  # how many keystrokes were typed when each save started
    session.autosaver.save_started.connect(lambda _revision: issued.append(typed[0]))
    stored_after_save: list[str] = []
    session.saved.connect(lambda _when: stored_after_save.append(stored_title(repository, session)))

    def keystroke() -> None:
        type_text(editor.title_edit, text[typed[0]])
        typed[0] += 1
        if typed[0] == len(text):
            typist.stop()

    typist = QTimer(page)
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.timeout.connect(keystroke)
    typist.start(KEYSTROKE_MS)
    qtbot.waitUntil(lambda: typed[0] == len(text), timeout=60_000)
    qtbot.waitUntil(lambda: not session.dirty and not session.autosaver.saving, timeout=10_000)

    during_typing = [count for count in issued if count < len(text)]
    assert len(during_typing) >= 3, issued
    # Every keystroke is in a save started at most ~1.5 s of typing later (the
    # maximum wait), counted in keystrokes so that a loaded machine cannot flake it.
    limit = AUTOSAVE_MAX_WAIT_MS // KEYSTROKE_MS + 4
    for keystroke_number in range(1, len(text) + 1):
        covering = next(count for count in issued if count >= keystroke_number)
        assert covering - keystroke_number <= limit, (keystroke_number, issued)
    # What each save wrote is exactly what had been typed (never a mix, never older).
    prefixes = ["Gõ đều" + text[:count] for count in issued]
    assert all(title in prefixes for title in stored_after_save)
    assert stored_title(repository, session) == "Gõ đều" + text


def test_switching_away_from_the_editor_starts_a_save_at_once(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    page.create_from_document(sample_document("Chuyển trang"))
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    started: list[int] = []
    session.autosaver.save_started.connect(started.append)
    type_text(editor.title_edit, " ngay")
    page.hide()  # what the main window's page stack does on switching pages
    assert started  # not after the idle delay: now
    qtbot.waitUntil(lambda: not session.dirty, timeout=10_000)
    assert stored_title(repository, session) == "Chuyển trang ngay"


def test_leaving_the_editor_while_a_save_is_written_keeps_the_last_keystroke(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    interview_id = page.create_from_document(sample_document("Rời trình soạn"))
    other_id = repository.create(sample_document("Bài khác")).id
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    type_text(editor.title_edit, " thảo")
    session.save_soon()  # in flight on the worker...
    type_text(editor.title_edit, " xong")
    page.open_interview(other_id)  # ...while the reporter opens another interview
    assert repository.get(interview_id).document.title == "Rời trình soạn thảo xong"
    # The earlier save's outcome still arrives; it must change nothing and raise nothing.
    qtbot.waitUntil(lambda: not session.autosaver.saving, timeout=10_000)
    assert repository.get(interview_id).document.title == "Rời trình soạn thảo xong"
    assert page.session is not None and page.session.interview_id == other_id
