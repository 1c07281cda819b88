"""Decisions on comments: saved locally at once, sent later through the outbox.

A decision changes the cached comment's local ``status`` and writes an outbox
item (kind ``comment_status``) in *one* transaction, with a log entry; the UI
never waits for the network. The item carries the state the site is expected
to have when it is sent (``expected``): the send handler compares it with the
site's state first, so a decision another moderator took on the site in the
meantime is never silently overwritten (see :mod:`moderation.sending`).

Invariant: a comment without unfinished outbox items has ``status ==
site_status``. So the expected state of a new item is the local state when
earlier items of the comment are still queued (it is what they will leave), and
the site's state otherwise.

Undo (:func:`undo`): an item not sent yet is dropped; one already sent (or being
sent) is answered by a new item sending the reverse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from moderation.journal import AUTOMATIC, LogAction, record
from moderation.outbox_payloads import StatusPayload
from moderation.statuses import REJECTED_STATUSES, Action, target_status
from portal.outbox import (
    DROPPABLE,
    OutboxEntry,
    OutboxState,
    drop_in,
    enqueue,
    retry_in,
    unfinished_in,
)
from storage.database import Store
from storage.models import CachedComment, utc_now

STATUS_KIND = "comment_status"
REPLY_KIND = "comment_reply"
SUBJECT = "comment"

_STUCK = (OutboxState.FAILED, OutboxState.CONFLICT)


@dataclass(frozen=True)
class Change:
    """What one decision did to one comment (enough to take it back)."""

    comment_id: int
    remote_id: int
    before: str
    after: str
    before_previous: str
    before_flag_open: bool
    before_reviewed_at: datetime | None
    outbox_id: int


@dataclass(frozen=True)
class DecisionRecord:
    """One decision on one or more comments."""

    site_id: int
    action: Action
    moderator: str
    changes: tuple[Change, ...]

    @property
    def comment_ids(self) -> list[int]:
        """The comments whose state changed."""
        return [change.comment_id for change in self.changes]


@dataclass(frozen=True)
class UndoOutcome:
    """What :func:`undo` did: items dropped before sending, reverses queued, comments skipped."""

    dropped: int = 0
    reversed: int = 0
    skipped: int = 0


def status_items(session: Session, comment_ids: Iterable[int]) -> dict[int, list[OutboxEntry]]:
    """Unfinished ``comment_status`` items of each comment, oldest first."""
    found: dict[int, list[OutboxEntry]] = defaultdict(list)
    found.update(unfinished_in(session, SUBJECT, comment_ids, kind=STATUS_KIND))
    return found


def _queue_status(
    session: Session,
    row: CachedComment,
    target: str,
    moderator: str,
    log_action: LogAction,
    note: str,
    queued: list[OutboxEntry],
) -> Change:
    """Move *row* to *target*, queue the item for the site, log it; return the change."""
    stuck = [item for item in queued if item.state in _STUCK]
    # A newer decision replaces one the site refused or that clashed with the site.
    drop_in(session, [item.id for item in stuck])
    for item in stuck:
        queued.remove(item)
    expected = row.status if queued else row.site_status
    change = Change(
        comment_id=row.id,
        remote_id=row.remote_id,
        before=row.status,
        after=target,
        before_previous=row.previous_status,
        before_flag_open=row.flag_open,
        before_reviewed_at=row.reviewed_at,
        outbox_id=0,
    )
    if target in REJECTED_STATUSES and row.status not in REJECTED_STATUSES:
        row.previous_status = row.status
    row.status = target
    if moderator != AUTOMATIC:
        row.flag_open = False
        row.reviewed_at = utc_now()
    row.updated_at = utc_now()
    item = enqueue(
        session,
        site_id=row.site_id,
        kind=STATUS_KIND,
        subject_type=SUBJECT,
        subject_id=row.id,
        payload=StatusPayload(
            comment_id=row.id, remote_id=row.remote_id, status=target, expected=expected
        ),
    )
    queued.append(item)
    record(
        session,
        site_id=row.site_id,
        comment=row,
        moderator=moderator,
        action=log_action,
        from_status=change.before,
        to_status=target,
        note=note,
    )
    return replace(change, outbox_id=item.id)


def apply_in(
    session: Session,
    rows: Sequence[CachedComment],
    action: Action,
    moderator: str,
    *,
    note: str = "",
) -> list[Change]:
    """Decide *action* on *rows* in the caller's transaction (automatic rules use this)."""
    queued = status_items(session, [row.id for row in rows])
    changes: list[Change] = []
    for row in rows:
        target = target_status(action, row.status, row.previous_status)
        if target is None:
            continue
        changes.append(
            _queue_status(
                session, row, target, moderator, LogAction(action.value), note, queued[row.id]
            )
        )
    return changes


