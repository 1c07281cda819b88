"""Known database problems, each with a message the user can act on.

These are *known* errors (see DEVELOPERS.md): the shell shows
``user_message`` in a dialog and exits cleanly instead of showing a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


class StoreError(Exception):
    """Base class of the database problems a user can be told about."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{type(self).__name__}: {path}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.detail = detail

    @property
    def user_message(self) -> str:
        """A translated, one-paragraph explanation for the user."""
        raise NotImplementedError


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
            "The database {path} is read-only, so Newsdesk could not save anything to it. "
            "Check the permissions of the file and its folder, or choose another data folder.",
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
            "The disk holding {path} is full. Free some space; your last change was not saved.",
        ).format(path=self.path)


class DatabaseCorrupt(StoreError):
    """SQLite reports the file as malformed."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "StoreError",
            "The database {path} is damaged. Newsdesk keeps a copy before each upgrade "
            "next to it (newsdesk.db.bak-…); restore one, or move the file away.",
        ).format(path=self.path)
