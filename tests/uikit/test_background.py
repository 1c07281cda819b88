"""The background helper: work off the GUI thread, outcomes back on it."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from storage.errors import DiskFull
from uikit.background import (
    BackgroundTask,
    TaskContext,
    bridge,
    run_in_background,
    show_known_errors,
)


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
    qtbot.waitUntil(lambda: task.done, timeout=5000)
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
    qtbot.waitUntil(lambda: task.done, timeout=5000)
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
    qtbot.waitUntil(lambda: task.done, timeout=5000)
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
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert reports, "no progress reached the GUI"
    assert reports[-1] == (200, 200, "đang gửi")
    assert [done for done, _t, _m in reports] == sorted(done for done, _t, _m in reports)
    assert len(reports) < 200  # thinned out, not one signal per step


@pytest.fixture(autouse=True)
def _drain_pool() -> object:
    yield None
    QThreadPool.globalInstance().waitForDone(5000)


def test_work_whose_owner_was_closed_is_cancelled_and_ends_quietly(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    started, release = threading.Event(), threading.Event()
    finished: list[str] = []
    owner = QObject()  # e.g. the Preferences dialog, closed during a connection test

    def work(context: TaskContext) -> str:
        started.set()
        release.wait(5)
        finished.append("done")
        return "kết quả"

    task = run_in_background(
        work,
        on_success=lambda _r: finished.append("delivered"),
        on_cancelled=lambda: finished.append("told of the cancel"),
        parent=owner,
    )
    assert started.wait(5)
    del owner
    assert task.context.cancelled  # the work may stop at its next check
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert finished == ["done"]  # the outcome had nobody to go to, and nothing broke
    assert "Error calling Python override" not in capfd.readouterr().err


def test_an_owner_destroyed_before_delivery_gets_no_callback(qtbot: QtBot) -> None:
    """The worker ended first; the owner went before the GUI thread delivered."""
    delivered: list[str] = []
    owner = QObject()
    task = run_in_background(lambda _context: "kết quả", on_success=delivered.append, parent=owner)
    assert QThreadPool.globalInstance().waitForDone(5000)  # the outcome is queued now
    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert delivered == []


class _Owner(QObject):
    """A page-like owner that forgets its task in the task's own callback."""

    def __init__(self) -> None:
        super().__init__()
        self.task: BackgroundTask[str] | None = None
        self.seen: list[str] = []

    def start(self) -> None:
        self.task = run_in_background(lambda _context: "xong", on_success=self.done, parent=self)

    def done(self, result: str) -> None:
        self.task = None
        self.seen.append(result)


def test_forgetting_the_task_inside_its_callback_is_safe(qtbot: QtBot) -> None:
    owner = _Owner()
    owner.start()
    task = owner.task
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert owner.seen == ["xong"] and owner.task is None
    assert bridge().running == 0  # the bridge let go of it too


_DROP_OWNER_IN_CALLBACK = """
import gc, sys
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from uikit.background import run_in_background

app = QCoreApplication(sys.argv)

class Owner(QObject):
    def start(self):
        self.task = run_in_background(lambda _c: 1, on_success=self.done, parent=self)

    def done(self, _result):
        global owner
        self.task = None
        owner = None  # the last reference: the owner (and what it owns) goes now
        gc.collect()
        print("callback returned", flush=True)
        QTimer.singleShot(0, app.quit)

owner = Owner()
owner.start()
app.exec()
print("app ended", flush=True)
"""


def test_dropping_the_owner_and_the_task_inside_a_callback_does_not_crash(
    tmp_path: Path,
) -> None:
    """Before the bridge, the task (a QObject child of its owner) was deleted while its
    own slot ran: the interpreter died of a bus error."""
    script = tmp_path / "drop_owner.py"
    script.write_text(_DROP_OWNER_IN_CALLBACK, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["callback returned", "app ended"]
    assert "Traceback" not in done.stderr


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


def test_without_on_failure_a_known_error_is_shown_in_a_warning_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    full = DiskFull(tmp_path / "newsdesk.db")

    def work(_context: TaskContext) -> None:
        raise full

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]

    task = run_in_background(work)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    shown = boxes()
    assert [box.text() for box in shown] == [full.user_message]
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    for box in shown:
        box.close()  # it was opened, not run: the test goes on while it shows


def test_without_on_failure_a_bug_goes_to_the_crash_handler(qtbot: QtBot) -> None:
    def work(_context: TaskContext) -> None:
        raise ZeroDivisionError("chia cho không")

    with qtbot.captureExceptions() as caught:
        task = run_in_background(work)
        qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert [type(error) for _kind, error, _trace in caught] == [ZeroDivisionError]


def test_owners_destroyed_at_random_moments_never_get_a_callback(qtbot: QtBot) -> None:
    chance = random.Random(16)
    owners = [QObject() for _ in range(120)]
    calls: dict[int, list[str]] = {number: [] for number in range(len(owners))}
    tasks: list[BackgroundTask[int]] = []
    for number, owner in enumerate(owners):

        def work(
            context: TaskContext, number: int = number, steps: int = chance.randint(0, 3)
        ) -> int:
            for _step in range(steps):
                context.raise_if_cancelled()
                QThread.usleep(200)
            return number

        tasks.append(
            run_in_background(
                work,
                on_success=lambda n: calls[n].append("success"),
                on_cancelled=partial(calls[number].append, "cancelled"),
                parent=owner,
            )
        )
        victim = owners[chance.randrange(number + 1)]
        if chance.random() < 0.3 and shiboken6.isValid(victim):
            shiboken6.delete(victim)  # any owner so far, at any moment of its task
    gone = {number for number, owner in enumerate(owners) if not shiboken6.isValid(owner)}
    assert 0 < len(gone) < len(owners)
    qtbot.waitUntil(lambda: all(task.done for task in tasks), timeout=20_000)
    for number, seen in calls.items():
        if number in gone:
            assert seen == []  # nothing was delivered before the owner went: no event ran
        else:
            assert seen == ["success"]
    assert bridge().running == 0
