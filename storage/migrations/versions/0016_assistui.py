"""The moderation assistant's score of each waiting comment, kept so a queue can sort by it.

- ``comments.assist_score``: the site's assistant's score (0 to 1, higher: more
  likely not to publish) of a comment waiting for a decision; -1 when it has no
  score (decided, or no assistant trained yet). Written in the background after
  a pull and after training (moderation.assistant.scores).
- ``ix_comments_score``: the queue read by score, highest first, a keyset page
  at a time (as the other queue orders of migration 0005).

Revision ID: 0016_assistui
Revises: 0013_versions
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0016_assistui"
down_revision: str | None = "0013_versions"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.add_column(sa.Column("assist_score", sa.Float(), nullable=False, server_default="-1"))
    op.create_index(
        "ix_comments_score",
        "comments",
        ["site_id", "status", "assist_score", "date_gmt", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_comments_score", table_name="comments")
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("assist_score")
