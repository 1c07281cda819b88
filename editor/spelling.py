"""Vietnamese spell checking: the dictionary, the check, and suggestions.

Vietnamese is written in syllables, and the Hunspell dictionary for it (Debian's
``hunspell-vi``, read from ``/usr/share/hunspell``) is a plain list of about 6,600
syllables with no affix rules. So the check is a set lookup of each syllable
(lower case), which is measured to be far faster than a Hunspell engine
(see ``benchmarks/bench_spelling.py``).

The dictionary writes the new tone-mark style ("hoà", "thuỷ"); a syllable not found
as written is looked up again in that style (:func:`storage.tones.syllable_to_new`),
so a paper writing the old style ("hòa", "thủy") never sees it flagged.

What is never flagged: capitalised words inside a sentence (names), words in
capitals (abbreviations), letters touching digits ("9h30", "F5"), addresses
(anything with "://", "www." or "@"), the newsroom's words and the interview's
own words (its speakers' names, words ignored in it).

Suggestions are syllables with the same letters but other marks ("nguời" →
"người"), one edit away ("tôii" → "tôi"), or one of the dictionary's common
confusions ("ch"/"tr", "s"/"x", "d"/"gi"), closest first, in the house style.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from storage.known_error import KnownError
from storage.textfold import fold, nfc
from storage.tones import ToneStyle, syllable_to_new, to_syllable_style

# Where Debian and most Linux systems put Hunspell dictionaries.
DICTIONARY_DIRS = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/usr/share/myspell"),
)
DICTIONARY_NAME = "vi_VN"
MAX_SUGGESTIONS = 8
CONFUSION_COST = 0.75

_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…:\n]")
_CHUNK = re.compile(r"\S+")
_ADDRESS_SIGNS = ("://", "www.", "@")
# Letters a folded Vietnamese syllable is made of (f, j, w, z only in loanwords).
_ALPHABET = "abcdeghiklmnopqrstuvxy"


@dataclass(frozen=True)
class Misspelling:
    """An unknown syllable at ``text[start:end]``."""

    start: int
    end: int
    word: str


class DictionaryError(KnownError):
    """The dictionary file could not be read; ``user_message`` says why, translated."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path

    @property
    def user_message(self) -> str:
        """A sentence for the user (spell check stays off)."""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(
            "Spelling",
            "Spell check is off: the Vietnamese dictionary {path} could not be read.",
        ).format(path=self.path)


def find_dictionary(dirs: Iterable[Path] = DICTIONARY_DIRS) -> Path | None:
    """The Vietnamese ``.dic`` file installed on this machine, or None."""
    for folder in dirs:
        path = folder / f"{DICTIONARY_NAME}.dic"
        if path.is_file():
            return path
    return None


