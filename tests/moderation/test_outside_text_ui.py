"""A reader comment, its author and its article that look like markup are shown as text."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from moderation.ui.comments_page import CommentsPage
from tests.moderation.conftest import Desk, published_post, reader_comment
from tests.moderation.test_comments_page import Host
from tests.outside_text_checks import HOSTILE, assert_shown_as_plain_text, model_shows


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> Iterator[CommentsPage]:
    widget = CommentsPage(desk.store, desk.accounts, lambda: "Thu Hà")
    host = Host(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield widget
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_hostile_comment_author_and_article_are_plain_text_everywhere(
    page: CommentsPage, desk: Desk
) -> None:
    post = published_post(desk.site)
    # As WordPress keeps them: the title and comment as HTML, the name escaped.
    desk.site.store.update_post(post, {"title": html.escape(HOSTILE)})
    remote_id = reader_comment(
        desk.site,
        html.escape(f"{HOSTILE}\nhttp://tracker.example/p.gif"),
        post=post,
        author_name=html.escape(HOSTILE, quote=False),
    )
    desk.pull(force_full=True)
    page.refresh()
    row = page.model.row_of(desk.local(remote_id).id)
    assert row is not None
    page.browser.select_row(row)

    assert model_shows(page.model, HOSTILE)
    assert page.detail.author_label.text().startswith(HOSTILE)
    assert HOSTILE in page.detail.article_label.text()
    assert assert_shown_as_plain_text(page) > 10
