"""ORM models: the tables Newsdesk keeps in its SQLite file.

The schema itself is created by the Alembic migrations in
``storage/migrations``; a test checks that these models and the migrated
schema agree.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import CheckConstraint, Column, DateTime, Integer, MetaData, String, Table, Text
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
    remote_post_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    remote_link: Mapped[str | None] = mapped_column(Text, nullable=True)
    remote_modified_gmt: Mapped[str | None] = mapped_column(String(32), nullable=True)


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
