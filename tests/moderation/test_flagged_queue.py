"""The Flagged queue empties: each decision and "keep as is" takes a comment out, undo puts
it back; the site account's own comments are never flagged; trusted authors; sort orders."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from moderation.assistant.scores import store_scores
from moderation.authors import TRUSTED_NOTE, remember_account_user, set_trusted
from moderation.cache import reflag_all, store_page
from moderation.decisions import decide, undo
from moderation.journal import LogAction, entries_for_comment
from moderation.queues import CommentQueues, QueueFilter, QueueRow, SortOrder
from moderation.replies import reply_approving
from moderation.review import keep_as_is, undo_review
from moderation.rules import RuleKind, RuleSet, match_spans
from moderation.settings import save_rules
from moderation.statuses import Action, Queue
from portal.remote import RemoteComment
from storage.database import Store
from storage.models import CachedComment
from tests.moderation.conftest import Desk, reader_comment, remote

RULES = RuleSet(banned_words=("đểu",), watch_words=("tham nhũng",)).normalised()
WATCHED = "Chuyện tham nhũng ở xã cần làm rõ."


def put(store: Store, site_id: int, *comments: RemoteComment) -> None:
    with store.transaction() as session:
        store_page(session, site_id, list(comments), RULES)


def flagged_ids(store: Store, site_id: int) -> set[int]:
    """The Flagged queue as the page lists it, and the tab's count must agree."""
    queues = CommentQueues(store, site_id)
    listed = {row.id for row in queues.page(QueueFilter(Queue.FLAGGED))}
    assert queues.counts()[Queue.FLAGGED] == len(listed)
    return listed


def local_id(store: Store, remote_id: int) -> int:
    with store.session() as session:
        return session.scalars(
            select(CachedComment.id).where(CachedComment.remote_id == remote_id)
        ).one()


def test_flagged_holds_held_and_published_comments_nobody_has_looked_at(
    store: Store, site_id: int
) -> None:
    put(
        store,
        site_id,
        remote(1, WATCHED, status="hold"),
        remote(2, WATCHED, status="approved"),  # post-moderation: readers already see it
        remote(3, WATCHED, status="spam"),  # rejected already: nothing to look at
        remote(4, "Một ý kiến bình thường về con đường.", status="hold"),
    )
    rows = CommentQueues(store, site_id).page(QueueFilter(Queue.FLAGGED))
    assert sorted((row.remote_id, row.status) for row in rows) == [(1, "hold"), (2, "approved")]


@pytest.mark.parametrize(
    "action", [Action.APPROVE, Action.TRASH, Action.SPAM, Action.UNAPPROVE, None]
)
@pytest.mark.parametrize("status", ["hold", "approved"])
def test_flagged_membership_through_each_decision_and_each_undo(
    store: Store, site_id: int, action: Action | None, status: str
) -> None:
    put(store, site_id, remote(1, WATCHED, status=status), remote(2, WATCHED, status=status))
    first, second = local_id(store, 1), local_id(store, 2)
    assert flagged_ids(store, site_id) == {first, second}
    if action is None:  # "Reviewed, keep as is"
        review = keep_as_is(store, site_id, [first], "Thu Hà")
        assert review is not None
        assert CommentQueues(store, site_id).row(first).status == status  # type: ignore[union-attr]
        assert flagged_ids(store, site_id) == {second}
        assert undo_review(store, review, "Thu Hà") == 1
    else:
        record = decide(store, site_id, [first], action, "Thu Hà")
        if record is None:  # approving an approved comment, or unapproving a held one
            assert flagged_ids(store, site_id) == {first, second}
            return
        assert flagged_ids(store, site_id) == {second}
        outcome = undo(store, record, "Thu Hà")
        assert outcome.dropped == 1
    assert flagged_ids(store, site_id) == {first, second}
    row = CommentQueues(store, site_id).row(first)
    assert row is not None and row.status == status and row.flag_open


