"""Checkpoints of the database's write-ahead log, off the GUI thread.

The application opens its database with automatic checkpoints off (a commit
that crossed SQLite's threshold used to pay 70-90 ms for it: a moderator's
decision or an autosave, on the GUI thread). :class:`WalCheckpointer` runs a
passive checkpoint in the background every half minute and after each sync;
closing the database checkpoints what is left.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from storage.database import Store
from uikit.background import BackgroundTask, TaskContext, run_in_background

log = logging.getLogger(__name__)

CHECKPOINT_INTERVAL_MS = 30_000


class WalCheckpointer(QObject):
    """Keeps the write-ahead log short: one background checkpoint at a time."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._task: BackgroundTask[None] | None = None
        self.done = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECKPOINT_INTERVAL_MS)
        self._timer.timeout.connect(self.checkpoint_now)

    def start(self) -> None:
        """Checkpoint every half minute from now on."""
        self._timer.start()

    def stop(self) -> None:
        """No more checkpoints (closing the database does the last one)."""
        self._timer.stop()

    @property
    def running(self) -> bool:
        """A checkpoint runs in the background now."""
        return self._task is not None

    def checkpoint_now(self) -> None:
        """Start a checkpoint in the background, unless one is running."""
        if self._task is not None:
            return
        store = self._store

        def work(_context: TaskContext) -> None:
            store.checkpoint()

        self._task = run_in_background(
            work, on_success=self._finished, on_failure=self._failed, parent=self
        )

    def _finished(self, _result: None) -> None:
        self._task = None
        self.done += 1

    def _failed(self, error: BaseException) -> None:
        self._task = None
        # A busy database or a full disk: the next checkpoint tries again.
        log.warning("Write-ahead log checkpoint failed: %s", error)
