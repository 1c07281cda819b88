"""Pulling comments from the demo site over loopback: full, incremental, faults."""

from __future__ import annotations

import math

import pytest
from sqlalchemy import func, select

from moderation.pull import SyncState, plan_pull, pull_for_sync, sync_state
from moderation.queues import CommentQueues, QueueFilter
from moderation.statuses import Queue
from portal.errors import MalformedResponse
from storage.models import CachedComment, CommentPost
from tests.moderation.conftest import Desk, first_with_status, reader_comment


class Recorder:
    """A task context that records progress and can cancel after some pages."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self.cancel_after = cancel_after

    @property
    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total))


def cached_count(desk: Desk) -> int:
    with desk.store.session() as session:
        return int(session.execute(select(func.count()).select_from(CachedComment)).scalar_one())


def test_the_first_pull_pages_through_every_state(desk: Desk) -> None:
    on_site = desk.site.store.count_comments()
    total = sum(on_site.values())
    progress = Recorder()
    report = desk.pull(per_page=25, progress=progress)
    assert report.full and not report.cancelled
    assert report.pages == math.ceil(total / 25)
    assert (report.received, report.new) == (total, total)
    counts = CommentQueues(desk.store, desk.account.id).counts()
    assert counts[Queue.PENDING] == on_site["hold"]
    assert counts[Queue.APPROVED] == on_site["approved"]
    assert counts[Queue.SPAM] == on_site["spam"]
    assert counts[Queue.TRASH] == on_site["trash"]
    assert [done for done, _ in progress.reports] == [min(25 * n, total) for n in range(1, 14)]
    assert {t for _, t in progress.reports} == {total}
    with desk.store.session() as session:
        titles = set(session.scalars(select(CommentPost.title)))
        replies = session.scalars(
            select(CachedComment).where(CachedComment.parent_remote_id > 0)
        ).all()
    assert "Du lịch cộng đồng: Sinh kế mới cho bản làng ven hồ" in titles
    assert replies and all(r.parent_remote_id < r.remote_id for r in replies)
    assert sync_state(desk.store, desk.account.id).max_remote_id == total


def test_an_incremental_pull_brings_new_comments_and_recent_changes(desk: Desk) -> None:
    recent = reader_comment(desk.site, "Bao giờ đường lên bản được sửa xong ạ?")
    desk.pull()
    assert desk.local(recent).status == "hold"
    old = first_with_status(desk.site, "approved")
    assert desk.local(old).status == "approved"

    with desk.other_moderator() as other:
        other.update_comment_status(recent, "approved")  # moderated on the site
        other.update_comment_status(old, "spam")  # an old comment, outside the window
    new_ids = [reader_comment(desk.site, f"Ý kiến mới thứ {n}: cảm ơn phóng viên.") for n in (1, 2)]
    report = desk.pull()
    assert not report.full and report.after is not None
    assert report.received == 3  # the window only, not the 300 seeded comments
    assert (report.new, report.site_changed) == (2, 1)
    assert desk.local(recent).status == "approved"
    assert [desk.local(i).status for i in new_ids] == ["hold", "hold"]
    assert desk.local(old).status == "approved"  # the documented trade-off...
    full = desk.pull(force_full=True)  # ...which the periodic full pull settles
    assert full.full and desk.local(old).status == "spam"


def test_a_full_pull_forgets_comments_deleted_on_the_site(desk: Desk) -> None:
    desk.pull()
    before = cached_count(desk)
    desk.client.delete_comment(10, force=True)
    assert desk.pull().removed == 0  # incremental pulls cannot see deletions
    report = desk.pull(force_full=True)
    assert report.removed == 1
    assert cached_count(desk) == before - 1
    with pytest.raises(Exception, match="No row"):
        desk.local(10)


def test_when_full_pulls_happen() -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 10, 12, tzinfo=UTC)
    assert plan_pull(SyncState(), now) is None
    recent = SyncState(500, now - timedelta(hours=2), now - timedelta(days=1))
    assert plan_pull(recent, now) == now - timedelta(hours=2) - timedelta(days=3)
    assert plan_pull(recent, now, recheck=timedelta(days=10)) == now - timedelta(days=10, hours=2)
    assert plan_pull(recent, now, force_full=True) is None
    stale = SyncState(500, now - timedelta(hours=2), now - timedelta(days=8))
    assert plan_pull(stale, now) is None
    interrupted = SyncState(500, now - timedelta(hours=2), None)  # the first one never finished
    assert plan_pull(interrupted, now) is None


def test_a_pull_can_be_cancelled_between_pages_and_keeps_what_it_stored(desk: Desk) -> None:
    report = desk.pull(per_page=20, progress=Recorder(cancel_after=2))
    assert report.cancelled and report.pages == 2
    assert cached_count(desk) == 40
    assert sync_state(desk.store, desk.account.id).last_full_pull_at is None
    again = desk.pull(per_page=100)
    assert again.full and again.new == sum(desk.site.store.count_comments().values()) - 40


def test_invalid_json_half_way_stops_the_pull_and_keeps_earlier_pages(desk: Desk) -> None:
    class BreakAfterFirstPage(Recorder):
        def report_progress(self, done: int, total: int, message: str = "") -> None:
            super().report_progress(done, total, message)
            desk.site.faults.set(garbage_next=1, path_prefix="/wp/v2/comments")

    with pytest.raises(MalformedResponse) as caught:
        desk.pull(per_page=50, progress=BreakAfterFirstPage())
    assert caught.value.user_message
    assert cached_count(desk) == 50
    desk.site.faults.clear()
    assert desk.pull().full  # the broken pull did not count as done
    assert cached_count(desk) == sum(desk.site.store.count_comments().values())


def test_comments_of_the_wrong_shape_are_refused_whole(desk: Desk) -> None:
    desk.site.faults.set(
        json_next=1, json_body=[{"id": "mười hai", "status": "hold"}], path_prefix="/wp/v2/comments"
    )
    with pytest.raises(MalformedResponse) as caught:
        desk.pull()
    assert "id" in caught.value.message
    assert cached_count(desk) == 0
    assert CommentQueues(desk.store, desk.account.id).count(QueueFilter(Queue.ALL)) == 0


def test_the_sync_puller_summarises_what_it_pulled(desk: Desk) -> None:
    pulled = pull_for_sync(desk.store, desk.client, desk.account, None)
    total = sum(desk.site.store.count_comments().values())
    assert pulled.summary == f"Comments: {total} new, 0 changed on the site"
    assert pulled.changes.comments and not pulled.changes.interviews


def test_a_full_pull_decodes_comments_cached_as_html_by_older_versions(desk: Desk) -> None:
    # As WordPress keeps a reader's text and name: HTML, the name escaped.
    remote_id = reader_comment(
        desk.site, "Giáo dục &amp; Đào tạo: điểm 5 &gt; 3", author_name="Bạn đọc &amp; Gia đình"
    )
    desk.pull()
    local = desk.local(remote_id)
    assert (local.content, local.author_name) == (
        "Giáo dục & Đào tạo: điểm 5 > 3",
        "Bạn đọc & Gia đình",
    )
    with desk.store.transaction() as session:  # what an older version cached
        row = session.get(CachedComment, local.id)
        assert row is not None
        row.content, row.author_name = (
            "Giáo dục &amp; Đào tạo: điểm 5 &gt; 3",
            "Bạn đọc &amp; Gia đình",
        )

    desk.pull(force_full=True)  # what migration 0007 asks for
    again = desk.local(remote_id)
    assert (again.content, again.author_name) == (
        "Giáo dục & Đào tạo: điểm 5 > 3",
        "Bạn đọc & Gia đình",
    )
