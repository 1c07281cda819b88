"""The old and new tone-mark styles: the syllable mapper and whole texts."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage.textfold import unify_tone_placement
from storage.tones import (
    ToneStyle,
    style_of,
    styles_in,
    syllable_to_new,
    syllable_to_old,
    to_style,
)

TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
ONSETS = ["", "b", "ch", "d", "đ", "g", "h", "kh", "l", "m", "ng", "nh", "ph", "qu", "gi", "t",
          "th", "tr", "x"]  # fmt: skip
# Rhymes with the tone's vowel marked by "*" (where both styles put it, closed rhymes).
CLOSED = ["oa*n", "oa*ng", "oa*i", "oa*y", "oa*c", "oa*nh", "oe*n", "oe*t", "uy*n", "uy*t",
          "uy*nh", "uyê*n", "uyê*t", "uy*u", "a*n", "ô*ng", "ươ*ng", "i*ch", "ư*", "ơ*",
          "ua*", "a*", "i*a", "uâ*n", "ê*"]  # fmt: skip
OPEN_PAIRS = ["oa", "oe", "uy"]


def _build(onset: str, rhyme: str, tone: str) -> str:
    return unicodedata.normalize("NFC", onset + rhyme.replace("*", tone))


def _case(text: str, how: str) -> str:
    return {"lower": text, "upper": text.upper(), "title": text[:1].upper() + text[1:]}[how]


closed_syllables = st.builds(
    lambda onset, rhyme, tone, how: _case(_build(onset, rhyme, tone), how),
    st.sampled_from(ONSETS),
    st.sampled_from(CLOSED),
    st.sampled_from(TONES),
    st.sampled_from(["lower", "upper", "title"]),
)


@st.composite
def open_syllables(draw: st.DrawFn) -> str:
    """An open oa/oe/uy syllable (no "qu"), the mark on either vowel, in any case."""
    onset = draw(st.sampled_from([o for o in ONSETS if o not in ("qu", "gi")]))
    pair = draw(st.sampled_from(OPEN_PAIRS))
    tone = draw(st.sampled_from(TONES))
    where = draw(st.sampled_from([1, 2]))
    text = onset + (pair[0] + tone + pair[1] if where == 1 else pair + tone)
    text = _case(
        unicodedata.normalize("NFC", text), draw(st.sampled_from(["lower", "upper", "title"]))
    )
    return text if draw(st.booleans()) else unicodedata.normalize("NFD", text)


any_syllable = st.one_of(closed_syllables, open_syllables())


@given(any_syllable)
def test_old_of_new_is_old_and_new_of_old_is_new(syllable: str) -> None:
    assert syllable_to_old(syllable_to_new(syllable)) == syllable_to_old(syllable)
    assert syllable_to_new(syllable_to_old(syllable)) == syllable_to_new(syllable)


@given(closed_syllables)
def test_closed_syllables_are_the_same_in_both_styles(syllable: str) -> None:
    assert syllable_to_old(syllable) == syllable
    assert syllable_to_new(syllable) == syllable
    assert style_of(syllable) is None


@given(any_syllable)
def test_case_and_letters_are_kept(syllable: str) -> None:
    for mapped in (syllable_to_old(syllable), syllable_to_new(syllable)):
        assert unicodedata.is_normalized("NFC", mapped)
        assert len(mapped) == len(unicodedata.normalize("NFC", syllable))
        assert [c.isupper() for c in mapped] == [
            c.isupper() for c in unicodedata.normalize("NFC", syllable)
        ]


@given(open_syllables())
def test_open_syllables_move_the_mark_between_the_two_vowels(syllable: str) -> None:
    old, new = syllable_to_old(syllable), syllable_to_new(syllable)
    has_tone = any(c in TONES[1:] for c in unicodedata.normalize("NFD", syllable))
    assert (old != new) == has_tone
    if has_tone:
        assert style_of(old) is ToneStyle.OLD
        assert style_of(new) is ToneStyle.NEW


@pytest.mark.parametrize(
    ("word", "old", "new"),
    [
        ("hoà", "hòa", "hoà"),
        ("khỏe", "khỏe", "khoẻ"),
        ("thuỷ", "thủy", "thuỷ"),
        ("Ủy", "Ủy", "Uỷ"),
        ("HOÀ", "HÒA", "HOÀ"),
        ("xòe", "xòe", "xoè"),
        ("hoàn", "hoàn", "hoàn"),
        ("thuyền", "thuyền", "thuyền"),
        ("quá", "quá", "quá"),
        ("quả", "quả", "quả"),
        ("quý", "quý", "quý"),
        ("già", "già", "già"),
        ("gìa", "gìa", "gìa"),
        ("khuya", "khuya", "khuya"),
        ("thuở", "thuở", "thuở"),
        ("ngoài", "ngoài", "ngoài"),
        ("khuỷu", "khuỷu", "khuỷu"),
        ("hòan", "hoàn", "hoàn"),  # a misplaced mark in a closed syllable goes to its place
    ],
)
def test_known_words(word: str, old: str, new: str) -> None:
    assert syllable_to_old(word) == old
    assert syllable_to_new(word) == new
    assert syllable_to_old(unicodedata.normalize("NFD", word)) == old


def test_a_text_is_rewritten_syllable_by_syllable() -> None:
    text = "Chị Thủy khỏe lại, xã hòa giải xong; quả là hoàn toàn ổn. Ủy ban họp."
    assert to_style(text, ToneStyle.NEW) == (
        "Chị Thuỷ khoẻ lại, xã hoà giải xong; quả là hoàn toàn ổn. Uỷ ban họp."
    )
    assert to_style(to_style(text, ToneStyle.NEW), ToneStyle.OLD) == text
    assert unify_tone_placement(text) == to_style(text, ToneStyle.NEW)


def test_styles_in_finds_where_each_style_is() -> None:
    text = "hòa và thuỷ, hoàn"
    found = styles_in(text)
    assert [text[a:b] for a, b in found[ToneStyle.OLD]] == ["hòa"]
    assert [text[a:b] for a, b in found[ToneStyle.NEW]] == ["thuỷ"]
