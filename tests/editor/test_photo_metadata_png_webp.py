"""Caption and credit read from PNG and WebP photos: XMP chunks and PNG raw IPTC profiles.

Every file is built here: Pillow draws the pixels, the chunks are written byte
by byte (:mod:`tests.editor.imagefactory`), the way ImageMagick, exiftool and
Photoshop write them, and then damaged the way hostile or broken files are.
"""

from __future__ import annotations

import struct
import unicodedata
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.photo_metadata import (
    PhotoMetadata,
    metadata_from_bytes,
    read_caption_and_credit,
    read_metadata,
)
from tests.editor import imagefactory as make
from tests.editor.imagefactory import VI_BYLINE, VI_CAPTION
from tests.work_measures import MB, CountingStream, python_heap_peak

PLAIN_PNG = make.encode(make.picture(), "PNG")
EXPECTED = PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def png_with(*chunks: bytes, after_image: bool = False) -> bytes:
    return make.add_png_chunks(PLAIN_PNG, *chunks, after_image=after_image)


def vi_iim(**changes: object) -> bytes:
    fields: dict[str, object] = {"caption": VI_CAPTION, "byline": [VI_BYLINE]}
    fields.update(changes)
    return make.iptc_block(**fields)  # type: ignore[arg-type]


def is_clean(metadata: PhotoMetadata) -> bool:
    texts = (metadata.caption, metadata.credit, metadata.alt_hint)
    return all(text is None or unicodedata.is_normalized("NFC", text) for text in texts)


# --------------------------------------------------------------------------- PNG raw IPTC


@pytest.mark.parametrize("chunk_type", [b"zTXt", b"tEXt", b"iTXt"], ids=lambda t: t.decode())
@pytest.mark.parametrize("wrap", ["resources", "photoshop", "bare"])
def test_png_raw_iptc_profile_gives_caption_and_byline(
    tmp_path: Path, wrap: str, chunk_type: bytes
) -> None:
    photo = make.write_png_with_iptc(tmp_path / "a.png", wrap=wrap, chunk_type=chunk_type)

    assert read_caption_and_credit(photo) == EXPECTED


@pytest.mark.parametrize(
    "keyword", ["Raw profile type 8bim", "Raw profile type APP13", "raw profile type IPTC"]
)
def test_png_photoshop_profiles_under_other_names_are_read(keyword: str) -> None:
    chunk = make.iptc_png_chunk(vi_iim(), keyword=keyword)

    assert metadata_from_bytes(png_with(chunk)) == EXPECTED


def test_png_raw_iptc_after_the_image_data_is_read() -> None:
    chunk = make.iptc_png_chunk(vi_iim(credit="TTXVN", byline=[]))

    metadata = metadata_from_bytes(png_with(chunk, after_image=True))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit="TTXVN")


def test_png_raw_iptc_decomposed_text_comes_back_nfc(tmp_path: Path) -> None:
    photo = make.write_png_with_iptc(
        tmp_path / "a.png", caption=nfd(VI_CAPTION), byline=[nfd(VI_BYLINE)]
    )

    metadata = read_caption_and_credit(photo)

    assert metadata == EXPECTED
    assert is_clean(metadata)


def test_png_raw_iptc_in_windows_1258_comes_back_composed(tmp_path: Path) -> None:
    photo = make.write_png_with_iptc(
        tmp_path / "a.png",
        caption=make.VI_CAPTION_1258,
        encoding=make.windows_1258,
        utf8_marker=False,
    )

    assert read_caption_and_credit(photo) == PhotoMetadata(
        caption=make.VI_CAPTION_1258, credit=VI_BYLINE
    )


def test_png_iptc_wins_over_xmp_and_xmp_fills_in_the_rest() -> None:
    packet = make.xmp_packet(
        description=[("x-default", "Chú thích cũ trong XMP")], creators=["Người khác"]
    )
    iptc = make.iptc_png_chunk(vi_iim(byline=[]))
    xmp = make.png_text_chunk("XML:com.adobe.xmp", packet, b"iTXt")

    metadata = metadata_from_bytes(png_with(xmp, iptc))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit="Người khác")


