"""Writers of real image files for the photo tests.

Pillow draws the pixels; the metadata blocks (IPTC IIM inside a Photoshop
APP13 segment, XMP in an APP1 segment) and the oversized PNGs are built byte by
byte here, so the tests read exactly what a camera, Photoshop or an agency
would have written.
"""

from __future__ import annotations

import io
import struct
import unicodedata
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from PIL import Image
from PIL.PngImagePlugin import PngInfo

#: A caption as a Sơn La photographer would write it (NFC).
VI_CAPTION = "Bà Lò Thị Hoà, 72 tuổi, dệt thổ cẩm ở bản Mường Chanh, huyện Mai Sơn."
#: A photographer's name with tone marks and đ.
VI_BYLINE = "Nguyễn Văn Đức"

RED = (220, 30, 30)
BLUE = (30, 30, 220)

# IIM markers: 1:90 CodedCharacterSet = ESC % G means UTF-8.
IIM_UTF8 = b"\x1b%G"
#: 1:90 designating ISO 8859-1 (ISO-IR 100) to G1, as some Western tools write it.
IIM_LATIN1 = b"\x1b-A"
#: 1:90 designating ASCII to G0 only: says nothing about bytes above 127.
IIM_ASCII_ONLY = b"\x1b(B"

#: A caption with letters Windows-1258 has no precomposed form for (ạ, ệ, ữ, ỗ)
#: and its own đồng sign.
VI_CAPTION_1258 = "Chợ phiên Bắc Hà: một bữa cơm đủ món giá 35.000₫, hàng ngày đông đúc."

# Vietnamese tone marks; Windows-1258 has them as combining characters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")

_XMP_APP1_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"


# --------------------------------------------------------------------------- plain pictures


