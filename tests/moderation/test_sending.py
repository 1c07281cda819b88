"""Decisions and replies reaching the demo site over real HTTP, offline, and in conflict."""

from __future__ import annotations

from moderation.decisions import decide, keep_site_decision, send_anyway, undo
from moderation.details import load_detail
from moderation.journal import SITE, LogAction, log_page
from moderation.replies import queue_reply
from moderation.rules import RuleSet
from moderation.statuses import Action
from portal.outbox import OutboxState
from portal.remote import RemoteComment
from portal.wordpress import WordPressClient
from tests.moderation.conftest import OTHER_PASSWORD, Desk, first_with_status, free_port

UNFINISHED = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED, OutboxState.CONFLICT)


def test_each_decision_reaches_the_site(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "hold")
    comment_id = desk.local(remote_id).id
    for action, expected in (
        (Action.APPROVE, "approved"),
        (Action.UNAPPROVE, "hold"),
        (Action.SPAM, "spam"),
        (Action.RESTORE, "hold"),
        (Action.APPROVE, "approved"),
        (Action.TRASH, "trash"),
        (Action.RESTORE, "approved"),
    ):
        assert decide(desk.store, desk.account.id, [comment_id], action, "Lan") is not None
        assert load_detail(desk.store, comment_id).sync.state == "pending"  # type: ignore[union-attr]
        report = desk.drain()
        assert (report.sent, report.failed, report.conflicts) == (1, 0, 0), action
        assert desk.client.get_comment(remote_id).status == expected, action
        row = desk.local(remote_id)
        assert (row.status, row.site_status) == (expected, expected)
        assert load_detail(desk.store, comment_id).sync.state is None  # type: ignore[union-attr]


def test_a_multi_selection_is_sent_comment_by_comment(desk: Desk) -> None:
    desk.pull()
    remote_ids = [first_with_status(desk.site, "hold", skip=n) for n in range(4)]
    ids = [desk.local(r).id for r in remote_ids]
    decide(desk.store, desk.account.id, ids, Action.SPAM, "Lan")
    assert desk.drain().sent == 4
    assert [desk.client.get_comment(r).status for r in remote_ids] == ["spam"] * 4


def test_decisions_taken_offline_are_sent_later(desk: Desk) -> None:
    desk.pull()
    held = first_with_status(desk.site, "hold")
    approved = first_with_status(desk.site, "approved")
    offline = WordPressClient(
        f"http://127.0.0.1:{free_port()}", "kiemduyet", "x", timeout=2
    )  # the network is down
    decide(desk.store, desk.account.id, [desk.local(held).id], Action.APPROVE, "Lan")
    decide(desk.store, desk.account.id, [desk.local(approved).id], Action.TRASH, "Lan")
    report = desk.drain(offline)
    assert report.offline and report.sent == 0
    waiting = desk.outbox(UNFINISHED)
    assert [e.state for e in waiting] == [OutboxState.PENDING] * 2
    assert waiting[0].last_error == "The site refused the connection."
    assert desk.local(held).status == "approved"  # the moderator's decision stands locally
    assert desk.client.get_comment(held).status == "hold"
    desk.outbox_due_now()
    report = desk.drain()
    assert report.sent == 2 and report.all_sent
    assert desk.client.get_comment(held).status == "approved"
    assert desk.client.get_comment(approved).status == "trash"


def test_a_decision_taken_on_the_site_meanwhile_is_not_overwritten(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "hold")
    comment_id = desk.local(remote_id).id
    decide(desk.store, desk.account.id, [comment_id], Action.APPROVE, "Lan")
    with WordPressClient(desk.site.base_url, "bientap2", OTHER_PASSWORD) as other:
        other.update_comment_status(remote_id, "spam")
    report = desk.drain()
    assert (report.sent, report.conflicts) == (0, 1)
    assert desk.client.get_comment(remote_id).status == "spam"  # the site's decision stands
    [item] = desk.outbox(UNFINISHED)
    assert item.state is OutboxState.CONFLICT
    assert item.payload["conflict"]["status"] == "spam"
    assert item.last_error and "someone else" in item.last_error
    detail = load_detail(desk.store, comment_id)
    assert detail is not None
    assert (detail.status, detail.site_status) == ("approved", "spam")
    assert (detail.sync.state, detail.sync.site_status, detail.sync.wanted_status) == (
        "conflict",
        "spam",
        "approved",
    )
    conflict = log_page(desk.store, desk.account.id)[0]
    assert (conflict.action, conflict.moderator) == (LogAction.CONFLICT, SITE)
    assert (conflict.from_status, conflict.to_status, conflict.note) == ("hold", "spam", "approved")
    # the moderator, told, insists
    assert send_anyway(desk.store, comment_id)
    assert desk.drain().sent == 1
    assert desk.client.get_comment(remote_id).status == "approved"


