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
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from editor.document import InterviewDocument
from editor.publishing import PublishMode
from editor.ui.conflict_dialog import ConflictDialog
from moderation.decisions import decide
from moderation.replies import queue_reply
from moderation.rules import RuleSet
from moderation.statuses import Action
from portal.devsite import DemoSite
from portal.outbox import OutboxEntry, OutboxState
from portal.remote import CommentStatus, PostInput
from portal.wordpress import WordPressClient
from shell.application import NewsdeskApplication
from shell.ui.choice_dialog import ChoiceDialog
from storage.models import CachedComment, OutboxItem, Publication
from tests.editor.conftest import sample_document
from tests.moderation.conftest import MODERATOR_PASSWORD, OTHER_PASSWORD, first_with_status


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path / "site" / "site.sqlite3", seed=True)
    demo.add_user("kiemduyet", app_password=MODERATOR_PASSWORD, name="Người kiểm duyệt")
    demo.add_user("bientap2", app_password=OTHER_PASSWORD, name="Biên tập viên khác")
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def site_account(site: DemoSite) -> tuple[str, str, str, str]:
    """The desk's account on the demo site (the shared ``app`` fixture sets it up)."""
    return ("Báo Bình Lâm", site.base_url, "kiemduyet", MODERATOR_PASSWORD)


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
    app.window.show_view(page.view_name)
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


def test_a_comment_conflict_offers_the_comments_choices_and_nothing_else(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    _comment_id, remote_id = _comment_in_conflict(
        app, qtbot, site, mine=Action.TRASH, theirs="approved"
    )
    (entry,) = app.outbox.entries([OutboxState.CONFLICT])
    _select(app, entry)
    assert app.outbox_page.resolve_button.isEnabled()
    seen: list[QWidget] = []
    shown: dict[str, object] = {}

    def look_then_send_mine(dialog: QWidget) -> None:
        assert isinstance(dialog, ChoiceDialog)
        shown["buttons"] = [button.text() for button in dialog.choice_buttons]
        shown["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        _click("Send mine anyway")(dialog)

    _answer_next_dialog(look_then_send_mine, seen)
    with qtbot.waitSignal(app.sync.finished, timeout=20000):
        app.outbox_page.resolve_button.click()  # the choice made, what is due goes out
    assert shown["buttons"] == ["Keep the site's decision", "Send mine anyway"]
    labels = shown["labels"]
    assert isinstance(labels, list)
    assert _local(app, remote_id).excerpt[:20] in " ".join(labels)
    assert {"Approved", "Trash"} <= set(labels)  # the site's state, the wanted one
    with WordPressClient(site.base_url, "bientap2", OTHER_PASSWORD) as other:
        assert other.get_comment(remote_id).status == "trash"
    row = _local(app, remote_id)
    assert (row.status, row.site_status) == ("trash", "trash")


def test_an_interview_conflict_opens_the_side_by_side_view_with_its_two_choices(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    repository = app.interviews_page.repository
    interview_id = repository.create(sample_document("Chuyện làng nghề")).id
    app.publish(interview_id, PublishMode.PUBLISH, None)
    _sync(app, qtbot)
    with app.store.session() as session:
        slug = session.scalars(select(Publication.slug)).one()
    with WordPressClient(site.base_url, "bientap2", OTHER_PASSWORD) as other:
        (post,) = other.find_posts_by_slug(slug)
        other.update_post(post.id, PostInput(title="Chuyện làng nghề (đã sửa trên web)"))
    app.publish(interview_id, PublishMode.PUBLISH, None)
    _sync(app, qtbot)
    (entry,) = app.outbox.entries([OutboxState.CONFLICT])
    _select(app, entry)
    seen: list[QWidget] = []
    buttons: list[str] = []

    def look_then_take_site(dialog: QWidget) -> None:
        assert isinstance(dialog, ConflictDialog)
        buttons.extend(b.text() for b in (dialog.keep_button, dialog.take_button) if b.isVisible())
        dialog.take_button.click()

    _answer_next_dialog(look_then_take_site, seen)
    app.outbox_page.resolve_button.click()
    assert buttons == ["Keep mine (overwrite the site)", "Take the site's version"]
    assert repository.get(interview_id).document.title == "Chuyện làng nghề (đã sửa trên web)"
    assert app.outbox.entries([OutboxState.CONFLICT]) == []


def test_items_without_choices_cannot_be_resolved(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    _sync(app, qtbot)
    remote_id = first_with_status(site, "approved")
    account = app.accounts.active()
    assert account is not None
    comment_id = _local(app, remote_id).id
    queue_reply(app.store, account.id, comment_id, "Cảm ơn bạn đã góp ý.", "Lan", RuleSet())
    (reply,) = app.outbox.entries()
    _select(app, reply)
    assert not app.outbox_page.resolve_button.isEnabled()  # waiting: nothing to choose
    with app.store.transaction() as session:  # even in conflict a reply has no choices
        session.execute(update(OutboxItem).values(state=OutboxState.CONFLICT.value))
    _select(app, reply)
    assert not app.outbox_page.resolve_button.isEnabled()
    app.outbox_page.resolve_selected()  # a double click: nothing opens, nothing changes
    assert app.outbox.get(reply.id) is not None


def test_discarding_a_failed_comment_decision_puts_back_the_sites_status(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    _sync(app, qtbot)
    remote_id = first_with_status(site, "hold")
    comment_id = _local(app, remote_id).id
    account = app.accounts.active()
    assert account is not None
    decide(app.store, account.id, [comment_id], Action.SPAM, "Lan")
    site.faults.set(fail_next=1, fail_status=403)
    try:
        _sync(app, qtbot)
    finally:
        site.faults.clear()
    (failed,) = app.outbox.entries([OutboxState.FAILED])
    assert _local(app, remote_id).status == "spam"
    _select(app, failed)
    app.outbox_page.discard_button.click()
    assert app.outbox.entries() == []
    row = _local(app, remote_id)
    assert (row.status, row.site_status) == ("hold", "hold")
