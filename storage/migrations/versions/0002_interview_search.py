"""Interview search: word counts and a diacritic-folding FTS5 index.

The index holds *folded* text (storage.textfold.fold: no tone marks, đ→d, lower
case) because SQLite's ``remove_diacritics 2`` never folds đ. Existing rows are
indexed during the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from storage.textfold import fold

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def _document_text(document_json: str) -> str:
    """All block texts of a stored document, for the index (tolerates odd JSON)."""
    try:
        document = json.loads(document_json)
    except ValueError:
        return ""
    blocks = document.get("blocks", []) if isinstance(document, dict) else []
    parts: list[str] = []
    for block in blocks if isinstance(blocks, list) else []:
        if isinstance(block, dict):
            parts.extend(
                str(block[key]) for key in ("text", "caption") if isinstance(block.get(key), str)
            )
    return "\n".join(parts)


def upgrade() -> None:
    with op.batch_alter_table("interviews") as batch:
        batch.add_column(sa.Column("word_count", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("char_count", sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        "CREATE VIRTUAL TABLE interview_search USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, title, lead, byline, document_json FROM interviews")
    ).all()
    for row in rows:
        body = "\n".join([row.lead, row.byline, _document_text(row.document_json)])
        connection.execute(
            sa.text("INSERT INTO interview_search (rowid, title, body) VALUES (:id, :t, :b)"),
            {"id": row.id, "t": fold(row.title), "b": fold(body)},
        )


def downgrade() -> None:
    op.execute("DROP TABLE interview_search")
    with op.batch_alter_table("interviews") as batch:
        batch.drop_column("char_count")
        batch.drop_column("word_count")
