"""Reader comments: the local cache, its search index, the moderation log and settings.

- ``comment_posts``: the articles comments belong to (titles for display and filters).
- ``comments``: every comment pulled from a site, with the site's state and the
  local moderator's decision, and what the moderation rules found.
- ``comment_search``: an FTS5 index of *folded* author and text
  (storage.textfold.fold), ``rowid`` = ``comments.id``; SQLite's
  ``remove_diacritics 2`` alone never folds đ, hence the folded copy.
- ``comment_sync``: how far each site's comments have been pulled.
- ``moderation_log``: who decided what, when.
- ``moderation_settings``: the rules (banned and watch words, limits) as JSON.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def _site_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["site_id"], ["sites.id"], name=op.f(f"fk_{table}_site_id_sites"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "comment_posts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        _site_fk("comment_posts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment_posts")),
        sa.UniqueConstraint("site_id", "remote_id", name="uq_comment_posts_site_remote"),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("parent_remote_id", sa.Integer(), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=False),
        sa.Column("author_name", sa.Text(), nullable=False),
        sa.Column("author_email", sa.Text(), nullable=False),
        sa.Column("author_url", sa.Text(), nullable=False),
        sa.Column("author_key", sa.Text(), nullable=False),
        sa.Column("date_gmt", sa.DateTime(timezone=True), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("site_status", sa.String(length=16), nullable=False),
        sa.Column("previous_status", sa.String(length=16), nullable=False),
        sa.Column("flag_level", sa.Integer(), nullable=False),
        sa.Column("flags_json", sa.Text(), nullable=False),
        sa.Column("flag_open", sa.Boolean(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("pulled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        _site_fk("comments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comments")),
        sa.UniqueConstraint("site_id", "remote_id", name="uq_comments_site_remote"),
    )
    op.create_index("ix_comments_queue", "comments", ["site_id", "status", "date_gmt", "id"])
    op.create_index("ix_comments_site_date", "comments", ["site_id", "date_gmt", "id"])
    op.create_index(
        "ix_comments_flag_open", "comments", ["site_id", "flag_open", "date_gmt", "id", "status"]
    )
    op.create_index("ix_comments_post", "comments", ["site_id", "post_id", "date_gmt"])
    op.create_index("ix_comments_author", "comments", ["site_id", "author_key", "date_gmt"])
    op.create_index("ix_comments_parent", "comments", ["site_id", "parent_remote_id"])
    op.execute(
        "CREATE VIRTUAL TABLE comment_search USING fts5("
        "author, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.create_table(
        "comment_sync",
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("max_remote_id", sa.Integer(), nullable=False),
        sa.Column("last_pull_started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_pull_finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_full_pull_at", sa.DateTime(timezone=True), nullable=True),
        _site_fk("comment_sync"),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_comment_sync")),
    )
    op.create_table(
        "moderation_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=True),
        sa.Column("remote_comment_id", sa.Integer(), nullable=False),
        sa.Column("moderator", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _site_fk("moderation_log"),
        sa.ForeignKeyConstraint(
            ["comment_id"],
            ["comments.id"],
            name=op.f("fk_moderation_log_comment_id_comments"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moderation_log")),
    )
    op.create_index(op.f("ix_moderation_log_comment_id"), "moderation_log", ["comment_id"])
    op.create_index(op.f("ix_moderation_log_created_at"), "moderation_log", ["created_at"])
    op.create_table(
        "moderation_settings",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_moderation_settings")),
    )


def downgrade() -> None:
    op.drop_table("moderation_settings")
    op.drop_index(op.f("ix_moderation_log_created_at"), table_name="moderation_log")
    op.drop_index(op.f("ix_moderation_log_comment_id"), table_name="moderation_log")
    op.drop_table("moderation_log")
    op.drop_table("comment_sync")
    op.execute("DROP TABLE comment_search")
    for name in (
        "ix_comments_parent",
        "ix_comments_author",
        "ix_comments_post",
        "ix_comments_flag_open",
        "ix_comments_site_date",
        "ix_comments_queue",
    ):
        op.drop_index(name, table_name="comments")
    op.drop_table("comments")
    op.drop_table("comment_posts")
