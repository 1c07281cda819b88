"""Each outbox kind resolved and discarded from the Publishing page as its own kind.

A comment decision in conflict must never be treated as an interview: the
page offers the comment's own choices, and resolving it leaves every
interview as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from editor.document import InterviewDocument
from editor.ui.conflict_dialog import ConflictDialog
from moderation.decisions import decide
from moderation.statuses import Action
from portal.devsite import DemoSite
from portal.outbox import OutboxEntry, OutboxState
from portal.remote import CommentStatus
from portal.wordpress import WordPressClient
from shell.application import NewsdeskApplication
from storage.models import CachedComment
from tests.editor.conftest import sample_document
from tests.moderation.conftest import MODERATOR_PASSWORD, OTHER_PASSWORD, first_with_status
from tests.shell.conftest import build_app, close_app


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path / "site" / "site.sqlite3", seed=True)
    demo.add_user("kiemduyet", app_password=MODERATOR_PASSWORD, name="Người kiểm duyệt")
    demo.add_user("bientap2", app_password=OTHER_PASSWORD, name="Biên tập viên khác")
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def app(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site: DemoSite
) -> Iterator[NewsdeskApplication]:
    newsdesk = build_app(qapp, data_dir)
    newsdesk.accounts.add("Báo Bình Lâm", site.base_url, "kiemduyet", MODERATOR_PASSWORD)
    qtbot.addWidget(newsdesk.window)
    newsdesk.window.show()
    yield newsdesk
    close_app(newsdesk)


def _sync(app: NewsdeskApplication, qtbot: QtBot) -> None:
    with qtbot.waitSignal(app.sync.finished, timeout=20000):
        app.sync.sync_now()


def _local(app: NewsdeskApplication, remote_id: int) -> CachedComment:
    with app.store.session() as session:
        return session.scalars(
            select(CachedComment).where(CachedComment.remote_id == remote_id)
        ).one()


def _comment_in_conflict(
    app: NewsdeskApplication,
    qtbot: QtBot,
    site: DemoSite,
    *,
    mine: Action,
    theirs: CommentStatus,
) -> tuple[int, int]:
    """A held comment decided here (*mine*) and, meanwhile, on the site (*theirs*)."""
    _sync(app, qtbot)  # pulls the comments
    remote_id = first_with_status(site, "hold")
    comment_id = _local(app, remote_id).id
    account = app.accounts.active()
    assert account is not None
    decide(app.store, account.id, [comment_id], mine, "Lan")
    with WordPressClient(site.base_url, "bientap2", OTHER_PASSWORD) as other:
        other.update_comment_status(remote_id, theirs)
    _sync(app, qtbot)
    return comment_id, remote_id


def _interviews_up_to(app: NewsdeskApplication, last_id: int) -> dict[int, InterviewDocument]:
    """Interviews numbered 1 … *last_id* (so one shares the comment's id), as saved."""
    repository = app.interviews_page.repository
    created: dict[int, InterviewDocument] = {}
    while not created or max(created) < last_id:
        document = sample_document(f"Phỏng vấn số {len(created) + 1}")
        created[repository.create(document).id] = document
    return {i: repository.get(i).document for i in created}


def _select(app: NewsdeskApplication, entry: OutboxEntry) -> None:
    page = app.outbox_page
    app.window.show_page("publishing") if hasattr(app.window, "show_page") else None
    page.refresh()
    row = next(i for i, e in enumerate(page.model.entries) if e.id == entry.id)
    page.table.clearSelection()
    page.table.selectRow(row)


def _answer_next_dialog(answer: Callable[[QWidget], None], seen: list[QWidget]) -> None:
    """When the page opens its modal dialog, record it and answer it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, look)


def _click(text_part: str) -> Callable[[QWidget], None]:
    def click(dialog: QWidget) -> None:
        for button in dialog.findChildren(QAbstractButton):
            if text_part in button.text() and button.isVisible():
                button.click()
                return
        if isinstance(dialog, QDialog):
            dialog.reject()

    return click


def test_a_comment_conflict_resolved_from_the_page_leaves_every_interview_untouched(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    comment_id, remote_id = _comment_in_conflict(
        app, qtbot, site, mine=Action.APPROVE, theirs="spam"
    )
    before = _interviews_up_to(app, comment_id)
    (entry,) = app.outbox.entries([OutboxState.CONFLICT])
    assert entry.subject_type == "comment"
    _select(app, entry)
    seen: list[QWidget] = []
    # Whatever opens, the user picks the site's side ("Take the site's version" on the
    # interview dialog, the bug; "Keep the site's decision" on the comment's own).
    _answer_next_dialog(lambda dialog: _click("the site's")(dialog), seen)
    app.outbox_page.resolve_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert not isinstance(seen[0], ConflictDialog)
    repository = app.interviews_page.repository
    assert {i: repository.get(i).document for i in before} == before
    assert app.outbox.entries([OutboxState.CONFLICT]) == []
    row = _local(app, remote_id)
    assert (row.status, row.site_status) == ("spam", "spam")
