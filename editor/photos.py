"""Photos attached to interview drafts: checking, importing and thumbnails.

A reporter picks a file; :func:`import_photo` checks it is a JPEG, PNG or WebP
photo that a browser will show (by its content, never its name), copies the
original byte for byte into the draft store's photo folder under a name made
from its SHA-256 (so attaching the same photo twice keeps one copy), writes a
small JPEG thumbnail beside it and returns the caption and credit the file
carries (:mod:`editor.photo_metadata`).

Every refusal is a :class:`PhotoError` whose :attr:`~PhotoError.kind` tells
the UI which translated sentence to show; :attr:`~PhotoError.user_message` is
the English one. Files are written through a temporary file and
:func:`os.replace`, so a refused or interrupted import leaves nothing behind.

Pure Python and Pillow; no Qt.
"""

from __future__ import annotations

import errno
import hashlib
import io
import logging
import os
import stat
import tempfile
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.photo_metadata import metadata_from_bytes
from storage.known_error import KnownError

if TYPE_CHECKING:
    from PIL import Image  # the image library is imported where a photo is touched

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "PILLOW_FORMATS",
    "THUMBNAIL_SIZE",
    "ImportedPhoto",
    "PhotoError",
    "PhotoErrorKind",
    "PhotoFormat",
    "PhotoInfo",
    "check_photo_file",
    "decoding",
    "exif_orientation",
    "import_photo",
    "photo_mime_type",
    "read_photo_bytes",
    "save_error",
    "sniff_format",
]

_log = logging.getLogger(__name__)

#: Largest photo file accepted (40 MB).
MAX_FILE_BYTES = 40 * 1024 * 1024
#: Largest photo accepted, in pixels (60 megapixels); more is refused before decoding.
MAX_PIXELS = 60_000_000
#: Longest side of a thumbnail, in pixels.
THUMBNAIL_SIZE = 320
#: JPEG quality of thumbnails.
THUMBNAIL_QUALITY = 85
#: Folder inside the photos folder that holds the thumbnails.
THUMBNAILS_FOLDER = "thumbs"
#: Hex digits of the SHA-256 used in a stored photo's name.
HASH_PREFIX_LENGTH = 16

_EXIF_ORIENTATION = 0x0112
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_TEMP_PREFIX = ".import-"

# warnings.catch_warnings() changes process-wide state; decoding one photo at a
# time keeps two imports on worker threads from restoring each other's filters
# (and keeps two 60-megapixel decodes from sharing the memory).
_DECODE_LOCK = threading.Lock()


class PhotoFormat(StrEnum):
    """The picture formats a photo may have (the names Pillow uses)."""

    JPEG = "JPEG"
    PNG = "PNG"
    WEBP = "WEBP"

    @property
    def extension(self) -> str:
        """File name extension a stored photo of this format gets, with the dot."""
        return {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}[self.value]

    @property
    def mime_type(self) -> str:
        """Internet media type, as sent when uploading the photo."""
        return {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}[self.value]


# Pillow reports camera JPEGs with a multi-picture extension as "MPO"; browsers
# show them as plain JPEGs (the first picture), so they are accepted as JPEG.
PILLOW_FORMATS: dict[str, PhotoFormat] = {
    "JPEG": PhotoFormat.JPEG,
    "MPO": PhotoFormat.JPEG,
    "PNG": PhotoFormat.PNG,
    "WEBP": PhotoFormat.WEBP,
}


class PhotoErrorKind(StrEnum):
    """Why a photo was refused; the error's translated message is chosen by it."""

    UNREADABLE = "unreadable"
    NOT_AN_IMAGE = "not_an_image"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TRUNCATED = "truncated"
    TOO_LARGE_FILE = "too_large_file"
    TOO_MANY_PIXELS = "too_many_pixels"
    DISK_FULL = "disk_full"
    CANNOT_SAVE = "cannot_save"


