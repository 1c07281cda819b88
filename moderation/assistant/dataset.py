"""Files of comments for ``main.py moderation evaluate``: JSON Lines, one comment a line.

Each line is an object with ``id`` (number or string) and ``text``; optional
``author``, ``email``, ``article`` and ``label`` (``approve``, ``spam`` or
``abuse``); other fields are ignored. Text may come in NFC or NFD: it is
cleaned as everything stored is (:func:`storage.textfold.clean_text`). Blank
lines are skipped. The first bad line stops the reading with a
:class:`DatasetError` naming the line and what is wrong.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from moderation.errors import ModerationError
from moderation.text import author_key
from storage.textfold import clean_text

LABELS = ("approve", "spam", "abuse")
# Longest line read (1 MiB): a comment box never sends more.
MAX_LINE_BYTES = 1 << 20


@dataclass(frozen=True)
class FileComment:
    """One comment of an input file."""

    line: int
    id: str  # as given, numbers written as decimal text
    text: str
    author: str = ""
    email: str = ""
    article: str = ""
    label: str | None = None  # None when the line has none

    @property
    def author_key(self) -> str:
        """Who wrote it, as the author's history counts them ("" when unknown)."""
        if not self.author.strip() and not self.email.strip():
            return ""
        return author_key(0, self.email, self.author)

    @property
    def rejected(self) -> bool:
        """Whether the label says "not to publish" (spam or abuse)."""
        return self.label in ("spam", "abuse")


class DatasetError(ModerationError):
    """A file of comments that cannot be used, with where and why."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(f"{path}:{line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem

    @property
    def user_message(self) -> str:
        if self.line == 0:
            return QCoreApplication.translate("Assistant", "{file}: {problem}").format(
                file=self.path, problem=self.problem
            )
        return QCoreApplication.translate("Assistant", "{file}, line {line}: {problem}").format(
            file=self.path, line=self.line, problem=self.problem
        )


def _unreadable(error: OSError) -> str:
    """Why the file cannot be opened, in the interface language (the OS's words go to the log)."""
    if isinstance(error, FileNotFoundError):
        return QCoreApplication.translate("Assistant", "there is no such file")
    if isinstance(error, PermissionError):
        return QCoreApplication.translate("Assistant", "you are not allowed to read this file")
    if isinstance(error, IsADirectoryError):
        return QCoreApplication.translate("Assistant", "this is a folder, not a file")
    return QCoreApplication.translate("Assistant", "the file cannot be read")


def _identifier(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return clean_text(value).strip()
    return None


def _optional_text(data: dict[str, object], name: str) -> str:
    value = data.get(name)
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError(name)
    if isinstance(value, str | int):
        return clean_text(str(value))
    raise ValueError(name)


def parse_line(path: Path, number: int, raw: bytes) -> FileComment:
    """One line of a file (without its line end) as a comment; raises :class:`DatasetError`."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DatasetError(
            path, number, QCoreApplication.translate("Assistant", "not UTF-8 text")
        ) from None
    try:
        data = json.loads(line)
    except ValueError:
        raise DatasetError(
            path, number, QCoreApplication.translate("Assistant", "not a JSON object")
        ) from None
    if not isinstance(data, dict):
        raise DatasetError(
            path, number, QCoreApplication.translate("Assistant", "not a JSON object")
        )
    identifier = _identifier(data.get("id"))
    if identifier is None:
        raise DatasetError(
            path,
            number,
            QCoreApplication.translate("Assistant", "“id” is missing or not a number or text"),
        )
    text = data.get("text")
    if not isinstance(text, str):
        raise DatasetError(
            path, number, QCoreApplication.translate("Assistant", "“text” is missing or not text")
        )
    label = data.get("label")
    if label is not None and label not in LABELS:
        raise DatasetError(
            path,
            number,
            QCoreApplication.translate(
                "Assistant", "unknown label “{label}” (approve, spam or abuse)"
            ).format(label=str(label)[:40]),
        )
    try:
        author = _optional_text(data, "author")
        email = _optional_text(data, "email")
        article = _optional_text(data, "article")
    except ValueError as error:
        raise DatasetError(
            path,
            number,
            QCoreApplication.translate("Assistant", "“{field}” is not text").format(
                field=str(error)
            ),
        ) from None
    return FileComment(number, identifier, clean_text(text), author, email, article, label)


def iter_comments(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> Iterator[FileComment]:
    """The comments of the file at *path*, one at a time, as the lines are read.

    The file is read as a stream (a pipe or a FIFO will do), one line of at most
    :data:`MAX_LINE_BYTES` at a time, so memory does not grow with the file: only
    each id's line number is kept, to name a repeated id. Raises
    :class:`DatasetError` at the first bad line, or at the end when there was no
    comment: a caller that must write nothing for a bad file keeps its output
    until the iteration is over. *progress* gets (bytes read, file size) now and
    then, and when the file's size is unknown (a pipe), once at the end.
    """
    try:
        status = path.stat()
        stream = path.open("rb")
    except OSError as error:
        raise DatasetError(path, 0, _unreadable(error)) from None
    size = status.st_size if stat.S_ISREG(status.st_mode) else 0
    seen: dict[str, int] = {}
    done = 0
    with stream:
        number = 0
        while True:
            raw = stream.readline(MAX_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            done += len(raw)
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                raise DatasetError(
                    path,
                    number,
                    QCoreApplication.translate("Assistant", "line longer than {size} MB").format(
                        size=MAX_LINE_BYTES >> 20
                    ),
                )
            stripped = raw.strip()
            if number == 1 and stripped.startswith(b"\xef\xbb\xbf"):
                stripped = stripped[3:]
            if not stripped:
                continue
            comment = parse_line(path, number, stripped)
            if comment.id in seen:
                raise DatasetError(
                    path,
                    number,
                    QCoreApplication.translate(
                        "Assistant", "id {id} already used on line {line}"
                    ).format(id=comment.id[:40], line=seen[comment.id]),
                )
            seen[comment.id] = number
            yield comment
            if progress is not None and size and number % 500 == 0:
                progress(min(done, size), size)
    if not seen:
        raise DatasetError(
            path, 0, QCoreApplication.translate("Assistant", "the file holds no comments")
        )
    if progress is not None:
        progress(max(done, 1), max(done, 1))


def read_comments(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> list[FileComment]:
    """Every comment of the file at *path*; raises :class:`DatasetError` for the first bad line.

    *progress* gets (bytes read, file size) now and then. Holds the whole file:
    :func:`iter_comments` reads it as a stream.
    """
    return list(iter_comments(path, progress))
