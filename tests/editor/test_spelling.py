"""Spell checking real Vietnamese text in both tone-mark styles (no window)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.newsroom_words import (
    NewsroomDictionary,
    WordListError,
    format_word_list,
    parse_word_list,
)
from editor.spelling import Lexicon, SpellChecker, find_dictionary, interview_words
from editor.tone_style import count_styles, in_style, style_problems
from storage.database import Store
from storage.tones import ToneStyle, to_style

# Our own sentences, written in the old style; the tests also use them in the new one.
WELL_FORMED = [
    "Chị Thủy cho biết sức khỏe của bà con trong xóm đã khá hơn sau đợt khám bệnh miễn phí.",
    "Hòa giải ở cơ sở giúp giữ hòa khí giữa các hộ, nên năm qua không có vụ kiện nào kéo dài.",
    "Ủy ban nhân dân xã đã họp bàn về việc nạo vét kênh thủy lợi trước mùa mưa bão.",
    "Theo anh, đường về bản giờ đã được trải nhựa, xe tải chở hàng vào tận nơi lúc 9h30 sáng.",
    "Mọi ý kiến xin gửi về hộp thư toasoan@baotinh.vn hoặc xem tại https://baotinh.vn/phong-su.",
    "Năm ngoái, HTX thu về hơn 2 tỷ đồng từ cây quế và cây hồi; người trồng ai cũng phấn khởi.",
    "Chúng tôi mong thế hệ trẻ giữ gìn nghề dệt thổ cẩm truyền thống của dân tộc mình.",
    "Khuya rồi mà thuyền vẫn chưa về, cả nhà ngồi chờ bên bếp lửa, lòng ai cũng lo.",
    "Quả thật, già làng Hà Văn Quý là người hoàn toàn tin vào cách làm mới.",
]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """The Vietnamese Hunspell dictionary installed on this machine (hunspell-vi)."""
    path = find_dictionary()
    if path is None:
        pytest.skip(
            "the Debian package hunspell-vi is not installed (scripts/install-system-deps.sh)"
        )
    return Lexicon.load(path)


@pytest.fixture
def checker(lexicon: Lexicon) -> SpellChecker:
    """A checker with an empty newsroom dictionary."""
    return SpellChecker(lexicon)


@pytest.mark.parametrize("style", list(ToneStyle))
@pytest.mark.parametrize("sentence", WELL_FORMED)
def test_well_formed_text_is_not_flagged_in_either_style(
    checker: SpellChecker, sentence: str, style: ToneStyle
) -> None:
    text = to_style(sentence, style)
    assert checker.check(text) == []


def test_the_dictionary_writes_the_new_style_only(lexicon: Lexicon) -> None:
    # Why the mapping is needed at all: a plain lookup would flag the old style.
    assert "hoà" in lexicon.words and "hòa" not in lexicon.words


@pytest.mark.parametrize(
    ("text", "typo", "right"),
    [
        ("Nhiều nguời dân đã về dự họp.", "nguời", "người"),
        ("Con đuờng mới dài hai cây số.", "đuờng", "đường"),
        ("Bà con rất phấn khởii vì được mùa.", "khởii", "khởi"),
        ("Các em học sinh đến truờng đúng giờ.", "truờng", "trường"),
        ("Sức khỏee của ông đã tốt hơn.", "khỏee", "khỏe"),
        ("Xã đã chiển khai nhiều mô hình.", "chiển", "triển"),
    ],
)
def test_typos_are_found_and_the_right_word_is_suggested(
    checker: SpellChecker, text: str, typo: str, right: str
) -> None:
    found = checker.check(text)
    assert [text[m.start : m.end] for m in found] == [typo]
    assert right in checker.suggest(typo, ToneStyle.OLD)[:5]


def test_suggestions_follow_the_house_style_and_the_case(checker: SpellChecker) -> None:
    assert "Khỏe" in checker.suggest("Khỏee", ToneStyle.OLD)
    assert "Khoẻ" in checker.suggest("Khỏee", ToneStyle.NEW)
    assert "Khỏe" not in checker.suggest("Khỏee", ToneStyle.NEW)


def test_a_sentence_start_is_checked_but_a_name_inside_a_sentence_is_not(
    checker: SpellChecker,
) -> None:
    assert checker.check("Chúng tôi gặp anh Pờ Sủng ở chợ.") == []
    assert [m.word for m in checker.check("Nguời dân. Xlin chào.")] == ["Nguời", "Xlin"]
    assert [m.word for m in checker.check("Anh nói: Xlin chào.")] == ["Xlin"]


def test_numbers_addresses_and_abbreviations_are_skipped(checker: SpellChecker) -> None:
    text = "Gọi 0912abc, xem www.vidu.vn/tin-moi hoặc viết cho ban.bientap@vidu.vn; UBND, COVID-19."
    assert checker.check(text) == []


def test_newsroom_and_interview_words_are_known(checker: SpellChecker) -> None:
    assert [m.word for m in checker.check("ở xã Mường Khương có homestay")] == ["homestay"]
    checker.add_newsroom_words(["Homestay"])
    assert checker.check("có homestay") == []
    known = interview_words(["Blíu"])
    assert [m.word for m in checker.check("blíu nói")] == ["blíu"]
    assert checker.check("blíu nói", known) == []


def test_hostile_input_is_checked_quickly_and_without_error(checker: SpellChecker) -> None:
    # Long runs without spaces or with an address sign take linear time, not quadratic.
    assert len(checker.check("x" * 200_000)) == 1
    assert checker.check("@" + "a" * 200_000) == []
    assert checker.check("") == []
    assert [m.word for m in checker.check("\u0301\u0301 a\u0000b")] == ["b"]


# --- the newsroom dictionary -------------------------------------------------------------


def test_newsroom_dictionary_round_trips_through_a_word_list(store: Store, tmp_path: Path) -> None:
    words = NewsroomDictionary(store)
    assert words.add(["Mường Khương", "homestay", "  Sở   Y tế ", "homestay"]) == [
        "Mường Khương",
        "homestay",
        "Sở Y tế",
    ]
    assert words.add(["homestay"]) == []
    target = tmp_path / "tu-dien.txt"
    assert words.export_to(target) == 3
    assert target.read_bytes().decode("utf-8").splitlines() == [
        "homestay",
        "Mường Khương",
        "Sở Y tế",
    ]
    other = NewsroomDictionary(store)
    assert other.words() == ["homestay", "Mường Khương", "Sở Y tế"]


def test_a_word_list_is_read_as_nfc_and_bad_files_are_refused() -> None:
    decomposed = "Hoa\u0300 Bi\u0300nh\r\n\ufeff# comment\n\nKon Tum\n"
    assert parse_word_list(("\ufeff" + decomposed).encode("utf-8")) == ["Hoà Bình", "Kon Tum"]
    for data, reason in [
        ("Hòa".encode("utf-16"), "binary"),
        (b"H\xf2a B\xecnh\n", "not-utf8"),  # Latin-1
        (b"\n\n# nothing\n", "empty"),
        (("x" * 200 + "\n").encode(), "too-long"),
    ]:
        with pytest.raises(WordListError) as raised:
            parse_word_list(data)
        assert raised.value.reason == reason
        assert raised.value.user_message
    assert format_word_list(["Đà Lạt", "An Giang"]) == "An Giang\nĐà Lạt\n".encode()


# --- the house style in an interview -------------------------------------------------------


def _mixed_document() -> InterviewDocument:
    document = InterviewDocument(title="Sức khỏe bà con vùng lũ", lead="Xã hoà giải xong.")
    guest = document.add_speaker("Bà Thủy", Role.INTERVIEWEE)
    document.blocks = [
        ParagraphBlock("Nước rút, bà con về nhà."),
        TurnBlock(guest.key, "Uỷ ban đã đến thăm, ai cũng khoẻ."),
    ]
    return document


def test_mixed_styles_are_counted_and_reported() -> None:
    document = _mixed_document()
    counted = count_styles(document)
    assert (counted.old, counted.new) == (2, 3)
    assert counted.mixed
    problems = style_problems(document, ToneStyle.OLD)
    assert len(problems) == 1 and problems[0].place.value == "lead"
    normalised = in_style(document, ToneStyle.OLD)
    assert style_problems(normalised, ToneStyle.OLD) == []
    assert normalised.lead == "Xã hòa giải xong."
    assert style_problems(normalised, ToneStyle.NEW)  # the other house would want it changed


def test_decomposed_text_is_checked_as_its_composed_form(checker: SpellChecker) -> None:
    composed = "Người dân trong xã đã trồng thêm nhiều cây chè mớj trên đồi."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed

    found = checker.check(decomposed)

    assert [m.word for m in found] == ["mớj"]
    flagged = decomposed[found[0].start : found[0].end]
    assert unicodedata.normalize("NFC", flagged) == "mớj"  # the span is the typo's own place
