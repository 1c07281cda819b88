"""Caption and credit read from a photo's own IPTC and XMP metadata."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.photo_metadata import PhotoMetadata, metadata_from_bytes, read_caption_and_credit
from tests.editor import imagefactory as make
from tests.editor.imagefactory import VI_BYLINE, VI_CAPTION
from tests.work_measures import MB, python_heap_peak

PLAIN_JPEG = make.encode(make.picture(), "JPEG", quality=90)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --------------------------------------------------------------------------- IPTC


def test_jpeg_iptc_caption_and_byline_come_back_exactly(tmp_path: Path) -> None:
    photo = make.write_jpeg_with_iptc(tmp_path / "dệt-thổ-cẩm.jpg")

    metadata = read_caption_and_credit(photo)

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


def test_decomposed_vietnamese_comes_back_nfc(tmp_path: Path) -> None:
    # macOS tools often write NFD; the store keeps NFC, or search and diffs break.
    photo = make.write_jpeg_with_iptc(
        tmp_path / "a.jpg", caption=nfd(VI_CAPTION), byline=[nfd(VI_BYLINE)]
    )

    metadata = read_caption_and_credit(photo)

    assert metadata.caption == VI_CAPTION
    assert metadata.credit == VI_BYLINE
    assert metadata.caption is not None
    assert unicodedata.is_normalized("NFC", metadata.caption)


def test_iptc_utf8_without_the_charset_marker_is_still_read_as_utf8(tmp_path: Path) -> None:
    photo = make.write_jpeg_with_iptc(tmp_path / "a.jpg", utf8_marker=False)

    assert read_caption_and_credit(photo) == PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


def test_western_text_without_marker_reads_right_through_windows_1258(tmp_path: Path) -> None:
    # Windows-1258 shares these letters and the dash (not in Latin-1) with Windows-1252.
    photo = make.write_jpeg_with_iptc(
        tmp_path / "a.jpg",
        caption="Café « Pho Co » à Paris – Hôtel de Ville",
        byline=["José Müller"],
        encoding="cp1252",
        utf8_marker=False,
    )

    metadata = read_caption_and_credit(photo)

    assert metadata.caption == "Café « Pho Co » à Paris – Hôtel de Ville"
    assert metadata.credit == "José Müller"


def test_bytes_undefined_in_windows_1258_are_read_as_latin1(tmp_path: Path) -> None:
    iim = make.iim_dataset(2, 120, b"Caf\xe9 \x81 Saigon")

    metadata = read_caption_and_credit(make.write_jpeg_with_raw_iim(tmp_path / "a.jpg", iim))

    assert metadata.caption == "Café \x81 Saigon"


# --------------------------------------------------------------------------- IPTC encodings


def jpeg_with_iim(iim: bytes) -> bytes:
    """A small JPEG, in memory, whose IPTC resource holds *iim*."""
    return make.insert_after_soi(PLAIN_JPEG, make.photoshop_app13(iim))


def caption_dataset(value: bytes, charset: bytes | None = None) -> bytes:
    marker = make.iim_dataset(1, 90, charset) if charset is not None else b""
    return marker + make.iim_dataset(2, 120, value)


@pytest.mark.parametrize("tones_apart", [False, True], ids=["windows", "composite-keyboard"])
@pytest.mark.parametrize("caption", [VI_CAPTION, make.VI_CAPTION_1258, "ĐỒNG CHÍ NGUYỄN THỊ ỨNG"])
def test_windows_1258_caption_without_marker_comes_back_composed(
    tmp_path: Path, caption: str, tones_apart: bool
) -> None:
    def encoding(text: str) -> bytes:
        return make.windows_1258(text, tones_apart=tones_apart)

    raw = encoding(caption)
    assert set(raw) & {0xCC, 0xEC, 0xD2, 0xDE, 0xF2}  # combining tone marks
    photo = make.write_jpeg_with_iptc(
        tmp_path / "a.jpg",
        caption=caption,
        byline=[VI_BYLINE],
        encoding=encoding,
        utf8_marker=False,
    )

    metadata = read_caption_and_credit(photo)

    assert metadata == PhotoMetadata(caption=caption, credit=VI_BYLINE)
    assert metadata.caption is not None and unicodedata.is_normalized("NFC", metadata.caption)


def test_decomposed_utf8_without_marker_comes_back_nfc(tmp_path: Path) -> None:
    raw = nfd(VI_CAPTION).encode()
    photo = make.write_jpeg_with_raw_iim(tmp_path / "a.jpg", caption_dataset(raw))

    assert read_caption_and_credit(photo).caption == VI_CAPTION


def test_credit_in_windows_1258_and_caption_in_utf8_are_each_read_right(tmp_path: Path) -> None:
    iim = make.iim_dataset(2, 120, VI_CAPTION.encode()) + make.iim_dataset(
        2, 110, make.windows_1258("Báo Sơn La")
    )

    metadata = read_caption_and_credit(make.write_jpeg_with_raw_iim(tmp_path / "a.jpg", iim))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit="Báo Sơn La")


def test_utf8_marker_is_honoured_even_when_bytes_are_damaged() -> None:
    value = VI_CAPTION.encode()[:20] + b"\xff" + VI_CAPTION.encode()[20:]

    caption = metadata_from_bytes(jpeg_with_iim(caption_dataset(value, make.IIM_UTF8))).caption

    assert caption is not None
    assert caption.startswith("Bà Lò Thị Hoà") and "\ufffd" in caption
    assert caption.replace("\ufffd", "") == VI_CAPTION


@pytest.mark.parametrize("charset", [make.IIM_UTF8, None], ids=["marked", "unmarked"])
def test_utf8_caption_cut_inside_its_last_letter_loses_only_that_letter(
    charset: bytes | None,
) -> None:
    value = "Người dân bản Mường Chanh đi chợ Huế".encode()
    cut = value[:-1]  # "ế" is three bytes: keep two
    assert cut.endswith(b"\xe1\xba")

    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(cut, charset)))

    assert metadata.caption == "Người dân bản Mường Chanh đi chợ Hu"


def test_ascii_text_ending_in_a_windows_1258_letter_keeps_that_letter() -> None:
    # 0xC3 (Ă) is also a UTF-8 lead byte; with nothing else non-ASCII it is not a cut letter.
    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(b"Lo Van \xc3")))

    assert metadata.caption == "Lo Van Ă"


def test_declared_latin1_is_read_as_windows_1252_not_guessed() -> None:
    value = "Hôtel de Ville – São Paulo".encode("cp1252")  # ã is ă in Windows-1258

    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(value, make.IIM_LATIN1)))

    assert metadata.caption == "Hôtel de Ville – São Paulo"


@pytest.mark.parametrize(
    ("charset", "codec", "text"),
    [
        (b"\x1b-B", "iso8859-2", "Łódź, Kraków"),
        (b"\x1b(B\x1b-L", "iso8859-5", "Москва"),
        (b"\x1b.M", "iso8859-9", "İstanbul, Ağrı"),
    ],
    ids=["latin-2", "cyrillic-after-ascii", "turkish-g2"],
)
def test_declared_iso_8859_parts_are_honoured(charset: bytes, codec: str, text: str) -> None:
    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(text.encode(codec), charset)))

    assert metadata.caption == text


@pytest.mark.parametrize(
    "charset",
    [make.IIM_ASCII_ONLY, b"\x1b-Z", b"", b"\x1b", b"\x1b-A"[:2], b"\x1b$B" * 10_000],
    ids=["ascii-only", "unknown-set", "empty", "lone-escape", "cut-escape", "long-junk"],
)
def test_charset_marker_naming_nothing_usable_falls_back_to_guessing(charset: bytes) -> None:
    value = make.windows_1258(VI_CAPTION)

    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(value, charset)))

    assert metadata.caption == VI_CAPTION


VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper() + " .,:-0123456789₫",
        min_size=1,
        max_size=120,
    ),
    st.booleans(),
)
def test_any_vietnamese_text_in_windows_1258_comes_back_as_written(
    text: str, tones_apart: bool
) -> None:
    raw = make.windows_1258(text, tones_apart=tones_apart)

    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(raw)))

    assert metadata.caption == (text.strip() or None)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, make.IIM_UTF8, make.IIM_LATIN1, b"\x1b-L"]))
def test_any_iim_bytes_decode_to_clean_nfc_text(value: bytes, charset: bytes | None) -> None:
    metadata = metadata_from_bytes(jpeg_with_iim(caption_dataset(value, charset)))

    assert metadata.caption is None or (
        unicodedata.is_normalized("NFC", metadata.caption)
        and metadata.caption == metadata.caption.strip()
        and "\r" not in metadata.caption
    )


def test_iptc_credit_is_used_when_there_is_no_byline(tmp_path: Path) -> None:
    photo = make.write_jpeg_with_iptc(tmp_path / "a.jpg", byline=[], credit="TTXVN")

    assert read_caption_and_credit(photo).credit == "TTXVN"


def test_byline_wins_over_iptc_credit_and_several_bylines_are_joined(tmp_path: Path) -> None:
    photo = make.write_jpeg_with_iptc(
        tmp_path / "a.jpg", byline=[VI_BYLINE, "Lò Văn Pọm"], credit="TTXVN"
    )

    assert read_caption_and_credit(photo).credit == f"{VI_BYLINE}, Lò Văn Pọm"


def test_control_characters_and_padding_are_removed(tmp_path: Path) -> None:
    photo = make.write_jpeg_with_iptc(
        tmp_path / "a.jpg",
        caption="  Dòng một\r\nDòng hai\x07\x00\x00",
        byline=["Quang\tHuy\n"],
    )

    metadata = read_caption_and_credit(photo)

    assert metadata.caption == "Dòng một\nDòng hai"
    assert metadata.credit == "Quang Huy"


def test_long_caption_in_an_extended_dataset_is_read(tmp_path: Path) -> None:
    caption = "Hoa ban nở trắng núi rừng Tây Bắc. " * 1200  # ~50 kB: extended IIM length
    photo = make.write_jpeg_with_iptc(tmp_path / "a.jpg", caption=caption)

    assert read_caption_and_credit(photo).caption == caption.strip()


def test_damaged_iptc_record_keeps_what_came_before_it(tmp_path: Path) -> None:
    iim = make.iim_dataset(1, 90, make.IIM_UTF8) + make.iim_dataset(2, 120, VI_CAPTION.encode())
    iim += bytes([0x1C, 2, 80, 0x7F, 0xFF]) + b"cut short"  # claims 32 kB, has 9 bytes

    metadata = read_caption_and_credit(make.write_jpeg_with_raw_iim(tmp_path / "a.jpg", iim))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit=None)


# --------------------------------------------------------------------------- XMP


def test_jpeg_xmp_prefers_the_default_language_and_joins_creators(tmp_path: Path) -> None:
    photo = make.write_jpeg_with_xmp(tmp_path / "a.jpg", make.vi_xmp_packet())

    metadata = read_caption_and_credit(photo)

    assert metadata.caption == VI_CAPTION
    assert metadata.credit == f"{VI_BYLINE}, Lò Văn Pọm"


def test_xmp_without_default_language_uses_the_first_alternative(tmp_path: Path) -> None:
    packet = make.xmp_packet(description=[("vi", VI_CAPTION), ("en", "Weaving brocade")])

    metadata = read_caption_and_credit(make.write_jpeg_with_xmp(tmp_path / "a.jpg", packet))

    assert metadata.caption == VI_CAPTION


@pytest.mark.parametrize("compressed", [False, True], ids=["plain", "compressed"])
def test_png_xmp_caption_and_credit(tmp_path: Path, compressed: bool) -> None:
    photo = make.write_png_with_xmp(tmp_path / "a.png", make.vi_xmp_packet(), compressed=compressed)

    metadata = read_caption_and_credit(photo)

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit=f"{VI_BYLINE}, Lò Văn Pọm")


def test_webp_xmp_caption_and_credit(tmp_path: Path) -> None:
    photo = make.write_webp_with_xmp(tmp_path / "a.webp", make.vi_xmp_packet())

    metadata = read_caption_and_credit(photo)

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit=f"{VI_BYLINE}, Lò Văn Pọm")


def test_xmp_decomposed_text_comes_back_nfc(tmp_path: Path) -> None:
    packet = make.xmp_packet(
        description=[("x-default", nfd(VI_CAPTION))], creators=[nfd(VI_BYLINE)]
    )

    metadata = read_caption_and_credit(make.write_png_with_xmp(tmp_path / "a.png", packet))

    assert metadata == PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


def test_photoshop_credit_is_used_when_there_is_no_creator(tmp_path: Path) -> None:
    packet = make.xmp_packet(description=[("x-default", VI_CAPTION)], credit="Báo Sơn La")

    metadata = read_caption_and_credit(make.write_jpeg_with_xmp(tmp_path / "a.jpg", packet))

    assert metadata.credit == "Báo Sơn La"


def test_alt_text_from_xmp_is_offered_as_a_hint(tmp_path: Path) -> None:
    alt = "Một phụ nữ lớn tuổi ngồi bên khung cửi, tay cầm thoi."
    packet = make.xmp_packet(description=[("x-default", VI_CAPTION)], alt_text=alt)

    metadata = read_caption_and_credit(make.write_webp_with_xmp(tmp_path / "a.webp", packet))

    assert metadata.alt_hint == alt


# --------------------------------------------------------------------------- IPTC and XMP together


def test_iptc_wins_over_xmp_when_both_are_present(tmp_path: Path) -> None:
    packet = make.xmp_packet(
        description=[("x-default", "Chú thích cũ trong XMP")], creators=["Người khác"]
    )
    photo = make.write_jpeg_with_iptc(tmp_path / "a.jpg", extra_segments=[make.xmp_app1(packet)])

    assert read_caption_and_credit(photo) == PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


def test_xmp_fills_in_what_iptc_lacks(tmp_path: Path) -> None:
    packet = make.xmp_packet(description=[("x-default", VI_CAPTION)], creators=[VI_BYLINE])
    photo = make.write_jpeg_with_iptc(
        tmp_path / "a.jpg",
        caption=None,
        byline=[],
        credit="TTXVN",
        extra_segments=[make.xmp_app1(packet)],
    )

    # The photographer (XMP creator) comes before the agency (IPTC credit).
    assert read_caption_and_credit(photo) == PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


# --------------------------------------------------------------------------- hostile and damaged


def test_malformed_xmp_is_ignored_and_iptc_is_still_read(tmp_path: Path) -> None:
    broken = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><dc:description>'
    photo = make.write_jpeg_with_iptc(tmp_path / "a.jpg", extra_segments=[make.xmp_app1(broken)])

    assert read_caption_and_credit(photo) == PhotoMetadata(caption=VI_CAPTION, credit=VI_BYLINE)


@pytest.mark.parametrize(
    "packet",
    [
        b"",
        b"\x00\x00\x00",
        b"not xml at all",
        b"<x:xmpmeta><unclosed>",
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&undefined;</rdf:RDF>',
        "<a>\udcff</a>".encode("utf-8", errors="surrogatepass"),
    ],
    ids=["empty", "nul", "text", "unclosed", "undefined-entity", "bad-utf8"],
)
def test_malformed_xmp_gives_empty_metadata(tmp_path: Path, packet: bytes) -> None:
    photo = make.write_jpeg_with_xmp(tmp_path / "a.jpg", packet)

    assert read_caption_and_credit(photo) == PhotoMetadata()


def test_billion_laughs_is_not_expanded(tmp_path: Path) -> None:
    photo = make.write_png_with_xmp(tmp_path / "a.png", make.BILLION_LAUGHS_XMP)

    with python_heap_peak() as peak:
        metadata = read_caption_and_credit(photo)

    assert metadata == PhotoMetadata()
    assert peak.bytes < 2 * MB  # expanding the laughs, even as far as expat allows: 58 MB


@pytest.mark.parametrize(
    "declaration",
    ['"Kẻ Gian"', 'SYSTEM "file:///etc/hostname"', 'SYSTEM "http://127.0.0.1:9/x"'],
    ids=["internal", "file", "network"],
)
def test_entities_declared_in_xmp_are_never_expanded(tmp_path: Path, declaration: str) -> None:
    photo = make.write_jpeg_with_xmp(tmp_path / "a.jpg", make.entity_xmp(declaration))

    assert read_caption_and_credit(photo).caption is None


def test_xmp_packet_over_one_megabyte_is_ignored(tmp_path: Path) -> None:
    packet = make.xmp_packet(description=[("x-default", "Chữ " * 300_000)], creators=["A"])
    assert len(packet) > 1024 * 1024

    metadata = read_caption_and_credit(make.write_png_with_xmp(tmp_path / "a.png", packet))

    assert metadata == PhotoMetadata()


def test_compressed_xmp_inflating_past_one_megabyte_is_ignored(tmp_path: Path) -> None:
    packet = make.xmp_packet(description=[("x-default", "a" * 5_000_000)], creators=["A"])
    photo = make.write_png_with_xmp(tmp_path / "a.png", packet, compressed=True)
    assert photo.stat().st_size < 100_000  # small on disk, large when inflated

    assert read_caption_and_credit(photo) == PhotoMetadata()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xd8",
        b"\xff\xd8\xff\xed\xff\xff" + b"Photoshop 3.0\x00",  # segment longer than the file
        b"\xff\xd8\xff\xed\x00\x10Photoshop 3.0\x008BIM",
        b"\x89PNG\r\n\x1a\n\xff\xff\xff\xffiTXt",
        b"RIFF\x00\x00\x00\x00WEBPXMP \xff\xff\xff\x7f<x/>",
        b"GIF89a" + b"\x00" * 20,
        "Không phải ảnh".encode(),
    ],
    ids=[
        "empty",
        "soi-only",
        "app13-past-eof",
        "irb-cut",
        "png-chunk",
        "webp-chunk",
        "gif",
        "text",
    ],
)
def test_damaged_or_foreign_files_give_empty_metadata(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(content)

    assert read_caption_and_credit(path) == PhotoMetadata()


def test_missing_file_or_folder_gives_empty_metadata(tmp_path: Path) -> None:
    assert read_caption_and_credit(tmp_path / "gone.jpg") == PhotoMetadata()
    assert read_caption_and_credit(tmp_path) == PhotoMetadata()


def _photo_with_everything() -> bytes:
    iim = make.iptc_block(caption=VI_CAPTION, byline=[VI_BYLINE], credit="TTXVN")
    jpeg = make.encode(make.picture(), "JPEG")
    return make.insert_after_soi(
        jpeg, make.photoshop_app13(iim), make.xmp_app1(make.vi_xmp_packet())
    )


PHOTO_WITH_EVERYTHING = _photo_with_everything()
METADATA_END = PHOTO_WITH_EVERYTHING.index(b"\xff\xdb")  # first table after the metadata


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, METADATA_END - 1), st.integers(0, 255)), min_size=1, max_size=8
    )
)
def test_corrupted_metadata_never_raises(changes: list[tuple[int, int]]) -> None:
    damaged = bytearray(PHOTO_WITH_EVERYTHING)
    for position, value in changes:
        damaged[position] = value

    metadata = metadata_from_bytes(bytes(damaged))

    for text in (metadata.caption, metadata.credit, metadata.alt_hint):
        assert text is None or unicodedata.is_normalized("NFC", text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from([b"\xff\xd8", b"\x89PNG\r\n\x1a\n", b"RIFF\x10\x00\x00\x00WEBP"]),
    st.binary(max_size=600),
)
def test_random_bytes_after_a_signature_never_raise(signature: bytes, rest: bytes) -> None:
    assert isinstance(metadata_from_bytes(signature + rest), PhotoMetadata)
