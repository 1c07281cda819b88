"""The copy of a photo that is uploaded to the site: upright, resized, without private data.

The original in the photo folder is never sent and never changed. Publishing
uploads a copy made by :func:`upload_copy` instead:

* **Resized** so its long edge is at most :attr:`UploadOptions.long_edge`
  (default 2560 px, the size above which WordPress itself makes a "scaled"
  copy), never enlarged. A JPEG is decoded at a reduced scale straight away
  (Pillow's ``draft``: the decoder skips detail instead of building the whole
  picture), so a 60-megapixel photo needs about a quarter of its full size in
  memory; the rest of the way is ``Image.reduce`` then Lanczos. PNG and WebP
  cannot be decoded at a reduced scale; they are decoded whole (at most
  :data:`~editor.photos.MAX_PIXELS` pixels, checked before decoding).
* **Upright**: the EXIF orientation is applied to the pixels and the tag
  dropped, so no viewer can turn it twice.
* **Metadata filtered** by :mod:`editor.photo_privacy`: caption, credit,
  copyright and the other IPTC/XMP fields readers need stay (IPTC IIM in a
  JPEG's Photoshop APP13 segment, which WordPress reads to fill a media
  item's caption, credit and copyright; XMP; EXIF artist/copyright); location
  only when the user allows it; device identifiers, maker notes and the
  embedded thumbnail never. The ICC colour profile stays, except for a CMYK
  JPEG, which is turned into RGB (browsers show CMYK badly).
* **Same format**: JPEG at quality :data:`JPEG_QUALITY`, PNG lossless, WebP
  at quality :data:`WEBP_QUALITY`; an MPO camera file becomes a plain JPEG.

Pillow does not write IPTC, and writes XMP into a JPEG only in recent
versions, so those two APP segments are spliced into the encoded JPEG here,
right after SOI and the segments Pillow wrote.

The copy is a private temporary file (mode 0600), deleted when the
``with`` block ends, however it ends. Pure Python and Pillow; no Qt. Runs in
the outbox worker, never on the GUI thread.
"""

from __future__ import annotations

import io
import logging
import os
import struct
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from editor.photo_metadata import extract_blocks
from editor.photo_privacy import MetadataPolicy, clean_exif, clean_iim, clean_xmp
from editor.photos import (
    MAX_PIXELS,
    PILLOW_FORMATS,
    PhotoError,
    PhotoErrorKind,
    PhotoFormat,
    decoding,
    exif_orientation,
    read_photo_bytes,
    save_error,
    sniff_format,
)

if TYPE_CHECKING:
    from PIL import Image  # the image library is imported where a photo is touched

__all__ = [
    "DEFAULT_LONG_EDGE",
    "JPEG_QUALITY",
    "LONG_EDGE_CHOICES",
    "WEBP_QUALITY",
    "EncodedPhoto",
    "UploadCopy",
    "UploadOptions",
    "encode_for_upload",
    "upload_copy",
]

_log = logging.getLogger(__name__)

#: Longest side of an uploaded photo unless the user chose otherwise (WordPress's threshold).
DEFAULT_LONG_EDGE = 2560
#: The long edges the Preferences offer.
LONG_EDGE_CHOICES = (1600, 2048, 2560, 3840)
#: JPEG quality of the upload copy: no visible loss, a third of the size of quality 100.
JPEG_QUALITY = 88
#: WebP quality of the upload copy.
WEBP_QUALITY = 88

_XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"
_MAX_SEGMENT_PAYLOAD = 0xFFFF - 2
_PNG_XMP_KEYWORD = "XML:com.adobe.xmp"
_PNG_IPTC_KEYWORD = "Raw profile type iptc"

# EXIF orientation → the turn (a PIL.Image.Transpose name) that shows the picture upright.
_TURNS = {
    2: "FLIP_LEFT_RIGHT",
    3: "ROTATE_180",
    4: "FLIP_TOP_BOTTOM",
    5: "TRANSPOSE",
    6: "ROTATE_270",
    7: "TRANSVERSE",
    8: "ROTATE_90",
}


@dataclass(frozen=True)
class UploadOptions:
    """The user's choices for uploaded photos, captured when an interview is queued.

    ``keep_location``: GPS coordinates and the sub-location leave with the
    photo (off unless the user turned on "Keep location in uploaded photos").
    ``long_edge``: the upload copy's longest side in pixels, at most.
    """

    keep_location: bool = False
    long_edge: int = DEFAULT_LONG_EDGE

    def to_payload(self) -> dict[str, object]:
        """The options as JSON for an outbox payload."""
        return {"keep_location": self.keep_location, "long_edge": self.long_edge}

    @classmethod
    def from_payload(cls, value: object) -> UploadOptions:
        """Options read back from an outbox payload; what is missing or odd takes the default.

        An item queued before this setting existed therefore strips location.
        """
        if not isinstance(value, Mapping):
            return cls()
        keep = value.get("keep_location")
        edge = value.get("long_edge")
        return cls(
            keep_location=keep is True,
            long_edge=edge
            if isinstance(edge, int) and not isinstance(edge, bool) and 256 <= edge <= 20_000
            else DEFAULT_LONG_EDGE,
        )


