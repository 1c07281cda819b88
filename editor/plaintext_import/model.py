"""What each paragraph of an imported text was read as: :class:`Detection` and its kind."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DetectionKind(StrEnum):
    """What a paragraph of the imported text was read as."""

    TITLE = "title"
    LEAD = "lead"
    PARAGRAPH = "paragraph"
    TURN = "turn"
    CONTINUATION = "continuation"
    CAPTION = "caption"
    BYLINE = "byline"
    TAGS = "tags"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Detection:
    """How one paragraph of the source text was read.

    ``index`` is the paragraph's position in :attr:`ImportResult.detections`;
    ``text`` the cleaned paragraph; ``reason`` a short code for the rule that
    decided (for display and debugging). ``label`` is the label-shaped prefix
    before a colon, as written, whether or not it was taken as a speaker;
    ``body`` the text after it (the whole text when there is no label).
    ``speaker_key`` is set for turns and continuations; ``strip_label`` says a
    turn's text starts after ``label`` rather than being the whole paragraph.
    """

    index: int
    kind: DetectionKind
    text: str
    reason: str
    speaker_key: str | None = None
    label: str | None = None
    body: str = ""
    strip_label: bool = False


AUTO_REASON = "text"  # reason of a plain paragraph until assembly says where it went

# Reasons of the turns of an interview whose questions carry no label
# (see :mod:`editor.plaintext_import.unlabelled`).
UNLABELLED_QUESTION = "unlabelled-question"  # a short paragraph ending with "?"
UNLABELLED_ANSWER = "unlabelled-answer"  # the paragraphs after such a question
CLOSING_THANKS = "closing-thanks"  # "Xin cảm ơn ông!" after the last answer
