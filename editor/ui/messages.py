"""Translated messages for the editor's known errors (photos, import files, export)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.export import ExportError
from editor.photos import PhotoError, PhotoErrorKind
from editor.plaintext_import import (
    CLOSING_THANKS,
    UNLABELLED_ANSWER,
    UNLABELLED_QUESTION,
    ImportFileError,
    ImportFileProblem,
)


def photo_error_message(error: PhotoError) -> str:
    """Why a photo was refused, in the interface language."""
    translate = QCoreApplication.translate
    name = error.path.name
    messages = {
        PhotoErrorKind.UNREADABLE: translate(
            "EditorMessages",
            "Newsdesk could not open “{name}”; check that the file still exists and "
            "that you may read it.",
        ),
        PhotoErrorKind.NOT_AN_IMAGE: translate(
            "EditorMessages", "“{name}” is not a picture, so it cannot be attached as a photo."
        ),
        PhotoErrorKind.UNSUPPORTED_FORMAT: translate(
            "EditorMessages",
            "“{name}” is in a picture format Newsdesk does not publish; "
            "only JPEG, PNG and WebP can be attached. Save it as JPEG first.",
        ),
        PhotoErrorKind.TRUNCATED: translate(
            "EditorMessages",
            "“{name}” is damaged or incomplete (perhaps the copy was interrupted); "
            "copy it again from the camera or the sender.",
        ),
        PhotoErrorKind.TOO_LARGE_FILE: translate(
            "EditorMessages",
            "“{name}” is larger than 40 MB; export a smaller copy and attach that instead.",
        ),
        PhotoErrorKind.TOO_MANY_PIXELS: translate(
            "EditorMessages",
            "“{name}” has more than 60 megapixels; resize it and attach the smaller copy.",
        ),
        PhotoErrorKind.DISK_FULL: translate(
            "EditorMessages",
            "The disk is full, so “{name}” could not be saved; free some space and try again.",
        ),
        PhotoErrorKind.CANNOT_SAVE: translate(
            "EditorMessages",
            "Newsdesk could not save “{name}” in its photo folder; check that the data "
            "folder can be written to.",
        ),
    }
    return messages.get(error.kind, error.user_message).format(name=name)


def import_file_message(error: ImportFileError) -> str:
    """Why a text file could not be imported, in the interface language."""
    translate = QCoreApplication.translate
    messages = {
        ImportFileProblem.NOT_FOUND: translate("EditorMessages", "The file {path} does not exist."),
        ImportFileProblem.NOT_A_FILE: translate(
            "EditorMessages", "{path} is a folder, not a text file."
        ),
        ImportFileProblem.UNREADABLE: translate(
            "EditorMessages", "The file {path} cannot be read (check its permissions)."
        ),
        ImportFileProblem.TOO_LARGE: translate(
            "EditorMessages", "The file {path} is too large to be an interview (over 5 MB)."
        ),
        ImportFileProblem.BINARY: translate(
            "EditorMessages",
            "The file {path} is not plain text (a Word or PDF file?). Copy the text and paste it.",
        ),
        ImportFileProblem.NOT_TEXT: translate(
            "EditorMessages",
            "The file {path} is not in a text encoding Newsdesk reads (UTF-8 or UTF-16). "
            "Save it as UTF-8 text.",
        ),
    }
    return messages.get(error.problem, error.message).format(path=error.path)


def import_reason_message(reason: str) -> str:
    """Why the importer read a paragraph as it did (a :class:`Detection` reason), or "".

    Only reasons a reporter may want explained are listed: the turns of an
    interview whose questions carry no label.
    """
    translate = QCoreApplication.translate
    messages = {
        UNLABELLED_QUESTION: translate(
            "EditorMessages",
            "A short paragraph ending with “?” in an interview whose questions have no "
            "label: read as the reporter's question.",
        ),
        UNLABELLED_ANSWER: translate(
            "EditorMessages",
            "The paragraphs after an unlabelled question: read as one answer.",
        ),
        CLOSING_THANKS: translate(
            "EditorMessages",
            "Thanks after the last answer: read as the reporter's closing words.",
        ),
    }
    return messages.get(reason, "")


def export_error_message(error: ExportError) -> str:
    """Why an export could not be written."""
    return QCoreApplication.translate("EditorMessages", "Could not write {path}: {reason}").format(
        path=error.path, reason=error.user_message.rsplit(": ", 1)[-1]
    )
