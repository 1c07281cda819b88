"""The site's version of a post, read back into an interview document.

When an editor takes the site's version in a conflict, the post's HTML comes
back into Newsdesk. A post in Newsdesk's own shape (:mod:`editor.html_export`:
one ``<p>`` per paragraph, ``class="question"`` on questions, ``<strong>Label:</strong>``
opening a turn, ``class="byline"``) is read by that shape, paragraph by
paragraph (:func:`_blocks_by_shape`), so what Newsdesk sends again is byte for
byte what the site has; a paragraph it does not recognise (one an editor added
on the site) stays a plain paragraph, never a reporter's question. Content
without paragraphs goes through the plain-text importer (labels, lead, byline).
Photos need more than words: each ``<figure>`` (or classic
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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from urllib.parse import urlsplit

from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    SiteHtmlBlock,
    SiteLine,
    TurnBlock,
    clean_headline,
    split_paragraphs,
)
from editor.html_export import KEY_PHOTO, KEY_SITE, key_lines, line_digest
from editor.plaintext_import import parse_interview, split_caption
from editor.site_html import Piece, align, split_post
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
_P_OPEN = re.compile(r"<p\b([^<>]{0,2000})>", re.IGNORECASE)
_P_CLOSE = re.compile(r"</p\s*>", re.IGNORECASE)
_LABEL = re.compile(r"^\s*<strong>([^<>]{1,300}?):</strong>\s?", re.IGNORECASE)
_BYLINE_PREFIX = re.compile(r"^\s*thực hiện\s*:\s*", re.IGNORECASE)
#: Featured photo Newsdesk put at the top of the text (the Publish dialog's choice).
FEATURED_CLASS = "nd-featured"
_FEATURED_FIGURE = re.compile(r"<figure\b[^<>]{0,2000}\bnd-featured\b", re.IGNORECASE)


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


def _site_placeholder(number: int) -> str:
    return f"NDSITEHTML{number}Z"


_PLACEHOLDER = re.compile(r"^NDSITE(PHOTO|HTML)(\d+)Z$")


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
        content,
        _FIGURE_OPEN,
        _FIGURE_CLOSE,
        # The featured photo at the top is the post's featured image, not a photo of the text.
        lambda whole, _inner: "" if _FEATURED_FIGURE.match(whole) else keep(read_figure(whole)),
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


def _photo(
    figure: SiteFigure,
    uploaded: UploadedPhotos,
    local: list[PhotoBlock],
    keep_site_address: bool = False,
) -> PhotoBlock:
    """The photo block for *figure*, with the local image and alt text where known.

    With *keep_site_address* the block keeps the image's address and media id on
    the site (a post opened from the site: sent back as it is).
    """
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
        site_url=figure.src or None if keep_site_address else None,
        site_media_id=figure.media_id if keep_site_address else None,
    )


def _with_photos(
    blocks: list[Block], photos: list[PhotoBlock], site_parts: Sequence[str] = ()
) -> list[Block]:
    """Turn placeholders back into photos and site content, splitting the blocks around them."""
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
            number = int(match.group(2)) if match is not None else -1
            if match is not None and match.group(1) == "PHOTO" and number < len(photos):
                flush()
                out.append(photos[number])
            elif match is not None and match.group(1) == "HTML" and number < len(site_parts):
                flush()
                out.append(SiteHtmlBlock(site_parts[number]))
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
    site_parts: Sequence[str] = (),
    keep_site_address: bool = False,
) -> InterviewDocument:
    """The interview as the site has it (plain *title*, post *content* HTML, plain *excerpt*).

    *local* is the interview as Newsdesk has it: its tags stay, its byline is
    kept when the site's text has none, its photos lend their image files and
    alt text, and its speakers their roles. *site_parts* are the markups the
    ``NDSITEHTML<n>Z`` paragraphs of *content* stand for, and with
    *keep_site_address* photos keep their address on the site (both:
    :func:`document_from_post`).
    """
    uploaded = uploaded or UploadedPhotos()
    lead, content = _take_lead(content, excerpt)
    marked, figures = _take_figures(content)
    if _P_OPEN.search(marked):
        document = _blocks_by_shape(marked, local)
    else:
        text = html_to_text(marked) if "<" in marked else clean_text(marked)
        document = parse_interview(f"{_LEAD_STAND_IN}\n\n{_LEAD_STAND_IN}\n\n{text}").document
    document.title = clean_headline(title).strip()
    document.lead = lead
    local_photos = [block for block in local.blocks if isinstance(block, PhotoBlock)]
    photos = [_photo(figure, uploaded, local_photos, keep_site_address) for figure in figures]
    document.blocks = _with_photos(document.blocks, photos, site_parts)
    document.tags = list(local.tags)
    document.byline = document.byline or local.byline
    roles = {fold(speaker.label): speaker.role for speaker in local.speakers}
    for speaker in list(document.speakers):
        role = roles.get(fold(speaker.label))
        if role is not None and role is not speaker.role:
            document.set_speaker_role(speaker.key, role)
    return document


def _paragraphs(markup: str) -> list[tuple[str, str]]:
    """The ``(class, inner HTML)`` of each paragraph of *markup*, in order, in linear time.

    Whatever lies between paragraphs (a heading, a list an editor added) comes
    as a paragraph without class.
    """
    found: list[tuple[str, str]] = []
    position = 0
    while True:
        opening = _P_OPEN.search(markup, position)
        between = markup[position : opening.start() if opening else len(markup)]
        if html_to_text(between):
            found.append(("", between))
        if opening is None:
            return found
        closing = _P_CLOSE.search(markup, opening.end())
        end = closing.start() if closing else len(markup)
        classes = re.search(r"""\bclass\s*=\s*["']([^"']*)["']""", opening.group(1))
        found.append((classes.group(1) if classes else "", markup[opening.end() : end]))
        position = closing.end() if closing else len(markup)


def _blocks_by_shape(markup: str, local: InterviewDocument) -> InterviewDocument:
    """The interview in *markup* (Newsdesk's post shape; photos as placeholders)."""
    document = InterviewDocument()
    roles = {fold(speaker.label): speaker.role for speaker in local.speakers}
    blocks: list[Block] = []
    for classes, inner in _paragraphs(markup):
        names = classes.split()
        label = _LABEL.match(inner)
        text = html_to_text(inner[label.end() :] if label else inner)
        if "byline" in names:
            document.byline = _BYLINE_PREFIX.sub("", text).strip()
            continue
        if _PLACEHOLDER.match(text) and label is None:
            blocks.append(ParagraphBlock(text))  # turned into the photo by _with_photos
            continue
        question = "question" in names
        if label is not None:
            name = clean_headline(html_to_text(label.group(1))).strip()
            role = roles.get(fold(name), Role.INTERVIEWER if question else Role.INTERVIEWEE)
            known = next((s for s in document.speakers if fold(s.label) == fold(name)), None)
            speaker = known or document.add_speaker(name, role)
            blocks.append(TurnBlock(speaker.key, text))
            continue
        if not text:
            continue
        _add_continuation(blocks, _continued(blocks, document, text, question))
    document.blocks = blocks
    return document


def _continued(
    blocks: list[Block], document: InterviewDocument, text: str, question: bool
) -> Block:
    """The block an unlabelled paragraph is: the turn it continues, or a plain paragraph.

    A question's every paragraph carries ``class="question"``; an answer's later
    paragraphs are plain, as are the text's own. So a plain paragraph after a
    question is the text's own (never the reporter's), and one after an answer
    (or after photos inside it) continues the answer: either way it is sent
    back exactly as the site has it.
    """
    last = next((b for b in reversed(blocks) if not _is_photo_mark(b)), None)
    if isinstance(last, TurnBlock):
        role = document.speaker(last.speaker_key).role
        if (role is Role.INTERVIEWER) is question:
            return TurnBlock(last.speaker_key, text)
    if question:
        asker = document.main_speaker(Role.INTERVIEWER) or document.add_speaker(
            "Phóng viên", Role.INTERVIEWER
        )
        return TurnBlock(asker.key, text)
    return ParagraphBlock(text)


def _is_photo_mark(block: Block) -> bool:
    return isinstance(block, ParagraphBlock) and _PLACEHOLDER.match(block.text) is not None


def _add_continuation(blocks: list[Block], block: Block) -> None:
    """Add *block* (an unlabelled paragraph), joined to the block before it when it goes on."""
    previous = blocks[-1] if blocks else None
    if (
        isinstance(block, TurnBlock)
        and isinstance(previous, TurnBlock)
        and previous.speaker_key == block.speaker_key
    ) or (
        isinstance(block, ParagraphBlock)
        and isinstance(previous, ParagraphBlock)
        and not _is_photo_mark(previous)
    ):
        assert isinstance(previous, ParagraphBlock | TurnBlock)
        blocks[-1] = replace(previous, text=f"{previous.text}\n\n{block.text}")
    else:
        blocks.append(block)


# --- any post of the site, opened as an interview ----------------------------------------------


def document_from_post(
    title: str,
    content: str,
    *,
    excerpt: str = "",
    uploaded: UploadedPhotos | None = None,
) -> InterviewDocument:
    """Any site post as an interview that goes back to the site unchanged where not edited.

    The content is cut into pieces (:func:`editor.site_html.split_post`):
    paragraphs and photos are read as :func:`document_from_site` reads a post
    of Newsdesk's shape, everything else becomes a :class:`SiteHtmlBlock`
    holding its exact markup. The document's ``site_layout`` pairs each line
    Newsdesk writes for it with the site's own markup for that line, so
    :func:`editor.post_content.post_content` sends the site's bytes for every
    line the reporter left alone. The lead is the post's "sapo" paragraphs, or
    else its excerpt, which then stays out of the text (``lead_in_text``).
    """
    pieces = [_one_paragraph(p) for p in _lead_and_byline_in_place(split_post(content))]
    site_parts: list[str] = []
    marked: list[str] = []
    for piece in pieces:
        if piece.kind == "site":
            site_parts.append(piece.markup.strip())
            marked.append(f"<p>{_site_placeholder(len(site_parts) - 1)}</p>")
        else:
            marked.append(piece.inner)
    markup = "\n".join(marked)
    document = document_from_site(
        title,
        markup,
        local=InterviewDocument(),
        excerpt=excerpt,
        uploaded=uploaded,
        site_parts=site_parts,
        keep_site_address=True,
    )
    document.lead_in_text = _SAPO.search(markup) is not None
    document.site_layout = _layout(pieces, document)
    return document


_BREAKS = re.compile(r"(?:<br\s*/?>\s*){2,}", re.IGNORECASE)
_BLANKISH_LINE = re.compile(r"\n(?:[ \t\r\u00a0]|&nbsp;|&#160;)*\n", re.IGNORECASE)


def _one_paragraph(piece: Piece) -> Piece:
    """A paragraph piece read as one paragraph: one line of Newsdesk's for one piece of the site's.

    Breaks in a row (``<br><br>``) and blank-looking lines (``&nbsp;``) read as
    one line break; a piece that still holds several paragraphs stays the site's.
    """
    if piece.kind != "paragraph" or "\n\n" not in html_to_text(piece.inner):
        return piece
    inner = _BLANKISH_LINE.sub("\n", _BREAKS.sub("<br>", piece.inner))
    if "\n\n" in html_to_text(inner):
        return Piece("site", piece.markup)
    return Piece("paragraph", piece.markup, inner)


def _has_class(piece: Piece, name: str) -> bool:
    opening = _P_OPEN.match(piece.inner) if piece.kind == "paragraph" else None
    classes = (
        re.search(r"""\bclass\s*=\s*["']([^"']*)["']""", opening.group(1)) if opening else None
    )
    return classes is not None and name in classes.group(1).split()


def _lead_and_byline_in_place(pieces: list[Piece]) -> list[Piece]:
    """Keep a "sapo" paragraph as the lead only at the top, a byline only at the end.

    Newsdesk writes the lead first and the byline last; one elsewhere (moved
    by an editor on the site) stays where it is, as site content.
    """
    out: list[Piece] = []
    top = True
    for piece in pieces:
        sapo = _has_class(piece, "sapo")
        if sapo and not top:
            piece = Piece("site", piece.markup)
        top = top and sapo
        out.append(piece)
    bylines = [i for i, piece in enumerate(out) if _has_class(piece, "byline")]
    for index in bylines:
        if index != len(out) - 1:
            out[index] = Piece("site", out[index].markup)
    return out


def _text_key(markup: str) -> str:
    """The words of a paragraph, without the speaker's label (a turn's later paragraphs lack it)."""
    opening = _P_OPEN.match(markup)
    inner = markup[opening.end() :] if opening else markup
    label = _LABEL.match(inner)
    return " ".join(fold(html_to_text(inner[label.end() :] if label else inner)).split())


def _piece_key(piece: Piece) -> str:
    if piece.kind == "site":
        return "site:" + line_digest(piece.markup.strip())
    if piece.kind == "photo":
        return "featured" if _FEATURED_FIGURE.search(piece.inner) else "photo"
    return "text:" + _text_key(piece.inner)


def _line_key(line: str) -> str:
    if line.startswith(KEY_PHOTO):
        return "photo"
    if line.startswith(KEY_SITE):
        return "site:" + line_digest(line[len(KEY_SITE) :])
    return "text:" + _text_key(line)


def _layout(pieces: list[Piece], document: InterviewDocument) -> tuple[SiteLine, ...]:
    """Pair each line Newsdesk writes for *document* with the pieces of the post it came from.

    The two are aligned by their words (a longest-matching-runs diff); a piece
    no line stands for (an empty paragraph, the featured photo) takes no part
    in it, nor does a piece left unpaired: each is kept as an entry without a
    key, sent wherever the line before it goes (even when that line is edited
    or deleted), so nothing of the site's is ever dropped and the pieces joined
    give the whole post.
    """
    lines = key_lines(document)
    keys = [_piece_key(piece) for piece in pieces]
    matchable = [i for i, key in enumerate(keys) if key not in ("text:", "featured")]
    line_of: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in align([keys[i] for i in matchable], [_line_key(x) for x in lines]):
        if tag in ("equal", "replace"):
            for offset in range(min(i2 - i1, j2 - j1)):
                line_of[matchable[i1 + offset]] = j1 + offset
    return tuple(
        (line_digest(lines[line_of[index]]) if index in line_of else "", piece.markup)
        for index, piece in enumerate(pieces)
    )
