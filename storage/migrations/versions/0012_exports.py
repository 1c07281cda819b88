"""Interviews can be moved to a trash and restored from it.

``interviews.trashed_at`` is when an interview was moved to the trash (NULL:
not in the trash). The list shows interviews outside the trash; the Trash view
lists the others, restores them or deletes them for good. Nothing else changes:
an interview in the trash keeps its text, photos and what the site knows of it.

Revision ID: 0012_exports
Revises: 0008_spelling
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012_exports"
down_revision: str | None = "0008_spelling"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("trashed_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_index("ix_interviews_trashed_at", ["trashed_at"])


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_index("ix_interviews_trashed_at")
        batch.drop_column("trashed_at")
