"""Text normalisation for storage and search.

Every string that enters the store is NFC (:func:`nfc`). Search compares a
*folded* copy (:func:`fold`): decomposed, combining marks removed, đ/Đ mapped to
d, case folded. The same function folds the index and the query, so "dong chi"
finds "Đồng chí", and "hoa" finds both "hòa" and "hoà" (old and new tone-mark
placement normalise to the same NFC/NFD form once the marks are stripped).
Comparisons that keep the marks put both sides through :func:`unify_tone_placement`
first, so the two accepted placements ("hòa"/"hoà", "thúy"/"thuý") still compare equal.
"""

from __future__ import annotations

import re
import unicodedata

from storage.tones import ToneStyle, to_style

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bidirectional embeddings/overrides/isolates, marks, zero-width and BOM characters.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def nfc(text: str) -> str:
    """Return *text* in Unicode Normalisation Form C, the form the store keeps."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """NFC-normalise *text*, unify line ends to ``\\n`` and drop control characters.

    Tabs and newlines are kept; other C0 controls and DEL are removed, since
    they only ever arrive by accident (or malice) and break display.
    """
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    return nfc(_CONTROL_CHARS.sub("", unified))


def strip_invisible(text: str) -> str:
    """:func:`clean_text`, and without the invisible characters that can disguise text.

    Direction overrides and isolates (which can make "gpj.exe" read "exe.jpg"),
    direction marks, zero-width characters and byte-order marks are removed:
    used for what is shown as a name or a headline (comments, speaker labels,
    headlines).
    """
    return _INVISIBLE.sub("", clean_text(text))


def fold(text: str) -> str:
    """Return the search key of *text*: no diacritics, đ→d, case-folded.

    >>> fold("Đồng chí Hoà")
    'dong chi hoa'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def unify_tone_placement(text: str) -> str:
    """Return *text* in NFC with one tone-mark placement for "oa", "oe" and "uy".

    Vietnamese accepts the tone mark on either vowel of these pairs ("hòa" and
    "hoà", "khỏe" and "khoẻ", "thúy" and "thuý", "ủy" and "uỷ"), and both appear
    in the same text. The mark moves to the second vowel; case and every other
    mark are kept, so comparisons that respect diacritics can use it on both sides.
    It is :func:`storage.tones.to_style` with the new style (a misplaced mark in a
    closed syllable, "hòan", also goes to its place).

    >>> unify_tone_placement("Hòa bình, sức khỏe, Thủy")
    'Hoà bình, sức khoẻ, Thuỷ'
    """
    return to_style(text, ToneStyle.NEW)
