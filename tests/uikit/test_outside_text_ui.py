"""A site error and a headline that look like markup are plain text on every page.

The site's message ``&lt;img src='file:///dev/zero'&gt;`` decodes to the text
``<img src='file:///dev/zero'>``; shown as rich text (a hovered reason on the
Publishing page) it loaded /dev/zero as an image and aborted the app.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from requests.structures import CaseInsensitiveDict

from editor.publishing import PublishMode
from portal.errors import error_from_answer, error_record
from portal.outbox import OutboxState
from shell.application import NewsdeskApplication
from tests.editor.conftest import sample_document
from tests.outside_text_checks import HOSTILE, assert_shown_as_plain_text, model_shows
from tests.shell.conftest import app_with_site
from uikit.outside_text import open_text_prompt, question, shows_as_rich_text, tooltip, warning

SITE_SAYS = "Bị chặn: &lt;img src='file:///dev/zero'&gt; <b>đậm</b>"


@pytest.fixture
def app(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> Iterator[NewsdeskApplication]:
    # An address nobody answers: the item stays as the test leaves it.
    with app_with_site(
        qapp, qtbot, data_dir, ("Báo thử", "http://127.0.0.1:9", "bientap", "Desk 1111 2222 3333")
    ) as newsdesk:
        yield newsdesk


def test_a_site_error_and_a_headline_that_look_like_markup_are_plain_text(
    app: NewsdeskApplication,
) -> None:
    interview_id = app.interviews_page.repository.create(sample_document(HOSTILE)).id
    app.publish(interview_id, PublishMode.DRAFT, None)
    (entry,) = app.outbox.entries()
    body = json.dumps({"code": "rest_invalid_param", "message": SITE_SAYS}).encode()
    error = error_from_answer(400, CaseInsensitiveDict(), body, lambda text: text)
    assert error.site_message == "Bị chặn: <img src='file:///dev/zero'> đậm"
    app.outbox.fail(entry.id, error_record(error))
    app.outbox_page.refresh()
    app.interviews_page.refresh()

    model = app.outbox_page.model
    reason = model.index(0, 4, QModelIndex()).data(Qt.ItemDataRole.ToolTipRole)
    assert app.outbox.entries()[0].state is OutboxState.FAILED
    assert "<img src='file:///dev/zero'>" in model.index(0, 4).data()
    assert "&lt;img src='file:///dev/zero'&gt;" in reason  # escaped: shown, never loaded
    assert model_shows(app.interviews_page.model, HOSTILE)
    assert assert_shown_as_plain_text(app.window) > 50


def test_a_tooltip_of_outside_text_shows_exactly_that_text() -> None:
    for text in (HOSTILE, "<b>b</b>\n  c  d", "&lt;img&gt;", "x &lt; y <i>"):
        assert shows_as_rich_text(text)  # as Qt would take it, left alone
        document = QTextDocument()
        document.setHtml(tooltip(text))
        assert document.toPlainText() == text
        assert "<img" not in document.toHtml()
    for text in ("Bình thường", "Lãi suất <5%", "a\n<b>b</b>"):  # Qt shows these plain
        assert not shows_as_rich_text(text) and tooltip(text) == text
    assert tooltip(None) == ""


def test_message_boxes_and_prompts_show_outside_text_as_plain_text(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, Qt.TextFormat]] = []

    def box_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.textFormat()))
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    warning(None, "Lỗi", HOSTILE)
    assert question(None, "Hỏi", HOSTILE) == QMessageBox.StandardButton.Yes
    typed: list[str] = []
    prompt = open_text_prompt(
        None, "Mật khẩu", f"Mật khẩu cho {HOSTILE}:", QLineEdit.EchoMode.Password, typed.append
    )
    (label,) = prompt.findChildren(QLabel)
    shown.append((label.text(), label.textFormat()))
    assert prompt.isVisible()  # opened, not run: this line runs while it is up
    prompt.setTextValue("mật khẩu")
    prompt.accept()
    assert typed == ["mật khẩu"]
    assert [text for text, _ in shown] == [HOSTILE, HOSTILE, f"Mật khẩu cho {HOSTILE}:"]
    assert {text_format for _, text_format in shown} == {Qt.TextFormat.PlainText}
