"""ORM models: the tables Newsdesk keeps in its SQLite file.

The schema itself is created by the Alembic migrations in
``storage/migrations``; a test checks that these models and the migrated
schema agree.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.orm import Base

INTERVIEW_STATUSES = ("draft", "ready", "approved", "published")


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (what every timestamp column holds)."""
    return datetime.now(UTC)


class Interview(Base):
    """One interview draft: the editable document plus what the site knows of it."""

    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'ready', 'approved', 'published')", name="status_known"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    title_sort: Mapped[str] = mapped_column(Text, default="", index=True)
    lead: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    document_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, index=True
    )
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    char_count: Mapped[int] = mapped_column(Integer, default=0)
    #: When the interview was moved to the trash; None while it is not there.
    trashed_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True, index=True, default=None
    )


OUTBOX_STATES = ("pending", "sending", "done", "failed", "conflict")


class Site(Base):
    """A WordPress site Newsdesk talks to; its password is in the OS keyring only."""

    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    base_url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: The account's roles and capabilities on the site, as the last sync read them.
    rights_json: Mapped[str | None] = mapped_column(Text, nullable=True)


class Publication(Base):
    """What one site knows of one interview: its post, and the version last seen."""

    __tablename__ = "publications"
    __table_args__ = (
        UniqueConstraint("site_id", "interview_id", name="uq_publications_site_interview"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(Text)
    post_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    post_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    link: Mapped[str | None] = mapped_column(Text, nullable=True)
    modified_gmt: Mapped[str | None] = mapped_column(String(32), nullable=True)
    published_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: Whether the featured photo also opens the post's text (the Publish dialog's choice).
    featured_in_text: Mapped[bool] = mapped_column(Boolean, default=False)


class RemoteMediaRecord(Base):
    """A photo already uploaded to a site (by the stored file it came from)."""

    __tablename__ = "remote_media"
    __table_args__ = (UniqueConstraint("site_id", "image_path", name="uq_remote_media_site_image"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    image_path: Mapped[str] = mapped_column(Text)
    slug: Mapped[str] = mapped_column(Text)
    media_id: Mapped[int] = mapped_column(Integer)
    source_url: Mapped[str] = mapped_column(Text)
    caption: Mapped[str] = mapped_column(Text, default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    #: The uploaded copy's size in pixels (None when the site did not say).
    width: Mapped[int | None] = mapped_column(Integer, nullable=True)
    height: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: The post the media item is attached to on the site (None: not yet).
    post_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class OutboxItem(Base):
    """One change waiting to be sent to a site, in order (see portal.outbox)."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint(
            "state IN ('pending', 'sending', 'done', 'failed', 'conflict')", name="state_known"
        ),
        Index("ix_outbox_subject", "subject_type", "subject_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    subject_type: Mapped[str] = mapped_column(String(16))
    subject_id: Mapped[int] = mapped_column(Integer)
    payload_json: Mapped[str] = mapped_column(Text, default="{}")
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


#: The FTS5 index of interviews (made by migration 0002, not by the ORM): rowid is
#: the interview id; title and body hold *folded* text (storage.textfold.fold).
#: Kept on its own metadata so schema comparisons leave it alone.
interview_search = Table(
    "interview_search",
    MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("title", Text),
    Column("body", Text),
)


# --- Reader comments (moderation; migration 0005) ----------------------------------------

#: Moderation states a comment has on a WordPress site (and in the local cache).
COMMENT_STATUSES = ("approved", "hold", "spam", "trash")


class SiteCategory(Base):
    """A post category of a site, as last pulled (offered when publishing, offline too)."""

    __tablename__ = "site_categories"
    __table_args__ = (
        UniqueConstraint("site_id", "remote_id", name="uq_site_categories_site_remote"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    remote_id: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text, default="")
    parent_remote_id: Mapped[int] = mapped_column(Integer, default=0)


class CommentPost(Base):
    """An article reader comments belong to, as last seen on a site (for display)."""

    __tablename__ = "comment_posts"
    __table_args__ = (
        UniqueConstraint("site_id", "remote_id", name="uq_comment_posts_site_remote"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    remote_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    title_sort: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CachedComment(Base):
    """A reader comment pulled from a site, with the local moderator's decision.

    ``site_status`` is the state the site had when we last looked; ``status`` is
    the local one (they differ while a decision waits in the outbox).
    ``flag_level`` is what the moderation rules found (0 nothing, 1 needs a look,
    2 suggests rejecting), ``flags_json`` the reasons; ``flag_open`` stays true
    until a moderator has decided on a flagged comment.
    """

    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("site_id", "remote_id", name="uq_comments_site_remote"),
        Index("ix_comments_queue", "site_id", "status", "date_gmt", "id"),
        Index("ix_comments_site_date", "site_id", "date_gmt", "id"),
        Index("ix_comments_flag_open", "site_id", "flag_open", "date_gmt", "id", "status"),
        Index("ix_comments_post", "site_id", "post_id", "date_gmt"),
        Index("ix_comments_author", "site_id", "author_key", "date_gmt"),
        Index("ix_comments_parent", "site_id", "parent_remote_id"),
        Index("ix_comments_score", "site_id", "status", "assist_score", "date_gmt", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    remote_id: Mapped[int] = mapped_column(Integer)
    post_id: Mapped[int] = mapped_column(Integer, default=0)
    parent_remote_id: Mapped[int] = mapped_column(Integer, default=0)
    author_user_id: Mapped[int] = mapped_column(Integer, default=0)
    author_name: Mapped[str] = mapped_column(Text, default="")
    author_email: Mapped[str] = mapped_column(Text, default="")
    author_url: Mapped[str] = mapped_column(Text, default="")
    author_key: Mapped[str] = mapped_column(Text, default="")
    date_gmt: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    content: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    site_status: Mapped[str] = mapped_column(String(16))
    previous_status: Mapped[str] = mapped_column(String(16), default="")
    flag_level: Mapped[int] = mapped_column(Integer, default=0)
    flags_json: Mapped[str] = mapped_column(Text, default="[]")
    flag_open: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The assistant's score of a waiting comment (0-1); -1: none (see migration 0016).
    assist_score: Mapped[float] = mapped_column(Float, default=-1.0, server_default="-1")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    pulled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class CommentSyncState(Base):
    """How far comments of one site have been pulled (see moderation.pull)."""

    __tablename__ = "comment_sync"

    site_id: Mapped[int] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True
    )
    max_remote_id: Mapped[int] = mapped_column(Integer, default=0)
    last_pull_started_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    last_pull_finished_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    last_full_pull_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )


class ModerationLogEntry(Base):
    """Who decided what on which comment, and when (the moderation log)."""

    __tablename__ = "moderation_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    comment_id: Mapped[int | None] = mapped_column(
        ForeignKey("comments.id", ondelete="SET NULL"), nullable=True, index=True
    )
    remote_comment_id: Mapped[int] = mapped_column(Integer, default=0)
    moderator: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(String(16))
    from_status: Mapped[str] = mapped_column(String(16), default="")
    to_status: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, index=True
    )


class ModerationSetting(Base):
    """A moderation setting (the rules, the site's comment limits) stored as JSON."""

    __tablename__ = "moderation_settings"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


#: The FTS5 index of reader comments (made by migration 0005, not by the ORM): rowid
#: is ``comments.id``; author and body hold *folded* text (storage.textfold.fold).
comment_search = Table(
    "comment_search",
    MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("author", Text),
    Column("body", Text),
)


class NewsroomWord(Base):
    """A word of the newsroom dictionary (names, places, agencies): never flagged."""

    __tablename__ = "newsroom_words"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(Text, unique=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class InterviewVersion(Base):
    """A kept version of an interview (see editor.versions: what is kept, how it is stored).

    ``data`` is the document's JSON, zlib-compressed; when ``base_id`` is set it
    was compressed with that version's JSON as the preset dictionary (a delta).
    """

    __tablename__ = "interview_versions"
    __table_args__ = (
        CheckConstraint("kind IN ('autosave', 'publish', 'site')", name="kind_known"),
        Index("ix_interview_versions_interview", "interview_id", "saved_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    author: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text, default="")
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(40))
    base_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- The site's posts ("On the site"; migration 0014) ----------------------------------------


class SitePost(Base):
    """A post of a site as last pulled (see editor.site_posts).

    ``title`` is plain text (decoded once), ``content`` the raw HTML the site
    keeps, ``categories`` the category ids as ``",3,7,"``; the dates are the
    site's ``*_gmt`` values (``YYYY-MM-DDTHH:MM:SS``). ``status`` is the site's,
    or ``gone`` once the site no longer has the post.
    """

    __tablename__ = "site_posts"
    __table_args__ = (
        UniqueConstraint("site_id", "remote_id", name="uq_site_posts_site_remote"),
        Index("ix_site_posts_modified", "site_id", "modified_gmt", "id"),
        Index("ix_site_posts_status", "site_id", "status", "modified_gmt", "id"),
        Index("ix_site_posts_author", "site_id", "author_id", "modified_gmt", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    remote_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    title_sort: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int] = mapped_column(Integer, default=0)
    categories: Mapped[str] = mapped_column(Text, default="")
    date_gmt: Mapped[str] = mapped_column(String(32), default="")
    modified_gmt: Mapped[str] = mapped_column(String(32), default="")
    link: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    comment_status: Mapped[str] = mapped_column(String(16), default="")
    pulled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    #: Plain text; None for a row pulled before Newsdesk kept it (not known).
    excerpt: Mapped[str | None] = mapped_column(Text, nullable=True)
    #: The tag ids as ``",3,7,"``.
    tags: Mapped[str] = mapped_column(Text, default="")
    #: The featured image's media id (0: none).
    featured_media: Mapped[int] = mapped_column(Integer, default=0)


class SitePostAuthor(Base):
    """The name of a site's user, as the site lists it to this account."""

    __tablename__ = "site_post_authors"

    site_id: Mapped[int] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True
    )
    remote_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")


class SitePostSync(Base):
    """How far the posts of one site have been pulled (see editor.site_posts)."""

    __tablename__ = "site_post_sync"

    site_id: Mapped[int] = mapped_column(
        ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True
    )
    modified_after: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    pulls_since_sweep: Mapped[int] = mapped_column(Integer, default=0)
    last_sweep_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_pull_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    view_only: Mapped[bool] = mapped_column(Boolean, default=False)


#: The FTS5 index of the site's posts (migration 0014): rowid is ``site_posts.id``;
#: title holds the *folded* title (storage.textfold.fold).
site_post_search = Table(
    "site_post_search",
    MetaData(),
    Column("rowid", Integer, primary_key=True),
    Column("title", Text),
)


class ReviewDecision(Base):
    """An editor's decision on a post a contributor submitted (see editor.review_queue).

    ``decision`` is ``approve`` (publish now), ``schedule`` (``scheduled_gmt``) or
    ``send_back`` (to draft, with ``note``). ``seen_modified_gmt`` and
    ``seen_digest`` are the post as the editor read it. ``state`` is ``queued``
    until the site took it (``sent``), or ``undone``. ``note_comment_id`` is the
    held comment that carries the note to the contributor: the comment pull leaves
    it out of the moderation queues.
    """

    __tablename__ = "review_decisions"
    __table_args__ = (
        Index("ix_review_decisions_post", "site_id", "post_id", "id"),
        Index("ix_review_decisions_note", "site_id", "note_comment_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    post_id: Mapped[int] = mapped_column(Integer)
    decision: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    scheduled_gmt: Mapped[str] = mapped_column(String(32), default="")
    seen_modified_gmt: Mapped[str] = mapped_column(String(32), default="")
    seen_digest: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="queued")
    outbox_item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note_comment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
