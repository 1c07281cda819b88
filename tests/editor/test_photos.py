"""Attaching photos: what is accepted, what is refused and why, what lands on disk."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from editor.photos import (
    MAX_FILE_BYTES,
    ImportedPhoto,
    PhotoError,
    PhotoErrorKind,
    PhotoFormat,
    PhotoInfo,
    check_photo_file,
    import_photo,
    photo_mime_type,
)
from tests.editor import imagefactory as make
from tests.editor.imagefactory import VI_BYLINE, VI_CAPTION


@pytest.fixture
def photos_dir(tmp_path: Path) -> Path:
    """The draft store's photo folder, empty."""
    folder = tmp_path / "photos"
    folder.mkdir()
    return folder


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Where the reporter's files come from (a memory card, a download folder)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def colour_at(image: Image.Image, xy: tuple[int, int]) -> tuple[int, ...]:
    value = image.convert("RGB").getpixel(xy)
    assert isinstance(value, tuple)
    return tuple(int(channel) for channel in value)


def close_to(actual: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 40) -> bool:
    return all(abs(a - e) <= tolerance for a, e in zip(actual, expected, strict=True))


# --------------------------------------------------------------------------- accepted photos


def test_jpeg_is_copied_byte_for_byte_with_its_caption_and_credit(
    inbox: Path, photos_dir: Path
) -> None:
    source = make.write_jpeg_with_iptc(inbox / "IMG_0042.JPG")

    photo = import_photo(source, photos_dir)

    assert photo.image_path.read_bytes() == source.read_bytes()
    assert photo.image_path.parent == photos_dir
    assert photo.format == PhotoFormat.JPEG
    assert (photo.width, photo.height) == (64, 48)
    assert photo.caption == VI_CAPTION
    assert photo.credit == VI_BYLINE


def test_stored_name_is_the_content_hash_with_a_normalised_extension(
    inbox: Path, photos_dir: Path
) -> None:
    source = make.write_jpeg(inbox / "Chân dung.JPEG")

    photo = import_photo(source, photos_dir)

    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert photo.image_path.suffix == ".jpg"
    assert digest.startswith(photo.image_path.stem)
    assert len(photo.image_path.stem) >= 16


def test_format_is_judged_by_content_not_by_name(inbox: Path, photos_dir: Path) -> None:
    source = make.write_png(inbox / "looks-like.jpg")

    photo = import_photo(source, photos_dir)

    assert photo.format == PhotoFormat.PNG
    assert photo.image_path.suffix == ".png"
    assert photo_mime_type(photo.image_path) == "image/png"


def test_png_with_xmp_is_accepted_with_its_caption(inbox: Path, photos_dir: Path) -> None:
    source = make.write_png_with_xmp(inbox / "a.png", make.vi_xmp_packet())

    photo = import_photo(source, photos_dir)

    assert photo.image_path.suffix == ".png"
    assert photo.caption == VI_CAPTION
    assert photo.credit == f"{VI_BYLINE}, Lò Văn Pọm"


def test_webp_is_accepted_with_its_caption(inbox: Path, photos_dir: Path) -> None:
    source = make.write_webp_with_xmp(inbox / "a.webp", make.vi_xmp_packet())

    photo = import_photo(source, photos_dir)

    assert photo.format == PhotoFormat.WEBP
    assert photo.image_path.suffix == ".webp"
    assert photo.caption == VI_CAPTION
    assert photo_mime_type(photo.image_path) == "image/webp"


def test_jpeg_captioned_on_vietnamese_windows_is_imported_with_readable_text(
    inbox: Path, photos_dir: Path
) -> None:
    # An older Windows tool: Windows-1258 bytes, no 1:90 character set marker.
    source = make.write_jpeg_with_iptc(
        inbox / "cho-phien.jpg",
        caption=make.VI_CAPTION_1258,
        byline=[VI_BYLINE],
        credit="Báo Sơn La",
        encoding=make.windows_1258,
        utf8_marker=False,
    )

    photo = import_photo(source, photos_dir)

    assert photo.caption == make.VI_CAPTION_1258
    assert photo.credit == VI_BYLINE
    assert photo.image_path.read_bytes() == source.read_bytes()  # the file is kept as it was


