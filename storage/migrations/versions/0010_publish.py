"""Publishing like a newsroom: the account's rights, photo sizes and attachments.

- ``sites.rights_json``: the account's roles and capabilities on the site
  (``users/me?context=edit``), cached by each sync so the Publish dialog offers
  only what the account may do, offline too.
- ``publications.featured_in_text``: whether the featured photo also opens the
  post's text (a choice in the Publish dialog, remembered per interview).
- ``remote_media.width``/``height``: the uploaded copy's size, written on the
  ``<img>`` so WordPress serves responsive sizes (``srcset``);
  ``remote_media.post_id``: the post the media item is attached to;
  ``remote_media.title``: the media item's title as last sent.

Revision ID: 0010_publish
Revises: 0016_assistui
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_publish"
down_revision: str | None = "0016_assistui"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("sites", sa.Column("rights_json", sa.Text(), nullable=True))
    op.add_column(
        "publications",
        sa.Column("featured_in_text", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("remote_media", sa.Column("width", sa.Integer(), nullable=True))
    op.add_column("remote_media", sa.Column("height", sa.Integer(), nullable=True))
    op.add_column("remote_media", sa.Column("post_id", sa.Integer(), nullable=True))
    op.add_column("remote_media", sa.Column("title", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("remote_media") as batch:
        batch.drop_column("title")
        batch.drop_column("post_id")
        batch.drop_column("height")
        batch.drop_column("width")
    with op.batch_alter_table("publications") as batch:
        batch.drop_column("featured_in_text")
    with op.batch_alter_table("sites") as batch:
        batch.drop_column("rights_json")
