"""Semantic HTML of an interview: post content for the site, and a standalone preview page.

Post content (what WordPress receives as ``content``) holds no headline, since the
site shows the post title itself::

    <p class="sapo"><strong>Lead</strong></p>
    <p>Intro paragraph</p>
    <p class="question"><strong>Phóng viên:</strong> Question?</p>
    <p><strong>Ông A:</strong> First paragraph of the answer.</p>
    <p>Second paragraph.</p>
    <figure class="photo"><img src="…" alt="…"><figcaption>Caption
      <span class="credit">Ảnh: X</span></figcaption></figure>
    <p class="byline">Thực hiện: X</p>

The standalone page (:func:`export_html_page`: preview, PDF and the HTML export
a newsroom mails) adds the headline and writes each photo as::

    <figure class="photo"><div class="image"><img src="…" alt="…" width="640"
      height="427"></div><figcaption>…</figcaption></figure>

The ``div`` keeps the picture in a block of its own with a line height of one,
so Qt's rich text (preview, PDF) leaves no blank band of 60 % of the picture's
height under it; the width and height let a browser reserve the space and a
narrow window shrink it (``max-width``).

Every text is escaped with :func:`portal.markup.text_to_html` (the one place text
becomes HTML); there are no inline styles and
no scripts. Image URLs other than http(s), file, or relative ones are dropped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from editor.document import (
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    SiteHtmlBlock,
    TurnBlock,
    split_paragraphs,
)
from portal.markup import text_to_html

ImageUrl = Callable[[PhotoBlock], str | None]
#: Writes one photo as HTML, given its (safe) address or None.
FigureHtml = Callable[[PhotoBlock, str | None], str]
#: Writes one piece of site content Newsdesk does not edit.
SiteHtml = Callable[[SiteHtmlBlock], str]
#: What :func:`key_lines` writes for a photo and for site content (never sent anywhere).
KEY_PHOTO = "\x00photo\x00"
KEY_SITE = "\x00site\x00"

_SAFE_SCHEMES = {"", "http", "https", "file"}

PAGE_STYLE = """
body { font-family: "Noto Serif", Georgia, serif; line-height: 1.6; color: #1b1b1b;
       max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin-bottom: 1rem; }
