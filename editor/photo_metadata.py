"""Caption and credit a photo carries inside its own file (IPTC IIM and XMP).

Photographers and agencies write the caption and the photographer's name into
the picture itself; reporters expect them to come along when they attach it.
This module reads them from JPEG, PNG and WebP files without decoding a pixel:

* **IPTC IIM**: in a JPEG, the Photoshop resource block in an APP13 segment,
  resource ``0x0404``; in a PNG, the hex-encoded ``Raw profile type iptc`` (or
  ``8bim`` / ``APP13``) text chunk that ImageMagick and exiftool write, holding
  that resource block or the bare IIM records. Datasets 2:120 Caption-Abstract,
  2:80 By-line and 2:110 Credit. See *IPTC text encodings* below.
* **XMP**: the APP1 packet of a JPEG, the ``XML:com.adobe.xmp`` iTXt chunk of a
  PNG (also accepted in tEXt/zTXt, and ImageMagick's ``Raw profile type xmp``),
  the ``XMP`` chunk of a WebP; properties ``dc:description``,
  ``dc:creator``, ``photoshop:Credit`` and ``Iptc4xmpCore:AltTextAccessibility``.

Which value wins: the caption is IPTC Caption-Abstract, else XMP
``dc:description``; the credit is IPTC By-line, else XMP ``dc:creator``, else
IPTC Credit, else XMP ``photoshop:Credit``.

IPTC text encodings: dataset 1:90 (CodedCharacterSet) is honoured when it
names a character set: UTF-8 (``ESC % G``), or an ISO 8859 part designated
with ``ESC - F`` (Latin-1 is read as Windows-1252, as every writer means it).
Without it (older Vietnamese tools, Photoshop on a Vietnamese Windows code
page) each value is read as strict UTF-8, else as Windows-1258, else as
Latin-1. Windows-1258 writes many Vietnamese letters as a base letter plus a
combining tone mark; the NFC step of :func:`~storage.textfold.clean_text`
composes them. A UTF-8 value whose last character was cut by a byte limit
(IIM captions are often truncated at 2000 bytes) loses that character only.
TCVN3 (ABC) and VNI are *not* recognised: they are font encodings without a
marker, their bytes are also valid Windows-1258, and telling them apart would
take a guess on the words; such text comes out garbled and the reporter
retypes it.

Metadata is untrusted input. Nothing here raises on a hostile or damaged
file: the answer is then simply empty (a damaged IPTC block does not hide a
sound XMP packet, nor the other way round). XMP packets over 1 MB are
ignored, and so is any packet with a DTD (no entity is ever expanded, nothing
is fetched); compressed PNG text is inflated only up to those limits. Every
text passes :func:`storage.textfold.clean_text`.

Pure Python; no Qt, and Pillow is not needed for reading metadata (Pillow
offers ``im.info["xmp"]`` for PNG and WebP, but only after opening the image;
here the chunks are walked directly, with our own bounds).
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.etree import ElementTree

from storage.textfold import clean_text

__all__ = [
    "MAX_XMP_BYTES",
    "PhotoMetadata",
    "extract_blocks",
    "metadata_from_bytes",
    "parse_iim",
    "parse_xmp_tree",
    "read_caption_and_credit",
    "read_metadata",
]

_log = logging.getLogger(__name__)

#: XMP packets larger than this are ignored (real ones are a few kilobytes).
MAX_XMP_BYTES = 1024 * 1024

# Bounds on the container walks, so a hostile file cannot keep us busy.
_MAX_JPEG_SEGMENTS = 1000
_MAX_JPEG_FILL_BYTES = 64
_MAX_PNG_CHUNKS = 100_000
_MAX_WEBP_CHUNKS = 10_000
_MAX_IPTC_BYTES = 1024 * 1024
# A PNG raw profile: decoded size, and its hex text (two digits a byte, newlines, header).
_MAX_RAW_PROFILE_BYTES = 2 * 1024 * 1024
_MAX_RAW_PROFILE_TEXT = 5 * 1024 * 1024

_JPEG_SOI = b"\xff\xd8"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP_APP13_HEADER = b"Photoshop 3.0\x00"
_PNG_XMP_KEYWORD = b"XML:com.adobe.xmp"
_PNG_TEXT_CHUNKS = (b"tEXt", b"zTXt", b"iTXt")
_PNG_IPTC_PROFILES = (b"raw profile type iptc", b"raw profile type 8bim", b"raw profile type app13")
_PNG_XMP_PROFILE = b"raw profile type xmp"
_IRB_SIGNATURES = (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR")
_IRB_IPTC_RESOURCE = 0x0404

# IPTC IIM datasets (record, dataset).
_IIM_CODED_CHARACTER_SET = (1, 90)
_IIM_BYLINE = (2, 80)
_IIM_CREDIT = (2, 110)
_IIM_CAPTION = (2, 120)
# ISO 2022 escape sequences that announce UTF-8 (plain, and implementation levels 1-3).
_IIM_UTF8_MARKERS = (b"\x1b%G", b"\x1b%/G", b"\x1b%/H", b"\x1b%/I")
# ISO 2022 designations of a 96-character set to G1, G2 or G3 (ESC - F, ESC . F,
# ESC / F): the final byte F names the ISO 8859 part (ISO-IR 100, 101, ...).
_ISO2022_96_INTERMEDIATES = b"-./"
_UTF8 = "utf-8"
_LATIN1 = "iso8859-1"
_ISO2022_96_SETS = {
    ord("A"): _LATIN1,
    ord("B"): "iso8859-2",
    ord("C"): "iso8859-3",
    ord("D"): "iso8859-4",
    ord("F"): "iso8859-7",
    ord("G"): "iso8859-6",
    ord("H"): "iso8859-8",
    ord("L"): "iso8859-5",
    ord("M"): "iso8859-9",
    ord("b"): "iso8859-15",
}

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_DC = "http://purl.org/dc/elements/1.1/"
_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RDF_CONTAINERS = (f"{{{_RDF}}}Alt", f"{{{_RDF}}}Seq", f"{{{_RDF}}}Bag")
_RDF_LI = f"{{{_RDF}}}li"

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.DOTALL)
_DTD_MARKERS = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class PhotoMetadata:
    """What a photo file says about itself; ``None`` where it says nothing.

    ``caption`` may hold several lines (``\\n``); ``credit`` is one line, several
    photographers joined by ``", "``. ``alt_hint`` is the IPTC "Alt Text
    (Accessibility)" a picture desk may have written: a suggestion for the
    reporter's alt text, never used without them seeing it.
    """

    caption: str | None = None
    credit: str | None = None
    alt_hint: str | None = None


def read_caption_and_credit(path: Path) -> PhotoMetadata:
    """Return the caption and credit written inside the photo at *path*.

    Never raises: a missing, unreadable, damaged or hostile file gives an
    empty :class:`PhotoMetadata`.
    """
    try:
        with path.open("rb") as stream:
            return read_metadata(stream)
    except OSError as exc:
        _log.info("Cannot read photo metadata of %s: %s", path, exc)
        return PhotoMetadata()


def metadata_from_bytes(data: bytes) -> PhotoMetadata:
    """Like :func:`read_caption_and_credit`, for a photo already read into memory."""
    return read_metadata(io.BytesIO(data))


def read_metadata(stream: BinaryIO) -> PhotoMetadata:
    """Read the metadata of the JPEG, PNG or WebP file open (seekable, binary) in *stream*.

    Never raises on the file's content; anything else than those three
    formats gives an empty :class:`PhotoMetadata`.
    """
    # Hostile input must never break an import: each stage fails on its own.
    try:
        iptc, xmp = extract_blocks(stream)
    except Exception:
        _log.warning("Ignoring unreadable photo metadata", exc_info=True)
        return PhotoMetadata()
    try:
        iim = parse_iim(iptc) if iptc else {}
    except Exception:
        _log.warning("Ignoring an unreadable IPTC block", exc_info=True)
        iim = {}
    try:
        xmp_fields = _parse_xmp(xmp) if xmp else {}
    except Exception:
        _log.warning("Ignoring an unreadable XMP packet", exc_info=True)
        xmp_fields = {}

    declared = _declared_charset(iim.get(_IIM_CODED_CHARACTER_SET, []))

    def iptc_text(key: tuple[int, int], *, repeatable: bool = False) -> str | None:
        values = iim.get(key, [])
        if not repeatable:
            values = values[:1]
        texts = [_decode_iim(value, declared) for value in values]
        return _join([text for text in texts if text is not None])

    caption = iptc_text(_IIM_CAPTION) or _paragraphs(xmp_fields.get("description", []))
    credit = (
        _one_line(iptc_text(_IIM_BYLINE, repeatable=True))
        or _one_line(_join(xmp_fields.get("creator", [])))
        or _one_line(iptc_text(_IIM_CREDIT))
        or _one_line(_join(xmp_fields.get("credit", [])[:1]))
    )
    alt_hint = _paragraphs(xmp_fields.get("alt", []))
    return PhotoMetadata(caption=caption, credit=credit, alt_hint=alt_hint)


# --------------------------------------------------------------------------- text helpers


def _clean(text: str) -> str | None:
    cleaned = clean_text(text).strip()
    return cleaned or None


def _join(texts: list[str]) -> str | None:
    cleaned = [c for c in (_clean(t) for t in texts) if c]
    return ", ".join(cleaned) or None


def _paragraphs(texts: list[str]) -> str | None:
    """The first non-empty text of a language alternative, cleaned."""
    for text in texts:
        cleaned = _clean(text)
        if cleaned:
            return cleaned
    return None


def _one_line(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split()) or None


def _declared_charset(values: list[bytes]) -> str | None:
    """The codec named by the IIM 1:90 CodedCharacterSet values; ``None`` if none is named.

    A value is a string of ISO 2022 escape sequences. Only a designation we can
    decode counts; ASCII alone (``ESC ( B``) or an unknown set says nothing
    about the bytes above 127, so the caller then guesses.
    """
    for value in values[:4]:
        if value.startswith(_IIM_UTF8_MARKERS):
            return _UTF8
        for at in range(min(len(value), 64) - 2):
            if value[at] == 0x1B and value[at + 1] in _ISO2022_96_INTERMEDIATES:
                codec = _ISO2022_96_SETS.get(value[at + 2])
                if codec is not None:
                    return codec
    return None


def _utf8_strict(value: bytes) -> str | None:
    """*value* as UTF-8, or ``None`` if it is not UTF-8.

    A writer that cut the text at a byte limit may have split its last
    character; when that is the only fault and the rest holds non-ASCII UTF-8
    (so it is surely UTF-8, not a Windows code page ending in a lead byte), the
    broken character is dropped.
    """
    try:
        return value.decode(_UTF8)
    except UnicodeDecodeError as exc:
        head = value[: exc.start]
        if exc.reason != "unexpected end of data" or exc.end != len(value) or head.isascii():
            return None
        return head.decode(_UTF8, errors="replace")


def _decode_iim(value: bytes, declared: str | None) -> str | None:
    """One IIM text value, decoded as :func:`_declared_charset` says or guessed; cleaned."""
    if declared == _UTF8:
        text = _utf8_strict(value)
        return _clean(text if text is not None else value.decode(_UTF8, errors="replace"))
    if declared == _LATIN1:
        encodings: tuple[str, ...] = ("cp1252",)
    elif declared is not None:
        return _clean(value.decode(declared, errors="replace"))
    else:
        text = _utf8_strict(value)
        if text is not None:
            return _clean(text.removeprefix("\ufeff"))
        encodings = ("cp1258",)  # Vietnamese Windows; clean_text composes its tone marks
    for encoding in encodings:
        try:
            return _clean(value.decode(encoding))
        except UnicodeDecodeError:
            continue
    return _clean(value.decode("latin-1"))


# --------------------------------------------------------------------------- containers


def extract_blocks(stream: BinaryIO) -> tuple[bytes | None, bytes | None]:
    """Return (IPTC IIM bytes, XMP packet bytes) of the file in *stream*; ``None`` if absent.

    JPEG, PNG and WebP (which has no IPTC); anything else gives ``(None, None)``.
    May raise on a damaged file: callers treat any exception as "no metadata".
    """
    head = stream.read(12)
    stream.seek(0)
    if head.startswith(_JPEG_SOI):
        return _jpeg_blocks(stream)
    if head.startswith(_PNG_SIGNATURE):
        return _png_blocks(stream)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return None, _webp_xmp(stream)
    return None, None


def _jpeg_segments(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Yield (marker, payload) of the APP1 and APP13 segments before the image data."""
    if stream.read(2) != _JPEG_SOI:
        return
    for _ in range(_MAX_JPEG_SEGMENTS):
        if stream.read(1) != b"\xff":
            return
        marker = stream.read(1)
        fill = 0
        while marker == b"\xff" and fill < _MAX_JPEG_FILL_BYTES:
            marker = stream.read(1)
            fill += 1
        if not marker or marker == b"\xff":
            return
        code = marker[0]
        if code == 0x01 or 0xD0 <= code <= 0xD8:  # markers without a length
            continue
        if code in (0xD9, 0xDA):  # end of image, start of scan: no metadata after
            return
        raw_length = stream.read(2)
        if len(raw_length) < 2:
            return
        length = int.from_bytes(raw_length, "big")
        if length < 2:
            return
        if code in (0xE1, 0xED):
            payload = stream.read(length - 2)
            if len(payload) < length - 2:
                return
            yield code, payload
        else:
            stream.seek(length - 2, io.SEEK_CUR)


def _jpeg_blocks(stream: BinaryIO) -> tuple[bytes | None, bytes | None]:
    photoshop = bytearray()
    xmp: bytes | None = None
    for code, payload in _jpeg_segments(stream):
        if code == 0xE1 and xmp is None and payload.startswith(_XMP_APP1_HEADER):
            xmp = payload[len(_XMP_APP1_HEADER) :]
        elif code == 0xED and payload.startswith(_PHOTOSHOP_APP13_HEADER):
            # A long resource block continues in further APP13 segments.
            photoshop += payload[len(_PHOTOSHOP_APP13_HEADER) :]
    return _irb_iptc(bytes(photoshop)), xmp


def _irb_iptc(data: bytes) -> bytes | None:
    """Return the IPTC resource (0x0404) of a Photoshop image resource block."""
    pos = 0
    while pos + 12 <= len(data):
        if data[pos : pos + 4] not in _IRB_SIGNATURES:
            return None
        (resource_id,) = struct.unpack_from(">H", data, pos + 4)
        name_field = 1 + data[pos + 6]
        name_field += name_field % 2  # Pascal string padded to an even length
        size_at = pos + 6 + name_field
        if size_at + 4 > len(data):
            return None
        (size,) = struct.unpack_from(">I", data, size_at)
        start = size_at + 4
        if resource_id == _IRB_IPTC_RESOURCE:
            return data[start : start + min(size, _MAX_IPTC_BYTES)]
        pos = start + size + size % 2
    return None


def _png_blocks(stream: BinaryIO) -> tuple[bytes | None, bytes | None]:
    """Return (IPTC IIM bytes, XMP packet) of the PNG in *stream*; the first usable of each.

    The standard ``XML:com.adobe.xmp`` packet wins over an ImageMagick raw XMP profile.
    """
    iptc: bytes | None = None
    xmp: bytes | None = None
    xmp_profile: bytes | None = None
    stream.seek(len(_PNG_SIGNATURE))
    for _ in range(_MAX_PNG_CHUNKS):
        head = stream.read(8)
        if len(head) < 8:
            break
        length, chunk_type = struct.unpack(">I4s", head)
        if length > 0x7FFFFFFF or chunk_type == b"IEND":
            break
        if chunk_type not in _PNG_TEXT_CHUNKS or length > _MAX_RAW_PROFILE_TEXT:
            stream.seek(length + 4, io.SEEK_CUR)  # data and CRC
            continue
        data = stream.read(length)
        if len(data) < length:
            break
        stream.seek(4, io.SEEK_CUR)  # CRC
        keyword, _, rest = data.partition(b"\x00")
        if keyword == _PNG_XMP_KEYWORD and xmp is None:
            xmp = _png_text(chunk_type, rest, MAX_XMP_BYTES)
        elif keyword.lower() in _PNG_IPTC_PROFILES and iptc is None:
            text = _png_text(chunk_type, rest, _MAX_RAW_PROFILE_TEXT)
            profile = _raw_profile(text) if text is not None else None
            iptc = _iptc_in_profile(profile) if profile is not None else None
        elif keyword.lower() == _PNG_XMP_PROFILE and xmp_profile is None:
            text = _png_text(chunk_type, rest, _MAX_RAW_PROFILE_TEXT)
            xmp_profile = _raw_profile(text) if text is not None else None
        if iptc is not None and xmp is not None:
            break
    return iptc, xmp if xmp is not None else xmp_profile


def _png_text(chunk_type: bytes, rest: bytes, limit: int) -> bytes | None:
    """The text of a tEXt, zTXt or iTXt chunk (after its keyword); ``None`` past *limit* bytes."""
    if chunk_type == b"tEXt":
        text = rest
    elif chunk_type == b"zTXt":
        if rest[:1] != b"\x00":  # compression method 0 (deflate) is the only one
            return None
        text_or_none = _inflate(rest[1:], limit)
        if text_or_none is None:
            return None
        text = text_or_none
    else:  # iTXt: compressed flag, method, language tag, translated keyword, UTF-8 text
        if len(rest) < 2:
            return None
        compressed, method = rest[0], rest[1]
        _language, _, rest = rest[2:].partition(b"\x00")
        _translated, _, text = rest.partition(b"\x00")
        if compressed:
            if method != 0:
                return None
            text_or_none = _inflate(text, limit)
            if text_or_none is None:
                return None
            text = text_or_none
    if len(text) > limit:
        _log.info("Ignoring a PNG text chunk over %d bytes", limit)
        return None
    return text


def _inflate(data: bytes, limit: int) -> bytes | None:
    """*data* inflated (zlib); ``None`` if it is damaged or inflates past *limit* bytes."""
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, limit + 1)
    except zlib.error:
        _log.info("Ignoring a damaged compressed PNG text chunk")
        return None
    if len(text) > limit:
        _log.info("Ignoring a PNG text chunk inflating past %d bytes", limit)
        return None
    return text


