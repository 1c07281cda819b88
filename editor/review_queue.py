"""The review queue ("Chờ duyệt"): posts contributors submitted, and the editor's decisions.

The queue is read from the local cache of the site's posts (:mod:`editor.site_posts`):
every cached post of the site whose status is ``pending`` and that has no decision
of ours still on its way. :class:`ReviewQueue` answers the list's two questions (how
many, which rows), oldest submission first by default, so the Qt model stays thin.

**Decisions** (:func:`decide`): approve and publish now, schedule (``status=future``
with a ``date_gmt``), or send back to draft with a note. Each is written in one
transaction: a row of ``review_decisions`` (the note kept locally, shown on the post
afterwards) and an outbox item (:mod:`editor.review_outbox` sends it). The post leaves
the queue at once and shows under "Decided, waiting to send"; :func:`undo_decision`
takes a decision back while its item is unsent (it is then dropped from the outbox and
the post comes back to the queue).

**Never a silent overwrite.** A decision carries the post's ``modified_gmt`` as the
editor read it and a digest of its title and text (the site's dates have whole
seconds: a contributor's edit within the same second is caught by the digest). If the
post changed on the site since, the item stops in conflict instead of changing the
status (see :func:`editor.review_outbox.send_review`).

**A post opened as a local interview** (linked through ``publications.post_id``) may
have a publish item of its own waiting. The decision is then queued on *the same
outbox subject* (the interview, kind ``interview_review``): the outbox sends one
subject's items in order, so the decision goes out only after the edits, never
racing them, and is checked against the version our own publish left on the site.
A post opened as an interview only after its decision was queued gets its publish
queued on the interview: the decision (older) goes first, and the publish then meets
the new status as a change made on the site (the publishing conflict rules apply).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from editor.site_posts import gmt_text
from editor.site_posts_list import CachedPostRows, parse_gmt
from portal.markup import html_to_text
from portal.outbox import OutboxState, drop_in, enqueue, entry_in
from storage.database import Store
from storage.models import Publication, ReviewDecision, SitePost, SitePostAuthor
from storage.textfold import clean_text, strip_invisible

_Columns = TypeVarTuple("_Columns")

APPROVE = "approve"
SCHEDULE = "schedule"
SEND_BACK = "send_back"
DECISIONS = (APPROVE, SCHEDULE, SEND_BACK)

#: Outbox kinds: a post not opened locally, and one linked to a local interview.
REVIEW_KIND = "post_review"
REVIEW_SUBJECT = "site_post"
LINKED_REVIEW_KIND = "interview_review"
LINKED_SUBJECT = "interview"

QUEUED, SENT, UNDONE = "queued", "sent", "undone"
#: The longest note kept and sent (WordPress takes 65,525 characters in a comment).
NOTE_LIMIT = 5000

_WORD = re.compile(r"\w+", re.UNICODE)


class ReviewError(ValueError):
    """A decision cannot be taken (the post is not waiting, or already decided)."""


@dataclass(frozen=True)
class ReviewRow:
    """One post of the queue, ready to show (texts plain, without invisible characters)."""

    id: int
    remote_id: int
    title: str
    author: str
    author_id: int
    categories: str
    submitted: datetime | None
    words: int
    decision: str | None = None
    decision_state: OutboxState | None = None


@dataclass(frozen=True)
class PostToRead:
    """A post as the read pane shows it: plain text only, and the notes sent on it."""

    remote_id: int
    title: str
    author: str
    text: str
    link: str
    notes: tuple[tuple[datetime | None, str], ...]


def content_digest(title: str, content: str) -> str:
    """What the editor read: a hash of the title and the raw text."""
    return hashlib.sha256(f"{title}\x00{content}".encode()).hexdigest()


def word_count(content: str) -> int:
    """Words of a post's text (its HTML read as plain text)."""
    return len(_WORD.findall(html_to_text(content)))


def can_review(rights_publish: bool | None) -> bool:
    """Whether the account may act on the queue (unknown rights: yes, the site will say)."""
    return rights_publish is not False


