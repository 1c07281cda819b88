"""The assistant in the Comments page: scores in the queue, why, training, never deciding."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from moderation.assistant.scores import score_site
from moderation.cache import store_page
from moderation.queues import CommentQueues, QueueFilter, SortOrder
from moderation.rules import RuleSet
from moderation.statuses import Action
from moderation.ui.comments_page import CommentsPage
from moderation.ui.queue_model import EXCERPT, FLAGS, SCORE
from portal.accounts import Accounts, PasswordVault
from portal.outbox import Outbox, OutboxState
from storage.database import Store
from storage.models import CachedComment
from storage.textfold import fold
from tests.moderation.comment_generator import GeneratedComment, generate
from tests.moderation.conftest import remote
from tests.moderation.test_comments_page import Host

SPAM = "Vay tiền nhanh không thế chấp, gọi ngay 0912 345 678 hoặc nhắn zalo để nhận ưu đãi"
ORDINARY = "Con đường liên xã đã làm xong, bà con đi chợ thuận tiện hơn nhiều, cảm ơn tòa soạn."
WAITING = {
    2001: ORDINARY,
    2002: SPAM,
    2003: "Mong huyện sớm sửa lại cây cầu tràn trước mùa lũ năm nay.",
    2004: "Tuyển cộng tác viên online, lương 15 triệu một tháng, liên hệ 0987 654 321",
}


class _Context:
    cancelled = False

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        pass


@pytest.fixture(scope="module")
def history() -> list[GeneratedComment]:
    return generate(300, seed=41)


def _cache_history(store: Store, site_id: int, comments: list[GeneratedComment]) -> None:
    status = {"approve": "approved", "spam": "spam", "abuse": "trash"}
    pages = [
        remote(n + 1, c.text, status=status[c.label], author_name=c.author, author_email=c.email)
        for n, c in enumerate(comments)
    ]
    with store.transaction() as session:
        store_page(session, site_id, pages, RuleSet())


def _cache_waiting(store: Store, site_id: int) -> dict[int, int]:
    """The waiting comments, cached; their local ids by remote id."""
    with store.transaction() as session:
        store_page(
            session,
            site_id,
            [remote(n, text, author_email=f"r{n}@vn.example") for n, text in WAITING.items()],
            RuleSet(),
        )
    with store.session() as session:
        return dict(
            session.execute(
                select(CachedComment.remote_id, CachedComment.id).where(
                    CachedComment.remote_id > 2000
                )
            ).all()
        )


def _statuses(store: Store) -> dict[int, str]:
    with store.session() as session:
        return dict(session.execute(select(CachedComment.id, CachedComment.status)).all())


def test_scores_are_kept_in_the_cache_and_a_queue_pages_by_them(
    store: Store, site_id: int, tmp_path: Path, history: list[GeneratedComment]
) -> None:
    from moderation.assistant.retrain import retrain_site

    _cache_history(store, site_id, history)
    ids = _cache_waiting(store, site_id)
    retrain_site(_Context(), store, tmp_path, site_id)
    assessment = score_site(_Context(), store, tmp_path, site_id)
    queues = CommentQueues(store, site_id)
    query = QueueFilter(order=SortOrder.SCORE)
    first = queues.page(query, limit=2)
    rest = queues.page(query, after=first[-1], limit=2)
    rows = first + rest
    assert [row.id for row in rows] == sorted(ids.values(), key=lambda i: -assessment.scores[i])
    assert {rows[0].id, rows[1].id} == {ids[2002], ids[2004]}  # the two adverts lead
    assert all(row.score is not None for row in rows)
    # a decided comment has no score: only waiting ones are scored
    with store.session() as session:
        decided = session.scalars(
            select(CachedComment.assist_score).where(CachedComment.status != "hold")
        ).all()
    assert set(decided) == {-1.0}


def _page(qtbot: QtBot, store: Store, data_dir: Path) -> CommentsPage:
    page = CommentsPage(store, Accounts(store, PasswordVault()), lambda: "Lan", data_dir=data_dir)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _idle(qtbot: QtBot, page: CommentsPage) -> None:
    qtbot.waitUntil(
        lambda: page.assistant.assessment is not None and not page.assistant.busy, timeout=60_000
    )


def test_untrained_the_detail_says_so_and_training_shows_scores_and_why(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path, history: list[GeneratedComment]
) -> None:
    _cache_history(store, site_id, history[:20])
    ids = _cache_waiting(store, site_id)
    page = _page(qtbot, store, tmp_path)
    _idle(qtbot, page)
    assert page.detail.assistant_label.isVisible()
    assert "too few decisions" in page.detail.assistant_label.text()
    assert page.model.index(0, SCORE).data() == ""

    page.train_button.click()  # still too few: it says so, and guesses nothing
    qtbot.waitUntil(lambda: "Too few decisions" in page.status_label.text())
    _idle(qtbot, page)

    _cache_history(store, site_id, history)  # the site's history arrives (a pull)
    page.train_button.click()
    assert page.train_progress.isVisible() and not page.train_button.isEnabled()
    qtbot.waitUntil(lambda: "learned from 300 decision" in page.status_label.text(), timeout=60_000)
    _idle(qtbot, page)
    assert not page.train_progress.isVisible() and page.train_button.isEnabled()
    shown = [page.model.index(row, SCORE).data() for row in range(page.model.rowCount())]
    assert all(text.endswith("%") for text in shown)

    page.set_sort(SortOrder.SCORE)
    assert page.table.horizontalHeader().sortIndicatorSection() == SCORE
    top = {page.model.comment_id(0), page.model.comment_id(1)}
    assert top == {ids[2002], ids[2004]}
    page.browser.select_row(page.model.row_of(ids[2002]) or 0)
    why = page.detail.assistant_label.text()
    assert why.startswith("Assistant: ") and "likely not to publish" in why
    named = re.findall(r"“([^”]+)”", why)
    assert named and "▲" in why
    assert all(value in fold(SPAM) for value in named)  # words and letters of this comment
    assert page.current_comment_id() == ids[2002]


def test_the_assistant_never_decides_on_its_own(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path, history: list[GeneratedComment]
) -> None:
    _cache_history(store, site_id, history)
    _cache_waiting(store, site_id)
    before = _statuses(store)
    page = _page(qtbot, store, tmp_path)
    _idle(qtbot, page)
    page.train_button.click()
    qtbot.waitUntil(lambda: "learned from" in page.status_label.text(), timeout=60_000)
    _idle(qtbot, page)
    assert page.assistant.assessment is not None
    assert page.assistant.assessment.scores  # it scored the waiting comments...
    assert _statuses(store) == before  # ...and changed none of them
    assert Outbox(store).entries(tuple(OutboxState)) == []
    assert page.undo_stack().count() == 0


def test_with_the_rule_on_high_scores_show_flagged_with_the_reason_and_nothing_is_sent(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path, history: list[GeneratedComment]
) -> None:
    from moderation.settings import save_rules
    from moderation.statuses import Queue

    save_rules(store, RuleSet(assistant_hold=True, assistant_percent=60), site_id)
    _cache_history(store, site_id, history)
    ids = _cache_waiting(store, site_id)
    before = _statuses(store)
    page = _page(qtbot, store, tmp_path)
    _idle(qtbot, page)
    page.train_button.click()
    qtbot.waitUntil(lambda: "learned from" in page.status_label.text(), timeout=60_000)
    _idle(qtbot, page)
    flagged = page.model.row_of(ids[2002])
    assert flagged is not None
    assert str(page.model.index(flagged, FLAGS).data()).startswith("Assistant: ")

    def flagged_counted() -> bool:
        counts = page.counter.counts
        return counts is not None and counts.by_queue[Queue.FLAGGED] >= 1

    qtbot.waitUntil(flagged_counted)
    assert _statuses(store) == before  # flagged locally only
    assert Outbox(store).entries(tuple(OutboxState)) == []


CAMPAIGN = (
    "Bà con đừng tin bài này, dự án khu dân cư ven sông đã được duyệt từ năm ngoái, "
    "ai muốn biết thêm cứ hỏi ủy ban xã là rõ ngay"
)


def test_a_campaign_is_badged_selected_with_g_decided_at_once_and_undone_at_once(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path
) -> None:
    copies = [
        remote(3001, CAMPAIGN, author_name="Lan", author_email="lan@vn.example"),
        remote(3002, CAMPAIGN.replace("đừng", "dung"), author_name="Hùng", author_email="h@x.vn"),
        remote(3003, CAMPAIGN + " nhé", author_name="Tâm", author_email="t@x.vn", post=7),
    ]
    others = [remote(3000 + n, text) for n, text in WAITING.items()]
    with store.transaction() as session:
        store_page(session, site_id, [*copies, *others], RuleSet())
    page = CommentsPage(store, Accounts(store, PasswordVault()), lambda: "Lan", data_dir=tmp_path)
    host = Host(page)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    _idle(qtbot, page)

    with store.session() as session:
        group = set(
            session.scalars(
                select(CachedComment.id).where(CachedComment.remote_id.between(3001, 3003))
            )
        )
    badged = {
        page.model.comment_id(row)
        for row in range(page.model.rowCount())
        if str(page.model.index(row, EXCERPT).data()).startswith("[Similar: 3] ")
    }
    assert badged == group
    page.browser.select_row(page.model.row_of(min(group)) or 0)
    assert "Similar: 3" in page.detail.assistant_label.text()
    assert "G selects them all" in page.detail.assistant_label.text()

    qtbot.keyClick(page.table, Qt.Key.Key_G)
    assert set(page.selected_ids()) == group
    assert "3 similar comment" in page.status_label.text()
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    statuses = _statuses(store)
    assert {statuses[i] for i in group} == {"trash"}
    assert {s for i, s in statuses.items() if i not in group} == {"hold"}
    assert page.undo_stack().count() == 1  # the whole campaign as one step

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {_statuses(store)[i] for i in group} == {"hold"}
    assert Outbox(store).entries(tuple(OutboxState)) == []
    QThreadPool.globalInstance().waitForDone(10_000)


def test_g_selects_the_whole_campaign_in_the_queue_beyond_the_first_page(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path
) -> None:
    from moderation.queues import PAGE_SIZE

    members = [
        remote(n, CAMPAIGN, author_name=f"Bạn đọc {n}", author_email=f"b{n}@x.vn")
        for n in range(1, PAGE_SIZE + 61)
    ]
    newest = remote(9000, CAMPAIGN, author_name="Lan", author_email="lan@vn.example")
    published = [remote(n, CAMPAIGN, status="approved") for n in (8001, 8002, 8003)]
    filler = [
        remote(5000 + n, f"Đường liên thôn số {n} đã xuống cấp, mong huyện sớm cho sửa lại.")
        for n in range(PAGE_SIZE)
    ]
    with store.transaction() as session:
        store_page(session, site_id, [*members, newest, *published, *filler], RuleSet())
    page = CommentsPage(store, Accounts(store, PasswordVault()), lambda: "Lan", data_dir=tmp_path)
    host = Host(page)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    _idle(qtbot, page)
    with store.session() as session:
        group = set(
            session.scalars(
                select(CachedComment.id).where(
                    CachedComment.remote_id.in_([m.id for m in [*members, newest]])
                )
            )
        )
    listed = {page.model.comment_id(row) for row in range(page.model.rowCount())}
    assert len(listed & group) == 1  # the first page holds the newest member only
    page.browser.select_row(page.model.row_of(max(group)) or 0)

    qtbot.keyClick(page.table, Qt.Key.Key_G)
    assert set(page.selected_ids()) == group  # pages loaded until all were listed
    feedback = page.status_label.text()
    assert f"{len(group)} similar comment" in feedback
    assert "3 more in other queues" in feedback
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    statuses = _statuses(store)
    assert {statuses[i] for i in group} == {"trash"}
    assert list(statuses.values()).count("approved") == 3  # the other queue is untouched
    assert page.undo_stack().count() == 1
    QThreadPool.globalInstance().waitForDone(10_000)


def test_after_enough_new_decisions_the_assistant_retrains_in_the_background(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path
) -> None:
    from moderation.assistant import saved
    from moderation.assistant.training import RETRAIN_EVERY

    history = generate(300 + RETRAIN_EVERY, seed=43)
    _cache_history(store, site_id, history[:300])
    _cache_waiting(store, site_id)
    page = _page(qtbot, store, tmp_path)
    _idle(qtbot, page)
    page.train_button.click()
    qtbot.waitUntil(lambda: "learned from 300 decision" in page.status_label.text(), timeout=60_000)
    _idle(qtbot, page)
    first = saved.load(saved.model_path(tmp_path, site_id))
    assert first is not None and first.trained_with == 300

    page.decide_selected(Action.APPROVE)  # one decision: not enough for a new model
    qtbot.waitUntil(lambda: not page.assistant.busy, timeout=60_000)
    kept = saved.load(saved.model_path(tmp_path, site_id))
    assert kept is not None and kept.trained_at == first.trained_at

    _cache_history(store, site_id, history)  # more decisions arrive (a pull)...
    page.decide_selected(Action.APPROVE)  # ...and the next decision brings a new model
    qtbot.waitUntil(
        lambda: (
            (model := saved.load(saved.model_path(tmp_path, site_id))) is not None
            and model.trained_with > 300
        ),
        timeout=60_000,
    )
    qtbot.waitUntil(lambda: not page.assistant.busy, timeout=60_000)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_bug_while_training_points_to_the_log_not_to_its_english_text(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> object:
        raise ZeroDivisionError("an English detail for the log")

    monkeypatch.setattr("moderation.ui.assistant_controller.retrain_site", broken)
    page = _page(qtbot, store, tmp_path)
    _idle(qtbot, page)
    page.train_button.click()
    qtbot.waitUntil(lambda: "Training failed" in page.status_label.text())
    _idle(qtbot, page)
    shown = page.status_label.text()
    assert "ZeroDivisionError" not in shown and "English detail" not in shown
    assert "details are in the log" in shown
    assert page.train_button.isEnabled()
