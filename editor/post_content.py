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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from editor.document import InterviewDocument, PhotoBlock
from editor.html_export import export_html
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

    def image_url(photo: PhotoBlock) -> str | None:
        image = images.get(photo.image_path or "")
        return image.url if image is not None else None

    def figure(photo: PhotoBlock, url: str | None) -> str:
        return site_figure(photo, url, images.get(photo.image_path or ""))

    body = export_html(document, image_url=image_url, figure=figure)
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