p.sapo { font-size: 1.1rem; }
p.question { font-weight: bold; }
figure.photo { margin: 1.5rem 0; text-align: center; }
figure.photo .image { line-height: 100%; }
figure.photo img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; font-style: italic; color: #444; margin-top: 0.4em; }
figcaption .credit { font-style: normal; }
p.byline { text-align: right; font-weight: bold; }
"""


_e = text_to_html


def _lines(text: str) -> str:
    return "<br>".join(_e(line) for line in text.split("\n"))


def _safe_url(url: str | None) -> str | None:
    if not url or not url.strip():
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in _SAFE_SCHEMES else None


def _alt(photo: PhotoBlock) -> str:
    return _e(photo.alt_text or photo.caption)


def _figcaption(photo: PhotoBlock) -> str:
    """The caption and credit of *photo* as a ``<figcaption>``; empty without either."""
    caption, credit = photo.caption.strip(), (photo.credit or "").strip()
    if not caption and not credit:
        return ""
    inner = _e(caption)
    if credit:
        inner += (" " if caption else "") + f'<span class="credit">Ảnh: {_e(credit)}</span>'
    return f"<figcaption>{inner}</figcaption>"


def _figure(photo: PhotoBlock, url: str | None) -> str:
    img = f'<img src="{_e(url)}" alt="{_alt(photo)}">' if url is not None else ""
    return f'<figure class="photo">{img}{_figcaption(photo)}</figure>'


def site_content_marker(block: SiteHtmlBlock) -> str:
    """Site content in an export or preview: a marked paragraph with its words, never its HTML."""
    label = QCoreApplication.translate("SiteContent", "Site content Newsdesk does not edit")
    return f'<p class="site-content">[{_e(label)}: {_e(block.preview())}]</p>'


def export_html(
    doc: InterviewDocument,
    image_url: ImageUrl | None = None,
    figure: FigureHtml = _figure,
    site_html: SiteHtml = site_content_marker,
) -> str:
    """Return the post content of *doc* as HTML.

    *image_url* gives each photo's address (e.g. its URL on the site once
    uploaded); a photo without one is exported as a figure without ``<img>``.
    *figure* writes each photo (:mod:`editor.post_content` writes them as
    WordPress's editor does); *site_html* each piece of site content (by
    default a marked paragraph of its words: exports and previews never
    render the site's markup).
    """
    return "\n".join(html_lines(doc, image_url, figure, site_html)) + "\n"


def html_lines(
    doc: InterviewDocument,
    image_url: ImageUrl | None = None,
    figure: FigureHtml = _figure,
    site_html: SiteHtml = site_content_marker,
) -> list[str]:
    """The lines of :func:`export_html`: one per paragraph, photo and piece of site content."""
    out: list[str] = []
    if doc.lead.strip() and doc.lead_in_text:
        out.extend(
            f'<p class="sapo"><strong>{_lines(p)}</strong></p>' for p in split_paragraphs(doc.lead)
        )
    for index, block in enumerate(doc.blocks):
        if isinstance(block, ParagraphBlock):
            out.extend(f"<p>{_lines(p)}</p>" for p in split_paragraphs(block.text))
        elif isinstance(block, PhotoBlock):
            url = _safe_url(image_url(block)) if image_url is not None else None
            out.append(figure(block, url))
        elif isinstance(block, TurnBlock):
            speaker = doc.speaker(block.speaker_key)
            attr = ' class="question"' if speaker.role is Role.INTERVIEWER else ""
            parts = [_lines(p) for p in block.paragraphs()] or [""]
            if not doc.is_resumed_turn(index):
                label = f"<strong>{_e(speaker.label)}:</strong>"
                parts[0] = f"{label} {parts[0]}".rstrip()
            out.extend(f"<p{attr}>{p}</p>" for p in parts if p)
        elif isinstance(block, SiteHtmlBlock):
            out.append(site_html(block))
    if doc.byline.strip():
        out.append(f'<p class="byline">Thực hiện: {_e(doc.byline.strip())}</p>')
    return out


def key_lines(doc: InterviewDocument) -> list[str]:
    """:func:`html_lines` as compared with a site post's layout (see :mod:`editor.post_content`).

    A photo is its words and site address, whatever its image file; site
    content its markup.
    """

    def photo_key(photo: PhotoBlock, _url: str | None) -> str:
        fields = [photo.caption, photo.credit, photo.alt_text, photo.site_url, photo.site_media_id]
        return KEY_PHOTO + json.dumps(fields, ensure_ascii=False)

    return html_lines(doc, None, photo_key, lambda block: KEY_SITE + block.html)


def line_digest(line: str) -> str:
    """A short fingerprint of one line (what a site layout keeps of it)."""
    return hashlib.sha256(line.encode("utf-8", "surrogatepass")).hexdigest()[:24]


@dataclass(frozen=True)
class PageImage:
    """A photo as the standalone page shows it.

    ``src`` is a ``file:`` or ``data:`` URL made by Newsdesk (never one a
    document carries); ``width`` and ``height`` the size to show it at, in CSS
    pixels, when known.
    """

    src: str
    width: int | None = None
    height: int | None = None


#: The picture to show for a photo on the standalone page, or None (caption only).
PageImages = Callable[[PhotoBlock], PageImage | None]


def _page_figure(photo: PhotoBlock, image: PageImage | None) -> str:
    img = ""
    if image is not None:
        size = (
            f' width="{int(image.width)}" height="{int(image.height)}"'
            if image.width and image.height
            else ""
        )
        img = f'<div class="image"><img src="{_e(image.src)}" alt="{_alt(photo)}"{size}></div>'
    return f'<figure class="photo">{img}{_figcaption(photo)}</figure>'


def local_image_url(photo: PhotoBlock) -> str | None:
    """A ``file:`` URL for the photo's local image, for previews; None without one."""
    if not photo.image_path:
        return None
    path = Path(photo.image_path)
    return path.as_uri() if path.is_absolute() else None


def _from_urls(image_url: ImageUrl | None) -> PageImages:
    def image(photo: PhotoBlock) -> PageImage | None:
        url = _safe_url(image_url(photo)) if image_url is not None else None
        return PageImage(url) if url is not None else None

    return image


def export_html_page(
    doc: InterviewDocument,
    image_url: ImageUrl | None = local_image_url,
    *,
    images: PageImages | None = None,
) -> str:
    """Return a standalone HTML page of *doc* (headline included) for preview, PDF and export.

    Styling lives in one embedded ``<style>`` element. *images* gives each
    photo's picture and display size (see :mod:`editor.page_photos`); without
    it, pictures come from *image_url* (default: the photos' local files) at
    their own size.
    """
    pictures = images if images is not None else _from_urls(image_url)
    title = _e(doc.title.strip())
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>\n<article>\n"
        + (f"<h1>{title}</h1>\n" if title else "")
        + export_html(doc, None, lambda photo, _url: _page_figure(photo, pictures(photo)))
        + "</article>\n</body>\n</html>\n"
    )