def test_png_with_imagemagick_iptc_profile_is_imported_with_caption_and_credit(
    inbox: Path, photos_dir: Path
) -> None:
    # exiftool and ImageMagick keep IPTC in a hex "Raw profile type iptc" zTXt chunk.
    source = make.write_png_with_iptc(
        inbox / "ban-muong-chanh.png", byline=[VI_BYLINE, "Lò Văn Pọm"], credit="TTXVN"
    )

    photo = import_photo(source, photos_dir)

    assert photo.format == PhotoFormat.PNG
    assert photo.caption == VI_CAPTION
    assert photo.credit == f"{VI_BYLINE}, Lò Văn Pọm"
    assert photo.image_path.read_bytes() == source.read_bytes()


def test_webp_with_decomposed_xmp_is_imported_with_nfc_caption_and_credit(
    inbox: Path, photos_dir: Path
) -> None:
    packet = make.xmp_packet(
        description=[("x-default", unicodedata.normalize("NFD", VI_CAPTION))],
        creators=[unicodedata.normalize("NFD", VI_BYLINE)],
    )
    source = make.write_webp_with_xmp(inbox / "a.webp", packet)

    photo = import_photo(source, photos_dir)

    assert (photo.caption, photo.credit) == (VI_CAPTION, VI_BYLINE)


def test_png_with_damaged_metadata_is_imported_without_caption(
    inbox: Path, photos_dir: Path
) -> None:
    bad_profile = make.png_text_chunk(
        "Raw profile type iptc", b"\nIPTC profile\n  999999\nnot hex at all"
    )
    laughs = make.png_text_chunk("XML:com.adobe.xmp", make.BILLION_LAUGHS_XMP, b"iTXt")
    source = make.write_png_with_chunks(inbox / "a.png", bad_profile, laughs)

    photo = import_photo(source, photos_dir)

    assert (photo.caption, photo.credit, photo.alt_hint) == (None, None, None)
    assert photo.image_path.read_bytes() == source.read_bytes()


def test_camera_jpeg_with_multi_picture_extension_is_a_jpeg(inbox: Path, photos_dir: Path) -> None:
    source = make.write_mpo(inbox / "DSCF0001.JPG")

    photo = import_photo(source, photos_dir)

    assert photo.format == PhotoFormat.JPEG
    assert photo.image_path.suffix == ".jpg"
    assert photo.image_path.read_bytes() == source.read_bytes()


def test_importing_the_same_photo_twice_keeps_one_copy(inbox: Path, photos_dir: Path) -> None:
    first_source = make.write_jpeg_with_iptc(inbox / "a.jpg")
    second_source = inbox / "copy of a.jpeg"
    shutil.copyfile(first_source, second_source)

    first = import_photo(first_source, photos_dir)
    stored_before = {path: path.stat().st_mtime_ns for path in files_under(photos_dir)}
    second = import_photo(second_source, photos_dir)

    assert second == first
    assert {path: path.stat().st_mtime_ns for path in files_under(photos_dir)} == stored_before
    assert len(stored_before) == 2  # the photo and its thumbnail


def test_a_damaged_stored_copy_is_repaired_by_importing_again(
    inbox: Path, photos_dir: Path
) -> None:
    source = make.write_jpeg(inbox / "a.jpg")
    photo = import_photo(source, photos_dir)
    photo.image_path.write_bytes(b"garbage")

    again = import_photo(source, photos_dir)

    assert again.image_path == photo.image_path
    assert again.image_path.read_bytes() == source.read_bytes()


def test_different_photos_get_different_files(inbox: Path, photos_dir: Path) -> None:
    one = import_photo(make.write_jpeg(inbox / "a.jpg", (64, 48)), photos_dir)
    two = import_photo(make.write_jpeg(inbox / "b.jpg", (48, 64)), photos_dir)

    assert one.image_path != two.image_path
    assert one.thumbnail_path != two.thumbnail_path


