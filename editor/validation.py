"""What must be in an interview before it can be marked ready for review."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.document import InterviewDocument, PhotoBlock, Role, TurnBlock


class ProblemPlace(enum.StrEnum):
    """Where a problem is, so the editor can jump there."""

    TITLE = "title"
    LEAD = "lead"
    BODY = "body"
    BLOCK = "block"


@dataclass(frozen=True)
class Problem:
    """One thing missing before review; ``block_index`` is set for ``BLOCK`` problems."""

    place: ProblemPlace
    message: str
    block_index: int | None = None


def validate_for_review(
    document: InterviewDocument, photos_root: Path | None = None
) -> list[Problem]:
    """Everything that keeps *document* from being ready for review, in reading order."""
    translate = QCoreApplication.translate
    problems: list[Problem] = []
    if not document.title.strip():
        problems.append(
            Problem(ProblemPlace.TITLE, translate("Validation", "The headline is empty."))
        )
    if not document.lead.strip():
        problems.append(
            Problem(ProblemPlace.LEAD, translate("Validation", "The lead (sapo) is empty."))
        )
    roles = {
        document.speaker(block.speaker_key).role
        for block in document.blocks
        if isinstance(block, TurnBlock)
        and block.text.strip()
        and document.find_speaker(block.speaker_key)
    }
    if Role.INTERVIEWER not in roles:
        problems.append(
            Problem(
                ProblemPlace.BODY,
                translate("Validation", "There is no question from the interviewer."),
            )
        )
    if Role.INTERVIEWEE not in roles:
        problems.append(
            Problem(
                ProblemPlace.BODY,
                translate("Validation", "There is no answer from the interviewee."),
            )
        )
    for index, block in enumerate(document.blocks):
        if not isinstance(block, PhotoBlock):
            continue
        number = index + 1
        if not block.image_path:
            if block.site_url:  # a site photo not fetched goes back as the site has it
                continue
            problems.append(
                Problem(
                    ProblemPlace.BLOCK,
                    translate("Validation", "Photo in block {number} has no image yet.").format(
                        number=number
                    ),
                    index,
                )
            )
        elif photos_root is not None and not (photos_root / block.image_path).is_file():
            problems.append(
                Problem(
                    ProblemPlace.BLOCK,
                    translate(
                        "Validation",
                        "The image of the photo in block {number} is missing from the data folder.",
                    ).format(number=number),
                    index,
                )
            )
        if not block.alt_text.strip():
            problems.append(
                Problem(
                    ProblemPlace.BLOCK,
                    translate(
                        "Validation",
                        "Photo in block {number} needs alt text for readers who cannot see it.",
                    ).format(number=number),
                    index,
                )
            )
    return problems