def test_png_imagemagick_raw_xmp_profile_is_read() -> None:
    chunk = make.png_text_chunk(
        "Raw profile type xmp", make.raw_profile("xmp", make.vi_xmp_packet())
    )

    metadata = metadata_from_bytes(png_with(chunk))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit=f"{VI_BYLINE}, Lò Văn Pọm")


def test_png_standard_xmp_chunk_wins_over_a_raw_xmp_profile() -> None:
    old = make.xmp_packet(description=[("x-default", "Bản cũ")])
    raw = make.png_text_chunk("Raw profile type xmp", make.raw_profile("xmp", old))
    standard = make.png_text_chunk("XML:com.adobe.xmp", make.vi_xmp_packet(), b"iTXt")

    assert metadata_from_bytes(png_with(raw, standard)).caption == VI_CAPTION


def test_png_xmp_after_the_image_data_is_read() -> None:
    chunk = make.png_text_chunk("XML:com.adobe.xmp", make.vi_xmp_packet(), b"iTXt")

    assert metadata_from_bytes(png_with(chunk, after_image=True)).caption == VI_CAPTION


def test_png_other_text_chunks_are_not_taken_for_metadata() -> None:
    chunks = [
        make.png_text_chunk("Description", "Ảnh minh hoạ".encode(), b"iTXt"),
        make.png_text_chunk("Raw profile type exif", make.raw_profile("exif", b"Exif\x00\x00")),
        make.png_text_chunk("Comment", b"\x1c\x02\x78\x00\x05hello", b"tEXt"),
    ]

    assert metadata_from_bytes(png_with(*chunks)) == PhotoMetadata()


# --------------------------------------------------------------------------- WebP XMP


def test_webp_xmp_decomposed_text_comes_back_nfc(tmp_path: Path) -> None:
    packet = make.xmp_packet(
        description=[("x-default", nfd(VI_CAPTION))], creators=[nfd(VI_BYLINE)]
    )

    metadata = read_caption_and_credit(make.write_webp_with_xmp(tmp_path / "a.webp", packet))

    assert metadata == EXPECTED
    assert is_clean(metadata)


def test_webp_photoshop_credit_attribute_is_read() -> None:
    packet = make.xmp_packet(description=[("x-default", VI_CAPTION)], credit="Báo Sơn La")

    metadata = metadata_from_bytes(make.webp_with_xmp(packet))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit="Báo Sơn La")


# --------------------------------------------------------------------------- hostile PNG


def raw_iptc_chunk(text: bytes, chunk_type: bytes = b"zTXt") -> bytes:
    return make.png_text_chunk("Raw profile type iptc", text, chunk_type)


GOOD_PROFILE = make.raw_profile("IPTC profile", make.photoshop_resources(vi_iim()))


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b"\n\n\n",
        b"\nIPTC profile\n",
        b"\nIPTC profile\n  not-a-size\n1c0278",
        b"\nIPTC profile\n -28\n1c0278",
        b"\nIPTC profile\n999999999999\n1c0278",
        b"\nIPTC profile\n  4000000000\n" + b"1c" * 100,
        b"\nIPTC profile\n      28\nzz" + b"00" * 27,
        "\nIPTC profile\n       4\n1c02\u0663\u0663".encode(),
        b"\nIPTC profile\n      40\n" + b"ab" * 40,
        b"\nIPTC profile\n      12\n" + b"8BIM".hex().encode() + b"04040000ffffffff",
        b"\nIPTC profile\n       6\n" + b"1c0278ffff41".upper(),
    ],
    ids=[
        "empty",
        "blank-lines",
        "no-size",
        "size-not-a-number",
        "negative-size",
        "size-too-long",
        "size-4gb",
        "not-hex",
        "arabic-digits",
        "neither-iim-nor-photoshop",
        "resource-claims-4gb",
        "record-claims-64kb",
    ],
)
def test_malformed_png_raw_iptc_profile_gives_no_iptc(text: bytes) -> None:
    for chunk_type in (b"zTXt", b"tEXt"):
        assert metadata_from_bytes(png_with(raw_iptc_chunk(text, chunk_type))) == PhotoMetadata()


