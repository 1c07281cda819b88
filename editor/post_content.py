"""The post's content as the site receives it: photos inserted as WordPress's editor does.

Text blocks are :func:`editor.html_export.export_html`'s; each photo uploaded
to the site becomes what the block editor writes for an image::

    <figure class="wp-block-image size-large"><img src="…/ten-bai-1.jpg" alt="…"
      class="wp-image-42" width="1600" height="1067"><figcaption
      class="wp-element-caption">Caption <span class="credit">Ảnh: X</span></figcaption></figure>

WordPress adds ``srcset`` and ``sizes`` to an image only when it carries the
``wp-image-ID`` class of its media item (``wp_filter_content_tags``) and knows
its size (``width``/``height``, else it must guess from the file name), so
readers' browsers load a size that fits the screen instead of the original.

When the editor chose so in the Publish dialog, the featured photo (the first)
also opens the text, in a figure with the class :data:`FEATURED_CLASS` that
:mod:`editor.site_version` leaves out when it reads the post back.

**A post opened from the site** (:func:`editor.site_version.document_from_post`)
goes back as the site has it wherever the reporter changed nothing: the
document's ``site_layout`` holds, for each line Newsdesk writes
(:func:`editor.html_export.key_lines`), its fingerprint and the site's own
markup for it. The lines as they are now are aligned with the layout (a
longest-matching-runs diff of fingerprints): an unchanged line sends the
site's bytes, a changed, new or moved line Newsdesk's markup (wrapped in
block-editor comments when the post is a block-editor post), a deleted one
nothing. Site content (:class:`~editor.document.SiteHtmlBlock`) is its exact
markup either way. So opening a post and publishing it with no edits sends
exactly what the site has (and :func:`editor.publishing.site_holds` then sends
nothing), and an edit to one paragraph changes that paragraph only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from editor.document import InterviewDocument, PhotoBlock, SiteHtmlBlock
from editor.html_export import html_lines, key_lines, line_digest
from editor.site_html import align, block_editor_markup
from editor.site_version import FEATURED_CLASS
from portal.markup import text_to_html

_e = text_to_html


@dataclass(frozen=True)
class SiteImage:
    """A photo as the site keeps it: its media item, address and size."""

    media_id: int
    url: str
    width: int | None = None
    height: int | None = None


def post_content(
    document: InterviewDocument,
    images: Mapping[str, SiteImage],
    *,
    featured_in_text: bool = False,
) -> str:
    """The post content of *document*; *images* are its uploaded photos by local image path."""

    def site_image(photo: PhotoBlock) -> SiteImage | None:
        image = images.get(photo.image_path or "")
        if image is None and photo.site_url:  # not fetched, or not replaced: the site's own
            return SiteImage(photo.site_media_id or 0, photo.site_url)
        return image

    def image_url(photo: PhotoBlock) -> str | None:
        image = site_image(photo)
        return image.url if image is not None else None

    def figure(photo: PhotoBlock, url: str | None) -> str:
        image = site_image(photo)
        return site_figure(photo, url, image if image is not None and image.media_id else None)

    lines = html_lines(document, image_url, figure, _exact)
    if document.site_layout:
        body = _on_layout(document, lines)
    elif not lines and document.from_site():
        body = ""  # an empty post stays empty
    else:
        body = "\n".join(lines) + "\n"
    featured = featured_photo(document)
    if not featured_in_text or featured is None or _opens_text(document, featured):
        return body
    image = images.get(featured.image_path or "")
    if image is None:
        return body
    return site_figure(featured, image.url, image, FEATURED_CLASS) + "\n" + body


def featured_photo(document: InterviewDocument) -> PhotoBlock | None:
    """The photo that becomes the post's featured image: the first with an image file."""
    return next((b for b in document.blocks if isinstance(b, PhotoBlock) and b.image_path), None)


def _opens_text(document: InterviewDocument, photo: PhotoBlock) -> bool:
    """Whether *photo* is already the first thing of the text (no second copy is needed)."""
    return bool(document.blocks) and document.blocks[0] is photo and not document.lead.strip()


