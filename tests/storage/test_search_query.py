"""Reading a search box: phrases in quotes, loose syllables, nothing that reaches FTS5 syntax."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.search_query import FTS_TOKENIZE, PHRASE_BREAK, SearchQuery


def test_quotes_make_a_phrase_and_the_rest_are_loose_syllables() -> None:
    query = SearchQuery.parse('nông dân "Chuyển đổi  số" tỉnh')
    assert query.phrases == (("chuyen", "doi", "so"),)
    assert query.loose == ("nong", "dan", "tinh")
    # Whole syllables, but the last one, still being typed, is a prefix.
    assert query.match_expression() == '"chuyen doi so" AND "nong" AND "dan" AND "tinh"*'


def test_typographic_quotes_nfd_tone_placement_and_d_read_the_same() -> None:
    nfd = unicodedata.normalize("NFD", "“Hoà bình Đồng Tháp”")
    assert SearchQuery.parse(nfd) == SearchQuery.parse('"hòa BINH dong thap"')
    assert SearchQuery.parse(nfd).phrases == (("hoa", "binh", "dong", "thap"),)


def test_an_unbalanced_quote_runs_to_the_end_as_a_phrase() -> None:
    assert SearchQuery.parse('nông "chuyển đổi').phrases == (("chuyen", "doi"),)
    assert SearchQuery.parse('nông "chuyển đổi').loose == ("nong",)


def test_loose_syllables_rank_side_by_side_and_a_single_one_does_not() -> None:
    assert SearchQuery.parse("chuyen doi so").ranking_expression() == '"chuyen doi so"*'
    assert SearchQuery.parse("chuyen").ranking_expression() is None
    assert SearchQuery.parse('"chuyen doi"').ranking_expression() is None


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        '"',
        '""',
        '"" ""',
        "?!…",
        "-",
        "*",
        "^",
        "NEAR(a b, 2)",
        "a AND OR NOT b",
        "title:đường",
        "author : (x)",
        'body:"a" - b*',
        "{title body}: x",
        '"""a"""',
        "x\x00y",
        "‮gpj.exe",
    ],
)
def test_hostile_text_never_reaches_fts_syntax(typed: str) -> None:
    query = SearchQuery.parse(typed)
    _run(query)


@given(st.text(max_size=60))
def test_any_text_gives_a_valid_fts5_query(typed: str) -> None:
    _run(SearchQuery.parse(typed))


def _run(query: SearchQuery) -> None:
    """Both expressions run on a real FTS5 table like ours without a syntax error."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        f'CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = "{FTS_TOKENIZE}")'
    )
    connection.execute("INSERT INTO t (title, body) VALUES ('near and or', 'title body')")
    for expression in (query.match_expression(), query.ranking_expression()):
        if expression is not None:
            assert PHRASE_BREAK not in expression  # nothing typed can match a line break
            connection.execute("SELECT rowid FROM t WHERE t MATCH ?", (expression,)).fetchall()
    assert query.empty == (query.match_expression() is None)
    connection.close()


def test_a_whole_pasted_article_is_still_a_query_fts5_runs() -> None:
    words = " ".join(f"chữ{i}" for i in range(5000))
    _run(SearchQuery.parse(words))
    _run(SearchQuery.parse(f'"{words}"'))
