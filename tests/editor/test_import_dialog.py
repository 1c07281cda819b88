"""The import dialog never freezes: a big text is read on a worker, with progress and Stop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from editor.plaintext_import import MAX_FILE_BYTES
from editor.ui.import_dialog import FOREGROUND_PARSE_CHARS, ImportDialog

FIXTURES = Path(__file__).parent / "fixtures"
BIG_READ_TIMEOUT_MS = 120_000  # a safety net for a loaded machine, not a budget


def _big_text() -> str:
    """Just under the 5 MB the importer accepts: one interview pasted over and over."""
    one = (FIXTURES / "02-pv-ong-thuchien.txt").read_text(encoding="utf-8")
    copies = (MAX_FILE_BYTES - 1024) // (len(one.encode("utf-8")) + 1)
    return "\n".join([one] * copies)


@pytest.fixture
def dialog(qtbot: QtBot) -> ImportDialog:
    shown = ImportDialog()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _ok_enabled(dialog: ImportDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _finish_workers() -> None:
    assert QThreadPool.globalInstance().waitForDone(BIG_READ_TIMEOUT_MS)
    # Every worker has returned, so the (ignored) outcome of a stopped reading is already
    # posted to this thread: deliver it now instead of waiting a while for it.
    QCoreApplication.processEvents()


@pytest.mark.slow
def test_a_big_paste_is_read_in_the_background_and_can_be_stopped(
    dialog: ImportDialog, qtbot: QtBot
) -> None:
    text = _big_text()
    assert len(text) > FOREGROUND_PARSE_CHARS

    dialog.set_text(text)

    assert dialog.reading and dialog.busy_row.isVisible()
    assert not _ok_enabled(dialog)
    # The window keeps working meanwhile: progress reaches it while the reading goes on.
    qtbot.waitUntil(
        lambda: dialog.progress.value() > 0 and dialog.reading, timeout=BIG_READ_TIMEOUT_MS
    )
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)

    assert not dialog.reading
    assert "Reading stopped" in dialog.summary.text()
    assert dialog.stop_button.text() == "Read again"
    _finish_workers()
    assert dialog.import_result is None and not _ok_enabled(dialog)
    assert dialog.source.toPlainText() == text  # the reporter's text is untouched

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)  # "Read again"
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=BIG_READ_TIMEOUT_MS)
    assert not dialog.busy_row.isVisible() and _ok_enabled(dialog)
    result = dialog.import_result
    assert result is not None and dialog.model.rowCount() == len(result.detections) > 1000


@pytest.mark.slow
def test_typing_into_a_big_paste_while_it_is_read_starts_over_with_the_new_text(
    dialog: ImportDialog, qtbot: QtBot
) -> None:
    dialog.set_text(_big_text())
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=BIG_READ_TIMEOUT_MS)
    dialog.source.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(dialog.source, "Ban tin moi ")  # QTest types ASCII only

    assert dialog.source.toPlainText().startswith("Ban tin moi ")  # typing went through at once
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=BIG_READ_TIMEOUT_MS)
    result = dialog.import_result
    assert result is not None and result.document.title.startswith("Ban tin moi")


@pytest.mark.slow
def test_a_big_file_is_opened_in_the_background(
    dialog: ImportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "phong-van-dai.txt"
    text = _big_text()
    path.write_text(text, encoding="utf-8")

    dialog.load_file(path)

    assert dialog.reading
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=BIG_READ_TIMEOUT_MS)
    assert dialog.source.toPlainText() == text
    assert _ok_enabled(dialog)


def test_closing_the_dialog_stops_its_reading(dialog: ImportDialog, qtbot: QtBot) -> None:
    dialog.set_text(_big_text())
    assert dialog.reading
    dialog.reject()
    assert not dialog.reading
    _finish_workers()
    assert dialog.import_result is None


def test_typing_reads_the_text_again_after_a_pause_not_at_every_key(
    dialog: ImportDialog, qtbot: QtBot
) -> None:
    dialog.set_text((FIXTURES / "02-pv-ong-thuchien.txt").read_text(encoding="utf-8"))
    before = dialog.import_result
    assert before is not None and not dialog.reading

    dialog.source.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(dialog.source, "Moi: ")

    assert dialog.import_result is before  # no parse per key
    qtbot.waitUntil(lambda: dialog.import_result is not before)
    result = dialog.import_result
    assert result is not None and result.document.title.startswith("Moi: ")


def test_a_file_that_cannot_be_read_is_explained_in_place(
    dialog: ImportDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "anh-chup.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)

    dialog.load_file(path)

    qtbot.waitUntil(lambda: not dialog.reading)
    assert dialog.summary.text().startswith("✗ ") and "anh-chup.txt" in dialog.summary.text()
    assert dialog.import_result is None and not _ok_enabled(dialog)
    assert not dialog.busy_row.isVisible()