def test_keep_as_is_needs_no_site_is_logged_and_leaves_the_comment_unflagged_on_pull(
    store: Store, site_id: int
) -> None:
    put(store, site_id, remote(1, WATCHED, status="approved"))
    comment = local_id(store, 1)
    assert keep_as_is(store, site_id, [comment], "Thu Hà") is not None
    assert keep_as_is(store, site_id, [comment], "Thu Hà") is None  # nothing left to keep
    assert [e.action for e in entries_for_comment(store, comment)] == [LogAction.REVIEW]
    with store.session() as session:
        from portal.outbox import unfinished_in

        assert unfinished_in(session, "comment", [comment]) == {}
    put(store, site_id, remote(1, WATCHED, status="approved"))  # pulled again
    assert flagged_ids(store, site_id) == set()
    assert reflag_all(store, site_id, RULES) == 0
    assert flagged_ids(store, site_id) == set()


def test_undoing_a_review_leaves_a_comment_decided_since_alone(store: Store, site_id: int) -> None:
    put(store, site_id, remote(1, WATCHED, status="hold"))
    comment = local_id(store, 1)
    review = keep_as_is(store, site_id, [comment], "Thu Hà")
    assert review is not None
    decide(store, site_id, [comment], Action.TRASH, "Thu Hà")
    assert undo_review(store, review, "Thu Hà") == 0
    assert flagged_ids(store, site_id) == set()


def test_the_site_accounts_own_comments_are_never_flagged(store: Store, site_id: int) -> None:
    remember_account_user(store, site_id, 7)
    own = replace(remote(1, WATCHED + " Xem www.baobinhlam.vn", status="approved"), author=7)
    reader = replace(remote(2, WATCHED, status="approved"), author=8)
    put(store, site_id, own, reader)
    assert flagged_ids(store, site_id) == {local_id(store, 2)}
    assert reflag_all(store, site_id, RULES) == 0
    remember_account_user(store, site_id, 8)  # signed in as another user: it flips
    assert reflag_all(store, site_id, RULES) == 2
    assert flagged_ids(store, site_id) == {local_id(store, 1)}


def test_the_newspapers_reply_with_a_watch_word_is_not_flagged(desk: Desk) -> None:
    save_rules(desk.store, RULES, desk.account.id)
    reader = reader_comment(desk.site, "Xin hỏi vụ việc ở xã đã xử lý chưa?", status="approved")
    desk.pull()
    comment = local_id(desk.store, reader)
    reply_approving(
        desk.store,
        desk.account.id,
        comment,
        "Tòa soạn đang theo dõi vụ tham nhũng này và sẽ đưa tin tiếp.",
        "Thu Hà",
        RULES,
    )
    assert desk.drain().sent == 1
    desk.pull()
    with desk.store.session() as session:
        reply = session.scalars(
            select(CachedComment).where(CachedComment.parent_remote_id == reader)
        ).one()
        assert reply.flag_level == 0 and not reply.flag_open
        reply_id = reply.id
    assert reply_id not in flagged_ids(desk.store, desk.account.id)


def test_a_trusted_authors_next_comments_are_approved_on_pull_until_turned_off(
    desk: Desk,
) -> None:
    first = reader_comment(desk.site, "Bài viết rất hữu ích cho bà con.", author_name="Hà Văn Sơn")
    desk.pull()
    assert set_trusted(desk.store, desk.account.id, local_id(desk.store, first), True, "Thu Hà")
    assert desk.local(first).status == "hold"  # only the *next* comments
    second = reader_comment(desk.site, "Mong báo viết thêm về chợ phiên.", author_name="Hà Văn Sơn")
    stranger = reader_comment(
        desk.site, "Tôi cũng nghĩ vậy.", author_name="Người lạ", author_email="la@example.org"
    )
    report = desk.pull()
    assert report.trusted == 1
    assert desk.local(second).status == "approved" and desk.local(stranger).status == "hold"
    log = entries_for_comment(desk.store, desk.local(second).id)
    assert [(e.action, e.note) for e in log] == [(LogAction.APPROVE, TRUSTED_NOTE)]
    assert desk.drain().sent == 1
    assert desk.site.store.get_comment(second).status == "approved"  # type: ignore[union-attr]
    assert set_trusted(desk.store, desk.account.id, local_id(desk.store, first), False, "Thu Hà")
    third = reader_comment(desk.site, "Cảm ơn phóng viên nhiều.", author_name="Hà Văn Sơn")
    desk.pull()
    assert desk.local(third).status == "hold"


