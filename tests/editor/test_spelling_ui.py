"""Spell check and the house tone style in the editor, driven as a reporter drives them."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.newsroom_words import NewsroomDictionary
from editor.repository import InterviewRepository
from editor.spelling import Misspelling, find_dictionary
from editor.ui.interviews_page import InterviewsPage
from editor.ui.spelling import LineSquiggles, SpellingService
from editor.ui.text_inputs import DocumentTextEdit
from storage.database import Store
from storage.tones import ToneStyle
from tests.typing_helpers import type_text

pytestmark = pytest.mark.skipif(
    find_dictionary() is None,
    reason="the Debian package hunspell-vi is not installed (scripts/install-system-deps.sh)",
)


def _interview() -> InterviewDocument:
    document = InterviewDocument(
        title="Mùa nước nổi ở xóm Bàu",
        lead="Phóng viên trò chuyện với bà Hờ Thị Mỷ về mùa nước năm nay.",
    )
    reporter = document.add_speaker("PV", Role.INTERVIEWER)
    guest = document.add_speaker("Bà Hờ Thị Mỷ", Role.INTERVIEWEE)
    document.blocks = [
        TurnBlock(reporter.key, "Thưa bà, năm nay nước về sớm hơn không?"),
        TurnBlock(guest.key, "Nước về sớm, nhiều nguời chưa kịp gặt.\nMỷ lo lắm."),
        ParagraphBlock("Sau buổi trò chuyện, chúng tôi ra thăm đồng."),
    ]
    return document


@pytest.fixture
def service(store: Store) -> SpellingService:
    """The application's spelling service on the test database (old house style)."""
    return SpellingService(store, ToneStyle.OLD)


@pytest.fixture
def page(
    qtbot: QtBot, repository: InterviewRepository, tmp_path: Path, service: SpellingService
) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path, spelling=service)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close_editor()


def _open(page: InterviewsPage, qtbot: QtBot, document: InterviewDocument) -> None:
    page.create_from_document(document)
    assert page.spelling is not None
    qtbot.waitUntil(lambda: page.spelling is not None and page.spelling.active, timeout=10_000)


def _squiggled(edit: DocumentTextEdit) -> list[str]:
    """The words drawn with a wavy underline, in order."""
    found = []
    block = edit.document().firstBlock()
    while block.isValid():
        for part in block.layout().formats():
            style = part.format.underlineStyle()
            if style == QTextCharFormat.UnderlineStyle.WaveUnderline:
                found.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return found


def _menu_on(edit: DocumentTextEdit, position: int) -> QMenu:
    cursor = QTextCursor(edit.document())
    cursor.setPosition(position)
    rect = edit.cursorRect(cursor)
    return edit.context_menu_at(QPoint(rect.center().x() + 2, rect.center().y()))


def _action(menu: QMenu, text: str) -> None:
    for action in menu.actions():
        if action.text() == text or action.objectName() == text:
            action.trigger()
            return
    raise AssertionError(f"{text!r} not in {[a.text() for a in menu.actions()]}")


def test_unknown_syllables_get_a_squiggle_names_and_both_styles_do_not(
    page: InterviewsPage, qtbot: QtBot
) -> None:
    _open(page, qtbot, _interview())
    editor = page.editor
    assert editor is not None
    editor._select_block(1, True)
    turn = editor.block_editor.turn_text
    # "Mỷ" starts a line (not a name by position) but is a speaker's name: known.
    qtbot.waitUntil(lambda: _squiggled(turn) == ["nguời"])
    type_text(turn, " Chị Hòa khoẻ, anh Thủy khỏee.")
    qtbot.waitUntil(lambda: _squiggled(turn) == ["nguời", "khỏee"])
    type_text(editor.title_edit, " vùng sâuu")
    assert editor.spelling is not None
    assert editor.title_edit.text().endswith("sâuu")
    line = next(c for c in editor.title_edit.children() if isinstance(c, LineSquiggles))
    text = editor.title_edit.text()
    assert [text[a:b] for a, b in line.misspelt] == ["sâuu"]


