"""Direction overrides and zero-width characters never reach a headline or a speaker label.

"\u202e" (right-to-left override) makes "Ông Minh gpj.exe" read differently from
what it is; "\u200b" splits a word invisibly. Comments lose them already; a
headline typed, imported or taken from the site and a speaker label do too.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from editor.document import InterviewDocument, Role
from editor.plaintext_import import parse_interview
from editor.repository import InterviewRepository
from editor.session import EditingSession
from editor.site_version import document_from_site
from tests.editor.conftest import sample_document

HIDDEN = "\u202eĐắk\u202c Lắk\u200b \u2066mới\u2069\ufeff\u200f"
SHOWN = "Đắk Lắk mới"


@pytest.fixture
def session(repository: InterviewRepository, qtbot: QtBot) -> EditingSession:
    stored = repository.create(sample_document())
    return EditingSession(repository, repository.get(stored.id))


def test_a_typed_headline_and_a_renamed_speaker_lose_them(session: EditingSession) -> None:
    session.set_field("title", f"Tít {HIDDEN}")
    assert session.document.title == f"Tít {SHOWN}"
    speaker = session.document.speakers[1]
    session.rename_speaker(speaker.key, f"Ông {HIDDEN}")
    assert session.document.speaker(speaker.key).label == f"Ông {SHOWN}"


def test_a_new_speaker_loses_them() -> None:
    document = InterviewDocument()
    assert document.add_speaker(f"Bà {HIDDEN}", Role.INTERVIEWEE).label == f"Bà {SHOWN}"


def test_an_imported_headline_and_speaker_lose_them() -> None:
    result = parse_interview(
        f"{HIDDEN}\n\nPV: Thưa ông, đường đã về bản chưa?\n\n"
        "Ông Lò\u200b Văn \u202eMinh\u202c: Đã về rồi.\n"
    )
    document = result.document
    assert "\u202e" not in document.title and SHOWN in document.title
    labels = [speaker.label for speaker in document.speakers]
    assert "Ông Lò Văn Minh" in labels


def test_a_headline_taken_from_the_site_loses_them() -> None:
    document = document_from_site(f"Tít {HIDDEN}", "<p>Đoạn mở đầu.</p>", local=sample_document())
    assert document.title == f"Tít {SHOWN}"
