"""Words the moderation widgets show for states, decisions, queues and rule reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from moderation.journal import AUTOMATIC, SITE, LogAction
from moderation.rules import Reason, RuleKind
from moderation.statuses import Action, Queue
from uikit.formatting import waited_text


def queue_text(queue: Queue) -> str:
    """The name of a queue tab."""
    return {
        Queue.PENDING: QCoreApplication.translate("Moderation", "Pending"),
        Queue.FLAGGED: QCoreApplication.translate("Moderation", "Flagged"),
        Queue.APPROVED: QCoreApplication.translate("Moderation", "Approved"),
        Queue.SPAM: QCoreApplication.translate("Moderation", "Spam"),
        Queue.TRASH: QCoreApplication.translate("Moderation", "Trash"),
        Queue.ALL: QCoreApplication.translate("Moderation", "All"),
    }[queue]


def action_text(action: Action) -> str:
    """The button text of a decision."""
    return {
        Action.APPROVE: QCoreApplication.translate("Moderation", "Approve"),
        Action.TRASH: QCoreApplication.translate("Moderation", "Reject"),
        Action.SPAM: QCoreApplication.translate("Moderation", "Spam"),
        Action.UNAPPROVE: QCoreApplication.translate("Moderation", "Back to pending"),
        Action.RESTORE: QCoreApplication.translate("Moderation", "Restore"),
    }[action]


def approve_and_reply_text() -> str:
    """The reply button on a pending comment, and Edit ▸ Undo's name for what it did."""
    return QCoreApplication.translate("Moderation", "Approve and reply")


def undo_text(action: Action, count: int) -> str:
    """What Edit ▸ Undo names a decision on *count* comments (with plural forms)."""
    return Moderation().undo_text(action, count)


class Moderation(QObject):
    """Texts with plural forms, in the ``Moderation`` translation context.

    ``pyside6-lupdate`` marks a text as plural (numerus) only when it is
    translated by ``self.tr(text, disambiguation, n)``, so these live in a class
    named after their context; the class must not be renamed or subclassed.
    """

    def undo_text(self, action: Action, count: int) -> str:
        """What Edit ▸ Undo names a decision on *count* comments."""
        texts = {
            Action.APPROVE: self.tr("Approve %n comment(s)", "", count),
            Action.TRASH: self.tr("Reject %n comment(s)", "", count),
            Action.SPAM: self.tr("Mark %n comment(s) as spam", "", count),
            Action.UNAPPROVE: self.tr("Return %n comment(s) to pending", "", count),
            Action.RESTORE: self.tr("Restore %n comment(s)", "", count),
        }
        return texts[action]

    def done_text(self, action: Action | None, count: int, undo_key: str) -> str:
        """What a decision on *count* comments did, and the key that takes it back.

        *action* None is "Reviewed, keep as is".
        """
        texts = {
            Action.APPROVE: self.tr("Approved %n comment(s) — {key} to undo", "", count),
            Action.TRASH: self.tr("Rejected %n comment(s) — {key} to undo", "", count),
            Action.SPAM: self.tr("Marked %n comment(s) as spam — {key} to undo", "", count),
            Action.UNAPPROVE: self.tr(
                "Returned %n comment(s) to pending — {key} to undo", "", count
            ),
            Action.RESTORE: self.tr("Restored %n comment(s) — {key} to undo", "", count),
        }
        if action is None:
            text = self.tr("Kept %n comment(s) as they are — {key} to undo", "", count)
        else:
            text = texts[action]
        return text.format(key=undo_key)

    def review_undo_text(self, count: int) -> str:
        """What Edit ▸ Undo names a "keep as is" on *count* comments."""
        return self.tr("Keep %n comment(s) as they are", "", count)

    def selection_text(self, count: int, authors: str) -> str:
        """The detail pane with several comments selected."""
        return self.tr("%n comment(s) selected, by: {authors}", "", count).format(authors=authors)

    def author_rejected_text(self, count: int, author: str, undo_key: str) -> str:
        """After "Reject all pending by this author"."""
        text = self.tr("Rejected %n pending comment(s) by {author} — {key} to undo", "", count)
        return text.format(author=author, key=undo_key)

    def oldest_text(self, age: str) -> str:
        """The age of the oldest pending comment, for the queue's header."""
        return self.tr("Oldest pending: {age}").format(age=age)

    def age_text(self, minutes: int) -> str:
        """A queue age: minutes, hours or days (rounded down)."""
        return waited_text(minutes)


