"""Known moderation problems, each with a translated message the moderator can act on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.known_error import KnownError


class ModerationError(KnownError):
    """Base class of the moderation problems shown to the moderator in place."""


class ReplyTooShort(ModerationError):
    """The reply is shorter than the site's comment box accepts."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"reply shorter than {minimum} characters")
        self.minimum = minimum

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "Moderation", "The reply must have at least {count} characters."
        ).format(count=self.minimum)


class ReplyTooLong(ModerationError):
    """The reply is longer than the site's comment box accepts."""

    def __init__(self, maximum: int) -> None:
        super().__init__(f"reply longer than {maximum} characters")
        self.maximum = maximum

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "Moderation", "The reply may have at most {count} characters."
        ).format(count=self.maximum)


class CommentGone(ModerationError):
    """The comment is no longer in the local cache."""

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "Moderation", "This comment is no longer in the local copy; pull the comments again."
        )
