"""The assistant's optional rule: hold for review the comments it scores high (off by default)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from moderation.assistant.scores import store_scores
from moderation.cache import reflag_all, store_page
from moderation.queues import CommentQueues
from moderation.rules import Reason, RuleKind, RuleSet, reasons_from_json
from moderation.settings import save_rules
from moderation.statuses import Queue
from moderation.ui.rules_dialog import RulesDialog
from moderation.ui.texts import reason_text
from storage.database import Store
from storage.models import CachedComment, OutboxItem
from tests.moderation.conftest import remote

SPAM = "Vay tiền nhanh không cần thế chấp, gọi ngay số 0912 000 111"
FINE = "Con đường mới về xã đẹp quá, cảm ơn các chú công nhân."


def _cache(store: Store, site_id: int, rules: RuleSet | None = None) -> dict[int, int]:
    """Four comments: held and published, each with a high and a low score to come."""
    with store.transaction() as session:
        store_page(
            session,
            site_id,
            [
                remote(1, SPAM, status="hold"),
                remote(2, SPAM + " ngay hôm nay", status="approved", author_name="Trần Văn Bảo"),
                remote(3, FINE, status="hold", author_name="Lê Thị Hoa"),
                remote(4, FINE + " Mong có thêm", status="approved", author_name="Phạm Minh"),
            ],
            rules or RuleSet(),
        )
    with store.session() as session:
        rows = session.execute(select(CachedComment.remote_id, CachedComment.id)).all()
        return {remote_id: local_id for remote_id, local_id in rows}


def _state(store: Store, comment_id: int) -> tuple[str, str, bool, tuple[Reason, ...]]:
    with store.session() as session:
        row = session.get(CachedComment, comment_id)
        assert row is not None
        return row.status, row.site_status, row.flag_open, reasons_from_json(row.flags_json)


def _outbox(store: Store) -> int:
    with store.session() as session:
        return int(session.execute(select(func.count()).select_from(OutboxItem)).scalar_one())


def test_the_rule_is_off_by_default_and_nothing_is_flagged(store: Store, site_id: int) -> None:
    assert not RuleSet().assistant_hold
    ids = _cache(store, site_id)
    store_scores(store, site_id, {ids[1]: 0.97, ids[2]: 0.99, ids[3]: 0.1, ids[4]: 0.2})
    assert [_state(store, ids[n])[2] for n in (1, 2, 3, 4)] == [False] * 4
    assert CommentQueues(store, site_id).counts()[Queue.FLAGGED] == 0
    assert _outbox(store) == 0


def test_on_it_flags_high_scores_with_the_reason_and_changes_no_status(
    store: Store, site_id: int
) -> None:
    save_rules(store, RuleSet(assistant_hold=True, assistant_percent=90), site_id)
    ids = _cache(store, site_id)
    store_scores(store, site_id, {ids[1]: 0.93, ids[2]: 0.995, ids[3]: 0.89, ids[4]: 0.2})
    held, published = _state(store, ids[1]), _state(store, ids[2])
    assert held == ("hold", "hold", True, (Reason(RuleKind.ASSISTANT, "93"),))
    assert published[:3] == ("approved", "approved", True)  # flagged, still published
    assert published[3] == (Reason(RuleKind.ASSISTANT, "100"),)
    assert _state(store, ids[3])[2] is False  # 89 % is under the threshold
    assert _state(store, ids[4])[2] is False
    assert CommentQueues(store, site_id).counts()[Queue.FLAGGED] == 2
    assert _outbox(store) == 0
    assert reason_text(held[3][0]) == "Assistant: 93%"


def test_the_reason_joins_the_rules_reasons_and_survives_a_pull_and_a_rescan(
    store: Store, site_id: int
) -> None:
    rules = RuleSet(watch_words=("vay tiền",), assistant_hold=True)
    save_rules(store, rules, site_id)
    ids = _cache(store, site_id, rules)
    store_scores(store, site_id, {ids[1]: 0.95})
    expected = (Reason(RuleKind.WATCH, "vay tiền"), Reason(RuleKind.ASSISTANT, "95"))
    assert _state(store, ids[1])[3] == expected
    with store.transaction() as session:  # pulled again: the text is evaluated again
        store_page(session, site_id, [remote(1, SPAM, status="hold")], rules)
    assert _state(store, ids[1])[2:] == (True, expected)
    reflag_all(store, site_id, rules)
    assert _state(store, ids[1])[2:] == (True, expected)
    store_scores(store, site_id, {ids[1]: 0.98})  # scored again: one reason, the new score
    assert _state(store, ids[1])[3] == (expected[0], Reason(RuleKind.ASSISTANT, "98"))


def test_turning_the_rule_on_flags_scored_comments_and_off_clears_it(
    store: Store, site_id: int
) -> None:
    ids = _cache(store, site_id)
    store_scores(store, site_id, {ids[1]: 0.97})
    assert _state(store, ids[1])[2] is False
    on = save_rules(store, RuleSet(assistant_hold=True, assistant_percent=95), site_id)
    reflag_all(store, site_id, on)
    assert _state(store, ids[1])[2:] == (True, (Reason(RuleKind.ASSISTANT, "97"),))
    off = save_rules(store, RuleSet(), site_id)
    reflag_all(store, site_id, off)
    assert _state(store, ids[1])[2:] == (False, ())
    assert _outbox(store) == 0


def test_a_reviewed_comment_is_not_flagged_again(store: Store, site_id: int) -> None:
    from storage.models import utc_now

    save_rules(store, RuleSet(assistant_hold=True), site_id)
    ids = _cache(store, site_id)
    with store.transaction() as session:
        row = session.get(CachedComment, ids[2])
        assert row is not None
        row.reviewed_at = utc_now()
    store_scores(store, site_id, {ids[2]: 0.99})
    assert _state(store, ids[2])[2] is False


def test_the_rule_round_trips_through_json_and_hostile_values_are_bounded() -> None:
    rules = RuleSet(assistant_hold=True, assistant_percent=85)
    assert RuleSet.from_json(rules.to_json()) == rules
    assert RuleSet.from_json('{"assistant_hold": "yes", "assistant_percent": 500}') == RuleSet(
        assistant_percent=100
    )
    assert RuleSet(assistant_percent=-4).normalised().assistant_percent == 1
    assert RuleSet.from_json("{}").assistant_percent == 90


def test_the_dialog_shows_and_returns_the_rule(qtbot: QtBot) -> None:
    dialog = RulesDialog(RuleSet())
    qtbot.addWidget(dialog)
    assert not dialog.assistant_hold.isChecked()
    assert not dialog.assistant_percent.isEnabled()
    assert dialog.rules().assistant_hold is False
    dialog.assistant_hold.setChecked(True)
    assert dialog.assistant_percent.isEnabled()
    dialog.assistant_percent.setValue(80)
    assert (dialog.rules().assistant_hold, dialog.rules().assistant_percent) == (True, 80)
    dialog.set_rules(RuleSet(assistant_hold=True, assistant_percent=70))
    assert dialog.assistant_percent.value() == 70
