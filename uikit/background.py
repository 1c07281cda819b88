"""Run work off the GUI thread and get its outcome back on the GUI thread.

This is the only place Newsdesk starts threads (modelled on Anki's
``QueryOp``). A *task function* receives a :class:`TaskContext`: it reports
progress through it and checks it for cancellation. Its return value, its
exception, and its progress reach the callbacks through queued Qt signals, so
callbacks always run on the GUI thread and may touch widgets; the task function
never must.

A task function that needs the database opens its own session
(``with store.transaction() as session: ...``): sessions are never shared
between threads.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

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


class _WorkerSignals(QObject):
    """Signals a worker emits from its thread; they are delivered queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    progress = Signal(int, int, str)


class _Worker(QRunnable):
    def __init__(self, function: Callable[[TaskContext], Any], signals: _WorkerSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._function = function
        self._signals = signals
        self.context = TaskContext(signals.progress.emit)

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError as error:
            # The task's owner was deleted while this ran (a dialog closed during a
            # connection test): nobody is left to tell, so the outcome is dropped.
            if "deleted" not in str(error):
                raise

    def _run(self) -> None:
        try:
            if self.context.cancelled:
                raise Cancelled
            result = self._function(self.context)
        except Cancelled:
            self._signals.cancelled.emit()
        except BaseException as error:
            if self.context.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.failed.emit(error)
        else:
            if self.context.cancelled:
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)


class BackgroundTask(QObject, Generic[T]):
    """A running task, owned by the GUI thread. Emits ``finished`` when done."""

    finished = Signal()

    def __init__(
        self,
        function: Callable[[TaskContext], T],
        on_success: Callable[[T], None] | None,
        on_failure: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int, str], None] | None,
        on_cancelled: Callable[[], None] | None,
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._signals = _WorkerSignals(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.succeeded.connect(self._deliver_success, queued)
        self._signals.failed.connect(self._deliver_failure, queued)
        self._signals.cancelled.connect(self._deliver_cancelled, queued)
        self._signals.progress.connect(self._deliver_progress, queued)
        self._worker = _Worker(function, self._signals)
        self.done = False

    @property
    def context(self) -> TaskContext:
        """The task function's context (its cancellation flag and progress)."""
        return self._worker.context

    def cancel(self) -> None:
        """Ask the task to stop; ``on_cancelled`` runs instead of the other callbacks."""
        self._worker.context.cancel()

    def start(self, pool: QThreadPool) -> None:
        """Hand the task to *pool*."""
        pool.start(self._worker)

    @Slot(object)
    def _deliver_success(self, result: T) -> None:
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_failure(self, error: BaseException) -> None:
        try:
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                raise error
        finally:
            self._finish()

    @Slot()
    def _deliver_cancelled(self) -> None:
        try:
            if self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self._finish()

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, message: str) -> None:
        if self._on_progress is not None and not self._worker.context.cancelled:
            self._on_progress(done, total, message)

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()
        self.deleteLater()


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

    Without ``on_failure``, an exception is re-raised on the GUI thread, where
    the application's exception hook logs it and shows the error dialog.
    """
    owner = parent if parent is not None else QCoreApplication.instance()
    task: BackgroundTask[T] = BackgroundTask(
        function, on_success, on_failure, on_progress, on_cancelled, owner
    )
    task.start(pool if pool is not None else QThreadPool.globalInstance())
    return task


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
        show(error.user_message)

    return failed
