"""The site's version of a post, read back into an interview document.

When an editor takes the site's version in a conflict, the post's HTML comes
back into Newsdesk. Its words go through the plain-text importer (labels,
lead, byline), but photos need more than words: each ``<figure>`` (or classic
editor ``[caption]`` shortcode, or bare ``<img>``) keeps its place in the text
as a placeholder paragraph and becomes a :class:`PhotoBlock` again, with

- the alt text the site has (or the local one when the site has none),
- the local image file, found by the image's URL or its ``wp-image-ID`` class
  among the photos Newsdesk uploaded to that site, or else by caption among
  the interview's own photos, so nothing has to be attached again.

Speakers whose label matches one of the local interview's keep their role.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import urlsplit

from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    TurnBlock,
    clean_headline,
    split_paragraphs,
)
from editor.plaintext_import import parse_interview, split_caption
from portal.markup import html_to_text
from storage.textfold import clean_text, fold

# Openings and closings are found separately (see _replace_spans): one regex spanning
# both would scan to the end of the post for every unclosed opening (quadratic time).
_FIGURE_OPEN = re.compile(r"<figure\b", re.IGNORECASE)
_FIGURE_CLOSE = re.compile(r"</figure\s*>", re.IGNORECASE)
_CAPTION_OPEN = re.compile(r"\[caption\b[^\]]{0,2000}\]", re.IGNORECASE)
_CAPTION_CLOSE = re.compile(r"\[/caption\]", re.IGNORECASE)
_IMG = re.compile(r"<img\b[^>]{0,8000}>", re.IGNORECASE)
_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")
_WP_IMAGE_CLASS = re.compile(r"\bwp-image-(\d+)\b")
_CREDIT_PREFIX = re.compile(r"^\s*(?:ảnh|anh|photo)\s*:\s*", re.IGNORECASE)
_SAPO = re.compile(r"<p\b[^>]*\bclass=[\"'][^\"']*\bsapo\b[^>]*>(.*?)</p\s*>", re.I | re.DOTALL)
# The importer takes the paragraph after the headline as the lead; the site's lead is known
# (its "sapo" paragraph, or else the post's excerpt), so a stand-in holds that place.
_LEAD_STAND_IN = "NDSITELEADZ"


@dataclass
class UploadedPhotos:
    """The photos Newsdesk uploaded to one site: image URL or media id to local file."""

    by_url: Mapping[str, str] = field(default_factory=dict)
    by_media_id: Mapping[int, str] = field(default_factory=dict)

    def find(self, src: str, media_id: int | None) -> str | None:
        """The local image path of the site image at *src* (or with *media_id*)."""
        if media_id is not None and media_id in self.by_media_id:
            return self.by_media_id[media_id]
        for candidate in _url_variants(src):
            if candidate in self.by_url:
                return self.by_url[candidate]
        return None


@dataclass(frozen=True)
class SiteFigure:
    """One photo as the post's HTML has it."""

    src: str = ""
    alt: str = ""
    media_id: int | None = None
    caption: str = ""
    credit: str | None = None


def _url_variants(src: str) -> list[str]:
    """*src* as given, without query, and without WordPress's ``-800x600`` size suffix."""
    src = src.strip()
    if not src:
        return []
    try:
        parts = urlsplit(src)
    except ValueError:  # e.g. "https://[bad": not a URL we could have uploaded to
        return [src]
    bare = parts._replace(query="", fragment="").geturl()
    path = _SIZE_SUFFIX.sub("", parts.path)
    full_size = parts._replace(path=path, query="", fragment="").geturl()
    return list(dict.fromkeys([src, bare, full_size]))


