"""Comparison keys and word helpers shared by the importer's rules."""

from __future__ import annotations

import re

from storage.textfold import fold, unify_tone_placement

_WORD = re.compile(r"\w+")
PARENS = re.compile(r"\([^()]*\)")
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”’')\]]*\s+(\S)")


def vkey(text: str) -> str:
    """Comparison key keeping diacritics: NFC, case-folded, new-style tone marks, one space."""
    folded = unify_tone_placement(text.casefold())
    return " ".join(folded.split())


def fkey(text: str) -> str:
    """Folded words only: "Bài, ảnh" -> "bai anh"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def words_of(text: str) -> list[str]:
    """The words of *text* as :func:`vkey` keys."""
    return _WORD.findall(vkey(text))


def has_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of *phrases* occurs as consecutive *words*."""
    sizes = {len(p) for p in phrases}
    grams = {tuple(words[i : i + n]) for n in sizes for i in range(len(words) - n + 1)}
    return not grams.isdisjoint(phrases)


def phrases(*items: str) -> frozenset[tuple[str, ...]]:
    """*items* as word tuples for :func:`has_phrase`."""
    return frozenset(tuple(words_of(item)) for item in items)


def capitalised(word: str) -> bool:
    """Whether the first letter of *word* is upper case."""
    letter = next((ch for ch in word if ch.isalpha()), "")
    return letter.isupper()


def acronym(word: str) -> bool:
    """Two or more letters, all upper case ("UBND", "P.V")."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def sentence_count(text: str) -> int:
    """How many sentences *text* holds (a break is end punctuation, a space, a capital)."""
    starts = (m.group(1)[0] for m in _SENTENCE_BREAK.finditer(text))
    return 1 + sum(1 for ch in starts if ch.isupper() or ch.isdigit())
