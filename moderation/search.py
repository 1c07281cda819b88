"""Search expressions for the comment index (FTS5 over folded text).

The index holds :func:`storage.textfold.fold` of the author and the text, and
the query is folded the same way, so "dong gop" finds "Đóng góp" and "ĐÓNG GÓP".
Every word of the query must occur, each as a word prefix.
"""

from __future__ import annotations

import re

from storage.textfold import clean_text, fold

_TOKEN = re.compile(r"[^\W_]+")


def words(query: str) -> list[str]:
    """The folded words of what a user typed."""
    return _TOKEN.findall(fold(clean_text(query)))


def _phrase_list(tokens: list[str]) -> str:
    return " ".join(f'"{token}"*' for token in tokens)


def match_expression(text: str = "", author: str = "") -> str | None:
    """The FTS5 MATCH expression for a text search and an author filter (None: no filter).

    Raises :class:`NothingToFind` when one of them holds no word at all (only
    punctuation), which can match nothing.
    """
    parts: list[str] = []
    if text.strip():
        tokens = words(text)
        if not tokens:
            raise NothingToFind
        parts.append(f"({_phrase_list(tokens)})")
    if author.strip():
        tokens = words(author)
        if not tokens:
            raise NothingToFind
        parts.append(f"(author : ({_phrase_list(tokens)}))")
    return " AND ".join(parts) if parts else None


class NothingToFind(ValueError):
    """The search holds no word, so nothing can match it."""
