"""The interview document model: speakers, conversion, suggestions, counts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings

from editor.counts import character_count, count_characters, count_words, word_count
from editor.document import (
    DocumentFormatError,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    TurnBlock,
    make_speaker_key,
)
from tests.editor.helpers import make_doc
from tests.editor.strategies import any_documents

PV = ("Phóng viên", Role.INTERVIEWER)
GUEST = ("Ông Lò Văn Minh", Role.INTERVIEWEE)


def sample() -> InterviewDocument:
    return make_doc(
        [
            ("p", "Con đường mới đã về tới bản."),
            ("t", "Phóng viên", "Con đường thay đổi điều gì?"),
            ("t", "Ông Lò Văn Minh", "Bà con đi chợ nhanh hơn.\n\nHàng bán được giá."),
            ("f", "Con đường vào bản Hua Păng.", "Quang Huy"),
            ("t", "Phóng viên", "Xin cảm ơn ông!"),
        ],
        byline="Thu Hà",
        speakers=[PV, GUEST],
    )


def test_rename_speaker_changes_every_turn_and_returns_the_old_speaker() -> None:
    doc = sample()
    key = doc.speakers[0].key
    old = doc.rename_speaker(key, "  PV  ")
    assert old.label == "Phóng viên"
    turns = [b for b in doc.to_import_json()["blocks"] if b["type"] == "turn"]
    assert [t["speaker"] for t in turns] == ["PV", "Ông Lò Văn Minh", "PV"]


def test_rename_speaker_refuses_unknown_keys_and_blank_labels() -> None:
    doc = sample()
    with pytest.raises(KeyError):
        doc.rename_speaker("nobody", "X")
    with pytest.raises(ValueError):
        doc.rename_speaker(doc.speakers[0].key, " \n ")
    assert doc.speakers[0].label == "Phóng viên"


def test_set_role_and_merge_speakers() -> None:
    doc = sample()
    extra = doc.add_speaker("Ông Minh", Role.INTERVIEWEE)
    doc.blocks.append(TurnBlock(extra.key, "Còn nhiều việc phải làm."))
    doc.merge_speakers(doc.speakers[1].key, extra.key)
    assert [s.label for s in doc.speakers] == ["Phóng viên", "Ông Lò Văn Minh"]
    assert doc.to_import_json()["blocks"][-1]["speaker"] == "Ông Lò Văn Minh"
    doc.set_speaker_role(doc.speakers[1].key, Role.INTERVIEWER)
    assert doc.speakers[1].role is Role.INTERVIEWER


def test_speaker_keys_are_readable_and_unique() -> None:
    assert make_speaker_key("Đồng chí Hoàng Văn Ấn", set()) == "dong-chi-hoang-van-an"
    assert make_speaker_key("PV", {"pv", "pv-2"}) == "pv-3"
    assert make_speaker_key("???", set()) == "speaker"
    doc = InterviewDocument()
    keys = {doc.add_speaker("PV", Role.INTERVIEWER).key for _ in range(3)}
    assert len(keys) == 3


def test_import_json_has_exactly_the_publishing_fields() -> None:
    assert sample().to_import_json() == {
        "title": "Tiêu đề thử",
        "lead": "Sapo thử nghiệm của bài.",
        "byline": "Thu Hà",
        "blocks": [
            {"type": "paragraph", "text": "Con đường mới đã về tới bản."},
            {
                "type": "turn",
                "speaker": "Phóng viên",
                "role": "interviewer",
                "text": "Con đường thay đổi điều gì?",
            },
            {
                "type": "turn",
                "speaker": "Ông Lò Văn Minh",
                "role": "interviewee",
                "text": "Bà con đi chợ nhanh hơn.\n\nHàng bán được giá.",
            },
            {"type": "photo", "caption": "Con đường vào bản Hua Păng.", "credit": "Quang Huy"},
            {
                "type": "turn",
                "speaker": "Phóng viên",
                "role": "interviewer",
                "text": "Xin cảm ơn ông!",
            },
        ],
    }


def test_photo_without_credit_exports_null_credit() -> None:
    doc = make_doc([("f", "Toàn cảnh hội nghị", "")])
    assert doc.to_import_json()["blocks"] == [
        {"type": "photo", "caption": "Toàn cảnh hội nghị", "credit": None}
    ]


@settings(max_examples=150, deadline=None)
@given(any_documents())
def test_to_dict_round_trips_exactly_through_json(doc: InterviewDocument) -> None:
    stored = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert InterviewDocument.from_dict(stored) == doc


def test_to_dict_keeps_photo_alt_text_and_image_path() -> None:
    doc = InterviewDocument(blocks=[PhotoBlock("Chợ phiên", None, "Người dân đi chợ", "/a/b.jpg")])
    assert InterviewDocument.from_dict(doc.to_dict()).blocks == doc.blocks


def _valid() -> dict[str, Any]:
    return sample().to_dict()


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(version=99),
        lambda d: d.update(title=None),
        lambda d: d.update(tags=[1]),
        lambda d: d.update(blocks="nope"),
        lambda d: d["blocks"].append({"type": "video"}),
        lambda d: d["blocks"].append({"type": "turn", "speaker": "ghost", "text": "x"}),
        lambda d: d["speakers"].append(dict(d["speakers"][0])),
        lambda d: d["speakers"][0].update(role="editor"),
        lambda d: d["blocks"][3].update(credit=5),
    ],
)
def test_from_dict_rejects_malformed_data(damage: Any) -> None:
    data = _valid()
    damage(data)
    with pytest.raises(DocumentFormatError):
        InterviewDocument.from_dict(data)


def test_next_speaker_alternates_between_interviewer_and_main_interviewee() -> None:
    doc = make_doc(
        [
            ("t", "PV", "Hỏi một?"),
            ("t", "Bà Hoa", "Trả lời."),
            ("t", "PV", "Hỏi hai?"),
            ("t", "Ông Bình", "Ý kiến khác."),
            ("t", "PV", "Hỏi ba?"),
            ("t", "Bà Hoa", "Trả lời nữa."),
            ("f", "Ảnh minh họa", ""),
        ]
    )
    label = lambda i: (doc.next_speaker_after(i) or doc.speakers[0]).label  # noqa: E731
    assert label(0) == "Bà Hoa"  # after a question: the interviewee with most turns
    assert label(3) == "PV"  # after an answer: the interviewer
    assert label(6) == "PV"  # a photo looks back to the last turn
    assert label(-1) == "PV"  # at the start, a question comes first


def test_next_speaker_without_speakers_or_turns() -> None:
    assert InterviewDocument().next_speaker_after(0) is None
    only_guest = InterviewDocument()
    guest = only_guest.add_speaker("Bà Hoa", Role.INTERVIEWEE)
    assert only_guest.next_speaker_after(5) == guest


def test_resumed_turn_is_same_speaker_after_photos_only() -> None:
    doc = make_doc(
        [
            ("t", "Bà Hoa", "Một."),
            ("f", "Ảnh một", ""),
            ("f", "Ảnh hai", ""),
            ("t", "Bà Hoa", "Hai."),
            ("t", "Bà Hoa", "Ba."),
            ("p", "Đoạn."),
        ]
    )
    assert [doc.is_resumed_turn(i) for i in range(6)] == [False, False, False, True, False, False]


def test_word_count_counts_space_separated_syllables_with_letters_or_digits() -> None:
    assert count_words("Đồng chí Hoàng Văn An – tỷ lệ đạt 69,5% .") == 9
    assert count_words("  \n ") == 0
    assert count_characters("Hoà bình\n\nổn") == 10
    assert count_characters("Hoà bình", spaces=False) == 7
    assert count_characters("Hoa\u0300") == 3  # NFD input counts as its NFC letters


def test_document_counts_cover_title_lead_and_blocks_not_labels_or_byline() -> None:
    doc = make_doc(
        [("p", "Một hai ba."), ("t", "Ông Lò Văn Minh", "Bốn năm."), ("f", "Sáu bảy", "Tám")],
        title="Tít bài",
        lead="Sapo ngắn",
        byline="Thu Hà Nguyễn",
    )
    assert word_count(doc) == 2 + 2 + 3 + 2 + 2
    assert character_count(doc) == len("Tít bàiSapo ngắnMột hai ba.Bốn năm.Sáu bảy")
    doc.blocks.append(ParagraphBlock("thêm"))
    assert word_count(doc) == 12
