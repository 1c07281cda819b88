"""Run work off the GUI thread and get its outcome back on the GUI thread.

This is the only place Newsdesk starts threads (modelled on Anki's
``QueryOp``). A *task function* receives a :class:`TaskContext`: it reports
progress through it and checks it for cancellation. Its return value, its
exception, and its progress reach the callbacks on the GUI thread, so callbacks
may touch widgets; the task function never must.

**The bridge.** Every outcome travels through one :class:`QObject`, the bridge,
created on the GUI thread at the first task and kept by this module for the
life of the process (it has no Qt parent, so Qt never deletes it under a
running worker). A worker emits its outcome to the bridge; the signal is queued
to the GUI thread, where the bridge checks that the task's *owner* (the
``parent`` given at start, tracked by its ``destroyed`` signal and
``shiboken6.isValid``) is still alive before calling a callback. When the owner
is destroyed first, the task's context is cancelled and its outcome is dropped:
nobody is left to tell.

**The handle.** :func:`run_in_background` returns a :class:`BackgroundTask`, a
plain Python object (not a ``QObject``). The bridge holds every running task
until its delivery has returned, so a caller may drop its reference anywhere,
inside its own callbacks too (``self._task = None``), and an owner may be
deleted inside a callback.

A task function that needs the database opens its own session
(``with store.transaction() as session: ...``): sessions are never shared
between threads.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    Slot,
)

from storage.known_error import KnownError

log = logging.getLogger(__name__)

T = TypeVar("T")

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress updates a second reach the GUI


class Cancelled(Exception):
    """Raised inside a task function when its task has been cancelled."""


class TaskContext:
    """What a task function gets: progress reporting and cancellation checks."""

    def __init__(self, emit_progress: Callable[[int, int, str], None]) -> None:
        self._emit_progress = emit_progress
        self._cancelled = False
        self._last_progress = 0.0

    @property
    def cancelled(self) -> bool:
        """True once the task has been asked to stop."""
        return self._cancelled

    def cancel(self) -> None:
        """Ask the task to stop at its next check (thread-safe: a plain flag)."""
        self._cancelled = True

    def raise_if_cancelled(self) -> None:
        """Raise :class:`Cancelled` if the task has been asked to stop."""
        if self._cancelled:
            raise Cancelled

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        """Tell the GUI how far the task is; frequent calls are thinned out."""
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._emit_progress(done, total, message)


@dataclass(frozen=True)
class _Succeeded:
    result: object


@dataclass(frozen=True)
class _Failed:
    error: BaseException


@dataclass(frozen=True)
class _WasCancelled:
    pass


@dataclass(frozen=True)
class _Progress:
    done: int
    total: int
    message: str


_Outcome = _Succeeded | _Failed | _WasCancelled
_Message = _Outcome | _Progress


class BackgroundTask(Generic[T]):
    """A running task, as its caller sees it: a plain object, safe to drop at any time.

    ``done`` turns true once its outcome has been delivered (or dropped because
    its owner is gone); ``cancel()`` asks the task function to stop.
    """

    def __init__(
        self,
        function: Callable[[TaskContext], T],
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None,
        on_cancelled: Callable[[], None] | None,
        owner: QObject,
    ) -> None:
        self._function = function
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._owner: weakref.ref[QObject] = weakref.ref(owner)
        self._owner_gone = False
        self._watching = True
        owner.destroyed.connect(self._owner_destroyed)
        self.context = TaskContext(self._report_progress)
        self.done = False

    def cancel(self) -> None:
        """Ask the task to stop; ``on_cancelled`` runs instead of the other callbacks."""
        self.context.cancel()

    @property
    def owner_alive(self) -> bool:
        """Whether the task's owner still exists (checked on the GUI thread)."""
        if self._owner_gone:
            return False
        owner = self._owner()
        return owner is not None and shiboken6.isValid(owner)

    def _owner_destroyed(self) -> None:
        self._owner_gone = True
        self._watching = False  # Qt dropped the connection with its sender
        self.context.cancel()

    def _report_progress(self, done: int, total: int, message: str) -> None:
        bridge().arrived.emit(self, _Progress(done, total, message))

    def _run(self) -> _Outcome:
        """Run the task function (on the worker thread) and say how it ended."""
        try:
            if self.context.cancelled:
                raise Cancelled
            result = self._function(self.context)
        except Cancelled:
            return _WasCancelled()
        except BaseException as error:
            return _WasCancelled() if self.context.cancelled else _Failed(error)
        return _WasCancelled() if self.context.cancelled else _Succeeded(result)

    def _deliver(self, message: _Message) -> None:
        """Call the callback *message* asks for (on the GUI thread), if the owner is alive."""
        if isinstance(message, _Progress):
            if self._on_progress is not None and self.owner_alive and not self.context.cancelled:
                self._on_progress(message.done, message.total, message.message)
            return
        try:
            if not self.owner_alive:
                log.debug("a background task's owner is gone; its outcome is dropped")
            elif isinstance(message, _Succeeded):
                if self._on_success is not None:
                    self._on_success(message.result)  # type: ignore[arg-type]
            elif isinstance(message, _Failed):
                self._on_failure(message.error)
            elif self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._finish()

    def _finish(self) -> None:
        self.done = True
        owner = self._owner()
        if self._watching and owner is not None and shiboken6.isValid(owner):
            owner.destroyed.disconnect(self._owner_destroyed)
        self._watching = False
        self._on_success = self._on_progress = self._on_cancelled = None


