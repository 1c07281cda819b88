"""Writing an interview to a file: a standalone web page, the newspaper's plain text, PDF.

The web page is the one the preview shows (headline, sapo, turns, photos with
captions, credit and alt text, byline) and carries its photos inside itself, so
a page mailed to a colleague opens offline as one file (see
:mod:`editor.page_photos` for why embedded and how they are made private).

The PDF is laid out page by page here rather than by ``QTextDocument.print_``:
a photo that would end at the foot of a page with its caption on the next one
starts the next page instead (:func:`keep_photos_with_captions`), and each page
carries its number.
"""

from __future__ import annotations

import contextlib
import enum
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from editor.document import InterviewDocument
from editor.html_export import export_html_page
from editor.page_photos import (
    EXPORT_LONG_EDGE,
    embedded_images,
    encoded_photos,
    missing_photos,
)
from editor.plaintext_export import export_plain_text
from storage.known_error import KnownError


class ExportFormat(enum.StrEnum):
    """The formats an interview can be exported to."""

    HTML = "html"
    TXT = "txt"
    PDF = "pdf"


class ExportError(KnownError):
    """The file could not be written; ``user_message`` says why, translated."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason

    @property
    def user_message(self) -> str:
        """One translated sentence naming the file and the system's reason."""
        return QCoreApplication.translate(
            "EditorMessages", "Could not write {path}: {reason}"
        ).format(path=self.path, reason=self.reason)


class ExportCancelled(Exception):
    """The export was stopped before anything was written (the window closed, say)."""


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, and how many photos could not be put in it."""

    path: Path
    photos_left_out: int = 0


def render(
    document: InterviewDocument,
    fmt: ExportFormat,
    photos_root: Path | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> bytes:
    """The exported file's bytes (PDF needs a Qt GUI application object)."""
    return _render(document, fmt, photos_root, is_cancelled)[0]


def _render(
    document: InterviewDocument,
    fmt: ExportFormat,
    photos_root: Path | None,
    is_cancelled: Callable[[], bool],
) -> tuple[bytes, int]:
    if fmt is ExportFormat.TXT:
        return export_plain_text(document).encode("utf-8"), 0
    if fmt is ExportFormat.HTML:
        copies = encoded_photos(document, photos_root, EXPORT_LONG_EDGE, is_cancelled)
        page = export_html_page(document, images=embedded_images(copies))
        return page.encode("utf-8"), missing_photos(document, copies)
    from editor.pdf_export import PDF_LONG_EDGE, render_pdf  # Qt's painting, only when asked

    copies = encoded_photos(document, photos_root, PDF_LONG_EDGE, is_cancelled)
    return render_pdf(document, copies), missing_photos(document, copies)


def export_to_file(
    document: InterviewDocument,
    fmt: ExportFormat,
    path: Path,
    photos_root: Path | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ExportResult:
    """Write *document* to *path* atomically; raises :class:`ExportError`.

    When *is_cancelled* says so after the file was made, nothing is written and
    :class:`ExportCancelled` is raised.
    """
    data, left_out = _render(document, fmt, photos_root, is_cancelled)
    if is_cancelled():
        raise ExportCancelled
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
    return ExportResult(path, left_out)
