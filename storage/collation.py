"""Vietnamese sort keys that SQLite can order by (``ORDER BY title_sort``).

Sorting 10,000 titles with a collation callback from Python is slow; instead
every row stores :func:`vietnamese_sort_key` of its title, a string whose plain
code-point order is Vietnamese dictionary order (as ICU's ``vi`` collation and
``QCollator(QLocale("vi"))`` give it):

1. letters in the Vietnamese alphabet, a ă â b c d đ e ê (f) g h i (j) k l m n o ô
   ơ p q r s t u ư v (w) x y (z), with spaces before punctuation before digits
   before letters, and shorter words first;
2. then tone marks, letter by letter: none, huyền, hỏi, ngã, sắc, nặng;
3. then case, lower before upper.
"""

from __future__ import annotations

import unicodedata

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_WEIGHT = {letter: 0x100 + index for index, letter in enumerate(ALPHABET)}
_VOWEL_MARKS = {"\u0306": "breve", "\u0302": "circumflex", "\u031b": "horn"}
_COMPOSED = {
    ("a", "breve"): "ă",
    ("a", "circumflex"): "â",
    ("e", "circumflex"): "ê",
    ("o", "circumflex"): "ô",
    ("o", "horn"): "ơ",
    ("u", "horn"): "ư",
}
TONE_ORDER = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LEVEL_SEPARATOR = "\x01"


def _primary_weight(letter: str) -> int:
    if letter in _LETTER_WEIGHT:
        return _LETTER_WEIGHT[letter]
    if letter.isspace():
        return 0x20
    if letter.isdigit():
        return 0x80 + (unicodedata.digit(letter, 0))
    if letter.isalpha():
        return min(0x1000 + ord(letter), 0x10FFFF)
    return 0x21 + (ord(letter) % 0x5E)  # punctuation and symbols: after space, before digits


def vietnamese_sort_key(text: str) -> str:
    """A string whose code-point order is the Vietnamese order of *text*."""
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", "đ" if char == "Đ" else char)
        base, marks = decomposed[0], decomposed[1:]
        is_upper = char.isupper()
        letter = base.lower()
        tone = 0
        for mark in marks:
            if mark in _VOWEL_MARKS:
                letter = _COMPOSED.get((letter, _VOWEL_MARKS[mark]), letter)
            elif mark in TONE_ORDER:
                tone = TONE_ORDER[mark]
        primary.append(chr(_primary_weight(letter)))
        tones.append(chr(0x30 + tone))
        cases.append("1" if is_upper else "0")
    return _LEVEL_SEPARATOR.join(("".join(primary), "".join(tones), "".join(cases)))
