"""The Comments page driven as a moderator drives it: keys, buttons, filters, replies."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from moderation.decisions import decide
from moderation.queues import PAGE_SIZE, CommentQueues, QueueFilter
from moderation.rules import RuleSet
from moderation.statuses import Action, Queue
from moderation.ui.comments_page import CommentsPage
from moderation.ui.log_dialog import ModerationLogModel
from moderation.ui.queue_model import EXCERPT, FLAGS, STATE, TIME, CommentQueueModel
from portal.outbox import OutboxState
from portal.wordpress import WordPressClient
from shell.i18n import LanguageManager
from storage.models import CachedComment, Site
from storage.textfold import fold
from tests.moderation.conftest import OTHER_PASSWORD, Desk, reader_comment
from tests.typing_helpers import type_text


class Host(QWidget):
    """The page with an Edit ▸ Undo action on Ctrl+Z, as the main window gives it."""

    def __init__(self, page: CommentsPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.addWidget(page)
        self.undo_action: QAction = page.undo_stack().createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.addAction(self.undo_action)
        self.resize(1300, 820)


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> Iterator[CommentsPage]:
    desk.pull()
    widget = CommentsPage(desk.store, desk.accounts, lambda: "Thu Hà")
    host = Host(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    widget.table.setFocus()
    qtbot.waitUntil(widget.table.hasFocus)
    yield widget
    QThreadPool.globalInstance().waitForDone(10_000)  # counts still being read


def shown_id(page: CommentsPage) -> int:
    assert page.detail.detail is not None
    return page.detail.detail.id


def status_of(desk: Desk, comment_id: int) -> str:
    with desk.store.session() as session:
        row = session.get(CachedComment, comment_id)
        assert row is not None
        return row.status


def ids_in_view(page: CommentsPage) -> list[int]:
    return [page.model.comment_id(row) or 0 for row in range(page.model.rowCount())]


def test_models_pass_qt_model_tester(
    qtmodeltester: ModelTester, page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    # Fresh models; the tester stays connected and checks every change that follows.
    model = CommentQueueModel(CommentQueues(desk.store, desk.account.id))
    model.set_filter(QueueFilter(Queue.ALL))
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())  # the next keyset page, under the tester's eyes
    assert model.rowCount() == sum(desk.site.store.count_comments().values())
    model.set_filter(QueueFilter(Queue.PENDING))
    first = model.comment_id(0)
    assert first is not None
    decide(desk.store, desk.account.id, [first], Action.SPAM, "Thu Hà")
    pending = model.total
    model.apply_changes([first])  # the row has left the queue: dimmed until the next read
    assert model.departed(0) and model.total == pending - 1
    model.reload()
    assert model.row_of(first) is None
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    log = ModerationLogModel(desk.store, desk.account.id)
    qtmodeltester.check(log, force_py=True)
    assert [log.data(log.index(row, 2)) for row in range(2)] == ["Approved", "Marked as spam"]


def test_the_queue_opens_on_the_first_comment_and_loads_lazily(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    on_site = desk.site.store.count_comments()
    assert page.model.rowCount() == on_site["hold"] < PAGE_SIZE
    assert page.table.currentIndex().row() == 0
    assert shown_id(page) == page.model.comment_id(0)
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == f"Pending ({on_site['hold']})")
    page.show_queue(Queue.ALL)
    total = sum(on_site.values())
    assert page.model.rowCount() == PAGE_SIZE < total
    assert page.model.total == total
    assert page.count_label.text() == f"{total} comment(s)"
    page.table.scrollToBottom()
    page.table.scrollToBottom()
    assert page.model.rowCount() == total
    assert len(set(ids_in_view(page))) == total


def test_keys_decide_and_move_like_in_wordpress(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    badges: list[int] = []
    page.pending_count_changed.connect(badges.append)
    first, second, third = ids_in_view(page)[:3]
    qtbot.keyClick(page.table, Qt.Key.Key_J)
    assert shown_id(page) == second
    qtbot.keyClick(page.table, Qt.Key.Key_K)
    assert shown_id(page) == first

    qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert status_of(desk, first) == "approved"
    assert shown_id(page) == second  # the next comment, at once
    assert page.table.currentIndex().row() == 1
    assert page.model.departed(0)  # dimmed where it was, gone at the next reload
    assert page.model.data(page.model.index(0, STATE)) == "Approved · waiting to sync"
    qtbot.waitUntil(
        lambda: bool(badges) and badges[-1] == desk.site.store.count_comments()["hold"] - 1
    )

    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert status_of(desk, second) == "spam"
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert status_of(desk, third) == "trash"

    page.show_queue(Queue.SPAM)
    page.table.setFocus()
    page.browser.select_row(page.model.row_of(second) or 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Z)
    assert status_of(desk, second) == "hold"  # restored where it was
    page.show_queue(Queue.APPROVED)
    page.table.setFocus()
    page.browser.select_row(page.model.row_of(first) or 0)
    qtbot.keyClick(page.table, Qt.Key.Key_U)
    assert status_of(desk, first) == "hold"
    # every decision waits for the outbox, and says so
    page.show_queue(Queue.ALL)
    row = page.model.row_of(third)
    assert row is not None
    state = page.model.data(page.model.index(row, STATE))
    assert state == "Trash · waiting to sync"
    assert len(desk.outbox()) == 5


def test_counts_kept_up_to_date_after_decisions_match_a_recount(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    page.show_queue(Queue.FLAGGED)
    page.table.setFocus()
    for key in (Qt.Key.Key_A, Qt.Key.Key_S):
        qtbot.keyClick(page.table, key)
    page.show_queue(Queue.PENDING)
    page.table.setFocus()
    page.table.selectionModel().select(
        page.model.index(2, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    for key in (Qt.Key.Key_D, Qt.Key.Key_A, Qt.Key.Key_S):
        qtbot.keyClick(page.table, key)
    shown = [page.tabs.tabText(i) for i in range(page.tabs.count())] + [page.sync_label.text()]
    assert page.sync_label.text() == "6 comment(s) waiting to sync"
    page.update_counts()  # count everything again, for real
    qtbot.waitUntil(lambda: not page.counter.counting)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] + [
        page.sync_label.text()
    ] == shown


def test_ctrl_z_takes_the_last_decision_back(page: CommentsPage, desk: Desk, qtbot: QtBot) -> None:
    first, second = ids_in_view(page)[:2]
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert status_of(desk, first) == "trash" and shown_id(page) == second
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(desk, first) == "hold"
    assert desk.outbox() == []  # not sent yet: its item was dropped
    assert shown_id(page) == first and page.model.row_of(first) is not None
    page.undo_stack().redo()  # Edit ▸ Redo takes it again
    assert status_of(desk, first) == "trash" and len(desk.outbox()) == 1
    page.undo_stack().undo()
    assert status_of(desk, first) == "hold" and desk.outbox() == []

    qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert desk.drain().sent == 1
    remote_id = desk.local_by_id(first).remote_id
    assert desk.client.get_comment(remote_id).status == "approved"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(desk, first) == "hold"
    assert "reverse" in page.status_label.text()
    assert desk.drain().sent == 1  # the reverse
    assert desk.client.get_comment(remote_id).status == "hold"


def test_a_multi_selection_is_decided_at_once(page: CommentsPage, desk: Desk, qtbot: QtBot) -> None:
    ids = ids_in_view(page)
    selection = page.table.selectionModel()
    for row in (0, 1, 2):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert [status_of(desk, i) for i in ids[:3]] == ["spam"] * 3
    assert shown_id(page) == ids[3]
    assert [page.model.departed(row) for row in range(4)] == [True, True, True, False]
    page.show_queue(Queue.SPAM)
    page.show_queue(Queue.PENDING)
    assert ids_in_view(page)[0] == ids[3]
    assert page.undo_stack().undoText() == "Mark 3 comment(s) as spam"


def test_buttons_and_the_context_menu_decide_too(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    first, second = ids_in_view(page)[:2]
    qtbot.mouseClick(page.detail.decision_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    assert status_of(desk, first) == "approved" and shown_id(page) == second
    menu = page.context_menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "Approve",
        "Reject",
        "Spam",
        "Back to pending",
        "Restore",
        "Reviewed, keep as is",
        "Select similar comments (campaign)",
        "List this author's comments",
        "Reject all pending by this author",
        "Approve this author's next comments",
    ]
    menu.actions()[1].trigger()
    assert status_of(desk, second) == "trash"


def test_search_and_filters_narrow_the_queue(page: CommentsPage, desk: Desk, qtbot: QtBot) -> None:
    page.show_queue(Queue.ALL)
    everything = page.model.total
    type_text(page.search_edit, "đường")
    qtbot.waitUntil(lambda: page.model.total < everything)
    found = page.model.total
    assert found > 0
    for comment_id in ids_in_view(page):
        row = desk.local_by_id(comment_id)
        assert "duong" in fold(f"{row.content} {row.author_name} {row.author_email}")
    page.search_edit.clear()
    type_text(page.search_edit, "DUONG")
    qtbot.waitUntil(lambda: page.model.total == found)

    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.total == everything)
    page.article_box.setCurrentIndex(1)
    post_id = page.article_box.currentData()
    assert 0 < page.model.total < everything
    assert {desk.local_by_id(i).post_id for i in ids_in_view(page)} == {post_id}

    page.article_box.setCurrentIndex(0)
    page.period_box.setCurrentIndex(3)  # last 30 days: the seeded comments are older
    assert page.model.total == 0
    assert page.detail.detail is None and not page.detail.empty_label.isHidden()
    page.period_box.setCurrentIndex(0)
    author = desk.local_by_id(ids_in_view(page)[0]).author_name
    type_text(page.author_edit, author)
    qtbot.waitUntil(lambda: page.model.total < everything)
    assert all(desk.local_by_id(i).author_name == author for i in ids_in_view(page))


def test_the_authors_history_and_their_other_comments(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    post = desk.local_by_id(ids_in_view(page)[0]).post_id
    for text, status in (
        ("Lần đầu góp ý về con đường.", "approved"),
        ("Lần hai góp ý, vẫn chưa sửa.", "spam"),
        ("Lần ba: mong tòa soạn theo dõi tiếp.", "hold"),
    ):
        reader_comment(desk.site, text, status=status, post=post, author_name="Giàng A Páo")
    desk.pull(force_full=True)
    page.refresh()
    page.search_edit.setText("mong toa soan theo doi")
    qtbot.waitUntil(lambda: page.model.total == 1)
    # The comment shows at once; its author's history follows a frame later.
    assert page.detail.detail is not None
    qtbot.waitUntil(lambda: not page.detail.context_pending)
    history = page.detail.history_label.text()
    assert history == (
        "Earlier comments by this author: 1 approved, 0 pending, 0 rejected, 1 spam."
    )
    assert page.detail.history_list.count() == 2
    qtbot.mouseClick(page.detail.author_filter_button, Qt.MouseButton.LeftButton)
    assert page.current_queue() is Queue.ALL
    assert page.model.total == 3
    assert page.author_key_label.text() == "Comments by Giàng A Páo"


def test_hostile_comments_are_shown_as_plain_text(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    huge = "Bình luận rất dài. " * 5500  # about 100 KB
    hostile = (
        '<script>alert("xss")</script><img src="http://tracker.example/p.gif">'
        "\x1b[2J\x07 Nội dung \u202eđảo chiều"
    )
    ids = [
        reader_comment(desk.site, huge, author_name="Người viết dài"),
        # As WordPress keeps what the reader typed: HTML, names escaped.
        reader_comment(desk.site, html.escape(hostile), author_name="&lt;b&gt;Kẻ phá&lt;/b&gt;"),
    ]
    desk.pull(force_full=True)
    page.refresh()
    for label in page.detail.findChildren(QLabel):
        if label.objectName().startswith("comment") or label.objectName() == "authorHistory":
            assert label.textFormat() == Qt.TextFormat.PlainText
    view = page.detail.text_view
    assert isinstance(view, QPlainTextEdit) and view.isReadOnly()

    page.browser.select_row(page.model.row_of(desk.local(ids[1]).id) or 0)
    shown = view.toPlainText()
    assert shown.startswith('<script>alert("xss")</script><img src=')
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert page.detail.author_label.text().startswith("<b>Kẻ phá</b>")
    row = page.model.row_of(desk.local(ids[1]).id)
    assert row is not None
    assert page.model.data(page.model.index(row, FLAGS)) == "Link: http://tracker.example/p.gif"

    page.browser.select_row(page.model.row_of(desk.local(ids[0]).id) or 0)
    assert view.toPlainText() == huge.strip()
    row = page.model.row_of(desk.local(ids[0]).id)
    assert row is not None
    excerpt = page.model.data(page.model.index(row, EXCERPT))
    assert len(excerpt) <= 160 and excerpt.endswith("…")
    assert page.model.data(page.model.index(row, FLAGS)) == "Too long (104499 characters)"


def test_a_reply_is_typed_in_vietnamese_queued_and_sent(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    page.show_queue(Queue.APPROVED)
    comment_id = shown_id(page)
    assert status_of(desk, comment_id) == "approved"
    sync: list[bool] = []
    page.sync_requested.connect(lambda: sync.append(True))
    assert not page.detail.reply_button.isEnabled()
    assert page.detail.reply_button.text() == "Send reply"
    type_text(page.detail.reply_edit, "Cảm ơn bạn đã góp ý, tòa soạn sẽ phản ánh.")
    assert page.detail.reply_count.text() == "42 / 500 characters"
    qtbot.mouseClick(page.detail.reply_button, Qt.MouseButton.LeftButton)
    assert sync and page.detail.reply_edit.toPlainText() == ""
    assert page.detail.pending_replies_label.text() == (
        "Reply waiting to be sent: Cảm ơn bạn đã góp ý, tòa soạn sẽ phản ánh."
    )
    [item] = desk.outbox()
    assert item.kind == "comment_reply" and item.subject_id == comment_id
    assert status_of(desk, comment_id) == "approved"
    assert desk.drain().sent == 1
    parent = desk.local_by_id(comment_id).remote_id
    replies = [c for c in desk.client.iter_comments() if c.parent == parent]
    assert [r.content for r in replies][-1] == "Cảm ơn bạn đã góp ý, tòa soạn sẽ phản ánh."


def replies_on_site(desk: Desk, comment_id: int) -> list[tuple[str, str]]:
    """(text, state) of the site's replies to a cached comment."""
    parent = desk.local_by_id(comment_id).remote_id
    return [(c.content, c.status) for c in desk.client.iter_comments() if c.parent == parent]


