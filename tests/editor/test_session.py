"""Editing an interview without a window: undo/redo, autosave, workflow."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from editor.document import ParagraphBlock, PhotoBlock, Role, TurnBlock
from editor.repository import InterviewRepository, InterviewStatus
from editor.session import EditingSession
from tests.editor.conftest import sample_document


@pytest.fixture
def session(repository: InterviewRepository, qtbot: QtBot) -> EditingSession:
    stored = repository.create(sample_document())
    return EditingSession(repository, repository.get(stored.id))


def test_every_kind_of_edit_undoes_and_redoes(session: EditingSession) -> None:
    original = session.document.to_dict()
    reporter = session.document.speakers[0].key
    session.set_field("title", "Tiêu đề mới")
    session.set_tags(["giao thông", "vùng cao", "giao thông", " "])
    session.set_block_text(0, "Đoạn mở đầu đã sửa.")
    session.set_turn_speaker(3, reporter)
    session.update_photo(1, alt_text="Con đường bê tông giữa đồi chè")
    session.add_turn_after(4)
    session.remove_blocks([0])
    session.move_block(0, 2)
    session.rename_speaker(reporter, "PV")
    edited = session.document.to_dict()
    assert session.document.tags == ["giao thông", "vùng cao"]
    assert edited != original

    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.document.to_dict() == original
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert session.document.to_dict() == edited


def test_typing_in_one_field_undoes_as_one_step(session: EditingSession) -> None:
    for length in range(1, 12):
        session.set_block_text(0, "Bà con vui"[:length])
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.document.blocks[0] == ParagraphBlock(
        "Con đường bê tông dài 12 km đã về tới bản."
    )


def test_typing_after_a_pause_is_a_separate_step(
    session: EditingSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: clock[0])
    session.set_field("byline", "Thu")
    clock[0] += 5
    session.set_field("byline", "Thu Hà")
    assert session.undo_stack.count() == 2


def test_a_new_turn_goes_to_the_other_speaker(session: EditingSession) -> None:
    reporter, guest = session.document.speakers
    after_question = session.add_turn_after(2)  # block 2 is the reporter's question
    turn = session.document.blocks[after_question]
    assert isinstance(turn, TurnBlock) and turn.speaker_key == guest.key
    after_answer = session.add_turn_after(after_question)
    turn = session.document.blocks[after_answer]
    assert isinstance(turn, TurnBlock) and turn.speaker_key == reporter.key


def test_renaming_a_speaker_renames_every_turn(session: EditingSession) -> None:
    reporter = session.document.speakers[0]
    session.rename_speaker(reporter.key, "Phóng viên Báo Miền Núi")
    labels = [
        session.document.speaker(block.speaker_key).label
        for block in session.document.blocks
        if isinstance(block, TurnBlock) and block.speaker_key == reporter.key
    ]
    assert labels == ["Phóng viên Báo Miền Núi"] * 2
    assert session.document.to_import_json()["blocks"][2]["speaker"] == "Phóng viên Báo Miền Núi"


def test_an_edit_is_saved_after_a_pause_without_asking(
    session: EditingSession, repository: InterviewRepository, qtbot: QtBot
) -> None:
    # The promise is kept by the save's timers, not by how fast this machine is.
    with qtbot.waitSignal(session.saved, timeout=10_000):
        session.set_field("title", "Tự động lưu")
        assert session.dirty  # not written at once: typing goes on undisturbed
        assert 0 <= session.autosaver._deadline.remainingTime() <= 2000
    assert repository.get(session.interview_id).document.title == "Tự động lưu"
    assert not session.dirty


def test_text_is_stored_nfc_without_control_characters(session: EditingSession) -> None:
    session.set_field("title", "Ho\u0300a bi\u0300nh\x07\r\n")
    assert session.document.title == "Hòa bình\n"


def test_ready_for_review_lists_what_is_missing(session: EditingSession) -> None:
    problems = session.mark_ready()
    assert session.status is InterviewStatus.DRAFT
    messages = [problem.message for problem in problems]
    assert messages == [
        "Photo in block 2 has no image yet.",
        "Photo in block 2 needs alt text for readers who cannot see it.",
    ]
    assert [problem.block_index for problem in problems] == [1, 1]


def test_a_complete_interview_can_be_marked_ready_and_approved(
    session: EditingSession, repository: InterviewRepository
) -> None:
    session.remove_blocks([1])
    assert session.mark_ready() == []
    assert repository.get(session.interview_id).status is InterviewStatus.READY
    session.approve()
    assert repository.get(session.interview_id).status is InterviewStatus.APPROVED


def test_missing_question_answer_headline_and_lead_are_reported(
    repository: InterviewRepository, qtbot: QtBot
) -> None:
    stored = repository.create()
    session = EditingSession(repository, stored)
    session.insert_blocks(0, [PhotoBlock("Ảnh", image_path="a.jpg", alt_text="mô tả")])
    places = [problem.place.value for problem in session.mark_ready()]
    assert places == ["title", "lead", "body", "body"]
    session.add_speaker("Bà Hà", Role.INTERVIEWEE)
    assert session.document.speakers[-1].label == "Bà Hà"
