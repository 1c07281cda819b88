"""The pictures of the standalone page: where each comes from and how big it is shown.

Three readers see the page, and each gets its photos differently:

* the **preview** shows the originals in the photo folder (``file:`` URLs), sized
  to the preview's width (:func:`preview_images`);
* the **HTML export** is mailed and read offline, so it carries its photos inside
  itself as ``data:`` URLs: one file to attach, nothing to lose on the way, no
  folder beside it that a mail program would leave behind. Each is the same
  copy a publish uploads (:func:`editor.photo_upload.encode_for_upload`): upright,
  its long edge at most :data:`EXPORT_LONG_EDGE` pixels (sharp on a high-density
  screen at the page's width, a few hundred kilobytes), and without GPS
  position, device serials or the embedded thumbnail — a mailed page must not
  tell where a source lives (:func:`embedded_images`);
* the **PDF** is laid out by Qt, which is handed the same private copies as
  images in memory (:func:`encoded_photos`).

Only photos inside the profile's data folder are read: a stored document whose
image path points elsewhere (``/dev/zero``, ``../..``) shows a caption only.
Pure Python and Pillow; no Qt.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from editor.document import InterviewDocument, PhotoBlock
from editor.html_export import PageImage, PageImages
from editor.photos import PhotoError, exif_orientation

if TYPE_CHECKING:  # the encoder (and its metadata filters) is imported when a page is exported
    from editor.photo_upload import EncodedPhoto

_log = logging.getLogger(__name__)

#: Widest a photo is shown on the page, in CSS pixels (the text column is about 672).
PAGE_IMAGE_WIDTH = 640
#: Tallest a photo is shown on the page, so a portrait photo and its caption fit a screen.
PAGE_IMAGE_HEIGHT = 560
#: Long edge of a photo carried inside an exported page.
EXPORT_LONG_EDGE = 1280


def photo_file(photos_root: Path | None, photo: PhotoBlock) -> Path | None:
    """The file of *photo* inside *photos_root*; None without one or outside it."""
    if not photo.image_path or photos_root is None:
        return None
    root = photos_root.resolve()
    path = (root / photo.image_path).resolve()
    return path if path.is_relative_to(root) and path != root else None


def fit(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """*size* scaled down (never up) to fit *box*, keeping its proportions."""
    width, height = size
    if width <= 0 or height <= 0:
        return box
    scale = min(1.0, box[0] / width, box[1] / height)
    return max(1, round(width * scale)), max(1, round(height * scale))


def upright_size(path: Path) -> tuple[int, int] | None:
    """Width and height of the photo at *path* as displayed; None if it cannot be read.

    Reads only the file's header (no decoding).
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            width, height = image.size
            turned = exif_orientation(image) in (5, 6, 7, 8)
    except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError):
        return None
    return (height, width) if turned else (width, height)


def preview_images(photos_root: Path | None, max_width: int) -> PageImages:
    """Originals from the photo folder, at most *max_width* wide, for the preview."""
    box = (max(1, min(PAGE_IMAGE_WIDTH, max_width)), PAGE_IMAGE_HEIGHT)

    def image(photo: PhotoBlock) -> PageImage | None:
        path = photo_file(photos_root, photo)
        if path is None:
            return None
        size = upright_size(path)
        if size is None:
            return PageImage(path.as_uri())
        width, height = fit(size, box)
        return PageImage(path.as_uri(), width, height)

    return image


def encoded_photos(
    document: InterviewDocument,
    photos_root: Path | None,
    long_edge: int,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, EncodedPhoto]:
    """The private copy of each of *document*'s photos, by image path.

    A photo that cannot be read (missing, damaged) is left out and logged: the
    page shows its caption alone. Stops early when *is_cancelled* says so.
    """
    from editor.photo_upload import UploadOptions, encode_for_upload

    options = UploadOptions(keep_location=False, long_edge=long_edge)
    copies: dict[str, EncodedPhoto] = {}
    for block in document.blocks:
        if is_cancelled():
            break
        if not isinstance(block, PhotoBlock) or not block.image_path:
            continue
        if block.image_path in copies:
            continue
        path = photo_file(photos_root, block)
        if path is None:
            continue
        try:
            copies[block.image_path] = encode_for_upload(path, options)
        except PhotoError as error:
            _log.warning("Photo left out of the export: %s", error)
    return copies


def missing_photos(document: InterviewDocument, copies: Mapping[str, EncodedPhoto]) -> int:
    """How many of *document*'s photos have an image that is not among *copies*."""
    return sum(
        1
        for block in document.blocks
        if isinstance(block, PhotoBlock) and block.image_path and block.image_path not in copies
    )


def data_url(photo: EncodedPhoto) -> str:
    """*photo* as a ``data:`` URL."""
    return f"data:{photo.mime_type};base64,{base64.b64encode(photo.data).decode('ascii')}"


def embedded_images(copies: Mapping[str, EncodedPhoto]) -> PageImages:
    """Pictures carried inside the page (``data:`` URLs), shown at most the page's width."""

    def image(photo: PhotoBlock) -> PageImage | None:
        copy = copies.get(photo.image_path or "")
        if copy is None:
            return None
        width, height = fit((copy.width, copy.height), (PAGE_IMAGE_WIDTH, PAGE_IMAGE_HEIGHT))
        return PageImage(data_url(copy), width, height)

    return image
