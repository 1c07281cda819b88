"""The two tone-mark styles of Vietnamese, and moving a syllable between them.

Vietnamese accepts the tone mark of an *open* syllable ending in "oa", "oe" or "uy"
on either vowel: "hòa, khỏe, thủy" (the old style, most newspapers) or "hoà, khoẻ,
thuỷ" (the new style, the Hunspell dictionary's). Every other syllable is written
the same in both: "hoàn", "ngoài", "thuyền", "khuỷu" (closed), "quý", "quả" (the u
of "qu" is part of the consonant), "già" (likewise the i of "gi").

:func:`syllable_to_old` and :func:`syllable_to_new` are the one function pair that
moves a syllable between the styles; a misplaced mark in a closed syllable
("hòan", "ngòai") goes to its one right place in both. :func:`to_style` applies
one of them to every syllable of a text, :func:`style_of` says which style a
syllable shows. Input may be NFC or NFD; output is NFC; case is kept.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from functools import lru_cache

#: The five tone marks (grave, acute, tilde, hook above, dot below), as combining marks.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
#: Consonants a syllable with the "oa"/"oe"/"uy" rhyme may begin with ("qu" is not one:
#: in "quy" the u belongs to the consonant).
# fmt: off
_ONSETS = frozenset({"", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n",
                     "ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x"})
# fmt: on
_PAIRS = frozenset({("o", "a"), ("o", "e"), ("u", "y")})
# A run of letters (with any combining marks): one syllable or one foreign word.
_WORD = re.compile(r"[^\W\d_]+")
# Any o+a, o+e or u+y, with a tone mark on either vowel (NFC, any case): the only
# syllables the styles can differ in. Most syllables fail this quick test.
_PAIR = re.compile("[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]", re.IGNORECASE)


class ToneStyle(enum.StrEnum):
    """Where an open "oa"/"oe"/"uy" syllable carries its tone mark."""

    OLD = "old"  # hòa, khỏe, thủy
    NEW = "new"  # hoà, khoẻ, thuỷ


def _split(char: str) -> tuple[str, str]:
    """*char* without its tone mark (NFC), and the tone mark ("" for none)."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(mark for mark in decomposed if mark in TONE_MARKS)
    rest = "".join(mark for mark in decomposed if mark not in TONE_MARKS)
    return unicodedata.normalize("NFC", rest), tone


def _with_tone(char: str, tone: str) -> str:
    return unicodedata.normalize("NFC", char + tone)


@lru_cache(maxsize=8192)
def _place(syllable: str, style: ToneStyle) -> str:
    text = unicodedata.normalize("NFC", syllable)
    if _PAIR.search(text) is None:
        return text
    chars = [_split(char) for char in text]
    tones = [index for index, (_char, tone) in enumerate(chars) if tone]
    if len(tones) != 1:
        return text  # no tone (same in both styles) or not one syllable
    bases = [char.lower() for char, _tone in chars]
    for first in range(len(chars) - 1):
        if (bases[first], bases[first + 1]) not in _PAIRS:
            continue
        onset = "".join(bases[:first])
        if onset not in _ONSETS:
            continue  # "quy", "gioa", or a vowel before: not this rhyme
        coda = bases[first + 2 :]
        if tones[0] not in (first, first + 1) and not (
            coda and coda[0] == "ê" and tones[0] == first + 2
        ):
            return text  # the mark is elsewhere ("thuyền"): nothing to move
        if not coda:
            target = first if style is ToneStyle.OLD else first + 1
        elif coda[0] == "ê" and bases[first] == "u":
            target = first + 2  # "uyê": the mark belongs on the ê in both styles
        else:
            target = first + 1  # closed ("hoàn", "ngoài", "khuỷu"): on the second vowel
        tone = chars[tones[0]][1]
        placed = [char for char, _tone in chars]
        placed[target] = _with_tone(placed[target], tone)
        return "".join(placed)
    return text


def syllable_to_old(syllable: str) -> str:
    """*syllable* in the old style: "hoà" → "hòa", "thuỷ" → "thủy"; others as they are.

    >>> syllable_to_old("Khoẻ"), syllable_to_old("hoàn"), syllable_to_old("quý")
    ('Khỏe', 'hoàn', 'quý')
    """
    return _place(syllable, ToneStyle.OLD)


def syllable_to_new(syllable: str) -> str:
    """*syllable* in the new style: "hòa" → "hoà", "thủy" → "thuỷ"; others as they are.

    >>> syllable_to_new("HÒA"), syllable_to_new("ngòai"), syllable_to_new("quả")
    ('HOÀ', 'ngoài', 'quả')
    """
    return _place(syllable, ToneStyle.NEW)


def to_syllable_style(syllable: str, style: ToneStyle) -> str:
    """:func:`syllable_to_old` or :func:`syllable_to_new`, as *style* says."""
    return _place(syllable, style)


def to_style(text: str, style: ToneStyle) -> str:
    """*text* (NFC out) with every syllable written in *style*.

    >>> to_style("Hòa bình, sức khoẻ", ToneStyle.NEW)
    'Hoà bình, sức khoẻ'
    """
    return _WORD.sub(
        lambda match: _place(match.group(0), style), unicodedata.normalize("NFC", text)
    )


def style_of(syllable: str) -> ToneStyle | None:
    """The style *syllable* is written in, or None when both styles write it alike."""
    text = unicodedata.normalize("NFC", syllable)
    old, new = _place(text, ToneStyle.OLD), _place(text, ToneStyle.NEW)
    if old == new:
        return None
    return ToneStyle.OLD if text == old else ToneStyle.NEW if text == new else None


def styles_in(text: str) -> dict[ToneStyle, list[tuple[int, int]]]:
    """Where *text* (NFC) has syllables written in each style: ``{style: [(start, end)]}``."""
    found: dict[ToneStyle, list[tuple[int, int]]] = {}
    for match in _WORD.finditer(text):
        style = style_of(match.group(0))
        if style is not None:
            found.setdefault(style, []).append(match.span())
    return found
