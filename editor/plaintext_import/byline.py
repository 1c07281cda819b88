"""Explicit byline lines ("Thực hiện: X", "X (thực hiện)") and tag lines."""

from __future__ import annotations

import re

from editor.plaintext_import.captions import is_name_line
from editor.plaintext_import.labels import split_label
from editor.plaintext_import.text import capitalised
from storage.textfold import fold

_BYLINE_PREFIXES = {
    "thuchien",
    "baivaanh",
    "baianh",
    "bai",
    "tinanh",
    "tinvaanh",
    "nhomthuchien",
    "tacgia",
    "thuchienbai",
}


def byline_name(text: str) -> str | None:
    """The author in an explicit byline line, or None if *text* is not one."""
    split = split_label(text)
    if split and re.sub(r"[^a-z0-9]", "", fold(split[0])) in _BYLINE_PREFIXES:
        name = split[1].rstrip(".").strip()
        if name and len(name.split()) <= 12 and capitalised(name) and name[-1] not in "?!":
            return name
        return None
    match = re.match(r"^(?P<name>.+?)\s*\(\s*thực hiện\s*\)\s*\.?$", text, re.I)
    if match and len(match.group("name").split()) <= 10 and capitalised(match.group("name")):
        return match.group("name").strip()
    match = re.match(r"^(?P<name>.+?)\s+thực hiện\s*\.?$", text, re.I)
    if match:
        name = match.group("name").strip()
        if is_name_line(name) or (fold(name).startswith("nhom ") and len(name.split()) <= 8):
            return name
    return None


def parse_tags(text: str) -> list[str] | None:
    """The tags of a "Từ khóa: a, b" / "Tags: a, b" line, or None if *text* is not one."""
    split = split_label(text)
    if split is None or fold(split[0]) not in {"tu khoa", "tags", "tag"}:
        return None
    return [t.strip() for t in re.split(r"[,;]", split[1]) if t.strip()]
