"""Importing plain-text interviews: fixtures in several newspaper conventions, rules, files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.document import InterviewDocument, PhotoBlock, Role, TurnBlock
from editor.plaintext_import import (
    MAX_FILE_BYTES,
    DetectionKind,
    ImportFileError,
    ImportFileProblem,
    parse_interview,
    read_interview_file,
)
from storage.textfold import nfc
from tests.editor.helpers import (
    FIXTURE_NAMES,
    FIXTURES,
    all_strings,
    expected,
    fixture_text,
    speaker_labels,
    structure,
)

NFC_FIXTURES = [n for n in FIXTURE_NAMES if n != "05-nfd-crlf"]


def test_there_are_enough_fixtures_each_with_an_expectation() -> None:
    assert len(FIXTURE_NAMES) >= 6
    for name in FIXTURE_NAMES:
        assert (FIXTURES / f"{name}.expected.json").is_file()


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_imports_to_the_expected_structure(name: str) -> None:
    assert structure(parse_interview(fixture_text(name)).document) == expected(name)


@pytest.mark.parametrize("name", NFC_FIXTURES)
@pytest.mark.parametrize(
    "damage",
    [
        lambda t: unicodedata.normalize("NFD", t).replace("\n", "\r\n"),
        lambda t: t.replace("\n", "\r"),
        lambda t: "\ufeff" + t.replace(" ", "\u00a0", 3).replace("\n", "  \t\n"),
        lambda t: t.replace("\n", "\u2028").replace(" ", "\u200b ", 5),
    ],
    ids=["nfd-crlf", "cr", "bom-nbsp-trailing", "line-separator-zero-width"],
)
def test_encoding_accidents_do_not_change_the_result(name: str, damage: object) -> None:
    assert callable(damage)
    damaged = parse_interview(damage(fixture_text(name))).document
    assert structure(damaged) == expected(name)


def test_nfd_crlf_fixture_is_really_nfd_crlf_on_disk() -> None:
    raw = (FIXTURES / "05-nfd-crlf.txt").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n\n" not in raw
    text = raw.decode("utf-8-sig")
    assert nfc(text) != text  # decomposed letters: git must not have normalised the file


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_imported_string_is_nfc_without_control_characters(name: str) -> None:
    result = parse_interview(fixture_text(name))
    strings = all_strings(result.document.to_dict()) + [d.text for d in result.detections]
    for text in strings:
        assert nfc(text) == text
        assert "\r" not in text and "\ufeff" not in text and "\u00a0" not in text
        assert text == text.strip()


def test_answer_over_several_paragraphs_stays_one_turn() -> None:
    doc = parse_interview(fixture_text("01-dongchi-captions-comments")).document
    first_answer = doc.blocks[2]
    assert isinstance(first_answer, TurnBlock)
    assert len(first_answer.paragraphs()) == 3
    turns = [b for b in doc.blocks if isinstance(b, TurnBlock)]
    assert len(turns) == 6  # 3 questions, 2 answers, 1 answer resumed after a photo


def test_caption_credit_is_split_off() -> None:
    doc = parse_interview(fixture_text("01-dongchi-captions-comments")).document
    photos = [b for b in doc.blocks if isinstance(b, PhotoBlock)]
    credited = [p for p in photos if p.credit]
    assert [(p.caption, p.credit) for p in credited] == [
        (
            "Khu sơ chế cà phê của hợp tác xã Nà Lốc được đầu tư hệ thống xử lý nước thải.",
            "Quàng Thu",
        ),
    ]
    assert all("Ảnh" not in p.caption for p in photos)


def test_page_furniture_and_everything_after_the_comment_box_is_dropped() -> None:
    for name in ("01-dongchi-captions-comments", "02-pv-ong-thuchien", "07-panel-position-names"):
        result = parse_interview(fixture_text(name))
        kept = " ".join(all_strings(result.document.to_dict()))
        for furniture in (
            "BÌNH LUẬN",
            "ký tự",
            "Tin mới",
            "Gửi bình luận",
            "Chia sẻ",
            "In bài viết",
            "Tin liên quan",
            "Lên đầu trang",
            "Xem thêm",
            "Khai mạc hội chợ",
            "Người giữ lửa",
        ):
            assert furniture not in kept, (name, furniture)
        ignored = [d for d in result.detections if d.kind is DetectionKind.IGNORED]
        assert ignored, name


def test_closing_thanks_is_a_normal_interviewer_turn() -> None:
    doc = parse_interview(fixture_text("01-dongchi-captions-comments")).document
    last = doc.blocks[-1]
    assert isinstance(last, TurnBlock)
    assert last.text == "Trân trọng cảm ơn đồng chí!"
    assert doc.speaker(last.speaker_key).role is Role.INTERVIEWER


def test_speaker_labels_merge_across_aliases_and_tone_marks() -> None:
    cases = {
        # "PV", "PHÓNG VIÊN"; "Bà Hằng", "TS Hằng"
        "04-pv-abbrev-alias": ["Phóng viên (PV)", "PGS.TS Đặng Thu Hằng"],
        "06-tone-mixed": ["Phóng viên Báo Vùng Cao", "Ông Lê Văn Hoà", "Chị Nguyễn Thị Thuý"],
        "01-dongchi-captions-comments": ["Phóng viên", "Đồng chí Lường Văn Thắng"],
    }
    for name, labels in cases.items():
        assert speaker_labels(parse_interview(fixture_text(name)).document) == labels


def test_tone_mark_style_of_the_text_is_kept_as_written() -> None:
    doc = parse_interview(fixture_text("06-tone-mixed")).document
    assert "Hoà Bình" in doc.title and "Hòa Lạc" in doc.lead


def _doc(text: str) -> InterviewDocument:
    return parse_interview(text).document


def test_title_and_lead_are_the_first_two_paragraphs() -> None:
    doc = _doc("Tít bài\n\nSapo của bài.\n\nPV: Hỏi gì?\n\nÔng An: Trả lời.")
    assert (doc.title, doc.lead) == ("Tít bài", "Sapo của bài.")


def test_second_paragraph_that_is_a_turn_is_not_the_lead() -> None:
    doc = _doc("Tít bài\nPV: Hỏi gì?\nÔng An: Trả lời.")
    assert doc.lead == ""
    assert [b.text for b in doc.blocks if isinstance(b, TurnBlock)] == ["Hỏi gì?", "Trả lời."]


def test_headline_with_a_quoted_speaker_stays_the_headline() -> None:
    doc = _doc("Giám đốc Sở Y tế: Không để thiếu thuốc\n\nSapo.\n\nPV: Hỏi?\n\nÔng Lò Văn An: Đáp.")
    assert doc.title == "Giám đốc Sở Y tế: Không để thiếu thuốc"
    assert speaker_labels(doc) == ["PV", "Ông Lò Văn An"]


@pytest.mark.parametrize(
    ("later", "same"),
    [
        ("Đồng chí An", True),
        ("Ông An", True),
        ("Ông Hoàng", True),
        ("Ông Văn An", True),
        ("Ông Bình", False),
        ("Bà Lò Thị An", False),
        ("ĐỒNG CHÍ HOÀNG VĂN AN", True),
    ],
)
def test_person_is_matched_by_full_name_given_name_or_surname(later: str, same: bool) -> None:
    doc = _doc(
        f"Tít\n\nSapo.\n\nPV: Một?\n\nĐồng chí Hoàng Văn An: Một.\n\nPV: Hai?\n\n{later}: Hai."
    )
    labels = speaker_labels(doc)
    assert labels[:2] == ["PV", "Đồng chí Hoàng Văn An"]
    assert len(labels) == (2 if same else 3)


def test_interviewer_label_variants_are_one_speaker() -> None:
    text = "Tít\n\nSapo.\n\n" + "\n\n".join(
        f"{label}: Câu hỏi {i}?\n\nBà Hoa: Trả lời {i}."
        for i, label in enumerate(["Phóng viên (PV)", "PV", "P.V", "PHÓNG VIÊN", "Phóng viên"])
    )
    doc = _doc(text)
    assert speaker_labels(doc) == ["Phóng viên (PV)", "Bà Hoa"]
    assert doc.speakers[0].role is Role.INTERVIEWER


def test_label_alone_on_its_line_takes_the_next_paragraph() -> None:
    doc = parse_interview(fixture_text("03-hoi-dap-barename")).document
    first = doc.blocks[0]
    assert isinstance(first, TurnBlock)
    assert first.text == "Điều gì khiến chị quyết định về một xã biên giới xa xôi như vậy?"


def test_sentences_that_only_look_like_labels_stay_text() -> None:
    doc = _doc(
        "Tít\n\nSapo.\n\nÔng Lò Văn An cho biết: mọi việc đã xong.\n\n"
        "Lúc 8:30 sáng nay, trời mưa.\n\nTheo ông: cần làm ngay.\n\nPV: Hỏi?\n\nÔng An: Đáp."
    )
    assert [b["type"] for b in doc.to_import_json()["blocks"]] == [
        "paragraph",
        "paragraph",
        "paragraph",
        "turn",
        "turn",
    ]


def test_untitled_name_label_needs_to_recur_or_answer_a_question() -> None:
    once_in_intro = _doc("Tít\n\nSapo.\n\nHà Nội: phố đông.\n\nPV: Hỏi?\n\nÔng An: Đáp.")
    assert speaker_labels(once_in_intro) == ["PV", "Ông An"]
    answering = _doc("Tít\n\nSapo.\n\nPV: Hỏi?\n\nLò Thị Nhung: Đáp.")
    assert speaker_labels(answering) == ["PV", "Lò Thị Nhung"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Thực hiện: Minh Hà - Lò Văn Tâm", "Minh Hà - Lò Văn Tâm"),
        ("Thực hiện : Minh Hà.", "Minh Hà"),
        ("Minh Hà (thực hiện)", "Minh Hà"),
        ("Nhóm PV thực hiện", "Nhóm PV"),
        ("Nhóm phóng viên Ban Thời sự thực hiện", "Nhóm phóng viên Ban Thời sự"),
        ("Bài, ảnh: Quàng Thu", "Quàng Thu"),
        ("Bài và ảnh: Quàng Thu", "Quàng Thu"),
        ("Quàng Thu", "Quàng Thu"),
        ("MINH HÀ", "MINH HÀ"),
    ],
)
def test_byline_forms(line: str, byline: str) -> None:
    doc = _doc(f"Tít\n\nSapo.\n\nPV: Hỏi?\n\nÔng An: Đáp một câu.\n\n{line}\nBình luận (0)")
    assert doc.byline == byline
    assert doc.blocks[-1] == TurnBlock(doc.speakers[1].key, "Đáp một câu.")


def test_short_last_sentence_of_an_answer_is_not_a_byline() -> None:
    doc = _doc("Tít\n\nSapo.\n\nPV: Hỏi?\n\nÔng An: Đáp.\n\nXin cảm ơn!")
    assert doc.byline == ""
    assert doc.blocks[-1] == TurnBlock(doc.speakers[1].key, "Đáp.\n\nXin cảm ơn!")


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Toàn cảnh buổi làm việc (Ảnh: Minh Hà)", "Toàn cảnh buổi làm việc", "Minh Hà"),
        ("Toàn cảnh buổi làm việc. (Ảnh: Minh Hà).", "Toàn cảnh buổi làm việc.", "Minh Hà"),
        ("Toàn cảnh buổi làm việc - Ảnh: Minh Hà", "Toàn cảnh buổi làm việc", "Minh Hà"),
        ("Toàn cảnh buổi làm việc. Ảnh: Minh Hà.", "Toàn cảnh buổi làm việc.", "Minh Hà"),
        ("Toàn cảnh buổi làm việc Ảnh: TTXVN", "Toàn cảnh buổi làm việc", "TTXVN"),
        (
            "Ông An (giữa) tại lễ ra mắt (ẢNH: Báo Vùng Cao)",
            "Ông An (giữa) tại lễ ra mắt",
            "Báo Vùng Cao",
        ),
        ("Ảnh: Toàn cảnh buổi làm việc", "Toàn cảnh buổi làm việc", None),
        ("Ảnh: Minh Hà", "", "Minh Hà"),
        ("Bản Nà Lốc mùa lúa chín (Ảnh minh họa)", "Bản Nà Lốc mùa lúa chín (Ảnh minh họa)", None),
    ],
)
def test_caption_forms_inside_an_answer(line: str, caption: str, credit: str | None) -> None:
    doc = _doc(f"Tít\n\nSapo.\n\nPV: Hỏi?\n\nÔng An: Đáp một.\n\n{line}\n\nĐáp hai.")
    assert [b["type"] for b in doc.to_import_json()["blocks"]] == ["turn", "turn", "photo", "turn"]
    assert doc.blocks[2] == PhotoBlock(caption, credit)
    assert doc.blocks[3] == TurnBlock(doc.speakers[1].key, "Đáp hai.")  # the answer resumes


def test_short_closing_sentence_inside_an_answer_is_not_a_caption() -> None:
    doc = parse_interview(fixture_text("03-hoi-dap-barename")).document
    assert not any(isinstance(b, PhotoBlock) for b in doc.blocks)
    answer = doc.blocks[3]
    assert isinstance(answer, TurnBlock)
    last = "Mùa mưa đường trơn, có hôm phải đi bộ hơn ba tiếng mới tới nơi."
    assert answer.paragraphs()[-1] == last


@pytest.mark.parametrize(
    ("line", "is_caption"),
    [
        ("Các đại biểu tham quan khu trưng bày sản phẩm.", True),
        ("Ông An (bên phải) kiểm tra vườn chè", True),
        ("Chúng tôi sẽ tiếp tục cố gắng.", False),
        ("Đó là điều tôi mong muốn nhất.", False),
        ("Bên cạnh đó, người dân tham quan mô hình mới.", False),
        ("Lãnh đạo tỉnh thăm trường. Học sinh rất vui.", False),
        ("Người dân có phải đi xa để khám bệnh không?", False),
        ("Năm nay mưa nhiều hơn mọi năm.", False),  # no picture cue
    ],
)
def test_unmarked_caption_between_answer_and_question(line: str, is_caption: bool) -> None:
    doc = _doc(f"Tít\n\nSapo.\n\nPV: Hỏi?\n\nÔng An: Đáp một.\n\n{line}\n\nPV: Hỏi tiếp?")
    photos = [b for b in doc.blocks if isinstance(b, PhotoBlock)]
    assert photos == ([PhotoBlock(line, None)] if is_caption else [])


def test_unmarked_caption_never_eats_the_whole_answer() -> None:
    doc = _doc("Tít\n\nSapo.\n\nPV: Hỏi?\n\nÔng An:\nCán bộ xã tham quan mô hình.\n\nPV: Tiếp?")
    assert doc.blocks[1] == TurnBlock(doc.speakers[1].key, "Cán bộ xã tham quan mô hình.")


def test_intro_paragraphs_come_before_the_first_turn() -> None:
    doc = parse_interview(fixture_text("02-pv-ong-thuchien")).document
    assert [b["type"] for b in doc.to_import_json()["blocks"][:3]] == [
        "paragraph",
        "paragraph",
        "turn",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\r\n\ufeff", "BÌNH LUẬN\nTin mới\nChia sẻ"])
def test_empty_input_gives_an_empty_document(text: str) -> None:
    doc = _doc(text)
    assert doc.to_import_json() == {"title": "", "lead": "", "byline": "", "blocks": []}
    assert doc.speakers == [] and doc.tags == []


interviewish = st.lists(
    st.sampled_from(
        [
            "PV:",
            "Phóng viên (PV):",
            "Ông Lò Văn An:",
            "Ông An:",
            "Hỏi:",
            "Đáp:",
            "Ảnh:",
            "(Ảnh: Minh Hà)",
            "Thực hiện:",
            "(thực hiện)",
            "BÌNH LUẬN",
            "Tin mới",
            "Minh Hà",
            "Các đồng chí tham quan.",
            "Xin cảm ơn!",
            "?",
            ":",
            "(",
            ")",
            "\n",
            "\n\n",
            "\r",
            " ",
            "\u00a0",
            "\ufeff",
            "a\u0300",
            "**",
            "Giám đốc Sở:",
            "Bà:",
            "Ông ông:",
            "...",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), interviewish))
def test_parse_never_raises_and_accounts_for_every_paragraph(text: str) -> None:
    result = parse_interview(text)
    assert [d.index for d in result.detections] == list(range(len(result.detections)))
    keys = {s.key for s in result.document.speakers}
    assert all(b.speaker_key in keys for b in result.document.blocks if isinstance(b, TurnBlock))
    for text_value in all_strings(result.document.to_dict()):
        assert nfc(text_value) == text_value


def test_reclassify_a_caption_back_into_the_answer_and_again() -> None:
    result = parse_interview(fixture_text("01-dongchi-captions-comments"))
    caption = next(d for d in result.detections if d.text.startswith("Bà con bản Nà Lốc"))
    assert caption.kind is DetectionKind.CAPTION
    joined = result.reclassify(caption.index, DetectionKind.CONTINUATION)
    answer = joined.document.blocks[2]
    assert isinstance(answer, TurnBlock)
    assert answer.paragraphs()[-1] == caption.text
    assert len([b for b in joined.document.blocks if isinstance(b, PhotoBlock)]) == 2
    again = joined.reclassify(caption.index, DetectionKind.CAPTION)
    assert structure(again.document) == structure(result.document)


def test_reclassify_a_paragraph_of_an_answer_as_caption_splits_the_answer() -> None:
    result = parse_interview(fixture_text("03-hoi-dap-barename"))
    index = next(d.index for d in result.detections if d.text.startswith("Mùa mưa"))
    blocks = result.reclassify(index, DetectionKind.CAPTION).document.blocks
    assert blocks[4] == PhotoBlock(
        "Mùa mưa đường trơn, có hôm phải đi bộ hơn ba tiếng mới tới nơi.", None
    )
    assert isinstance(blocks[5], TurnBlock) and blocks[5].text.startswith("Chị có dự định")


def test_reclassify_a_missed_label_creates_the_speaker() -> None:
    result = parse_interview("Tít\n\nSapo.\n\nHà Nội: phố đông.\n\nPV: Hỏi?\n\nÔng An: Đáp.")
    index = next(d.index for d in result.detections if d.text.startswith("Hà Nội"))
    fixed = result.reclassify(index, DetectionKind.TURN)
    assert speaker_labels(fixed.document) == ["Hà Nội", "PV", "Ông An"]
    assert fixed.document.blocks[0] == TurnBlock(fixed.document.speakers[0].key, "phố đông.")
    assert fixed.detections[index].kind is DetectionKind.TURN


def test_reclassify_to_another_speaker_ignored_and_errors() -> None:
    result = parse_interview("Tít\n\nSapo.\n\nPV: Hỏi?\n\nÔng An: Đáp.\n\nđoạn cuối")
    pv = result.document.speakers[0].key
    moved = result.reclassify(3, DetectionKind.TURN, speaker_key=pv)
    assert moved.document.blocks[-1] == TurnBlock(pv, "Đáp.\n\nđoạn cuối")
    assert speaker_labels(moved.document) == ["PV"]
    assert {s.label for s in moved.speakers} == {"PV", "Ông An"}  # still offered for undoing
    dropped = result.reclassify(4, DetectionKind.IGNORED)
    assert dropped.document.blocks[-1] == TurnBlock(result.document.speakers[1].key, "Đáp.")
    with pytest.raises(ValueError):
        result.reclassify(4, DetectionKind.TURN)
    with pytest.raises(KeyError):
        result.reclassify(4, DetectionKind.TURN, speaker_key="ghost")
    for bad in (99, -1):
        with pytest.raises(IndexError):
            result.reclassify(bad, DetectionKind.PARAGRAPH)


def test_reclassify_title_and_lead() -> None:
    result = parse_interview("Chuyên mục\n\nTít thật\n\nSapo thật.\n\nPV: Hỏi?\n\nÔng An: Đáp.")
    fixed = result.reclassify(0, DetectionKind.IGNORED).reclassify(1, DetectionKind.TITLE)
    fixed = fixed.reclassify(2, DetectionKind.LEAD)
    assert (fixed.document.title, fixed.document.lead) == ("Tít thật", "Sapo thật.")
    assert fixed.document.blocks[0] == TurnBlock(fixed.document.speakers[0].key, "Hỏi?")


# ----------------------------------------------------------------------------- files
def test_read_file_accepts_utf8_utf8_bom_and_utf16(tmp_path: Path) -> None:
    text = "Tít bài\nPV: Ông khỏe không?\n"
    for encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        data = text.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        path.write_bytes(data)
        assert read_interview_file(path).lstrip("\ufeff") == text


def _problem(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as info:
        read_interview_file(path)
    error = info.value
    assert "\n" not in error.message and path.name in error.message
    return error


def test_read_file_refuses_missing_folders_big_binary_and_foreign_files(tmp_path: Path) -> None:
    assert _problem(tmp_path / "none.txt").problem is ImportFileProblem.NOT_FOUND
    (tmp_path / "folder").mkdir()
    assert _problem(tmp_path / "folder").problem is ImportFileProblem.NOT_A_FILE
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    assert _problem(big).problem is ImportFileProblem.TOO_LARGE
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert _problem(image).problem is ImportFileProblem.BINARY
    controls = tmp_path / "controls.txt"
    controls.write_bytes(bytes(range(1, 9)) * 20)
    assert _problem(controls).problem is ImportFileProblem.BINARY
    legacy = tmp_path / "tcvn.txt"
    legacy.write_bytes("Cà phê Nà Lò".encode("cp1252"))
    assert _problem(legacy).problem is ImportFileProblem.NOT_TEXT


def test_read_file_reports_an_unreadable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Tít", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    error = _problem(path)
    assert error.problem is ImportFileProblem.UNREADABLE
    assert "Permission denied" in error.message


def test_read_file_accepts_exactly_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "limit.txt"
    path.write_bytes(b"a" * MAX_FILE_BYTES)
    assert len(read_interview_file(path)) == MAX_FILE_BYTES
