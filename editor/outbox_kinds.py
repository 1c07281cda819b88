"""The interview outbox kinds, registered whole: publish, unpublish, and review decisions.

``shell/wiring.py`` hands :func:`outbox_kinds` to the outbox registry
(:class:`portal.outbox_kinds.OutboxKinds`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from editor.outbox_payloads import PublishPayload, UnpublishPayload
from editor.publishing import (
    PUBLISH_KIND,
    SUBJECT,
    UNPUBLISH_KIND,
    resolve_keep_mine,
    resolve_take_site,
    send_publish,
    send_unpublish,
)
from editor.review_outbox import (
    ReviewPayload,
    describe_review,
    discard_review,
    resolve_review,
    review_choices,
    review_facts,
    send_review,
)
from editor.review_queue import LINKED_REVIEW_KIND, LINKED_SUBJECT, REVIEW_KIND, REVIEW_SUBJECT
from portal.outbox import OutboxEntry
from portal.outbox_kinds import Choice, OutboxKind
from storage.database import Store
from storage.models import Interview

# "Keep mine": send the interview over the site's changes.
KEEP_MINE = "keep_mine"
# "Take the site's version": the interview becomes what the site holds; the change is dropped.
TAKE_SITE = "take_site"


def _title_now(session: Session, interview_id: int) -> str:
    row = session.get(Interview, interview_id)
    return row.title if row is not None and row.title else ""


def describe_publish(session: Session, entry: OutboxEntry) -> str:
    """“Publish “headline””, with the headline as queued."""
    title = PublishPayload.from_json(entry.payload).title or _title_now(session, entry.subject_id)
    return QCoreApplication.translate("InterviewOutbox", "Publish “{title}”").format(
        title=title or "—"
    )


def describe_unpublish(session: Session, entry: OutboxEntry) -> str:
    """“Unpublish “headline””, with the interview's headline now."""
    title = _title_now(session, entry.subject_id)
    if not title:
        return QCoreApplication.translate("InterviewOutbox", "Unpublish interview #{id}").format(
            id=entry.subject_id
        )
    return QCoreApplication.translate("InterviewOutbox", "Unpublish “{title}”").format(title=title)


def publish_choices() -> Sequence[Choice]:
    """An interview in conflict: keep ours, or take the site's (shown side by side)."""
    return (
        Choice(
            KEEP_MINE,
            QCoreApplication.translate("InterviewOutbox", "Keep mine (overwrite the site)"),
        ),
        Choice(TAKE_SITE, QCoreApplication.translate("InterviewOutbox", "Take the site's version")),
    )


def resolve_publish(store: Store, entry: OutboxEntry, choice: str) -> None:
    """Carry out the editor's choice for a publish item in conflict."""
    if choice == KEEP_MINE:
        resolve_keep_mine(store, entry.id)
    elif choice == TAKE_SITE:
        resolve_take_site(store, entry.id)


def outbox_kinds() -> list[OutboxKind]:
    """The interview kinds, whole."""
    return [
        OutboxKind(
            name=PUBLISH_KIND,
            subject_type=SUBJECT,
            payload_type=PublishPayload,
            send=send_publish,
            describe=describe_publish,
            conflict_choices=publish_choices,
            resolve=resolve_publish,
        ),
        OutboxKind(
            name=UNPUBLISH_KIND,
            subject_type=SUBJECT,
            payload_type=UnpublishPayload,
            send=send_unpublish,
            describe=describe_unpublish,
        ),
        # A decision of the review queue; on a post linked to a local interview it shares
        # the interview's subject, so it waits behind the interview's publish (review_queue).
        *(
            OutboxKind(
                name=name,
                subject_type=subject,
                payload_type=ReviewPayload,
                send=send_review,
                describe=describe_review,
                conflict_choices=review_choices,
                resolve=resolve_review,
                conflict_facts=review_facts,
                on_discard=discard_review,
            )
            for name, subject in (
                (REVIEW_KIND, REVIEW_SUBJECT),
                (LINKED_REVIEW_KIND, LINKED_SUBJECT),
            )
        ),
    ]
