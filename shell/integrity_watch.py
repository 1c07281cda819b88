"""The start-up integrity check, run in the background once the window is shown.

``PRAGMA quick_check`` costs more than the start-up may spend on the GUI
thread on a big profile (see :mod:`storage.integrity`), so it runs on a worker
with its own read-only connection. A damaged file is reported through
:attr:`IntegrityWatch.damaged`; the application tells the user and closes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from storage.errors import DatabaseCorrupt, StoreError
from storage.integrity import CheckCancelled, integrity_problems
from uikit.background import BackgroundTask, Cancelled, TaskContext, run_in_background

log = logging.getLogger(__name__)


class IntegrityWatch(QObject):
    """Checks one database file once, off the GUI thread."""

    damaged = Signal(object)  # the DatabaseCorrupt found
    finished = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._task: BackgroundTask[list[str]] | None = None

    def start(self) -> None:
        """Begin the check; ``damaged`` is emitted if the file is damaged, ``finished`` always."""
        path = self.path

        def work(context: TaskContext) -> list[str]:
            try:
                return integrity_problems(path, cancelled=lambda: context.cancelled)
            except CheckCancelled as stopped:
                raise Cancelled from stopped

        self._task = run_in_background(
            work,
            on_success=self._checked,
            on_failure=self._failed,
            on_cancelled=self.finished.emit,
            parent=self,
        )

    def stop(self) -> None:
        """Stop a check still running (the application is closing)."""
        if self._task is not None and not self._task.done:
            self._task.cancel()

    def _checked(self, problems: list[str]) -> None:
        if problems:
            log.error("The database %s is damaged: %s", self.path, "; ".join(problems))
            self.damaged.emit(DatabaseCorrupt(self.path, "; ".join(problems)[:500]))
        else:
            log.info("Integrity check of %s: ok", self.path)
        self.finished.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseCorrupt):
            self.damaged.emit(error)
        elif isinstance(error, StoreError):
            # Not damage (a failing disk, say): the next write reports it in place.
            log.warning("Integrity check of %s could not run: %s", self.path, error)
        else:
            self.finished.emit()
            raise error
        self.finished.emit()
