"""What the moderator does to comments, written to the store (and so to the outbox).

:class:`DecisionController` takes decisions and keeps them on an undo stack,
settles conflicts and queues replies (a reply to a pending comment approves it,
and goes on the undo stack with the approval); it holds no widgets. The page calls it and
shows the outcome; what the undo stack does on its own (Edit ▸ Undo / Redo) it
announces with signals. :func:`comment_after` picks the comment to show after
a decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal
from PySide6.QtGui import QUndoStack

from moderation.authors import set_trusted
from moderation.decisions import DecisionRecord, decide, keep_site_decision, send_anyway, undo
from moderation.errors import ModerationError
from moderation.replies import QueuedReply, reply_approving, withdraw_reply
from moderation.review import ReviewRecord, keep_as_is, undo_review
from moderation.rules import RuleSet
from moderation.statuses import Action
from moderation.ui.queue_model import CommentQueueModel
from moderation.ui.texts import Moderation, action_text, approve_and_reply_text, undo_text
from moderation.ui.undo import DecisionCommand, ReplyCommand, ReviewCommand
from storage.database import Store
from storage.errors import StoreError


def comment_after(model: CommentQueueModel, rows: Sequence[int], decided: set[int]) -> int | None:
    """The comment to show after deciding on *rows* (sorted): the next one down, else up.

    Comments in *decided* and comments that have left the queue are passed over;
    the next page of the queue is fetched when the decision is on the last row.
    """
    last = rows[-1]
    if last + 1 >= model.rowCount() and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    candidates = [*range(last + 1, model.rowCount()), *range(rows[0] - 1, -1, -1)]
    for row in candidates:
        comment_id = model.comment_id(row)
        if comment_id is not None and comment_id not in decided and not model.departed(row):
            return comment_id
    return None


class DecisionController(QObject):
    """Decisions (with undo and redo), conflict settlement and replies of one moderator.

    ``message(str)`` is a status line for the moderator. ``changed(list, object)``
    says Edit ▸ Undo or Redo changed these comment ids, and which comment to
    select (an id, or None to keep the selection). ``undone(object)`` carries the
    :class:`~moderation.decisions.UndoOutcome` of an undo. ``sync_requested()``
    says undo or redo wrote to the outbox.
    """

    message = Signal(str)
    changed = Signal(list, object)
    undone = Signal(object)
    sync_requested = Signal()

    def __init__(
        self, store: Store, moderator_name: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._moderator = moderator_name
        self.undo_stack = QUndoStack(self)

    def decide(self, site_id: int, comment_ids: list[int], action: Action) -> DecisionRecord | None:
        """Take *action* on the comments and put it on the undo stack; None if nothing changed."""
        try:
            record = decide(self._store, site_id, comment_ids, action, self._moderator())
        except StoreError as error:
            self.message.emit(error.user_message)
            return None
        if record is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CommentsPage", "Nothing to change: “{action}” does not apply here."
                ).format(action=action_text(action))
            )
            return None
        self.undo_stack.push(DecisionCommand(self, record, undo_text(action, len(record.changes))))
        return record

    def keep(self, site_id: int, comment_ids: list[int]) -> ReviewRecord | None:
        """“Reviewed, keep as is” on the comments, on the undo stack; None if none was flagged."""
        try:
            review = keep_as_is(self._store, site_id, comment_ids, self._moderator())
        except StoreError as error:
            self.message.emit(error.user_message)
            return None
        if review is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CommentsPage", "Nothing to change: no selected comment is flagged."
                )
            )
            return None
        text = Moderation().review_undo_text(len(review.reviewed))
        self.undo_stack.push(ReviewCommand(self, review, text))
        return review

    def redo_review(self, review: ReviewRecord) -> ReviewRecord | None:
        """Edit ▸ Redo: keep the comments as they are again."""
        again = keep_as_is(self._store, review.site_id, review.comment_ids, self._moderator())
        self.changed.emit(review.comment_ids, None)
        return again

    def undo_review(self, review: ReviewRecord) -> None:
        """Edit ▸ Undo: open the flags a review closed, and select its first comment."""
        undo_review(self._store, review, self._moderator())
        self.changed.emit(review.comment_ids, review.comment_ids[0])

    def trust_author(self, site_id: int, comment_id: int, trusted: bool) -> bool:
        """Approve (or stop approving) the next comments of this comment's author on pull."""
        try:
            return set_trusted(self._store, site_id, comment_id, trusted, self._moderator())
        except StoreError as error:
            self.message.emit(error.user_message)
            return False

    def redo_decision(self, record: DecisionRecord) -> DecisionRecord | None:
        """Edit ▸ Redo: take an undone decision again."""
        again = decide(
            self._store, record.site_id, record.comment_ids, record.action, self._moderator()
        )
        self.changed.emit(record.comment_ids, None)
        self.sync_requested.emit()
        return again

    def undo_decision(self, record: DecisionRecord) -> None:
        """Edit ▸ Undo: take a decision back and select its first comment."""
        outcome = undo(self._store, record, self._moderator())
        self.changed.emit(record.comment_ids, record.comment_ids[0])
        self.undone.emit(outcome)
        if outcome.reversed:
            self.sync_requested.emit()

    def keep_site_decision(self, comment_id: int) -> bool:
        """After a conflict: drop the moderator's decision, keep what the site has."""
        return keep_site_decision(self._store, comment_id, self._moderator())

    def send_anyway(self, comment_id: int) -> bool:
        """After a conflict: send the moderator's decision over the site's."""
        return send_anyway(self._store, comment_id)

    def reply(self, site_id: int, comment_id: int, text: str, rules: RuleSet) -> QueuedReply | None:
        """Queue *text* as the newspaper's reply; None if it was refused.

        A pending comment is approved with it (as WordPress's "Approve and
        Reply"); that pair goes on the undo stack, Edit ▸ Undo takes back both.
        """
        try:
            reply = reply_approving(
                self._store, site_id, comment_id, text, self._moderator(), rules
            )
        except (ModerationError, StoreError) as error:
            self.message.emit(error.user_message)
            return None
        if reply.approval is not None:
            self.undo_stack.push(ReplyCommand(self, reply, approve_and_reply_text()))
        return reply

    def redo_reply(self, reply: QueuedReply) -> QueuedReply | None:
        """Edit ▸ Redo: queue a withdrawn reply again, approving its comment if pending."""
        try:
            again = reply_approving(
                self._store,
                reply.site_id,
                reply.comment_id,
                reply.content,
                self._moderator(),
                RuleSet(min_length=1, max_length=0),  # it passed the rules when written
            )
        except (ModerationError, StoreError) as error:
            self.message.emit(error.user_message)
            return None
        self.changed.emit([reply.comment_id], reply.comment_id)
        self.sync_requested.emit()
        return again

    def undo_reply(self, reply: QueuedReply) -> None:
        """Edit ▸ Undo: withdraw a reply and the approval that went with it."""
        try:
            outcome = withdraw_reply(self._store, reply, self._moderator())
        except (ModerationError, StoreError) as error:
            self.message.emit(error.user_message)
            return
        self.changed.emit([reply.comment_id], reply.comment_id)
        self.undone.emit(outcome)
        if outcome.reversed:
            self.sync_requested.emit()
