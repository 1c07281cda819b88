"""What of a photo's own metadata may leave Newsdesk with it (EXIF, XMP, IPTC IIM).

A camera or phone writes much more into a photo than the caption: where it was
taken (GPS coordinates, to a few metres: a source's home, a reporter's hotel),
which camera took it (body and lens serial numbers, the owner's name, the
maker's private notes, a unique image id) and a thumbnail of the picture as it
was before it was cropped. Before a photo is uploaded, :mod:`editor.photo_upload`
passes each metadata block through the filters here.

Each filter keeps an **allow-list**, never a deny-list: a property nobody
thought of (a new maker note, an editing history holding file paths) is
dropped, not passed on. What is kept is what the site and its readers use:

* **IPTC IIM** (record 2): object name, keywords, date and time created,
  by-line and its title, city, province/state, country and its code, headline,
  credit, source, copyright notice, caption, caption writer; and the character
  set (1:90). WordPress fills a media item's caption, credit, copyright and
  title from these. *Sub-location* (2:92, a street or a village) is location.
* **XMP**: the same properties in ``dc:``, ``photoshop:``, ``Iptc4xmpCore:``
  and ``xmpRights:``, accessibility alt text, people and event shown, camera
  make and model, the dates. Location: ``exif:GPS*``, ``Iptc4xmpCore:Location``,
  ``Iptc4xmpExt:LocationCreated`` / ``LocationShown``.
* **EXIF**: description, artist, copyright, camera make and model, the
  exposure settings, dates and colour space. Location: the GPS IFD. Never
  kept: serial numbers, owner name, unique image id, maker notes, user comment,
  the embedded thumbnail, and the orientation (the upload copy is turned
  upright in its pixels instead).

City, province and country are kept, location or not: a news photo's caption
names them anyway ("bản Mường Chanh, huyện Mai Sơn"), readers and the site's
search want them, and they do not point at a house. Coordinates and the
sub-location do; they leave only when the user turned on "Keep location in
uploaded photos".

Every filter fails closed: a block it cannot read is dropped whole, never
passed on unfiltered. Pure Python and Pillow; no Qt.
"""

from __future__ import annotations

import copy
import logging
import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from editor.photo_metadata import parse_iim, parse_xmp_tree

if TYPE_CHECKING:
    from PIL import Image  # the image library is imported where a photo is touched

__all__ = [
    "MetadataPolicy",
    "clean_exif",
    "clean_iim",
    "clean_xmp",
    "iim_bytes",
]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MetadataPolicy:
    """What the user allows to leave with a photo beyond the caption, credit and copyright."""

    keep_location: bool = False


# --------------------------------------------------------------------------- IPTC IIM

_IIM_KEPT = frozenset(
    {
        (1, 90),  # coded character set: how to read everything else
        (2, 0),  # record version
        (2, 5),  # object name (title)
        (2, 25),  # keywords
        (2, 55),  # date created
        (2, 60),  # time created
        (2, 80),  # by-line
        (2, 85),  # by-line title
        (2, 90),  # city
        (2, 95),  # province/state
        (2, 100),  # country code
        (2, 101),  # country name
        (2, 105),  # headline
        (2, 110),  # credit
        (2, 115),  # source
        (2, 116),  # copyright notice
        (2, 120),  # caption/abstract
        (2, 122),  # caption writer
    }
)
_IIM_LOCATION = frozenset({(2, 92)})  # sub-location


def clean_iim(data: bytes, policy: MetadataPolicy) -> bytes | None:
    """The IIM records of *data* that may leave (see the module docstring); ``None`` if none."""
    try:
        datasets = parse_iim(data)
    except Exception:
        _log.info("Dropping an unreadable IPTC block", exc_info=True)
        return None
    allowed = _IIM_KEPT | (_IIM_LOCATION if policy.keep_location else frozenset())
    kept = {key: values for key, values in datasets.items() if key in allowed}
    if not any(key[0] == 2 and key != (2, 0) for key in kept):
        return None  # only a version and a character set: nothing worth sending
    return iim_bytes(kept)


def iim_bytes(datasets: dict[tuple[int, int], list[bytes]]) -> bytes:
    """IIM records written back in record and dataset order (as :func:`parse_iim` reads them)."""
    out = bytearray()
    for (record, dataset), values in sorted(datasets.items()):
        for value in values:
            out += bytes([0x1C, record, dataset])
            if len(value) < 0x8000:
                out += struct.pack(">H", len(value))
            else:  # extended dataset: the length of the length, then the length
                out += struct.pack(">HI", 0x8004, len(value))
            out += value
    return bytes(out)


# --------------------------------------------------------------------------- XMP

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_X = "adobe:ns:meta/"
_DC = "http://purl.org/dc/elements/1.1/"
_PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
_IPTC_CORE = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
_IPTC_EXT = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
_XMP_RIGHTS = "http://ns.adobe.com/xap/1.0/rights/"
_XMP_BASIC = "http://ns.adobe.com/xap/1.0/"
_EXIF_NS = "http://ns.adobe.com/exif/1.0/"
_TIFF_NS = "http://ns.adobe.com/tiff/1.0/"

_PREFIXES = {
    "x": _X,
    "rdf": _RDF,
    "dc": _DC,
    "photoshop": _PHOTOSHOP,
    "Iptc4xmpCore": _IPTC_CORE,
    "Iptc4xmpExt": _IPTC_EXT,
    "xmpRights": _XMP_RIGHTS,
    "xmp": _XMP_BASIC,
    "exif": _EXIF_NS,
    "tiff": _TIFF_NS,
}
for _prefix, _uri in _PREFIXES.items():
    ElementTree.register_namespace(_prefix, _uri)

