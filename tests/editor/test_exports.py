"""Exports a newsroom can mail and print: the standalone page, the PDF, the preview's photos."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PageObject, PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument, ParagraphBlock, PhotoBlock, Role, TurnBlock
from editor.export import ExportFormat, export_to_file
from editor.page_photos import PAGE_IMAGE_WIDTH, photo_file
from editor.pdf_export import MARGIN_MM
from editor.repository import InterviewRepository
from editor.ui.interviews_page import InterviewsPage
from tests.editor import imagefactory as make
from tests.editor.photo_checks import private_traces

GREEN = (40, 140, 70)
PHOTO_PATH = "photos/khung-det.jpg"


def woven_interview(padding: int = 0) -> InterviewDocument:
    """An invented interview with one photo after *padding* extra answers."""
    document = InterviewDocument(
        title="Giữ nghề dệt thổ cẩm ở bản Mường Chanh",
        lead="Bà Lò Thị Mai kể về khung cửi của mẹ và những tấm váy chàm.",
        byline="Quàng Thu",
    )
    reporter = document.add_speaker("Phóng viên", Role.INTERVIEWER)
    guest = document.add_speaker("Bà Lò Thị Mai", Role.INTERVIEWEE)
    answer = (
        "Từ năm mười tuổi tôi đã ngồi bên khung cửi, học chọn sợi lanh, nhuộm chàm "
        "và dệt hoa văn hình quả trám như bà tôi vẫn dệt."
    )
    document.blocks = [
        ParagraphBlock("Nhà bà Mai nằm cuối bản, dưới gốc đào cổ thụ."),
        TurnBlock(reporter.key, "Bà bắt đầu học dệt từ khi nào?"),
        *[TurnBlock(guest.key, answer) for _ in range(padding)],
        PhotoBlock(
            "Bà Mai bên khung dệt đặt giữa sàn nhà.",
            credit="Minh Hà",
            alt_text="Một phụ nữ lớn tuổi ngồi dệt vải",
            image_path=PHOTO_PATH,
        ),
        TurnBlock(reporter.key, "Bà có truyền nghề cho con cháu không?"),
        TurnBlock(guest.key, "Có, hai đứa cháu gái đã dệt được khăn."),
    ]
    return document


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A profile folder with the interview's photo: a 2400 x 1600 camera JPEG with GPS."""
    folder = tmp_path / "profile"
    (folder / "photos").mkdir(parents=True)
    original = make.write_private_jpeg(folder / PHOTO_PATH, stored_size=(1600, 2400))
    with Image.open(original) as image:  # paint it green, keeping every metadata block
        exif = image.getexif()
    painted = make.encode(Image.new("RGB", (1600, 2400), GREEN), "JPEG", exif=exif.tobytes())
    data = original.read_bytes()
    head = data[: data.index(b"\xff\xdb")]  # SOI + APP segments (EXIF, IPTC, XMP)
    original.write_bytes(head + painted[painted.index(b"\xff\xdb") :])
    assert "EXIF GPS" in private_traces(original.read_bytes())
    return folder


def _embedded_images(page: str) -> list[bytes]:
    return [
        base64.b64decode(data)
        for data in re.findall(r'src="data:image/jpeg;base64,([A-Za-z0-9+/=]+)"', page)
    ]


# --------------------------------------------------------------------------- the web page


