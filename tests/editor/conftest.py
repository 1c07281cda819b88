"""Fixtures for the editor: a real SQLite store in a temporary folder."""

from __future__ import annotations

import pytest

from editor.document import InterviewDocument, ParagraphBlock, PhotoBlock, Role, TurnBlock
from editor.repository import InterviewRepository
from storage.database import Store


@pytest.fixture
def repository(store: Store) -> InterviewRepository:
    """Interviews stored in the test database."""
    return InterviewRepository(store)


def sample_document(title: str = "Nông thôn mới ở vùng cao") -> InterviewDocument:
    """A small interview in the newspaper's shape (invented content)."""
    document = InterviewDocument(
        title=title,
        lead="Phóng viên trò chuyện với ông Lò Văn Minh về con đường mới.",
        byline="Thu Hà",
        tags=["nông thôn", "giao thông"],
    )
    reporter = document.add_speaker("Phóng viên", Role.INTERVIEWER)
    guest = document.add_speaker("Ông Lò Văn Minh", Role.INTERVIEWEE)
    document.blocks = [
        ParagraphBlock("Con đường bê tông dài 12 km đã về tới bản."),
        PhotoBlock("Con đường mới dẫn vào bản Hua Păng.", credit="Quang Huy"),
        TurnBlock(reporter.key, "Thưa ông, con đường thay đổi điều gì?"),
        TurnBlock(guest.key, "Bà con đi chợ nhanh hơn.\n\nHàng nông sản bán được giá hơn."),
        TurnBlock(reporter.key, "Xin cảm ơn ông!"),
    ]
    return document
