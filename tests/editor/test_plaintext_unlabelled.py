"""Importing interviews whose questions carry no speaker label (bold lost in the copy)."""

from __future__ import annotations

import json
import re

import pytest

from editor.document import ParagraphBlock, PhotoBlock, Role, TurnBlock
from editor.plaintext_import import (
    CLOSING_THANKS,
    UNLABELLED_ANSWER,
    UNLABELLED_QUESTION,
    DetectionKind,
    ImportResult,
    parse_interview,
)
from editor.plaintext_import.unlabelled import (
    address_forms,
    closing_thanks,
    find_unlabelled_interview,
    intro_person,
    question_shaped,
)
from editor.ui.messages import import_reason_message
from tests.editor.helpers import (
    FIXTURE_NAMES,
    FIXTURES,
    expected,
    fixture_text,
    run_main,
    speaker_labels,
    structure,
)

UNLABELLED = "09-unlabelled-questions"
GENERIC = "10-unlabelled-generic"
NEWS = "11-news-rhetorical-question"
NEW_REASONS = {UNLABELLED_QUESTION, UNLABELLED_ANSWER, CLOSING_THANKS}
LABELLED = [n for n in FIXTURE_NAMES if n not in {UNLABELLED, GENERIC, NEWS}]

INTRO = "Phóng viên trò chuyện với bà Lò Thị Mai, Giám đốc hợp tác xã, về mùa mận năm nay."
ANSWER_1 = (
    "Năm nay hợp tác xã thu mua được hơn 300 tấn mận hậu, giá bán ổn định. "
    "Các hộ thành viên đều có lãi, nhiều hộ đã xây được nhà mới."
)
ANSWER_2 = (
    "Khó nhất vẫn là khâu bảo quản sau thu hoạch. Mận chín rộ trong vài tuần, "
    "nếu không tiêu thụ kịp thì giá xuống rất nhanh."
)
ANSWER_3 = (
    "Chúng tôi đang xây thêm một kho lạnh nhỏ và học cách sấy mận để bán quanh năm, "
    "không phụ thuộc vào thương lái."
)