@dataclass(frozen=True)
class EncodedPhoto:
    """The upload copy in memory.

    ``width`` and ``height`` are the copy's (upright); ``decoded_size`` is the
    size the original was decoded at, in stored orientation: smaller than the
    original for a JPEG that was decoded at a reduced scale.
    """

    data: bytes
    format: PhotoFormat
    width: int
    height: int
    decoded_size: tuple[int, int]

    @property
    def mime_type(self) -> str:
        """Internet media type of the copy."""
        return self.format.mime_type


@dataclass(frozen=True)
class UploadCopy:
    """The upload copy on disk (a temporary file), and what it is."""

    path: Path
    photo: EncodedPhoto

    @property
    def mime_type(self) -> str:
        """Internet media type of the copy."""
        return self.photo.mime_type


@contextmanager
def upload_copy(
    source: Path, options: UploadOptions, folder: Path | None = None
) -> Iterator[UploadCopy]:
    """Make the upload copy of the photo at *source* in a temporary file; delete it afterwards.

    *folder* is where the file goes (default: the system's temporary folder).
    Raises :class:`~editor.photos.PhotoError` when the photo cannot be read
    or the copy cannot be written.
    """
    photo = encode_for_upload(source, options)
    try:
        fd, name = tempfile.mkstemp(
            prefix="newsdesk-upload-", suffix=photo.format.extension, dir=folder
        )
    except OSError as exc:
        raise save_error(exc, source) from exc
    path = Path(name)
    try:
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(photo.data)
        except OSError as exc:
            raise save_error(exc, source) from exc
        yield UploadCopy(path=path, photo=photo)
    finally:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            _log.warning("Could not remove the upload copy %s", path)


def encode_for_upload(source: Path, options: UploadOptions) -> EncodedPhoto:
    """The upload copy of the photo at *source*, in memory (see the module docstring).

    Raises :class:`~editor.photos.PhotoError` for a file Newsdesk would not
    attach (missing, damaged, not a photo, too many pixels).
    """
    data = read_photo_bytes(source)
    policy = MetadataPolicy(keep_location=options.keep_location)
    with decoding():
        pixels, photo_format, decoded, exif, icc = _decode(data, source, options.long_edge)
    try:
        iptc, xmp = extract_blocks(io.BytesIO(data))
    except Exception:
        _log.info("Dropping unreadable IPTC/XMP of %s", source, exc_info=True)
        iptc = xmp = None
    iim = clean_iim(iptc, policy) if iptc else None
    packet = clean_xmp(xmp, policy) if xmp else None
    exif_bytes = _exif_bytes(clean_exif(exif, policy))
    del data
    encoded = _encode(pixels, photo_format, exif_bytes, icc, packet, iim)
    width, height = pixels.size
    return EncodedPhoto(encoded, photo_format, width, height, decoded)


# --------------------------------------------------------------------------- pixels


def target_size(width: int, height: int, long_edge: int) -> tuple[int, int]:
    """*width* x *height* scaled so the long side is at most *long_edge*; never enlarged."""
    longest = max(width, height)
    if longest <= long_edge:
        return width, height
    scale = long_edge / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _decode(
    data: bytes, source: Path, long_edge: int
) -> tuple[Image.Image, PhotoFormat, tuple[int, int], Image.Exif, bytes | None]:
    """Decode *data* at the smallest scale that still gives the target size; call in decoding()."""
    from PIL import Image

    if sniff_format(data[:32]) is None:
        raise PhotoError(PhotoErrorKind.NOT_AN_IMAGE, source)
    try:
        image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, source, str(exc)) from exc
    except Exception as exc:  # Pillow raises many kinds on hostile headers
        raise PhotoError(PhotoErrorKind.TRUNCATED, source, f"{type(exc).__name__}: {exc}") from exc
    with image:
        photo_format = PILLOW_FORMATS.get(image.format or "")
        if photo_format is None:
            raise PhotoError(PhotoErrorKind.UNSUPPORTED_FORMAT, source, image.format or "unknown")
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, source, f"{width}x{height}")
        target = target_size(width, height, long_edge)
        orientation = exif_orientation(image)
        try:
            exif = image.getexif()
        except Exception:
            exif = Image.Exif()
        icc = image.info.get("icc_profile") or None
        if photo_format is PhotoFormat.JPEG and target != (width, height):
            # The JPEG decoder scales by 1/2, 1/4 or 1/8 on the way: never below *target*.
            image.draft(None, target)
        try:
            image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise PhotoError(PhotoErrorKind.TOO_MANY_PIXELS, source, str(exc)) from exc
        except Exception as exc:
            raise PhotoError(
                PhotoErrorKind.TRUNCATED, source, f"{type(exc).__name__}: {exc}"
            ) from exc
        decoded = image.size
        if image.mode == "CMYK":
            icc = None  # the profile describes ink; the copy is RGB
        pixels = _output_mode(image, photo_format)
        if pixels.size != target:
            pixels = pixels.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
        turn = _TURNS.get(orientation)
        if turn is not None:
            pixels = pixels.transpose(Image.Transpose[turn])
        if pixels is image:
            pixels = image.copy()
    pixels.info = {}  # nothing of the original's info may ride along into the encoder
    return pixels, photo_format, decoded, exif, icc if isinstance(icc, bytes) else None


