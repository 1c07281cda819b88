"""The moderation outbox kinds, registered whole: decisions and replies.

``shell/wiring.py`` hands :func:`outbox_kinds` to the outbox registry
(:class:`portal.outbox_kinds.OutboxKinds`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from moderation.decisions import (
    REPLY_KIND,
    STATUS_KIND,
    SUBJECT,
    keep_site_decision,
    restore_after_discard,
    send_anyway,
)
from moderation.outbox_payloads import ReplyPayload, StatusPayload
from moderation.sending import send_reply, send_status
from moderation.statuses import status_text
from moderation.text import excerpt
from portal.outbox import OutboxEntry
from portal.outbox_kinds import Choice, OutboxKind
from storage.database import Store
from storage.models import CachedComment

# "Keep the site's decision": drop ours; the comment takes the site's state.
KEEP_SITE = "keep_site"
# "Send mine anyway": send the moderator's decision over the site's.
SEND_MINE = "send_mine"
# How much of a comment the Publishing page and ``sync`` output show.
EXCERPT_LENGTH = 60


def _comment(session: Session, comment_id: int) -> tuple[str, str] | None:
    """The comment as a person recognises it: (author, start of its text), if still cached."""
    row = session.get(CachedComment, comment_id)
    text = excerpt(row.excerpt or row.content, EXCERPT_LENGTH) if row is not None else ""
    if row is None or not text:
        return None
    return row.author_name or QCoreApplication.translate("CommentOutbox", "(anonymous)"), text


def describe_status(session: Session, entry: OutboxEntry) -> str:
    """“Comment by Lan “excerpt…”: Approved” (by the site's id when no longer cached)."""
    payload = StatusPayload.from_json(entry.payload)
    status = status_text(payload.status)
    comment = _comment(session, payload.comment_id)
    if comment is None:
        return QCoreApplication.translate(
            "CommentOutbox", "Comment #{id} on the site: {status}"
        ).format(id=payload.remote_id, status=status)
    author, text = comment
    return QCoreApplication.translate(
        "CommentOutbox", "Comment by {author} “{excerpt}”: {status}"
    ).format(author=author, excerpt=text, status=status)


def describe_reply(session: Session, entry: OutboxEntry) -> str:
    """“Reply to Lan's comment “excerpt…”” (by the site's id when no longer cached)."""
    payload = ReplyPayload.from_json(entry.payload)
    comment = _comment(session, payload.comment_id)
    if comment is None:
        return QCoreApplication.translate(
            "CommentOutbox", "Reply to comment #{id} on the site"
        ).format(id=payload.parent)
    author, text = comment
    return QCoreApplication.translate(
        "CommentOutbox", "Reply to {author}'s comment “{excerpt}”"
    ).format(author=author, excerpt=text)


def status_choices() -> Sequence[Choice]:
    """A decision in conflict: keep the site's, or send ours over it."""
    return (
        Choice(KEEP_SITE, QCoreApplication.translate("CommentOutbox", "Keep the site's decision")),
        Choice(SEND_MINE, QCoreApplication.translate("CommentOutbox", "Send mine anyway")),
    )


def status_facts(session: Session, entry: OutboxEntry) -> list[tuple[str, str]]:
    """The comment, what the site has, what the moderator wanted."""
    payload = StatusPayload.from_json(entry.payload)
    row = session.get(CachedComment, payload.comment_id)
    text = excerpt(row.content, 300) if row is not None else f"#{payload.remote_id}"
    site = payload.conflict.status if payload.conflict is not None else None
    facts = [(QCoreApplication.translate("CommentOutbox", "Comment"), text)]
    if row is not None and row.author_name:
        facts.append((QCoreApplication.translate("CommentOutbox", "Author"), row.author_name))
    facts.append(
        (
            QCoreApplication.translate("CommentOutbox", "On the site now"),
            status_text(site) if site else "?",
        )
    )
    facts.append(
        (QCoreApplication.translate("CommentOutbox", "Your decision"), status_text(payload.status))
    )
    return facts


def outbox_kinds(moderator: Callable[[], str]) -> list[OutboxKind]:
    """The moderation kinds, whole; *moderator* names who resolves or discards (for the log)."""

    def resolve_status(store: Store, entry: OutboxEntry, choice: str) -> None:
        comment_id = StatusPayload.from_json(entry.payload).comment_id
        if choice == KEEP_SITE:
            keep_site_decision(store, comment_id, moderator())
        elif choice == SEND_MINE:
            send_anyway(store, comment_id)

    def discard_status(session: Session, entry: OutboxEntry) -> None:
        restore_after_discard(
            session, StatusPayload.from_json(entry.payload).comment_id, moderator()
        )

    return [
        OutboxKind(
            name=STATUS_KIND,
            subject_type=SUBJECT,
            payload_type=StatusPayload,
            send=send_status,
            describe=describe_status,
            conflict_choices=status_choices,
            resolve=resolve_status,
            conflict_facts=status_facts,
            on_discard=discard_status,
        ),
        OutboxKind(
            name=REPLY_KIND,
            subject_type=SUBJECT,
            payload_type=ReplyPayload,
            send=send_reply,
            describe=describe_reply,
        ),
    ]
