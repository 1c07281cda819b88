"""The site's posts ("On the site"): a local cache per site, its search index, its pull state.

- ``site_posts``: every post of a site the account may see, as last pulled: raw
  title and content, status, author, categories (``",3,7,"``), dates, link.
  A post gone from the site stays as a row with status ``gone`` (hidden from the
  list) so that a local draft linked to it can say so.
- ``site_post_search``: an FTS5 index of the *folded* title (storage.textfold.fold),
  ``rowid`` = ``site_posts.id``.
- ``site_post_sync``: how far each site's posts have been pulled (see editor.site_posts).

Revision ID: 0014_sitelist
Revises: 0012_exports
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0014_sitelist"
down_revision: str | None = "0012_exports"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "site_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("date_gmt", sa.String(length=32), nullable=False),
        sa.Column("modified_gmt", sa.String(length=32), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("comment_status", sa.String(length=16), nullable=False),
        sa.Column("pulled_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_site_posts_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_posts")),
        sa.UniqueConstraint("site_id", "remote_id", name="uq_site_posts_site_remote"),
    )
    op.create_index("ix_site_posts_modified", "site_posts", ["site_id", "modified_gmt", "id"])
    op.create_index(
        "ix_site_posts_status", "site_posts", ["site_id", "status", "modified_gmt", "id"]
    )
    op.create_index(
        "ix_site_posts_author", "site_posts", ["site_id", "author_id", "modified_gmt", "id"]
    )
    op.execute(
        "CREATE VIRTUAL TABLE site_post_search USING fts5("
        "title, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.create_table(
        "site_post_authors",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_site_post_authors_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("site_id", "remote_id", name=op.f("pk_site_post_authors")),
    )
    op.create_table(
        "site_post_sync",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("modified_after", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pulls_since_sweep", sa.Integer(), nullable=False),
        sa.Column("last_sweep_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_pull_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("view_only", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["sites.id"],
            name=op.f("fk_site_post_sync_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_site_post_sync")),
    )


def downgrade() -> None:
    op.drop_table("site_post_sync")
    op.drop_table("site_post_authors")
    op.execute("DROP TABLE site_post_search")
    for name in ("ix_site_posts_author", "ix_site_posts_status", "ix_site_posts_modified"):
        op.drop_index(name, table_name="site_posts")
    op.drop_table("site_posts")
