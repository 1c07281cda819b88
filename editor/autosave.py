"""Autosave: when an open interview is written, and in which order.

The promise to the reporter is that a crash loses at most two seconds of
typing, whatever their rhythm. :class:`Autosaver` therefore saves
``AUTOSAVE_IDLE_MS`` after the last change (a pause) and at the latest
``AUTOSAVE_MAX_WAIT_MS`` after the first change not yet saved, even while
typing goes on.

A save must not interrupt typing either: the GUI thread only takes a snapshot
of the document (the lists are copied; blocks and speakers are immutable) and
hands it to a *runner* that serialises and writes it on a worker. The runner is
given by the widget layer (``uikit.background.run_in_background``); without one
every save is written at once, on the calling thread.

Each write also keeps a version of the interview (:mod:`editor.versions`: coalesced
to one per 5 minutes) in the same transaction, on the same worker.

Saves are numbered by *revision* (one per change). :class:`OrderedWriter`
writes them one at a time and never writes a revision older than one already
written, so a save finishing late can never overwrite a later one, and a
synchronous :meth:`Autosaver.save_now` (leaving the editor, quitting) waits for
the save in flight and then writes whatever it did not include.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from editor.document import InterviewDocument
from editor.repository import InterviewRepository
from editor.versions import VersionKeeper, VersionKind
from storage.errors import StoreError
from storage.models import Interview

log = logging.getLogger(__name__)

AUTOSAVE_IDLE_MS = 750  # after the last change: a pause in typing
AUTOSAVE_MAX_WAIT_MS = 1250  # after the first unsaved change: typing without a pause
AUTOSAVE_RETRY_MS = 5000  # after a failed save (full disk), even if nothing else changes

SaveWork = Callable[[], datetime]
SaveRunner = Callable[[SaveWork, Callable[[datetime], None], Callable[[BaseException], None]], None]
"""Runs a save off the GUI thread: ``runner(work, on_done, on_error)``.

``on_done`` (with the save time) or ``on_error`` must be called on the GUI
thread once ``work()`` has returned or raised.
"""


@dataclass(frozen=True)
class SaveFailure:
    """Why the last save did not reach the disk."""

    revision: int
    message: str  # translated, for the user


class OrderedWriter:
    """Writes revisions of one interview in order, from any thread.

    One write at a time; a revision older than (or equal to) the newest one
    written is not written again: the write covering it already happened.
    """

    def __init__(
        self,
        repository: InterviewRepository,
        interview_id: int,
        versions: VersionKeeper | None = None,
    ) -> None:
        """With *versions*, each write also keeps a version, in the same transaction."""
        self._repository = repository
        self._versions = versions
        self._interview_id = interview_id
        self._lock = threading.Lock()
        self._written = -1
        self._written_at: datetime | None = None

    def write(self, document: InterviewDocument, revision: int) -> datetime:
        """Store *document* as *revision* unless a later one is stored; the time of that save."""
        with self._lock:
            if revision <= self._written and self._written_at is not None:
                return self._written_at
            also = partial(_keep_autosave, self._versions) if self._versions is not None else None
            saved_at = self._repository.save_document(self._interview_id, document, also=also)
            self._written, self._written_at = revision, saved_at
            return saved_at


def _keep_autosave(versions: VersionKeeper, session: Session, row: Interview) -> None:
    versions.record_in(session, row, VersionKind.AUTOSAVE)


class Autosaver(QObject):
    """Decides when one interview is saved and reports how each save went."""

    saved = Signal(object)  # datetime of the save
    save_failed = Signal(str)  # a message for the user
    save_started = Signal(int)  # revision of the snapshot handed to the writer

    def __init__(
        self,
        writer: OrderedWriter,
        snapshot: Callable[[], InterviewDocument],
        runner: SaveRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._writer = writer
        self._snapshot = snapshot
        self._runner = runner
        self.revision = 0  # one more for every change
        self.saved_revision = 0  # the newest revision known to be on disk
        self.failure: SaveFailure | None = None
        self._in_flight: int | None = None
        self._again = False
        self._closed = False
        self._idle = self._timer(AUTOSAVE_IDLE_MS)
        self._deadline = self._timer(AUTOSAVE_MAX_WAIT_MS)
        self._retry = self._timer(AUTOSAVE_RETRY_MS)

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.save_soon)
        return timer

    @property
    def dirty(self) -> bool:
        """Whether some change is not known to be on disk yet."""
        return self.saved_revision != self.revision

    @property
    def saving(self) -> bool:
        """Whether a save is being written off the GUI thread."""
        return self._in_flight is not None

    def note_change(self) -> None:
        """The document changed: save after a pause, or at the latest after the maximum wait."""
        self.revision += 1
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def save_soon(self) -> None:
        """Start saving what changed now, without waiting for the write.

        With no runner the save is written at once. While a save is in flight
        this one starts the moment it finishes (saves never overlap).
        """
        self._stop_timers()
        if self._closed or not self.dirty:
            return
        if self._runner is None:
            self.save_now()
            return
        if self._in_flight is not None:
            self._again = True
            return
        revision = self.revision
        self._in_flight = revision
        self.save_started.emit(revision)
        work = partial(self._writer.write, self._snapshot(), revision)
        self._runner(work, partial(self._written, revision), partial(self._not_written, revision))

    def save_now(self) -> bool:
        """Write every change before returning (after the save in flight); False if that failed."""
        self._stop_timers()
        self._again = False
        if not self.dirty:
            return True
        revision = self.revision
        self.save_started.emit(revision)
        try:
            saved_at = self._writer.write(self._snapshot(), revision)
        except StoreError as error:
            self._failed(revision, error)
            return False
        self._succeeded(revision, saved_at)
        return True

    def close(self) -> bool:
        """Save what is left and stop; False (still open) if saving failed."""
        if not self.save_now():
            return False
        self._closed = True
        return True

    def _stop_timers(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        self._retry.stop()

    # --- outcomes (always on the GUI thread) ------------------------------------------------

    def _written(self, revision: int, saved_at: datetime) -> None:
        self._in_flight = None
        if self._closed:
            return
        self._succeeded(revision, saved_at)
        self._start_waiting_save()

    def _not_written(self, revision: int, error: BaseException) -> None:
        self._in_flight = None
        if self._closed:
            return
        if not isinstance(error, StoreError):
            raise error
        self._failed(revision, error)
        self._again = False  # typing that went on is saved by the next try

    def _start_waiting_save(self) -> None:
        if self._again:
            self._again = False
            self.save_soon()

    def _succeeded(self, revision: int, saved_at: datetime) -> None:
        if revision <= self.saved_revision:
            return  # a later save already reported
        self.saved_revision = revision
        self.failure = None
        self.saved.emit(saved_at)

    def _failed(self, revision: int, error: StoreError) -> None:
        if revision <= self.saved_revision:
            return  # a later save went through meanwhile
        if self.failure is None or self.failure.message != error.user_message:
            log.warning("Autosave failed: %s", error)  # once, not at every retry
        self.failure = SaveFailure(revision, error.user_message)
        if not self._closed:
            self._retry.start()
        self.save_failed.emit(error.user_message)
