"""Sending the review queue's decisions (outbox kinds ``post_review``, ``interview_review``).

**The note to the contributor** travels as a *held* comment on the post, written
while the post is still ``pending``, before the status changes. Checked on
WordPress 6.1: core has no editorial-note field and custom comment types cannot be
created over REST (``rest_invalid_comment_type``); a comment cannot be added to a
draft (``rest_comment_draft_post``), hence the order; an editor may create a comment
with ``status=hold``, which no reader ever sees (anonymous listings show approved
comments only, even once the post is published); and the contributor *can* read
it: a user who may edit the post (its author, while it is not published) may list
``status=hold`` comments on it and read each one (``edit_comment`` maps to
``edit_post``), and WordPress's own Comments screen shows them to the author.
Newsdesk keeps the note locally with the decision (``review_decisions``), shows it on
the post, and the comment pull leaves the note's comment out of the moderation
queues, so nobody approves it by mistake. A post with comments closed cannot take a
note: the item fails with the site's reason (``rest_comment_closed``) and the
editor can send it back without a note or open comments on the site.

**Never a silent overwrite**: the site's post must still be ``pending`` with the
``modified_gmt`` and text the editor read (or, for a post linked to a local
interview, the version our own publish left there); otherwise the item stops in
conflict, and the editor decides again on the site's version or drops the decision.

**Idempotent**: before each write the payload records what is being done
(``note_sending``, ``writing``); a retry after a lost answer finds the post already
as wanted (or its own held note, by author and text) and finishes without a second
write.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Self

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from editor.publishing import _remember_post, publication_of
from editor.review_queue import (
    APPROVE,
    DECISIONS,
    QUEUED,
    SCHEDULE,
    SEND_BACK,
    SENT,
    UNDONE,
    content_digest,
)
from editor.site_posts import gmt_text, store_posts
from portal.errors import NotFound, PostGone
from portal.outbox import OutboxEntry, PayloadError, drop_in, retry_in
from portal.outbox_kinds import Choice
from portal.outbox_worker import Job, OutboxConflict
from portal.remote import PostInput, RemotePost
from storage.database import Store
from storage.models import ReviewDecision, utc_now

#: "Decide again on the site's version": send the decision past the check.
DECIDE_ANYWAY = "decide_anyway"
#: "Drop the decision": the post comes back to the queue.
DROP = "drop"


def _text(data: Mapping[str, Any], key: str, *, required: bool = False) -> str:
    value = data.get(key, None if required else "")
    if not isinstance(value, str):
        raise PayloadError(f"{key} is not text")
    return value


def _int(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise PayloadError(f"{key} is not a number")
    return value


@dataclass(frozen=True)
class ReviewPayload:
    """A decision on a submitted post, as the editor took it."""

    decision_id: int
    post_id: int
    #: :data:`editor.review_queue.APPROVE`, ``SCHEDULE`` or ``SEND_BACK``.
    decision: str
    title: str
    #: The post's ``modified_gmt`` and :func:`content_digest` as the editor read it.
    seen_modified_gmt: str
    seen_digest: str
    note: str = ""
    #: When a scheduled post goes out (``YYYY-MM-DDTHH:MM:SS`` UTC).
    date_gmt: str | None = None
    #: The held comment carrying the note, once the site made it.
    note_comment_id: int | None = None
    #: The note's comment was asked for (its answer may have been lost).
    note_sending: bool = False
    #: The status change was sent (its answer may have been lost).
    writing: bool = False
    #: The site's ``modified_gmt`` the editor chose to decide on anyway.
    overwrite: str | None = None
    #: The site's post when the item stopped in conflict.
    conflict: Mapping[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        data: dict[str, Any] = {
            "decision_id": self.decision_id,
            "post_id": self.post_id,
            "decision": self.decision,
            "title": self.title,
            "seen_modified_gmt": self.seen_modified_gmt,
            "seen_digest": self.seen_digest,
            "note": self.note,
            "date_gmt": self.date_gmt,
            "note_comment_id": self.note_comment_id,
            "note_sending": self.note_sending,
            "writing": self.writing,
            "overwrite": self.overwrite,
        }
        if self.conflict is not None:
            data["conflict"] = dict(self.conflict)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read a stored payload (:class:`PayloadError` when it is not one)."""
        decision = _text(data, "decision", required=True)
        decision_id, post_id = _int(data, "decision_id"), _int(data, "post_id")
        if decision not in DECISIONS or decision_id is None or post_id is None:
            raise PayloadError("not a review decision")
        conflict = data.get("conflict")
        date = data.get("date_gmt")
        overwrite = data.get("overwrite")
        return cls(
            decision_id=decision_id,
            post_id=post_id,
            decision=decision,
            title=_text(data, "title"),
            seen_modified_gmt=_text(data, "seen_modified_gmt"),
            seen_digest=_text(data, "seen_digest"),
            note=_text(data, "note"),
            date_gmt=date if isinstance(date, str) and date else None,
            note_comment_id=_int(data, "note_comment_id"),
            note_sending=bool(data.get("note_sending")),
            writing=bool(data.get("writing")),
            overwrite=overwrite if isinstance(overwrite, str) else None,
            conflict=conflict if isinstance(conflict, dict) else None,
        )


