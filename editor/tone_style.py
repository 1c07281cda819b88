"""The house tone-mark style in an interview: what is written in the other style, and
the interview rewritten in the house style.

The style of each syllable is read by :mod:`storage.tones`. Every text of the
interview counts: headline, sapo, byline, tags, speakers' labels, paragraphs,
turns, captions, credits and alt text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from editor.document import Block, InterviewDocument, ParagraphBlock, PhotoBlock, TurnBlock
from editor.validation import Problem, ProblemPlace
from storage.tones import ToneStyle, styles_in, to_style


@dataclass(frozen=True)
class StyleCount:
    """How many syllables of an interview are written in each style, and where first."""

    old: int = 0
    new: int = 0
    first_old: tuple[ProblemPlace, int | None] | None = None
    first_new: tuple[ProblemPlace, int | None] | None = None

    def in_style(self, style: ToneStyle) -> int:
        """Syllables written in *style*."""
        return self.old if style is ToneStyle.OLD else self.new

    @property
    def mixed(self) -> bool:
        """Both styles are used."""
        return self.old > 0 and self.new > 0


def _texts(document: InterviewDocument) -> Iterator[tuple[ProblemPlace, int | None, str]]:
    yield ProblemPlace.TITLE, None, document.title
    yield ProblemPlace.LEAD, None, document.lead
    yield ProblemPlace.BODY, None, document.byline
    yield ProblemPlace.BODY, None, " ".join(document.tags)
    yield ProblemPlace.BODY, None, " ".join(s.label for s in document.speakers)
    for index, block in enumerate(document.blocks):
        if isinstance(block, ParagraphBlock | TurnBlock):
            yield ProblemPlace.BLOCK, index, block.text
        elif isinstance(block, PhotoBlock):
            yield (
                ProblemPlace.BLOCK,
                index,
                f"{block.caption} {block.credit or ''} {block.alt_text}",
            )


def count_styles(document: InterviewDocument) -> StyleCount:
    """Count the syllables of *document* written in the old and in the new style."""
    old = new = 0
    first_old: tuple[ProblemPlace, int | None] | None = None
    first_new: tuple[ProblemPlace, int | None] | None = None
    for place, index, text in _texts(document):
        found = styles_in(text)
        if found.get(ToneStyle.OLD):
            old += len(found[ToneStyle.OLD])
            first_old = first_old or (place, index)
        if found.get(ToneStyle.NEW):
            new += len(found[ToneStyle.NEW])
            first_new = first_new or (place, index)
    return StyleCount(old, new, first_old, first_new)


def text_needs_normalising(text: str, house: ToneStyle) -> bool:
    """Whether *text* has syllables in the style that is not the house's."""
    other = ToneStyle.NEW if house is ToneStyle.OLD else ToneStyle.OLD
    return bool(styles_in(text).get(other))


def style_problems(document: InterviewDocument, house: ToneStyle) -> list[Problem]:
    """The problem panel's lines about tone style: the other style, mixed styles."""
    counted = count_styles(document)
    other = ToneStyle.NEW if house is ToneStyle.OLD else ToneStyle.OLD
    wrong = counted.in_style(other)
    if not wrong:
        return []
    first = counted.first_new if other is ToneStyle.NEW else counted.first_old
    place, index = first or (ProblemPlace.BODY, None)
    translate = QCoreApplication.translate
    if counted.mixed:
        message = translate(
            "ToneStyle",
            "This interview mixes the two tone-mark styles; syllables not in the house "
            "style: {count}.",
        )
    elif house is ToneStyle.OLD:
        message = translate(
            "ToneStyle",
            "Syllables in the new tone-mark style (hoà, khoẻ, thuỷ): {count}. The house "
            "style is the old one (hòa, khỏe, thủy).",
        )
    else:
        message = translate(
            "ToneStyle",
            "Syllables in the old tone-mark style (hòa, khỏe, thủy): {count}. The house "
            "style is the new one (hoà, khoẻ, thuỷ).",
        )
    message = message.format(count=wrong)
    return [Problem(place, message, index)]


def in_style(document: InterviewDocument, style: ToneStyle) -> InterviewDocument:
    """A copy of *document* with every text written in *style*."""
    convert: Callable[[str], str] = lambda text: to_style(text, style)  # noqa: E731
    blocks: list[Block] = []
    for block in document.blocks:
        if isinstance(block, ParagraphBlock | TurnBlock):
            blocks.append(replace(block, text=convert(block.text)))
        elif isinstance(block, PhotoBlock):
            blocks.append(
                replace(
                    block,
                    caption=convert(block.caption),
                    credit=convert(block.credit) if block.credit is not None else None,
                    alt_text=convert(block.alt_text),
                )
            )
        else:  # site content is never edited
            blocks.append(block)
    return InterviewDocument(
        title=convert(document.title),
        lead=convert(document.lead),
        byline=convert(document.byline),
        tags=[convert(tag) for tag in document.tags],
        speakers=[replace(s, label=convert(s.label)) for s in document.speakers],
        blocks=blocks,
        spelling_ignored=list(document.spelling_ignored),
        lead_in_text=document.lead_in_text,
        site_layout=document.site_layout,
    )
