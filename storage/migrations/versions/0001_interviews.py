"""Interviews: the drafts reporters write.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("byline", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("remote_post_id", sa.Integer(), nullable=True),
        sa.Column("remote_link", sa.Text(), nullable=True),
        sa.Column("remote_modified_gmt", sa.String(length=32), nullable=True),
        sa.CheckConstraint(
            "status IN ('draft', 'ready', 'approved', 'published')",
            name=op.f("ck_interviews_status_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
        sa.UniqueConstraint("uid", name=op.f("uq_interviews_uid")),
    )
    op.create_index(op.f("ix_interviews_updated_at"), "interviews", ["updated_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_interviews_updated_at"), table_name="interviews")
    op.drop_table("interviews")
