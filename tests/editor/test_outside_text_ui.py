"""Imported and typed text that looks like markup is shown as text in the editor's screens."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.document import PhotoBlock
from editor.repository import InterviewRepository
from editor.ui.import_dialog import ImportDialog
from editor.ui.interviews_page import InterviewsPage
from tests.editor.conftest import sample_document
from tests.outside_text_checks import HOSTILE, assert_shown_as_plain_text, model_shows


@pytest.fixture
def page(qtbot: QtBot, repository: InterviewRepository, tmp_path: Path) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_editor()


def test_a_headline_speaker_and_caption_that_look_like_markup_are_shown_as_text(
    page: InterviewsPage,
) -> None:
    document = sample_document(HOSTILE)
    guest = document.speakers[1]
    document.rename_speaker(guest.key, f"Ông {HOSTILE}")
    photo = document.blocks[1]
    assert isinstance(photo, PhotoBlock)
    document.blocks[1] = replace(photo, caption=HOSTILE, alt_text=HOSTILE)
    page.create_from_document(document)

    assert page.editor is not None
    assert model_shows(page.editor.blocks_model, HOSTILE)
    assert_shown_as_plain_text(page)
    page.close_editor()
    assert model_shows(page.model, HOSTILE)  # the Interviews list, headline and its tooltip
    assert assert_shown_as_plain_text(page) > 10


def test_an_imported_file_that_looks_like_markup_is_shown_as_text(page: InterviewsPage) -> None:
    dialog = ImportDialog(page)
    dialog.set_text(
        f"{HOSTILE}\n\nPV: Thưa ông, {HOSTILE}?\n\nÔng Minh: Trả lời {HOSTILE}\n\n{HOSTILE}\n"
    )
    assert any(HOSTILE in str(text) for text in _display_texts(dialog))
    assert_shown_as_plain_text(dialog)


def _display_texts(dialog: ImportDialog) -> list[object]:
    model = dialog.model
    return [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


def test_the_preview_loads_no_image_from_outside_the_photos_folder(page: InterviewsPage) -> None:
    document = sample_document("Xem trước an toàn")
    photo = document.blocks[1]
    assert isinstance(photo, PhotoBlock)
    document.blocks[1] = replace(photo, image_path="/dev/zero")
    document.blocks.insert(2, replace(photo, image_path="../../../dev/zero"))
    page.create_from_document(document)
    assert page.editor is not None
    page.editor.tabs.setCurrentIndex(1)

    shown = page.editor.preview.toHtml()
    assert "Con đường mới dẫn vào bản Hua Păng." in shown  # the captions are there
    assert "<img" not in shown