def _raw_profile(text: bytes) -> bytes | None:
    """The bytes of an ImageMagick raw profile: ``\\n<name>\\n<size>\\n`` and hex digits.

    The hex runs in lines of 72 digits. ``None`` when the text is not one, or
    when the size it claims is over :data:`_MAX_RAW_PROFILE_BYTES`; digits
    beyond the size are ignored, fewer give what is there.
    """
    parts = text.lstrip().split(b"\n", 2)
    if len(parts) < 3:
        return None
    size_text = parts[1].strip()
    if not size_text.isdigit() or len(size_text) > 9:
        return None
    size = int(size_text)
    if size > _MAX_RAW_PROFILE_BYTES:
        _log.info("Ignoring a PNG raw profile of %d bytes", size)
        return None
    digits = b"".join(parts[2].split())[: 2 * size]
    digits = digits[: len(digits) // 2 * 2]  # a cut profile: its whole bytes
    try:
        return bytes.fromhex(digits.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        _log.info("Ignoring a PNG raw profile that is not hexadecimal")
        return None


def _iptc_in_profile(profile: bytes) -> bytes | None:
    """The IIM records in a PNG IPTC profile: bare, or in a Photoshop resource block."""
    if profile.startswith(b"\x1c"):
        return profile[:_MAX_IPTC_BYTES]
    profile = profile.removeprefix(_PHOTOSHOP_APP13_HEADER)
    if profile[:4] in _IRB_SIGNATURES:
        return _irb_iptc(profile)
    return None


def _webp_xmp(stream: BinaryIO) -> bytes | None:
    stream.seek(12)
    for _ in range(_MAX_WEBP_CHUNKS):
        head = stream.read(8)
        if len(head) < 8:
            return None
        fourcc, size = struct.unpack("<4sI", head)
        if fourcc == b"XMP " and size <= MAX_XMP_BYTES:
            data = stream.read(size)
            return data if len(data) == size else None
        stream.seek(size + size % 2, io.SEEK_CUR)
    return None


# --------------------------------------------------------------------------- IPTC IIM


def parse_iim(data: bytes) -> dict[tuple[int, int], list[bytes]]:
    """Split IPTC IIM bytes into datasets; stops quietly at the first damaged record."""
    datasets: dict[tuple[int, int], list[bytes]] = {}
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        record, dataset = data[pos + 1], data[pos + 2]
        (length,) = struct.unpack_from(">H", data, pos + 3)
        pos += 5
        if length & 0x8000:  # extended dataset: the low bits count the length bytes
            count = length & 0x7FFF
            if not 0 < count <= 4 or pos + count > len(data):
                break
            length = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        if pos + length > len(data):
            break
        datasets.setdefault((record, dataset), []).append(data[pos : pos + length])
        pos += length
    return datasets


# --------------------------------------------------------------------------- XMP


def _decode_xmp(packet: bytes) -> str:
    if packet.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return packet.decode("utf-32", errors="replace")
    if packet.startswith((b"\xff\xfe", b"\xfe\xff")):
        return packet.decode("utf-16", errors="replace")
    if packet.startswith(b"\x00<"):
        return packet.decode("utf-16-be", errors="replace")
    if packet.startswith(b"<\x00"):
        return packet.decode("utf-16-le", errors="replace")
    return packet.decode("utf-8", errors="replace").removeprefix("\ufeff")


def parse_xmp_tree(packet: bytes) -> ElementTree.Element | None:
    """The XML tree of an XMP packet; ``None`` when it is too large, has a DTD or is broken.

    The one place an XMP packet is parsed, so every reader gets the same guards.
    """
    if len(packet) > MAX_XMP_BYTES:
        _log.info("Ignoring an XMP packet over %d bytes", MAX_XMP_BYTES)
        return None
    text = _XML_DECLARATION.sub("", _decode_xmp(packet).lstrip("\ufeff"), count=1)
    if _DTD_MARKERS.search(text):
        # XMP never needs a DTD; one here is an entity-expansion attack or junk.
        _log.info("Ignoring an XMP packet with a DTD")
        return None
    text = text.strip("\x00 \t\r\n")
    try:
        return ElementTree.fromstring(text)
    except ElementTree.ParseError:
        _log.info("Ignoring a malformed XMP packet")
        return None


def _parse_xmp(packet: bytes) -> dict[str, list[str]]:
    """Return the properties we use from an XMP packet; empty when it is refused or broken."""
    root = parse_xmp_tree(packet)
    if root is None:
        return {}
    return {
        "description": _xmp_values(root, f"{{{_DC}}}description"),
        "creator": _xmp_values(root, f"{{{_DC}}}creator"),
        "credit": _xmp_values(root, f"{{{_PHOTOSHOP}}}Credit"),
        "alt": _xmp_values(root, f"{{{_IPTC_CORE}}}AltTextAccessibility"),
    }


def _xmp_values(root: ElementTree.Element, name: str) -> list[str]:
    """Values of property *name*, written as element or attribute; ``x-default`` first."""
    values: list[str] = []
    for element in root.iter():
        attribute = element.get(name)
        if attribute is not None:
            values.append(attribute)
        if element.tag != name:
            continue
        container = next((c for c in element if c.tag in _RDF_CONTAINERS), None)
        if container is None:
            if element.text:
                values.append(element.text)
            continue
        items = [li for li in container if li.tag == _RDF_LI]
        if container.tag == f"{{{_RDF}}}Alt":
            items.sort(key=lambda li: li.get(_XML_LANG, "").lower() != "x-default")
        values.extend(li.text for li in items if li.text)
    return values
