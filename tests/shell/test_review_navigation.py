"""The review queue in the running application: its count in the navigation, and a
decision taken with a key that the application's sync sends to the demo site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from editor.site_posts import pull_site_posts
from editor.ui.review_page import ReviewPage
from portal.devsite import DemoSite
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from shell.application import NewsdeskApplication

EDITOR_PASSWORD = "Nav01 Nav02 Nav03 Nav04 Nav05 Nav06"
WRITER_PASSWORD = "Wri01 Wri02 Wri03 Wri04 Wri05 Wri06"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path / "site" / "site.sqlite3", seed=False)
    demo.add_user("bientap", app_password=EDITOR_PASSWORD, name="Biên tập")
    demo.add_user("congtacvien", role="contributor", app_password=WRITER_PASSWORD)
    demo.start()
    with WordPressClient(demo.base_url, "congtacvien", WRITER_PASSWORD) as writer:
        for title in ("Bài gửi duyệt thứ nhất", "Bài gửi duyệt thứ hai"):
            writer.create_post(PostInput(title=title, content="<p>Nội dung.</p>", status="pending"))
    yield demo
    demo.stop()


@pytest.fixture
def site_account(site: DemoSite) -> tuple[str, str, str, str]:
    """The desk's account on the demo site (the shared ``app`` fixture sets it up)."""
    return ("Báo Bình Lâm", site.base_url, "bientap", EDITOR_PASSWORD)


def _review_item_text(app: NewsdeskApplication) -> str:
    nav = app.window.navigation
    return next(
        nav.item(row).text()
        for row in range(nav.count())
        if nav.item(row).text().startswith("Review")
    )


def test_the_count_shows_in_the_navigation_and_a_key_decision_is_sent(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    with WordPressClient(site.base_url, "bientap", EDITOR_PASSWORD) as client:
        account = app.accounts.active()
        assert account is not None
        report = pull_site_posts(app.store, client, account)
    app.changes.report(report.changes)  # as whoever runs a pull does
    assert _review_item_text(app) == "Review (2)"

    assert app.window.show_view("review")
    page = app.window.findChild(ReviewPage)
    assert page is not None
    app.window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    post_id = page.model.row_at(0).remote_id  # type: ignore[union-attr]
    with qtbot.waitSignal(app.sync.finished, timeout=20_000):
        qtbot.keyClick(page.table, Qt.Key.Key_A)  # the decision nudges a sync

    assert _review_item_text(app) == "Review (1)"

    def published() -> bool:
        post = site.store.get_post(post_id)
        return post is not None and post.status == "publish"

    qtbot.waitUntil(published, timeout=20_000)


def test_a_sync_while_the_note_is_being_written_keeps_the_dialog(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    with WordPressClient(site.base_url, "bientap", EDITOR_PASSWORD) as client:
        account = app.accounts.active()
        assert account is not None
        pull_site_posts(app.store, client, account)
    assert app.window.show_view("review")
    page = app.window.findChild(ReviewPage)
    assert page is not None
    app.window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    dialog = page.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(app.sync.finished, timeout=20_000):
        app.sync.sync_now()
    assert page.dialog is dialog and dialog.isVisible()
