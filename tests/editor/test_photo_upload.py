"""The upload copy of a photo: resized, upright, and without location or device identifiers."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from editor.photo_metadata import metadata_from_bytes
from editor.photo_upload import (
    DEFAULT_LONG_EDGE,
    UploadOptions,
    encode_for_upload,
    upload_copy,
)
from editor.photos import MAX_PIXELS, PhotoError, PhotoErrorKind, PhotoFormat
from tests.editor import imagefactory as make
from tests.editor.photo_checks import (
    ALL_TRACES,
    exif_orientation,
    iim_text,
    location_traces,
    private_traces,
)

BIG_SIZE = (9000, 6666)  # 59.994 megapixels, just under the limit


def _pixel(data: bytes, x: int, y: int) -> tuple[int, ...]:
    with Image.open(io.BytesIO(data)) as image:
        value = image.convert("RGB").getpixel((x, y))
    assert isinstance(value, tuple)
    return value


def _is_red(rgb: tuple[int, ...]) -> bool:
    return rgb[0] > 150 and rgb[2] < 100


@pytest.fixture(scope="module")
def big_jpeg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A 60-megapixel camera JPEG (grey, so making it costs one byte a pixel)."""
    path = tmp_path_factory.mktemp("big") / "big.jpg"
    assert BIG_SIZE[0] * BIG_SIZE[1] <= MAX_PIXELS
    with Image.new("L", BIG_SIZE, 140) as image:
        image.paste(30, (0, 0, BIG_SIZE[0] // 3, BIG_SIZE[1]))
        image.save(path, quality=80, exif=make.private_exif().tobytes())
    yield path
    path.unlink()


# --------------------------------------------------------------------------- what is removed


def test_the_copy_has_no_location_serials_or_maker_notes(tmp_path: Path) -> None:
    original = make.write_private_jpeg(tmp_path / "anh.jpg")
    assert set(private_traces(original.read_bytes())) == ALL_TRACES  # it really carries all

    photo = encode_for_upload(original, UploadOptions())

    assert private_traces(photo.data) == []


@pytest.mark.parametrize(
    "writer", [make.write_private_png, make.write_private_webp], ids=["png", "webp"]
)
def test_png_and_webp_copies_are_cleaned_too(tmp_path: Path, writer: object) -> None:
    assert callable(writer)
    original = writer(tmp_path / "anh")
    assert "EXIF GPS" in private_traces(original.read_bytes())

    photo = encode_for_upload(original, UploadOptions())

    assert private_traces(photo.data) == []
    metadata = metadata_from_bytes(photo.data)
    assert (metadata.caption, metadata.credit) == (make.VI_CAPTION, make.VI_BYLINE)


def test_keeping_location_keeps_coordinates_but_never_serial_numbers(tmp_path: Path) -> None:
    original = make.write_private_jpeg(tmp_path / "anh.jpg")

    photo = encode_for_upload(original, UploadOptions(keep_location=True))

    assert sorted(location_traces(photo.data)) == ["EXIF GPS", "XMP GPS", "sub-location"]
    assert sorted(private_traces(photo.data)) == sorted(
        ["EXIF GPS", "XMP GPS", "sub-location", "IPTC sub-location"]
    )
    with Image.open(io.BytesIO(photo.data)) as image:
        gps = image.getexif().get_ifd(0x8825)
    assert tuple(float(v) for v in gps[2]) == make.GPS_LATITUDE


# --------------------------------------------------------------------------- what is kept


def test_caption_credit_copyright_city_and_colour_profile_stay(tmp_path: Path) -> None:
    original = make.write_private_jpeg(tmp_path / "anh.jpg")

    photo = encode_for_upload(original, UploadOptions())

    metadata = metadata_from_bytes(photo.data)
    assert (metadata.caption, metadata.credit) == (make.VI_CAPTION, make.VI_BYLINE)
    # What WordPress's own IPTC import reads: caption, credit, copyright (and the city).
    assert iim_text(photo.data, 2, 120) == make.VI_CAPTION
    assert iim_text(photo.data, 2, 110) == make.PHOTO_CREDIT
    assert iim_text(photo.data, 2, 116) == make.PHOTO_COPYRIGHT
    assert iim_text(photo.data, 2, 90) == make.CITY
    assert make.CITY.encode() in photo.data  # also in XMP (photoshop:City)
    with Image.open(io.BytesIO(photo.data)) as image:
        assert image.format == "JPEG"
        assert image.info.get("icc_profile") == make.srgb_profile()
        exif = image.getexif()
        assert exif[0x8298].encode("latin-1").decode("utf-8") == make.PHOTO_COPYRIGHT
        assert exif[0x013B].encode("latin-1").decode("utf-8") == make.VI_BYLINE
        assert exif[0x0110] == "Canon EOS R6"


def test_the_copy_is_turned_upright_and_loses_the_orientation_tag(tmp_path: Path) -> None:
    original = make.write_private_jpeg(tmp_path / "anh.jpg", stored_size=(400, 200))

    photo = encode_for_upload(original, UploadOptions())

    assert (photo.width, photo.height) == (200, 400)
    assert exif_orientation(photo.data) is None
    # Stored top half red; turned 90° clockwise, red is on the right.
    assert _is_red(_pixel(photo.data, 190, 200))
    assert not _is_red(_pixel(photo.data, 10, 200))


def test_the_local_original_is_never_modified(tmp_path: Path) -> None:
    original = make.write_private_jpeg(tmp_path / "anh.jpg")
    os.utime(original, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = (original.read_bytes(), original.stat().st_mtime_ns)

    with upload_copy(original, UploadOptions(long_edge=1600)) as copy:
        assert copy.path != original and copy.path.read_bytes() == copy.photo.data

    assert (original.read_bytes(), original.stat().st_mtime_ns) == before


# --------------------------------------------------------------------------- size


def test_a_60_megapixel_jpeg_is_decoded_small_and_resized_to_the_long_edge(
    big_jpeg: Path,
) -> None:
    photo = encode_for_upload(big_jpeg, UploadOptions())

    assert (photo.width, photo.height) == (DEFAULT_LONG_EDGE, round(6666 * 2560 / 9000))
    # The decoder scaled by 1/2 on the way (draft): a quarter of the pixels in memory.
    assert photo.decoded_size == (4500, 3333)
    assert private_traces(photo.data) == []
    with Image.open(io.BytesIO(photo.data)) as image:
        assert image.size == (photo.width, photo.height)
        # The dark third on the left survived the scaling.
        assert image.convert("L").getpixel((100, 100)) == pytest.approx(30, abs=6)


def test_a_chosen_long_edge_applies_to_portrait_photos(tmp_path: Path) -> None:
    original = make.write_rotated_jpeg(tmp_path / "doc.jpg", stored_size=(3000, 1000))

    photo = encode_for_upload(original, UploadOptions(long_edge=1400))

    assert (photo.width, photo.height) == (467, 1400)
    # Decoded at half scale, never below what is needed (a third would be too small).
    assert photo.decoded_size == (1500, 500)


def test_small_photos_are_never_enlarged(tmp_path: Path) -> None:
    original = make.write_png(tmp_path / "nho.png", size=(120, 80))

    photo = encode_for_upload(original, UploadOptions(long_edge=3840))

    assert (photo.width, photo.height, photo.decoded_size) == (120, 80, (120, 80))
    assert photo.format is PhotoFormat.PNG and photo.mime_type == "image/png"


def test_a_transparent_png_stays_transparent(tmp_path: Path) -> None:
    original = make.write_palette_png(tmp_path / "logo.png", size=(3000, 1000))

    photo = encode_for_upload(original, UploadOptions())

    with Image.open(io.BytesIO(photo.data)) as image:
        assert image.size == (2560, 853)
        assert image.mode == "RGBA"
        assert image.getpixel((10, 10))[3] == 0  # type: ignore[index]
        assert image.getpixel((2500, 10))[3] == 255  # type: ignore[index]


# --------------------------------------------------------------------------- hostile files


def test_a_billion_laughs_xmp_is_dropped_and_the_copy_still_made(tmp_path: Path) -> None:
    original = make.write_jpeg_with_xmp(tmp_path / "bom.jpg", make.BILLION_LAUGHS_XMP)

    photo = encode_for_upload(original, UploadOptions())

    assert b"lol" not in photo.data and b"ENTITY" not in photo.data
    assert metadata_from_bytes(photo.data).caption is None


def test_a_damaged_iptc_block_is_dropped_not_passed_on(tmp_path: Path) -> None:
    iim = make.iim_dataset(2, 120, "Chú thích".encode()) + b"\x1c\x02\x5c\xff\xff" + b"x" * 10
    original = make.write_jpeg_with_raw_iim(tmp_path / "hong.jpg", iim)

    photo = encode_for_upload(original, UploadOptions())

    assert iim_text(photo.data, 2, 120) == "Chú thích"
    assert b"x" * 10 not in photo.data


@pytest.mark.parametrize(
    ("writer", "kind"),
    [
        (make.write_truncated_jpeg, PhotoErrorKind.TRUNCATED),
        (make.write_text_as_jpg, PhotoErrorKind.NOT_AN_IMAGE),
        (make.write_gif, PhotoErrorKind.NOT_AN_IMAGE),
    ],
)
def test_a_file_that_is_not_a_sound_photo_is_a_photo_error(
    tmp_path: Path, writer: object, kind: PhotoErrorKind
) -> None:
    assert callable(writer)
    path = writer(tmp_path / "anh.jpg")
    with pytest.raises(PhotoError) as raised:
        encode_for_upload(path, UploadOptions())
    assert raised.value.kind is kind


def test_a_missing_photo_is_a_photo_error(tmp_path: Path) -> None:
    with pytest.raises(PhotoError) as raised, upload_copy(tmp_path / "mat.jpg", UploadOptions()):
        pass
    assert raised.value.kind is PhotoErrorKind.UNREADABLE


def test_the_temporary_copy_is_removed_even_when_the_upload_fails(tmp_path: Path) -> None:
    original = make.write_private_jpeg(tmp_path / "anh.jpg")
    folder = tmp_path / "tmp"
    folder.mkdir()

    with pytest.raises(ConnectionError), upload_copy(original, UploadOptions(), folder) as copy:
        assert copy.path.parent == folder and copy.path.suffix == ".jpg"
        assert copy.path.stat().st_mode & 0o077 == 0  # private to the user
        raise ConnectionError("the site went away")

    assert list(folder.iterdir()) == []


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (None, UploadOptions()),
        ({}, UploadOptions()),
        ({"keep_location": True, "long_edge": 1600}, UploadOptions(True, 1600)),
        ({"keep_location": "yes", "long_edge": True}, UploadOptions()),
        ({"keep_location": 1, "long_edge": 10**9}, UploadOptions()),
        ([1, 2], UploadOptions()),
    ],
)
def test_options_from_an_outbox_payload_default_to_no_location(
    payload: object, expected: UploadOptions
) -> None:
    assert UploadOptions.from_payload(payload) == expected
    assert UploadOptions.from_payload(expected.to_payload()) == expected
