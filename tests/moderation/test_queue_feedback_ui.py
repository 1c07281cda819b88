"""The Comments page as a moderator works through Flagged: keys, what each decision says,
several comments selected, rule matches marked in the text, sort orders, the oldest age."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from moderation.queues import SortOrder
from moderation.rules import RuleSet
from moderation.settings import save_rules
from moderation.statuses import Queue
from moderation.ui.comments_page import CommentsPage
from moderation.ui.queue_model import STATE
from tests.moderation.conftest import Desk, reader_comment
from tests.moderation.test_comments_page import (  # noqa: F401  (the page fixture)
    ids_in_view,
    page,
    shown_id,
    status_of,
)

RULES = RuleSet(banned_words=("đểu",), watch_words=("tham nhũng",)).normalised()


def flagged_page(page: CommentsPage, desk: Desk) -> list[int]:  # noqa: F811
    """Two held and two published comments with a watch word, the Flagged tab open."""
    save_rules(desk.store, RULES, desk.account.id)
    for status in ("approved", "hold", "approved", "hold"):
        reader_comment(desk.site, "Vụ tham nhũng ở xã Tân Lập cần làm rõ.", status=status)
    desk.pull()
    page.refresh()
    page.show_queue(Queue.FLAGGED)
    page.table.setFocus()
    return ids_in_view(page)


def test_flagged_says_which_are_published_and_keep_as_is_empties_it_with_undo(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
    qtbot: QtBot,
) -> None:
    ids = flagged_page(page, desk)
    states = {page.model.data(page.model.index(r, STATE)) for r in range(len(ids))}
    assert "Published · flagged" in states and "Pending" in states
    first = shown_id(page)
    before = status_of(desk, first)
    qtbot.keyClick(page.table, Qt.Key.Key_V)
    assert status_of(desk, first) == before  # kept as it is
    assert page.model.departed(0) and shown_id(page) == ids[1]
    assert page.status_label.text() == "Kept 1 comment(s) as they are — Ctrl+Z to undo"
    assert page.undo_stack().undoText() == "Keep 1 comment(s) as they are"
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert status_of(desk, ids[1]) == "trash"
    assert page.status_label.text() == "Rejected 1 comment(s) — Ctrl+Z to undo"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    page.show_queue(Queue.PENDING)
    assert page.status_label.text() == ""  # the queue changed: the message went
    page.show_queue(Queue.FLAGGED)
    assert ids_in_view(page) == ids  # both back in Flagged
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == f"Flagged ({len(ids)})")
    for _ in ids:
        qtbot.keyClick(page.table, Qt.Key.Key_V)
    page.refresh()
    assert ids_in_view(page) == []
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Flagged (0)")


def test_the_message_goes_when_the_language_changes(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
    qtbot: QtBot,
) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert page.status_label.text().startswith("Rejected 1 comment(s)")
    page.retranslate_ui()
    assert page.status_label.text() == ""


def test_several_selected_comments_show_how_many_and_whose(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
) -> None:
    selection = page.table.selectionModel()
    names = set()
    for row in (0, 1, 2):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        queue_row = page.model.queue_row(row)
        assert queue_row is not None
        names.add(queue_row.author_name or "(anonymous)")
    assert page.detail.detail is None and not page.detail.text_view.isVisible()
    text = page.detail.empty_label.text()
    assert text.startswith("3 comment(s) selected, by: ")
    assert set(text.split(": ", 1)[1].split(", ")) == names
    page.move_selection(1)  # one again: it is shown in full
    assert page.detail.detail is not None and page.detail.text_view.isVisible()


def test_the_matched_words_are_marked_in_the_plain_text(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
) -> None:
    flagged_page(page, desk)
    view = page.detail.text_view
    text = view.toPlainText()
    start = text.index("tham nhũng")
    assert page.detail.highlighted == 1

    def bold_at(position: int) -> bool:
        cursor = QTextCursor(view.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat().fontWeight() > 500

    assert [bold_at(i) for i in range(start - 1, start + len("tham nhũng") + 1)] == [
        False,
        *[True] * len("tham nhũng"),
        False,
    ]
    assert "<" not in view.document().toPlainText()


def test_sort_orders_and_the_oldest_pending_age(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
    qtbot: QtBot,
) -> None:
    newest = ids_in_view(page)
    page.set_sort(SortOrder.OLDEST)
    assert page.model.query.sort is SortOrder.OLDEST
    oldest = ids_in_view(page)
    assert oldest == list(reversed(newest))
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    page.set_sort(SortOrder.ARTICLE)
    posts = [row.post_id for r in range(page.model.rowCount()) if (row := page.model.queue_row(r))]
    assert posts == sorted(posts, reverse=True)
    page.update_counts()
    qtbot.waitUntil(lambda: page.oldest_label.text().startswith("Oldest pending: "))


def test_reject_all_pending_by_an_author_is_one_undo_step(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
    qtbot: QtBot,
) -> None:
    def spam(text: str, status: str = "hold") -> int:
        return reader_comment(
            desk.site,
            text,
            status=status,
            author_name="Bán Hàng Online",
            author_email="ban@example.net",
        )

    posted = [spam(f"Mua hàng rẻ số {n} nhé") for n in range(3)]
    spam("Mua hàng giá rẻ đã duyệt rồi", "approved")
    desk.pull()
    page.refresh()
    row = page.model.row_of(desk.local(posted[-1]).id)
    assert row is not None
    page.browser.select_row(row)
    page.reject_author_action.trigger()
    assert {status_of(desk, desk.local(i).id) for i in posted} == {"trash"}
    assert page.status_label.text() == (
        "Rejected 3 pending comment(s) by Bán Hàng Online — Ctrl+Z to undo"
    )
    assert page.undo_stack().count() == 1
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {status_of(desk, desk.local(i).id) for i in posted} == {"hold"}


def test_trusting_an_author_from_the_menu_shows_it_checked(
    page: CommentsPage,  # noqa: F811
    desk: Desk,
) -> None:
    assert not page.context_menu().actions()[-1].isChecked()
    page.trust_author_action.trigger()  # checks it, and trusts
    assert page.detail.detail is not None and page.detail.detail.author_trusted
    assert page.status_label.text().endswith("are approved when pulled.")
    assert page.context_menu().actions()[-1].isChecked()
    page.trust_author_action.trigger()
    assert page.detail.detail is not None and not page.detail.detail.author_trusted