class _Bridge(QObject):
    """The one receiver of every task's outcome; it lives as long as the process.

    Workers emit :attr:`arrived` from their threads; the connection is queued,
    so :meth:`_deliver` runs on the GUI thread. The bridge holds each running
    task until its final delivery has returned.
    """

    arrived = Signal(object, object)  # (BackgroundTask, message)

    def __init__(self) -> None:
        super().__init__()
        self._running: set[BackgroundTask[Any]] = set()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, task: BackgroundTask[Any], pool: QThreadPool) -> None:
        """Hold *task* and hand it to *pool*."""
        self._running.add(task)
        pool.start(_Worker(task, self))

    @property
    def running(self) -> int:
        """How many tasks have not had their outcome delivered yet."""
        return len(self._running)

    @Slot(object, object)
    def _deliver(self, task: BackgroundTask[Any], message: _Message) -> None:
        if isinstance(message, _Progress):
            task._deliver(message)
            return
        try:
            task._deliver(message)
        finally:
            self._running.discard(task)


class _Worker(QRunnable):
    def __init__(self, task: BackgroundTask[Any], bridge: _Bridge) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._bridge = bridge

    def run(self) -> None:
        task, self._task = self._task, None  # type: ignore[assignment]
        self._bridge.arrived.emit(task, task._run())


_the_bridge: _Bridge | None = None


def bridge() -> _Bridge:
    """The application's bridge, created at the first call (on the GUI thread)."""
    global _the_bridge
    if _the_bridge is None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() != app.thread():
            raise RuntimeError("background tasks are started on the GUI thread of a running app")
        _the_bridge = _Bridge()
    return _the_bridge


def _show_warning(message: str) -> None:
    from PySide6.QtWidgets import QApplication

    from uikit.outside_text import open_warning

    title = QCoreApplication.translate("CrashHandler", "Newsdesk")  # the crash handler's title
    open_warning(QApplication.activeWindow(), title, message)


def show_known_errors(
    show: Callable[[str], None], *, first: Callable[[], None] | None = None
) -> Callable[[BaseException], None]:
    """An ``on_failure`` handler: a known error's message goes to *show*, a bug goes on.

    *first* runs before either (clear a busy flag, enable a button again). A known
    error (:class:`~storage.known_error.KnownError`) is shown with its translated
    ``user_message``; anything else is re-raised on the GUI thread, where the crash
    handler logs it and points the user to the log.
    """

    def failed(error: BaseException) -> None:
        if first is not None:
            first()
        if not isinstance(error, KnownError):
            raise error
        log.warning("%s", error)
        show(error.user_message)

    return failed


default_failure = show_known_errors(_show_warning)
"""What a task without ``on_failure`` does with an exception: a known error's
message in a warning box (opened, not run: no nested event loop), a bug to the
crash handler."""


def run_in_background(
    function: Callable[[TaskContext], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask[T]:
    """Run ``function(context)`` on a worker thread; callbacks run on the GUI thread.

    *parent* is the task's owner (default: the application): its callbacks run
    only while it exists, and its destruction cancels the task. Without
    ``on_failure``, :data:`default_failure` handles an exception. Call this on
    the GUI thread only.
    """
    the_bridge = bridge()
    owner = parent if parent is not None else QCoreApplication.instance()
    assert owner is not None  # bridge() checked that an application runs
    task: BackgroundTask[T] = BackgroundTask(
        function,
        on_success,
        on_failure if on_failure is not None else default_failure,
        on_progress,
        on_cancelled,
        owner,
    )
    the_bridge.start(task, pool if pool is not None else QThreadPool.globalInstance())
    return task
