"""Comments and Publishing are built when first opened; their badges count before that."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.publishing import PUBLISH_KIND
from moderation.cache import store_page
from moderation.rules import RuleSet
from moderation.ui.comments_page import CommentsPage
from portal.accounts import Accounts, PasswordVault
from portal.outbox import enqueue
from shell.application import NewsdeskApplication
from shell.ui.outbox_page import OutboxPage
from storage.database import open_store
from tests.moderation.conftest import free_port, remote
from tests.shell.conftest import build_app, close_app


def _navigation_texts(app: NewsdeskApplication) -> list[str]:
    nav = app.window.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def _profile_with_comments(data_dir: Path, held: int, approved: int) -> None:
    """A site with *held* comments waiting for a moderator and *approved* ones."""
    store = open_store(data_dir / "newsdesk.db")
    site = Accounts(store, PasswordVault()).add(
        "Báo Bình Lâm", f"http://127.0.0.1:{free_port()}", "bientap", ""
    )
    comments = [remote(n, "Đường về bản đẹp quá.", status="hold") for n in range(1, held + 1)]
    comments += [remote(100 + n, "Cảm ơn tòa soạn.", status="approve") for n in range(approved)]
    with store.transaction() as session:
        store_page(session, site.id, comments, RuleSet().normalised())
    store.close()


def _started(qapp: QApplication, qtbot: QtBot, data_dir: Path) -> NewsdeskApplication:
    app = build_app(qapp, data_dir)
    qtbot.addWidget(app.window)
    app.window.show()
    qtbot.waitUntil(lambda: app.ready)
    return app


def test_the_comments_badge_counts_before_the_page_is_built(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    _profile_with_comments(data_dir, held=3, approved=2)
    app = _started(qapp, qtbot, data_dir)
    try:
        qtbot.waitUntil(lambda: _navigation_texts(app)[1] == "Comments (3)")
        assert app._comments_slot.built is None
        assert app._outbox_slot.built is None
        assert app._site_posts_slot.built is None
        # Opened, the page shows the same queue and keeps the badge up to date.
        app.window.show_view("comments")
        page = app._comments_slot.built
        assert isinstance(page, CommentsPage) and page.isVisible()
        qtbot.waitUntil(lambda: page.model.rowCount() == 3)
        assert _navigation_texts(app)[1] == "Comments (3)"
    finally:
        close_app(app)


def test_the_comments_page_works_when_first_opened_by_its_shortcut(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    _profile_with_comments(data_dir, held=2, approved=0)
    app = _started(qapp, qtbot, data_dir)
    try:
        app.window.activateWindow()
        qtbot.keyClick(app.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        page = app._comments_slot.built
        assert isinstance(page, CommentsPage)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        # Edit ▸ Undo now works on the page's decisions, as before the page was lazy.
        assert app.window.undo_group.activeStack() is page.undo_stack()
        assert QApplication.focusWidget() is page.table  # keys work at once, as before
    finally:
        close_app(app)


def test_the_publishing_page_lists_the_outbox_when_first_opened(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    store = open_store(data_dir / "newsdesk.db")
    site = Accounts(store, PasswordVault()).add(
        "Báo Bình Lâm", f"http://127.0.0.1:{free_port()}", "bientap", ""
    )
    with store.transaction() as session:
        enqueue(
            session,
            site_id=site.id,
            kind=PUBLISH_KIND,
            subject_type="interview",
            subject_id=7,
            payload={"document": {"title": "Mùa gặt"}},
        )
    store.close()
    app = _started(qapp, qtbot, data_dir)
    try:
        assert app._outbox_slot.built is None
        app.window.show_view("publishing")
        page = app._outbox_slot.built
        assert isinstance(page, OutboxPage) and page.isVisible()
        assert page.model.rowCount() == 1
        assert "1 waiting" in page.summary.text()
    finally:
        close_app(app)