def test_png_raw_iptc_profile_cut_short_keeps_its_whole_records() -> None:
    caption = make.iim_dataset(2, 120, VI_CAPTION.encode())
    byline = make.iim_dataset(2, 80, VI_BYLINE.encode())
    size = len(caption) + len(byline)
    # The size promises both records; the digits stop inside the by-line, on an odd digit.
    text = f"\nIPTC profile\n{size:8d}\n".encode() + (caption + byline[:6]).hex().encode() + b"1"

    metadata = metadata_from_bytes(png_with(raw_iptc_chunk(text)))

    assert metadata == PhotoMetadata(caption=VI_CAPTION)


def test_png_chunks_that_do_not_inflate_are_skipped_and_later_ones_read() -> None:
    broken_zlib = make.png_chunk(b"zTXt", b"Raw profile type iptc\x00\x00" + b"\x78\x9c garbage")
    broken_itxt = make.png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00\x78\x9cjunk")
    unknown_method = make.png_chunk(b"zTXt", b"Raw profile type iptc\x00\x07" + b"x" * 20)
    good_iptc = raw_iptc_chunk(GOOD_PROFILE)
    good_xmp = make.png_text_chunk(
        "XML:com.adobe.xmp",
        make.xmp_packet(description=[("x-default", "khác")], credit="Báo Sơn La"),
        b"iTXt",
    )

    metadata = metadata_from_bytes(
        png_with(broken_zlib, broken_itxt, unknown_method, good_iptc, good_xmp)
    )

    assert metadata == EXPECTED


def test_png_raw_profile_bomb_is_not_inflated_past_the_limit() -> None:
    bomb = b"\nIPTC profile\n 2000000\n" + b"0" * 60_000_000  # 60 MB of hex digits
    chunk = make.png_chunk(b"zTXt", b"Raw profile type iptc\x00\x00" + zlib.compress(bomb, 9))
    assert len(chunk) < 200_000

    png = png_with(chunk)

    with python_heap_peak() as peak:
        metadata = metadata_from_bytes(png)

    assert metadata == PhotoMetadata()
    assert peak.bytes < 30 * MB  # inflating the whole 60 MB took three times that


@pytest.mark.parametrize(
    "chunk",
    [
        raw_iptc_chunk(make.raw_profile("xmp", make.BILLION_LAUGHS_XMP)),
        make.png_text_chunk(
            "Raw profile type xmp", make.raw_profile("xmp", make.BILLION_LAUGHS_XMP)
        ),
        make.png_text_chunk(
            "Raw profile type xmp",
            make.raw_profile("xmp", make.entity_xmp('SYSTEM "file:///etc/hostname"')),
        ),
        make.png_text_chunk(
            "XML:com.adobe.xmp", make.entity_xmp('SYSTEM "http://127.0.0.1:9/x"'), b"tEXt"
        ),
    ],
    ids=["laughs-as-iptc", "laughs-as-xmp", "file-entity", "network-entity"],
)
def test_png_xmp_with_a_dtd_is_never_expanded(chunk: bytes) -> None:
    png = png_with(chunk)

    with python_heap_peak() as peak:
        metadata = metadata_from_bytes(png)

    assert metadata == PhotoMetadata()
    assert peak.bytes < 2 * MB  # expanding the laughs, even as far as expat allows: 58 MB


@pytest.mark.parametrize(
    "tail",
    [
        struct.pack(">I", 0x7FFFFFF0) + b"zTXtRaw profile type iptc\x00\x00",
        struct.pack(">I", 0xFFFFFFFF) + b"iTXt",
        struct.pack(">I", 40) + b"tEXtRaw profile type iptc\x00\n",
        struct.pack(">I", 6_000_000) + b"tEXt" + b"Raw profile type iptc\x00" + b"0" * 1000,
    ],
    ids=["length-past-eof", "length-over-2gb", "cut-chunk", "too-long-to-read"],
)
def test_png_chunk_lengths_that_lie_give_no_metadata(tail: bytes) -> None:
    png = PLAIN_PNG[: PLAIN_PNG.index(b"IDAT") - 4] + tail

    assert metadata_from_bytes(png) == PhotoMetadata()


def test_png_with_very_many_small_chunks_is_walked_quickly() -> None:
    filler = make.png_chunk(b"tEXt", b"k\x00v") * 200_000  # 3 MB of tiny text chunks
    png = CountingStream(png_with(filler, raw_iptc_chunk(GOOD_PROFILE)))

    metadata = read_metadata(png)

    assert is_clean(metadata)
    # One pass: each chunk's header, text and checksum once, nothing read twice.
    assert png.reads + png.seeks <= 4 * 200_000 + 10
    assert png.bytes_read <= len(png.getvalue())


