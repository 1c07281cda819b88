"""A site post's markup cut into pieces: what Newsdesk can edit, and what it keeps as it is.

:func:`split_post` cuts the post's content (raw, as WordPress keeps it) into
top-level :class:`Piece` objects that, joined, give the content back byte for
byte (each piece carries the blank space after it). A piece is

- ``paragraph``: a ``<p>`` (alone, or the inside of a block editor's
  ``<!-- wp:paragraph -->``) or a classic editor's run of text between blank
  lines, whose inside is plain text (entities and ``<br>`` allowed, and the
  ``<strong>Label:</strong>`` opening Newsdesk writes for a turn or a lead);
- ``photo``: a ``<figure>`` with one image (or the inside of a
  ``<!-- wp:image -->``), a classic ``[caption]…[/caption]``, or an image
  alone (possibly in a link);
- ``site``: everything else, kept whole and never edited: other block-editor
  blocks (columns, embeds, tables, galleries, lists, headings, custom HTML),
  shortcodes other than ``[caption]``, tables, iframes, scripts, comments such
  as ``<!--more-->``, and paragraphs with links or formatting Newsdesk's plain
  text would lose on an edit.

The cutting is linear in the length of the content: an element's end is found
by counting its own openings and closings once, and an element left open takes
the rest of the content as one ``site`` piece.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from portal.markup import html_to_text

PieceKind = Literal["paragraph", "photo", "site"]


@dataclass(frozen=True)
class Piece:
    """One top-level piece of a post.

    ``markup`` is the exact text of the piece and the blank space after it;
    ``inner`` what the reader reads (the ``<p>`` or figure inside block-editor
    comments, or a classic run of text wrapped in ``<p>``); empty for ``site``.
    """

    kind: PieceKind
    markup: str
    inner: str = ""


_SPACE = re.compile(r"\s+")
#: A block's attributes: JSON on one line, never running past the comment's end.
_ATTRIBUTES = r"(\s+\{(?:(?!-->)[^\n]){0,20000}?\})?"
_BLOCK_COMMENT = re.compile(
    r"<!--\s+wp:([a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)" + _ATTRIBUTES + r"\s+(/)?-->"
)
_TAG_NAME = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)")
_SHORTCODE = re.compile(r"\[([a-zA-Z_][\w-]*)[\s\]/]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: Elements that start a piece of their own in classic content (everything else is inline).
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "audio",
        "blockquote",
        "canvas",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "iframe",
        "li",
        "main",
        "nav",
        "noscript",
        "object",
        "ol",
        "p",
        "pre",
        "script",
        "section",
        "style",
        "table",
        "template",
        "ul",
        "video",
    ]
)
_RUN_END = re.compile(
    r"\n[ \t]*\n|<!--|<(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")(?=[\s>/])", re.IGNORECASE
)
#: How far a closing ``[/caption]`` or ``[/name]`` is looked for (keeps the cutting linear).
_CLOSING_WITHIN = 200_000
_VOID_TAGS = frozenset({"hr", "embed", "img", "br"})
_LABEL = re.compile(r"^\s*<strong>([^<>]{1,300}?):</strong>\s?", re.IGNORECASE)
_STRONG_WHOLE = re.compile(r"^\s*<strong>([^<>]*)</strong>\s*$", re.IGNORECASE)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LONE_IMAGE = re.compile(
    r"^(?:<a\b[^<>]{0,2000}>\s*)?<img\b[^<>]{0,8000}>(?:\s*</a\s*>)?$", re.IGNORECASE
)
_NOT_A_PHOTO = re.compile(
    r"<(?:iframe|script|style|video|audio|object|embed|table|form|figure\b[^>]*>.*<figure)",
    re.IGNORECASE | re.DOTALL,
)
_P_ELEMENT = re.compile(r"^<p\b[^<>]{0,2000}>(.*)</p\s*>$", re.IGNORECASE | re.DOTALL)


def split_post(content: str) -> list[Piece]:
    """Cut *content* into pieces; ``"".join(p.markup for p in pieces) == content``.

    Blank space before the first piece is carried by it; blank content has no
    piece (and is sent back empty).
    """
    pieces: list[Piece] = []
    lead = _SPACE.match(content)
    position = lead.end() if lead else 0
    prefix = content[:position]
    while position < len(content):
        end, kind, inner = _next_piece(content, position)
        space = _SPACE.match(content, end)
        stop = space.end() if space else end
        pieces.append(Piece(kind, prefix + content[position:stop], inner))
        prefix, position = "", stop
    return pieces


def _next_piece(content: str, start: int) -> tuple[int, PieceKind, str]:
    """The end, kind and readable inside of the piece starting at *start*."""
    if content.startswith("<!--", start):
        block = _BLOCK_COMMENT.match(content, start)
        if block is None:
            close = content.find("-->", start + 4)
            return (len(content) if close < 0 else close + 3), "site", ""
        return _editor_block(content, start, block)
    if content.startswith("[caption", start):
        next_open = content.find("[caption", start + 8, start + _CLOSING_WITHIN)
        window = next_open if next_open >= 0 else start + _CLOSING_WITHIN
        close = content.find("[/caption]", start, window)
        if close >= 0:
            end = close + len("[/caption]")
            inner = content[start:end]
            return end, ("site" if _NOT_A_PHOTO.search(inner) else "photo"), inner
    shortcode = _SHORTCODE.match(content, start)
    if shortcode is not None and content.startswith("[", start):
        return _shortcode(content, start, shortcode.group(1)), "site", ""
    tag = _TAG_NAME.match(content, start)
    if tag is not None and tag.group(1).lower() in _BLOCK_TAGS:
        name = tag.group(1).lower()
        end = _element_end(content, start, name)
        whole = content[start:end]
        return end, *_element_kind(name, whole)
    return _text_run(content, start)


def _editor_block(content: str, start: int, opening: re.Match[str]) -> tuple[int, PieceKind, str]:
    """A block-editor block: ``<!-- wp:name {…} -->…<!-- /wp:name -->`` or self-closing."""
    name = opening.group(1)
    if opening.group(3):
        return opening.end(), "site", ""
    marks = re.compile(r"<!--\s+(/)?wp:" + re.escape(name) + _ATTRIBUTES + r"\s+(/)?-->")
    depth = 1
    for mark in marks.finditer(content, opening.end()):
        if mark.group(3):
            continue  # self-closing: no depth
        depth += -1 if mark.group(1) else 1
        if depth == 0:
            inner = content[opening.end() : mark.start()].strip()
            kind: PieceKind = "site"
            if name in ("paragraph", "core/paragraph") and plain_paragraph(inner):
                kind = "paragraph"
            elif name in ("image", "core/image") and _one_photo(inner):
                kind = "photo"
            return mark.end(), kind, inner if kind != "site" else ""
    return len(content), "site", ""


def _shortcode(content: str, start: int, name: str) -> int:
    """The end of the shortcode ``[name …]`` at *start* (with its ``[/name]`` when it has one)."""
    opening_end = content.find("]", start)
    if opening_end < 0:
        return len(content)
    # The closing is looked for up to the next opening of the same name only: linear time.
    next_open = content.find(f"[{name}", opening_end, opening_end + _CLOSING_WITHIN)
    window = next_open if next_open >= 0 else opening_end + _CLOSING_WITHIN
    closing = content.find(f"[/{name}]", opening_end, window)
    return closing + len(name) + 3 if closing >= 0 else opening_end + 1


def _element_end(content: str, start: int, name: str) -> int:
    """The end of the element *name* opening at *start*: its matching closing tag.

    An element left open ends the content; a void one (``<hr>``) ends with its tag.
    """
    tag_end = content.find(">", start)
    if tag_end < 0:
        return len(content)
    if name in _VOID_TAGS or content[tag_end - 1] == "/":
        return tag_end + 1
    if name == "p":  # a paragraph ends at the first closing (browsers close it anyway)
        close = re.compile(r"</p\s*>", re.IGNORECASE).search(content, tag_end)
        return close.end() if close else len(content)
    depth = 1
    marks = re.compile(r"<(/?)" + re.escape(name) + r"(?=[\s>/])[^>]*>", re.IGNORECASE)
    for mark in marks.finditer(content, tag_end + 1):
        if mark.group(1):
            depth -= 1
        elif not mark.group(0).endswith("/>"):
            depth += 1
        if depth == 0:
            return mark.end()
    return len(content)


def _element_kind(name: str, whole: str) -> tuple[PieceKind, str]:
    if name == "p":
        inside = _P_ELEMENT.match(whole)
        if inside is not None and plain_paragraph(whole):
            return "paragraph", whole
        return "site", ""
    if name == "figure" and _one_photo(whole):
        return "photo", whole
    return "site", ""


def _text_run(content: str, start: int) -> tuple[int, PieceKind, str]:
    """Classic text up to a blank line or the next block element: a paragraph, a photo or not."""
    stop = _RUN_END.search(content, start + 1)
    run = content[start : stop.start() if stop else len(content)].rstrip()
    end = start + len(run)
    if _LONE_IMAGE.match(run):
        return end, "photo", run
    if plain_paragraph(run):
        return end, "paragraph", f"<p>{run}</p>"
    return end, "site", ""


def plain_paragraph(markup: str) -> bool:
    """Whether *markup* (a ``<p>`` or its inside) holds only what Newsdesk edits without loss.

    Plain text with entities and line breaks, opened by a ``<strong>Label:</strong>``
    (a turn) or made of one ``<strong>`` (a lead), and no shortcode.
    """
    inside = _P_ELEMENT.match(markup.strip())
    text = inside.group(1) if inside is not None else markup
    text = _BR.sub("", text)
    label = _LABEL.match(text)
    if label is not None:
        text = text[label.end() :]
    else:
        whole = _STRONG_WHOLE.match(text)
        if whole is not None:
            text = whole.group(1)
    return "<" not in text and ">" not in text and _SHORTCODE.search(text) is None


def _one_photo(markup: str) -> bool:
    """A figure with exactly one image and nothing Newsdesk would have to leave out."""
    return markup.lower().count("<img") == 1 and _NOT_A_PHOTO.search(markup) is None


_CELL_END = re.compile(r"</(?:td|th|li|tr|dt|dd|h[1-6]|figcaption|div|p)\s*>", re.IGNORECASE)


def preview_text(markup: str, limit: int = 300) -> str:
    """The words of *markup* for a preview (plain text, one line, at most *limit* characters).

    Block-editor comments, scripts, styles and iframes show no words; a shortcode
    shows as written.
    """
    markup = re.sub(r"<!--.*?-->", " ", markup, flags=re.DOTALL)
    markup = _CELL_END.sub(r" \g<0>", markup)  # table cells and list items keep apart
    text = " ".join(html_to_text(markup).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def block_editor_markup(markups: list[str]) -> bool:
    """Whether the pieces come from the block editor (``<!-- wp:`` comments)."""
    return any("<!-- wp:" in markup for markup in markups)


Opcode = tuple[str, int, int, int, int]


def align(old: Sequence[str], new: Sequence[str]) -> list[Opcode]:
    """How *new* follows from *old*: :class:`difflib.SequenceMatcher` opcodes.

    What both share at the start and at the end is paired first, in place, so
    that one edit among repeated paragraphs changes that paragraph only (a
    plain longest-run diff may pair a repeated paragraph with a later copy).
    """
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start and old[-1 - end] == new[-1 - end]:
        end += 1
    opcodes: list[Opcode] = []
    if start:
        opcodes.append(("equal", 0, start, 0, start))
    matcher = difflib.SequenceMatcher(
        None, old[start : len(old) - end], new[start : len(new) - end], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        opcodes.append((tag, i1 + start, i2 + start, j1 + start, j2 + start))
    if end:
        opcodes.append(("equal", len(old) - end, len(old), len(new) - end, len(new)))
    return opcodes
