"""The table model of the review queue ("Chờ duyệt"): submitted posts, read as the view scrolls.

The model shows one :class:`editor.review_queue.ReviewQueue`, read a batch at a
time as the view scrolls (see :class:`uikit.lazy_rows.LazyRowsModel`).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)

from editor.review_queue import APPROVE, SCHEDULE, ReviewRow
from portal.outbox import OutboxState
from uikit.formatting import local_time_text, waited_text
from uikit.lazy_rows import LazyRowsModel

BATCH = 50


def decision_text(decision: str | None) -> str:
    """A decision in the newsroom's words."""
    translate = QCoreApplication.translate
    if decision == APPROVE:
        return translate("Review", "Approve and publish")
    if decision == SCHEDULE:
        return translate("Review", "Schedule")
    return translate("Review", "Send back") if decision else ""


def decision_state_text(state: OutboxState | None) -> str:
    """Where a decision is on its way to the site."""
    translate = QCoreApplication.translate
    if state is OutboxState.CONFLICT:
        return translate("Review", "conflict: see Publishing")
    if state is OutboxState.FAILED:
        return translate("Review", "refused by the site: see Publishing")
    if state is OutboxState.SENDING:
        return translate("Review", "sending")
    return translate("Review", "waiting to be sent")


def age_text(since: datetime | None, now: datetime | None = None) -> str:
    """How long a post has waited: minutes, hours or days."""
    if since is None:
        return ""
    return waited_text(int(((now or datetime.now(UTC)) - since).total_seconds() // 60))


class ReviewModel(LazyRowsModel[ReviewRow]):
    """Rows of one :class:`ReviewQueue` (see :meth:`set_source`), read :data:`BATCH` at a time."""

    batch = BATCH

    TITLE, AUTHOR, CATEGORIES, WORDS, SUBMITTED, WAITING, DECISION = range(7)
    RemoteIdRole = Qt.ItemDataRole.UserRole + 1

    column_count = 7
    tooltip_columns = frozenset({TITLE, CATEGORIES})
    right_aligned = frozenset({WORDS})

    def row_value(self, row: ReviewRow, role: int) -> object:
        """The post's id on the site (:attr:`RemoteIdRole`)."""
        return row.remote_id if role == self.RemoteIdRole else None

    def cell_text(self, post: ReviewRow, column: int) -> str:
        """What the post shows in *column* (plain text)."""
        if column == self.TITLE:
            return post.title or QCoreApplication.translate("Review", "(no title)")
        if column == self.AUTHOR:
            return post.author or (f"#{post.author_id}" if post.author_id else "")
        if column == self.CATEGORIES:
            return post.categories
        if column == self.WORDS:
            return QLocale().toString(post.words)
        if column == self.SUBMITTED:
            return local_time_text(post.submitted) if post.submitted is not None else ""
        if column == self.WAITING:
            return age_text(post.submitted)
        if post.decision is None:
            return ""
        return f"{decision_text(post.decision)} ({decision_state_text(post.decision_state)})"

    def column_names(self) -> tuple[str, ...]:
        """Title, author, categories, words, submitted, waiting, decision."""
        translate = QCoreApplication.translate
        return (
            translate("Review", "Title"),
            translate("Review", "Author"),
            translate("Review", "Categories"),
            translate("Review", "Words"),
            translate("Review", "Submitted"),
            translate("Review", "Waiting"),
            translate("Review", "Decision"),
        )