def test_after_a_conflict_the_moderator_may_keep_the_sites_decision(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "hold")
    comment_id = desk.local(remote_id).id
    decide(desk.store, desk.account.id, [comment_id], Action.TRASH, "Lan")
    with WordPressClient(desk.site.base_url, "bientap2", OTHER_PASSWORD) as other:
        other.update_comment_status(remote_id, "approved")
    assert desk.drain().conflicts == 1
    assert keep_site_decision(desk.store, comment_id, "Lan")
    assert desk.local(remote_id).status == "approved"
    assert desk.outbox(UNFINISHED) == []
    assert desk.client.get_comment(remote_id).status == "approved"


def test_the_same_decision_taken_on_the_site_is_no_conflict(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "hold")
    decide(desk.store, desk.account.id, [desk.local(remote_id).id], Action.SPAM, "Lan")
    desk.client.update_comment_status(remote_id, "spam")  # e.g. sent before a crash
    report = desk.drain()
    assert (report.sent, report.conflicts) == (1, 0)


def test_undo_after_sending_sends_the_reverse(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "hold")
    record = decide(desk.store, desk.account.id, [desk.local(remote_id).id], Action.TRASH, "Lan")
    assert record is not None and desk.drain().sent == 1
    assert desk.client.get_comment(remote_id).status == "trash"
    assert undo(desk.store, record, "Lan").reversed == 1
    assert desk.drain().sent == 1
    assert desk.client.get_comment(remote_id).status == "hold"
    assert desk.local(remote_id).site_status == "hold"


def test_a_comment_deleted_on_the_site_fails_with_the_sites_reason(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "hold")
    decide(desk.store, desk.account.id, [desk.local(remote_id).id], Action.APPROVE, "Lan")
    desk.client.delete_comment(remote_id, force=True)
    report = desk.drain()
    assert report.failed == 1
    [item] = desk.outbox(UNFINISHED)
    assert item.state is OutboxState.FAILED
    assert (item.last_error or "").startswith("The comment was not found on the site.")


def newsroom_replies(desk: Desk, post_id: int, parent: int) -> list[RemoteComment]:
    """Replies to *parent* written by the moderator's account."""
    return [
        c
        for c in desk.client.iter_comments(post=post_id)
        if c.parent == parent and c.author_name == "Người kiểm duyệt"
    ]


def test_a_reply_is_posted_as_the_newspaper_and_cached(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "approved")
    parent = desk.local(remote_id)
    queue_reply(
        desk.store,
        desk.account.id,
        parent.id,
        "Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới Sở Giao thông.",
        "Thu Hà",
        RuleSet(),
    )
    detail = load_detail(desk.store, parent.id)
    assert detail is not None
    assert detail.sync.pending_replies == (
        "Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới Sở Giao thông.",
    )
    assert desk.drain().sent == 1
    replies = newsroom_replies(desk, parent.post_id, remote_id)
    assert [(r.content, r.author_name) for r in replies] == [
        ("Cảm ơn bạn, tòa soạn đã chuyển ý kiến tới Sở Giao thông.", "Người kiểm duyệt")
    ]
    cached = desk.local(replies[0].id)
    assert (cached.parent_remote_id, cached.status) == (remote_id, "approved")
    assert load_detail(desk.store, parent.id).sync.pending_replies == ()  # type: ignore[union-attr]


def test_a_reply_whose_first_attempt_got_through_is_not_posted_twice(desk: Desk) -> None:
    desk.pull()
    remote_id = first_with_status(desk.site, "approved")
    parent = desk.local(remote_id)
    text = "Tòa soạn xin ghi nhận góp ý của bạn."
    queue_reply(desk.store, desk.account.id, parent.id, text, "Thu Hà", RuleSet())
    # the earlier attempt reached the site, but its answer was lost on the way back
    desk.client.create_comment(parent.post_id, text, parent=remote_id)
    assert desk.drain().sent == 1
    replies = newsroom_replies(desk, parent.post_id, remote_id)
    assert [r.content for r in replies] == [text]
