"""One Newsdesk window per data folder, enforced with a lock file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from storage.errors import DatabaseLocked

LOCK_FILE_NAME = "newsdesk.lock"


class DataFolderLock:
    """Holds ``newsdesk.lock`` in a data folder while the app runs.

    A lock left by a crashed Newsdesk (its process gone) is taken over
    automatically; one held by a running Newsdesk raises :class:`DatabaseLocked`.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_FILE_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone

    def acquire(self, timeout_ms: int = 200) -> None:
        """Take the lock or raise :class:`DatabaseLocked`."""
        if not self._lock.tryLock(timeout_ms):
            raise DatabaseLocked(self.path.parent, "data folder in use")

    def release(self) -> None:
        """Give the lock up (also done when the process ends)."""
        self._lock.unlock()