# --------------------------------------------------------------------------- thumbnails


def test_thumbnail_is_a_jpeg_at_most_320_pixels_on_the_long_side(
    inbox: Path, photos_dir: Path
) -> None:
    photo = import_photo(make.write_jpeg(inbox / "wide.jpg", (1600, 900)), photos_dir)

    assert photo.thumbnail_path.parent == photos_dir / "thumbs"
    with Image.open(photo.thumbnail_path) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert thumbnail.size == (320, 180)


def test_small_photo_is_not_enlarged_for_its_thumbnail(inbox: Path, photos_dir: Path) -> None:
    photo = import_photo(make.write_jpeg(inbox / "small.jpg", (64, 48)), photos_dir)

    with Image.open(photo.thumbnail_path) as thumbnail:
        assert thumbnail.size == (64, 48)


def test_photo_stored_sideways_is_shown_upright(inbox: Path, photos_dir: Path) -> None:
    source = make.write_rotated_jpeg(inbox / "portrait.jpg", stored_size=(400, 200))

    photo = import_photo(source, photos_dir)

    assert (photo.width, photo.height) == (200, 400)
    with Image.open(photo.thumbnail_path) as thumbnail:
        assert thumbnail.size == (160, 320)
        assert close_to(colour_at(thumbnail, (20, 160)), make.BLUE)
        assert close_to(colour_at(thumbnail, (140, 160)), make.RED)
    # The stored original is untouched: the orientation stays in its EXIF.
    assert photo.image_path.read_bytes() == source.read_bytes()


def test_transparent_png_thumbnail_is_white_not_black(inbox: Path, photos_dir: Path) -> None:
    photo = import_photo(make.write_transparent_png(inbox / "logo.png"), photos_dir)

    with Image.open(photo.thumbnail_path) as thumbnail:
        assert close_to(colour_at(thumbnail, (50, 25)), (255, 255, 255), 3)


def test_palette_png_with_transparent_colour_thumbnail(inbox: Path, photos_dir: Path) -> None:
    photo = import_photo(make.write_palette_png(inbox / "map.png", (900, 300)), photos_dir)

    with Image.open(photo.thumbnail_path) as thumbnail:
        assert thumbnail.size == (320, 107)
        assert close_to(colour_at(thumbnail, (40, 50)), (255, 255, 255), 3)
        assert close_to(colour_at(thumbnail, (280, 50)), make.RED)


# --------------------------------------------------------------------------- refusals

Maker = Callable[[Path], Path]


def missing(folder: Path) -> Path:
    return folder / "đã-xoá.jpg"


def a_folder(folder: Path) -> Path:
    path = folder / "Ảnh tháng 5.jpg"
    path.mkdir()
    return path


def empty_file(folder: Path) -> Path:
    path = folder / "empty.jpg"
    path.touch()
    return path


def oversized(folder: Path) -> Path:
    return make.write_oversized_jpeg(folder / "scan.jpg", MAX_FILE_BYTES + 1)


def pixels_9000(folder: Path) -> Path:
    # 81 megapixels: over our limit, still under Pillow's own warning threshold.
    return make.write_huge_png(folder / "panorama.png", 9000, 9000)


def pixels_10000(folder: Path) -> Path:
    # 100 megapixels: Pillow warns (DecompressionBombWarning) while opening.
    return make.write_huge_png(folder / "panorama.png", 10_000, 10_000)


def pixels_15000(folder: Path) -> Path:
    # 225 megapixels: Pillow refuses (DecompressionBombError) while opening.
    return make.write_huge_png(folder / "panorama.png", 15_000, 15_000)


