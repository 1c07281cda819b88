"""Reading an interview file: size limit, encodings, refusing what is not text."""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from storage.known_error import KnownError

MAX_FILE_BYTES = 5 * 1024 * 1024


class ImportFileProblem(StrEnum):
    """Why a file could not be read; the error's translated message is chosen by it."""

    NOT_FOUND = "not-found"
    NOT_A_FILE = "not-a-file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    BINARY = "binary"
    NOT_TEXT = "not-text"


class ImportFileError(KnownError):
    """A file that cannot be imported; ``message`` is the English detail for the log."""

    def __init__(self, problem: ImportFileProblem, path: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.message = message

    @property
    def user_message(self) -> str:
        """Why the file could not be imported, in the interface language."""
        translate = QCoreApplication.translate
        messages = {
            ImportFileProblem.NOT_FOUND: translate(
                "EditorMessages", "The file {path} does not exist."
            ),
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
                "The file {path} is not plain text (a Word or PDF file?). "
                "Copy the text and paste it.",
            ),
            ImportFileProblem.NOT_TEXT: translate(
                "EditorMessages",
                "The file {path} is not in a text encoding Newsdesk reads (UTF-8 or UTF-16). "
                "Save it as UTF-8 text.",
            ),
        }
        return messages[self.problem].format(path=self.path)


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls but tab and line breaks


def read_interview_file(path: str | os.PathLike[str]) -> str:
    """Return the text of an interview file for :func:`parse_interview`.

    Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM. Raises
    :class:`ImportFileError` for a missing or unreadable file, a folder, a file
    over :data:`MAX_FILE_BYTES`, binary data (NUL or other control bytes) and
    text in another encoding.
    """
    file = Path(path)
    name = file.name or str(file)

    def fail(problem: ImportFileProblem, message: str) -> ImportFileError:
        return ImportFileError(problem, str(file), message)

    try:
        if not file.exists():
            raise fail(ImportFileProblem.NOT_FOUND, f"“{name}” does not exist.")
        if not file.is_file():
            raise fail(ImportFileProblem.NOT_A_FILE, f"“{name}” is not a file.")
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "invalid file name"
        raise fail(ImportFileProblem.UNREADABLE, f"“{name}” cannot be read: {reason}.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise fail(
            ImportFileProblem.TOO_LARGE,
            f"“{name}” is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "an interview file is never that big.",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise fail(ImportFileProblem.BINARY, f"“{name}” is not a text file (binary data).")
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise fail(
            ImportFileProblem.NOT_TEXT,
            f"“{name}” is not UTF-8 or UTF-16 text; save it as Unicode (UTF-8) text and retry.",
        ) from None
    controls = len(_CONTROL.findall(text))  # a regex: ten times a per-character loop
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise fail(ImportFileProblem.BINARY, f"“{name}” is not a text file (binary data).")
    return text