def _interview(
    intro: str = INTRO,
    q1: str = "Thưa bà, mùa mận năm nay của hợp tác xã thế nào?",
    a1: str = ANSWER_1,
    q2: str = "Đâu là khó khăn lớn nhất của hợp tác xã?",
    a2: str = ANSWER_2,
    q3: str = "Xin bà cho biết dự định trong thời gian tới?",
    a3: str = ANSWER_3,
    thanks: str = "Xin cảm ơn bà!",
) -> str:
    parts = [
        "Mùa mận ngọt ở Nà Bó",
        "Mận hậu Nà Bó được mùa, được giá, bà con phấn khởi.",
        intro,
        q1,
        a1,
        q2,
        a2,
        q3,
        a3,
        thanks,
        "Thực hiện: Hà Linh",
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def _kinds(result: ImportResult) -> list[tuple[str, str]]:
    return [(d.kind.value, d.reason) for d in result.detections]


# ----------------------------------------------------------------------------- the fixtures


def test_unlabelled_interview_fixture_reads_questions_answers_and_thanks() -> None:
    result = parse_interview(fixture_text(UNLABELLED))
    doc = result.document
    assert speaker_labels(doc) == ["Phóng viên", "Ông Giàng A Chứ"]
    turns = [b for b in doc.blocks if isinstance(b, TurnBlock)]
    roles = [doc.speaker(t.speaker_key).role for t in turns]
    assert roles == [Role.INTERVIEWER, Role.INTERVIEWEE] * 4 + [Role.INTERVIEWER]
    assert [len(t.paragraphs()) for t in turns[1::2]] == [2, 1, 2, 1]  # answers stay whole
    assert turns[-1].text == "Xin cảm ơn ông!"
    reasons = [d.reason for d in result.detections if d.reason in NEW_REASONS]
    assert reasons == [UNLABELLED_QUESTION, UNLABELLED_ANSWER] * 4 + [CLOSING_THANKS]
    for detection in result.detections:
        if detection.reason in NEW_REASONS:
            assert detection.kind is DetectionKind.TURN and not detection.strip_label
    # lead, intro, captions and byline keep their own rules
    assert isinstance(doc.blocks[0], PhotoBlock) and doc.blocks[0].credit == "Cầm Thu"
    assert isinstance(doc.blocks[1], ParagraphBlock)
    assert doc.blocks[1].text.startswith("Nhân dịp cuối năm")
    photos = [b for b in doc.blocks if isinstance(b, PhotoBlock)]
    assert photos[-1] == PhotoBlock(
        "Ông Giàng A Chứ (bên trái) kiểm tra đồi chè của người dân bản Huổi Lếch.", None
    )
    assert doc.byline == "Cầm Thu"


def test_a_rhetorical_question_inside_an_answer_paragraph_stays_in_the_answer() -> None:
    doc = parse_interview(fixture_text(UNLABELLED)).document
    answer = next(b for b in doc.blocks if isinstance(b, TurnBlock) and "Vậy làm sao" in b.text)
    assert doc.speaker(answer.speaker_key).label == "Ông Giàng A Chứ"


def test_interviewee_without_a_name_in_the_intro_is_nhan_vat() -> None:
    doc = parse_interview(fixture_text(GENERIC)).document
    assert [(s.label, s.role) for s in doc.speakers] == [
        ("Phóng viên", Role.INTERVIEWER),
        ("Nhân vật", Role.INTERVIEWEE),
    ]
    assert doc.byline == "Lường Văn Hải"  # the bare name after the thanks


def test_news_story_with_a_rhetorical_question_is_unchanged() -> None:
    result = parse_interview(fixture_text(NEWS))
    assert all(d.kind is not DetectionKind.TURN for d in result.detections)
    assert result.document.speakers == []
    paragraphs = [b for b in result.document.blocks if isinstance(b, ParagraphBlock)]
    assert ParagraphBlock("Vậy vì sao đến nay cây cầu mới được khởi công?") in paragraphs
    assert structure(result.document) == expected(NEWS)  # as imported before this rule existed


@pytest.mark.parametrize("name", LABELLED)
def test_labelled_fixtures_never_use_the_unlabelled_rule(name: str) -> None:
    result = parse_interview(fixture_text(name))
    assert not {d.reason for d in result.detections} & NEW_REASONS
    assert structure(result.document) == expected(name)


@pytest.mark.parametrize(
    ("name", "labels"),
    [
        (
            "01-dongchi-captions-comments",
            ["Phóng viên", "Đồng chí Lường Văn Thắng", "Đồng chí Thắng"],
        ),
        ("02-pv-ong-thuchien", ["PV", "Ông Hà Văn Sơn", "Ông Sơn"]),
    ],
)
def test_a_labelled_fixture_with_its_labels_removed_gives_the_same_blocks(
    name: str, labels: list[str]
) -> None:
    pattern = re.compile(rf"^(?:{'|'.join(map(re.escape, labels))}): ", re.MULTILINE)
    stripped = pattern.sub("", fixture_text(name))
    assert stripped != fixture_text(name)
    data = structure(parse_interview(stripped).document)
    want = expected(name)
    for block in want["blocks"]:
        if block.get("role") == "interviewer":
            block["speaker"] = "Phóng viên"
    want["speakers"][0]["label"] = "Phóng viên"
    assert data == want


def test_cli_import_json_reads_an_unlabelled_interview() -> None:
    result = run_main("import", str(FIXTURES / f"{UNLABELLED}.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    want = expected(UNLABELLED)
    assert data == {key: want[key] for key in data}
    assert data["blocks"][2] == {
        "type": "turn",
        "speaker": "Phóng viên",
        "role": "interviewer",
        "text": "Thưa ông, năm nay xã Mường Pồn đã đạt được những kết quả nổi bật nào?",
    }


# ----------------------------------------------------------------------------- the interviewee


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("Phóng viên trò chuyện với bà Lò Thị Mai, Giám đốc hợp tác xã.", "Bà Lò Thị Mai"),
        ("Bà Lò Thị Mai, Giám đốc hợp tác xã, trao đổi với phóng viên.", "Bà Lò Thị Mai"),
        (
            "Ngày 5/3, đồng chí Cầm Văn Ngọc, Bí thư Huyện ủy, về thăm bản. Nhân dịp này, "
            "phóng viên trò chuyện với bà Lò Thị Mai, Giám đốc hợp tác xã.",
            "Bà Lò Thị Mai",  # the one in the sentence about the interview
        ),
        (
            "Mùa này đồng chí Cầm Văn Ngọc về thăm bản. Bà Lò Thị Mai đưa khách đi xem vườn.",
            "Bà Lò Thị Mai",  # the questions say "bà"
        ),
        ("Phóng viên trò chuyện với Giám đốc hợp tác xã.", "Nhân vật"),  # no name
        ("Phóng viên trò chuyện với bà Mai, Giám đốc hợp tác xã.", "Nhân vật"),  # no full name
        ("Mùa này đồng chí Cầm Văn Ngọc về thăm bản Nà Bó.", "Nhân vật"),  # someone else
        (
            "Phóng viên trò chuyện với bà Lò Thị Mai và bà Quàng Thị Hoa.",
            "Nhân vật",  # two people, nothing to choose between them
        ),
    ],
)
def test_interviewee_label_comes_from_the_intro_only_when_sure(intro: str, label: str) -> None:
    doc = parse_interview(_interview(intro=intro)).document
    assert speaker_labels(doc) == ["Phóng viên", label]
    assert len([b for b in doc.blocks if isinstance(b, TurnBlock)]) == 7


def test_lead_naming_the_interviewee_is_enough() -> None:
    text = _interview(intro="").replace(
        "Mận hậu Nà Bó được mùa, được giá, bà con phấn khởi.",
        "Mận hậu Nà Bó được mùa. Phóng viên trao đổi với bà Lò Thị Mai, Giám đốc hợp tác xã.",
    )
    assert speaker_labels(parse_interview(text).document) == ["Phóng viên", "Bà Lò Thị Mai"]


def test_one_labelled_answer_names_the_interviewee_of_the_others() -> None:
    text = _interview(
        intro="Phóng viên trò chuyện với Giám đốc hợp tác xã về mùa mận.",
        a1=f"Bà Lò Thị Mai: {ANSWER_1}",
    )
    result = parse_interview(text)
    assert speaker_labels(result.document) == ["Phóng viên", "Bà Lò Thị Mai"]
    answers = [d for d in result.detections if d.text.startswith(("Bà Lò", "Khó nhất"))]
    assert [d.reason for d in answers] == ["speaker-label", UNLABELLED_ANSWER]
    first = result.document.blocks[2]
    assert isinstance(first, TurnBlock) and first.text == ANSWER_1


def test_questions_next_to_each_other_are_one_question() -> None:
    text = _interview(q2="Đâu là khó khăn lớn nhất?\n\nBà đã tính cách nào để vượt qua chưa?")
    doc = parse_interview(text).document
    question = doc.blocks[3]
    assert isinstance(question, TurnBlock)
    assert question.paragraphs() == [
        "Đâu là khó khăn lớn nhất?",
        "Bà đã tính cách nào để vượt qua chưa?",
    ]
    assert doc.speaker(question.speaker_key).role is Role.INTERVIEWER


# ----------------------------------------------------------------------------- staying conservative


def test_two_rhetorical_questions_that_address_nobody_stay_paragraphs() -> None:
    text = _interview(
        intro="Sáng nay, hợp tác xã tổ chức lễ khai mạc mùa thu hoạch mận.",
        q1="Vì sao bà con chưa mặn mà với giống mận mới?",
        q2="Ông Lò Văn Tiến, Chủ tịch UBND xã, giải thích thế nào về việc này?",
        q3="Liệu giá mận có giữ được đến cuối vụ?",
        thanks="Buổi lễ kết thúc lúc 11 giờ.",
    )
    result = parse_interview(text)
    assert all(d.kind is not DetectionKind.TURN for d in result.detections)


def test_thanks_alone_with_one_address_is_not_enough_without_a_second_question() -> None:
    text = _interview(q2="", a2="", q3="", a3="")
    assert not any(d.kind is DetectionKind.TURN for d in parse_interview(text).detections)


@pytest.mark.parametrize(
    "change",
    [
        {"a1": "Tốt.", "a2": "Khó.", "a3": "Chưa biết."},  # no real answers: a dialogue
        {"intro": "\n\n".join(["Đoạn mở đầu dài của bài."] * 6)},  # questions far down a story
        {  # quotations are not questions
            "q1": "“Thưa bà, mùa mận năm nay thế nào?”",
            "q2": "“Đâu là khó khăn lớn nhất?”",
            "q3": "“Bà có dự định gì?”",
        },
        {"a3": ""},  # the last question gets no answer
    ],
    ids=["short-answers", "long-intro", "quoted", "unanswered"],
)
def test_shapes_that_are_not_an_unlabelled_interview(change: dict[str, str]) -> None:
    kwargs = {"thanks": ""} if "a3" in change and not change["a3"] else {}
    text = _interview(**{**kwargs, **change})
    result = parse_interview(text)
    assert not {d.reason for d in result.detections} & NEW_REASONS


@pytest.mark.parametrize(
    ("text", "forms"),
    [
        ("Thưa ông, năm nay xã làm được gì?", {"thưa", "ông"}),
        ("Xin bà cho biết kế hoạch sắp tới?", {"bà", "cho biết"}),
        ("Điều gì giữ chị ở lại bản?", {"chị"}),
        ("Đồng chí đánh giá thế nào về kết quả này?", {"đồng chí"}),
        ("Anh có định mở rộng trang trại không?", {"anh"}),
        ("Vì sao bà con chưa mặn mà với giống mới?", set()),
        ("Ông Lò Văn Tiến nói gì về việc này?", set()),
        ("Các đồng chí lãnh đạo đã chỉ đạo ra sao?", set()),
        ("Học sinh học tiếng Anh ở đâu?", set()),
        ("Anh em trong đội có đồng lòng không?", set()),
        ("Ông ấy đã làm gì sau đó?", set()),
    ],
)
def test_address_forms(text: str, forms: set[str]) -> None:
    assert address_forms(text) == forms


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Năm nay xã đã làm được những gì?", True),
        ("Ông có hài lòng không?”", True),
        ("Vì sao?", True),
        ("Sao?", False),
        ("“Bao giờ mới có đường?” – bà con hỏi.", False),
        ("- Anh có sợ không?", False),
        ("Năm nay xã đã làm được những gì.", False),
        (" ".join(["rất"] * 81) + "?", False),
    ],
)
def test_question_shape(text: str, shaped: bool) -> None:
    assert question_shaped(text) is shaped


