"""Text normalisation for storage and search.

Every string that enters the store is NFC (:func:`nfc`). Search compares a
*folded* copy (:func:`fold`): decomposed, combining marks removed, đ/Đ mapped to
d, case folded. The same function folds the index and the query, so "dong chi"
finds "Đồng chí", and "hoa" finds both "hòa" and "hoà" (old and new tone-mark
placement normalise to the same NFC/NFD form once the marks are stripped).
"""

from __future__ import annotations

import re
import unicodedata

_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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


def fold(text: str) -> str:
    """Return the search key of *text*: no diacritics, đ→d, case-folded.

    >>> fold("Đồng chí Hoà")
    'dong chi hoa'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()
