"""Interviews kept in SQLite: saving, listing, sorting, searching like a Vietnamese reader."""

from __future__ import annotations

import unicodedata

import pytest

from editor.document import InterviewDocument, ParagraphBlock
from editor.repository import (
    InterviewNotFound,
    InterviewRepository,
    InterviewStatus,
    SortColumn,
    folded_search_body,
    fts_query,
    search_body,
)
from storage.search_query import with_phrase_breaks
from storage.textfold import fold
from tests.editor.conftest import sample_document


def test_a_saved_interview_reopens_exactly(repository: InterviewRepository) -> None:
    created = repository.create(sample_document())
    loaded = repository.get(created.id)
    assert loaded.document == sample_document()
    assert loaded.status is InterviewStatus.DRAFT
    assert loaded.uid == created.uid and len(loaded.uid) == 36


def test_saving_updates_list_row_and_counts(repository: InterviewRepository) -> None:
    created = repository.create(InterviewDocument(title="Bản nháp"))
    document = sample_document("Đường về bản")
    saved_at = repository.save_document(created.id, document)
    (row,) = repository.summaries()
    assert row.title == "Đường về bản"
    assert row.updated_at == saved_at
    assert row.word_count > 40


def test_text_typed_decomposed_is_stored_composed(repository: InterviewRepository) -> None:
    decomposed = unicodedata.normalize("NFD", "Thủy điện và đời sống")
    document = sample_document(decomposed)
    document.lead = unicodedata.normalize("NFD", "Người dân được hỏi ý kiến.")
    created = repository.create(document)
    (row,) = repository.summaries()
    assert row.title == "Thủy điện và đời sống"
    assert unicodedata.is_normalized("NFC", row.title)
    reopened = repository.get(created.id).document
    assert reopened.title == "Thủy điện và đời sống"
    assert reopened.lead == "Người dân được hỏi ý kiến."


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("dong chi", ["Đồng chí Bí thư nói về chuyển đổi số"]),
        ("ĐỒNG CHÍ", ["Đồng chí Bí thư nói về chuyển đổi số"]),
        ("hoa", ["Hòa bình và hoà giải", "Thuý và Thúy"]),
        ("hoà", ["Hòa bình và hoà giải", "Thuý và Thúy"]),
        ("thuy", ["Thuý và Thúy"]),
        ("bi thu", ["Đồng chí Bí thư nói về chuyển đổi số"]),
        ("chuyen", ["Đồng chí Bí thư nói về chuyển đổi số", "Thuý và Thúy"]),
        ("ban hua pang", ["Đồng chí Bí thư nói về chuyển đổi số", "Thuý và Thúy"]),
        ("khong co gi", []),
        ("!!!", []),
    ],
)
def test_search_ignores_case_diacritics_tone_placement_and_d(
    repository: InterviewRepository, query: str, expected: list[str]
) -> None:
    repository.create(sample_document("Đồng chí Bí thư nói về chuyển đổi số"))
    repository.create(InterviewDocument(title="Hòa bình và hoà giải"))
    thuy = sample_document("Thuý và Thúy")  # its photo caption mentions bản Hua Păng
    thuy.lead = "Chuyện hoa ban nở."
    repository.create(thuy)
    found = sorted(row.title for row in repository.summaries(query=query))
    assert found == sorted(expected)
    assert repository.count(query) == len(expected)


def test_empty_query_lists_everything(repository: InterviewRepository) -> None:
    for title in ("Một", "Hai", "Ba"):
        repository.create(InterviewDocument(title=title))
    assert repository.count("") == 3
    assert repository.count("   ") == 3


def test_titles_sort_in_vietnamese_order(repository: InterviewRepository) -> None:
    for title in ("Đường mới", "Dân bản", "Ăn Tết", "An cư", "Âm vang", "Bản làng"):
        repository.create(InterviewDocument(title=title))
    rows = repository.summaries(sort=SortColumn.TITLE, descending=False)
    assert [row.title for row in rows] == [
        "An cư",
        "Ăn Tết",
        "Âm vang",
        "Bản làng",
        "Dân bản",
        "Đường mới",
    ]


def test_status_sorts_in_workflow_order_and_pages(repository: InterviewRepository) -> None:
    statuses = [
        InterviewStatus.PUBLISHED,
        InterviewStatus.DRAFT,
        InterviewStatus.APPROVED,
        InterviewStatus.READY,
    ]
    for index, status in enumerate(statuses):
        repository.create(InterviewDocument(title=f"Bài {index}"), status=status)
    rows = repository.summaries(sort=SortColumn.STATUS, descending=False)
    assert [row.status for row in rows] == list(InterviewStatus)
    first_page = repository.summaries(sort=SortColumn.STATUS, descending=False, limit=2)
    second_page = repository.summaries(sort=SortColumn.STATUS, descending=False, offset=2, limit=2)
    assert [r.id for r in [*first_page, *second_page]] == [r.id for r in rows]


def test_deleted_interviews_are_gone_from_list_and_search(
    repository: InterviewRepository,
) -> None:
    kept = repository.create(sample_document("Giữ lại"))
    dropped = repository.create(sample_document("Xoá đi"))
    repository.delete([dropped.id])
    assert [row.id for row in repository.summaries(query="con duong")] == [kept.id]
    with pytest.raises(InterviewNotFound):
        repository.get(dropped.id)


def test_fts_query_escapes_what_users_type() -> None:
    assert fts_query('Đồng "chí" OR NEAR(') == '"chi" AND "dong" AND "or" AND "near"*'
    assert fts_query("  ") is None


def test_the_search_index_folds_part_by_part_as_the_whole_body_would() -> None:
    document = sample_document("Đồng chí Hoàng Văn An")
    document.tags = ["Đường", "Straße"]
    assert folded_search_body(document) == with_phrase_breaks(fold(search_body(document)))


def test_a_quoted_search_never_runs_from_one_paragraph_into_the_next(
    repository: InterviewRepository,
) -> None:
    document = InterviewDocument(title="Hội nghị tổng kết")
    document.blocks = [
        ParagraphBlock("Tỉnh đẩy mạnh chuyển đổi\n\nSố hộ nghèo giảm mạnh."),
        ParagraphBlock("Ảnh chụp trong hội trường."),
    ]
    document.lead = "Bản tin cuối năm"
    repository.create(document)

    assert repository.count('"chuyển đổi"') == 1
    assert repository.count('"giảm mạnh"') == 1
    assert repository.count('"đổi số"') == 0  # the end of a paragraph, the start of the next
    assert repository.count('"mạnh ảnh"') == 0  # one block, the next
    assert repository.count('"cuối năm tỉnh"') == 0  # the lead, the first paragraph
    assert repository.count("đổi số") == 1  # loose syllables may be anywhere
