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
    ForeignKey,
    Index,
    Integer,
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