def test_a_keystroke_rechecks_only_its_paragraph(
    page: InterviewsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = _interview()
    document.blocks[2] = ParagraphBlock("Dòng một.\nDòng hai.\nDòng ba.\nDòng bốn.")
    _open(page, qtbot, document)
    editor = page.editor
    assert editor is not None
    editor._select_block(2, True)
    checked: list[str] = []
    checker = page.spelling.checker if page.spelling is not None else None
    assert checker is not None
    original = checker.check

    def counting_check(text: str, known: Collection[str] = ()) -> list[Misspelling]:
        checked.append(text)
        return original(text, known)

    monkeypatch.setattr(checker, "check", counting_check)
    text_edit = editor.block_editor.paragraph_text
    cursor = text_edit.textCursor()
    cursor.setPosition(len("Dòng một.\nDòng hai"))
    text_edit.setTextCursor(cursor)
    type_text(text_edit, "x")
    assert checked == ["Dòng haix."]


def test_taking_a_suggestion_is_one_undo_step(page: InterviewsPage, qtbot: QtBot) -> None:
    _open(page, qtbot, _interview())
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    editor._select_block(1, True)
    turn = editor.block_editor.turn_text
    type_text(turn, " Thật")  # typing just before: must not merge with the suggestion
    menu = _menu_on(turn, turn.toPlainText().index("nguời") + 2)
    names = [a.text() for a in menu.actions()]
    assert names[0] == "người"
    _action(menu, "người")
    block = session.document.blocks[1]
    assert isinstance(block, TurnBlock)
    assert "nhiều người chưa" in block.text and block.text.endswith("Thật")
    qtbot.waitUntil(lambda: _squiggled(turn) == [])
    session.undo_stack.undo()
    block = session.document.blocks[1]
    assert isinstance(block, TurnBlock)
    assert "nhiều nguời chưa" in block.text and block.text.endswith("Thật")
    assert turn.toPlainText() == block.text


def test_a_word_added_to_the_newsroom_dictionary_is_known_everywhere(
    page: InterviewsPage, qtbot: QtBot, store: Store
) -> None:
    document = _interview()
    document.blocks[2] = ParagraphBlock("Đoàn ghé homestay của hợp tác xã.")
    _open(page, qtbot, document)
    editor = page.editor
    assert editor is not None
    editor._select_block(2, True)
    paragraph = editor.block_editor.paragraph_text
    qtbot.waitUntil(lambda: _squiggled(paragraph) == ["homestay"])
    menu = _menu_on(paragraph, paragraph.toPlainText().index("homestay") + 1)
    _action(menu, "addToNewsroomDictionary")
    assert NewsroomDictionary(store).words() == ["homestay"]
    qtbot.waitUntil(lambda: _squiggled(paragraph) == [])


def test_ignore_in_this_interview_survives_reopening(
    page: InterviewsPage, qtbot: QtBot, store: Store
) -> None:
    document = _interview()
    document.blocks[2] = ParagraphBlock("Quán cà phê đầu bản đã có wifi miễn phí.")
    _open(page, qtbot, document)
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    editor._select_block(2, True)
    paragraph = editor.block_editor.paragraph_text
    assert _squiggled(paragraph) == ["wifi"]
    word = "wifi"
    _action(_menu_on(paragraph, paragraph.toPlainText().index(word) + 1), "ignoreInInterview")
    qtbot.waitUntil(lambda: word not in _squiggled(paragraph))
    interview_id = session.interview_id
    page.show_list()
    assert NewsroomDictionary(store).words() == []  # only this interview knows it
    page.open_interview(interview_id)
    assert page.session is not None and word in page.session.document.spelling_ignored
    assert page.editor is not None
    page.editor._select_block(2, True)
    assert word not in _squiggled(page.editor.block_editor.paragraph_text)


def test_normalising_to_the_house_style_is_one_undo_step(
    page: InterviewsPage, qtbot: QtBot
) -> None:
    document = _interview()
    document.title = "Sức khoẻ bà con sau lũ"
    document.blocks[2] = ParagraphBlock("Xã đã hòa giải xong, Uỷ ban về thăm.")
    _open(page, qtbot, document)
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    qtbot.waitUntil(editor.normalise_button.isVisible)
    messages = [editor.problems_list.item(i).text() for i in range(editor.problems_list.count())]
    assert any("mixes the two tone-mark styles" in m for m in messages)
    editor.normalise_button.click()
    assert session.document.title == "Sức khỏe bà con sau lũ"
    assert session.document.blocks[2] == ParagraphBlock("Xã đã hòa giải xong, Ủy ban về thăm.")
    assert editor.title_edit.text() == "Sức khỏe bà con sau lũ"
    assert not editor.normalise_button.isVisible()
    session.undo_stack.undo()
    assert session.document.title == "Sức khoẻ bà con sau lũ"
    assert session.document.blocks[2] == ParagraphBlock("Xã đã hòa giải xong, Uỷ ban về thăm.")


def test_import_offers_the_house_style(
    page: InterviewsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    document = _interview()
    document.lead = "Bà con khoẻ, xã hoà giải xong."
    assert page.spelling is not None
    normalised = page._offer_house_style(document)
    assert asked and "not in the house tone-mark style" in asked[0]
    assert normalised.lead == "Bà con khỏe, xã hòa giải xong."
    asked.clear()
    assert page._offer_house_style(normalised) is normalised
    assert asked == []


def test_without_the_dictionary_the_editor_works_and_says_why(
    qtbot: QtBot, repository: InterviewRepository, tmp_path: Path, store: Store
) -> None:
    service = SpellingService(store, dictionary_dirs=[tmp_path / "none"])
    page = InterviewsPage(repository, tmp_path, spelling=service)
    qtbot.addWidget(page)
    page.create_from_document(_interview())
    qtbot.waitUntil(lambda: service.dictionary_missing, timeout=10_000)
    assert "hunspell-vi" in service.status_text()
    assert page.editor is not None
    page.editor._select_block(1, True)
    assert _squiggled(page.editor.block_editor.turn_text) == []
    type_text(page.editor.title_edit, " mới")
    assert page.session is not None and page.session.document.title.endswith("mới")
    page.close_editor()


def test_preferences_import_and_export_the_newsroom_dictionary(
    qtbot: QtBot,
    service: SpellingService,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from editor.ui.spelling_preferences import SpellingPreferences

    shown: list[str] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", capture)
    tab = SpellingPreferences(service)
    qtbot.addWidget(tab)
    assert tab.chosen_style() is ToneStyle.OLD
    broken = tmp_path / "tu-dien.txt"
    broken.write_bytes(b"H\xf2a B\xecnh\n")  # Latin-1, not UTF-8
    assert not tab.import_from(broken)
    assert "tu-dien.txt" in shown[-1] and "UTF-8" in shown[-1]
    assert NewsroomDictionary(store).words() == []
    good = tmp_path / "tu-dien-dung.txt"
    good.write_text("Mường Khương\nhomestay\n", encoding="utf-8")
    assert tab.import_from(good)
    assert NewsroomDictionary(store).words() == ["homestay", "Mường Khương"]
    target = tmp_path / "xuat.txt"
    assert tab.export_to(target)
    assert target.read_text(encoding="utf-8") == "homestay\nMường Khương\n"
    assert not tab.export_to(tmp_path / "khong-co" / "xuat.txt")  # a folder that is not there
    assert "xuat.txt" in shown[-1] or "khong-co" in shown[-1]
