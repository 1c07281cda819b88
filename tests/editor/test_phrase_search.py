"""Searching interviews by phrase: quoted syllables side by side, unquoted ranked by it."""

from __future__ import annotations

import unicodedata

import pytest

from editor.document import InterviewDocument, ParagraphBlock
from editor.repository import InterviewRepository, SortColumn


def _interview(repository: InterviewRepository, title: str, *paragraphs: str) -> int:
    document = InterviewDocument(title=title)
    document.blocks = [ParagraphBlock(text) for text in paragraphs]
    return repository.create(document).id


@pytest.fixture
def scattered_and_phrase(repository: InterviewRepository) -> tuple[int, int]:
    """One interview with the syllables apart (saved last, so newest), one with the phrase."""
    phrase = _interview(
        repository,
        "Hợp tác xã làm thương mại điện tử",
        "Xã đã hoàn thành chuyển đổi số cho mười hai hợp tác xã.",
    )
    scattered = _interview(
        repository,
        "Mùa cam ở Hàm Yên",
        "Chúng tôi trò chuyện bên vườn cam.",
        "Sản lượng năm nay gấp đôi so với năm ngoái.",
    )
    return scattered, phrase


def _found(repository: InterviewRepository, query: str) -> list[int]:
    return [row.id for row in repository.summaries(query=query, sort=SortColumn.UPDATED)]


def test_a_quoted_phrase_needs_the_syllables_side_by_side(
    repository: InterviewRepository, scattered_and_phrase: tuple[int, int]
) -> None:
    _scattered, phrase = scattered_and_phrase
    assert _found(repository, '"chuyen doi so"') == [phrase]
    assert repository.count('"chuyen doi so"') == 1
    assert _found(repository, "“chuyển đổi số”") == [phrase]  # typographic quotes
    assert _found(repository, '"so chuyen doi"') == []  # order matters


def test_unquoted_syllables_find_both_with_the_phrase_first(
    repository: InterviewRepository, scattered_and_phrase: tuple[int, int]
) -> None:
    scattered, phrase = scattered_and_phrase
    # Sorted newest first, the scattered one would lead; side by side wins.
    assert _found(repository, "chuyen doi so") == [phrase, scattered]
    assert repository.count("chuyen doi so") == 2
    # Neither holds "số đổi" side by side: the chosen sort alone decides (newest first).
    assert _found(repository, "so doi") == [scattered, phrase]
    # Both hold "đổi số"/"đôi so" side by side: again the sort decides, either way.
    assert _found(repository, "doi so") == [scattered, phrase]
    assert [r.id for r in repository.summaries(query="doi so", descending=False)] == [
        phrase,
        scattered,
    ]


def test_phrases_fold_accents_tone_placement_d_and_nfd(repository: InterviewRepository) -> None:
    old_style = _interview(repository, "Sức khỏe", "Trạm y tế xã Hòa Bình khám cho đồng bào.")
    new_style = _interview(repository, "Sức khoẻ", "Bác sĩ về xã Hoà Bình mỗi tuần.")
    assert sorted(_found(repository, '"xa hoa binh"')) == sorted([old_style, new_style])
    nfd = unicodedata.normalize("NFD", '"xã Hoà Bình"')
    assert sorted(_found(repository, nfd)) == sorted([old_style, new_style])
    assert _found(repository, '"dong bao"') == [old_style]  # đ typed as d
    assert _found(repository, '"ĐỒNG BÀO"') == [old_style]


def test_loose_syllables_are_whole_but_the_last_one_typed_is_a_prefix(
    repository: InterviewRepository, scattered_and_phrase: tuple[int, int]
) -> None:
    scattered, phrase = scattered_and_phrase
    assert _found(repository, "chuyen doi s") == [phrase, scattered]  # still typing "số"
    assert _found(repository, "chuy") == [scattered, phrase]
    # A syllable followed by another is whole: "ha" is not "hai" nor "hàm" there.
    assert _found(repository, "ha thuong") == []
    assert _found(repository, "thuong ha") == [phrase]  # "hai", being typed


def test_a_phrase_and_loose_syllables_together(
    repository: InterviewRepository, scattered_and_phrase: tuple[int, int]
) -> None:
    scattered, _phrase = scattered_and_phrase
    assert _found(repository, '"gap doi" cam') == [scattered]
    assert _found(repository, '"gap doi" hop tac') == []


@pytest.mark.parametrize(
    "typed",
    ['"chuyen doi', 'NEAR("chuyen" "so")', "chuyen AND doi OR so", "title:chuyen", "-so*", '"'],
)
def test_hostile_queries_never_raise(
    repository: InterviewRepository, scattered_and_phrase: tuple[int, int], typed: str
) -> None:
    found = _found(repository, typed)
    assert repository.count(typed) == len(found)