def picture(size: tuple[int, int] = (64, 48), color: tuple[int, int, int] = RED) -> Image.Image:
    """A small RGB picture of one colour with a blue stripe, so it compresses like a photo."""
    image = Image.new("RGB", size, color)
    image.paste(BLUE, (0, 0, max(1, size[0] // 4), size[1]))
    return image


def encode(image: Image.Image, image_format: str, **params: object) -> bytes:
    """*image* saved in *image_format* into memory."""
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **params)
    return buffer.getvalue()


def write_jpeg(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """A plain JPEG photo without metadata."""
    path.write_bytes(encode(picture(size), "JPEG", quality=90))
    return path


def write_png(path: Path, size: tuple[int, int] = (64, 48)) -> Path:
    """A plain PNG picture without metadata."""
    path.write_bytes(encode(picture(size), "PNG"))
    return path


# --------------------------------------------------------------------------- text encodings


def windows_1258(text: str, *, tones_apart: bool = False) -> bytes:
    """*text* encoded the way Vietnamese Windows writes it in code page 1258.

    A letter the code page holds precomposed (à, é, ô, ơ, ư, đ) is one byte;
    any other is the letter without its tone (ê, ă, ơ or a plain vowel)
    followed by the tone as a combining mark (``ệ`` → ``ê`` + U+0323). With
    *tones_apart*, every tone is written as a combining mark, as Vietnamese
    keyboard drivers in "composite" mode do (``á`` → ``a`` + U+0301).
    """
    encoded = bytearray()
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        if not tones_apart or not tones:
            try:
                encoded += char.encode("cp1258")
                continue
            except UnicodeEncodeError:
                pass
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        encoded += (base + tones).encode("cp1258")
    return bytes(encoded)


Encoding = str | Callable[[str], bytes]
"""A codec name, or a function that encodes a text (e.g. :func:`windows_1258`)."""


def encode_text(text: str, encoding: Encoding) -> bytes:
    """*text* encoded with *encoding*."""
    return encoding(text) if callable(encoding) else text.encode(encoding)


# --------------------------------------------------------------------------- IPTC IIM in JPEG


def iim_dataset(record: int, dataset: int, value: bytes) -> bytes:
    """One IIM dataset: tag marker 0x1C, record, dataset, length, value."""
    if len(value) < 0x8000:
        return bytes([0x1C, record, dataset]) + struct.pack(">H", len(value)) + value
    # Extended dataset: the length field counts the bytes of the real length.
    return bytes([0x1C, record, dataset]) + struct.pack(">HI", 0x8004, len(value)) + value


def photoshop_resources(iim: bytes) -> bytes:
    """A Photoshop image resource block: a version-info resource, then 8BIM 0x0404 holding *iim*."""
    other = b"8BIM" + struct.pack(">H", 0x0421) + b"\x00\x00" + struct.pack(">I", 5) + b"\x00" * 6
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"  # empty name, padded
    resource += struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")
    return other + resource


def photoshop_app13(iim: bytes) -> bytes:
    """A complete APP13 segment: Photoshop 3.0 header and an 8BIM 0x0404 resource holding *iim*."""
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00"  # empty name, padded
    resource += struct.pack(">I", len(iim)) + iim + (b"\x00" if len(iim) % 2 else b"")
    payload = _PHOTOSHOP_HEADER + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def xmp_app1(packet: bytes) -> bytes:
    """A complete APP1 segment holding an XMP packet."""
    payload = _XMP_APP1_HEADER + packet
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def insert_after_soi(jpeg: bytes, *segments: bytes) -> bytes:
    """The JPEG *jpeg* with *segments* inserted straight after its SOI marker."""
    assert jpeg[:2] == b"\xff\xd8", "not a JPEG"
    return jpeg[:2] + b"".join(segments) + jpeg[2:]


def iptc_block(
    *,
    caption: str | None = None,
    byline: Sequence[str] = (),
    credit: str | None = None,
    encoding: Encoding = "utf-8",
    utf8_marker: bool = True,
    charset: bytes | None = None,
) -> bytes:
    """IIM bytes: 1:90 character set, 2:120 caption, 2:80 by-lines, 2:110 credit.

    1:90 holds *charset* if given, else the UTF-8 marker if *utf8_marker*, else nothing.
    """
    if charset is None and utf8_marker:
        charset = IIM_UTF8
    iim = iim_dataset(1, 90, charset) if charset is not None else b""
    iim += iim_dataset(2, 0, b"\x00\x04")  # record version, as Photoshop writes it
    if caption is not None:
        iim += iim_dataset(2, 120, encode_text(caption, encoding))
    for name in byline:
        iim += iim_dataset(2, 80, encode_text(name, encoding))
    if credit is not None:
        iim += iim_dataset(2, 110, encode_text(credit, encoding))
    return iim


def write_jpeg_with_iptc(
    path: Path,
    *,
    caption: str | None = VI_CAPTION,
    byline: Sequence[str] = (VI_BYLINE,),
    credit: str | None = None,
    encoding: Encoding = "utf-8",
    utf8_marker: bool = True,
    charset: bytes | None = None,
    extra_segments: Sequence[bytes] = (),
) -> Path:
    """A Pillow-made JPEG with a hand-built APP13 IPTC block (and any *extra_segments*)."""
    iim = iptc_block(
        caption=caption,
        byline=byline,
        credit=credit,
        encoding=encoding,
        utf8_marker=utf8_marker,
        charset=charset,
    )
    jpeg = encode(picture(), "JPEG", quality=90)
    path.write_bytes(insert_after_soi(jpeg, photoshop_app13(iim), *extra_segments))
    return path


def write_jpeg_with_raw_iim(path: Path, iim: bytes) -> Path:
    """A JPEG whose IPTC resource holds exactly *iim* (for damaged records)."""
    jpeg = encode(picture(), "JPEG", quality=90)
    path.write_bytes(insert_after_soi(jpeg, photoshop_app13(iim)))
    return path


# --------------------------------------------------------------------------- XMP


def xmp_packet(
    *,
    description: Sequence[tuple[str, str]] = (),
    creators: Sequence[str] = (),
    credit: str | None = None,
    alt_text: str | None = None,
) -> bytes:
    """An XMP packet as Photoshop writes it.

    *description* is a list of (xml:lang, text) alternatives in file order;
    ``photoshop:Credit`` is written as an attribute, the way Photoshop does.
    """
    credit_attribute = f" photoshop:Credit={quoteattr(credit)}" if credit is not None else ""
    body = ""
    if description:
        items = "".join(
            f'<rdf:li xml:lang="{lang}">{escape(text)}</rdf:li>' for lang, text in description
        )
        body += f"<dc:description><rdf:Alt>{items}</rdf:Alt></dc:description>"
    if creators:
        items = "".join(f"<rdf:li>{escape(name)}</rdf:li>" for name in creators)
        body += f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>"
    if alt_text is not None:
        body += (
            "<Iptc4xmpCore:AltTextAccessibility><rdf:Alt>"
            f'<rdf:li xml:lang="x-default">{escape(alt_text)}</rdf:li>'
            "</rdf:Alt></Iptc4xmpCore:AltTextAccessibility>"
        )
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
        f"{credit_attribute}>\n"
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n" + " " * 200 + '\n<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def vi_xmp_packet() -> bytes:
    """The usual test packet: Vietnamese caption (x-default after English) and two creators."""
    return xmp_packet(
        description=[("en", "Weaving brocade in Mai Son"), ("x-default", VI_CAPTION)],
        creators=[VI_BYLINE, "Lò Văn Pọm"],
    )


def write_jpeg_with_xmp(path: Path, packet: bytes) -> Path:
    """A Pillow-made JPEG with a hand-built XMP APP1 segment after SOI."""
    jpeg = encode(picture(), "JPEG", quality=90)
    path.write_bytes(insert_after_soi(jpeg, xmp_app1(packet)))
    return path


def write_png_with_xmp(path: Path, packet: bytes, *, compressed: bool = False) -> Path:
    """A PNG with the XMP packet in an ``XML:com.adobe.xmp`` iTXt chunk."""
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", packet.decode("utf-8"), zip=compressed)
    path.write_bytes(encode(picture(), "PNG", pnginfo=info))
    return path


def write_webp_with_xmp(path: Path, packet: bytes) -> Path:
    """A WebP with an XMP chunk (Pillow writes the extended VP8X layout)."""
    path.write_bytes(encode(picture(), "WEBP", xmp=packet, quality=90))
    return path


# --------------------------------------------------------------------------- PNG text chunks


def png_chunk(chunk_type: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data and CRC."""
    return _png_chunk(chunk_type, data)


def png_text_chunk(keyword: str, text: bytes, chunk_type: bytes = b"zTXt") -> bytes:
    """A tEXt, zTXt (deflated) or iTXt (deflated) chunk holding *text* under *keyword*."""
    name = keyword.encode("latin-1") + b"\x00"
    if chunk_type == b"tEXt":
        return _png_chunk(chunk_type, name + text)
    if chunk_type == b"zTXt":
        return _png_chunk(chunk_type, name + b"\x00" + zlib.compress(text))
    assert chunk_type == b"iTXt", chunk_type
    return _png_chunk(chunk_type, name + b"\x01\x00" + b"\x00\x00" + zlib.compress(text))


def raw_profile(name: str, data: bytes) -> bytes:
    """*data* as ImageMagick writes a profile into PNG text: name, size, hex in lines of 72."""
    digits = data.hex()
    lines = "\n".join(digits[at : at + 72] for at in range(0, len(digits), 72))
    return f"\n{name}\n{len(data):8d}\n{lines}\n".encode("ascii")


def add_png_chunks(png: bytes, *chunks: bytes, after_image: bool = False) -> bytes:
    """*png* with *chunks* right after IHDR, or with *after_image* just before IEND."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    if after_image:
        at = png.rindex(b"IEND") - 4
    else:
        (ihdr_length,) = struct.unpack(">I", png[8:12])
        at = 8 + 12 + ihdr_length
    return png[:at] + b"".join(chunks) + png[at:]


def iptc_png_chunk(
    iim: bytes,
    *,
    wrap: str = "resources",
    chunk_type: bytes = b"zTXt",
    keyword: str = "Raw profile type iptc",
) -> bytes:
    """The text chunk exiftool/ImageMagick write for IPTC in a PNG.

    *wrap* is ``"resources"`` (a Photoshop resource block, as exiftool writes
    it), ``"photoshop"`` (the same after the ``Photoshop 3.0`` header) or
    ``"bare"`` (the IIM records alone).
    """
    data = {
        "resources": photoshop_resources(iim),
        "photoshop": _PHOTOSHOP_HEADER + photoshop_resources(iim),
        "bare": iim,
    }[wrap]
    return png_text_chunk(keyword, raw_profile("IPTC profile", data), chunk_type)


def write_png_with_chunks(path: Path, *chunks: bytes, after_image: bool = False) -> Path:
    """A Pillow-made PNG with the hand-built *chunks* added."""
    png = encode(picture(), "PNG")
    path.write_bytes(add_png_chunks(png, *chunks, after_image=after_image))
    return path


def write_png_with_iptc(
    path: Path,
    *,
    caption: str | None = VI_CAPTION,
    byline: Sequence[str] = (VI_BYLINE,),
    credit: str | None = None,
    encoding: Encoding = "utf-8",
    utf8_marker: bool = True,
    wrap: str = "resources",
    chunk_type: bytes = b"zTXt",
) -> Path:
    """A PNG with IPTC in a hex-encoded "Raw profile type iptc" text chunk."""
    iim = iptc_block(
        caption=caption, byline=byline, credit=credit, encoding=encoding, utf8_marker=utf8_marker
    )
    return write_png_with_chunks(path, iptc_png_chunk(iim, wrap=wrap, chunk_type=chunk_type))


# --------------------------------------------------------------------------- WebP chunks


def webp_with_xmp(packet: bytes) -> bytes:
    """A Pillow-made WebP (extended layout) holding *packet* in its XMP chunk."""
    return encode(picture(), "WEBP", xmp=packet, quality=90)


def webp_xmp_chunk_at(webp: bytes) -> int:
    """Where the XMP chunk of *webp* starts (its fourcc)."""
    return webp.index(b"XMP ", 12)


BILLION_LAUGHS_XMP = (
    b'<?xml version="1.0"?>\n'
    b"<!DOCTYPE lolz [\n"
    b' <!ENTITY lol "lol">\n'
    b' <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    b' <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n'
    b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
    b' <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
    b' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n'
    b' <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\n'
    b' <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\n'
    b' <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\n'
    b' <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">\n'
    b"]>\n"
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">'
    b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">&lol9;</rdf:li></rdf:Alt>'
    b"</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
)
"""An XMP packet whose caption is a billion-laughs entity (about 3 GB if expanded)."""


def entity_xmp(declaration: str) -> bytes:
    """An XMP packet declaring entity ``who`` as *declaration* and using it as the caption."""
    return (
        f"<!DOCTYPE x:xmpmeta [<!ENTITY who {declaration}>]>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">&who;</rdf:li></rdf:Alt>'
        "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


# --------------------------------------------------------------------------- refusals


def write_truncated_jpeg(path: Path) -> Path:
    """A JPEG cut in half, as an interrupted copy leaves it."""
    data = encode(picture((640, 480)), "JPEG", quality=95)
    path.write_bytes(data[: len(data) // 2])
    return path


def write_text_as_jpg(path: Path) -> Path:
    """A text file with a .jpg name."""
    path.write_text("Phỏng vấn ông Lò Văn Pọm, bản Mường Chanh.\n", encoding="utf-8")
    return path


def write_gif(path: Path) -> Path:
    """A GIF picture (a format that cannot be attached)."""
    path.write_bytes(encode(picture(), "GIF"))
    return path


def write_bmp(path: Path) -> Path:
    """A BMP picture (a format that cannot be attached)."""
    path.write_bytes(encode(picture(), "BMP"))
    return path


def write_heic_header(path: Path) -> Path:
    """The start of an iPhone HEIC file (its ftyp box), which Pillow cannot open."""
    ftyp = struct.pack(">I", 24) + b"ftypheic" + b"\x00\x00\x00\x00" + b"mif1heic"
    path.write_bytes(ftyp + b"\x00" * 64)
    return path


def write_oversized_jpeg(path: Path, size_bytes: int) -> Path:
    """A valid JPEG followed by zeros up to *size_bytes* (sparse where the disk allows)."""
    write_jpeg(path)
    with path.open("r+b") as stream:
        stream.truncate(size_bytes)
    return path


def _png_chunk(chunk_type: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(chunk_type + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + chunk_type + data + struct.pack(">I", crc)


def write_huge_png(path: Path, width: int, height: int) -> Path:
    """A valid black 1-bit PNG of *width* x *height*: many pixels, a few kilobytes on disk.

    Built by hand so the test never holds the picture in memory.
    """
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed pixels
    compressor = zlib.compressobj(9)
    idat = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- orientation, alpha


def write_rotated_jpeg(path: Path, stored_size: tuple[int, int] = (400, 200)) -> Path:
    """A JPEG stored sideways with EXIF orientation 6 (turn 90° clockwise to view).

    Stored: top half red, bottom half blue. Viewed upright the picture is
    portrait, with the red half on the right and the blue half on the left.
    """
    width, height = stored_size
    image = Image.new("RGB", stored_size, BLUE)
    image.paste(RED, (0, 0, width, height // 2))
    exif = Image.Exif()
    exif[0x0112] = 6
    path.write_bytes(encode(image, "JPEG", quality=95, exif=exif.tobytes()))
    return path


def write_transparent_png(path: Path, size: tuple[int, int] = (100, 50)) -> Path:
    """A fully transparent RGBA PNG (black where transparent, as many editors save it)."""
    path.write_bytes(encode(Image.new("RGBA", size, (0, 0, 0, 0)), "PNG"))
    return path


def write_palette_png(path: Path, size: tuple[int, int] = (900, 300)) -> Path:
    """A palette PNG whose palette entry 0 is transparent (tRNS chunk)."""
    image = Image.new("P", size, 0)
    image.putpalette([0, 0, 0, *RED] + [0] * (256 * 3 - 6))
    image.paste(1, (size[0] // 2, 0, size[0], size[1]))
    path.write_bytes(encode(image, "PNG", transparency=0))
    return path


def write_mpo(path: Path) -> Path:
    """A camera JPEG with a multi-picture (MPO) extension, which Pillow reports as MPO."""
    first, second = picture((80, 60)), picture((80, 60), BLUE)
    path.write_bytes(encode(first, "MPO", save_all=True, append_images=[second]))
    return path


# --------------------------------------------------------------------------- private metadata

#: Strings a camera writes that identify it or its owner; none may reach the site.
CAMERA_SERIAL = "SN-4A7F19C2"
LENS_SERIAL = "LENS-88213574"
OWNER_NAME = "Phóng viên Trần Thị Mai"
IMAGE_UNIQUE_ID = "5f3c2a9be1d04c7a8b6e2f10aa93c4d7"
MAKER_NOTE = b"MAKERNOTE-PRIVATE-0042"
#: Where the photo was taken: a village house near Mai Sơn (21.3220 N, 103.9001 E).
GPS_LATITUDE = (21.0, 19.0, 19.2)
GPS_LONGITUDE = (103.0, 54.0, 0.36)
XMP_GPS_LATITUDE = "21,19.32N"
SUBLOCATION = "Nhà văn hoá bản Mường Chanh"
CITY = "Mai Sơn"
PHOTO_CREDIT = "Báo Sơn La"
PHOTO_COPYRIGHT = "© Báo Sơn La 2026"


def private_xmp_packet() -> bytes:
    """An XMP packet with a caption and city, and GPS, serial numbers and editing ids besides."""
    text = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"'
        ' xmlns:exif="http://ns.adobe.com/exif/1.0/"'
        ' xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"'
        ' xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"'
        ' xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"'
        f' photoshop:City="{escape(CITY)}" photoshop:Credit="{escape(PHOTO_CREDIT)}"'
        f' exif:GPSLatitude="{XMP_GPS_LATITUDE}" exif:GPSLongitude="103,54.006E"'
        f' aux:SerialNumber="{CAMERA_SERIAL}" aux:LensSerialNumber="{LENS_SERIAL}"'
        f' aux:OwnerName="{escape(OWNER_NAME)}"'
        ' xmpMM:DocumentID="xmp.did:7a1c0e55-private">'
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(VI_CAPTION)}</rdf:li>'
        "</rdf:Alt></dc:description>"
        f"<dc:creator><rdf:Seq><rdf:li>{escape(VI_BYLINE)}</rdf:li></rdf:Seq></dc:creator>"
        f"<Iptc4xmpCore:Location>{escape(SUBLOCATION)}</Iptc4xmpCore:Location>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
    return text.encode("utf-8")


def private_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: GPS, serial numbers, owner, maker notes, and the credits."""
    from PIL.TiffImagePlugin import IFDRational

    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R6"
    exif[0x0112] = orientation
    exif[0x013B] = VI_BYLINE.encode("utf-8")
    exif[0x8298] = PHOTO_COPYRIGHT.encode("utf-8")
    exif[0x8769] = {
        0x829A: IFDRational(1, 250),
        0x829D: IFDRational(28, 10),
        0x8827: 400,
        0x9003: "2026:03:14 09:26:53",
        0x927C: MAKER_NOTE,
        0xA420: IMAGE_UNIQUE_ID,
        0xA430: OWNER_NAME.encode("utf-8"),
        0xA431: CAMERA_SERIAL,
        0xA435: LENS_SERIAL,
    }
    exif[0x8825] = {
        1: "N",
        2: tuple(IFDRational(value) for value in GPS_LATITUDE),
        3: "E",
        4: tuple(IFDRational(value) for value in GPS_LONGITUDE),
    }
    return exif


def private_iptc() -> bytes:
    """IIM with caption, by-line, credit, copyright and city, and the exact place besides."""
    return (
        iptc_block(caption=VI_CAPTION, byline=[VI_BYLINE], credit=PHOTO_CREDIT)
        + iim_dataset(2, 90, CITY.encode("utf-8"))
        + iim_dataset(2, 92, SUBLOCATION.encode("utf-8"))
        + iim_dataset(2, 116, PHOTO_COPYRIGHT.encode("utf-8"))
        + iim_dataset(2, 118, b"0912 345 678")  # contact: a phone number
    )


def srgb_profile() -> bytes:
    """An sRGB ICC profile (made by Pillow's colour management module)."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def write_private_jpeg(path: Path, stored_size: tuple[int, int] = (400, 200)) -> Path:
    """A camera JPEG stored sideways (orientation 6) full of private and public metadata.

    Stored: top half red, bottom half blue (viewed upright: red on the right).
    Carries :func:`private_exif`, an sRGB profile, :func:`private_iptc` and
    :func:`private_xmp_packet`.
    """
    width, height = stored_size
    image = Image.new("RGB", stored_size, BLUE)
    image.paste(RED, (0, 0, width, height // 2))
    jpeg = encode(
        image, "JPEG", quality=92, exif=private_exif(6).tobytes(), icc_profile=srgb_profile()
    )
    segments = (photoshop_app13(private_iptc()), xmp_app1(private_xmp_packet()))
    path.write_bytes(jpeg[:2] + jpeg[2:].replace(b"\xff\xdb", b"".join(segments) + b"\xff\xdb", 1))
    return path


def write_private_png(path: Path) -> Path:
    """A PNG with GPS in its eXIf chunk, the private XMP packet and IPTC in a raw profile."""
    info = PngInfo()
    info.add_itxt("XML:com.adobe.xmp", private_xmp_packet().decode("utf-8"))
    png = encode(picture((300, 200)), "PNG", pnginfo=info, exif=private_exif().tobytes())
    path.write_bytes(add_png_chunks(png, iptc_png_chunk(private_iptc())))
    return path


def write_private_webp(path: Path) -> Path:
    """A WebP with GPS in its EXIF chunk and the private XMP packet."""
    path.write_bytes(
        encode(
            picture((300, 200)),
            "WEBP",
            quality=90,
            exif=private_exif().tobytes(),
            xmp=private_xmp_packet(),
        )
    )
    return path
