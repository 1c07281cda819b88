"""Interview search: a phrase never runs across a line break.

The body in ``interview_search`` joined the interview's parts (lead, byline,
paragraphs, captions) with line breaks, which FTS5 reads as spaces: a quoted
search could match the last syllable of one paragraph and the first of the next.
The index is made again with ``¶`` as a token character
(:data:`storage.search_query.FTS_TOKENIZE`) and each run of line breaks in the
stored bodies becomes that token (:func:`storage.search_query.with_phrase_breaks`),
so no phrase spans it. Titles have no line breaks.

Revision ID: 0019_phrase_breaks
Revises: 0017_openpost
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from storage.search_query import FTS_TOKENIZE, PHRASE_BREAK, with_phrase_breaks

revision: str = "0019_phrase_breaks"
down_revision: str | None = "0017_openpost"
branch_labels: str | None = None
depends_on: str | None = None

_PLAIN_TOKENIZE = "unicode61 remove_diacritics 2"


def _rebuild(tokenize: str, body_of: Callable[[str], str]) -> None:
    """Make the index again with *tokenize*, each stored body passed through *body_of*."""
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT rowid, title, body FROM interview_search")).all()
    op.execute("DROP TABLE interview_search")
    op.execute(
        f'CREATE VIRTUAL TABLE interview_search USING fts5(title, body, tokenize = "{tokenize}")'
    )
    insert = sa.text("INSERT INTO interview_search (rowid, title, body) VALUES (:id, :t, :b)")
    for row in rows:
        connection.execute(insert, {"id": row.rowid, "t": row.title, "b": body_of(row.body or "")})


def upgrade() -> None:
    _rebuild(FTS_TOKENIZE, with_phrase_breaks)


def downgrade() -> None:
    _rebuild(_PLAIN_TOKENIZE, lambda body: body.replace(f" {PHRASE_BREAK} ", "\n"))
