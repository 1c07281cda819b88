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
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from moderation.journal import AUTOMATIC, LogAction, record
from moderation.outbox_payloads import StatusPayload
from moderation.statuses import REJECTED_STATUSES, Action, target_status
from portal.outbox import (
    DROPPABLE,
    OutboxEntry,
    OutboxState,
    drop_in,
    enqueue_fast,
    queued_in,
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


@dataclass(frozen=True)
class _Decided:
    """The columns of a comment a decision reads (a plain copy, not an ORM row)."""

    id: int
    site_id: int
    remote_id: int
    status: str
    site_status: str
    previous_status: str
    flag_open: bool
    reviewed_at: datetime | None

    @classmethod
    def of(cls, row: CachedComment) -> _Decided:
        """Copy an ORM row."""
        return cls(
            row.id,
            row.site_id,
            row.remote_id,
            row.status,
            row.site_status,
            row.previous_status,
            row.flag_open,
            row.reviewed_at,
        )


#: Queued status items of one comment, oldest first: (outbox id, state).
_Queued = list[tuple[int, OutboxState]]


# Built once, with bound parameters: a decision runs on the GUI thread, and building
# and coercing the statements cost more than running them.
_comments = cast(Table, CachedComment.__table__)
_READ = select(
    _comments.c.id,
    _comments.c.site_id,
    _comments.c.remote_id,
    _comments.c.status,
    _comments.c.site_status,
    _comments.c.previous_status,
    _comments.c.flag_open,
    _comments.c.reviewed_at,
).where(
    _comments.c.site_id == bindparam("site_id"),
    _comments.c.id.in_(bindparam("ids", expanding=True)),
)
_DECIDE = (
    update(_comments)
    .where(_comments.c.id == bindparam("comment_id"))
    .values(
        status=bindparam("new_status"),
        previous_status=bindparam("new_previous"),
        flag_open=bindparam("new_flag_open"),
        reviewed_at=bindparam("new_reviewed_at", type_=_comments.c.reviewed_at.type),
        updated_at=bindparam("now", type_=_comments.c.updated_at.type),
    )
)


def _queue_status(
    session: Session,
    row: _Decided,
    target: str,
    moderator: str,
    log_action: LogAction,
    note: str,
    queued: _Queued,
) -> Change:
    """Move *row* to *target*, queue the item for the site, log it; return the change.

    Plain SQL statements, not the ORM's unit of work: a moderator's key runs
    this on the GUI thread, between the key and the next comment shown. ORM
    copies of the row in *session* are stale afterwards (:func:`apply_in`
    expires them). *queued* is updated in place.
    """
    stuck = [item_id for item_id, state in queued if state in _STUCK]
    if stuck:  # a newer decision replaces one the site refused or that clashed with it
        drop_in(session, stuck)
        queued[:] = [item for item in queued if item[0] not in stuck]
    expected = row.status if queued else row.site_status
    now = utc_now()
    rejected = target in REJECTED_STATUSES and row.status not in REJECTED_STATUSES
    by_moderator = moderator != AUTOMATIC
    session.execute(
        _DECIDE,
        {
            "comment_id": row.id,
            "new_status": target,
            "new_previous": row.status if rejected else row.previous_status,
            "new_flag_open": False if by_moderator else row.flag_open,
            "new_reviewed_at": now if by_moderator else row.reviewed_at,
            "now": now,
        },
    )
    outbox_id = enqueue_fast(
        session,
        site_id=row.site_id,
        kind=STATUS_KIND,
        subject_type=SUBJECT,
        subject_id=row.id,
        payload=StatusPayload(
            comment_id=row.id, remote_id=row.remote_id, status=target, expected=expected
        ),
    )
    queued.append((outbox_id, OutboxState.PENDING))
    record(
        session,
        site_id=row.site_id,
        comment=row,
        moderator=moderator,
        action=log_action,
        from_status=row.status,
        to_status=target,
        note=note,
    )
    return Change(
        comment_id=row.id,
        remote_id=row.remote_id,
        before=row.status,
        after=target,
        before_previous=row.previous_status,
        before_flag_open=bool(row.flag_open),
        before_reviewed_at=row.reviewed_at,
        outbox_id=outbox_id,
    )


def _queued(session: Session, comment_ids: list[int]) -> defaultdict[int, _Queued]:
    """:func:`status_items` as (outbox id, state) pairs."""
    found: defaultdict[int, _Queued] = defaultdict(list)
    found.update(queued_in(session, SUBJECT, STATUS_KIND, comment_ids))
    return found


def _apply(
    session: Session, rows: Sequence[_Decided], action: Action, moderator: str, note: str
) -> list[Change]:
    queued = _queued(session, [row.id for row in rows])
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


def apply_in(
    session: Session,
    rows: Sequence[CachedComment],
    action: Action,
    moderator: str,
    *,
    note: str = "",
) -> list[Change]:
    """Decide *action* on *rows* in the caller's transaction (automatic rules use this).

    The rows are expired afterwards: reading them again loads what was written.
    """
    if not rows:
        return []
    session.flush()  # the caller's changes to the rows first
    changes = _apply(session, [_Decided.of(row) for row in rows], action, moderator, note)
    for row in rows:
        session.expire(row)
    return changes


def decide(
    store: Store, site_id: int, comment_ids: Sequence[int], action: Action, moderator: str
) -> DecisionRecord | None:
    """Take *action* on the comments (of *site_id*) now; None if it changed none of them.

    Comments the action does not apply to (approving an approved one, restoring
    one not in spam or trash) are left alone. No ORM object is made: this runs
    on the GUI thread between a key press and the next comment shown.
    """
    with store.transaction() as session:
        found = {
            row.id: _Decided(*row)
            for row in session.execute(_READ, {"site_id": site_id, "ids": list(comment_ids)})
        }
        rows = [found[i] for i in dict.fromkeys(comment_ids) if i in found]
        changes = _apply(session, rows, action, moderator, "")
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
            session.flush()
            _queue_status(
                session,
                _Decided.of(row),
                change.before,
                moderator,
                LogAction.UNDO,
                "reversed",
                [(i.id, i.state) for i in pending],
            )
            session.expire(row)
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
