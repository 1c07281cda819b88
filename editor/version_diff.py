"""A side-by-side, word-level diff between two versions of an interview.

Vietnamese writes one syllable per word-like token, separated by spaces
("đường mới mở"), so the unit of change is the syllable: text is put in NFC
(a syllable typed with combining tone marks equals its precomposed form) and
cut into runs of letters/digits, runs of spaces and single other characters;
:mod:`difflib` compares those tokens. A changed tone mark changes exactly one
syllable.

The interview is compared part by part: headline, lead, byline, tags, then its
blocks in order (each turn with its speaker's label, paragraphs, photo captions
with credit and alt text). Blocks are matched with :mod:`difflib` too, so a
block inserted in the middle shows as one added part, not as every later part
changed.

The result is plain data (:class:`PartDiff` of :class:`Piece`); the widget
renders it with text formats, never as HTML built from the text.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from PySide6.QtCore import QCoreApplication

from editor.document import (
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    SiteHtmlBlock,
    TurnBlock,
)

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


class Change(enum.Enum):
    """What happened to a piece of text between the two versions."""

    SAME = "same"
    REMOVED = "removed"  # only in the older (left) version
    ADDED = "added"  # only in the newer (right) version


@dataclass(frozen=True)
class Piece:
    """A run of text and what happened to it."""

    text: str
    change: Change


@dataclass(frozen=True)
class Part:
    """One comparable part of an interview: a label ("Headline", "PV") and its text."""

    kind: str  # "title", "lead", "byline", "tags", "turn", "paragraph", "photo"
    label: str
    text: str


@dataclass(frozen=True)
class PartDiff:
    """One part side by side: None on a side where the part does not exist."""

    left_label: str | None
    right_label: str | None
    left: tuple[Piece, ...]
    right: tuple[Piece, ...]

    @property
    def changed(self) -> bool:
        """Whether anything differs in this part."""
        return (
            self.left_label != self.right_label
            or any(p.change is not Change.SAME for p in self.left)
            or any(p.change is not Change.SAME for p in self.right)
        )


def tokens(text: str) -> list[str]:
    """*text* in NFC, cut into syllables, runs of spaces and single marks."""
    return _TOKEN.findall(unicodedata.normalize("NFC", text))


def parts(document: InterviewDocument) -> list[Part]:
    """The parts of *document* that a diff compares, in reading order."""
    translate = QCoreApplication.translate
    found = [
        Part("title", translate("VersionDiff", "Headline"), document.title),
        Part("lead", translate("VersionDiff", "Sapo"), document.lead),
        Part("byline", translate("VersionDiff", "Byline"), document.byline),
        Part("tags", translate("VersionDiff", "Tags"), ", ".join(document.tags)),
    ]
    for block in document.blocks:
        if isinstance(block, TurnBlock):
            speaker = document.find_speaker(block.speaker_key)
            found.append(Part("turn", speaker.label if speaker else "?", block.text))
        elif isinstance(block, ParagraphBlock):
            found.append(Part("paragraph", translate("VersionDiff", "Paragraph"), block.text))
        elif isinstance(block, PhotoBlock):
            lines = [block.caption]
            if block.credit:
                lines.append(
                    translate("VersionDiff", "Photo: {credit}").format(credit=block.credit)
                )
            if block.alt_text:
                lines.append(translate("VersionDiff", "Alt text: {alt}").format(alt=block.alt_text))
            found.append(Part("photo", translate("VersionDiff", "Photo"), "\n".join(lines)))
        elif isinstance(block, SiteHtmlBlock):
            text = block.preview(limit=len(block.html) + 1)
            found.append(Part("site", translate("VersionDiff", "Site content"), text))
    return [
        Part(p.kind, unicodedata.normalize("NFC", p.label), unicodedata.normalize("NFC", p.text))
        for p in found
    ]


def diff_text(old: str, new: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """The pieces of *old* (left) and *new* (right), syllable by syllable."""
    left_tokens, right_tokens = tokens(old), tokens(new)
    left: list[Piece] = []
    right: list[Piece] = []
    matcher = SequenceMatcher(None, left_tokens, right_tokens, autojunk=False)
    opcodes = matcher.get_opcodes()
    for number, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        # A lone space between two changed syllables belongs to the change ("Minh Châu").
        between = 0 < number < len(opcodes) - 1 and not "".join(left_tokens[i1:i2]).strip()
        if tag == "equal" and not between:
            _add(left, "".join(left_tokens[i1:i2]), Change.SAME)
            _add(right, "".join(right_tokens[j1:j2]), Change.SAME)
        else:
            _add(left, "".join(left_tokens[i1:i2]), Change.REMOVED)
            _add(right, "".join(right_tokens[j1:j2]), Change.ADDED)
    return tuple(left), tuple(right)


def _add(pieces: list[Piece], text: str, change: Change) -> None:
    if change is not Change.SAME and text.strip() and text != text.strip():
        # Spaces at the edges of a change are shown as unchanged (" mới" marks "mới").
        core = text.strip()
        start = text.index(core)
        _add(pieces, text[:start], Change.SAME)
        _add(pieces, core, change)
        _add(pieces, text[start + len(core) :], Change.SAME)
        return
    if not text:
        return
    if pieces and pieces[-1].change is change:
        pieces[-1] = Piece(pieces[-1].text + text, change)
    else:
        pieces.append(Piece(text, change))


def diff_documents(old: InterviewDocument, new: InterviewDocument) -> list[PartDiff]:
    """Every part of *old* beside its counterpart in *new*, with the changed syllables marked."""
    left, right = parts(old), parts(new)
    # Parts are matched on their kind and speaker first, then on their words.
    matcher = SequenceMatcher(
        None,
        [(p.kind, p.label, p.text) for p in left],
        [(p.kind, p.label, p.text) for p in right],
        autojunk=False,
    )
    result: list[PartDiff] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for a, b in zip(left[i1:i2], right[j1:j2], strict=True):
                result.append(_pair(a, b))
            continue
        olds, news = left[i1:i2], right[j1:j2]
        paired = min(len(olds), len(news)) if tag == "replace" else 0
        for a, b in zip(olds[:paired], news[:paired], strict=True):
            result.append(_pair(a, b))
        for a in olds[paired:]:
            result.append(PartDiff(a.label, None, (Piece(a.text, Change.REMOVED),), ()))
        for b in news[paired:]:
            result.append(PartDiff(None, b.label, (), (Piece(b.text, Change.ADDED),)))
    return result


def _pair(a: Part, b: Part) -> PartDiff:
    left, right = diff_text(a.text, b.text)
    return PartDiff(a.label, b.label, left, right)
