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

Every text is escaped with :func:`portal.markup.text_to_html` (the one place text
becomes HTML); there are no inline styles and
no scripts. Image URLs other than http(s), file, or relative ones are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from editor.document import (
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    TurnBlock,
    split_paragraphs,
)
from portal.markup import text_to_html

ImageUrl = Callable[[PhotoBlock], str | None]

_SAFE_SCHEMES = {"", "http", "https", "file"}

PAGE_STYLE = """
body { font-family: "Noto Serif", Georgia, serif; line-height: 1.6; color: #1b1b1b;
       max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin-bottom: 1rem; }
p.sapo { font-size: 1.1rem; }
p.question { font-weight: bold; }
figure.photo { margin: 1.5rem 0; text-align: center; }
figure.photo img { max-width: 100%; height: auto; }
figcaption { font-size: 0.9rem; font-style: italic; color: #444; }
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


def _figure(photo: PhotoBlock, url: str | None) -> str:
    parts = ['<figure class="photo">']
    if url is not None:
        parts.append(f'<img src="{_e(url)}" alt="{_e(photo.alt_text or photo.caption)}">')
    caption, credit = photo.caption.strip(), (photo.credit or "").strip()
    if caption or credit:
        inner = _e(caption)
        if credit:
            inner += (" " if caption else "") + f'<span class="credit">Ảnh: {_e(credit)}</span>'
        parts.append(f"<figcaption>{inner}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def export_html(doc: InterviewDocument, image_url: ImageUrl | None = None) -> str:
    """Return the post content of *doc* as HTML.

    *image_url* gives each photo's address (e.g. its URL on the site once
    uploaded); a photo without one is exported as a figure without ``<img>``.
    """
    out: list[str] = []
    if doc.lead.strip():
        out.extend(
            f'<p class="sapo"><strong>{_lines(p)}</strong></p>' for p in split_paragraphs(doc.lead)
        )
    for index, block in enumerate(doc.blocks):
        if isinstance(block, ParagraphBlock):
            out.extend(f"<p>{_lines(p)}</p>" for p in split_paragraphs(block.text))
        elif isinstance(block, PhotoBlock):
            url = _safe_url(image_url(block)) if image_url is not None else None
            out.append(_figure(block, url))
        elif isinstance(block, TurnBlock):
            speaker = doc.speaker(block.speaker_key)
            attr = ' class="question"' if speaker.role is Role.INTERVIEWER else ""
            parts = [_lines(p) for p in block.paragraphs()] or [""]
            if not doc.is_resumed_turn(index):
                label = f"<strong>{_e(speaker.label)}:</strong>"
                parts[0] = f"{label} {parts[0]}".rstrip()
            out.extend(f"<p{attr}>{p}</p>" for p in parts if p)
    if doc.byline.strip():
        out.append(f'<p class="byline">Thực hiện: {_e(doc.byline.strip())}</p>')
    return "\n".join(out) + "\n"


def local_image_url(photo: PhotoBlock) -> str | None:
    """A ``file:`` URL for the photo's local image, for previews; None without one."""
    if not photo.image_path:
        return None
    path = Path(photo.image_path)
    return path.as_uri() if path.is_absolute() else None


def export_html_page(doc: InterviewDocument, image_url: ImageUrl | None = local_image_url) -> str:
    """Return a standalone HTML page of *doc* (headline included) for preview and PDF.

    Styling lives in one embedded ``<style>`` element; images default to the
    photos' local files.
    """
    title = _e(doc.title.strip())
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<style>{PAGE_STYLE}</style>\n</head>\n<body>\n<article>\n"
        + (f"<h1>{title}</h1>\n" if title else "")
        + export_html(doc, image_url)
        + "</article>\n</body>\n</html>\n"
    )