@pytest.mark.parametrize(
    ("text", "thanks"),
    [
        ("Xin cảm ơn ông!", True),
        ("Trân trọng cảm ơn đồng chí!", True),
        ("Cảm ơn chị về cuộc trò chuyện!", True),
        ("Xin chân thành cảm ơn bà.", True),
        ("Thay mặt bạn đọc, xin cảm ơn ông!", True),
        ("Cảm ơn ông, vậy còn kế hoạch năm sau?", False),
        ("Người dân rất cảm ơn chính quyền đã làm đường.", False),
    ],
)
def test_closing_thanks(text: str, thanks: bool) -> None:
    assert closing_thanks(text) is thanks


def test_intro_person_needs_a_reason_to_pick_someone() -> None:
    assert intro_person(["Bà Lò Thị Mai trồng mận đã lâu."], {"ông"}) is None
    assert intro_person(["Bà Lò Thị Mai trồng mận đã lâu."], {"bà"}) == "Bà Lò Thị Mai"
    assert find_unlabelled_interview([], []) is None


# ----------------------------------------------------------------------------- correcting


def test_a_wrongly_detected_question_can_be_made_a_paragraph_again() -> None:
    result = parse_interview(fixture_text(UNLABELLED))
    question = next(d for d in result.detections if d.text.startswith("Những khó khăn"))
    assert (question.kind, question.reason) == (DetectionKind.TURN, UNLABELLED_QUESTION)
    fixed = result.reclassify(question.index, DetectionKind.PARAGRAPH)
    assert ParagraphBlock(question.text) in fixed.document.blocks
    assert fixed.detections[question.index].kind is DetectionKind.PARAGRAPH
    after = fixed.document.blocks[fixed.document.blocks.index(ParagraphBlock(question.text)) + 1]
    assert isinstance(after, TurnBlock)
    assert fixed.document.speaker(after.speaker_key).label == "Ông Giàng A Chứ"
    again = fixed.reclassify(question.index, DetectionKind.TURN, result.speakers[0].key)
    assert structure(again.document) == structure(result.document)


