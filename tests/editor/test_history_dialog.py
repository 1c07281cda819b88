"""The History dialog: versions listed, a side-by-side diff, restore as one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument, ParagraphBlock, TurnBlock
from editor.repository import InterviewRepository
from editor.site_revisions import NotOnSite, SiteRevision
from editor.ui.history_dialog import HistoryDialog
from editor.ui.interviews_page import InterviewsPage
from editor.versions import VersionKeeper, VersionKind
from portal.errors import PermissionDenied
from storage.models import InterviewVersion, utc_now
from tests.editor.conftest import sample_document
from uikit.background import TaskContext


def _older() -> InterviewDocument:
    """The sample interview as it was an hour ago: one syllable and one paragraph differ."""
    document = sample_document()
    document.blocks = [b for b in document.blocks if not isinstance(b, ParagraphBlock)]
    answer = document.blocks[2]
    assert isinstance(answer, TurnBlock)
    document.blocks[2] = TurnBlock(answer.speaker_key, answer.text.replace("nhanh", "chậm"))
    return document


def _keep(
    repository: InterviewRepository,
    interview_id: int,
    document: InterviewDocument,
    minutes_ago: int,
) -> None:
    keeper = VersionKeeper(
        author=lambda: "Thu Hà", clock=lambda: utc_now() - timedelta(minutes=minutes_ago)
    )
    repository.save_document(
        interview_id,
        document,
        also=lambda session, row: keeper.record_in(session, row, VersionKind.AUTOSAVE),
    )


@pytest.fixture
def page(qtbot: QtBot, repository: InterviewRepository, tmp_path: Path) -> Iterator[InterviewsPage]:
    widget = InterviewsPage(repository, tmp_path)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    yield widget
    widget.close_editor()


def _opened_history(page: InterviewsPage, repository: InterviewRepository) -> HistoryDialog:
    interview_id = repository.create(sample_document()).id
    _keep(repository, interview_id, _older(), 60)
    _keep(repository, interview_id, sample_document(), 30)
    page.open_interview(interview_id)
    assert page.editor is not None
    page.editor.history_button.click()
    assert page.history is not None
    return page.history


def _cell(dialog: HistoryDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def _format_at(document: QTextDocument, text: str) -> tuple[bool, bool]:
    """(struck out, underlined) of the first occurrence of *text*."""
    found = document.find(text)
    assert not found.isNull(), text
    probe = QTextCursor(document)
    probe.setPosition(found.selectionStart() + 1)
    char_format = probe.charFormat()
    return char_format.fontStrikeOut(), char_format.fontUnderline()


def test_history_lists_versions_and_shows_the_changed_syllables(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    dialog = _opened_history(page, repository)
    assert dialog.table.rowCount() == 3  # the open text, then two kept versions
    assert _cell(dialog, 1, 1) == "Autosave"
    assert _cell(dialog, 2, 2) == "Thu Hà"
    dialog.select_rows(2)  # the older version against the open text
    left = dialog.left_view.document()
    right = dialog.right_view.document()
    assert _format_at(left, "chậm") == (True, False)  # removed: struck out on the left
    assert _format_at(right, "nhanh") == (False, True)  # added: underlined on the right
    assert _format_at(right, "Con đường bê tông") == (False, True)  # a paragraph added
    assert "Ông Lò Văn Minh" in dialog.right_view.toPlainText()
    assert _format_at(right, "Xin cảm ơn") == (False, False)  # unchanged text stays plain
    dialog.reject()


def test_restoring_a_version_is_one_undo_step_and_is_saved(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    dialog = _opened_history(page, repository)
    session = page.session
    assert session is not None
    current = session.document.snapshot()
    steps = session.undo_stack.count()
    dialog.select_rows(2)
    with qtbot.waitSignal(session.saved, timeout=10_000):
        dialog.restore_button.click()
    assert session.document == _older()
    assert repository.get(session.interview_id).document == _older()
    assert session.undo_stack.count() == steps + 1
    assert page.editor is not None and page.editor.blocks_model.rowCount() == 4
    session.undo_stack.undo()
    assert session.document == current
    assert page.editor.blocks_model.rowCount() == 5
    session.undo_stack.redo()
    assert session.document == _older()


def test_the_sites_revisions_are_added_or_a_sentence_says_why_not(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    interview_id = repository.create(sample_document()).id
    page.open_interview(interview_id)
    assert page.session is not None
    outcomes: list[object] = [NotOnSite(code="x"), PermissionDenied(code="rest_cannot_read")]
    site_version = sample_document("Tít do biên tập trên web sửa")

    def fetch(_context: TaskContext) -> list[SiteRevision]:
        outcome = outcomes.pop(0) if outcomes else None
        if isinstance(outcome, Exception):
            raise outcome
        return [SiteRevision(7, utc_now(), "Biên tập", site_version)]

    dialog = HistoryDialog(page.session, page.versions, fetch, page)
    qtbot.addWidget(dialog)
    dialog.site_button.click()
    qtbot.waitUntil(lambda: "not been sent" in dialog.site_status.text())
    dialog.site_button.click()
    qtbot.waitUntil(lambda: "not allowed" in dialog.site_status.text())
    dialog.site_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)  # the open text and the revision
    assert _cell(dialog, 1, 1) == "Revision on the site"
    assert _cell(dialog, 1, 2) == "Biên tập"
    dialog.select_rows(1)
    assert _format_at(dialog.left_view.document(), "Tít do biên tập") == (True, False)


def test_a_damaged_version_says_so_and_cannot_be_restored(
    page: InterviewsPage, repository: InterviewRepository, qtbot: QtBot
) -> None:
    dialog = _opened_history(page, repository)
    version_id = dialog.entries[1].version_id  # the newer one: no other depends on it
    with repository.store.transaction() as session:
        row = session.get(InterviewVersion, version_id)
        assert row is not None
        row.data = b"\x00 not zlib"
    dialog.select_rows(1)
    assert "damaged" in dialog.compared_label.text()
    assert not dialog.restore_button.isEnabled()
    dialog.select_rows(2)  # the others still read
    assert "Left:" in dialog.compared_label.text()