class ReviewQueue(CachedPostRows):
    """The pending posts of one site: waiting for a decision, or decided and not yet sent."""

    def __init__(
        self, store: Store, site_id: int, *, decided: bool = False, newest_first: bool = False
    ) -> None:
        super().__init__(store, site_id)
        self.decided = decided
        self.newest_first = newest_first

    def _where(self, statement: Select[*_Columns]) -> Select[*_Columns]:
        return _listed(statement, self._site_id, decided=self.decided)

    def rows(self, offset: int, limit: int) -> list[ReviewRow]:
        """Rows *offset* … *offset + limit*, oldest submission first (or newest)."""
        if limit <= 0:
            return []
        order = SitePost.modified_gmt.desc() if self.newest_first else SitePost.modified_gmt
        statement = self._where(
            select(
                SitePost.id,
                SitePost.remote_id,
                SitePost.title,
                SitePost.author_id,
                SitePost.categories,
                SitePost.modified_gmt,
                SitePost.content,
            )
        ).order_by(order, SitePost.id)
        with self._store.session() as session:
            found = session.execute(statement.offset(offset).limit(limit)).all()
            decisions = _latest_queued(session, self._site_id, [r.remote_id for r in found])
            states = {
                post: _item_state(session, decision.outbox_item_id)
                for post, decision in decisions.items()
            }
        return [
            ReviewRow(
                id=row.id,
                remote_id=row.remote_id,
                title=strip_invisible(row.title),
                author=self._authors.get(row.author_id, ""),
                author_id=row.author_id,
                categories=", ".join(self._category_names(row.categories)),
                submitted=parse_gmt(row.modified_gmt),
                words=word_count(row.content),
                decision=decisions[row.remote_id].decision if row.remote_id in decisions else None,
                decision_state=states.get(row.remote_id),
            )
            for row in found
        ]


def _listed(statement: Select[*_Columns], site_id: int, *, decided: bool) -> Select[*_Columns]:
    """*statement* limited to the queue (pending, no decision on its way) or the decided."""
    queued = _queued_posts(site_id)
    statement = statement.where(SitePost.site_id == site_id)
    if decided:
        return statement.where(SitePost.remote_id.in_(queued))
    return statement.where(SitePost.status == "pending", SitePost.remote_id.not_in(queued))


def _queued_posts(site_id: int) -> Select[int]:
    """SQL: the post ids of *site_id* with a decision still on its way."""
    return select(ReviewDecision.post_id).where(
        ReviewDecision.site_id == site_id, ReviewDecision.state == QUEUED
    )


def _latest_queued(session: Session, site_id: int, posts: list[int]) -> dict[int, ReviewDecision]:
    if not posts:
        return {}
    rows = session.scalars(
        select(ReviewDecision)
        .where(
            ReviewDecision.site_id == site_id,
            ReviewDecision.post_id.in_(posts),
            ReviewDecision.state == QUEUED,
        )
        .order_by(ReviewDecision.id)
    )
    return {row.post_id: row for row in rows}


def _item_state(session: Session, item_id: int | None) -> OutboxState | None:
    entry = entry_in(session, item_id) if item_id is not None else None
    return entry.state if entry is not None else None


def waiting_count(store: Store, site_id: int) -> int:
    """How many submitted posts wait for a decision (the navigation's count: one query)."""
    with store.session() as session:
        counted = _listed(select(func.count()).select_from(SitePost), site_id, decided=False)
        return int(session.scalar(counted) or 0)


def decided_count(store: Store, site_id: int) -> int:
    """How many decisions of *site_id* are still on their way (sent ones leave the count)."""
    with store.session() as session:
        counted = select(func.count()).select_from(ReviewDecision)
        return int(
            session.scalar(
                counted.where(ReviewDecision.site_id == site_id, ReviewDecision.state == QUEUED)
            )
            or 0
        )