def test_the_exported_page_stands_alone_with_headline_photos_and_byline(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "bai.html"
    result = export_to_file(woven_interview(), ExportFormat.HTML, target, data_dir)

    page = target.read_text(encoding="utf-8")
    assert result.path == target and result.photos_left_out == 0
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "<h1>Giữ nghề dệt thổ cẩm ở bản Mường Chanh</h1>" in page
    assert "Bà Lò Thị Mai kể về khung cửi" in page
    assert "<strong>Phóng viên:</strong> Bà bắt đầu học dệt từ khi nào?" in page
    assert "Bà Mai bên khung dệt đặt giữa sàn nhà." in page
    assert '<span class="credit">Ảnh: Minh Hà</span>' in page
    assert 'alt="Một phụ nữ lớn tuổi ngồi dệt vải"' in page
    assert '<p class="byline">Thực hiện: Quàng Thu</p>' in page
    assert "file:" not in page and str(data_dir) not in page  # nothing points at this machine


def test_the_photo_inside_the_page_is_upright_resized_and_tells_no_location(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "bai.html"
    export_to_file(woven_interview(), ExportFormat.HTML, target, data_dir)

    [photo] = _embedded_images(target.read_text(encoding="utf-8"))
    assert private_traces(photo) == []
    with Image.open(io.BytesIO(photo)) as image:
        assert image.size == (1280, 853)  # stored sideways 1600 x 2400: upright, long edge 1280
    assert 'width="640" height="426"' in target.read_text(encoding="utf-8")


def test_the_exported_page_opened_in_a_renderer_shows_headline_and_photo(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    """Opened as a colleague would (no browser engine here: Qt's rich-text browser)."""
    target = tmp_path / "bai.html"
    export_to_file(woven_interview(), ExportFormat.HTML, target, data_dir)
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 1100)
    browser.setSource(target.as_uri())
    browser.show()
    qtbot.waitExposed(browser)

    shot = browser.grab().toImage()
    text = browser.toPlainText()
    assert "Giữ nghề dệt thổ cẩm ở bản Mường Chanh" in text
    assert "Ảnh: Minh Hà" in text and "Thực hiện: Quàng Thu" in text
    green = sum(
        1
        for y in range(0, shot.height(), 4)
        for x in range(0, shot.width(), 4)
        if _close(shot.pixelColor(x, y), GREEN)
    )
    assert green * 16 > 300 * 300  # the photo, not a broken-image box


def _close(color: QColor, rgb: tuple[int, int, int]) -> bool:
    channels = (color.red(), color.green(), color.blue())
    return all(abs(a - b) <= 12 for a, b in zip(channels, rgb, strict=True))


def test_a_missing_photo_leaves_its_caption_and_is_counted(data_dir: Path, tmp_path: Path) -> None:
    (data_dir / PHOTO_PATH).unlink()
    target = tmp_path / "bai.html"

    result = export_to_file(woven_interview(), ExportFormat.HTML, target, data_dir)

    page = target.read_text(encoding="utf-8")
    assert result.photos_left_out == 1
    assert "<img" not in page and "Bà Mai bên khung dệt đặt giữa sàn nhà." in page


@pytest.mark.parametrize("stored", ["/etc/hostname", "../../secret.jpg", "photos/../.."])
def test_a_photo_path_outside_the_profile_is_never_read(data_dir: Path, stored: str) -> None:
    assert photo_file(data_dir, PhotoBlock("x", image_path=stored)) is None
    assert photo_file(data_dir, PhotoBlock("x", image_path=PHOTO_PATH)) == (
        (data_dir / PHOTO_PATH).resolve()
    )


# --------------------------------------------------------------------------- the PDF


def _visible_text(page: PageObject) -> str:
    """The page's text inside its margins, words separated by single spaces.

    Qt writes a line that straddles a page break on both pages and clips it; the
    clipped copy lies in the margin and is left out here, as a reader never sees it.
    """
    margin = MARGIN_MM / 25.4 * 72
    top = float(page.mediabox.height) - margin
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_font: object) -> None:
        baseline = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if margin <= baseline <= top:
            parts.append(text)

    page.extract_text(visitor_text=visit)
    return " ".join(" ".join(parts).split())


def _pages_with(reader: PdfReader, words: str) -> list[int]:
    wanted = " ".join(words.split())
    return [number for number, page in enumerate(reader.pages) if wanted in _visible_text(page)]


def test_a_printed_photo_and_its_caption_share_a_page(
    qapp: object, data_dir: Path, tmp_path: Path
) -> None:
    """Wherever the photo falls (more or less text before it), its caption is under it.

    Among these layouts are some where the picture just fits at the foot of a page
    and its caption does not (without keeping them together, the caption opens the
    next page).
    """
    for padding in range(0, 16):
        target = tmp_path / f"bai-{padding}.pdf"
        export_to_file(woven_interview(padding), ExportFormat.PDF, target, data_dir)
        reader = PdfReader(target)
        with_image = [n for n, page in enumerate(reader.pages) if page.images]
        captions = _pages_with(reader, "Bà Mai bên khung dệt đặt giữa sàn nhà. Ảnh: Minh Hà")
        assert len(with_image) == 1, f"{padding}: the photo is drawn on pages {with_image}"
        assert captions == with_image, f"{padding} answers before the photo"


def test_the_pdf_numbers_its_pages_and_shows_the_headline(
    qapp: object, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "bai.pdf"
    export_to_file(woven_interview(12), ExportFormat.PDF, target, data_dir)

    reader = PdfReader(target)
    assert len(reader.pages) >= 2
    assert _pages_with(reader, "Giữ nghề dệt thổ cẩm ở bản Mường Chanh") == [0]
    for number, page in enumerate(reader.pages, start=1):
        assert _visible_text(page).split()[-1] == str(number)
    assert reader.metadata is not None and reader.metadata.title == woven_interview().title


# --------------------------------------------------------------------------- the preview


def test_the_preview_leaves_no_blank_band_under_a_photo(
    qtbot: QtBot, data_dir: Path, repository: InterviewRepository
) -> None:
    page = InterviewsPage(repository, data_dir)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    page.create_from_document(woven_interview())
    editor = page.editor
    assert editor is not None
    editor.tabs.setCurrentIndex(1)

    document: QTextDocument = editor.preview.document()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid() and block.text() != "\ufffc":
        block = block.next()
    assert block.isValid(), "the photo is in the preview"
    picture = layout.blockBoundingRect(block)
    caption = layout.blockBoundingRect(block.next())
    assert block.next().text().startswith("Bà Mai bên khung dệt")
    image = block.begin().fragment().charFormat().toImageFormat()
    assert 0 < image.width() <= PAGE_IMAGE_WIDTH
    assert picture.height() < image.height() * 1.1  # no line height around the picture
    assert caption.top() - picture.bottom() < 30
    shot: QImage = editor.preview.grab().toImage()
    assert not shot.isNull()
    page.close_editor()


# --------------------------------------------------------------------------- the photo block


def test_the_photo_block_shows_a_drawn_icon_not_an_empty_box(
    qtbot: QtBot, data_dir: Path, repository: InterviewRepository
) -> None:
    page = InterviewsPage(repository, data_dir)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    document = woven_interview()
    document.blocks.append(PhotoBlock("Ảnh sẽ gửi sau"))
    page.create_from_document(document)
    editor = page.editor
    assert editor is not None
    model = editor.blocks_model
    photo_row = next(n for n, b in enumerate(document.blocks) if isinstance(b, PhotoBlock))
    waiting_row = len(document.blocks) - 1

    with_picture = model.index(photo_row, 0)
    waiting = model.index(waiting_row, 0)
    assert model.data(with_picture) == "Bà Mai bên khung dệt đặt giữa sàn nhà."
    assert model.data(waiting) == "(no image) Ảnh sẽ gửi sau"
    drawn = [
        model.data(index, Qt.ItemDataRole.DecorationRole).pixmap(32, 32).toImage()
        for index in (with_picture, waiting)
    ]
    assert drawn[0] != drawn[1]  # a picture, and a frame waiting for one
    for image in drawn:
        colours = {image.pixel(x, y) for x in range(32) for y in range(32)}
        assert len(colours) > 3  # drawn, not blank

    shot = editor.blocks_view.grab().toImage()
    rect = editor.blocks_view.visualRect(with_picture)
    icon_area = [
        shot.pixelColor(x, y)
        for x in range(rect.left(), rect.left() + 24)
        for y in range(rect.top(), rect.bottom())
    ]
    assert any(_close(colour, (0x3D, 0x8A, 0x5A)) for colour in icon_area)  # the green hill
    page.close_editor()
