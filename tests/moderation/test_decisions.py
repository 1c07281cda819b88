"""Decisions saved locally with their outbox item, undo, automatic rules, replies, the log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from moderation.cache import reflag_all, store_page
from moderation.decisions import (
    DecisionRecord,
    decide,
    keep_site_decision,
    send_anyway,
    undo,
)
from moderation.errors import ReplyTooLong, ReplyTooShort
from moderation.journal import AUTOMATIC, LogAction, log_count, log_page
from moderation.queues import CommentQueues, QueueFilter
from moderation.replies import check_reply, queue_reply
from moderation.rules import RuleSet
from moderation.settings import load_rules, save_rules
from moderation.statuses import Action, Queue
from portal.outbox import Outbox, OutboxEntry, OutboxState
from storage.database import Store
from storage.models import CachedComment
from tests.moderation.conftest import remote


def cache(store: Store, site_id: int, *comments: object, rules: RuleSet | None = None) -> None:
    with store.transaction() as session:
        store_page(session, site_id, list(comments), rules or RuleSet())  # type: ignore[arg-type]


def local_id(store: Store, remote_id: int) -> int:
    with store.session() as session:
        return session.scalars(
            select(CachedComment.id).where(CachedComment.remote_id == remote_id)
        ).one()


def comment(store: Store, remote_id: int) -> CachedComment:
    with store.session() as session:
        return session.scalars(
            select(CachedComment).where(CachedComment.remote_id == remote_id)
        ).one()


def items(store: Store) -> list[OutboxEntry]:
    return Outbox(store).entries(tuple(OutboxState))


def test_a_decision_is_saved_at_once_with_its_outbox_item_and_log(
    store: Store, site_id: int
) -> None:
    cache(store, site_id, remote(1, "Ý kiến hay về bài viết."), remote(2, "Một ý kiến khác nữa."))
    queues = CommentQueues(store, site_id)
    assert queues.pending_count() == 2
    record = decide(store, site_id, [local_id(store, 1)], Action.APPROVE, "Thu Hà")
    assert record is not None and record.comment_ids == [local_id(store, 1)]
    assert comment(store, 1).status == "approved"
    assert comment(store, 1).site_status == "hold"  # the site does not know yet
    assert queues.pending_count() == 1
    [item] = items(store)
    assert (item.kind, item.state, item.subject_type) == ("comment_status", "pending", "comment")
    assert item.payload == {
        "comment_id": local_id(store, 1),
        "remote_id": 1,
        "status": "approved",
        "expected": "hold",
    }
    [entry] = log_page(store, site_id)
    assert (entry.moderator, entry.action, entry.from_status, entry.to_status) == (
        "Thu Hà",
        LogAction.APPROVE,
        "hold",
        "approved",
    )
    assert entry.author_name == "Nguyễn Thị Lan"
    assert entry.excerpt == "Ý kiến hay về bài viết."


def test_a_multi_selection_changes_only_comments_the_action_applies_to(
    store: Store, site_id: int
) -> None:
    cache(
        store,
        site_id,
        remote(1, "Đang chờ duyệt.", status="hold"),
        remote(2, "Đã được duyệt rồi.", status="approved"),
        remote(3, "Quảng cáo bán hàng.", status="spam"),
    )
    ids = [local_id(store, i) for i in (1, 2, 3)]
    record = decide(store, site_id, ids, Action.APPROVE, "Lan")
    assert record is not None
    assert sorted(c.remote_id for c in record.changes) == [1, 3]
    assert len(items(store)) == 2
    assert decide(store, site_id, [ids[1]], Action.APPROVE, "Lan") is None  # nothing to do
    assert log_count(store, site_id) == 2


def test_restore_brings_a_comment_back_where_it_was(store: Store, site_id: int) -> None:
    cache(
        store,
        site_id,
        remote(1, "Bình luận đã duyệt.", status="approved"),
        remote(2, "Bình luận trong thư mục spam.", status="spam"),
    )
    first, second = local_id(store, 1), local_id(store, 2)
    decide(store, site_id, [first], Action.TRASH, "Lan")
    assert comment(store, 1).status == "trash"
    decide(store, site_id, [first, second], Action.RESTORE, "Lan")
    assert comment(store, 1).status == "approved"  # where it was before the trash
    assert comment(store, 2).status == "hold"  # unknown before: pending
    assert decide(store, site_id, [first], Action.RESTORE, "Lan") is None


def test_undo_before_sending_drops_the_outbox_item(store: Store, site_id: int) -> None:
    cache(
        store,
        site_id,
        remote(1, "Chuyện tham nhũng ở xã."),
        rules=RuleSet(watch_words=("tham nhũng",)),
    )
    queues = CommentQueues(store, site_id)
    assert queues.counts()[Queue.FLAGGED] == 1
    record = decide(store, site_id, [local_id(store, 1)], Action.SPAM, "Lan")
    assert record is not None
    assert queues.counts()[Queue.FLAGGED] == 0  # a moderator has looked
    outcome = undo(store, record, "Lan")
    assert (outcome.dropped, outcome.reversed, outcome.skipped) == (1, 0, 0)
    assert items(store) == []
    row = comment(store, 1)
    assert (row.status, row.previous_status, row.flag_open) == ("hold", "", True)
    assert queues.counts()[Queue.FLAGGED] == 1
    assert [e.action for e in log_page(store, site_id)] == [LogAction.UNDO, LogAction.SPAM]


def test_undo_after_sending_queues_the_reverse(store: Store, site_id: int) -> None:
    cache(store, site_id, remote(1, "Ý kiến sẽ được duyệt."))
    record = decide(store, site_id, [local_id(store, 1)], Action.APPROVE, "Lan")
    assert record is not None
    [sent] = items(store)
    Outbox(store).complete(sent.id)
    with store.transaction() as session:  # what the send handler records
        row = session.get(CachedComment, local_id(store, 1))
        assert row is not None
        row.site_status = "approved"
    outcome = undo(store, record, "Lan")
    assert (outcome.dropped, outcome.reversed) == (0, 1)
    reverse = Outbox(store).entries()
    assert [(e.payload["status"], e.payload["expected"]) for e in reverse] == [("hold", "approved")]
    assert comment(store, 1).status == "hold"


def test_undo_skips_a_comment_changed_since(store: Store, site_id: int) -> None:
    cache(store, site_id, remote(1, "Ý kiến bạn đọc."))
    first = decide(store, site_id, [local_id(store, 1)], Action.APPROVE, "Lan")
    decide(store, site_id, [local_id(store, 1)], Action.SPAM, "Lan")
    assert first is not None
    assert undo(store, first, "Lan").skipped == 1
    assert comment(store, 1).status == "spam"


def test_queued_decisions_expect_what_the_earlier_ones_leave(store: Store, site_id: int) -> None:
    cache(store, site_id, remote(1, "Ý kiến bạn đọc."))
    decide(store, site_id, [local_id(store, 1)], Action.APPROVE, "Lan")
    decide(store, site_id, [local_id(store, 1)], Action.SPAM, "Lan")
    assert [(e.payload["expected"], e.payload["status"]) for e in items(store)] == [
        ("hold", "approved"),
        ("approved", "spam"),
    ]


def conflicted(store: Store, site_id: int) -> tuple[int, DecisionRecord]:
    """A held comment approved here while someone spammed it on the site."""
    cache(store, site_id, remote(1, "Ý kiến gây tranh cãi."))
    comment_id = local_id(store, 1)
    record = decide(store, site_id, [comment_id], Action.APPROVE, "Lan")
    assert record is not None
    [item] = items(store)
    Outbox(store).mark_conflict(
        item.id, "changed on the site", {**item.payload, "conflict": {"status": "spam"}}
    )
    with store.transaction() as session:
        row = session.get(CachedComment, comment_id)
        assert row is not None
        row.site_status = "spam"
    return comment_id, record


def test_keeping_the_sites_decision_after_a_conflict(store: Store, site_id: int) -> None:
    comment_id, _ = conflicted(store, site_id)
    assert keep_site_decision(store, comment_id, "Lan")
    assert comment(store, 1).status == "spam"
    assert items(store) == []
    assert log_page(store, site_id)[0].action is LogAction.KEEP_SITE
    assert not keep_site_decision(store, comment_id, "Lan")


def test_sending_mine_anyway_after_a_conflict(store: Store, site_id: int) -> None:
    comment_id, _ = conflicted(store, site_id)
    assert send_anyway(store, comment_id)
    [item] = items(store)
    assert item.state is OutboxState.PENDING
    assert (item.payload["expected"], item.payload["status"]) == ("spam", "approved")
    assert "conflict" not in item.payload


def test_a_new_decision_replaces_one_in_conflict(store: Store, site_id: int) -> None:
    comment_id, _ = conflicted(store, site_id)
    decide(store, site_id, [comment_id], Action.TRASH, "Lan")
    [item] = items(store)
    assert (item.payload["expected"], item.payload["status"]) == ("spam", "trash")


def test_automatic_actions_apply_only_to_new_comments_when_turned_on(
    store: Store, site_id: int
) -> None:
    plain = RuleSet(banned_words=("lừa đảo",)).normalised()
    cache(store, site_id, remote(1, "Trang này lừa đảo, đừng tin."), rules=plain)
    assert comment(store, 1).status == "hold" and items(store) == []  # off by default
    strict = RuleSet(banned_words=("lừa đảo",), banned_action=Action.TRASH).normalised()
    cache(store, site_id, remote(1, "Trang này lừa đảo, đừng tin."), rules=strict)
    assert comment(store, 1).status == "hold"  # already cached: left to the moderators
    cache(
        store,
        site_id,
        remote(2, "Lại một trang LUA DAO nữa."),
        remote(3, "Bài viết rất bổ ích."),
        remote(4, "Lừa đảo đã bị gỡ.", status="spam"),
        rules=strict,
    )
    assert [comment(store, i).status for i in (2, 3, 4)] == ["trash", "hold", "spam"]
    [item] = items(store)
    assert item.payload["remote_id"] == 2 and item.payload["status"] == "trash"
    entry = log_page(store, site_id)[0]
    assert entry.moderator == AUTOMATIC and entry.note == "banned:lừa đảo"
    assert comment(store, 2).flag_open  # still worth a moderator's look


def test_new_rules_flag_cached_comments_again(store: Store, site_id: int) -> None:
    cache(
        store,
        site_id,
        remote(1, "Chuyện tham nhũng ở xã."),
        remote(2, "Chuyện tham nhũng ở huyện."),
    )
    queues = CommentQueues(store, site_id)
    assert queues.counts()[Queue.FLAGGED] == 0
    decide(store, site_id, [local_id(store, 2)], Action.APPROVE, "Lan")
    rules = save_rules(store, RuleSet(watch_words=("tham nhũng", "THAM NHŨNG")))
    assert load_rules(store) == rules and rules.watch_words == ("tham nhũng",)
    assert reflag_all(store, site_id, rules) == 2
    assert [r.remote_id for r in queues.page(QueueFilter(Queue.FLAGGED))] == [1]  # 2 was reviewed
    assert comment(store, 2).flag_level == 1
    assert reflag_all(store, site_id, rules) == 0


def test_replies_are_checked_against_the_sites_limits() -> None:
    rules = RuleSet()
    assert check_reply("  Cảm ơn bạn!\r\n", rules) == "Cảm ơn bạn!"
    with pytest.raises(ReplyTooShort) as short:
        check_reply(" Ừ ", rules)
    assert "5" in short.value.user_message
    with pytest.raises(ReplyTooLong) as long:
        check_reply("ư" * 501, rules)
    assert "500" in long.value.user_message
    assert check_reply("ư" * 500, rules) == "ư" * 500


def test_a_reply_is_queued_with_its_log_entry(store: Store, site_id: int) -> None:
    cache(store, site_id, remote(5, "Xin hỏi số đường dây nóng?", post=42))
    queue_reply(store, site_id, local_id(store, 5), "Số ở cuối bài, bạn nhé.", "Thu Hà", RuleSet())
    [item] = items(store)
    assert item.kind == "comment_reply"
    assert item.payload == {
        "comment_id": local_id(store, 5),
        "parent": 5,
        "post": 42,
        "content": "Số ở cuối bài, bạn nhé.",
    }
    entry = log_page(store, site_id)[0]
    assert (entry.action, entry.moderator, entry.note) == (
        LogAction.REPLY,
        "Thu Hà",
        "Số ở cuối bài, bạn nhé.",
    )


def test_undoing_approve_and_reply_while_the_reply_is_being_sent_keeps_both(
    store: Store, site_id: int
) -> None:
    from moderation.replies import reply_approving, withdraw_reply
    from storage.models import OutboxItem

    cache(store, site_id, remote(7, "Xin hỏi lịch tiêm chủng ở xã?"))
    reply = reply_approving(
        store, site_id, local_id(store, 7), "Tòa soạn sẽ hỏi trạm y tế.", "Thu Hà", RuleSet()
    )
    assert comment(store, 7).status == "approved"
    with store.transaction() as session:  # the worker has just picked the reply up
        item = session.get(OutboxItem, reply.outbox_id)
        assert item is not None
        item.state = OutboxState.SENDING.value
    outcome = withdraw_reply(store, reply, "Thu Hà")
    assert outcome.skipped == 1 and outcome.dropped == 0
    # The reply may go live any moment: its comment must not go back to pending.
    assert comment(store, 7).status == "approved"


def test_each_site_has_its_own_rules_and_falls_back_to_the_shared_ones(
    store: Store, site_id: int
) -> None:
    from portal.accounts import Accounts, PasswordVault

    english = Accounts(store, PasswordVault()).add(
        "English edition", "http://127.0.0.1:9/en", "bt", "p w"
    ).id
    shared = save_rules(store, RuleSet(watch_words=("tham nhũng",)))  # rules from before
    assert load_rules(store, site_id) == shared == load_rules(store, english)
    own = save_rules(store, RuleSet(banned_words=("lừa đảo",), max_length=300), site_id)
    assert load_rules(store, site_id) == own
    assert load_rules(store, english) == shared  # one site's rules never leak to another
    cache(store, site_id, remote(31, "Đây là trò lừa đảo, đừng tin."), rules=own)
    assert comment(store, 31).flag_level == 2  # the site's own banned word: suggest rejecting
