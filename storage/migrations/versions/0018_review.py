"""The review queue's decisions ("Chờ duyệt"): what an editor decided on a submitted post.

- ``review_decisions``: one row per decision (approve and publish, schedule, send
  back with a note), written with its outbox item; kept after it was sent, so the
  post shows its notes; ``note_comment_id`` is the held comment carrying the note
  (the comment pull leaves it out of the moderation queues). See editor.review_queue.

Revision ID: 0018_review
Revises: 0010_publish
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0018_review"
down_revision: str | None = "0010_publish"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("scheduled_gmt", sa.String(length=32), nullable=False),
        sa.Column("seen_modified_gmt", sa.String(length=32), nullable=False),
        sa.Column("seen_digest", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("outbox_item_id", sa.Integer(), nullable=True),
        sa.Column("note_comment_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_review_decisions_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
    )
    op.create_index("ix_review_decisions_post", "review_decisions", ["site_id", "post_id", "id"])
    op.create_index(
        "ix_review_decisions_note", "review_decisions", ["site_id", "note_comment_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_review_decisions_note", table_name="review_decisions")
    op.drop_index("ix_review_decisions_post", table_name="review_decisions")
    op.drop_table("review_decisions")
