"""Comments, author names and article titles are read again from the sites.

Before this revision the site client kept a comment's raw content and its
author's name as WordPress stores them, that is as HTML ("Giáo dục &amp; Đào
tạo", "Bạn đọc &amp; Gia đình"), and the moderator saw the entities. The
client now decodes them once (``portal.markup.html_to_text``). Decoding the
cache here instead would guess: a comment cached from the demo site or from a
rendered answer is already text, and decoding it again would corrupt a reader's
literal "&lt;". The site is the source of truth, so this revision asks for a
re-pull: the next pull of every site is a full one (its upsert rewrites every
changed comment and its search row), and article titles are fetched again.
Local decisions waiting in the outbox are untouched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.execute("UPDATE comment_sync SET last_full_pull_at = NULL")
    op.execute("DELETE FROM comment_posts")


def downgrade() -> None:
    # Nothing to undo: the next pull fills the titles again whatever the revision.
    pass