REFUSALS: list[tuple[Maker, PhotoErrorKind, str]] = [
    (missing, PhotoErrorKind.UNREADABLE, "could not open"),
    (a_folder, PhotoErrorKind.UNREADABLE, "could not open"),
    (
        lambda d: make.write_text_as_jpg(d / "notes.jpg"),
        PhotoErrorKind.NOT_AN_IMAGE,
        "not a picture",
    ),
    (empty_file, PhotoErrorKind.NOT_AN_IMAGE, "not a picture"),
    (lambda d: make.write_gif(d / "anim.gif"), PhotoErrorKind.UNSUPPORTED_FORMAT, "a GIF picture"),
    (lambda d: make.write_bmp(d / "scan.bmp"), PhotoErrorKind.UNSUPPORTED_FORMAT, "a BMP picture"),
    (
        lambda d: make.write_heic_header(d / "IMG_1234.HEIC"),
        PhotoErrorKind.UNSUPPORTED_FORMAT,
        "a HEIC picture",
    ),
    (lambda d: make.write_truncated_jpeg(d / "half.jpg"), PhotoErrorKind.TRUNCATED, "incomplete"),
    (oversized, PhotoErrorKind.TOO_LARGE_FILE, "larger than 40 MB"),
    (pixels_9000, PhotoErrorKind.TOO_MANY_PIXELS, "more than 60 megapixels"),
    (pixels_10000, PhotoErrorKind.TOO_MANY_PIXELS, "more than 60 megapixels"),
    (pixels_15000, PhotoErrorKind.TOO_MANY_PIXELS, "more than 60 megapixels"),
]
REFUSAL_IDS = [
    "missing",
    "folder",
    "text",
    "empty",
    "gif",
    "bmp",
    "heic",
    "truncated",
    "over-40MB",
    "81MP",
    "100MP-pillow-warns",
    "225MP-pillow-refuses",
]


@pytest.mark.parametrize(("maker", "kind", "phrase"), REFUSALS, ids=REFUSAL_IDS)
def test_refused_import_says_why_and_leaves_nothing_behind(
    inbox: Path, photos_dir: Path, maker: Maker, kind: PhotoErrorKind, phrase: str
) -> None:
    source = maker(inbox)

    with pytest.raises(PhotoError) as caught:
        import_photo(source, photos_dir)

    error = caught.value
    assert error.kind is kind
    message = error.user_message
    assert phrase in message
    assert f"“{source.name}”" in message
    assert message.endswith(".")
    for internal in ("Errno", "Traceback", "PIL", "BytesIO", str(inbox)):
        assert internal not in message
    assert list(photos_dir.iterdir()) == []


@pytest.mark.parametrize(("maker", "kind", "phrase"), REFUSALS, ids=REFUSAL_IDS)
def test_check_refuses_what_import_refuses(
    inbox: Path, maker: Maker, kind: PhotoErrorKind, phrase: str
) -> None:
    with pytest.raises(PhotoError) as caught:
        check_photo_file(maker(inbox))

    assert caught.value.kind is kind


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file_is_refused(inbox: Path, photos_dir: Path) -> None:
    source = make.write_jpeg(inbox / "locked.jpg")
    source.chmod(0)

    try:
        with pytest.raises(PhotoError) as caught:
            import_photo(source, photos_dir)
    finally:
        source.chmod(0o644)

    assert caught.value.kind is PhotoErrorKind.UNREADABLE


