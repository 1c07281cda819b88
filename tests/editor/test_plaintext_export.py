"""Plain-text export in the newspaper's layout, and the import/export round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from editor.document import InterviewDocument, PhotoBlock
from editor.plaintext_export import export_plain_text, photo_line
from editor.plaintext_import import parse_interview
from tests.editor.helpers import FIXTURE_NAMES, fixture_text, make_doc, structure
from tests.editor.strategies import interview_documents


def test_export_writes_the_newspaper_layout() -> None:
    doc = make_doc(
        [
            ("p", "Đoạn mở đầu."),
            ("f", "Toàn cảnh buổi làm việc", "Minh Hà"),
            ("t", "Phóng viên", "Câu hỏi?"),
            ("t", "Ông Lò Văn An", "Đoạn một.\n\nĐoạn hai."),
            ("f", "Ông An (bên phải) tại vườn chè.", ""),
            ("t", "Ông Lò Văn An", "Đoạn ba."),
            ("t", "Phóng viên", "Xin cảm ơn ông!"),
        ],
        title="Tít bài",
        lead="Sapo bài.",
        byline="Quàng Thu - Lò Minh",
    )
    doc.tags = ["chè", "vùng cao"]
    assert export_plain_text(doc) == (
        "Tít bài\n\nSapo bài.\n\nĐoạn mở đầu.\n\nToàn cảnh buổi làm việc (Ảnh: Minh Hà)\n\n"
        "Phóng viên: Câu hỏi?\n\nÔng Lò Văn An: Đoạn một.\n\nĐoạn hai.\n\n"
        "Ảnh: Ông An (bên phải) tại vườn chè.\n\nĐoạn ba.\n\n"
        "Phóng viên: Xin cảm ơn ông!\n\nThực hiện: Quàng Thu - Lò Minh\n\n"
        "Từ khóa: chè, vùng cao\n"
    )


@pytest.mark.parametrize(
    ("photo", "line"),
    [
        (PhotoBlock("Chợ phiên", "Minh Hà"), "Chợ phiên (Ảnh: Minh Hà)"),
        (PhotoBlock("Chợ phiên", None), "Ảnh: Chợ phiên"),
        (PhotoBlock("", "Minh Hà"), "Ảnh: Minh Hà"),
        (PhotoBlock("Chợ\nphiên ", " "), "Ảnh: Chợ phiên"),
    ],
)
def test_photo_lines(photo: PhotoBlock, line: str) -> None:
    assert photo_line(photo) == line


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_survives_export_and_import(name: str) -> None:
    imported = parse_interview(fixture_text(name)).document
    exported = export_plain_text(imported)
    again = parse_interview(exported).document
    assert structure(again) == structure(imported)
    assert export_plain_text(again) == exported


@settings(max_examples=200, deadline=None)
@given(interview_documents())
def test_generated_documents_survive_export_and_import(doc: InterviewDocument) -> None:
    back = parse_interview(export_plain_text(doc)).document
    assert back.to_import_json() == doc.to_import_json()
    assert [(s.label, s.role) for s in back.speakers] == [(s.label, s.role) for s in doc.speakers]
