"""Write an interview as plain text in the newspaper's own layout.

One paragraph per line, a blank line between paragraphs::

    Headline

    Lead

    Intro paragraph

    Caption (Ảnh: Credit)

    Phóng viên: Question?

    Ông Nguyễn Văn A: First paragraph of the answer.

    Second paragraph of the same answer.

    Thực hiện: Byline

    Từ khóa: tag one, tag two

Photos: "caption (Ảnh: credit)", "Ảnh: caption" without a credit, "Ảnh: credit"
without a caption. A turn that resumes the same speaker's answer after a photo
is written without its label. :func:`editor.plaintext_import.parse_interview`
reads this back to the same structure, except for what plain text cannot
tell apart: a paragraph block standing after a turn reads back as part of that
turn, a document without a lead reads its next paragraph as the lead, and
alt texts and image files are not written (nor tags holding a comma).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.document import (
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    SiteHtmlBlock,
    TurnBlock,
)


def photo_line(photo: PhotoBlock) -> str:
    """Return the one-line text form of a photo's caption and credit."""
    caption, credit = " ".join(photo.caption.split()), " ".join((photo.credit or "").split())
    if caption and credit:
        return f"{caption} (Ảnh: {credit})"
    return f"Ảnh: {caption or credit}".rstrip()


def export_plain_text(doc: InterviewDocument) -> str:
    """Return *doc* as newspaper-style plain text ending with a newline."""
    paragraphs: list[str] = [p for p in (doc.title.strip(), doc.lead.strip()) if p]
    for index, block in enumerate(doc.blocks):
        if isinstance(block, ParagraphBlock):
            paragraphs.append(block.text.strip())
        elif isinstance(block, PhotoBlock):
            paragraphs.append(photo_line(block))
        elif isinstance(block, TurnBlock):
            parts = block.paragraphs()
            if not doc.is_resumed_turn(index):
                label = doc.speaker(block.speaker_key).label
                first = parts.pop(0) if parts else ""
                paragraphs.append(f"{label}: {first}".rstrip())
            paragraphs.extend(parts)
        elif isinstance(block, SiteHtmlBlock):  # its words, marked; never its markup
            label = QCoreApplication.translate("SiteContent", "Site content Newsdesk does not edit")
            paragraphs.append(f"[{label}: {block.preview()}]")
    if doc.byline.strip():
        paragraphs.append(f"Thực hiện: {doc.byline.strip()}")
    tags = [" ".join(t.split()) for t in doc.tags if t.strip()]
    if tags:
        paragraphs.append("Từ khóa: " + ", ".join(tags))
    return "\n\n".join(p for p in paragraphs if p) + "\n"
