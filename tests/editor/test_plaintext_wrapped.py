"""Importing hard-wrapped text (e-mail, a word processor's "plain text") and leaving web copy be."""

from __future__ import annotations

import json
import textwrap
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.document import InterviewDocument, PhotoBlock, Role, TurnBlock
from editor.plaintext_import import DetectionKind, parse_interview, read_interview_file
from tests.editor.helpers import (
    FIXTURE_NAMES,
    FIXTURES,
    expected,
    fixture_text,
    run_main,
    structure,
)

WRAPPED = "08-hard-wrapped"
# The same interview as copied from the newspaper's page: one paragraph per line.
UNWRAPPED = FIXTURES / "unwrapped" / f"{WRAPPED}.txt"
WEB_COPIES = [name for name in FIXTURE_NAMES if name != WRAPPED]


def _web_copy() -> str:
    return read_interview_file(UNWRAPPED)


def _wrap(text: str, width: int, *, blank_lines: bool = True) -> str:
    """*text* with every line wrapped at *width*, as a mail program would send it."""
    lines: list[str] = []
    for line in text.split("\n"):
        if line:
            lines.extend(textwrap.wrap(line, width))
        elif blank_lines:
            lines.append("")
    return "\n".join(lines)


def _doc(text: str) -> InterviewDocument:
    return parse_interview(text).document


def test_fixture_and_its_web_copy_are_what_the_tests_assume() -> None:
    wrapped, web = fixture_text(WRAPPED), _web_copy()
    for text in (wrapped, web):
        assert unicodedata.is_normalized("NFC", text)
    assert max(len(line) for line in wrapped.splitlines()) <= 72
    assert wrapped.count("\n") > web.count("\n") + 10
    assert " ".join(wrapped.split()) == " ".join(web.split())  # same words, other line breaks


def test_wrapped_interview_imports_to_the_same_blocks_as_its_web_copy() -> None:
    assert structure(_doc(fixture_text(WRAPPED))) == structure(_doc(_web_copy()))
    assert structure(_doc(fixture_text(WRAPPED))) == expected(WRAPPED)


@pytest.mark.parametrize("width", [45, 60, 66, 72, 76, 80, 100])
def test_any_common_wrap_width_gives_the_same_blocks(width: int) -> None:
    assert structure(_doc(_wrap(_web_copy(), width))) == expected(WRAPPED)


def test_wrapped_caption_and_answer_paragraphs_are_joined() -> None:
    doc = _doc(fixture_text(WRAPPED))
    photos = [b for b in doc.blocks if isinstance(b, PhotoBlock)]
    assert photos[1] == PhotoBlock(
        "Người dân bản Phình Hồ thu hái chè búp trên những cây chè cổ thụ hàng trăm năm tuổi.",
        "Giàng Thị Mai",
    )
    answer = doc.blocks[2]
    assert isinstance(answer, TurnBlock)
    assert len(answer.paragraphs()) == 3
    assert all("\n" not in paragraph for paragraph in answer.paragraphs())


@pytest.mark.parametrize("name", WEB_COPIES)
def test_web_copy_keeps_one_paragraph_per_line(name: str) -> None:
    text = fixture_text(name)
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(parse_interview(text).detections) == len(lines)


def test_web_copy_of_the_wrapped_fixture_keeps_one_paragraph_per_line() -> None:
    text = _web_copy()
    lines = [line for line in text.splitlines() if line.strip()]
    assert [d.text for d in parse_interview(text).detections] == lines


def test_web_copy_of_short_lines_without_blank_lines_is_not_joined() -> None:
    text = (
        "Bản Nà Phát vào mùa lúa chín\n"
        "Những thửa ruộng bậc thang đã chuyển vàng, cả bản tất bật vào vụ gặt.\n"
        "Phóng viên: Năm nay lúa có được mùa không, thưa ông?\n"
        "Ông Lường Văn Pọm: Được mùa lắm, mỗi sào thu hơn ba tạ thóc khô.\n"
        "Nhà nào cũng đủ gạo ăn đến vụ sau, còn dư thì đem bán ở chợ phiên.\n"
        "Trẻ con trong bản được nghỉ học mấy hôm để phụ bố mẹ gánh lúa về nhà.\n"
        "Phóng viên: Bà con có định trồng thêm giống lúa mới hay không ạ?\n"
        "Ông Lường Văn Pọm: Có, hợp tác xã sẽ mang giống lúa nếp tan về thử.\n"
        "Lò Thị Thanh\n"
    )
    result = parse_interview(text)
    assert [d.text for d in result.detections] == text.splitlines()
    assert result.document.byline == "Lò Thị Thanh"


_WORDS = st.sampled_from(
    ["bản", "nương", "chè", "người", "dân", "Mường", "Lò", "hợp", "tác", "xã", "năm", "nay"]
)
_SENTENCE = st.tuples(
    st.lists(_WORDS, min_size=1, max_size=25).map(" ".join), st.sampled_from(".?!…")
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_SENTENCE, st.sampled_from(["\n", "\n\n"])), min_size=1, max_size=30))
def test_lines_that_all_end_a_sentence_are_never_joined(lines: list[tuple[str, str]]) -> None:
    text = "".join(line + end for line, end in lines)
    assert [d.text for d in parse_interview(text).detections] == [line for line, _ in lines]


