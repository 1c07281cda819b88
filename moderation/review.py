"""“Reviewed, keep as is”: a moderator looked at a flagged comment and leaves it as it is.

The Flagged queue holds comments a rule flagged that no moderator has looked at
yet, held and already published alike. Any decision closes the flag; this one
closes it *without* changing the comment's state, so a published comment that
is fine leaves the queue and stays published. It is local (the site has no
idea of our flags): nothing goes to the outbox. It is written to the log in the
same transaction, and :func:`undo_review` opens the flags again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from moderation.journal import LogAction, record
from storage.database import Store
from storage.models import CachedComment, utc_now


@dataclass(frozen=True)
class Reviewed:
    """One comment whose flag a review closed, with what it had before."""

    comment_id: int
    status: str
    before_reviewed_at: datetime | None


@dataclass(frozen=True)
class ReviewRecord:
    """A "keep as is" on one or more comments (enough to take it back)."""

    site_id: int
    moderator: str
    reviewed: tuple[Reviewed, ...]

    @property
    def comment_ids(self) -> list[int]:
        """The comments whose flag was closed."""
        return [item.comment_id for item in self.reviewed]


def keep_as_is(
    store: Store, site_id: int, comment_ids: Sequence[int], moderator: str
) -> ReviewRecord | None:
    """Close the open flags of the comments, keeping their state; None if none was open."""
    with store.transaction() as session:
        rows = session.scalars(
            select(CachedComment).where(
                CachedComment.site_id == site_id,
                CachedComment.id.in_(list(comment_ids)),
                CachedComment.flag_open.is_(True),
            )
        ).all()
        now = utc_now()
        order = {comment_id: place for place, comment_id in enumerate(comment_ids)}
        done: list[Reviewed] = []
        for row in sorted(rows, key=lambda r: order.get(r.id, 0)):
            done.append(Reviewed(row.id, row.status, row.reviewed_at))
            row.flag_open = False
            row.reviewed_at = now
            row.updated_at = now
            record(
                session,
                site_id=site_id,
                comment=row,
                moderator=moderator,
                action=LogAction.REVIEW,
                from_status=row.status,
                to_status=row.status,
            )
    if not done:
        return None
    return ReviewRecord(site_id, moderator, tuple(done))


def undo_review(store: Store, review: ReviewRecord, moderator: str) -> int:
    """Open the flags *review* closed again; how many were opened.

    A comment a moderator has decided on since (its flag is closed by that
    decision, its review time is newer) is left alone.
    """
    wanted = {item.comment_id: item for item in review.reviewed}
    opened = 0
    with store.transaction() as session:
        rows = session.scalars(
            select(CachedComment).where(
                CachedComment.site_id == review.site_id, CachedComment.id.in_(list(wanted))
            )
        ).all()
        for row in rows:
            item = wanted[row.id]
            if row.flag_open or row.status != item.status or not row.flag_level:
                continue
            row.flag_open = True
            row.reviewed_at = item.before_reviewed_at
            row.updated_at = utc_now()
            opened += 1
            record(
                session,
                site_id=review.site_id,
                comment=row,
                moderator=moderator,
                action=LogAction.UNDO,
                from_status=row.status,
                to_status=row.status,
                note="review",
            )
    return opened
