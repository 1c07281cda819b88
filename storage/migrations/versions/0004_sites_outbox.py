"""Sites, publications and the outbox.

- ``sites``: the WordPress sites configured (the password lives in the OS keyring).
- ``publications``: what one site knows of one interview (post id, link,
  the ``modified_gmt`` last seen, and the slug that identifies it), replacing
  the ``remote_*`` columns of ``interviews`` (never filled before this revision).
- ``remote_media``: photos already uploaded to a site, by content.
- ``outbox``: ordered, durable intents to send to a site.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("base_url", sa.Text(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("name", name=op.f("uq_sites_name")),
    )
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("post_status", sa.String(length=16), nullable=True),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("modified_gmt", sa.String(length=32), nullable=True),
        sa.Column("published_json", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_publications_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_publications_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_publications")),
        sa.UniqueConstraint("site_id", "interview_id", name="uq_publications_site_interview"),
    )
    op.create_table(
        "remote_media",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("image_path", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("media_id", sa.Integer(), nullable=False),
        sa.Column("source_url", sa.Text(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("alt_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_remote_media_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remote_media")),
        sa.UniqueConstraint("site_id", "image_path", name="uq_remote_media_site_image"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("subject_type", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'sending', 'done', 'failed', 'conflict')",
            name=op.f("ck_outbox_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_outbox_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    op.create_index(op.f("ix_outbox_state"), "outbox", ["state"])
    op.create_index("ix_outbox_subject", "outbox", ["subject_type", "subject_id"])
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("remote_post_id")
        batch.drop_column("remote_link")
        batch.drop_column("remote_modified_gmt")


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("remote_post_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("remote_link", sa.Text(), nullable=True))
        batch.add_column(sa.Column("remote_modified_gmt", sa.String(length=32), nullable=True))
    op.drop_index("ix_outbox_subject", table_name="outbox")
    op.drop_index(op.f("ix_outbox_state"), table_name="outbox")
    op.drop_table("outbox")
    op.drop_table("remote_media")
    op.drop_table("publications")
    op.drop_table("sites")