class _FigureReader(HTMLParser):
    """Reads the image and caption out of one figure's markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.src = ""
        self.alt = ""
        self.classes = ""
        self.caption_parts: list[str] = []
        self.credit_parts: list[str] = []
        self._in_caption = 0
        self._in_credit = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "img" and not self.src:
            self.src, self.alt = values.get("src", ""), values.get("alt", "")
            self.classes = values.get("class", "")
        elif tag == "figcaption":
            self._in_caption += 1
        elif tag == "span" and "credit" in values.get("class", "").split():
            self._in_credit += 1
        elif tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "figcaption" and self._in_caption:
            self._in_caption -= 1
        elif tag == "span" and self._in_credit:
            self._in_credit -= 1
        elif tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_credit:
            self.credit_parts.append(data)
        elif self._in_caption:
            self.caption_parts.append(data)


def _one_line(text: str) -> str:
    return " ".join(clean_text(text).split())


def read_figure(markup: str, *, caption_text: str | None = None) -> SiteFigure:
    """Read one figure (or image plus *caption_text*, for a ``[caption]`` shortcode)."""
    reader = _FigureReader()
    reader.feed(markup)
    reader.close()
    caption = _one_line("".join(reader.caption_parts))
    if caption_text is not None:
        caption = _one_line(html_to_text(caption_text))
    credit_text = _one_line("".join(reader.credit_parts))
    credit: str | None = _CREDIT_PREFIX.sub("", credit_text).strip() or None
    if credit is None and caption:
        caption, credit = split_caption(caption)
    match = _WP_IMAGE_CLASS.search(reader.classes)
    return SiteFigure(
        src=html.unescape(reader.src).strip(),
        alt=_one_line(reader.alt),
        media_id=int(match.group(1)) if match else None,
        caption=caption,
        credit=credit,
    )


def _placeholder(number: int) -> str:
    return f"NDSITEPHOTO{number}Z"


_PLACEHOLDER = re.compile(r"^NDSITEPHOTO(\d+)Z$")


def _take_figures(content: str) -> tuple[str, list[SiteFigure]]:
    """Replace each photo in *content* by a placeholder paragraph; return both."""
    figures: list[SiteFigure] = []

    def keep(figure: SiteFigure) -> str:
        figures.append(figure)
        return f"\n<p>{_placeholder(len(figures) - 1)}</p>\n"

    def shortcode(opening: str, inner: str) -> str:
        del opening
        image = _IMG.search(inner)
        caption = _IMG.sub("", re.sub(r"</?a\b[^>]{0,2000}>", "", inner, flags=re.IGNORECASE))
        return keep(read_figure(image.group(0) if image else "", caption_text=caption))

    content = _replace_spans(
        content, _FIGURE_OPEN, _FIGURE_CLOSE, lambda whole, _inner: keep(read_figure(whole))
    )
    content = _replace_spans(
        content, _CAPTION_OPEN, _CAPTION_CLOSE, lambda whole, inner: shortcode(whole, inner)
    )
    content = _IMG.sub(lambda match: keep(read_figure(match.group(0))), content)
    return content, figures


def _replace_spans(
    text: str,
    opening: re.Pattern[str],
    closing: re.Pattern[str],
    replace_span: Callable[[str, str], str],
) -> str:
    """Replace each span from *opening* to the next *closing*, in one pass over *text*.

    *replace_span* gets the whole span and what lies between the two marks. An
    opening with no closing after it ends the search: no later one can close.
    """
    out: list[str] = []
    position = 0
    while True:
        start = opening.search(text, position)
        if start is None:
            break
        end = closing.search(text, start.end())
        if end is None:
            break
        out.append(text[position : start.start()])
        out.append(replace_span(text[start.start() : end.end()], text[start.end() : end.start()]))
        position = end.end()
    out.append(text[position:])
    return "".join(out)


def _photo(figure: SiteFigure, uploaded: UploadedPhotos, local: list[PhotoBlock]) -> PhotoBlock:
    """The photo block for *figure*, with the local image and alt text where known."""
    same_caption = next(
        (p for p in local if figure.caption and fold(p.caption) == fold(figure.caption)), None
    )
    image_path = uploaded.find(figure.src, figure.media_id)
    known = next((p for p in local if image_path and p.image_path == image_path), same_caption)
    if image_path is None and known is not None:
        image_path = known.image_path
    alt = figure.alt
    if known is not None and (not alt or fold(alt) == fold(figure.caption)):
        alt = known.alt_text or alt
    return PhotoBlock(
        caption=figure.caption,
        credit=figure.credit,
        alt_text=alt,
        image_path=image_path,
    )


def _with_photos(blocks: list[Block], photos: list[PhotoBlock]) -> list[Block]:
    """Turn placeholder paragraphs back into photos, splitting the blocks around them."""
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, ParagraphBlock | TurnBlock):
            out.append(block)
            continue
        pending: list[str] = []

        def flush(block: ParagraphBlock | TurnBlock = block, pending: list[str] = pending) -> None:
            if pending:
                out.append(replace(block, text="\n\n".join(pending)))
                pending.clear()

        for paragraph in split_paragraphs(block.text):
            match = _PLACEHOLDER.match(paragraph)
            if match is not None and int(match.group(1)) < len(photos):
                flush()
                out.append(photos[int(match.group(1))])
            else:
                pending.append(paragraph)
        flush()
    return out


def _take_lead(content: str, excerpt: str) -> tuple[str, str]:
    """The post's lead (its "sapo" paragraphs, else the excerpt) and the rest of *content*."""
    parts = [html_to_text(match.group(1)) for match in _SAPO.finditer(content)]
    if parts:
        return "\n\n".join(part for part in parts if part), _SAPO.sub("", content)
    return clean_text(excerpt).strip(), content  # the excerpt arrives as plain text


def document_from_site(
    title: str,
    content: str,
    *,
    local: InterviewDocument,
    excerpt: str = "",
    uploaded: UploadedPhotos | None = None,
) -> InterviewDocument:
    """The interview as the site has it (plain *title*, post *content* HTML, plain *excerpt*).

    *local* is the interview as Newsdesk has it: its tags stay, its byline is
    kept when the site's text has none, its photos lend their image files and
    alt text, and its speakers their roles.
    """
    uploaded = uploaded or UploadedPhotos()
    lead, content = _take_lead(content, excerpt)
    marked, figures = _take_figures(content)
    text = html_to_text(marked) if "<" in marked else clean_text(marked)
    document = parse_interview(f"{_LEAD_STAND_IN}\n\n{_LEAD_STAND_IN}\n\n{text}").document
    document.title = clean_headline(title).strip()
    document.lead = lead
    local_photos = [block for block in local.blocks if isinstance(block, PhotoBlock)]
    photos = [_photo(figure, uploaded, local_photos) for figure in figures]
    document.blocks = _with_photos(document.blocks, photos)
    document.tags = list(local.tags)
    document.byline = document.byline or local.byline
    roles = {fold(speaker.label): speaker.role for speaker in local.speakers}
    for speaker in list(document.speakers):
        role = roles.get(fold(speaker.label))
        if role is not None and role is not speaker.role:
            document.set_speaker_role(speaker.key, role)
    return document