_XMP_KEPT: dict[str, frozenset[str]] = {
    _DC: frozenset({"description", "creator", "rights", "title", "subject"}),
    _PHOTOSHOP: frozenset(
        {
            "Credit",
            "Source",
            "Headline",
            "DateCreated",
            "City",
            "State",
            "Country",
            "CaptionWriter",
            "AuthorsPosition",
        }
    ),
    _IPTC_CORE: frozenset(
        {"AltTextAccessibility", "ExtDescrAccessibility", "CountryCode", "IntellectualGenre"}
    ),
    _IPTC_EXT: frozenset({"PersonInImage", "Event"}),
    _XMP_RIGHTS: frozenset({"UsageTerms", "WebStatement", "Marked"}),
    _XMP_BASIC: frozenset({"CreateDate"}),
    _EXIF_NS: frozenset({"DateTimeOriginal"}),
    _TIFF_NS: frozenset({"Make", "Model"}),
}
_XMP_LOCATION: dict[str, frozenset[str]] = {
    _IPTC_CORE: frozenset({"Location"}),
    _IPTC_EXT: frozenset({"LocationCreated", "LocationShown"}),
}

_PACKET_HEAD = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
_PACKET_TAIL = '\n<?xpacket end="r"?>'


def _split(name: str) -> tuple[str, str]:
    """``{uri}local`` into (uri, local); a name without a namespace has uri ``""``."""
    if name.startswith("{"):
        uri, _, local = name[1:].partition("}")
        return uri, local
    return "", name


def _xmp_allowed(name: str, policy: MetadataPolicy) -> bool:
    uri, local = _split(name)
    if local in _XMP_KEPT.get(uri, frozenset()):
        return True
    if not policy.keep_location:
        return False
    return local in _XMP_LOCATION.get(uri, frozenset()) or (
        uri == _EXIF_NS and local.startswith("GPS")
    )


def clean_xmp(packet: bytes, policy: MetadataPolicy) -> bytes | None:
    """A new XMP packet holding only the properties of *packet* that may leave.

    ``None`` when the packet is refused (see :func:`~editor.photo_metadata.parse_xmp_tree`)
    or keeps nothing. Properties written as attributes of ``rdf:Description``
    and as elements are both handled; the output is one ``rdf:Description``.
    """
    root = parse_xmp_tree(packet)
    if root is None:
        return None
    meta = ElementTree.Element(f"{{{_X}}}xmpmeta")
    rdf = ElementTree.SubElement(meta, f"{{{_RDF}}}RDF")
    description = ElementTree.SubElement(rdf, f"{{{_RDF}}}Description", {f"{{{_RDF}}}about": ""})
    for source in root.iter(f"{{{_RDF}}}Description"):
        for name, value in source.attrib.items():
            if _xmp_allowed(name, policy):
                description.set(name, value)
        for child in source:
            if _xmp_allowed(child.tag, policy):
                description.append(copy.deepcopy(child))
    if len(description) == 0 and len(description.attrib) == 1:
        return None
    text = ElementTree.tostring(meta, encoding="unicode")
    return (_PACKET_HEAD + text + _PACKET_TAIL).encode("utf-8")


# --------------------------------------------------------------------------- EXIF

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_IFD0_KEPT = frozenset(
    {
        0x010E,  # ImageDescription
        0x010F,  # Make
        0x0110,  # Model
        0x0132,  # DateTime
        0x013B,  # Artist
        0x8298,  # Copyright
    }
)
_EXIF_KEPT = frozenset(
    {
        0x829A,  # ExposureTime
        0x829D,  # FNumber
        0x8822,  # ExposureProgram
        0x8827,  # ISO speed
        0x9003,  # DateTimeOriginal
        0x9004,  # DateTimeDigitized
        0x9010,  # OffsetTime
        0x9011,  # OffsetTimeOriginal
        0x9012,  # OffsetTimeDigitized
        0x9204,  # ExposureBiasValue
        0x9207,  # MeteringMode
        0x9209,  # Flash
        0x920A,  # FocalLength
        0xA001,  # ColorSpace
        0xA402,  # ExposureMode
        0xA403,  # WhiteBalance
        0xA405,  # FocalLengthIn35mmFilm
        0xA433,  # LensMake
        0xA434,  # LensModel
    }
)


def _exif_value(value: object) -> object:
    """A value as read, ready to write back unchanged.

    Pillow reads EXIF text as Latin-1 and writes ``str`` as ASCII (``?`` for the
    rest); giving it the original bytes keeps a UTF-8 "Nguyễn Văn Đức" intact.
    """
    if isinstance(value, str):
        return value.encode("latin-1", "replace")
    return value


def clean_exif(exif: Image.Exif, policy: MetadataPolicy) -> Image.Exif:
    """A new EXIF block holding only what may leave; empty if *exif* cannot be read."""
    from PIL import Image

    kept = Image.Exif()
    try:
        for tag, value in exif.items():
            if tag in _IFD0_KEPT:
                kept[tag] = _exif_value(value)
        details = {
            tag: _exif_value(value)
            for tag, value in exif.get_ifd(_EXIF_IFD).items()
            if tag in _EXIF_KEPT
        }
        if details:
            kept[_EXIF_IFD] = details
        if policy.keep_location:
            gps = {tag: _exif_value(value) for tag, value in exif.get_ifd(_GPS_IFD).items()}
            if gps:
                kept[_GPS_IFD] = gps
    except Exception:
        _log.info("Dropping an unreadable EXIF block", exc_info=True)
        return Image.Exif()
    return kept
