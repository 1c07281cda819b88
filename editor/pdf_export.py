"""The interview as a PDF for print review: the preview's page, cut into A4 pages.

Qt lays the page out (``QTextDocument``); the cutting is done here instead of by
``QTextDocument.print_`` so that a photo is never parted from its caption: when
a caption would start on the page after its picture, the picture starts that
page (:func:`keep_photos_with_captions`). A printed photo is at most
:data:`IMAGE_HEIGHT_SHARE` of a page tall, so it and its caption always fit one.

The photos are the private copies of :mod:`editor.page_photos` (upright, no
GPS), handed to Qt as images in memory. Needs a Qt GUI application object.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from editor.document import InterviewDocument, PhotoBlock
from editor.html_export import PageImage, export_html_page
from editor.page_photos import fit
from editor.photo_upload import EncodedPhoto

PDF_DPI = 96  # the resolution QTextDocument lays out in; a higher one shrinks the text
#: Long edge of a photo printed in the PDF (about 230 dpi across the text column).
PDF_LONG_EDGE = 1600
#: Tallest a printed photo is, as a share of the page's text height.
IMAGE_HEIGHT_SHARE = 0.6
#: Space kept at the foot of each page for its number, in layout pixels.
FOOTER = 28
MARGIN_MM = 18
_PHOTO_SCHEME = "newsdesk-photo"


def _writer(target: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(target))
    writer.setTitle(title)
    writer.setCreator("Newsdesk")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _layout(
    document: InterviewDocument,
    copies: Mapping[str, EncodedPhoto],
    page_width: int,
    page_height: int,
) -> QTextDocument:
    """The interview's page laid out on pages of *page_width* x *page_height* pixels."""
    text = QTextDocument()
    text.setDefaultStyleSheet("body { font-family: 'DejaVu Serif', serif; }")
    box = (page_width, int((page_height - FOOTER) * IMAGE_HEIGHT_SHARE))
    names: dict[str, QUrl] = {}
    for number, (image_path, copy) in enumerate(copies.items()):
        url = QUrl(f"{_PHOTO_SCHEME}:{number}")
        text.addResource(QTextDocument.ResourceType.ImageResource, url, QImage.fromData(copy.data))
        names[image_path] = url

    def image(photo: PhotoBlock) -> PageImage | None:
        copy = copies.get(photo.image_path or "")
        if copy is None:
            return None
        width, height = fit((copy.width, copy.height), box)
        return PageImage(names[photo.image_path or ""].toString(), width, height)

    text.setHtml(export_html_page(document, images=image))
    frame = text.rootFrame().frameFormat()
    frame.setMargin(0)
    frame.setBottomMargin(FOOTER)
    text.rootFrame().setFrameFormat(frame)
    text.setPageSize(QRectF(0, 0, page_width, page_height).size())
    captioned = [
        bool(block.caption.strip() or (block.credit or "").strip())
        for block in document.blocks
        if isinstance(block, PhotoBlock) and (block.image_path or "") in copies
    ]
    keep_photos_with_captions(text, captioned)
    return text


def _is_picture(block: QTextBlock) -> bool:
    if block.text() != _OBJECT_REPLACEMENT:
        return False
    fragment = block.begin().fragment()
    return fragment.isValid() and fragment.charFormat().isImageFormat()


_OBJECT_REPLACEMENT = "\ufffc"


def keep_photos_with_captions(text: QTextDocument, captioned: list[bool]) -> int:
    """Start a page with each picture whose caption would begin on the next page.

    *text* is paginated (its page size set); *captioned* says, picture by
    picture in order, whether a caption follows it. Returns how many pictures
    were moved.
    """
    layout = text.documentLayout()
    page_height = text.pageSize().height()
    moved = 0
    pictures = 0
    block = text.begin()
    while block.isValid():
        if _is_picture(block):
            has_caption = pictures < len(captioned) and captioned[pictures]
            pictures += 1
            caption = block.next()
            if has_caption and caption.isValid():
                top = layout.blockBoundingRect(block).top()
                caption_top = layout.blockBoundingRect(caption).top()
                if int(caption_top // page_height) != int(top // page_height):
                    policy = QTextBlockFormat()
                    policy.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).mergeBlockFormat(policy)
                    moved += 1
        block = block.next()
    return moved


def render_pdf(document: InterviewDocument, copies: Mapping[str, EncodedPhoto]) -> bytes:
    """The PDF of *document* with the photos in *copies* (by image path)."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "interview.pdf"
        writer = _writer(target, document.title)
        width, height = writer.width(), writer.height()
        text = _layout(document, copies, width, height)
        painter = QPainter(writer)
        try:
            for page in range(text.pageCount()):
                if page:
                    writer.newPage()
                painter.save()
                painter.translate(0, -page * height)
                text.drawContents(painter, QRectF(0, page * height, width, height))
                painter.restore()
                painter.drawText(
                    QRectF(0, height - FOOTER, width, FOOTER),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                    str(page + 1),
                )
        finally:
            painter.end()
        del writer
        return target.read_bytes()
