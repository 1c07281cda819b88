"""One Newsdesk window per data folder, enforced with a lock file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from storage.errors import DatabaseLocked, DataFolderUnusable, StoreError, folder_problem

LOCK_FILE_NAME = "newsdesk.lock"


class DataFolderLock:
    """Holds ``newsdesk.lock`` in a data folder while the app runs.

    A lock left by a crashed Newsdesk (its process gone) is taken over
    automatically; one held by a running Newsdesk raises :class:`DatabaseLocked`.
    A lock that cannot be written at all (read-only folder, full disk) raises
    the error that says so, never :class:`DatabaseLocked`.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone

    def acquire(self, timeout_ms: int = 200) -> None:
        """Take the lock, or raise the :class:`StoreError` that says why it cannot be taken."""
        if self._lock.tryLock(timeout_ms):
            return
        raise self._failure()

    def _failure(self) -> StoreError:
        folder = self.path.parent
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return DatabaseLocked(folder, "data folder in use")
        # PermissionError or UnknownError: Qt does not say which errno; find out ourselves.
        problem = folder_problem(folder)
        if problem is not None:
            return problem
        return DataFolderUnusable(folder, f"lock file {self.path.name}: {self._lock.error().name}")

    def release(self) -> None:
        """Give the lock up (also done when the process ends)."""
        self._lock.unlock()
