"""Cleaning the raw text into lines, and recognising page furniture."""

from __future__ import annotations

import re

from storage.textfold import clean_text, fold

_SEPARATORS = str.maketrans(
    {"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x80-\x9f]")


def clean_lines(text: str) -> list[str]:
    """Clean *text* and return its non-empty lines, spaces collapsed."""
    cleaned = clean_text(_INVISIBLE.sub("", text.translate(_SEPARATORS)))
    lines: list[str] = []
    for raw in cleaned.split("\n"):
        line = " ".join(raw.split())
        if line.startswith(("**", "__")):
            line = " ".join(line.replace("**", "").replace("__", "").split())
        line = re.sub(r"^#{1,6} +", "", line)
        if line:
            lines.append(line)
    return lines


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


def furniture_key(line: str) -> str:
    """*line* folded for matching :data:`FURNITURE` and :data:`END_OF_ARTICLE`."""
    return " ".join(fold(line).rstrip(" !.:…").replace(":", " ").split())
