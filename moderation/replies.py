"""Replying to a comment as the newspaper: checked against the site's limits, then queued.

The reply is a new comment by the site account with its parent set. It is
written to the outbox (kind ``comment_reply``) in the same transaction as its
log entry and sent like every decision; the send handler stores the created
comment in the cache.

Replying to a *pending* comment approves it too, as WordPress's own "Approve
and Reply" does (a visible answer to an invisible comment makes no sense):
:func:`reply_approving` saves the approval (a normal decision, queued first)
and the reply in one transaction. :func:`withdraw_reply` takes both back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from moderation.decisions import (
    REPLY_KIND,
    SUBJECT,
    DecisionRecord,
    UndoOutcome,
    apply_in,
    undo_in,
)
from moderation.errors import CommentGone, ReplyTooLong, ReplyTooShort
from moderation.journal import LogAction, record
from moderation.outbox_payloads import ReplyPayload
from moderation.rules import RuleSet, comment_length
from moderation.statuses import Action, Status
from moderation.text import excerpt
from portal.outbox import DROPPABLE, OutboxEntry, OutboxState, drop_in, enqueue, entry_in
from storage.database import Store
from storage.models import CachedComment
from storage.textfold import clean_text


@dataclass(frozen=True)
class QueuedReply:
    """A reply written to the outbox, with the approval that went with it (None if none)."""

    site_id: int
    comment_id: int
    outbox_id: int
    content: str
    approval: DecisionRecord | None = None


def check_reply(text: str, rules: RuleSet) -> str:
    """The reply as it will be sent (cleaned, trimmed), or a :class:`ModerationError`."""
    cleaned = clean_text(text).strip()
    length = comment_length(cleaned)
    if length < max(rules.min_length, 1):
        raise ReplyTooShort(max(rules.min_length, 1))
    if rules.max_length and length > rules.max_length:
        raise ReplyTooLong(rules.max_length)
    return cleaned


def _row(session: Session, site_id: int, comment_id: int) -> CachedComment:
    row = session.get(CachedComment, comment_id)
    if row is None or row.site_id != site_id:
        raise CommentGone("comment not cached")
    return row


def _enqueue_reply(session: Session, row: CachedComment, content: str, moderator: str) -> int:
    item = enqueue(
        session,
        site_id=row.site_id,
        kind=REPLY_KIND,
        subject_type=SUBJECT,
        subject_id=row.id,
        payload=ReplyPayload(
            comment_id=row.id, parent=row.remote_id, post=row.post_id, content=content
        ),
    )
    record(
        session,
        site_id=row.site_id,
        comment=row,
        moderator=moderator,
        action=LogAction.REPLY,
        note=excerpt(content, 200),
    )
    return item.id


def queue_reply(
    store: Store, site_id: int, comment_id: int, text: str, moderator: str, rules: RuleSet
) -> int:
    """Queue a reply to comment *comment_id* (its state left alone); return its outbox item id."""
    content = check_reply(text, rules)
    with store.transaction() as session:
        return _enqueue_reply(session, _row(session, site_id, comment_id), content, moderator)


def reply_approving(
    store: Store, site_id: int, comment_id: int, text: str, moderator: str, rules: RuleSet
) -> QueuedReply:
    """Queue a reply to comment *comment_id*, approving the comment first if it is pending.

    Both are saved in one transaction; the approval is an ordinary decision
    (its outbox item goes before the reply's, and a conflict on it holds the
    reply back). A comment in any other state is only replied to.
    """
    content = check_reply(text, rules)
    with store.transaction() as session:
        row = _row(session, site_id, comment_id)
        approval = None
        if row.status == Status.HOLD:
            changes = apply_in(session, [row], Action.APPROVE, moderator)
            approval = DecisionRecord(site_id, Action.APPROVE, moderator, tuple(changes))
        outbox_id = _enqueue_reply(session, row, content, moderator)
    return QueuedReply(site_id, comment_id, outbox_id, content, approval)


def withdraw_reply(store: Store, reply: QueuedReply, moderator: str) -> UndoOutcome:
    """Take *reply* back, and its approval: what is not sent yet is dropped.

    A reply the site already has is moved to the trash there (through the
    outbox, like the reverse of a sent decision); one being sent right now is
    left alone (counted as skipped), and so is its approval. Otherwise the
    approval is undone as :func:`moderation.decisions.undo` does.
    """
    dropped = reversed_ = skipped = 0
    with store.transaction() as session:
        row = _row(session, reply.site_id, reply.comment_id)
        item = entry_in(session, reply.outbox_id)
        if item is not None and item.state in DROPPABLE:
            drop_in(session, [item.id])
            dropped += 1
            record(
                session,
                site_id=row.site_id,
                comment=row,
                moderator=moderator,
                action=LogAction.UNDO,
                note=excerpt(reply.content, 200),
            )
        else:
            sent = _sent_reply(session, row.site_id, item)
            if sent is not None and apply_in(session, [sent], Action.TRASH, moderator):
                reversed_ += 1
            else:
                skipped += 1
        outcome = UndoOutcome(dropped, reversed_, skipped)
        # A reply that could be neither dropped nor taken back (being sent right now)
        # keeps its approval: it must not go live under a comment sent back to pending.
        if reply.approval is not None and not skipped:
            approval = undo_in(session, reply.approval, moderator)
            outcome = UndoOutcome(
                outcome.dropped + approval.dropped,
                outcome.reversed + approval.reversed,
                outcome.skipped + approval.skipped,
            )
    return outcome


def _sent_reply(session: Session, site_id: int, item: OutboxEntry | None) -> CachedComment | None:
    """The cached comment a sent reply item created (None while unsent or unknown)."""
    if item is None or item.state is not OutboxState.DONE:
        return None
    remote_id = ReplyPayload.from_json(item.payload).remote_id
    if remote_id is None:
        return None
    return session.scalars(
        select(CachedComment).where(
            CachedComment.site_id == site_id, CachedComment.remote_id == remote_id
        )
    ).one_or_none()
