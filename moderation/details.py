"""One comment in full, for the detail pane: article, parent, author history, sync state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from moderation.authors import load_policy_in
from moderation.decisions import REPLY_KIND, STATUS_KIND, SUBJECT
from moderation.outbox_payloads import ReplyPayload, StatusPayload
from moderation.rules import Reason, reasons_from_json
from moderation.statuses import Status
from portal.outbox import unfinished_in
from storage.database import Store
from storage.models import CachedComment, CommentPost

OTHER_COMMENTS_SHOWN = 20


@dataclass(frozen=True)
class OtherComment:
    """Another comment by the same author."""

    id: int
    date_gmt: datetime
    status: str
    excerpt: str


@dataclass(frozen=True)
class AuthorHistory:
    """What the author wrote before: counts by state and the latest other comments."""

    approved: int = 0
    pending: int = 0
    rejected: int = 0  # in the trash
    spam: int = 0
    others: tuple[OtherComment, ...] = ()

    @property
    def total(self) -> int:
        """How many other comments the author has in the cache."""
        return self.approved + self.pending + self.rejected + self.spam


@dataclass(frozen=True)
class ParentComment:
    """The comment a reply answers."""

    id: int | None  # None when it is not in the cache
    remote_id: int
    author_name: str
    content: str
    status: str


@dataclass(frozen=True)
class SyncInfo:
    """What still has to reach the site for this comment."""

    state: str | None = None  # the most urgent outbox state: conflict, failed, sending, pending
    message: str = ""  # the site's refusal or the conflict, as the outbox recorded it
    site_status: str | None = None  # in a conflict: what the site has
    wanted_status: str | None = None  # in a conflict: what the moderator decided
    pending_replies: tuple[str, ...] = ()


@dataclass(frozen=True)
class CommentDetail:
    """Everything the detail pane shows about one comment."""

    id: int
    site_id: int
    remote_id: int
    author_name: str
    author_email: str
    author_url: str
    author_key: str
    date_gmt: datetime
    content: str
    status: str
    site_status: str
    link: str
    post_id: int
    article_title: str
    article_link: str
    flag_level: int
    flags: tuple[Reason, ...]
    parent: ParentComment | None
    history: AuthorHistory
    sync: SyncInfo
    flag_open: bool = False  # flagged and no moderator has looked at it yet
    author_trusted: bool = False  # the author's next comments are approved on pull


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def load_detail(
    store: Store, comment_id: int, *, with_history: bool = True
) -> CommentDetail | None:
    """The comment *comment_id* in full, or None when it is no longer cached."""
    with store.session() as session:
        row = session.get(CachedComment, comment_id)
        if row is None:
            return None
        article = session.scalars(
            select(CommentPost).where(
                CommentPost.site_id == row.site_id, CommentPost.remote_id == row.post_id
            )
        ).one_or_none()
        return CommentDetail(
            id=row.id,
            site_id=row.site_id,
            remote_id=row.remote_id,
            author_name=row.author_name,
            author_email=row.author_email,
            author_url=row.author_url,
            author_key=row.author_key,
            date_gmt=_utc(row.date_gmt),
            content=row.content,
            status=row.status,
            site_status=row.site_status,
            link=row.link,
            post_id=row.post_id,
            article_title=article.title if article is not None else "",
            article_link=article.link if article is not None else "",
            flag_level=row.flag_level,
            flags=reasons_from_json(row.flags_json),
            parent=_parent(session, row),
            history=author_history(session, row) if with_history else AuthorHistory(),
            sync=_sync(session, row.id),
            flag_open=bool(row.flag_open),
            author_trusted=row.author_key in load_policy_in(session, row.site_id).trusted,
        )


def _parent(session: Session, row: CachedComment) -> ParentComment | None:
    if not row.parent_remote_id:
        return None
    parent = session.scalars(
        select(CachedComment).where(
            CachedComment.site_id == row.site_id,
            CachedComment.remote_id == row.parent_remote_id,
        )
    ).one_or_none()
    if parent is None:
        return ParentComment(None, row.parent_remote_id, "", "", "")
    return ParentComment(
        parent.id, parent.remote_id, parent.author_name, parent.content, parent.status
    )


# Without stored statistics SQLite would rather walk the whole site in status or date
# order than use the author index; these two queries name it.
_AUTHOR_COUNTS = text(
    "SELECT status, count(*) FROM comments INDEXED BY ix_comments_author "
    "WHERE site_id = :site AND author_key = :key AND id != :id GROUP BY status"
)
_AUTHOR_OTHERS = text(
    "SELECT id, date_gmt, status, excerpt FROM comments INDEXED BY ix_comments_author "
    "WHERE site_id = :site AND author_key = :key AND id != :id "
    "ORDER BY date_gmt DESC, id DESC LIMIT :limit"
).columns(CachedComment.id, CachedComment.date_gmt, CachedComment.status, CachedComment.excerpt)


def author_history(session: Session, row: CachedComment) -> AuthorHistory:
    """The other cached comments of *row*'s author."""
    same_author = {"site": row.site_id, "key": row.author_key, "id": row.id}
    counts = {status: int(n) for status, n in session.execute(_AUTHOR_COUNTS, same_author)}
    others = session.execute(_AUTHOR_OTHERS, {**same_author, "limit": OTHER_COMMENTS_SHOWN})
    return AuthorHistory(
        approved=counts.get(Status.APPROVED.value, 0),
        pending=counts.get(Status.HOLD.value, 0),
        rejected=counts.get(Status.TRASH.value, 0),
        spam=counts.get(Status.SPAM.value, 0),
        others=tuple(
            OtherComment(other.id, _utc(other.date_gmt), other.status, other.excerpt)
            for other in others
        ),
    )


_URGENCY = {"conflict": 0, "failed": 1, "sending": 2, "pending": 3}


def _sync(session: Session, comment_id: int) -> SyncInfo:
    items = unfinished_in(session, SUBJECT, [comment_id]).get(comment_id, [])
    if not items:
        return SyncInfo()
    replies = tuple(
        ReplyPayload.from_json(item.payload).content for item in items if item.kind == REPLY_KIND
    )
    worst = min(items, key=lambda item: (_URGENCY.get(item.state, 9), -item.id))
    site_status = wanted = None
    if worst.kind == STATUS_KIND:
        payload = StatusPayload.from_json(worst.payload)
        if payload.conflict is not None:
            site_status, wanted = payload.conflict.status, payload.status
    return SyncInfo(
        state=worst.state.value,
        message=worst.last_error or "",
        site_status=site_status,
        wanted_status=wanted,
        pending_replies=replies,
    )
