"""Cleaning the raw text into lines, and recognising page furniture."""

from __future__ import annotations

import re

from storage.textfold import fold, strip_invisible

_SEPARATORS = str.maketrans(
    {"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x80-\x9f]")
_HEADING = re.compile(r"^#{1,6} +")
_BULLET = re.compile(r"^(?:[-–—•*+]|\d{1,2}[.)]) ")


def clean_raw_lines(text: str) -> list[str]:
    """Clean *text* (NFC, ``\\n`` line ends, no invisible or
    direction-override characters) and split it into lines.

    Blank lines are kept (as they are, possibly only spaces): they separate paragraphs
    of hard-wrapped text. :func:`tidy_line` finishes each line.
    """
    return strip_invisible(_INVISIBLE.sub("", text.translate(_SEPARATORS))).split("\n")


def tidy_line(raw: str) -> str:
    """One line of :func:`clean_raw_lines` as a paragraph: spaces collapsed, markup dropped.

    Markdown bold at the start ("**PV:** …") and heading marks ("## …") are removed;
    a blank line gives "".
    """
    line = " ".join(raw.split())
    if line.startswith(("**", "__")):
        line = " ".join(line.replace("**", "").replace("__", "").split())
    return _HEADING.sub("", line)


def starts_with_markup(raw: str) -> bool:
    """Whether *raw* opens with markdown bold, a heading mark or a list bullet ("- ", "1. ")."""
    line = " ".join(raw.split())
    return line.startswith(("**", "__")) or bool(_HEADING.match(line) or _BULLET.match(line))


FURNITURE = re.compile(
    r"binh luan( \(\d+\))?|\d+ binh luan|gui binh luan|viet binh luan|y kien ban doc"
    r"|ban con \d+ ?/ ?\d+ ky tu|ban vui long nhap tu \d+ ky tu tro len"
    r"|tin moi( nhat)?|tin lien quan|tin cung chuyen muc|bai lien quan|tin khac"
    r"|doc them|xem them|xem tiep|chia se( bai viet)?( (qua|len|tren) \w+)?"
    r"|in bai( viet)?|len dau trang|ve dau trang|quay lai|trang chu|sao chep lien ket"
    r"|copy link|facebook|zalo|twitter|email|print|share|tweet|gui|dang nhap|dang ky"
    r"|\d+ luot xem|luot xem \d+|theo doi .{1,60} tren (google news|facebook|zalo|youtube)"
)
END_OF_ARTICLE = re.compile(
    r"binh luan( \(\d+\))?|\d+ binh luan|gui binh luan|viet binh luan|y kien ban doc"
    r"|ban con \d+ ?/ ?\d+ ky tu|ban vui long nhap tu \d+ ky tu tro len"
    r"|tin moi( nhat)?|tin lien quan|tin cung chuyen muc|bai lien quan|tin khac"
)


FURNITURE_MAX_CHARS = 120  # longer than any line FURNITURE or END_OF_ARTICLE can match


def furniture_key(line: str) -> str:
    """*line* folded for matching :data:`FURNITURE` and :data:`END_OF_ARTICLE`.

    A line too long to be furniture gets an empty key without being folded:
    folding every paragraph of a 5 MB paste cost a quarter of the whole parse.
    """
    line = line.rstrip(" !.:…")
    if len(line) > FURNITURE_MAX_CHARS:
        return ""
    return " ".join(fold(line).rstrip(" !.:…").replace(":", " ").split())
