"""The comment outbox kinds as the registry hands them out: choices, discard, old payloads."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from editor.outbox_payloads import PublishPayload
from moderation.cache import store_page
from moderation.decisions import STATUS_KIND, decide
from moderation.journal import LogAction, log_page
from moderation.outbox_kinds import KEEP_SITE, SEND_MINE
from moderation.outbox_payloads import ReplyPayload, StatusPayload
from moderation.replies import queue_reply
from moderation.rules import RuleSet
from moderation.statuses import Action
from portal.outbox import Outbox, OutboxEntry, OutboxState
from portal.outbox_kinds import OutboxKinds, UnknownChoice
from shell.wiring import outbox_kinds
from storage.database import Store
from storage.models import CachedComment, OutboxItem
from tests.moderation.conftest import remote


@pytest.fixture
def kinds() -> OutboxKinds:
    return outbox_kinds(lambda: "Thu Hà")


def _cache(store: Store, site_id: int, *comments: object) -> None:
    with store.transaction() as session:
        store_page(session, site_id, list(comments), RuleSet())  # type: ignore[arg-type]


def _comment(store: Store, remote_id: int) -> CachedComment:
    with store.session() as session:
        return session.scalars(
            select(CachedComment).where(CachedComment.remote_id == remote_id)
        ).one()


def _set_state(store: Store, item_id: int, state: OutboxState, **payload: object) -> None:
    with store.transaction() as session:
        row = session.get(OutboxItem, item_id)
        assert row is not None
        row.state = state.value
        if payload:
            row.payload_json = json.dumps({**json.loads(row.payload_json), **payload})


def _only(store: Store) -> OutboxEntry:
    (entry,) = Outbox(store).entries()
    return entry


def test_a_comment_decision_is_described_by_its_comment_and_wanted_state(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    _cache(store, site_id, remote(7, "Đường liên xã đã sạch sẽ hơn nhiều, cảm ơn phóng viên."))
    decide(store, site_id, [_comment(store, 7).id], Action.APPROVE, "Lan")
    queue_reply(store, site_id, _comment(store, 7).id, "Cảm ơn bạn đọc.", "Lan", RuleSet())
    labels = kinds.describe(store, Outbox(store).entries())
    assert labels == [
        "Comment by Nguyễn Thị Lan “Đường liên xã đã sạch sẽ hơn nhiều, cảm ơn phóng viên.”: "
        "Approved",
        "Reply to Nguyễn Thị Lan's comment "
        "“Đường liên xã đã sạch sẽ hơn nhiều, cảm ơn phóng viên.”",
    ]
    status_item = next(e for e in Outbox(store).entries() if e.kind == STATUS_KIND)
    _set_state(store, status_item.id, OutboxState.FAILED, status="1")  # WordPress spells it so
    with store.transaction() as session:  # the cached copy lost its text: the site's id
        session.execute(update(CachedComment).values(content="", excerpt=""))
    assert kinds.describe(store, Outbox(store).entries()) == [
        "Comment #7 on the site: Approved",
        "Reply to comment #7 on the site",
    ]


def test_only_a_conflicting_decision_has_choices_and_only_its_own(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    _cache(store, site_id, remote(7, "Ý kiến của bạn đọc về chợ phiên."))
    comment_id = _comment(store, 7).id
    decide(store, site_id, [comment_id], Action.APPROVE, "Lan")
    assert kinds.choices(_only(store)) == []  # waiting: nothing to choose
    item = _only(store)
    _set_state(store, item.id, OutboxState.CONFLICT, conflict={"status": "spam"})
    entry = _only(store)
    assert [choice.id for choice in kinds.choices(entry)] == [KEEP_SITE, SEND_MINE]
    with pytest.raises(UnknownChoice):
        kinds.resolve(store, entry, "take_site")  # an interview's choice
    assert _only(store).state is OutboxState.CONFLICT
    assert _comment(store, 7).status == "approved"
    facts = dict(kinds.conflict_facts(store, entry))
    assert facts["Comment"] == "Ý kiến của bạn đọc về chợ phiên."
    assert (facts["On the site now"], facts["Your decision"]) == ("Spam", "Approved")


def test_keep_the_sites_decision_through_the_registry(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    _cache(store, site_id, remote(7, "Ý kiến về giá điện."))
    comment_id = _comment(store, 7).id
    decide(store, site_id, [comment_id], Action.APPROVE, "Lan")
    with store.transaction() as session:
        session.execute(update(CachedComment).values(site_status="spam"))
    _set_state(store, _only(store).id, OutboxState.CONFLICT, conflict={"status": "spam"})
    kinds.resolve(store, _only(store), KEEP_SITE)
    assert Outbox(store).entries() == []
    assert _comment(store, 7).status == "spam"
    assert log_page(store, site_id)[0].moderator == "Thu Hà"


def test_discarding_a_failed_decision_puts_the_sites_status_back(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    _cache(store, site_id, remote(7, "Ý kiến về trường học."))
    comment_id = _comment(store, 7).id
    decide(store, site_id, [comment_id], Action.SPAM, "Lan")
    assert _comment(store, 7).status == "spam"
    _set_state(store, _only(store).id, OutboxState.FAILED)
    kinds.discard(Outbox(store), [_only(store).id])
    row = _comment(store, 7)
    assert (row.status, row.site_status) == ("hold", "hold")
    entry = log_page(store, site_id)[0]
    assert (entry.action, entry.from_status, entry.to_status) == (LogAction.UNDO, "spam", "hold")


def test_discarding_one_of_two_decisions_leaves_the_other_in_force(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    _cache(store, site_id, remote(7, "Ý kiến về cầu mới."))
    comment_id = _comment(store, 7).id
    decide(store, site_id, [comment_id], Action.APPROVE, "Lan")
    decide(store, site_id, [comment_id], Action.TRASH, "Lan")
    first, second = Outbox(store).entries()
    kinds.discard(Outbox(store), [second.id])
    assert _comment(store, 7).status == "approved"  # what the first, still queued, leaves
    kinds.discard(Outbox(store), [first.id])
    assert _comment(store, 7).status == "hold"


def test_payloads_queued_by_earlier_versions_are_read_as_they_are(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    """Rows already in users' databases: the JSON shapes earlier versions wrote."""
    status = {"comment_id": 3, "remote_id": 41, "status": "approved", "expected": "hold"}
    conflicted = {
        **status,
        "conflict": {"status": "spam", "expected": "hold", "wanted": "approved"},
    }
    reply = {"comment_id": 3, "parent": 41, "post": 9, "content": "Cảm ơn.", "remote_id": 77}
    publish = {
        "document": {"title": "Bài cũ", "lead": "", "blocks": []},
        "status": "publish",
        "date_gmt": None,
        "categories": [4, 5],
        "overwrite": "2025-03-01T08:00:00",
    }
    for kind, payload_type, data in (
        (STATUS_KIND, StatusPayload, status),
        (STATUS_KIND, StatusPayload, conflicted),
        ("comment_reply", ReplyPayload, reply),
        ("publish_interview", PublishPayload, publish),
    ):
        parsed = payload_type.from_json(data)
        assert parsed.to_json() == data, kind  # read and written back unchanged
    assert StatusPayload.from_json(conflicted).conflict is not None
    assert PublishPayload.from_json(publish).categories == (4, 5)


def test_a_damaged_payload_is_described_plainly_offers_nothing_and_can_be_discarded(
    store: Store, site_id: int, kinds: OutboxKinds
) -> None:
    _cache(store, site_id, remote(7, "Ý kiến."))
    decide(store, site_id, [_comment(store, 7).id], Action.APPROVE, "Lan")
    with store.transaction() as session:
        session.execute(
            update(OutboxItem).values(payload_json='{"status": 5}', state=OutboxState.CONFLICT)
        )
    entry = _only(store)
    assert kinds.describe(store, [entry]) == [f"{STATUS_KIND} #{entry.subject_id}"]
    assert kinds.choices(entry) == []
    assert kinds.conflict_facts(store, entry) == []
    assert [e.id for e in kinds.discard(Outbox(store), [entry.id])] == [entry.id]
    assert Outbox(store).entries() == []