def test_replying_to_a_pending_comment_approves_it_and_ctrl_z_takes_both_back(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    comment_id = shown_id(page)
    assert status_of(desk, comment_id) == "hold"
    pending_before = CommentQueues(desk.store, desk.account.id).count(QueueFilter(Queue.PENDING))
    button = page.detail.reply_button
    assert button.text() == "Approve and reply"
    type_text(page.detail.reply_edit, "Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới UBND xã.")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    # both saved at once, the approval first; the comment stays on show
    assert status_of(desk, comment_id) == "approved"
    assert [(i.kind, i.payload.get("status")) for i in desk.outbox()] == [
        ("comment_status", "approved"),
        ("comment_reply", None),
    ]
    assert shown_id(page) == comment_id
    assert page.detail.state_label.text() == "Approved · waiting to sync"
    assert page.detail.pending_replies_label.text() == (
        "Reply waiting to be sent: Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới UBND xã."
    )
    assert button.text() == "Send reply"  # approved now: a further reply only replies
    assert page.status_label.text() == (
        "Comment approved and reply queued; both are sent with the decisions."
    )
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == f"Pending ({pending_before - 1})")
    assert page.undo_stack().undoText() == "Approve and reply"

    # Ctrl+Z: neither was sent, so both are dropped
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(desk, comment_id) == "hold"
    assert desk.outbox() == []
    assert shown_id(page) == comment_id
    assert page.detail.state_label.text() == "Pending"
    assert not page.detail.pending_replies_label.isVisible()
    assert button.text() == "Approve and reply"
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == f"Pending ({pending_before})")

    # Edit ▸ Redo does both again; sent, the site shows the comment and the answer
    page.undo_stack().redo()
    assert status_of(desk, comment_id) == "approved" and len(desk.outbox()) == 2
    assert desk.drain().sent == 2
    remote_id = desk.local_by_id(comment_id).remote_id
    assert desk.client.get_comment(remote_id).status == "approved"
    assert replies_on_site(desk, comment_id) == [
        ("Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới UBND xã.", "approved")
    ]

    # Ctrl+Z after sending: the reverse of both goes to the site
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of(desk, comment_id) == "hold"
    assert "reverse" in page.status_label.text()
    assert desk.drain().sent == 2
    assert desk.client.get_comment(remote_id).status == "hold"
    assert replies_on_site(desk, comment_id) == [
        ("Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới UBND xã.", "trash")
    ]


