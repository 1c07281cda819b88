"""Known database and data-folder problems, each with a message the user can act on.

These are *known* errors (:class:`storage.known_error.KnownError`): the shell shows
``user_message`` in a dialog and exits cleanly instead of showing a traceback.

:func:`classify_os_error` and :func:`folder_problem` say what an operating-system
error on the data folder really means (read-only, full, failing disk), so that
nothing is reported as "in use by another window" unless another window holds it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.known_error import KnownError

READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
PROBE_BYTES = 64 * 1024  # what a probe writes: more than a lock file, less than a page cache


class StoreError(KnownError):
    """Base class of the database problems a user can be told about."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{type(self).__name__}: {path}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.detail = detail


class DatabaseLocked(StoreError):
    """Another Newsdesk (or another program) holds the database."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "The database {path} is in use by another Newsdesk window or program. "
            "Close the other one, or start Newsdesk with another data folder (--data-dir).",
        ).format(path=self.path)


class DatabaseReadOnly(StoreError):
    """The database file or its folder cannot be written."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "Newsdesk cannot write to {path}: it is read-only (the file, its folder or the "
            "whole disk). Check the permissions, or choose another data folder (--data-dir).",
        ).format(path=self.path)


class NotANewsdeskDatabase(StoreError):
    """The file exists but is not a database Newsdesk made."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "The file {path} is not a Newsdesk database. Newsdesk has left it untouched; "
            "move it away or choose another data folder.",
        ).format(path=self.path)


class DatabaseTooNew(StoreError):
    """The database was written by a newer Newsdesk than this one."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "The database {path} was made by a newer version of Newsdesk. "
            "Install the newer version to open it; this version has left it untouched.",
        ).format(path=self.path)


class DiskFull(StoreError):
    """The disk holding the database has no room left."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "The disk holding {path} is full, so Newsdesk cannot save anything to it. "
            "Free some space, then try again.",
        ).format(path=self.path)


class DiskFailure(StoreError):
    """The operating system reported an input/output error (a failing disk or network share)."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "The disk holding {path} reported an error while Newsdesk read or wrote it. "
            "Check that the disk (or network folder) is still connected and working, "
            "then try again.",
        ).format(path=self.path)


class DataFolderUnusable(StoreError):
    """The data folder cannot be used for a reason other than the ones above."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "Newsdesk cannot use the folder {path} ({reason}). "
            "Choose another data folder (--data-dir).",
        ).format(path=self.path, reason=self.detail or "?")


class DatabaseCorrupt(StoreError):
    """The file is damaged: SQLite reports it malformed or the integrity check fails."""

    @property
    def backups(self) -> list[Path]:
        """The copies Newsdesk made before upgrades, newest first."""
        return find_backups(self.path)

    @property
    def user_message(self) -> str:
        backups = self.backups
        if backups:
            return QCoreApplication.translate(
                "StoreError",
                "The database {path} is damaged, so Newsdesk has stopped using it. "
                "Newsdesk keeps a copy before each upgrade; the newest is {backup}. "
                "Close Newsdesk, move the damaged file away and put that copy in its place "
                "(name it {name}); changes made since that copy are not in it.",
            ).format(path=self.path, backup=backups[0], name=self.path.name)
        return QCoreApplication.translate(
            "StoreError",
            "The database {path} is damaged, so Newsdesk has stopped using it. "
            "There is no earlier copy of it. Keep the file for your technical support; "
            "to start afresh, move it out of the data folder.",
        ).format(path=self.path)


def find_backups(path: Path) -> list[Path]:
    """The copies of *path* made before migrations (``NAME.bak-REV-STAMP``), newest first."""
    with contextlib.suppress(OSError):
        copies = [p for p in path.parent.glob(f"{path.name}.bak-*") if p.is_file()]
        return sorted(copies, key=lambda p: p.stat().st_mtime, reverse=True)
    return []


def classify_os_error(path: Path, error: OSError) -> StoreError:
    """The :class:`StoreError` an operating-system error on *path* stands for."""
    number = error.errno
    if number in READ_ONLY_ERRNOS:
        return DatabaseReadOnly(path, os.strerror(number))
    if number in FULL_ERRNOS:
        return DiskFull(path, os.strerror(number))
    if number == errno.EIO:
        return DiskFailure(path, os.strerror(number))
    reason = os.strerror(number) if number is not None else str(error)
    return DataFolderUnusable(path, reason)


def folder_problem(folder: Path) -> StoreError | None:
    """Why nothing can be written in *folder*, found by writing a small file there; None if it can.

    Used when a lower layer (a lock file, SQLite) failed without saying why:
    the probe's own error says whether the folder is read-only, full or failing.
    """
    try:
        handle, name = tempfile.mkstemp(prefix=".newsdesk-probe-", dir=folder)
    except OSError as error:
        return classify_os_error(folder, error)
    try:
        os.write(handle, b"\0" * PROBE_BYTES)
        os.fsync(handle)
    except OSError as error:
        return classify_os_error(folder, error)
    finally:
        os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(name)
    return None