def _wanted(payload: ReviewPayload) -> PostInput:
    if payload.decision == APPROVE:
        return PostInput(status="publish")
    if payload.decision == SCHEDULE:
        assert payload.date_gmt is not None
        when = datetime.fromisoformat(payload.date_gmt).replace(tzinfo=UTC)
        return PostInput(status="future", date_gmt=when)
    return PostInput(status="draft")


def reached(remote: RemotePost, payload: ReviewPayload) -> bool:
    """Whether the site's post already is what the decision asks (a lost answer, or done)."""
    if payload.decision == APPROVE:
        # a post the contributor dated later is scheduled by WordPress: still our approval
        return remote.status == "publish" or (remote.status == "future" and payload.writing)
    if payload.decision == SCHEDULE:
        on_time = gmt_text(remote.date_gmt) == payload.date_gmt
        return on_time and (
            remote.status == "future" or (remote.status == "publish" and payload.writing)
        )
    return remote.status == "draft" and (not payload.note or payload.note_comment_id is not None)


def send_review(job: Job) -> None:
    """Send one decision: check the post, deliver the note, change the status."""
    store, client = job.store, job.client
    payload = ReviewPayload.from_json(job.payload)
    try:
        remote = client.get_post(payload.post_id)
    except NotFound:
        raise PostGone(code="rest_post_invalid_id") from None
    if remote.status == "trash":
        raise PostGone(code="trash")
    if reached(remote, payload):
        _settle(job, payload, remote)
        return
    _check(job, payload, remote)
    if payload.decision == SEND_BACK and payload.note and payload.note_comment_id is None:
        note_id = _own_note(job, payload) if payload.note_sending else None
        if note_id is None:
            job.save_payload(payload := replace(payload, note_sending=True))
            note_id = client.create_comment(payload.post_id, payload.note, status="hold").id
        job.save_payload(payload := replace(payload, note_comment_id=note_id))
        with store.transaction() as session:
            row = session.get(ReviewDecision, payload.decision_id)
            if row is not None:
                row.note_comment_id = note_id
    job.save_payload(payload := replace(payload, writing=True))
    post = client.update_post(payload.post_id, _wanted(payload))
    _settle(job, payload, post)


def _check(job: Job, payload: ReviewPayload, remote: RemotePost) -> None:
    """Raise :class:`OutboxConflict` unless the post is as the editor read it."""
    stamp = gmt_text(remote.modified_gmt)
    if payload.overwrite is not None and payload.overwrite == stamp:
        return  # the editor saw the site's version and decided on it
    linked = _linked_stamp(job)
    ours = linked is not None and linked == stamp  # our own publish of the linked draft
    translate = QCoreApplication.translate
    if remote.status != "pending":
        message = translate(
            "Review", "The post is no longer waiting for review on the site: it is “{status}” now."
        ).format(status=remote.status)
    elif ours:
        return
    elif stamp != payload.seen_modified_gmt or (
        content_digest(remote.title, remote.content) != payload.seen_digest
    ):
        message = translate(
            "Review", "The contributor changed the post on the site after you read it."
        )
    else:
        return
    raise OutboxConflict(
        message,
        {
            "status": remote.status,
            "modified_gmt": stamp,
            "title": remote.title,
        },
    )