# --------------------------------------------------------------------------- hostile WebP


def test_webp_billion_laughs_is_not_expanded() -> None:
    webp = make.webp_with_xmp(make.BILLION_LAUGHS_XMP)

    with python_heap_peak() as peak:
        metadata = metadata_from_bytes(webp)

    assert metadata == PhotoMetadata()
    assert peak.bytes < 2 * MB  # expanding the laughs, even as far as expat allows: 58 MB


@pytest.mark.parametrize(
    "declaration",
    ['"Kẻ Gian"', 'SYSTEM "file:///etc/hostname"', 'SYSTEM "http://127.0.0.1:9/x"'],
    ids=["internal", "file", "network"],
)
def test_webp_xmp_entities_are_never_expanded(declaration: str) -> None:
    metadata = metadata_from_bytes(make.webp_with_xmp(make.entity_xmp(declaration)))

    assert metadata.caption is None


@pytest.mark.parametrize(
    "size",
    [0x7FFFFFFF, 0xFFFFFFFF, 1024 * 1024 + 1],
    ids=["past-eof", "4gb", "over-one-megabyte"],
)
def test_webp_xmp_chunk_size_that_lies_gives_no_metadata(size: int) -> None:
    webp = bytearray(make.webp_with_xmp(make.vi_xmp_packet()))
    at = make.webp_xmp_chunk_at(bytes(webp))
    webp[at + 4 : at + 8] = struct.pack("<I", size)

    assert metadata_from_bytes(bytes(webp)) == PhotoMetadata()


def test_webp_xmp_over_one_megabyte_is_ignored() -> None:
    packet = make.xmp_packet(description=[("x-default", "Chữ " * 300_000)], creators=["A"])

    assert metadata_from_bytes(make.webp_with_xmp(packet)) == PhotoMetadata()


def test_webp_with_malformed_xmp_gives_no_metadata() -> None:
    packet = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><dc:description>'

    assert metadata_from_bytes(make.webp_with_xmp(packet)) == PhotoMetadata()


def test_webp_with_endless_empty_chunks_stops() -> None:
    webp = CountingStream(b"RIFF\x00\x00\x00\x00WEBP" + b"JUNK\x00\x00\x00\x00" * 50_000)

    assert read_metadata(webp) == PhotoMetadata()
    # One pass at most: each chunk header read once, never the file again from the start.
    assert webp.reads <= 50_000 + 2
    assert webp.bytes_read <= len(webp.getvalue())


# --------------------------------------------------------------------------- fuzzing


PNG_WITH_EVERYTHING = png_with(
    raw_iptc_chunk(GOOD_PROFILE, b"tEXt"),
    raw_iptc_chunk(GOOD_PROFILE),
    make.png_text_chunk("XML:com.adobe.xmp", make.vi_xmp_packet(), b"iTXt"),
)
PNG_METADATA_END = PNG_WITH_EVERYTHING.index(b"IDAT")
WEBP_WITH_XMP = make.webp_with_xmp(make.vi_xmp_packet())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, PNG_METADATA_END - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_corrupted_png_metadata_never_raises(changes: list[tuple[int, int]]) -> None:
    damaged = bytearray(PNG_WITH_EVERYTHING)
    for position, value in changes:
        damaged[position] = value

    assert is_clean(metadata_from_bytes(bytes(damaged)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(WEBP_WITH_XMP) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_corrupted_webp_metadata_never_raises(changes: list[tuple[int, int]]) -> None:
    damaged = bytearray(WEBP_WITH_XMP)
    for position, value in changes:
        damaged[position] = value

    assert is_clean(metadata_from_bytes(bytes(damaged)))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400), st.sampled_from([b"zTXt", b"tEXt", b"iTXt"]))
def test_any_raw_profile_text_never_raises(text: bytes, chunk_type: bytes) -> None:
    for keyword in ("Raw profile type iptc", "Raw profile type xmp", "XML:com.adobe.xmp"):
        chunk = make.png_chunk(chunk_type, keyword.encode() + b"\x00" + text)
        assert is_clean(metadata_from_bytes(png_with(chunk)))
