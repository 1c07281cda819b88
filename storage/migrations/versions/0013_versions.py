"""Kept versions of interviews: autosaves (coalesced), publishes and the site's versions taken.

One row a version; the document is stored as zlib-compressed JSON, or as a
delta (compressed with an earlier version of the same interview, ``base_id``,
as the preset dictionary). See ``editor/versions.py``.

Revision ID: 0013_versions
Revises: 0014_sitelist
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013_versions"
down_revision: str | None = "0014_sitelist"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "interview_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("word_count", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=40), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('autosave', 'publish', 'site')",
            name=op.f("ck_interview_versions_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_versions_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_versions")),
    )
    op.create_index(
        "ix_interview_versions_interview", "interview_versions", ["interview_id", "saved_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_interview_versions_interview", table_name="interview_versions")
    op.drop_table("interview_versions")
