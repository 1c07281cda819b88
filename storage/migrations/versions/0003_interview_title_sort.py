"""Interview titles sort in Vietnamese order: a stored, indexed sort key.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from storage.collation import vietnamese_sort_key

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("title_sort", sa.Text(), nullable=False, server_default=""))
        batch.create_index(batch.f("ix_interviews_title_sort"), ["title_sort"])
    connection = op.get_bind()
    for row in connection.execute(sa.text("SELECT id, title FROM interviews")).all():
        connection.execute(
            sa.text("UPDATE interviews SET title_sort = :key WHERE id = :id"),
            {"key": vietnamese_sort_key(row.title), "id": row.id},
        )


def downgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.drop_index(batch.f("ix_interviews_title_sort"))
        batch.drop_column("title_sort")
