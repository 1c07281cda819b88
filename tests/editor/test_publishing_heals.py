"""Site changes that are not someone else's: our own write whose answer was lost, and a
scheduled post the site published on time. Runs against the demo site and, in the
contract suite, a real WordPress (see scripts/run-wordpress-contract.sh)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import requests

from editor.publishing import HANDLERS, PublishMode, request_publish
from editor.repository import InterviewStatus
from editor.scheduled import pull_scheduled
from editor.site_edits import holds_our_write, write_mark
from editor.site_states import SiteState, publication_state, site_states
from portal.errors import AuthenticationFailed, error_record
from portal.outbox import Outbox, OutboxState
from portal.outbox_worker import DrainReport, drain
from portal.remote import PostInput, RemotePost
from portal.wordpress import WordPressClient
from storage.models import Publication
from tests.editor.conftest import sample_document
from tests.editor.test_publishing import Desk, Peer, _make_due, desk, site
from tests.lost_answer_proxy import LostAnswerProxy, lost_answer_proxy

__all__ = ["desk", "site"]  # fixtures shared with test_publishing

POST_WRITE = r"/wp/v2/posts/\d+$"


@pytest.fixture
def proxy(site: Peer) -> Iterator[LostAnswerProxy]:
    with lost_answer_proxy(site.base_url) as running:
        yield running


def _drain_through(desk: Desk, proxy: LostAnswerProxy) -> DrainReport:
    with WordPressClient(proxy.base_url, desk.account.username, desk.client_password) as client:
        return drain(desk.store, client, desk.account.id, HANDLERS)


def _published(desk: Desk, title: str) -> tuple[int, int]:
    interview_id = desk.repository.create(sample_document(title)).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id
    assert post_id is not None
    return interview_id, post_id


def _retitle(desk: Desk, interview_id: int, title: str) -> int:
    document = desk.repository.get(interview_id).document
    document.title = title
    document.lead = f"Sapo mới cho “{title}”."
    desk.repository.save_document(interview_id, document)
    return request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)


@pytest.mark.parametrize(
    "how", ["proxy closes", "site fault: 500 after saving", "site fault: drop"]
)
def test_an_update_whose_answer_was_lost_is_taken_as_sent_not_a_conflict(
    desk: Desk, site: Peer, proxy: LostAnswerProxy, how: str
) -> None:
    interview_id, post_id = _published(desk, f"Câu trả lời bị mất ({how})")
    item = _retitle(desk, interview_id, f"Tít mới, câu trả lời bị mất ({how})")
    if how == "proxy closes":
        proxy.lose_next("POST", POST_WRITE)
    elif how == "site fault: drop":
        site.faults().set(drop_after_next=1, method="POST", path_prefix="/wp/v2/posts/")
    else:
        site.faults().set(fail_after_next=1, method="POST", path_prefix="/wp/v2/posts/")

    first = _drain_through(desk, proxy)

    assert first.sent == 0 and first.postponed == 1
    # The site saved the change although Newsdesk never heard so.
    assert desk.client.get_post(post_id).title == f"Tít mới, câu trả lời bị mất ({how})"
    if site.demo is not None:
        site.demo.faults.clear()
    writes_before = proxy.sent("POST", POST_WRITE)
    _make_due(desk.store)

    second = _drain_through(desk, proxy)

    assert (second.sent, second.conflicts, second.failed) == (1, 0, 0)
    assert proxy.sent("POST", POST_WRITE) == writes_before  # recognised, not sent again
    entry = Outbox(desk.store).get(item)
    assert entry is not None and entry.state is OutboxState.DONE
    site_post = desk.client.get_post(post_id)
    publication = desk.publication(interview_id)
    assert site_post.modified_gmt is not None
    assert publication.modified_gmt == site_post.modified_gmt.strftime("%Y-%m-%dT%H:%M:%S")
    assert site_states(desk.store, desk.account.id, [interview_id]) == {
        interview_id: SiteState.PUBLISHED
    }
    # The next change goes out as usual: the recognised write is the one last sent.
    _retitle(desk, interview_id, f"Tít lần ba ({how})")
    assert _drain_through(desk, proxy).sent == 1
    assert desk.client.get_post(post_id).title == f"Tít lần ba ({how})"


def test_a_post_created_but_whose_answer_was_lost_is_found_and_not_written_again(
    desk: Desk, proxy: LostAnswerProxy
) -> None:
    interview_id = desk.repository.create(sample_document("Tạo bài, mất câu trả lời")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    proxy.lose_next("POST", r"/wp/v2/posts$")
    assert _drain_through(desk, proxy).sent == 0
    assert desk.publication(interview_id).post_id is None
    _make_due(desk.store)

    assert _drain_through(desk, proxy).sent == 1

    assert proxy.sent("POST", r"/wp/v2/posts") == 1  # one create, no update after it
    slug = desk.publication(interview_id).slug
    found = desk.client.find_posts_by_slug(slug)
    assert [post.id for post in found] == [desk.publication(interview_id).post_id]


def test_a_site_edit_after_a_lost_answer_is_still_a_conflict(
    desk: Desk, proxy: LostAnswerProxy
) -> None:
    interview_id, post_id = _published(desk, "Mất câu trả lời rồi web sửa")
    item = _retitle(desk, interview_id, "Tít Newsdesk gửi đi")
    proxy.lose_next("POST", POST_WRITE)
    _drain_through(desk, proxy)
    desk.client.update_post(post_id, PostInput(title="Biên tập viên sửa trên web"))
    _make_due(desk.store)

    report = _drain_through(desk, proxy)

    assert report.conflicts == 1
    entry = Outbox(desk.store).get(item)
    assert entry is not None and entry.state is OutboxState.CONFLICT
    assert entry.payload["conflict"]["title"] == "Biên tập viên sửa trên web"


def _let_the_site_publish(site: Peer, client: WordPressClient, post_id: int) -> None:
    """Wait for the site's scheduler to publish the post at its time (as WordPress's cron)."""
    if site.demo is not None:
        # The demo site publishes due posts on each request; move the date to the past
        # the way time would, without touching modified_gmt.
        past = (datetime.now(UTC) - timedelta(minutes=1)).strftime("%Y-%m-%d %H:%M:%S")
        with site.demo.store.transaction() as db:
            db.execute("UPDATE posts SET date_gmt = ? WHERE id = ?", (past, post_id))
    deadline = time.monotonic() + 100
    while client.get_post(post_id).status != "publish":
        assert time.monotonic() < deadline, "the site never published the scheduled post"
        if site.demo is None:  # WP-cron runs due events when wp-cron.php is asked
            requests.get(f"{site.base_url}/wp-cron.php", timeout=30).close()
        time.sleep(0.5)


@pytest.mark.slow
@pytest.mark.parametrize("synced_before_the_update", [True, False])
def test_a_scheduled_post_published_on_time_is_followed_and_no_conflict_at_its_next_update(
    desk: Desk, site: Peer, synced_before_the_update: bool
) -> None:
    interview_id = desk.repository.create(sample_document("Hẹn giờ rồi lên trang")).id
    # WordPress schedules what is at least a minute ahead (else it publishes at once); a
    # real one is then left to its cron, the demo site's clock is moved on (see below).
    ahead = timedelta(minutes=5) if site.demo is not None else timedelta(seconds=65)
    when = (datetime.now(UTC) + ahead).replace(microsecond=0)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.SCHEDULED, when)
    assert desk.drain().sent == 1
    publication = desk.publication(interview_id)
    assert publication.post_status == "future" and publication.post_id is not None
    post_id = publication.post_id
    seen = publication.modified_gmt
    none_due = pull_scheduled(desk.store, desk.client, desk.account, None)
    assert none_due.summary.endswith("none due") and not none_due.changes

    _let_the_site_publish(site, desk.client, post_id)

    modified = desk.client.get_post(post_id).modified_gmt
    assert modified is not None and modified.strftime("%Y-%m-%dT%H:%M:%S") == seen
    if synced_before_the_update:
        if site.demo is not None:  # the demo site's record says it was due long ago
            _backdate_the_schedule(desk, interview_id)
        went_live = pull_scheduled(desk.store, desk.client, desk.account, None)
        assert went_live.summary.endswith("1 went live") and went_live.changes.site_states
        state = publication_state(desk.store, interview_id, desk.account.id)
        assert state is not None and state.status == "publish"
        assert state.link == desk.client.get_post(post_id).link
        assert site_states(desk.store, desk.account.id, [interview_id]) == {
            interview_id: SiteState.PUBLISHED
        }
    document = desk.repository.get(interview_id).document
    document.title = "Hẹn giờ rồi lên trang (sửa tít sau khi đăng)"
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    report = desk.drain()
    assert (report.sent, report.conflicts) == (1, 0)
    post = desk.client.get_post(post_id)
    assert post.title == "Hẹn giờ rồi lên trang (sửa tít sau khi đăng)"
    assert post.status == "publish"
    state = publication_state(desk.store, interview_id, desk.account.id)
    assert state is not None and state.status == "publish"
    assert desk.repository.get(interview_id).status is InterviewStatus.PUBLISHED


def _backdate_the_schedule(desk: Desk, interview_id: int) -> None:
    """The publication's record of the scheduled time, moved back as the demo site's was."""
    with desk.store.transaction() as session:
        publication = session.get(Publication, desk.publication(interview_id).id)
        assert publication is not None and publication.published_json
        record = json.loads(publication.published_json)
        record["date_gmt"] = "2000-01-01T00:00:00"
        publication.published_json = json.dumps(record)

def _post(**fields: object) -> RemotePost:
    values: dict[str, object] = {
        "id": 7,
        "slug": "bai",
        "status": "publish",
        "link": "",
        "title": "Tít",
        "content": "<p>Lời đáp.</p>",
        "excerpt": "Sapo",
        "date_gmt": None,
        "modified_gmt": None,
        "tags": (3, 1),
        "categories": (2,),
    }
    values.update(fields)
    return RemotePost(**values)  # type: ignore[arg-type]


def test_only_exactly_what_was_sent_counts_as_our_write() -> None:
    sent = PostInput(
        title="Tít ", content="<p>Lời đáp.</p>\n", excerpt="Sapo", status="future", tags=[1, 3]
    )
    mark = write_mark(sent, ["featured_media"])
    assert holds_our_write(_post(), mark)  # WordPress trims; it published by the date
    assert not holds_our_write(_post(title="Tít khác"), mark)
    assert not holds_our_write(_post(excerpt="Sapo của web"), mark)
    assert not holds_our_write(_post(tags=(1,)), mark)  # only the tags changed: not yet sent
    assert not holds_our_write(_post(status="draft"), mark)
    without_excerpt = write_mark(replace(sent, excerpt=None), [])
    assert holds_our_write(_post(excerpt="Sapo của web"), without_excerpt)
    hostile_marks: list[object] = [None, [], {}, {"digest": 5}, "digest"]
    for hostile in hostile_marks:
        assert not holds_our_write(_post(), hostile)


def test_a_refused_password_stops_the_pass_and_changes_wait_for_the_right_one(
    desk: Desk, proxy: LostAnswerProxy
) -> None:
    ids = [desk.repository.create(sample_document(f"Chờ mật khẩu {n}")).id for n in range(3)]
    for interview_id in ids:
        request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    with WordPressClient(proxy.base_url, desk.account.username, "Sai1 Sai2 Sai3 Sai4") as wrong:
        report = drain(desk.store, wrong, desk.account.id, HANDLERS)

    assert report.password_refused and not report.all_sent
    assert (report.sent, report.failed, report.postponed) == (0, 0, 1)
    assert proxy.sent("POST", r"/wp/v2/posts") == 0
    entries = Outbox(desk.store).entries()
    assert [e.state for e in entries] == [OutboxState.PENDING] * 3
    assert [e.attempts for e in entries] == [0, 0, 0]  # a refused login is no attempt
    assert all(isinstance(e.error, AuthenticationFailed) for e in entries)

    report = _drain_through(desk, proxy)  # the right password, at the very next pass

    assert report.sent == 3 and report.all_sent
    assert proxy.sent("POST", r"/wp/v2/posts$") == 3  # each created once
    for interview_id in ids:
        slug = desk.publication(interview_id).slug
        assert len(desk.client.find_posts_by_slug(slug)) == 1


def test_changes_an_earlier_version_failed_on_the_password_go_out_once_it_works(
    desk: Desk,
) -> None:
    interview_id = desk.repository.create(sample_document("Hỏng vì mật khẩu, bản cũ")).id
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    Outbox(desk.store).fail(item, error_record(AuthenticationFailed(status=401)))

    assert desk.drain().sent == 1

    entry = Outbox(desk.store).get(item)
    assert entry is not None and entry.state is OutboxState.DONE