def _decompose(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@dataclass(frozen=True)
class Lexicon:
    """The dictionary's syllables (lower case, new style), indexed by their bare letters."""

    words: frozenset[str]
    by_base: dict[str, tuple[str, ...]]
    confusions: tuple[tuple[str, str], ...] = ()
    raw_confusions: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_words(
        cls, words: Iterable[str], confusions: Iterable[tuple[str, str]] = ()
    ) -> Lexicon:
        """A lexicon of *words* (any case and style; entries with spaces are split)."""
        known = {
            syllable_to_new(part.lower()) for word in words for part in nfc(word).split() if part
        }
        groups: dict[str, list[str]] = {}
        for word in sorted(known):
            groups.setdefault(fold(word), []).append(word)
        bases = {base: tuple(group) for base, group in groups.items()}
        raw = tuple((_decompose(a.lower()), _decompose(b.lower())) for a, b in confusions)
        pairs = tuple((fold(a), fold(b)) for a, b in raw if fold(a) != fold(b))
        return cls(frozenset(known), bases, pairs, raw)

    @classmethod
    def load(cls, dic_path: Path) -> Lexicon:
        """Read a Hunspell ``.dic`` (and the ``REP`` lines of its ``.aff``, if there).

        Raises :class:`DictionaryError` when the file cannot be read as UTF-8 text.
        """
        try:
            lines = dic_path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise DictionaryError(dic_path, str(error)) from error
        if lines and lines[0].strip().isdigit():
            lines = lines[1:]  # the entry count
        words = (line.split("/", 1)[0] for line in lines if line.strip())
        return cls.from_words(words, _replacements(dic_path.with_suffix(".aff")))


def _replacements(aff_path: Path) -> list[tuple[str, str]]:
    """The ``REP`` pairs of a Hunspell affix file (common confusions); [] if unreadable."""
    try:
        text = aff_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    pairs = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "REP":
            pairs.append((parts[1], parts[2]))
    return pairs


@dataclass
class SpellChecker:
    """Checks text against the dictionary and the newsroom's own words."""

    lexicon: Lexicon
    newsroom: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.newsroom = {_key(word) for word in self.newsroom}

    def add_newsroom_words(self, words: Iterable[str]) -> None:
        """Know *words* from now on (the newsroom dictionary grew)."""
        self.newsroom.update(_key(part) for word in words for part in nfc(word).split())

    def is_known(self, word: str, also_known: Collection[str] = ()) -> bool:
        """Whether *word* (one syllable, any case and tone style) is spelt right.

        *also_known* holds the interview's own words as :func:`interview_words` makes them.
        """
        lower = word.lower()
        if lower in self.lexicon.words or lower in self.newsroom or lower in also_known:
            return True
        mapped = syllable_to_new(lower)
        return mapped != lower and (
            mapped in self.lexicon.words or mapped in self.newsroom or mapped in also_known
        )

    def check(self, text: str, also_known: Collection[str] = ()) -> list[Misspelling]:
        """Every unknown syllable of *text*, in order, at its place in *text*.

        Decomposed text (NFD, as pasted from some sources or typed before it is stored)
        is checked as its NFC form would be: a combining mark never splits a syllable.
        The spans are those of *text* itself; each word is given in NFC.
        """
        if unicodedata.is_normalized("NFC", text):
            return list(self._unknown(text, also_known))
        composed, places = _composed_with_places(text)
        return [
            Misspelling(places[miss.start], places[miss.end], miss.word)
            for miss in self._unknown(composed, also_known)
        ]

    def _unknown(self, text: str, also_known: Collection[str]) -> Iterator[Misspelling]:
        skipped = _address_spans(text)
        starts = [start for start, _end in skipped]
        sentence_start = True
        previous_end = 0
        for match in _LETTERS.finditer(text):
            start, end = match.span()
            if not sentence_start and _SENTENCE_END.search(text, previous_end, start):
                sentence_start = True
            at_start, sentence_start, previous_end = sentence_start, False, end
            word = match.group(0)
            if skipped:
                index = bisect_right(starts, start) - 1
                if index >= 0 and start < skipped[index][1]:
                    continue
            if (start > 0 and text[start - 1].isdigit()) or (
                end < len(text) and text[end].isdigit()
            ):
                continue
            if word[0].isupper() and (not at_start or (len(word) > 1 and word.isupper())):
                continue  # a name inside a sentence, or an abbreviation
            if not self.is_known(word, also_known):
                yield Misspelling(start, end, word)

    def suggest(
        self, word: str, style: ToneStyle = ToneStyle.OLD, limit: int = MAX_SUGGESTIONS
    ) -> list[str]:
        """Known syllables close to *word*, closest first, in *style* and *word*'s case."""
        lower = nfc(word).lower()
        base = fold(lower)
        candidates: set[str] = set()
        by_base = self.lexicon.by_base
        for key in _neighbours(base, self.lexicon.confusions):
            candidates.update(by_base.get(key, ()))
        candidates.update(w for w in self.newsroom if fold(w) == base)
        candidates.discard(syllable_to_new(lower))
        target = _decompose(syllable_to_new(lower))
        confused = _confused_forms(target, self.lexicon.raw_confusions)

        def distance(candidate: str) -> float:
            form = _decompose(candidate)
            best = _distance(target, form)
            for other in confused:  # a known confusion ("ch" for "tr") costs less than an edit
                best = min(best, CONFUSION_COST + _distance(other, form))
            return best

        ranked = sorted(candidates, key=lambda c: (fold(c) != base, distance(c), c))
        return [_like(word, to_syllable_style(c, style)) for c in ranked[:limit]]


def _composed_with_places(text: str) -> tuple[str, list[int]]:
    """*text* in NFC, and for each of its offsets (and its end) the offset in *text*.

    Each base character and the combining marks after it compose on their own, so
    every composed character maps back to where its run starts.
    """
    pieces: list[str] = []
    places: list[int] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and unicodedata.combining(text[index]):
            continue
        composed = unicodedata.normalize("NFC", text[start:index])
        pieces.append(composed)
        places.extend([start] * len(composed))
        start = index
    places.append(len(text))
    return "".join(pieces), places


def _key(word: str) -> str:
    return syllable_to_new(nfc(word).strip().lower())


def interview_words(words: Iterable[str]) -> frozenset[str]:
    """The lookup keys of an interview's own words (speaker names, ignored words)."""
    return frozenset(_key(part) for word in words for part in nfc(word).split() if part)


def _address_spans(text: str) -> list[tuple[int, int]]:
    """Where *text* has web or e-mail addresses (whole space-separated chunks)."""
    if not any(sign in text for sign in _ADDRESS_SIGNS):
        return []
    return [
        match.span()
        for match in _CHUNK.finditer(text)
        if any(sign in match.group(0) for sign in _ADDRESS_SIGNS)
    ]


def _neighbours(base: str, confusions: tuple[tuple[str, str], ...]) -> set[str]:
    """*base*, every string one edit away from it, and its common confusions."""
    found = {base}
    for i in range(len(base) + 1):
        head, tail = base[:i], base[i:]
        if tail:
            found.add(head + tail[1:])
            if len(tail) > 1:
                found.add(head + tail[1] + tail[0] + tail[2:])
        for letter in _ALPHABET:
            found.add(head + letter + tail)
            if tail:
                found.add(head + letter + tail[1:])
    for wrong, right in confusions:
        position = base.find(wrong)
        while position >= 0:
            found.add(base[:position] + right + base[position + len(wrong) :])
            position = base.find(wrong, position + 1)
    return found


def _confused_forms(word: str, confusions: tuple[tuple[str, str], ...]) -> list[str]:
    """*word* with one of the dictionary's confusions put right, every way it applies."""
    forms = []
    for wrong, right in confusions:
        position = word.find(wrong)
        while position >= 0:
            forms.append(word[:position] + right + word[position + len(wrong) :])
            position = word.find(wrong, position + 1)
    return forms


def _distance(a: str, b: str) -> float:
    """Edit distance (with transpositions) between two short decomposed strings.

    Adding or dropping a mark costs half a letter: a forgotten mark ("nguời" for
    "người") is the likeliest slip.
    """

    def weight(char: str) -> float:
        return 0.5 if unicodedata.combining(char) else 1.0

    previous2: list[float] = []
    previous = [0.0]
    for char_b in b:
        previous.append(previous[-1] + weight(char_b))
    for i, char_a in enumerate(a, 1):
        current = [previous[0] + weight(char_a)]
        for j, char_b in enumerate(b, 1):
            cost = 0.0 if char_a == char_b else 1.0
            value = min(
                previous[j] + weight(char_a),
                current[j - 1] + weight(char_b),
                previous[j - 1] + cost,
            )
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                value = min(value, previous2[j - 2] + 1)
            current.append(value)
        previous2, previous = previous, current
    return previous[-1]


def _like(model: str, word: str) -> str:
    """*word* in the case of *model* (all capitals, capitalised, or lower case)."""
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