def site_figure(
    photo: PhotoBlock, url: str | None, image: SiteImage | None, extra_class: str = ""
) -> str:
    """One photo as WordPress's block editor writes an image (see the module docstring)."""
    classes = " ".join(filter(None, ("wp-block-image size-large", extra_class)))
    parts = [f'<figure class="{classes}">']
    if url is not None:
        attributes = [f'src="{_e(url)}"', f'alt="{_e(photo.alt_text or photo.caption)}"']
        if image is not None:
            attributes.append(f'class="wp-image-{int(image.media_id)}"')
            if image.width and image.height:
                attributes.append(f'width="{int(image.width)}" height="{int(image.height)}"')
        parts.append(f"<img {' '.join(attributes)}>")
    caption, credit = photo.caption.strip(), (photo.credit or "").strip()
    if caption or credit:
        inner = _e(caption)
        if credit:
            inner += (" " if caption else "") + f'<span class="credit">Ảnh: {_e(credit)}</span>'
        parts.append(f'<figcaption class="wp-element-caption">{inner}</figcaption>')
    parts.append("</figure>")
    return "".join(parts)


def _exact(block: SiteHtmlBlock) -> str:
    return block.html


def _on_layout(document: InterviewDocument, lines: list[str]) -> str:
    """*lines* (the document's, as sent) on the site's markup where unchanged (module docstring)."""
    layout = document.site_layout
    blocks = block_editor_markup([markup for _key, markup in layout])
    # Entries without a key (pieces no line stands for) go wherever the line before them goes.
    lead = ""
    anchors: list[tuple[str, str, str]] = []  # (key, markup, what follows it without a key)
    for key, markup in layout:
        if key:
            anchors.append((key, markup, ""))
        elif anchors:
            anchors[-1] = (anchors[-1][0], anchors[-1][1], anchors[-1][2] + markup)
        else:
            lead += markup
    out = [lead]
    keys = [line_digest(line) for line in key_lines(document)]
    for tag, i1, i2, j1, j2 in align([key for key, _, _ in anchors], keys):
        if tag == "equal":
            out.extend(markup + after for _key, markup, after in anchors[i1:i2])
            continue
        replaced = anchors[i1:i2]
        for offset, line in enumerate(lines[j1:j2]):
            if offset < len(replaced):
                out.append(_in_place(replaced[offset][1], line) + replaced[offset][2])
            else:
                out.append(_new_line(line, blocks))
        out.extend(after for _key, _markup, after in replaced[j2 - j1 :])  # deleted: kept
    return "".join(out)


_SAME_SHAPE = (
    # a paragraph (alone, or in a block-editor paragraph without attributes) ...
    re.compile(
        r"^(\s*(?:<!-- wp:paragraph -->\s*)?)<p\b[^<>]*>.*</p\s*>"
        r"(\s*(?:<!-- /wp:paragraph -->\s*)?)$",
        re.DOTALL,
    ),
    # ... or a figure (alone, or in a block-editor image)
    re.compile(
        r"^(\s*(?:<!-- wp:image(?: \{[^\n]*\})? -->\s*)?)<figure\b.*</figure\s*>"
        r"(\s*(?:<!-- /wp:image -->\s*)?)$",
        re.DOTALL,
    ),
)


def _in_place(old: str, line: str) -> str:
    """*line* where the site's *old* markup for it was: its block comments and spacing kept."""
    kind = 0 if line.startswith("<p") else 1 if line.startswith("<figure") else -1
    shape = (
        _SAME_SHAPE[kind].match(old)
        if kind >= 0 and old.count("<p" if kind == 0 else "<figure") == 1
        else None
    )
    if shape is not None:
        return shape.group(1) + line + shape.group(2)
    blocks = "<!-- wp:" in old
    trailing = old[len(old.rstrip()) :]
    return _new_line(line, blocks).rstrip() + trailing


_P_CLASS = re.compile(r'^<p class="([^"]*)">')
_WP_IMAGE = re.compile(r'class="wp-image-(\d+)"')


def _new_line(line: str, block_editor: bool) -> str:
    """A line Newsdesk writes into a site post: as it is, or as a block-editor block."""
    if not block_editor or line.startswith("<!--"):
        return line + ("\n\n" if block_editor else "\n")
    if line.startswith("<p"):
        classes = _P_CLASS.match(line)
        attributes = f" {json.dumps({'className': classes.group(1)})}" if classes else ""
        return f"<!-- wp:paragraph{attributes} -->\n{line}\n<!-- /wp:paragraph -->\n\n"
    if line.startswith("<figure"):
        media = _WP_IMAGE.search(line)
        image: dict[str, object] = {"id": int(media.group(1))} if media else {}
        image["sizeSlug"] = "large"
        return f"<!-- wp:image {json.dumps(image)} -->\n{line}\n<!-- /wp:image -->\n\n"
    return line + "\n\n"