def _linked_stamp(job: Job) -> str | None:
    """For a decision on a linked interview: the post's version our last publish left."""
    if job.entry.subject_type != "interview":
        return None
    with job.store.session() as session:
        publication = publication_of(session, job.entry.site_id, job.entry.subject_id)
        return publication.modified_gmt if publication is not None else None


def _own_note(job: Job, payload: ReviewPayload) -> int | None:
    """The held note this decision already wrote (its answer was lost), if the site has it."""
    me = job.client.me().id
    wanted = payload.note.strip()
    for comment in job.client.iter_comments(status="hold", post=payload.post_id):
        if comment.author == me and comment.content.strip() == wanted:
            return comment.id
    return None


def _settle(job: Job, payload: ReviewPayload, post: RemotePost) -> None:
    """The site has the decision: the cache, the decision and a linked interview learn it."""
    store, site_id = job.store, job.entry.site_id
    with store.transaction() as session:
        store_posts(session, site_id, [post], now=utc_now())
        row = session.get(ReviewDecision, payload.decision_id)
        if row is not None:
            row.state = SENT
            row.sent_at = utc_now()
    if job.entry.subject_type == "interview":
        _remember_post(store, site_id, job.entry.subject_id, post, None)


# --- the kind, for the Publishing page -----------------------------------------------------


def describe_review(session: Session, entry: OutboxEntry) -> str:
    """“Approve and publish “title””, “Schedule …”, “Send … back”."""
    del session
    payload = ReviewPayload.from_json(entry.payload)
    translate = QCoreApplication.translate
    title = payload.title or "—"
    if payload.decision == APPROVE:
        return translate("Review", "Approve and publish “{title}”").format(title=title)
    if payload.decision == SCHEDULE:
        return translate("Review", "Schedule “{title}” for {when} UTC").format(
            title=title, when=(payload.date_gmt or "").replace("T", " ")[:16]
        )
    return translate("Review", "Send “{title}” back to its author").format(title=title)


def review_choices() -> Sequence[Choice]:
    """A decision in conflict: decide on the site's version anyway, or drop it."""
    translate = QCoreApplication.translate
    return (
        Choice(DECIDE_ANYWAY, translate("Review", "Send my decision on the site's version")),
        Choice(DROP, translate("Review", "Drop my decision (the post returns to the queue)")),
    )


def review_facts(session: Session, entry: OutboxEntry) -> Sequence[tuple[str, str]]:
    """What the site holds now, next to what the editor read."""
    del session
    payload = ReviewPayload.from_json(entry.payload)
    remote = payload.conflict or {}
    translate = QCoreApplication.translate
    return (
        (translate("Review", "Title on the site"), str(remote.get("title", ""))),
        (translate("Review", "Status on the site"), str(remote.get("status", ""))),
        (
            translate("Review", "Changed on the site (UTC)"),
            str(remote.get("modified_gmt", "")).replace("T", " "),
        ),
        (
            translate("Review", "You read the version of (UTC)"),
            payload.seen_modified_gmt.replace("T", " "),
        ),
    )


def resolve_review(store: Store, entry: OutboxEntry, choice: str) -> None:
    """Carry out the editor's choice for a decision in conflict."""
    payload = ReviewPayload.from_json(entry.payload)
    with store.transaction() as session:
        if choice == DECIDE_ANYWAY:
            stamp = (payload.conflict or {}).get("modified_gmt")
            retry_in(session, entry.id, replace(payload, overwrite=str(stamp), conflict=None))
        elif choice == DROP and drop_in(session, [entry.id]):
            _mark_undone(session, payload.decision_id)


def discard_review(session: Session, entry: OutboxEntry) -> None:
    """The item was dropped unsent: the decision is undone, the post back in the queue."""
    _mark_undone(session, ReviewPayload.from_json(entry.payload).decision_id)


def _mark_undone(session: Session, decision_id: int) -> None:
    row = session.get(ReviewDecision, decision_id)
    if row is not None and row.state == QUEUED:
        row.state = UNDONE
