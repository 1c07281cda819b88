"""Search expressions for the comment index (FTS5 over folded text).

The index holds :func:`storage.textfold.fold` of the author and the text, and
the query is folded the same way, so "dong gop" finds "Đóng góp" and "ĐÓNG GÓP".
The text is read by :class:`storage.search_query.SearchQuery`: a quoted phrase
must stand side by side, every other word must occur as a word prefix; the
author filter is words, each as a prefix, in the author field.

A text search of two or more unquoted words is read in two stages
(:func:`ranked_expressions`): first the comments holding the words side by side,
then the others, so phrase matches come first whatever the sort.
"""

from __future__ import annotations

from storage.search_query import SearchQuery, syllables


def words(query: str) -> list[str]:
    """The folded words of what a user typed."""
    return syllables(query)


def _author_part(author: str) -> str | None:
    if not author.strip():
        return None
    tokens = words(author)
    if not tokens:
        raise NothingToFind
    return "(author : (" + " ".join(f'"{token}"*' for token in tokens) + "))"


def _text_query(text: str) -> SearchQuery | None:
    if not text.strip():
        return None
    query = SearchQuery.parse(text)
    if query.empty:
        raise NothingToFind
    return query


def _joined(*parts: str | None) -> str | None:
    present = [part for part in parts if part]
    return " AND ".join(present) if present else None


def match_expression(text: str = "", author: str = "") -> str | None:
    """The FTS5 MATCH expression for a text search and an author filter (None: no filter).

    Raises :class:`NothingToFind` when one of them holds no word at all (only
    punctuation), which can match nothing.
    """
    query = _text_query(text)
    body = query.match_expression() if query is not None else None
    return _joined(f"({body})" if body else None, _author_part(author))


def ranked_expressions(text: str = "", author: str = "") -> tuple[str, str] | None:
    """The two stages of a ranked search: (words side by side, the other matches).

    None when the search does not rank (fewer than two unquoted words). Together
    the two stages match exactly what :func:`match_expression` matches, once each.
    """
    query = _text_query(text)
    ranking = query.ranking_expression() if query is not None else None
    if query is None or ranking is None:
        return None
    everything = match_expression(text, author)
    assert everything is not None  # a text with words always matches something
    side_by_side = _joined(f"({ranking})", everything)
    assert side_by_side is not None
    return side_by_side, f"({everything}) NOT ({ranking})"


class NothingToFind(ValueError):
    """The search holds no word, so nothing can match it."""
