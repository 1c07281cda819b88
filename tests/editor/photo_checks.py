"""Reading an uploaded photo back: what private data it still carries, and its credits.

Used on upload copies in memory and on the files the sites serve back, so the
same questions are asked of both.
"""

from __future__ import annotations

import io

from PIL import Image

from editor.photo_metadata import extract_blocks, parse_iim
from tests.editor import imagefactory as make

_GPS_IFD = 0x8825
_EXIF_IFD = 0x8769
_ORIENTATION = 0x0112

_PRIVATE_STRINGS = {
    "camera serial": make.CAMERA_SERIAL.encode(),
    "lens serial": make.LENS_SERIAL.encode(),
    "image unique id": make.IMAGE_UNIQUE_ID.encode(),
    "maker note": make.MAKER_NOTE,
    "owner name": make.OWNER_NAME.encode("utf-8"),
    "XMP GPS": make.XMP_GPS_LATITUDE.encode(),
    "sub-location": make.SUBLOCATION.encode("utf-8"),
    "contact phone": b"0912 345 678",
    "XMP document id": b"xmp.did:",
}


#: Every name :func:`private_traces` can report (all of them for the imagefactory's private photo).
ALL_TRACES = frozenset({"EXIF GPS", "IPTC sub-location", *_PRIVATE_STRINGS})


def blocks(data: bytes) -> tuple[dict[tuple[int, int], list[bytes]], bytes]:
    """(IIM datasets, XMP packet) of a photo file; empty when absent."""
    iptc, xmp = extract_blocks(io.BytesIO(data))
    return (parse_iim(iptc) if iptc else {}), (xmp or b"")


def private_traces(data: bytes) -> list[str]:
    """What of the private test metadata (imagefactory ``private_*``) *data* still holds."""
    iim, xmp = blocks(data)
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        found = ["EXIF GPS"] if exif.get_ifd(_GPS_IFD) else []
        searched = data + xmp + b"".join(b"".join(values) for values in iim.values())
        searched += exif.tobytes() if len(exif) else b""
    found += [name for name, marker in _PRIVATE_STRINGS.items() if marker in searched]
    if (2, 92) in iim:
        found.append("IPTC sub-location")
    return found


def location_traces(data: bytes) -> list[str]:
    """The location parts of :func:`private_traces`."""
    return [t for t in private_traces(data) if t in ("EXIF GPS", "XMP GPS", "sub-location")]


def iim_text(data: bytes, record: int, dataset: int) -> str | None:
    """The first value of an IIM dataset, as UTF-8 text."""
    values = blocks(data)[0].get((record, dataset))
    return values[0].decode("utf-8") if values else None


def exif_orientation(data: bytes) -> int | None:
    """The EXIF orientation tag of a photo file, if it has one."""
    with Image.open(io.BytesIO(data)) as image:
        value = image.getexif().get(_ORIENTATION)
    return value if isinstance(value, int) else None