def test_a_refused_reply_leaves_a_pending_comment_pending(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    comment_id = shown_id(page)
    page.rules.apply(RuleSet(min_length=1, max_length=20), None)
    qtbot.waitUntil(lambda: page.detail.reply_count.text() == "0 / 20 characters")
    page.send_reply("Một câu trả lời dài hơn giới hạn của trang.")
    assert status_of(desk, comment_id) == "hold" and desk.outbox() == []
    assert page.undo_stack().count() == 0
    assert "20" in page.status_label.text()


def test_replying_to_a_comment_in_spam_does_not_approve_it(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    page.show_queue(Queue.SPAM)
    comment_id = shown_id(page)
    assert page.detail.reply_button.text() == "Send reply"
    type_text(page.detail.reply_edit, "Đề nghị bạn không đăng quảng cáo ở đây.")
    qtbot.mouseClick(page.detail.reply_button, Qt.MouseButton.LeftButton)
    assert status_of(desk, comment_id) == "spam"
    assert [i.kind for i in desk.outbox()] == ["comment_reply"]
    assert page.undo_stack().count() == 0


def test_a_conflict_is_shown_and_can_be_settled(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    comment_id = shown_id(page)
    remote_id = desk.local_by_id(comment_id).remote_id
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    with WordPressClient(desk.site.base_url, "bientap2", OTHER_PASSWORD) as other:
        other.update_comment_status(remote_id, "spam")
    assert desk.drain().conflicts == 1
    page.refresh()  # what the app does after sending the outbox
    qtbot.waitUntil(lambda: "1 conflict(s) with the site" in page.sync_label.text())
    assert page.conflicts_button.isVisible()
    qtbot.mouseClick(page.conflicts_button, Qt.MouseButton.LeftButton)
    assert ids_in_view(page) == [comment_id]
    assert shown_id(page) == comment_id
    assert page.model.data(page.model.index(0, STATE)) == "Approved · conflict"
    assert page.detail.conflict_box.isVisible()
    assert page.detail.conflict_label.text() == (
        "Someone else moderated this comment on the site: it is now “Spam” there. "
        "Your decision (“Approved”) was not sent."
    )
    qtbot.mouseClick(page.detail.keep_site_button, Qt.MouseButton.LeftButton)
    assert status_of(desk, comment_id) == "spam"
    assert desk.outbox((OutboxState.CONFLICT,)) == []
    assert not page.detail.conflict_box.isVisible()


def test_without_the_site_the_cache_is_still_moderated(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    pending = desk.count("hold")
    desk.site.stop()
    with qtbot.waitSignal(page.pull_finished, timeout=20_000) as finished:
        assert page.start_pull()
    assert isinstance(finished.args[0], Exception)
    assert page.status_label.text().startswith(
        "Could not pull comments; showing those pulled before."
    )
    assert page.model.rowCount() == pending
    first = shown_id(page)
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    assert status_of(desk, first) == "approved"
    assert len(desk.outbox()) == 1


def test_pulling_from_the_page_runs_in_the_background(qtbot: QtBot, desk: Desk) -> None:
    page = CommentsPage(desk.store, desk.accounts, lambda: "Thu Hà")
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    badges: list[int] = []
    page.pending_count_changed.connect(badges.append)
    with qtbot.waitSignal(page.pull_finished, timeout=20_000) as finished:
        assert page.start_pull()
        assert not page.start_pull()  # one at a time
        assert not page.pull_button.isEnabled()
    assert finished.args[0].new == sum(desk.site.store.count_comments().values())
    pending = desk.site.store.count_comments()["hold"]
    qtbot.waitUntil(lambda: bool(badges) and badges[-1] == pending)
    assert page.model.rowCount() == pending
    assert page.pull_button.isEnabled() and page.progress.isHidden()
    assert page.status_label.text().startswith(
        f"Pulled {sum(desk.site.store.count_comments().values())} comment(s)"
    )


def test_rules_edited_in_the_dialog_flag_cached_comments(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    dialog = page.open_rules()
    assert dialog.windowTitle() == f"Moderation rules for {desk.account.name}"
    assert dialog.min_length.value() == 5 and dialog.max_length.value() == 500
    type_text(dialog.banned_edit, "dốc Pá Lang")
    dialog.watch_edit.setPlainText("homestay")
    dialog.banned_action.setCurrentIndex(0)
    before = page.tabs.tabText(1)
    dialog.accept()
    qtbot.waitUntil(lambda: page.tabs.tabText(1) != before, timeout=10_000)
    page.show_queue(Queue.FLAGGED)
    flags = {page.model.data(page.model.index(row, FLAGS)) for row in range(page.model.rowCount())}
    assert "Banned word: “dốc Pá Lang”" in flags
    assert "Watch word: “homestay”" in flags
    banned = next(
        row
        for row in range(page.model.rowCount())
        if page.model.data(page.model.index(row, FLAGS)) == "Banned word: “dốc Pá Lang”"
    )
    page.browser.select_row(banned)
    assert page.detail.flags_label.text() == "Suggest rejecting: Banned word: “dốc Pá Lang”"


def test_the_moderation_log_lists_who_decided_what(
    page: CommentsPage, desk: Desk, qtbot: QtBot
) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    dialog = page.open_log()
    model = dialog.model
    assert model.rowCount() == 2
    rows = [[model.data(model.index(r, c)) for c in range(1, 4)] for r in range(2)]
    assert rows == [
        ["Thu Hà", "Rejected", "Pending → Trash"],
        ["Thu Hà", "Approved", "Pending → Approved"],
    ]
    assert dialog.count_label.text() == "2 decision(s) recorded"
    dialog.close()


def test_no_site_configured_shows_an_explanation(qtbot: QtBot, store: object) -> None:
    from portal.accounts import Accounts, PasswordVault
    from storage.database import Store

    assert isinstance(store, Store)
    page = CommentsPage(store, Accounts(store, PasswordVault()), lambda: "Lan")
    qtbot.addWidget(page)
    assert page.site_label.text().startswith("No site is set up.")
    assert not page.pull_button.isEnabled()
    assert not page.start_pull()
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_A)  # nothing to decide on: nothing happens
    assert page.model.index(0, 0) == QModelIndex() or page.model.rowCount() == 0


def test_a_decision_just_after_a_pull_is_counted_once(qtbot: QtBot, desk: Desk) -> None:
    page = CommentsPage(desk.store, desk.accounts, lambda: "Thu Hà")
    qtbot.addWidget(page)
    desk.pull()
    page.refresh()  # the counts of the empty cache are still on show for a moment
    page.decide_selected(Action.APPROVE)
    pending = desk.count("hold") - 1
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == f"Pending ({pending})")
    qtbot.waitUntil(lambda: not page.counter.busy)
    assert page.tabs.tabText(0) == f"Pending ({pending})"
    assert page.tabs.tabText(2) == f"Approved ({desk.count('approved') + 1})"
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_language_switch_shows_the_table_in_the_new_language_at_once(
    page: CommentsPage, qapp: QApplication, qtbot: QtBot
) -> None:
    """No tab change needed: states, headers and dates follow the switch at once."""
    languages = LanguageManager(qapp)
    try:

        def shown(column: int) -> str:
            return str(page.model.data(page.model.index(0, column)))

        assert shown(STATE) == "Pending"
        assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d", shown(TIME))
        languages.switch("vi")
        qtbot.waitUntil(lambda: shown(STATE) == "Chờ duyệt")  # the LanguageChange event
        assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", shown(TIME))  # day first
        header = page.model.headerData(STATE, Qt.Orientation.Horizontal)
        assert header != "State" and header
        languages.switch("en")
        qtbot.waitUntil(lambda: shown(STATE) == "Pending")
    finally:
        languages.uninstall()


def test_a_site_stored_with_credentials_in_its_address_is_not_pulled_and_says_why(
    page: CommentsPage, desk: Desk
) -> None:
    with desk.store.transaction() as session:  # as stored before addresses were checked
        leaky = desk.account.base_url.replace("://", "://kiemduyet:lo5t-secret@")
        session.execute(update(Site).values(base_url=leaky))

    assert not page.start_pull()

    said = page.status_label.text()
    assert said.startswith("The address stored for Báo Bình Lâm must be fixed")
    assert "lo5t-secret" not in said and not page.pulling
