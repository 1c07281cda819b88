"""The newsroom dictionary: names, places and agencies the spell checker must know.

Kept in the profile's database (table ``newsroom_words``), one entry a row, NFC as
the user wrote it. It travels between colleagues as a *word list*: a UTF-8 text
file with one entry per line (:func:`parse_word_list`, :func:`format_word_list`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from storage.collation import vietnamese_sort_key
from storage.database import Store
from storage.known_error import KnownError
from storage.models import NewsroomWord
from storage.textfold import strip_invisible

# Longest entry accepted (a name of an agency fits; a pasted paragraph does not).
MAX_ENTRY_LENGTH = 80
# Most entries one word list may hold, and the largest file read.
MAX_ENTRIES = 50_000
MAX_FILE_BYTES = 4 * 1024 * 1024


class WordListError(KnownError):
    """A word list that cannot be imported; ``user_message`` says why, translated."""

    def __init__(self, reason: str, line: int = 0) -> None:
        super().__init__(f"{reason} (line {line})" if line else reason)
        self.reason, self.line = reason, line

    @property
    def user_message(self) -> str:
        """One sentence for the user."""
        translate = QCoreApplication.translate
        messages = {
            "unreadable": translate("WordList", "The file could not be read."),
            "too-big": translate(
                "WordList", "The file is too large for a word list (more than 4 MB)."
            ),
            "not-utf8": translate(
                "WordList",
                "The file is not UTF-8 text. Save the word list as UTF-8 "
                "(one entry per line) and import it again.",
            ),
            "binary": translate("WordList", "The file is not a text file."),
            "too-long": translate(
                "WordList",
                "Line {line} is longer than {limit} characters: a word list has one "
                "name or word per line.",
            ),
            "too-many": translate("WordList", "The word list has more than {limit} entries."),
            "empty": translate("WordList", "The file holds no words."),
        }
        limit = MAX_ENTRIES if self.reason == "too-many" else MAX_ENTRY_LENGTH
        return messages[self.reason].format(line=self.line, limit=limit)


def clean_entry(entry: str) -> str:
    """*entry* as kept: NFC, no invisible characters, single spaces, trimmed."""
    return " ".join(strip_invisible(entry).split())


def parse_word_list(data: bytes) -> list[str]:
    """The entries of a word list file (UTF-8, with or without a byte-order mark).

    Blank lines and lines starting with ``#`` are skipped; repeated entries are kept
    once. Raises :class:`WordListError` for a file that is not such a list.
    """
    if len(data) > MAX_FILE_BYTES:
        raise WordListError("too-big")
    if b"\x00" in data:
        raise WordListError("binary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise WordListError("not-utf8", data.count(b"\n", 0, error.start) + 1) from error
    entries: dict[str, None] = {}
    for number, line in enumerate(text.splitlines(), 1):
        entry = clean_entry(line)
        if not entry or entry.startswith("#"):
            continue
        if len(entry) > MAX_ENTRY_LENGTH:
            raise WordListError("too-long", number)
        entries[entry] = None
        if len(entries) > MAX_ENTRIES:
            raise WordListError("too-many")
    if not entries:
        raise WordListError("empty")
    return list(entries)


def format_word_list(words: Iterable[str]) -> bytes:
    """A word list file of *words*: UTF-8, NFC, one per line, in Vietnamese order."""
    ordered = sorted({unicodedata.normalize("NFC", w) for w in words}, key=vietnamese_sort_key)
    return "".join(word + "\n" for word in ordered).encode("utf-8")


class NewsroomDictionary:
    """The profile's newsroom dictionary, in its database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def words(self) -> list[str]:
        """Every entry, in Vietnamese order."""
        with self.store.session() as session:
            words = list(session.scalars(select(NewsroomWord.word)))
        return sorted(words, key=vietnamese_sort_key)

    def add(self, words: Iterable[str]) -> list[str]:
        """Add *words* (cleaned; ones already there skipped) in one transaction; the new ones."""
        wanted = {clean_entry(word): None for word in words}
        wanted.pop("", None)
        if not wanted:
            return []
        with self.store.transaction() as session:
            present = set(session.scalars(select(NewsroomWord.word)))
            added = [word for word in wanted if word not in present]
            session.add_all(NewsroomWord(word=word) for word in added)
        return added

    def export_to(self, path: Path) -> int:
        """Write the word list to *path*; how many entries (OSError when it cannot)."""
        words = self.words()
        path.write_bytes(format_word_list(words))
        return len(words)

    def import_from(self, path: Path) -> list[str]:
        """Add the entries of the word list at *path*; the new ones.

        Raises :class:`WordListError` for a file that is not a word list (or unreadable).
        """
        try:
            with path.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise WordListError("unreadable") from error
        return self.add(parse_word_list(data))
