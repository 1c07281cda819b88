"""The export dialog: the last folder and format come back, and the app says where it wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from editor.repository import InterviewRepository
from editor.ui.export_dialog import export_file_dialog
from editor.ui.interviews_page import InterviewsPage
from shell.settings import AppSettings
from tests.editor.test_exports import PHOTO_PATH, woven_interview
from tests.small_disk import small_disk

PDF_FILTER = "PDF for print review (*.pdf)"


class _OpenedUrls(QObject):
    """Receives what the app asks the desktop to open (Qt's own hook for file: URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[_OpenedUrls]:
    receiver = _OpenedUrls()
    # PySide's binding takes the slot's name as str, though its stub says bytes.
    QDesktopServices.setUrlHandler("file", receiver, "open")  # type: ignore[arg-type]
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    (folder / "photos").mkdir(parents=True)
    from tests.editor import imagefactory as make

    make.write_jpeg(folder / PHOTO_PATH, size=(600, 400))
    return folder


def _page(qtbot: QtBot, repository: InterviewRepository, profile: Path) -> InterviewsPage:
    page = InterviewsPage(repository, profile, export_memory=AppSettings(profile))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _when_dialog_opens(qtbot: QtBot, act: Callable[[QFileDialog], None]) -> list[str]:
    """Run *act* on the export dialog once it is shown; returns what it saw first."""
    seen: list[str] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, drive)
            return
        seen.extend([dialog.directory().absolutePath(), dialog.selectedNameFilter()])
        seen.extend(Path(name).name for name in dialog.selectedFiles())
        act(dialog)

    QTimer.singleShot(0, drive)
    return seen


def _done_box(qtbot: QtBot) -> QMessageBox:
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox)
            and widget.objectName() == "exportDoneBox"
            and widget.isVisible()
        ]
        return bool(boxes)

    qtbot.waitUntil(shown, timeout=15000)
    return boxes[0]


def test_export_remembers_folder_and_format_and_says_where_it_wrote(
    qtbot: QtBot,
    repository: InterviewRepository,
    profile: Path,
    tmp_path: Path,
    opened: _OpenedUrls,
) -> None:
    page = _page(qtbot, repository, profile)
    page.create_from_document(woven_interview())
    folder = tmp_path / "Bài gửi ban biên tập"
    folder.mkdir()

    def choose(dialog: QFileDialog) -> None:
        dialog.selectNameFilter(PDF_FILTER)
        dialog.selectFile(str(folder / "phong-van-ba-mai"))
        dialog.accept()

    first = _when_dialog_opens(qtbot, choose)
    page.export_action.trigger()
    box = _done_box(qtbot)

    written = folder / "phong-van-ba-mai.pdf"
    assert (
        first[0] == str(Path.home()) and first[2] == "Giữ nghề dệt thổ cẩm ở bản Mường Chanh.html"
    )
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in box.text()
    button = box.findChild(QPushButton, "openFolderButton")
    assert button is not None
    button.click()
    assert [url.toLocalFile() for url in opened.urls] == [str(folder)]

    # Next time (even after a restart: the settings file is read anew) the dialog
    # opens where the last export went, in the same format.
    dialog = export_file_dialog(page, AppSettings(profile), "Tít khác")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == folder
    assert dialog.selectedNameFilter() == PDF_FILTER
    assert [Path(name).name for name in dialog.selectedFiles()] == ["Tít khác.pdf"]
    page.close_editor()


def test_a_folder_that_is_gone_falls_back_to_home_and_a_slash_in_the_headline_is_safe(
    qtbot: QtBot, profile: Path, tmp_path: Path
) -> None:
    settings = AppSettings(profile)
    settings.export_folder = tmp_path / "đã xoá"
    settings.export_format = "docx"  # not a format (an older or edited settings file)

    dialog = export_file_dialog(None, settings, "Thu/chi ngân sách: 2025?")
    qtbot.addWidget(dialog)

    assert dialog.directory().absolutePath() == str(Path.home())
    assert dialog.selectedNameFilter() == "Web page with its photos (*.html)"
    assert [Path(name).name for name in dialog.selectedFiles()] == ["Thu-chi ngân sách- 2025.html"]


def test_an_export_that_cannot_be_written_says_why(
    qtbot: QtBot, repository: InterviewRepository, profile: Path, tmp_path: Path
) -> None:
    page = _page(qtbot, repository, profile)
    page.create_from_document(woven_interview())
    warnings: list[str] = []

    def watch_for_warning() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.icon() == QMessageBox.Icon.Warning:
            warnings.append(widget.text())
            widget.accept()
        elif not warnings:
            QTimer.singleShot(20, watch_for_warning)

    with small_disk(tmp_path / "disk") as disk:
        disk.read_only()
        locked = disk.root

        def choose(dialog: QFileDialog) -> None:
            dialog.selectFile(str(locked / "bai.html"))
            dialog.accept()

        _when_dialog_opens(qtbot, choose)
        page.export_action.trigger()
        QTimer.singleShot(0, watch_for_warning)
        qtbot.waitUntil(lambda: bool(warnings), timeout=15000)
        assert list(locked.iterdir()) == []
    assert str(locked / "bai.html") in warnings[0]
    assert "Read-only file system" in warnings[0]
    assert page.export_action.isEnabled()  # ready for another try
    page.close_editor()