def keep_text() -> str:
    """The button and menu text of "Reviewed, keep as is"."""
    return QCoreApplication.translate("Moderation", "Reviewed, keep as is")


def published_flag_text() -> str:
    """A flagged comment that the site already shows (post-moderation)."""
    return QCoreApplication.translate("Moderation", "Published · flagged")


def reason_text(reason: Reason) -> str:
    """Why the rules flagged a comment, in one short phrase."""
    texts = {
        RuleKind.TOO_SHORT: QCoreApplication.translate(
            "Moderation", "Too short ({detail} characters)"
        ),
        RuleKind.TOO_LONG: QCoreApplication.translate(
            "Moderation", "Too long ({detail} characters)"
        ),
        RuleKind.BANNED: QCoreApplication.translate("Moderation", "Banned word: “{detail}”"),
        RuleKind.WATCH: QCoreApplication.translate("Moderation", "Watch word: “{detail}”"),
        RuleKind.LINK: QCoreApplication.translate("Moderation", "Link: {detail}"),
        RuleKind.ASSISTANT: QCoreApplication.translate("Moderation", "Assistant: {detail}%"),
    }
    return texts[reason.kind].format(detail=reason.detail)


def score_text(score: float | None) -> str:
    """The assistant's score as a percentage ("87%"; "" when there is none)."""
    return f"{round(score * 100)}%" if score is not None else ""


def similar_text(count: int) -> str:
    """The campaign badge: how many near-duplicate comments, this one included."""
    return QCoreApplication.translate("Moderation", "Similar: {count}").format(count=count)


def reasons_text(reasons: tuple[Reason, ...], separator: str = "; ") -> str:
    """Every reason, joined."""
    return separator.join(reason_text(reason) for reason in reasons)


def sync_text(state: str | None) -> str:
    """What the outbox state of a comment means to the moderator ("" when in sync)."""
    texts = {
        "pending": QCoreApplication.translate("Moderation", "waiting to sync"),
        "sending": QCoreApplication.translate("Moderation", "sending"),
        "failed": QCoreApplication.translate("Moderation", "not sent"),
        "conflict": QCoreApplication.translate("Moderation", "conflict"),
    }
    return texts.get(state or "", "")


def log_action_text(action: LogAction) -> str:
    """A moderation log entry's action."""
    return {
        LogAction.APPROVE: QCoreApplication.translate("Moderation", "Approved"),
        LogAction.TRASH: QCoreApplication.translate("Moderation", "Rejected"),
        LogAction.SPAM: QCoreApplication.translate("Moderation", "Marked as spam"),
        LogAction.UNAPPROVE: QCoreApplication.translate("Moderation", "Returned to pending"),
        LogAction.RESTORE: QCoreApplication.translate("Moderation", "Restored"),
        LogAction.UNDO: QCoreApplication.translate("Moderation", "Undone"),
        LogAction.REPLY: QCoreApplication.translate("Moderation", "Replied"),
        LogAction.KEEP_SITE: QCoreApplication.translate("Moderation", "Kept the site's decision"),
        LogAction.CONFLICT: QCoreApplication.translate("Moderation", "Conflict with the site"),
        LogAction.REVIEW: QCoreApplication.translate("Moderation", "Reviewed, kept as is"),
        LogAction.TRUST: QCoreApplication.translate("Moderation", "Trusted author"),
    }[action]


def moderator_text(moderator: str) -> str:
    """A moderator's name; automatic rule actions have none."""
    if moderator == AUTOMATIC:
        return QCoreApplication.translate("Moderation", "Rules (automatic)")
    if moderator == SITE:
        return QCoreApplication.translate("Moderation", "Someone on the site")
    return moderator