def test_pending_by_author_lists_only_that_authors_pending_comments(
    store: Store, site_id: int
) -> None:
    put(
        store,
        site_id,
        remote(1, status="hold", author_email="son@example.com"),
        remote(2, status="approved", author_email="son@example.com"),
        remote(3, status="hold", author_email="SON@example.com"),
        remote(4, status="hold", author_email="lan@example.com"),
    )
    key = CommentQueues(store, site_id).page(QueueFilter(Queue.ALL))[-1]
    with store.session() as session:
        author = session.get(CachedComment, key.id)
        assert author is not None
        son = author.author_key
    ids = CommentQueues(store, site_id).pending_by_author(son)
    assert ids == [local_id(store, 3), local_id(store, 1)]
    record = decide(store, site_id, ids, Action.TRASH, "Thu Hà")
    assert record is not None and len(record.changes) == 2
    undo(store, record, "Thu Hà")
    assert CommentQueues(store, site_id).pending_by_author(son) == ids


def _expected(rows: list[QueueRow], order: SortOrder) -> list[int]:
    if order is SortOrder.OLDEST:
        return [r.id for r in sorted(rows, key=lambda r: (r.date_gmt, r.id))]
    keys = {
        SortOrder.NEWEST: lambda r: (r.date_gmt, r.id),
        SortOrder.ARTICLE: lambda r: (r.post_id, r.date_gmt, r.id),
        SortOrder.FLAGS: lambda r: (r.flag_level, r.date_gmt, r.id),
        SortOrder.SCORE: lambda r: (r.sort_score, r.date_gmt, r.id),
    }
    return [r.id for r in sorted(rows, key=keys[order], reverse=True)]


@pytest.mark.parametrize("order", list(SortOrder))
def test_each_sort_order_pages_through_every_comment_once(
    store: Store, site_id: int, order: SortOrder
) -> None:
    start = datetime(2025, 5, 1, tzinfo=UTC)
    texts = [WATCHED, "Đồ đểu!", "Ý kiến rất xác đáng của bạn đọc."]
    put(
        store,
        site_id,
        *[
            remote(
                n,
                texts[n % 3],
                post=n % 4 + 1,
                # some share a date: the id breaks the tie
                date=start + timedelta(minutes=n // 2),
            )
            for n in range(1, 24)
        ],
    )
    queues = CommentQueues(store, site_id)
    waiting = sorted(row.id for row in queues.page(QueueFilter(Queue.PENDING)))
    # the assistant's scores: three levels shared by several comments, one unscored
    store_scores(store, site_id, {i: (n % 3) / 2 for n, i in enumerate(waiting[1:])})
    query = QueueFilter(Queue.PENDING, order=order)
    seen: list[QueueRow] = []
    while True:
        page = queues.page(query, after=seen[-1] if seen else None, limit=5)
        if not page:
            break
        seen.extend(page)
    assert len({row.id for row in seen}) == len(seen) == 23
    assert [row.id for row in seen] == _expected(seen, order)
    assert seen[-1].score is None or order is not SortOrder.SCORE  # unscored last


def test_oldest_pending_is_the_earliest_held_comment(store: Store, site_id: int) -> None:
    start = datetime(2025, 5, 1, 6, 30, tzinfo=UTC)
    queues = CommentQueues(store, site_id)
    assert queues.oldest_pending() is None
    put(
        store,
        site_id,
        remote(1, status="approved", date=start - timedelta(days=3)),
        remote(2, status="hold", date=start),
        remote(3, status="hold", date=start + timedelta(hours=5)),
    )
    assert queues.oldest_pending() == start
    decide(store, site_id, [local_id(store, 2)], Action.APPROVE, "Thu Hà")
    assert queues.oldest_pending() == start + timedelta(hours=5)


def test_match_spans_point_at_the_words_as_written() -> None:
    rules = RuleSet(banned_words=('"đểu"',), watch_words=("tham nhũng",)).normalised()
    text = "Thằng ĐỂU, đều như nhau; THAM-NHUNG thì xem www.tin-nhanh.vn nhé"
    found = [(text[s.start : s.end], s.kind) for s in match_spans(rules, text)]
    assert found == [
        ("ĐỂU", RuleKind.BANNED),
        ("THAM-NHUNG", RuleKind.WATCH),
        ("www.tin-nhanh.vn", RuleKind.LINK),
    ]
