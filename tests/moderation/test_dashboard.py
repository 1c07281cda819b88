"""The dashboard's numbers checked against a log written on a known timeline."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from moderation.cache import store_page, store_post
from moderation.dashboard import compute_dashboard, dashboard_csv
from moderation.decisions import DecisionRecord, decide, undo
from moderation.rules import RuleSet
from moderation.statuses import Action
from portal.remote import RemotePost
from storage.database import Store
from storage.models import CachedComment, ModerationLogEntry
from tests.moderation.conftest import remote

RULES = RuleSet(banned_words=("đểu",)).normalised()
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


def at(day: int, hour: int) -> datetime:
    return datetime(2025, 6, day, hour, 0, tzinfo=UTC)


# remote id: (written, status on arrival, article, text)
COMMENTS = {
    1: (at(5, 10), "hold", 1, "Ý kiến thứ nhất về con đường."),
    2: (at(6, 23), "hold", 1, "Ý kiến thứ hai về con đường."),
    3: (at(8, 12), "hold", 2, "Mua ngay tại www.hang-re.vn nhé"),
    4: (at(9, 9), "hold", 2, "Ý kiến thứ tư, chưa ai xem."),
    5: (at(10, 11), "approved", 3, "Đã được duyệt trên trang."),
    6: (at(4, 8), "approved", 3, "Đã duyệt rồi lại bị đưa về chờ."),
    7: (at(9, 8), "hold", 2, "Đồ đểu, viết sai hết."),
}
# in the order they are taken: (remote id, decision or "undo", moderator, when)
TIMELINE = [
    (1, "approve", "Thu Hà", at(7, 9)),
    (6, "unapprove", "Minh", at(7, 10)),
    (2, "trash", "Minh", at(8, 8)),
    (3, "spam", "Thu Hà", at(8, 13)),
    (2, "undo", "Minh", at(9, 7)),
    (7, "trash", "Thu Hà", at(9, 9)),
]


def build(store: Store, site_id: int) -> dict[int, int]:
    with store.transaction() as session:
        store_page(
            session,
            site_id,
            [
                remote(n, text, status=status, post=post, date=written, author_email=f"{n}@x.vn")
                for n, (written, status, post, text) in COMMENTS.items()
            ],
            RULES,
        )
        for post in (1, 2, 3):
            store_post(
                session,
                site_id,
                post,
                RemotePost(
                    post, f"bai-{post}", "publish", "", f"Bài số {post}", "", "", None, None
                ),
            )
    with store.session() as session:
        ids = {
            remote_id: local
            for remote_id, local in session.execute(
                select(CachedComment.remote_id, CachedComment.id)
            )
        }
    records: dict[int, DecisionRecord | None] = {}
    for remote_id, what, moderator, _when in TIMELINE:
        if what == "undo":
            taken = records[remote_id]
            assert taken is not None
            undo(store, taken, moderator)
        else:
            records[remote_id] = decide(store, site_id, [ids[remote_id]], Action(what), moderator)
    with store.transaction() as session:
        entries = session.scalars(select(ModerationLogEntry.id).order_by(ModerationLogEntry.id))
        for entry_id, (*_rest, when) in zip(list(entries), TIMELINE, strict=True):
            session.execute(
                update(ModerationLogEntry)
                .where(ModerationLogEntry.id == entry_id)
                .values(created_at=when)
            )
    return ids


def pending_by_sweep(end: datetime) -> int:
    """Pending at *end*, by another road: +1 on arrival held, ∓1 for each move."""
    events: list[tuple[datetime, int]] = [
        (written, 1) for written, status, _post, _text in COMMENTS.values() if status == "hold"
    ]
    state = {n: status for n, (_w, status, _p, _t) in COMMENTS.items()}
    undo_to: dict[int, str] = {}
    for remote_id, what, _moderator, when in TIMELINE:
        before = state[remote_id]
        after = {"approve": "approved", "trash": "trash", "spam": "spam", "unapprove": "hold"}.get(
            what, undo_to.get(remote_id, before)
        )
        undo_to[remote_id] = before
        state[remote_id] = after
        events.append((when, (after == "hold") - (before == "hold")))
    return sum(step for moment, step in events if moment <= end)


def test_the_dashboards_numbers_agree_with_the_log(store: Store, site_id: int) -> None:
    build(store, site_id)
    board = compute_dashboard(store, site_id, days=5, now=NOW, zone=UTC)
    assert board.days == tuple(date(2025, 6, d) for d in (6, 7, 8, 9, 10))
    ends = [at(d + 1, 0) for d in (6, 7, 8, 9)] + [NOW]
    assert board.pending_by_day == tuple(pending_by_sweep(end) for end in ends)
    assert board.pending_by_day == (2, 2, 1, 3, 3)
    assert board.oldest_pending == at(4, 8)  # brought back to pending on the 7th
    assert board.oldest_pending_minutes == int((NOW - at(4, 8)).total_seconds() // 60)
    assert board.decisions == {
        "Minh": {date(2025, 6, 7): 1, date(2025, 6, 8): 1},
        "Thu Hà": {date(2025, 6, 7): 1, date(2025, 6, 8): 1, date(2025, 6, 9): 1},
    }
    # 2 was rejected and then taken back: only 3 (a link) and 7 (a banned word) count
    assert dict(board.rejection_reasons) == {"link": 1, "banned": 1}
    written = [c for c in COMMENTS.values() if NOW - timedelta(days=4, hours=12) <= c[0] <= NOW]
    by_post = {post: sum(1 for c in written if c[2] == post) for post in (1, 2, 3)}
    assert [(p, n) for p, _title, n in board.busiest_articles] == sorted(
        by_post.items(), key=lambda item: (-item[1], item[0])
    )
    assert board.busiest_articles[0][1] == "Bài số 2"


def test_the_csv_holds_every_figure_and_defuses_formulas(store: Store, site_id: int) -> None:
    build(store, site_id)
    with store.transaction() as session:
        session.execute(
            update(ModerationLogEntry)
            .where(ModerationLogEntry.moderator == "Minh")
            .values(moderator="=HYPERLINK(1)")
        )
    board = compute_dashboard(store, site_id, days=5, now=NOW, zone=UTC)
    rows = list(csv.reader(io.StringIO(dashboard_csv(board))))
    assert rows[0] == ["section", "key", "day", "value"]
    pending = [(r[2], int(r[3])) for r in rows if r[0] == "pending"]
    assert pending == [
        (d.isoformat(), n) for d, n in zip(board.days, board.pending_by_day, strict=True)
    ]
    decisions = sum(int(r[3]) for r in rows if r[0] == "decisions")
    assert decisions == sum(sum(by_day.values()) for by_day in board.decisions.values()) == 5
    assert {r[1] for r in rows if r[0] == "decisions"} == {"'=HYPERLINK(1)", "Thu Hà"}
    assert ["article", "#2 Bài số 2", "", "3"] in rows
