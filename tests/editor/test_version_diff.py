"""The diff between two versions: Vietnamese syllables, tone marks, NFD input, parts matched."""

from __future__ import annotations

import unicodedata

from editor.document import InterviewDocument, ParagraphBlock, PhotoBlock, Role, TurnBlock
from editor.version_diff import Change, Piece, diff_documents, diff_text, tokens


def _changed(pieces: tuple[Piece, ...]) -> list[str]:
    return [p.text for p in pieces if p.change is not Change.SAME]


def test_a_changed_tone_mark_changes_exactly_that_syllable() -> None:
    left, right = diff_text("Giá chè búp tươi lên cao", "Giá chè búp tười lên cao")
    assert _changed(left) == ["tươi"]
    assert _changed(right) == ["tười"]
    assert "".join(p.text for p in left) == "Giá chè búp tươi lên cao"


def test_text_typed_with_combining_marks_equals_its_precomposed_form() -> None:
    composed = "Đồng chí Bí thư Huyện ủy trả lời"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    left, right = diff_text(composed, decomposed)
    assert _changed(left) == [] and _changed(right) == []
    assert tokens(decomposed)[:3] == ["Đồng", " ", "chí"]


def test_d_and_dj_are_different_syllables() -> None:
    left, right = diff_text("đi chợ", "di chợ")
    assert _changed(left) == ["đi"] and _changed(right) == ["di"]


def _interview(answer: str, extra: bool = False) -> InterviewDocument:
    document = InterviewDocument(title="Đường lên bản", lead="Xe đã vào tận đồi chè.")
    pv = document.add_speaker("PV", Role.INTERVIEWER)
    guest = document.add_speaker("Ông Lường Văn Pấng", Role.INTERVIEWEE)
    document.blocks = [
        TurnBlock(pv.key, "Con đường mới giúp gì cho bà con?"),
        TurnBlock(guest.key, answer),
        PhotoBlock(caption="Đồi chè Hua Păng mùa thu hoạch", credit="Minh Châu"),
    ]
    if extra:
        document.blocks.insert(1, ParagraphBlock("Ông Pấng năm nay sáu mươi tuổi."))
    return document


def test_a_changed_syllable_in_a_turn_is_marked_beside_its_speaker() -> None:
    old = _interview("Bà con đi chợ nhanh hơn, chè bán được giá.")
    new = _interview("Bà con đi chợ nhanh hơn, chè bán được giá cao.")
    changed = [part for part in diff_documents(old, new) if part.changed]
    assert len(changed) == 1
    (turn,) = changed
    assert turn.left_label == turn.right_label == "Ông Lường Văn Pấng"
    assert _changed(turn.left) == []
    assert "".join(_changed(turn.right)).strip() == "cao"


def test_a_paragraph_inserted_in_the_middle_is_one_added_part() -> None:
    old = _interview("Chè bán được giá.")
    new = _interview("Chè bán được giá.", extra=True)
    changed = [part for part in diff_documents(old, new) if part.changed]
    assert len(changed) == 1
    assert changed[0].left_label is None
    assert changed[0].right == (Piece("Ông Pấng năm nay sáu mươi tuổi.", Change.ADDED),)


def test_photo_captions_and_credits_are_compared() -> None:
    old = _interview("Vâng.")
    new = _interview("Vâng.")
    new.blocks[2] = PhotoBlock(caption="Đồi chè Hua Păng mùa thu hoạch", credit="Quang Huy")
    (photo,) = [part for part in diff_documents(old, new) if part.changed]
    assert _changed(photo.left) == ["Minh Châu"]
    assert _changed(photo.right) == ["Quang Huy"]
