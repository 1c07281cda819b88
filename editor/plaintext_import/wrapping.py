"""Rejoining hard-wrapped lines (e-mail, a word processor's "plain text") into paragraphs.

Copy from a web page has one paragraph per line, and stays so. Text is taken as
*hard-wrapped* only when it clearly is: at least four lines; no line but one in twenty is
longer than some width between :data:`MIN_WIDTH` and :data:`MAX_WIDTH` characters; of the
lines that may run on into the next line (see below), at least three and at least half
are *full* (the next line's first word would not have fitted after them, within a small
slack), and at least half of those end inside a sentence (a web paragraph ends with a
full stop). Then a line joins the line after it, with a space, when

* no blank line is between them,
* it is full, so it was wrapped rather than ended,
* the next line does not open a block: a speaker label ("PV: …", "Đồng chí X: …",
  "Phóng viên:" alone), a caption starting "Ảnh:", a byline ("Thực hiện: X"), a tag
  line, page furniture, markdown bold, a heading or a list bullet,
* it does not close one: a byline, a caption ending in its credit "(Ảnh: X)", page
  furniture,
* and, in text whose paragraphs are not separated by blank lines (fewer blank lines
  than short lines ending a paragraph), it does not end a sentence: there a full line
  ending with a full stop may end its paragraph, and splitting a paragraph is cheaper
  to mend than merging two (or swallowing a caption).

Blank lines and short lines always end a paragraph.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from editor.plaintext_import.byline import byline_name, parse_tags
from editor.plaintext_import.captions import photo_caption
from editor.plaintext_import.cleaning import (
    END_OF_ARTICLE,
    FURNITURE,
    furniture_key,
    starts_with_markup,
    tidy_line,
)
from editor.plaintext_import.labels import parse_label, split_label

#: Hard-wrapped text is wrapped at a width (in characters) in this range.
MIN_WIDTH = 40
MAX_WIDTH = 100

_PHOTO_START = re.compile(r"^ảnh\s*[:：]", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


class _Line:
    """A cleaned line: its paragraph text, its width, whether it opens or closes a block."""

    def __init__(self, raw: str) -> None:
        self.text = tidy_line(raw)  # "" for a blank line
        self.width = len(raw.rstrip())  # characters up to the last non-space one, as wrapped
        self.markup = starts_with_markup(raw)  # bold, a heading mark or a bullet

    @property
    def first_word(self) -> str:
        return self.text.split(maxsplit=1)[0]

    @functools.cached_property
    def opens_block(self) -> bool:
        split = split_label(self.text)
        if self.markup or (split is not None and parse_label(split[0]) is not None):
            return True
        if _PHOTO_START.match(self.text) or self.furniture or self.byline:
            return True
        return parse_tags(self.text) is not None

    @functools.cached_property
    def closes_block(self) -> bool:
        if self.byline or self.furniture:
            return True
        return not _PHOTO_START.match(self.text) and photo_caption(self.text) is not None

    @functools.cached_property
    def byline(self) -> bool:
        return byline_name(self.text) is not None

    @functools.cached_property
    def furniture(self) -> bool:
        key = furniture_key(self.text)
        return bool(FURNITURE.fullmatch(key) or END_OF_ARTICLE.fullmatch(key))


@dataclass(frozen=True)
class _Wrapping:
    width: int
    blank_separated: bool  # paragraphs are separated by blank lines


def join_wrapped_lines(raw_lines: list[str]) -> list[str]:
    """The paragraphs of cleaned *raw_lines* (blank lines included).

    One paragraph per non-empty line, unless the text is hard-wrapped (see the
    module docstring); then the lines of a wrapped paragraph are joined by spaces.
    """
    lines = [_Line(raw) for raw in raw_lines]
    wrapping = _wrapping(lines)
    if wrapping is None:
        return [line.text for line in lines if line.text]
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if not line.text:
            previous = None
            continue
        if previous is not None and _joins(previous, line, wrapping):
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def _wrapping(lines: list[_Line]) -> _Wrapping | None:
    """How *lines* are hard-wrapped, or None when they clearly are not."""
    widths = sorted((line.width for line in lines if line.text), reverse=True)
    if len(widths) < 4:
        return None
    width = widths[len(widths) // 20]  # one line in twenty may stick out (a long link)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    running = [(a, b) for a, b in itertools.pairwise(lines) if a.text and b.text and _runs_on(a, b)]
    full = [a for a, b in running if _full(a, b, width)]
    open_ended = [a for a in full if not _SENTENCE_END.search(a.text)]
    if len(full) < 3 or 2 * len(full) < len(running) or 2 * len(open_ended) < len(full):
        return None
    gaps = sum(1 for a, b in itertools.pairwise(lines) if a.text and not b.text)
    return _Wrapping(width, blank_separated=gaps > len(running) - len(full))


def _joins(line: _Line, following: _Line, wrapping: _Wrapping) -> bool:
    """Whether *following* continues the paragraph of *line* (no blank line between them)."""
    if not (_full(line, following, wrapping.width) and _runs_on(line, following)):
        return False
    return wrapping.blank_separated or not _SENTENCE_END.search(line.text)


def _full(line: _Line, following: _Line, width: int) -> bool:
    """Whether *following*'s first word would have gone past *width* after *line*."""
    slack = max(3, width // 15)
    return line.width + 1 + len(following.first_word) > width - slack


def _runs_on(line: _Line, following: _Line) -> bool:
    """Whether *following* may continue *line*'s paragraph: neither ends or opens a block."""
    return not (line.closes_block or following.opens_block)
