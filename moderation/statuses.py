"""Comment states, the decisions a moderator takes, and the queues that list them."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication


class Status(enum.StrEnum):
    """A comment's moderation state, as WordPress names it."""

    APPROVED = "approved"
    HOLD = "hold"
    SPAM = "spam"
    TRASH = "trash"


KNOWN_STATUSES = frozenset(status.value for status in Status)
# States a "restore" brings a comment out of.
REJECTED_STATUSES = frozenset({Status.SPAM.value, Status.TRASH.value})


class Action(enum.StrEnum):
    """A moderator's decision (WordPress's keyboard shortcut in brackets)."""

    APPROVE = "approve"  # A
    TRASH = "trash"  # D: reject, to the trash
    SPAM = "spam"  # S
    UNAPPROVE = "unapprove"  # U: back to pending (hold)
    RESTORE = "restore"  # Z: out of spam or trash, to where it was before


def target_status(action: Action, current: str, previous: str) -> str | None:
    """The state *action* moves a comment in *current* to; None when it does not apply.

    *previous* is the state the comment had before it went to spam or trash
    (restore brings it back there; ``hold`` when unknown).
    """
    if action is Action.RESTORE:
        if current not in REJECTED_STATUSES:
            return None
        return previous if previous in (Status.APPROVED, Status.HOLD) else Status.HOLD.value
    target = {
        Action.APPROVE: Status.APPROVED,
        Action.TRASH: Status.TRASH,
        Action.SPAM: Status.SPAM,
        Action.UNAPPROVE: Status.HOLD,
    }[action].value
    return None if target == current else target


class Queue(enum.StrEnum):
    """The lists a moderator works through."""

    PENDING = "pending"  # waiting for a decision (WordPress "hold")
    FLAGGED = "flagged"  # the rules found something and no moderator has looked yet
    APPROVED = "approved"
    SPAM = "spam"
    TRASH = "trash"
    ALL = "all"


# The single state each queue shows (FLAGGED and ALL are not one state).
QUEUE_STATUS: dict[Queue, str] = {
    Queue.PENDING: Status.HOLD.value,
    Queue.APPROVED: Status.APPROVED.value,
    Queue.SPAM: Status.SPAM.value,
    Queue.TRASH: Status.TRASH.value,
}
# States a flagged comment can be in and still need a look.
FLAGGED_STATUSES = (Status.HOLD.value, Status.APPROVED.value)


def queue_shows(queue: Queue, status: str, flag_open: bool) -> bool:
    """Whether a comment in *status* belongs in *queue*."""
    if queue is Queue.ALL:
        return True
    if queue is Queue.FLAGGED:
        return flag_open and status in FLAGGED_STATUSES
    return QUEUE_STATUS[queue] == status


def status_text(status: str) -> str:
    """A comment state as the moderator says it."""
    texts = {
        Status.APPROVED.value: QCoreApplication.translate("Moderation", "Approved"),
        Status.HOLD.value: QCoreApplication.translate("Moderation", "Pending"),
        Status.SPAM.value: QCoreApplication.translate("Moderation", "Spam"),
        Status.TRASH.value: QCoreApplication.translate("Moderation", "Trash"),
        "post-trashed": QCoreApplication.translate("Moderation", "Trash (with its article)"),
    }
    code = _WORDPRESS_SPELLINGS.get(status, status)
    if code in texts:
        return texts[code]
    return QCoreApplication.translate("Moderation", "Unknown state “{code}”").format(code=status)


# Other spellings WordPress uses for the same states (requests, the database's 1 and 0).
_WORDPRESS_SPELLINGS = {
    "approve": Status.APPROVED.value,
    "1": Status.APPROVED.value,
    "0": Status.HOLD.value,
    "unapproved": Status.HOLD.value,
}
