"""The editor's widgets driven as a reporter drives them (qtbot, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from editor.document import ParagraphBlock, PhotoBlock, TurnBlock
from editor.plaintext_import import DetectionKind
from editor.repository import InterviewRepository, InterviewStatus
from editor.ui.import_dialog import ImportDialog
from editor.ui.interviews_page import InterviewsPage
from editor.ui.list_model import PAGE_SIZE, InterviewListModel
from tests.editor.conftest import sample_document
from tests.editor.imagefactory import write_jpeg_with_iptc
from tests.typing_helpers import type_text

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def page(qtbot: QtBot, repository: InterviewRepository, tmp_path: Path) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_editor()


def test_a_new_interview_is_typed_saved_and_listed(
    page: InterviewsPage, qtbot: QtBot, repository: InterviewRepository
) -> None:
    page.new_interview()
    assert page.editor is not None and page.session is not None
    type_text(page.editor.title_edit, "Mùa lúa mới ở Mường Thanh")
    with qtbot.waitSignal(page.session.saved, timeout=10_000):
        pass
    page.show_list()
    assert page.model.rowCount() == 1
    title_index = page.model.index(0, 0)
    assert page.model.data(title_index) == "Mùa lúa mới ở Mường Thanh"
    assert page.count_label.text().startswith("1 interview")  # plural form from en.qm, if loaded


def test_ctrl_enter_alternates_question_and_answer(page: InterviewsPage, qtbot: QtBot) -> None:
    page.new_interview()
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    editor.add_turn()
    type_text(editor.block_editor.turn_text, "Thưa bà, vụ mùa năm nay ra sao?")
    qtbot.keyClick(
        editor.block_editor.turn_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    type_text(editor.block_editor.turn_text, "Được mùa, được giá.")
    qtbot.keyClick(
        editor.block_editor.turn_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    blocks = session.document.blocks
    assert len(blocks) == 3
    roles = [
        session.document.speaker(b.speaker_key).role.value
        for b in blocks
        if isinstance(b, TurnBlock)
    ]
    assert roles == ["interviewer", "interviewee", "interviewer"]
    assert [b.text for b in blocks if isinstance(b, TurnBlock)][:2] == [
        "Thưa bà, vụ mùa năm nay ra sao?",
        "Được mùa, được giá.",
    ]
    assert editor.blocks_view.currentIndex().row() == 2


def test_delete_key_and_alt_arrows_edit_the_block_list(
    page: InterviewsPage, qtbot: QtBot, repository: InterviewRepository
) -> None:
    interview_id = page.create_from_document(sample_document())
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    view = editor.blocks_view
    view.setFocus()
    editor._select_block(0, False)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert isinstance(session.document.blocks[1], ParagraphBlock)
    assert view.currentIndex().row() == 1
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(session.document.blocks) == 4
    assert not any(isinstance(b, ParagraphBlock) for b in session.document.blocks)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.document.blocks == sample_document().blocks
    assert session.save_now()
    assert repository.get(interview_id).document.blocks == sample_document().blocks


def test_dragging_a_block_moves_it_and_can_be_undone(page: InterviewsPage) -> None:
    page.create_from_document(sample_document())
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    model = editor.blocks_model
    mime = model.mimeData([model.index(0, 0)])
    handled = model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert handled is False  # the session moved it, the view must not delete a row
    assert isinstance(session.document.blocks[2], ParagraphBlock)
    assert model.rowCount() == 5
    session.undo_stack.undo()
    assert isinstance(session.document.blocks[0], ParagraphBlock)


def test_search_box_filters_the_list_ignoring_diacritics(
    page: InterviewsPage, qtbot: QtBot, repository: InterviewRepository
) -> None:
    repository.create(sample_document("Đồng chí Bí thư về thăm bản"))
    repository.create(sample_document("Mùa hoa ban"))
    page.refresh()
    assert page.model.rowCount() == 2
    type_text(page.search_edit, "dong chi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.data(page.model.index(0, 0)) == "Đồng chí Bí thư về thăm bản"


def test_the_status_filter_shows_what_waits_for_review_with_search_too(
    page: InterviewsPage, qtbot: QtBot, repository: InterviewRepository
) -> None:
    ready = repository.create(sample_document("Đồng chí Bí thư nói về đường")).id
    repository.set_status(ready, InterviewStatus.READY)
    repository.create(sample_document("Đồng chí Chủ tịch xã trả lời"))
    other_ready = repository.create(sample_document("Mùa hoa ban nở")).id
    repository.set_status(other_ready, InterviewStatus.READY)
    page.refresh()
    assert page.status_filter.currentText() == "All statuses"
    page.status_filter.setCurrentIndex(page.status_filter.findText("Ready for review"))
    titles = {page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())}
    assert titles == {"Đồng chí Bí thư nói về đường", "Mùa hoa ban nở"}
    assert page.model.total == 2
    type_text(page.search_edit, "dong chi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.data(page.model.index(0, 0)) == "Đồng chí Bí thư nói về đường"
    assert page.model.total == 1
    page.show_status(None)
    assert page.model.rowCount() == 2  # both "Đồng chí" interviews, whatever their status


def test_the_list_loads_lazily(qtbot: QtBot, repository: InterviewRepository) -> None:
    from editor.document import InterviewDocument

    for number in range(PAGE_SIZE + 30):
        repository.create(InterviewDocument(title=f"Bài số {number}"))
    model = InterviewListModel(repository)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE_SIZE + 30
    assert not model.canFetchMore(QModelIndex())


def test_models_pass_qt_model_tester(
    qtmodeltester: ModelTester, page: InterviewsPage, repository: InterviewRepository
) -> None:
    for title in ("Một", "Hai", "Ba"):
        repository.create(sample_document(title))
    page.refresh()
    qtmodeltester.check(page.model, force_py=True)
    page.create_from_document(sample_document())
    assert page.editor is not None
    qtmodeltester.check(page.editor.blocks_model, force_py=True)
    assert page.session is not None
    page.session.add_turn_after(1)
    page.session.remove_blocks([0])
    page.session.move_block(0, 3)
    dialog = ImportDialog(page)
    dialog.set_text((FIXTURES / "02-pv-ong-thuchien.txt").read_text(encoding="utf-8"))
    qtmodeltester.check(dialog.model, force_py=True)


def test_import_dialog_detects_and_lets_the_reporter_correct(
    page: InterviewsPage, qtbot: QtBot
) -> None:
    dialog = ImportDialog(page)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_text((FIXTURES / "01-dongchi-captions-comments.txt").read_text(encoding="utf-8"))
    assert ok.isEnabled()
    result = dialog.import_result
    assert result is not None
    captions = [d.index for d in result.detections if d.kind is DetectionKind.CAPTION]
    assert captions, "the fixture has photo captions"
    photos_before = sum(isinstance(b, PhotoBlock) for b in result.document.blocks)
    dialog.reclassify(captions[0], DetectionKind.PARAGRAPH)
    document = dialog.document()
    assert document is not None
    assert sum(isinstance(b, PhotoBlock) for b in document.blocks) == photos_before - 1
    assert "Headline:" in dialog.summary.text()


def test_the_import_dialog_says_why_an_unlabelled_paragraph_became_a_question(
    page: InterviewsPage, qtbot: QtBot
) -> None:
    dialog = ImportDialog(page)
    qtbot.addWidget(dialog)
    dialog.set_text((FIXTURES / "09-unlabelled-questions.txt").read_text(encoding="utf-8"))
    model = dialog.model
    rows = range(model.rowCount())
    tips = {model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) for row in rows}
    assert any(tip and "read as the reporter's question" in tip for tip in tips)
    assert any(tip and "read as one answer" in tip for tip in tips)
    guessed = [row for row in rows if model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)]
    plain = [row for row in rows if row not in guessed]
    assert model.data(model.index(guessed[0], 0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(plain[0], 0), Qt.ItemDataRole.FontRole) is None


def test_marking_ready_lists_problems_and_clicking_one_goes_there(
    page: InterviewsPage, qtbot: QtBot
) -> None:
    page.create_from_document(sample_document())
    editor = page.editor
    assert editor is not None
    problems = editor.mark_ready()
    assert editor.problems_list.isVisible()
    assert editor.problems_list.count() == len(problems) == 2
    editor.blocks_view.setCurrentIndex(editor.blocks_model.index(4, 0))
    editor._go_to_problem(editor.problems_list.item(0))
    assert editor.blocks_view.currentIndex().row() == 1
    assert editor.block_editor.currentWidget() is editor.block_editor.photo_page


def test_attaching_a_photo_copies_it_and_prefills_caption_from_iptc(
    page: InterviewsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    document = sample_document()
    document.blocks[1] = PhotoBlock(caption="")
    page.create_from_document(document)
    session = page.session
    assert session is not None
    source = write_jpeg_with_iptc(
        tmp_path / "ruong-bac-thang.jpg", caption="Ruộng bậc thang mùa nước đổ"
    )
    page.attach_image(1, source)
    qtbot.waitUntil(
        lambda: (
            isinstance(session.document.blocks[1], PhotoBlock)
            and session.document.blocks[1].image_path is not None
        ),
        timeout=5000,
    )
    photo = session.document.blocks[1]
    assert isinstance(photo, PhotoBlock)
    assert photo.caption == "Ruộng bậc thang mùa nước đổ"
    assert photo.image_path is not None and photo.image_path.startswith("photos/")
    assert (page.data_dir / photo.image_path).read_bytes() == source.read_bytes()
    session.update_photo(1, alt_text="Ruộng bậc thang")
    assert page.editor is not None
    editor = page.editor
    editor._select_block(1, False)
    assert editor.block_editor.thumbnail.pixmap() is not None
    assert not editor.block_editor.thumbnail.pixmap().isNull()


def test_a_damaged_photo_is_refused_with_a_message(
    page: InterviewsPage, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    page.create_from_document(sample_document())
    broken = tmp_path / "hong.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    page.attach_image(1, broken)
    qtbot.waitUntil(lambda: page.findChildren(QMessageBox) != [], timeout=5000)
    [box] = page.findChildren(QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText  # the file name is outside text
    assert "hong.jpg" in box.text()
    assert box.isVisible()  # opened, not run: no nested event loop
    box.close()
    assert page.session is not None
    photo = page.session.document.blocks[1]
    assert isinstance(photo, PhotoBlock) and photo.image_path is None


def test_preview_shows_the_interview_as_the_site_will(page: InterviewsPage) -> None:
    page.create_from_document(sample_document("Xem trước bài"))
    editor = page.editor
    assert editor is not None
    editor.tabs.setCurrentIndex(1)
    text = editor.preview.toPlainText()
    assert "Xem trước bài" in text
    assert "Ông Lò Văn Minh:" in text
    assert "Thực hiện: Thu Hà" in text


def test_status_buttons_follow_the_workflow(
    page: InterviewsPage, repository: InterviewRepository
) -> None:
    document = sample_document()
    del document.blocks[1]
    interview_id = page.create_from_document(document)
    editor = page.editor
    assert editor is not None
    assert editor.ready_button.isVisible() and not editor.approve_button.isVisible()
    editor.ready_button.click()
    assert repository.get(interview_id).status is InterviewStatus.READY
    assert editor.approve_button.isVisible() and not editor.ready_button.isVisible()
    editor.approve_button.click()
    assert repository.get(interview_id).status is InterviewStatus.APPROVED
    assert editor.status_label.text() == "Approved"


def test_a_full_disk_is_shown_and_the_edit_is_kept_for_the_next_save(
    page: InterviewsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from storage.errors import DiskFull

    page.create_from_document(sample_document("Đĩa đầy"))
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    real_save = page.repository.save_document

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise DiskFull(tmp_path / "newsdesk.db")

    monkeypatch.setattr(page.repository, "save_document", full_disk)
    type_text(editor.title_edit, " mới")
    assert not session.save_now()
    assert "full" in editor.saved_label.text()
    assert session.dirty
    monkeypatch.setattr(page.repository, "save_document", real_save)
    assert session.save_now()
    assert page.repository.get(session.interview_id).document.title == "Đĩa đầy mới"
    assert editor.saved_label.text() == "All changes saved"


def test_the_editor_says_which_tags_the_site_account_could_not_create(
    page: InterviewsPage,
) -> None:
    from editor.site_states import PublicationState

    page.create_from_document(sample_document("Thẻ không tạo được"))
    assert page.editor is not None
    page.editor.set_site_state(
        PublicationState("pending", "https://baothu.example/?p=7", ("Thẻ mới", "Sơn La"))
    )
    text = page.editor.site_label.text()
    assert "https://baothu.example/?p=7" in text
    assert "“Thẻ mới”, “Sơn La”" in text and "may not create tags" in text
    page.editor.set_site_state(PublicationState("publish", "https://baothu.example/?p=7"))
    assert "tags" not in page.editor.site_label.text()


def test_the_whole_site_line_shows_on_hover_when_the_header_cuts_it(page: InterviewsPage) -> None:
    from editor.site_states import PublicationState, SiteReach, SiteState

    page.create_from_document(sample_document("Bài bị xoá trên trang"))
    assert page.editor is not None
    page.editor.set_site_state(
        PublicationState("gone", "", waiting=1, outbox=SiteState.WAITING, reach=SiteReach.OFFLINE)
    )
    shown = page.editor.site_label.text()
    assert shown.startswith("Changes waiting to send: 1 · offline")
    assert "The post was deleted on the site." in shown
    assert page.editor.site_label.toolTip() == shown
    page.editor.set_site_state(None)
    assert page.editor.site_label.toolTip() == ""
