"""The pull queue: one pull at a time, in order, held while a sync runs; Stop works."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from storage.changes import Changes
from uikit.background import TaskContext
from uikit.changes import ChangeNotifier
from uikit.pulls import PullOutcome, PullQueue, PullTicket

COMMENTS = Changes(comments=True)


@dataclass
class Outcome:
    """What a pull says it did."""

    cancelled: bool = False
    changes: Changes = COMMENTS


class Gate:
    """A pull that runs until the test opens the gate (or it is stopped)."""

    def __init__(self) -> None:
        self.open = threading.Event()
        self.ran: list[str] = []
        self.running = 0
        self.most_at_once = 0
        self._guard = threading.Lock()

    def work(self, name: str) -> object:
        def pull(context: TaskContext) -> PullOutcome:
            with self._guard:
                self.running += 1
                self.most_at_once = max(self.most_at_once, self.running)
                self.ran.append(name)
            try:
                while not self.open.wait(0.01):
                    if context.cancelled:
                        return Outcome(cancelled=True)
                return Outcome()
            finally:
                with self._guard:
                    self.running -= 1

        return pull


def ended(ticket: PullTicket, log: list[str], name: str) -> None:
    ticket.succeeded.connect(lambda outcome: log.append(f"{name} done"))
    ticket.cancelled.connect(lambda: log.append(f"{name} stopped"))
    ticket.failed.connect(lambda error: log.append(f"{name} failed"))


def test_pulls_take_turns_in_order_and_report_what_they_changed(qtbot: QtBot) -> None:
    owner = QObject()  # the app or a page's runner
    notifier = ChangeNotifier()
    heard: list[tuple[object, object]] = []
    notifier.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    queue = PullQueue(owner, notifier)
    gate = Gate()
    log: list[str] = []
    page = object()
    first = queue.request_pull(("comments", 1), gate.work("first"), Changes(), page)  # type: ignore[arg-type]
    second = queue.request_pull(("comments", 1), gate.work("second"), Changes(), page)  # type: ignore[arg-type]
    ended(first, log, "first")
    ended(second, log, "second")
    qtbot.waitUntil(lambda: gate.ran == ["first"])
    assert queue.busy and queue.waiting == 1
    with qtbot.waitSignal(queue.idle, timeout=10_000):
        gate.open.set()
    assert log == ["first done", "second done"]
    assert gate.most_at_once == 1
    assert heard == [(Changes(comments=True), page)] * 2


def test_a_held_queue_waits_and_a_waiting_pull_can_be_stopped(qtbot: QtBot) -> None:
    owner = QObject()
    syncing = True
    queue = PullQueue(owner, held=lambda: syncing)
    gate = Gate()
    gate.open.set()
    log: list[str] = []
    waiting = queue.request_pull(("posts", 1), gate.work("waiting"), Changes(), None)  # type: ignore[arg-type]
    kept = queue.request_pull(("posts", 1), gate.work("kept"), Changes(), None)  # type: ignore[arg-type]
    ended(waiting, log, "waiting")
    ended(kept, log, "kept")
    assert not queue.busy and queue.waiting == 2  # the sync runs first

    waiting.cancel()
    assert log == ["waiting stopped"] and queue.waiting == 1

    syncing = False
    with qtbot.waitSignal(queue.idle, timeout=10_000):
        queue.start_next()  # what the sync controller does when its sync ends
    assert log == ["waiting stopped", "kept done"] and gate.ran == ["kept"]


def test_a_running_pull_stops_at_its_next_check(qtbot: QtBot) -> None:
    owner = QObject()
    queue = PullQueue(owner)
    gate = Gate()
    log: list[str] = []
    ticket = queue.request_pull(("comments", 1), gate.work("long"), Changes(), None)  # type: ignore[arg-type]
    ended(ticket, log, "long")
    qtbot.waitUntil(lambda: gate.ran == ["long"])
    with qtbot.waitSignal(queue.idle, timeout=10_000):
        ticket.cancel()
    assert log == ["long stopped"]