def _output_mode(image: Image.Image, photo_format: PhotoFormat) -> Image.Image:
    """*image* in a mode the output format stores and Lanczos resizes; may be *image* itself."""
    transparent = "A" in image.getbands() or "transparency" in image.info
    if photo_format is PhotoFormat.JPEG:
        return image if image.mode in ("L", "RGB") else image.convert("RGB")
    if image.mode in ("RGB", "RGBA") or (
        photo_format is PhotoFormat.PNG and image.mode in ("L", "LA") and not transparent
    ):
        return image
    if image.mode.startswith("I") or image.mode == "F":
        # 16-bit or float grey: scaled to 8 bits, as browsers show it anyway.
        grey = image.convert("I").point(lambda value: value / 256).convert("L")
        return grey.convert("RGB") if photo_format is PhotoFormat.WEBP else grey
    return image.convert("RGBA" if transparent else "RGB")


# --------------------------------------------------------------------------- writing


def _exif_bytes(exif: Image.Exif) -> bytes | None:
    """The EXIF block as bytes (``Exif\\0\\0`` and TIFF), ``None`` if empty or not writable."""
    if not len(exif):
        return None
    try:
        return exif.tobytes()
    except Exception:
        _log.info("Dropping an EXIF block Pillow cannot write", exc_info=True)
        return None


def _encode(
    pixels: Image.Image,
    photo_format: PhotoFormat,
    exif: bytes | None,
    icc: bytes | None,
    xmp: bytes | None,
    iim: bytes | None,
) -> bytes:
    from PIL.PngImagePlugin import PngInfo

    buffer = io.BytesIO()
    extra: dict[str, object] = {}
    if exif:
        extra["exif"] = exif
    if icc:
        extra["icc_profile"] = icc
    if photo_format is PhotoFormat.JPEG:
        pixels.save(
            buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True, **extra
        )
        segments = []
        if xmp and len(_XMP_APP1_HEADER) + len(xmp) <= _MAX_SEGMENT_PAYLOAD:
            segments.append(_segment(0xE1, _XMP_APP1_HEADER + xmp))
        if iim:
            segments.extend(_photoshop_segments(iim))
        return splice_segments(buffer.getvalue(), segments)
    if photo_format is PhotoFormat.PNG:
        info = PngInfo()
        if xmp:
            info.add_itxt(_PNG_XMP_KEYWORD, xmp.decode("utf-8"))
        if iim:
            profile = raw_profile("IPTC profile", _photoshop_resources(iim))
            info.add_text(_PNG_IPTC_KEYWORD, profile, zip=True)
        pixels.save(buffer, format="PNG", pnginfo=info, **extra)
        return buffer.getvalue()
    if xmp:
        extra["xmp"] = xmp
    pixels.save(buffer, format="WEBP", quality=WEBP_QUALITY, method=4, **extra)
    return buffer.getvalue()


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _photoshop_resources(iim: bytes) -> bytes:
    """A Photoshop image resource block holding *iim* as resource 0x0404 (IPTC-NAA)."""
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"  # empty name, padded
    return resource + struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")


def _photoshop_segments(iim: bytes) -> list[bytes]:
    """APP13 segments holding *iim*; a long block continues in further segments, as Photoshop does.

    Every segment starts with the ``Photoshop 3.0`` header.
    """
    block = _photoshop_resources(iim)
    room = _MAX_SEGMENT_PAYLOAD - len(_PHOTOSHOP_HEADER)
    return [
        _segment(0xED, _PHOTOSHOP_HEADER + block[at : at + room])
        for at in range(0, len(block), room)
    ]


def splice_segments(jpeg: bytes, segments: list[bytes]) -> bytes:
    """*jpeg* with *segments* inserted after SOI and the APPn segments that follow it.

    The segments that lead a JPEG (JFIF, EXIF, ICC) stay first, as readers
    expect; ours come right after them, before the tables and the picture.
    """
    if not segments:
        return jpeg
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    at = 2
    while at + 4 <= len(jpeg) and jpeg[at] == 0xFF and 0xE0 <= jpeg[at + 1] <= 0xEF:
        (length,) = struct.unpack_from(">H", jpeg, at + 2)
        at += 2 + length
    return jpeg[:at] + b"".join(segments) + jpeg[at:]


def raw_profile(name: str, data: bytes) -> str:
    """*data* as ImageMagick and exiftool write a profile into PNG text: name, size, hex lines."""
    digits = data.hex()
    lines = "\n".join(digits[at : at + 72] for at in range(0, len(digits), 72))
    return f"\n{name}\n{len(data):8d}\n{lines}\n"
