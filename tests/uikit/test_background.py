"""The background helper: work off the GUI thread, outcomes back on it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from storage.errors import DiskFull
from uikit.background import TaskContext, run_in_background, show_known_errors


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(_context: TaskContext) -> str:
        seen["worker_is_gui"] = QThread.currentThread() == gui_thread
        seen["worker_ident"] = threading.get_ident()
        return "Bài phỏng vấn đã lưu"

    def on_success(result: str) -> None:
        seen["result"] = result
        seen["callback_is_gui"] = QThread.currentThread() == gui_thread

    task = run_in_background(work, on_success=on_success)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == "Bài phỏng vấn đã lưu"
    assert seen["worker_is_gui"] is False
    assert seen["worker_ident"] != threading.get_ident()
    assert seen["callback_is_gui"] is True


def test_an_exception_is_reported_to_on_failure(qtbot: QtBot) -> None:
    errors: list[BaseException] = []
    successes: list[object] = []

    def work(_context: TaskContext) -> None:
        raise ValueError("trang tin không trả lời")

    task = run_in_background(work, on_success=successes.append, on_failure=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert successes == []
    assert len(errors) == 1
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "trang tin không trả lời"


def test_cancelling_stops_the_work_and_skips_on_success(qtbot: QtBot) -> None:
    started = threading.Event()
    steps_done: list[int] = []
    outcome: list[str] = []

    def work(context: TaskContext) -> str:
        started.set()
        for step in range(1000):
            context.raise_if_cancelled()
            steps_done.append(step)
            QThread.msleep(5)
        return "finished"

    task = run_in_background(
        work,
        on_success=lambda _r: outcome.append("success"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcome == ["cancelled"]
    assert len(steps_done) < 1000


def test_progress_is_delivered_in_order_and_ends_complete(qtbot: QtBot) -> None:
    reports: list[tuple[int, int, str]] = []

    def work(context: TaskContext) -> int:
        for done in range(1, 201):
            context.report_progress(done, 200, "đang gửi")
        return 200

    task = run_in_background(
        work, on_success=lambda _r: None, on_progress=lambda d, t, m: reports.append((d, t, m))
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert reports, "no progress reached the GUI"
    assert reports[-1] == (200, 200, "đang gửi")
    assert [done for done, _t, _m in reports] == sorted(done for done, _t, _m in reports)
    assert len(reports) < 200  # thinned out, not one signal per step


@pytest.fixture(autouse=True)
def _drain_pool() -> object:
    yield None
    QThreadPool.globalInstance().waitForDone(5000)


def test_work_whose_owner_was_closed_ends_quietly(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtCore import QObject

    release = threading.Event()
    finished: list[str] = []
    owner = QObject()  # e.g. the Preferences dialog, closed during a connection test

    def work(_context: TaskContext) -> str:
        release.wait(5)
        finished.append("done")
        return "kết quả"

    run_in_background(work, on_success=lambda _r: finished.append("delivered"), parent=owner)
    del owner
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    QCoreApplication.sendPostedEvents()  # deliver whatever the worker queued, if anything
    assert finished == ["done"]  # the outcome had nobody to go to, and nothing broke
    assert "Error calling Python override" not in capfd.readouterr().err


def test_the_default_failure_handler_shows_a_known_error_in_its_place(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shown: list[str] = []
    steps: list[str] = []
    full = DiskFull(tmp_path / "newsdesk.db")

    def work(_context: TaskContext) -> None:
        raise full

    run_in_background(
        work, on_failure=show_known_errors(shown.append, first=lambda: steps.append("first"))
    )
    qtbot.waitUntil(lambda: shown != [])
    assert shown == [full.user_message] and steps == ["first"]


def test_the_default_failure_handler_passes_a_bug_on() -> None:
    steps: list[str] = []
    handler = show_known_errors(steps.append, first=lambda: steps.append("first"))
    with pytest.raises(ZeroDivisionError):
        handler(ZeroDivisionError("chia cho không"))
    assert steps == ["first"]  # the busy state is cleared, nothing is shown as known
