"""Reading an interview file: size limit, encodings, refusing what is not text."""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path

MAX_FILE_BYTES = 5 * 1024 * 1024


class ImportFileProblem(StrEnum):
    """Why a file could not be read; a UI translates its message from this."""

    NOT_FOUND = "not-found"
    NOT_A_FILE = "not-a-file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    BINARY = "binary"
    NOT_TEXT = "not-text"


class ImportFileError(Exception):
    """A file that cannot be imported; ``message`` is one line for the user."""

    def __init__(self, problem: ImportFileProblem, path: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.message = message


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