QA = """Nước sạch về các bản vùng cao

Năm nay huyện Mường Khoa hoàn thành mười bốn công trình cấp nước tập
trung cho gần ba nghìn hộ dân.

Phóng viên: Thưa đồng chí, những công trình nước sạch năm nay được chọn
đặt ở đâu và người dân trong các bản được tham gia ý kiến như thế nào
trước khi khởi công xây dựng bể chứa và hệ thống đường ống về bản?
Đồng chí Lò Văn Hải: Chúng tôi chọn những bản khó khăn nhất, nơi mùa khô
người dân phải đi bộ cả tiếng đồng hồ mới lấy được nước. Trước khi làm,
cán bộ xã xuống họp để bà con tự chọn vị trí đặt bể chứa nước chung.
PV: Việc quản lý các công trình sau khi bàn giao được giao cho ai, thưa
đồng chí? Người dân có phải đóng góp gì thêm cho việc sửa chữa các đường
ống dẫn nước từ đầu nguồn về tận các bản hay không, đóng bao nhiêu tiền?
Đồng chí Hải: Mỗi bản có một tổ tự quản, thu mỗi hộ vài nghìn đồng một
tháng để thay ống hỏng và thuê người vệ sinh bể định kỳ theo quy định.
Ảnh: Tổ tự quản bản Co Líu kiểm tra bể chứa nước ở đầu bản sau trận mưa
lớn đầu mùa, khi nhiều đoạn ống dẫn nước từ khe núi bị đất đá vùi lấp.
Thực hiện: Quàng Văn Tuấn
"""


def test_label_at_the_start_of_a_wrapped_line_starts_a_new_turn() -> None:
    lines = QA.splitlines()
    openers = [i for i, line in enumerate(lines) if line.startswith(("Đồng chí", "PV", "Ả", "Th"))]
    assert len(openers) == 5
    for i in openers:  # a full line before: it would have been joined but for the label
        assert len(lines[i - 1]) >= 66, lines[i - 1]
    doc = _doc(QA)
    interviewer, official = doc.speakers
    assert (interviewer.label, interviewer.role) == ("Phóng viên", Role.INTERVIEWER)
    assert (official.label, official.role) == ("Đồng chí Lò Văn Hải", Role.INTERVIEWEE)
    assert doc.lead == (
        "Năm nay huyện Mường Khoa hoàn thành mười bốn công trình cấp nước tập trung "
        "cho gần ba nghìn hộ dân."
    )
    assert [(b.speaker_key, b.text[:20]) for b in doc.blocks if isinstance(b, TurnBlock)] == [
        (interviewer.key, "Thưa đồng chí, những"),
        (official.key, "Chúng tôi chọn những"),
        (interviewer.key, "Việc quản lý các côn"),
        (official.key, "Mỗi bản có một tổ tự"),
    ]
    last_answer = doc.blocks[-2]
    assert isinstance(last_answer, TurnBlock)
    assert last_answer.text.endswith("vệ sinh bể định kỳ theo quy định.")
    assert doc.blocks[-1] == PhotoBlock(
        "Tổ tự quản bản Co Líu kiểm tra bể chứa nước ở đầu bản sau trận mưa lớn đầu mùa, "
        "khi nhiều đoạn ống dẫn nước từ khe núi bị đất đá vùi lấp.",
        None,
    )
    assert doc.byline == "Quàng Văn Tuấn"


@pytest.mark.parametrize("width", [60, 72, 80])
def test_wrapped_text_without_blank_lines_keeps_its_turns_and_never_merges(width: int) -> None:
    result = parse_interview(_wrap(_web_copy(), width, blank_lines=False))
    web_paragraphs = _web_copy().splitlines()
    for detection in result.detections:
        # where a full line ends a sentence the paragraph may be split, never merged
        assert any(detection.text in paragraph for paragraph in web_paragraphs), detection.text
    doc = result.document
    turns = [b for b in doc.blocks if isinstance(b, TurnBlock)]
    assert [doc.speaker(t.speaker_key).label for t in turns] == [
        "Phóng viên",
        "Ông Mùa A Sử",
        "Phóng viên",
        "Ông Mùa A Sử",
        "Phóng viên",
    ]
    assert doc.byline == "Giàng Thị Mai"


def test_wrapped_label_line_is_one_paragraph_with_its_label() -> None:
    result = parse_interview(fixture_text(WRAPPED))
    turn = next(d for d in result.detections if d.label == "Ông Sử")
    assert turn.kind is DetectionKind.TURN
    assert turn.body.startswith(
        "Chúng tôi đánh số từng cây, ghi chép tuổi cây và sản lượng mỗi vụ."
    )
    assert turn.body.endswith("xây dựng từ mấy năm nay.")


def test_cli_import_json_of_a_wrapped_file() -> None:
    result = run_main("import", str(FIXTURES / f"{WRAPPED}.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {key: expected(WRAPPED)[key] for key in ("title", "lead", "byline", "blocks")}