def test_a_rhetorical_question_read_as_a_question_rejoins_the_answer() -> None:
    rhetorical = "Vậy làm sao để giữ được giá cho bà con?"
    text = _interview(a2=f"{ANSWER_2}\n\n{rhetorical}\n\n{ANSWER_3}")
    result = parse_interview(text)
    wrong = next(d for d in result.detections if d.text == rhetorical)
    assert wrong.reason == UNLABELLED_QUESTION
    split = [b for b in result.document.blocks if isinstance(b, TurnBlock)]
    assert len(split) == 9
    fixed = result.reclassify(wrong.index, DetectionKind.CONTINUATION)
    turns = [b for b in fixed.document.blocks if isinstance(b, TurnBlock)]
    assert len(turns) == 7
    assert turns[3].paragraphs() == [ANSWER_2, rhetorical, ANSWER_3]
    assert fixed.document.speaker(turns[3].speaker_key).role is Role.INTERVIEWEE


def test_reasons_are_explained_in_the_import_dialog_language() -> None:
    for reason in NEW_REASONS:
        assert import_reason_message(reason)
    assert import_reason_message("speaker-label") == ""


def test_exported_unlabelled_interview_reads_back_with_its_speakers() -> None:
    from editor.plaintext_export import export_plain_text

    doc = parse_interview(fixture_text(GENERIC)).document
    exported = export_plain_text(doc)
    assert "Nhân vật: Nhớ chứ." in exported
    assert structure(parse_interview(exported).document) == structure(doc)
