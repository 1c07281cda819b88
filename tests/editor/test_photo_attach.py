"""Attaching a photo to an interview, as the reporter does it: caption and credit prefilled.

The photos here carry their text the ways the newsroom meets it: IPTC written
by an older Vietnamese Windows tool (Windows-1258, no character set marker),
an ImageMagick/exiftool PNG with a hex "Raw profile type iptc", a WebP with XMP.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from editor.document import ParagraphBlock, PhotoBlock
from editor.photos import ImportedPhoto, import_photo
from editor.repository import InterviewRepository
from editor.ui import interviews_page
from editor.ui.interviews_page import InterviewsPage
from tests.editor import imagefactory as make
from tests.editor.conftest import sample_document
from tests.editor.imagefactory import VI_BYLINE


@pytest.fixture
def page(qtbot: QtBot, repository: InterviewRepository, tmp_path: Path) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path / "data")
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_editor()


def attach(page: InterviewsPage, qtbot: QtBot, source: Path, caption: str = "") -> PhotoBlock:
    """Attach *source* to the photo block (caption *caption*) of a new interview."""
    document = sample_document()
    document.blocks[1] = PhotoBlock(caption=caption)
    page.create_from_document(document)
    session = page.session
    assert session is not None
    page.attach_image(1, source)

    def attached() -> bool:
        block = session.document.blocks[1]
        return isinstance(block, PhotoBlock) and block.image_path is not None

    qtbot.waitUntil(attached, timeout=5000)
    block = session.document.blocks[1]
    assert isinstance(block, PhotoBlock)
    return block


def windows_jpeg(folder: Path) -> Path:
    return make.write_jpeg_with_iptc(
        folder / "cho-phien.jpg",
        caption=make.VI_CAPTION_1258,
        byline=[VI_BYLINE],
        encoding=make.windows_1258,
        utf8_marker=False,
    )


def imagemagick_png(folder: Path) -> Path:
    return make.write_png_with_iptc(
        folder / "cho-phien.png",
        caption=unicodedata.normalize("NFD", make.VI_CAPTION_1258),
        byline=[VI_BYLINE],
    )


def webp_with_xmp(folder: Path) -> Path:
    packet = make.xmp_packet(
        description=[("en", "Bac Ha market"), ("x-default", make.VI_CAPTION_1258)],
        creators=[unicodedata.normalize("NFD", VI_BYLINE)],
    )
    return make.write_webp_with_xmp(folder / "cho-phien.webp", packet)


PHOTOS: dict[str, Callable[[Path], Path]] = {
    "windows-1258-jpeg": windows_jpeg,
    "imagemagick-png": imagemagick_png,
    "webp-xmp": webp_with_xmp,
}


@pytest.mark.parametrize("make_photo", PHOTOS.values(), ids=PHOTOS.keys())
def test_attaching_prefills_caption_and_credit(
    page: InterviewsPage, qtbot: QtBot, tmp_path: Path, make_photo: Callable[[Path], Path]
) -> None:
    source = make_photo(tmp_path)

    block = attach(page, qtbot, source)

    assert block.caption == make.VI_CAPTION_1258
    assert block.credit == VI_BYLINE


def test_a_caption_already_typed_is_kept(
    page: InterviewsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    block = attach(page, qtbot, imagemagick_png(tmp_path), caption="Chú thích của phóng viên")
    assert block.caption == "Chú thích của phóng viên"
    assert block.credit == VI_BYLINE


@pytest.fixture
def held_copy(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Copying a photo waits for the returned event: the test edits meanwhile."""
    release = threading.Event()
    real = import_photo

    def slow_import(source: Path, photos_dir: Path) -> ImportedPhoto:
        assert release.wait(10)
        return real(source, photos_dir)

    monkeypatch.setattr(interviews_page, "import_photo", slow_import)
    return release


def test_a_photo_lands_on_its_block_although_blocks_moved_meanwhile(
    page: InterviewsPage, qtbot: QtBot, tmp_path: Path, held_copy: threading.Event
) -> None:
    document = sample_document()
    document.blocks[1] = PhotoBlock(caption="Chợ phiên Bắc Hà")
    page.create_from_document(document)
    session = page.session
    assert session is not None
    page.attach_image(1, imagemagick_png(tmp_path))
    session.insert_blocks(0, [ParagraphBlock("Đoạn mở đầu thêm vào lúc ảnh đang chép.")])
    session.add_photo_after(0)  # an empty photo block now sits where the photo was asked for
    last = len(session.document.blocks) - 1
    assert session.document.blocks[3].caption == "Chợ phiên Bắc Hà"  # type: ignore[union-attr]
    session.move_block(3, last)  # and the photo's own block goes to the end
    held_copy.set()

    def attached() -> bool:
        block = session.document.blocks[last]
        return isinstance(block, PhotoBlock) and block.image_path is not None

    qtbot.waitUntil(attached, timeout=5000)
    block = session.document.blocks[last]
    assert isinstance(block, PhotoBlock) and block.caption == "Chợ phiên Bắc Hà"
    empty = session.document.blocks[1]
    assert isinstance(empty, PhotoBlock) and empty.image_path is None


def test_a_photo_whose_block_was_deleted_meanwhile_is_dropped_with_a_message(
    page: InterviewsPage, qtbot: QtBot, tmp_path: Path, held_copy: threading.Event
) -> None:
    document = sample_document()
    document.blocks[1] = PhotoBlock(caption="")
    page.create_from_document(document)
    session = page.session
    assert session is not None
    before = len(session.document.blocks)
    page.attach_image(1, imagemagick_png(tmp_path))
    session.remove_blocks([1])
    held_copy.set()
    qtbot.waitUntil(lambda: page.findChildren(QMessageBox) != [], timeout=5000)
    [box] = page.findChildren(QMessageBox)
    assert box.text() == "The photo block was deleted while the photo was being copied."
    box.close()
    assert len(session.document.blocks) == before - 1
    assert all(
        block.image_path is None
        for block in session.document.blocks
        if isinstance(block, PhotoBlock)
    )
