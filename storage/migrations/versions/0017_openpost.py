"""Opening a site post as an interview: what the cache must know of it.

- ``site_posts.excerpt``: the post's excerpt as the site keeps it (plain text),
  the opened interview's lead. NULL for rows pulled before this revision: the
  excerpt is not known, and an interview opened from such a row leaves the
  excerpt to the site (see ``editor.open_post``).
- ``site_posts.tags``: the post's tag ids as ``",3,7,"``.
- ``site_posts.featured_media``: the post's featured image (0: none).

Revision ID: 0017_openpost
Revises: 0018_review (chained after the review queue's, which reached main first)
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0017_openpost"
down_revision: str | None = "0018_review"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("site_posts", sa.Column("excerpt", sa.Text(), nullable=True))
    op.add_column("site_posts", sa.Column("tags", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "site_posts",
        sa.Column("featured_media", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    with op.batch_alter_table("site_posts") as batch:
        batch.drop_column("featured_media")
        batch.drop_column("tags")
        batch.drop_column("excerpt")
