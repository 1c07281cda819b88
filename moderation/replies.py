"""Replying to a comment as the newspaper: checked against the site's limits, then queued.

The reply is a new comment by the site account with its parent set. It is
written to the outbox (kind ``comment_reply``) in the same transaction as its
log entry and sent like every decision; the send handler stores the created
comment in the cache.
"""

from __future__ import annotations

from moderation.decisions import REPLY_KIND, SUBJECT
from moderation.errors import CommentGone, ReplyTooLong, ReplyTooShort
from moderation.journal import LogAction, record
from moderation.rules import RuleSet, comment_length
from moderation.text import excerpt
from portal.outbox import enqueue
from storage.database import Store
from storage.models import CachedComment
from storage.textfold import clean_text


def check_reply(text: str, rules: RuleSet) -> str:
    """The reply as it will be sent (cleaned, trimmed), or a :class:`ModerationError`."""
    cleaned = clean_text(text).strip()
    length = comment_length(cleaned)
    if length < max(rules.min_length, 1):
        raise ReplyTooShort(max(rules.min_length, 1))
    if rules.max_length and length > rules.max_length:
        raise ReplyTooLong(rules.max_length)
    return cleaned


def queue_reply(
    store: Store, site_id: int, comment_id: int, text: str, moderator: str, rules: RuleSet
) -> int:
    """Queue a reply to comment *comment_id*; return its outbox item id."""
    content = check_reply(text, rules)
    with store.transaction() as session:
        row = session.get(CachedComment, comment_id)
        if row is None or row.site_id != site_id:
            raise CommentGone("comment not cached")
        item = enqueue(
            session,
            site_id=site_id,
            kind=REPLY_KIND,
            subject_type=SUBJECT,
            subject_id=row.id,
            payload={
                "comment_id": row.id,
                "parent": row.remote_id,
                "post": row.post_id,
                "content": content,
            },
        )
        record(
            session,
            site_id=site_id,
            comment=row,
            moderator=moderator,
            action=LogAction.REPLY,
            note=excerpt(content, 200),
        )
        return item.id