class PhotoError(KnownError):
    """A photo that cannot be attached (or published), with a sentence for the user.

    ``kind`` says why; ``path`` is the file concerned; ``detail`` is for the
    log only (an OS error text, Pillow's complaint, the format found).
    """

    def __init__(self, kind: PhotoErrorKind, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {path}" + (f" ({detail})" if detail else ""))
        self.kind = kind
        self.path = path
        self.detail = detail

    @property
    def user_message(self) -> str:
        """One translated sentence saying what is wrong and what to do."""
        translate = QCoreApplication.translate
        messages = {
            PhotoErrorKind.UNREADABLE: translate(
                "EditorMessages",
                "Newsdesk could not open “{name}”; check that the file still exists and "
                "that you may read it.",
            ),
            PhotoErrorKind.NOT_AN_IMAGE: translate(
                "EditorMessages", "“{name}” is not a picture, so it cannot be attached as a photo."
            ),
            PhotoErrorKind.UNSUPPORTED_FORMAT: translate(
                "EditorMessages",
                "“{name}” is in a picture format Newsdesk does not publish; "
                "only JPEG, PNG and WebP can be attached. Save it as JPEG first.",
            ),
            PhotoErrorKind.TRUNCATED: translate(
                "EditorMessages",
                "“{name}” is damaged or incomplete (perhaps the copy was interrupted); "
                "copy it again from the camera or the sender.",
            ),
            PhotoErrorKind.TOO_LARGE_FILE: translate(
                "EditorMessages",
                "“{name}” is larger than 40 MB; export a smaller copy and attach that instead.",
            ),
            PhotoErrorKind.TOO_MANY_PIXELS: translate(
                "EditorMessages",
                "“{name}” has more than 60 megapixels; resize it and attach the smaller copy.",
            ),
            PhotoErrorKind.DISK_FULL: translate(
                "EditorMessages",
                "The disk is full, so “{name}” could not be saved; free some space and try again.",
            ),
            PhotoErrorKind.CANNOT_SAVE: translate(
                "EditorMessages",
                "Newsdesk could not save “{name}” in its photo folder; check that the data "
                "folder can be written to.",
            ),
        }
        found = self.detail if self.kind is PhotoErrorKind.UNSUPPORTED_FORMAT else ""
        if found.isalnum():  # the format Pillow named (GIF, BMP, HEIC)
            return translate(
                "EditorMessages",
                "“{name}” is a {format} picture, a format Newsdesk does not publish; "
                "only JPEG, PNG and WebP can be attached. Save it as JPEG first.",
            ).format(name=self.path.name, format=found)
        return messages[self.kind].format(name=self.path.name)


@dataclass(frozen=True)
class PhotoInfo:
    """What checking a photo file found; width and height as displayed (EXIF orientation)."""

    format: PhotoFormat
    width: int
    height: int

    @property
    def mime_type(self) -> str:
        """Internet media type of the photo."""
        return self.format.mime_type


@dataclass(frozen=True)
class ImportedPhoto:
    """A photo copied into the photo folder, its thumbnail and what the file says about itself.

    ``width`` and ``height`` are as the photo is displayed, i.e. after its EXIF
    orientation (a portrait shot stored sideways is taller than wide).
    ``caption``, ``credit`` and ``alt_hint`` come from the file's IPTC/XMP
    metadata (``None`` when absent) and are only suggestions for the reporter.
    """

    image_path: Path
    thumbnail_path: Path
    width: int
    height: int
    format: PhotoFormat
    caption: str | None
    credit: str | None
    alt_hint: str | None = None


def check_photo_file(path: Path) -> PhotoInfo:
    """Check that *path* is a photo Newsdesk accepts, decoding it completely.

    Used before publishing, to re-check a stored photo. Raises
    :class:`PhotoError` for any file :func:`import_photo` would refuse.
    """
    data = read_photo_bytes(path)
    with decoding(), _open_photo(data, path) as (image, photo_format):
        width, height = _display_size(image)
    return PhotoInfo(format=photo_format, width=width, height=height)


def photo_mime_type(path: Path) -> str:
    """Return ``image/jpeg``, ``image/png`` or ``image/webp`` for the photo at *path*.

    Judged from the first bytes of the file, not its name and without decoding
    it (use :func:`check_photo_file` for that). Raises :class:`PhotoError`
    (UNREADABLE, NOT_AN_IMAGE or UNSUPPORTED_FORMAT) for anything else.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(32)
    except OSError as exc:
        raise PhotoError(PhotoErrorKind.UNREADABLE, path, str(exc)) from exc
    photo_format = sniff_format(head)
    if photo_format is not None:
        return photo_format.mime_type
    raise _unrecognised(head, path)


def import_photo(source: Path, photos_dir: Path) -> ImportedPhoto:
    """Check *source* and copy it into *photos_dir*; return the stored photo.

    The copy is named after the SHA-256 of its content with the extension of
    its real format (``.jpg``, ``.png``, ``.webp``), so importing the same
    photo again, under any name, reuses the stored copy. The thumbnail (JPEG,
    at most :data:`THUMBNAIL_SIZE` pixels on its long side, turned upright,
    transparency over white) goes to ``photos_dir/thumbs/`` under the same stem.

    Raises :class:`PhotoError` when the file is refused or cannot be stored;
    *photos_dir* is then left as it was.
    """
    data = read_photo_bytes(source)
    with decoding(), _open_photo(data, source) as (image, photo_format):
        width, height = _display_size(image)
        thumbnail = _thumbnail_jpeg(image)
    metadata = metadata_from_bytes(data)

    stem = hashlib.sha256(data).hexdigest()[:HASH_PREFIX_LENGTH]
    image_path = photos_dir / f"{stem}{photo_format.extension}"
    thumbnail_path = photos_dir / THUMBNAILS_FOLDER / f"{stem}.jpg"
    created: Path | None = None
    try:
        _make_folder(photos_dir, source)
        if not _holds(image_path, data):
            _write_atomically(image_path, data, source)
            created = image_path
        if not _is_nonempty_file(thumbnail_path):
            _make_folder(thumbnail_path.parent, source)
            _write_atomically(thumbnail_path, thumbnail, source)
    except PhotoError:
        if created is not None:
            created.unlink(missing_ok=True)
        raise
    return ImportedPhoto(
        image_path=image_path,
        thumbnail_path=thumbnail_path,
        width=width,
        height=height,
        format=photo_format,
        caption=metadata.caption,
        credit=metadata.credit,
        alt_hint=metadata.alt_hint,
    )


# --------------------------------------------------------------------------- reading and checking


def read_photo_bytes(path: Path) -> bytes:
    """The whole file, at most :data:`MAX_FILE_BYTES`; checking the bytes we copy avoids races."""
    try:
        status = path.stat()
    except OSError as exc:
        raise PhotoError(PhotoErrorKind.UNREADABLE, path, str(exc)) from exc
    if not stat.S_ISREG(status.st_mode):  # a folder, or a pipe that would block us
        raise PhotoError(PhotoErrorKind.UNREADABLE, path, "not a regular file")
    if status.st_size > MAX_FILE_BYTES:
        raise PhotoError(PhotoErrorKind.TOO_LARGE_FILE, path, f"{status.st_size} bytes")
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PhotoError(PhotoErrorKind.UNREADABLE, path, str(exc)) from exc
    if len(data) > MAX_FILE_BYTES:  # it grew after stat()
        raise PhotoError(PhotoErrorKind.TOO_LARGE_FILE, path, "more than the limit")
    return data


def sniff_format(head: bytes) -> PhotoFormat | None:
    """The photo format the first bytes of a file announce; ``None`` for anything else."""
    if head.startswith(b"\xff\xd8\xff"):
        return PhotoFormat.JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PhotoFormat.PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return PhotoFormat.WEBP
    return None


# Picture formats Pillow may not know, told apart so the reporter hears
# "convert it" rather than "not a picture" (HEIC is what iPhones take).
_HEIF_BRANDS = {
    b"heic": "HEIC",
    b"heix": "HEIC",
    b"heim": "HEIC",
    b"heis": "HEIC",
    b"hevc": "HEIC",
    b"hevx": "HEIC",
    b"mif1": "HEIF",
    b"msf1": "HEIF",
    b"avif": "AVIF",
    b"avis": "AVIF",
}


def _other_picture_format(head: bytes) -> str | None:
    if head[4:8] == b"ftyp":
        return _HEIF_BRANDS.get(head[8:12])
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith(b"BM"):
        return "BMP"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    return None


def _unrecognised(head: bytes, path: Path) -> PhotoError:
    """The error for a file that is not JPEG, PNG or WebP (judged from its first bytes)."""
    other = _other_picture_format(head)
    if other is not None:
        return PhotoError(PhotoErrorKind.UNSUPPORTED_FORMAT, path, other)
    return PhotoError(PhotoErrorKind.NOT_AN_IMAGE, path)


@contextmanager
def decoding() -> Iterator[None]:
    """One decode at a time, Pillow's decompression-bomb warning raised, its other warnings off.

    Pillow warns on damaged-but-usable files (e.g. a malformed MPO extension);
    those are judged by whether the picture decodes, not by the warning.
    """
    from PIL import Image

    with _DECODE_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        yield


@contextmanager
def _open_photo(data: bytes, path: Path) -> Iterator[tuple[Image.Image, PhotoFormat]]:
    """Open and fully decode *data*; call inside :func:`_decoding`."""
    from PIL import Image

    if not data:
        raise PhotoError(PhotoErrorKind.NOT_AN_IMAGE, path, "empty file")
    sniffed = sniff_format(data[:32])
    if sniffed is None and _other_picture_format(data[:32]) is not None:
        raise _unrecognised(data[:32], path)
    try:
        image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, path, str(exc)) from exc
    except Exception as exc:  # Pillow raises many kinds on hostile headers
        kind = PhotoErrorKind.TRUNCATED if sniffed else PhotoErrorKind.NOT_AN_IMAGE
        raise PhotoError(kind, path, f"{type(exc).__name__}: {exc}") from exc
    with image:
        photo_format = PILLOW_FORMATS.get(image.format or "")
        if photo_format is None:
            raise PhotoError(PhotoErrorKind.UNSUPPORTED_FORMAT, path, image.format or "unknown")
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, path, f"{width}x{height}")
        try:
            image.load()  # the full decode is what finds a truncated or corrupt file
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, path, str(exc)) from exc
        except Exception as exc:
            raise PhotoError(
                PhotoErrorKind.TRUNCATED, path, f"{type(exc).__name__}: {exc}"
            ) from exc
        yield image, photo_format


def exif_orientation(image: Image.Image) -> int:
    """The EXIF orientation (1-8) of an opened photo; 1 (as stored) when absent or damaged."""
    try:
        value = image.getexif().get(_EXIF_ORIENTATION, 1)
    except Exception:  # damaged EXIF: show the picture as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _display_size(image: Image.Image) -> tuple[int, int]:
    width, height = image.size
    if exif_orientation(image) in (5, 6, 7, 8):  # stored sideways
        return height, width
    return width, height


# --------------------------------------------------------------------------- thumbnail


def _upright(image: Image.Image) -> Image.Image:
    from PIL import ImageOps

    try:
        turned = ImageOps.exif_transpose(image)
    except Exception:
        _log.info("Ignoring a damaged EXIF orientation", exc_info=True)
        turned = None
    return turned if turned is not None else image


def _flattened(image: Image.Image) -> Image.Image:
    """An RGB copy of *image*; transparency is laid over white, 16-bit grey scaled to 8 bits."""
    from PIL import Image

    if image.mode in ("I;16", "I;16L", "I;16B", "I;16N", "I"):
        return image.convert("I").point(lambda value: value / 256).convert("RGB")
    if image.mode == "F":
        return image.convert("L").convert("RGB")
    transparent = "A" in image.getbands() or "transparency" in image.info
    if not transparent:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(white, rgba).convert("RGB")


def _thumbnail_jpeg(image: Image.Image) -> bytes:
    """The JPEG thumbnail of a loaded photo, upright, at most THUMBNAIL_SIZE on its long side."""
    from PIL import Image

    upright = _upright(image)
    if upright.mode in ("RGB", "L") and "transparency" not in upright.info:
        # Shrink first (cheap and exact for these modes), then convert the small copy.
        small = upright.copy()
        small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.LANCZOS)
        small = small.convert("RGB")
    else:
        small = _flattened(upright)
        small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE), Image.Resampling.LANCZOS)
    icc_profile = image.info.get("icc_profile") if image.mode in ("RGB", "RGBA") else None
    buffer = io.BytesIO()
    small.save(
        buffer,
        format="JPEG",
        quality=THUMBNAIL_QUALITY,
        optimize=True,
        icc_profile=icc_profile or None,
    )
    return buffer.getvalue()


# --------------------------------------------------------------------------- writing


def save_error(exc: OSError, source: Path) -> PhotoError:
    """The :class:`PhotoError` for an OS error while writing a file made from *source*."""
    kind = (
        PhotoErrorKind.DISK_FULL if exc.errno in _DISK_FULL_ERRNOS else PhotoErrorKind.CANNOT_SAVE
    )
    return PhotoError(kind, source, str(exc))


def _make_folder(folder: Path, source: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise save_error(exc, source) from exc


def _is_nonempty_file(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return False


def _holds(path: Path, data: bytes) -> bool:
    """True if *path* already holds exactly *data* (a previous import of the same photo)."""
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _write_atomically(target: Path, data: bytes, source: Path) -> None:
    """Write *data* to *target* through a temporary file in the same folder and os.replace."""
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=_TEMP_PREFIX, suffix=target.suffix
        )
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
        temp_name = None
    except OSError as exc:
        raise save_error(exc, source) from exc
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                _log.warning("Could not remove the temporary file %s", temp_name)
