"""What a user typed in a search box, read as syllables and phrases for an FTS5 index.

The indexes (``interview_search``, ``comment_search``) hold :func:`storage.textfold.fold`
of the text, which keeps the syllables in their order, so FTS5 phrase queries work on
them: accents, tone placement ("hòa"/"hoà") and đ/d fold away on both sides.

* A quoted part (``"chuyển đổi số"``, or with typographic quotes “…”) is a phrase: its
  syllables must be adjacent and in that order.
* Unquoted syllables must all occur, anywhere: whole syllables ("so" is not "sông"),
  except the last, a prefix, since the search runs while it is typed ("chuy" finds
  "chuyển"). Where there are two or more, the text holding them side by side is the
  better match: :meth:`SearchQuery.ranking_expression` finds those. (Whole syllables
  are also what keeps a long search fast: a two-letter prefix such as "du" stands for
  hundreds of syllables in the index.)

A phrase never runs from one part of a text into the next (a paragraph into the next, a
caption into a question): the indexes put :data:`PHRASE_BREAK` between lines
(:func:`with_phrase_breaks`), a token of its own to the index (``tokenchars``) that no
query ever holds, so two syllables on either side of it are never adjacent.

The user's text never reaches FTS5 syntax: only letters and digits are kept and each
syllable is written inside double quotes, so NEAR, AND, ``*``, ``-``, ``^`` or
``column:`` are just words, and an unbalanced quote closes at the end of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storage.textfold import clean_text, fold

_SYLLABLE = re.compile(r"[^\W_]+")
_LINE_BREAKS = re.compile(r"\n+")

#: The token between lines in an index: a token character to the FTS5 tokenizer
#: (``tokenchars``), punctuation to :data:`_SYLLABLE`, so no query can hold it.
PHRASE_BREAK = "\u00b6"  # ¶
#: The tokenizer of the FTS5 indexes that hold :func:`with_phrase_breaks` text.
FTS_TOKENIZE = f"unicode61 remove_diacritics 2 tokenchars '{PHRASE_BREAK}'"


def with_phrase_breaks(folded: str) -> str:
    """*folded* text with :data:`PHRASE_BREAK` in place of each run of line breaks."""
    return _LINE_BREAKS.sub(f" {PHRASE_BREAK} ", folded)
# Typographic and guillemet quotes a keyboard or a pasted text brings.
_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»＂"})


def syllables(text: str) -> list[str]:
    """The folded syllables (words) of *text*, in order."""
    return _SYLLABLE.findall(fold(clean_text(text)))


def _phrase(tokens: tuple[str, ...], last_is_prefix: bool) -> str:
    """One FTS5 phrase of adjacent tokens (each token holds letters and digits only)."""
    return '"' + " ".join(tokens) + '"' + ("*" if last_is_prefix else "")


@dataclass(frozen=True)
class SearchQuery:
    """A search as syllables: quoted phrases and loose syllables, folded."""

    #: Quoted phrases, each its folded syllables in order.
    phrases: tuple[tuple[str, ...], ...]
    #: The unquoted syllables, in the order typed.
    loose: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> SearchQuery:
        """Read what a user typed (any quotes, any normal form, any punctuation)."""
        parts = text.translate(_QUOTES).split('"')
        phrases: list[tuple[str, ...]] = []
        loose: list[str] = []
        for index, part in enumerate(parts):
            found = syllables(part)
            if index % 2 == 0:
                loose.extend(found)  # outside quotes (an unbalanced quote runs to the end)
            elif found:
                phrases.append(tuple(found))
        return cls(tuple(phrases), tuple(loose))

    @property
    def empty(self) -> bool:
        """True when the text held no syllable at all (only spaces or punctuation)."""
        return not self.phrases and not self.loose

    def match_expression(self) -> str | None:
        """What a text must hold: every phrase and loose syllable (the last as a prefix)."""
        parts = [_phrase(phrase, last_is_prefix=False) for phrase in self.phrases]
        parts += [_phrase((token,), last_is_prefix=False) for token in self.loose[:-1]]
        parts += [_phrase(self.loose[-1:], last_is_prefix=True)] if self.loose else []
        return " AND ".join(parts) if parts else None

    def ranking_expression(self) -> str | None:
        """The better matches: the loose syllables side by side (None: nothing to rank).

        Only two or more loose syllables rank; a quoted search already is a phrase.
        """
        if len(self.loose) < 2:
            return None
        return _phrase(self.loose, last_is_prefix=True)
