"""Writing an interview to a file: HTML for the site, the newspaper's plain text, PDF."""

from __future__ import annotations

import contextlib
import enum
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from editor.document import InterviewDocument, PhotoBlock
from editor.html_export import ImageUrl, export_html, export_html_page
from editor.plaintext_export import export_plain_text

PDF_DPI = 96  # the resolution QTextDocument lays out in; a higher one shrinks the text


class ExportFormat(enum.StrEnum):
    """The formats an interview can be exported to."""

    HTML = "html"
    TXT = "txt"
    PDF = "pdf"


class ExportError(Exception):
    """The file could not be written; ``user_message`` says why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.user_message = f"Could not write {path}: {reason}"


def _image_url(photos_root: Path | None) -> ImageUrl:
    def image_url(photo: PhotoBlock) -> str | None:
        if not photo.image_path or photos_root is None:
            return None
        return (photos_root / photo.image_path).as_uri()

    return image_url


def render(
    document: InterviewDocument, fmt: ExportFormat, photos_root: Path | None = None
) -> bytes:
    """The exported file's bytes (PDF needs a Qt GUI application object)."""
    if fmt is ExportFormat.TXT:
        return export_plain_text(document).encode("utf-8")
    if fmt is ExportFormat.HTML:
        return export_html(document).encode("utf-8")
    return _pdf(document, photos_root)


def _pdf(document: InterviewDocument, photos_root: Path | None) -> bytes:
    page = export_html_page(document, _image_url(photos_root))
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "interview.pdf"
        writer = QPdfWriter(str(target))
        writer.setTitle(document.title)
        writer.setCreator("Newsdesk")
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        text = QTextDocument()
        if photos_root is not None:
            text.setBaseUrl(QUrl.fromLocalFile(str(photos_root) + os.sep))
        text.setDefaultStyleSheet("body { font-family: 'DejaVu Serif', serif; }")
        text.setHtml(page)
        text.print_(writer)
        del writer
        return target.read_bytes()


def export_to_file(
    document: InterviewDocument, fmt: ExportFormat, path: Path, photos_root: Path | None = None
) -> None:
    """Write *document* to *path* atomically; raises :class:`ExportError`."""
    data = render(document, fmt, photos_root)
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        # Tidy up what can be tidied; on a read-only or vanished folder even
        # removing the temporary file fails, and that must not hide *error*.
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise ExportError(path, error.strerror or str(error)) from error