def decide(
    store: Store, site_id: int, comment_ids: Sequence[int], action: Action, moderator: str
) -> DecisionRecord | None:
    """Take *action* on the comments (of *site_id*) now; None if it changed none of them.

    Comments the action does not apply to (approving an approved one, restoring
    one not in spam or trash) are left alone.
    """
    with store.transaction() as session:
        rows = _rows(session, site_id, comment_ids)
        changes = apply_in(session, rows, action, moderator)
    if not changes:
        return None
    return DecisionRecord(site_id, action, moderator, tuple(changes))


def _rows(session: Session, site_id: int, comment_ids: Sequence[int]) -> list[CachedComment]:
    found = {
        row.id: row
        for row in session.scalars(
            select(CachedComment).where(
                CachedComment.site_id == site_id, CachedComment.id.in_(list(comment_ids))
            )
        )
    }
    return [found[i] for i in dict.fromkeys(comment_ids) if i in found]


def undo(store: Store, decision: DecisionRecord, moderator: str) -> UndoOutcome:
    """Take *decision* back: drop its items not sent yet, send the reverse of the others.

    A comment whose local state changed since the decision (a later decision,
    or a pull that found the site changed) is skipped.
    """
    with store.transaction() as session:
        return undo_in(session, decision, moderator)


def undo_in(session: Session, decision: DecisionRecord, moderator: str) -> UndoOutcome:
    """:func:`undo` in the caller's transaction (a reply's undo takes its approval back too)."""
    dropped = reversed_ = skipped = 0
    rows = {row.id: row for row in _rows(session, decision.site_id, decision.comment_ids)}
    queued = status_items(session, rows)
    for change in decision.changes:
        row = rows.get(change.comment_id)
        if row is None or row.status != change.after:
            skipped += 1
            continue
        pending = queued[row.id]
        item = next((i for i in pending if i.id == change.outbox_id), None)
        if item is not None and item.state in DROPPABLE:
            drop_in(session, [item.id])
            pending.remove(item)
            row.status = change.before if pending else row.site_status
            note = "dropped"
            dropped += 1
            record(
                session,
                site_id=row.site_id,
                comment=row,
                moderator=moderator,
                action=LogAction.UNDO,
                from_status=change.after,
                to_status=row.status,
                note=note,
            )
        else:
            _queue_status(
                session, row, change.before, moderator, LogAction.UNDO, "reversed", pending
            )
            reversed_ += 1
        row.previous_status = change.before_previous
        row.flag_open = change.before_flag_open
        row.reviewed_at = change.before_reviewed_at
        row.updated_at = utc_now()
    return UndoOutcome(dropped, reversed_, skipped)


def keep_site_decision(store: Store, comment_id: int, moderator: str) -> bool:
    """After a conflict: drop the comment's unsent decisions and take the site's state.

    Returns False when there was nothing to drop.
    """
    with store.transaction() as session:
        row = session.get(CachedComment, comment_id)
        if row is None:
            return False
        items = [i for i in status_items(session, [comment_id])[comment_id] if i.state in DROPPABLE]
        if not items:
            return False
        drop_in(session, [item.id for item in items])
        before = row.status
        row.status = row.site_status
        row.updated_at = utc_now()
        record(
            session,
            site_id=row.site_id,
            comment=row,
            moderator=moderator,
            action=LogAction.KEEP_SITE,
            from_status=before,
            to_status=row.status,
        )
    return True


def send_anyway(store: Store, comment_id: int) -> bool:
    """After a conflict: send the moderator's decision over the site's (its items go again).

    The items now expect the state the site had when the clash was found.
    Returns False when the comment has no conflicting item.
    """
    with store.transaction() as session:
        row = session.get(CachedComment, comment_id)
        if row is None:
            return False
        items = status_items(session, [comment_id])[comment_id]
        conflicted = [item for item in items if item.state is OutboxState.CONFLICT]
        if not conflicted:
            return False
        for item in conflicted:
            payload = StatusPayload.from_json(item.payload)
            retry_in(session, item.id, replace(payload, expected=row.site_status, conflict=None))
    return True


def restore_after_discard(session: Session, comment_id: int, moderator: str) -> None:
    """A status item of the comment was discarded: its local state follows what is left.

    With other decisions still queued, the comment shows the last of them;
    otherwise what the site has (the invariant ``status == site_status`` of a
    comment with nothing waiting). Runs in the discarding transaction.
    """
    row = session.get(CachedComment, comment_id)
    if row is None:
        return
    left = status_items(session, [comment_id])[comment_id]
    target = StatusPayload.from_json(left[-1].payload).status if left else row.site_status
    if row.status == target:
        return
    before = row.status
    row.status = target
    row.updated_at = utc_now()
    record(
        session,
        site_id=row.site_id,
        comment=row,
        moderator=moderator,
        action=LogAction.UNDO,
        from_status=before,
        to_status=target,
        note="discarded",
    )