def test_file_the_system_will_not_let_us_read_is_refused(
    inbox: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Same as above, for test runs as root (where chmod does not stop reading).
    source = make.write_jpeg(inbox / "locked.jpg")
    real_open = Path.open

    def open_refusing_source(path: Path, *args: object, **kwargs: object) -> object:
        if path == source:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", open_refusing_source)

    with pytest.raises(PhotoError) as caught:
        import_photo(source, photos_dir)

    assert caught.value.kind is PhotoErrorKind.UNREADABLE
    assert "may read" in caught.value.user_message
    assert list(photos_dir.iterdir()) == []


def test_photo_of_exactly_the_size_limit_is_accepted(inbox: Path, photos_dir: Path) -> None:
    source = make.write_oversized_jpeg(inbox / "big.jpg", MAX_FILE_BYTES)

    photo = import_photo(source, photos_dir)

    assert photo.image_path.stat().st_size == MAX_FILE_BYTES


# --------------------------------------------------------------------------- disk trouble


def failing_fsync(fail_on_call: int, error: int) -> Callable[[int], None]:
    real_fsync = os.fsync
    calls = 0

    def fsync(fd: int) -> None:
        nonlocal calls
        calls += 1
        if calls == fail_on_call:
            raise OSError(error, os.strerror(error))
        real_fsync(fd)

    return fsync


@pytest.mark.parametrize("fail_on_call", [1, 2], ids=["writing-photo", "writing-thumbnail"])
def test_full_disk_is_reported_and_leaves_nothing_behind(
    inbox: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch, fail_on_call: int
) -> None:
    source = make.write_jpeg(inbox / "a.jpg")
    monkeypatch.setattr(os, "fsync", failing_fsync(fail_on_call, errno.ENOSPC))

    with pytest.raises(PhotoError) as caught:
        import_photo(source, photos_dir)

    assert caught.value.kind is PhotoErrorKind.DISK_FULL
    assert "disk is full" in caught.value.user_message
    assert files_under(photos_dir) == []


def test_unwritable_photo_folder_is_reported(
    inbox: Path, photos_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make.write_jpeg(inbox / "a.jpg")
    monkeypatch.setattr(os, "fsync", failing_fsync(1, errno.EROFS))

    with pytest.raises(PhotoError) as caught:
        import_photo(source, photos_dir)

    assert caught.value.kind is PhotoErrorKind.CANNOT_SAVE
    assert files_under(photos_dir) == []


def test_photo_folder_is_created_when_missing(inbox: Path, tmp_path: Path) -> None:
    photo = import_photo(make.write_jpeg(inbox / "a.jpg"), tmp_path / "new" / "photos")

    assert photo.image_path.is_file()
    assert photo.thumbnail_path.is_file()


# --------------------------------------------------------------------------- publish-time checks


def test_check_photo_file_reports_format_and_upright_size(inbox: Path, photos_dir: Path) -> None:
    photo: ImportedPhoto = import_photo(make.write_rotated_jpeg(inbox / "p.jpg"), photos_dir)

    info = check_photo_file(photo.image_path)

    assert info == PhotoInfo(format=PhotoFormat.JPEG, width=200, height=400)
    assert info.mime_type == "image/jpeg"


def test_check_photo_file_notices_a_stored_photo_damaged_since_import(
    inbox: Path, photos_dir: Path
) -> None:
    photo = import_photo(make.write_jpeg(inbox / "a.jpg", (640, 480)), photos_dir)
    data = photo.image_path.read_bytes()
    photo.image_path.write_bytes(data[: len(data) // 2])

    with pytest.raises(PhotoError) as caught:
        check_photo_file(photo.image_path)

    assert caught.value.kind is PhotoErrorKind.TRUNCATED


@pytest.mark.parametrize(
    ("maker", "expected"),
    [
        (lambda d: make.write_jpeg(d / "a.jpg"), "image/jpeg"),
        (lambda d: make.write_png(d / "a.jpg"), "image/png"),
        (lambda d: make.write_webp_with_xmp(d / "a.png", make.vi_xmp_packet()), "image/webp"),
    ],
    ids=["jpeg", "png-named-jpg", "webp-named-png"],
)
def test_mime_type_follows_the_content(inbox: Path, maker: Maker, expected: str) -> None:
    assert photo_mime_type(maker(inbox)) == expected


@pytest.mark.parametrize(
    ("maker", "kind"),
    [
        (missing, PhotoErrorKind.UNREADABLE),
        (lambda d: make.write_text_as_jpg(d / "a.jpg"), PhotoErrorKind.NOT_AN_IMAGE),
        (lambda d: make.write_gif(d / "a.gif"), PhotoErrorKind.UNSUPPORTED_FORMAT),
    ],
    ids=["missing", "text", "gif"],
)
def test_mime_type_of_a_non_photo_is_refused(
    inbox: Path, maker: Maker, kind: PhotoErrorKind
) -> None:
    with pytest.raises(PhotoError) as caught:
        photo_mime_type(maker(inbox))

    assert caught.value.kind is kind