def post_to_read(store: Store, site_id: int, remote_id: int) -> PostToRead | None:
    """The cached post as plain text (never HTML: images are not loaded), with its notes."""
    with store.session() as session:
        row = session.scalars(
            select(SitePost).where(SitePost.site_id == site_id, SitePost.remote_id == remote_id)
        ).one_or_none()
        if row is None:
            return None
        author = session.get(SitePostAuthor, (site_id, row.author_id))
        notes = session.execute(
            select(ReviewDecision.created_at, ReviewDecision.note)
            .where(
                ReviewDecision.site_id == site_id,
                ReviewDecision.post_id == remote_id,
                ReviewDecision.note != "",
                ReviewDecision.state != UNDONE,
            )
            .order_by(ReviewDecision.id)
        ).all()
        return PostToRead(
            remote_id=remote_id,
            title=strip_invisible(row.title),
            author=author.name if author is not None else "",
            text=strip_invisible(html_to_text(row.content)),
            link=row.link,
            notes=tuple((_utc(when), note) for when, note in notes),
        )


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Decided:
    """A decision just queued: what undo needs."""

    decision_id: int
    item_id: int
    post_id: int
    decision: str
    note: str
    scheduled_at: datetime | None


def decide(
    store: Store,
    site_id: int,
    post_id: int,
    decision: str,
    *,
    note: str = "",
    scheduled_at: datetime | None = None,
    decided_by: str = "",
    seen: tuple[str, str] | None = None,
) -> Decided:
    """Queue *decision* on the cached post *post_id*: one short transaction (GUI thread).

    *scheduled_at* (aware) is required for :data:`SCHEDULE`; *note* is kept for
    :data:`SEND_BACK`. *seen* (modified_gmt, digest) overrides what the cache holds
    (a redo after undo keeps what the editor read then). Raises :class:`ReviewError`
    when the post is not waiting for review here or already has a decision on its way.
    """
    from editor.review_outbox import ReviewPayload

    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision!r}")
    if decision == SCHEDULE and (scheduled_at is None or scheduled_at.tzinfo is None):
        raise ValueError("a schedule needs an aware date")
    note = clean_text(note).strip()[:NOTE_LIMIT] if decision == SEND_BACK else ""
    with store.transaction() as session:
        row = session.scalars(
            select(SitePost).where(SitePost.site_id == site_id, SitePost.remote_id == post_id)
        ).one_or_none()
        if row is None or row.status != "pending":
            raise ReviewError("The post is not waiting for review.")
        if _latest_queued(session, site_id, [post_id]):
            raise ReviewError("A decision on this post is already waiting to be sent.")
        modified, digest = seen or (row.modified_gmt, content_digest(row.title, row.content))
        record = ReviewDecision(
            site_id=site_id,
            post_id=post_id,
            decision=decision,
            note=note,
            scheduled_gmt=gmt_text(scheduled_at),
            seen_modified_gmt=modified,
            seen_digest=digest,
            title=row.title,
            decided_by=decided_by,
            state=QUEUED,
        )
        session.add(record)
        session.flush()
        interview = session.scalar(
            select(Publication.interview_id).where(
                Publication.site_id == site_id, Publication.post_id == post_id
            )
        )
        kind, subject, subject_id = (
            (REVIEW_KIND, REVIEW_SUBJECT, post_id)
            if interview is None
            else (LINKED_REVIEW_KIND, LINKED_SUBJECT, interview)
        )
        item = enqueue(
            session,
            site_id=site_id,
            kind=kind,
            subject_type=subject,
            subject_id=subject_id,
            payload=ReviewPayload(
                decision_id=record.id,
                post_id=post_id,
                decision=decision,
                title=row.title,
                seen_modified_gmt=modified,
                seen_digest=digest,
                note=note,
                date_gmt=gmt_text(scheduled_at) or None,
            ),
        )
        record.outbox_item_id = item.id
        return Decided(record.id, item.id, post_id, decision, note, scheduled_at)


def undo_decision(store: Store, decision_id: int) -> bool:
    """Take back a decision whose item is not sent yet; False once it went (or is going) out."""
    with store.transaction() as session:
        row = session.get(ReviewDecision, decision_id)
        if row is None or row.state != QUEUED or row.outbox_item_id is None:
            return False
        if not drop_in(session, [row.outbox_item_id]):
            return False
        row.state = UNDONE
        return True


def seen_of(store: Store, decision_id: int) -> tuple[str, str] | None:
    """What the editor had read when taking *decision_id* (modified_gmt, digest)."""
    with store.session() as session:
        row = session.get(ReviewDecision, decision_id)
        return (row.seen_modified_gmt, row.seen_digest) if row is not None else None
