"""The newsroom dictionary: words the spell checker knows besides the dictionary's.

Names, places and agencies the newsroom writes ("Quảng Ngãi", "Sở Y tế"), one entry
a row, NFC as the user wrote it.

Revision ID: 0008_spelling
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008_spelling"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "newsroom_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_newsroom_words")),
        sa.UniqueConstraint("word", name=op.f("uq_newsroom_words_word")),
    )


def downgrade() -> None:
    op.drop_table("newsroom_words")
