"""The review queue ("Chờ duyệt") over real HTTP: the demo site, or a real WordPress 6.1.

A contributor account submits posts (``pending``); a Newsdesk profile signed in
with the editor account pulls them, decides, and its outbox sends the decisions:
approve and publish, schedule, send back with a note the public never sees, a
conflict when the contributor edited after the pull, a decision taken offline
and sent later, and a retry after a lost answer. Against a real WordPress the role
accounts come from ``NEWSDESK_WP_<ROLE>_USER`` / ``_APP_PASSWORD``.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from sqlalchemy import select, update

from editor.publishing import PublishMode, publication_of, request_publish
from editor.review_outbox import DECIDE_ANYWAY, DROP
from editor.review_queue import (
    APPROVE,
    SCHEDULE,
    SEND_BACK,
    SENT,
    UNDONE,
    ReviewError,
    ReviewQueue,
    decide,
    post_to_read,
    undo_decision,
    waiting_count,
)
from editor.site_posts import gmt_text, pull_site_posts
from moderation.pull import pull_comments
from portal.errors import SiteError
from portal.markup import html_to_text
from portal.outbox import Outbox, OutboxState
from portal.outbox_worker import DrainReport, drain
from portal.remote import PostInput, RemotePost
from portal.wordpress import WordPressClient
from shell.wiring import outbox_kinds
from storage.models import CachedComment, OutboxItem, Publication, ReviewDecision, utc_now
from tests.editor.conftest import sample_document
from tests.editor.test_publish_newsroom import Desk, Peer, _open_desk, peer
from tests.lost_answer_proxy import lost_answer_proxy

__all__ = ["peer"]

HANDLERS = outbox_kinds().handlers()
HOSTILE = '<img src="http://evil.invalid/x.png" onerror="alert(1)"><b>Tít</b> & “Đ”'


@dataclass
class Newsroom:
    """The editor's Newsdesk profile and the contributor's own client."""

    editor: Desk
    contributor: WordPressClient
    created: list[int]
    base_url: str
    contributor_login: tuple[str, str]

    def submit(self, title: str, text: str = "<p>Nội dung bài gửi duyệt.</p>") -> RemotePost:
        post = self.contributor.create_post(PostInput(title=title, content=text, status="pending"))
        self.created.append(post.id)
        return post

    def pull(self) -> None:
        pull_site_posts(self.editor.store, self.editor.client, self.editor.account)

    def drain(self, client: WordPressClient | None = None) -> DrainReport:
        return drain(
            self.editor.store, client or self.editor.client, self.editor.account.id, HANDLERS
        )

    def notes_seen_by_contributor(self, post_id: int) -> list[str]:
        """The held comments on the post, as the contributor's own account lists them."""
        answer = requests.get(
            f"{self.base_url}/wp-json/wp/v2/comments",
            params={"post": str(post_id), "status": "hold"},
            auth=self.contributor_login,
            timeout=10,
        )
        answer.raise_for_status()
        return [html_to_text(c["content"]["rendered"]).strip() for c in answer.json()]

    def cached_comments(self, post_id: int) -> list[int]:
        """The comments of the post in the moderation cache (remote ids)."""
        with self.editor.store.session() as session:
            return list(
                session.scalars(
                    select(CachedComment.remote_id).where(CachedComment.post_id == post_id)
                )
            )

    def queued(self, post_id: int) -> bool:
        queue = ReviewQueue(self.editor.store, self.editor.account.id)
        return any(row.remote_id == post_id for row in queue.rows(0, 10_000))

    def decision(self, decision_id: int) -> ReviewDecision:
        with self.editor.store.session() as session:
            row = session.get(ReviewDecision, decision_id)
            assert row is not None
            session.expunge(row)
            return row


@pytest.fixture
def newsroom(peer: Peer, tmp_path: Path) -> Iterator[Newsroom]:
    if "contributor" not in peer.accounts:
        pytest.skip("no contributor account (set NEWSDESK_WP_CONTRIBUTOR_USER/_APP_PASSWORD)")
    desk = _open_desk(peer, "editor", tmp_path)
    user, password = peer.accounts["contributor"]
    contributor = WordPressClient(peer.base_url, user, password, timeout=10)
    room = Newsroom(desk, contributor, [], peer.base_url, (user, password))
    yield room
    admin_user, admin_password = peer.accounts["admin"]
    with WordPressClient(peer.base_url, admin_user, admin_password, timeout=10) as admin:
        for post_id in room.created:
            with contextlib.suppress(SiteError):
                admin.delete_post(post_id, force=True)
    contributor.close()
    desk.client.close()
    desk.store.close()


def _title(words: str) -> str:
    return f"{words} {uuid.uuid4().hex[:6]}"


def _make_due(newsroom: Newsroom) -> None:
    with newsroom.editor.store.transaction() as session:
        session.execute(update(OutboxItem).values(next_try_at=utc_now()))


def test_a_contributors_pending_post_is_approved_and_published_by_the_editor(
    newsroom: Newsroom,
) -> None:
    title = _title("Phỏng vấn Giám đốc Sở Nông nghiệp về mùa lúa")
    post = newsroom.submit(title)
    newsroom.pull()
    site_id = newsroom.editor.account.id
    assert newsroom.queued(post.id)
    before = waiting_count(newsroom.editor.store, site_id)

    decided = decide(newsroom.editor.store, site_id, post.id, APPROVE, decided_by="bientap")

    # At once, before anything is sent: the post left the queue and waits to be sent.
    assert not newsroom.queued(post.id)
    assert waiting_count(newsroom.editor.store, site_id) == before - 1
    waiting = ReviewQueue(newsroom.editor.store, site_id, decided=True).rows(0, 10_000)
    shown = next(row for row in waiting if row.remote_id == post.id)
    assert shown.decision == APPROVE and shown.decision_state is OutboxState.PENDING
    with pytest.raises(ReviewError):  # one decision at a time
        decide(newsroom.editor.store, site_id, post.id, SEND_BACK, note="x")

    assert newsroom.drain().sent == 1

    assert newsroom.editor.client.get_post(post.id).status == "publish"
    assert newsroom.decision(decided.decision_id).state == SENT
    waiting = ReviewQueue(newsroom.editor.store, site_id, decided=True).rows(0, 10_000)
    assert post.id not in {row.remote_id for row in waiting}


def test_a_pending_post_is_scheduled_at_the_chosen_time(newsroom: Newsroom) -> None:
    post = newsroom.submit(_title("Lịch tiếp dân tháng tới"))
    newsroom.pull()
    when = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0, second=0)

    decide(newsroom.editor.store, newsroom.editor.account.id, post.id, SCHEDULE, scheduled_at=when)
    assert newsroom.drain().sent == 1

    remote = newsroom.editor.client.get_post(post.id)
    assert remote.status == "future" and remote.date_gmt == when


def test_sent_back_with_a_note_the_contributor_reads_and_the_public_never_sees(
    newsroom: Newsroom, peer: Peer
) -> None:
    post = newsroom.submit(_title("Bài cần sửa thêm"))
    newsroom.pull()
    site_id = newsroom.editor.account.id
    note = "Anh bổ sung ý kiến của bà con xã Đông Phú, và kiểm tra lại số liệu năm 2025."

    decided = decide(newsroom.editor.store, site_id, post.id, SEND_BACK, note=note)
    assert newsroom.drain().sent == 1

    assert newsroom.editor.client.get_post(post.id).status == "draft"
    record = newsroom.decision(decided.decision_id)
    assert record.note == note and record.note_comment_id is not None
    # The contributor reads it on the post they may edit.
    assert newsroom.notes_seen_by_contributor(post.id) == [note]
    # Newsdesk shows it on the post, and the moderation queues never get it.
    shown = post_to_read(newsroom.editor.store, site_id, post.id)
    assert shown is not None and [text for _when, text in shown.notes] == [note]
    pull_comments(newsroom.editor.store, newsroom.editor.client, site_id, force_full=True)
    assert record.note_comment_id not in newsroom.cached_comments(post.id)

    # The contributor revises and submits again; the editor publishes it.
    newsroom.contributor.update_post(
        post.id, PostInput(content="<p>Đã bổ sung.</p>", status="pending")
    )
    newsroom.pull()
    decide(newsroom.editor.store, site_id, post.id, APPROVE)
    assert newsroom.drain().sent == 1
    assert newsroom.editor.client.get_post(post.id).status == "publish"
    # Anyone may read the published post's comments now: the note is not among them.
    anonymous = requests.get(
        f"{peer.base_url}/wp-json/wp/v2/comments", params={"post": post.id}, timeout=10
    )
    assert anonymous.status_code == 200
    assert note not in anonymous.text and "Đông Phú" not in anonymous.text
    assert anonymous.json() == []


def test_a_contributors_edit_after_the_pull_stops_the_decision_in_conflict(
    newsroom: Newsroom,
) -> None:
    post = newsroom.submit(_title("Bài đang sửa dở"))
    newsroom.pull()
    site_id = newsroom.editor.account.id
    decided = decide(newsroom.editor.store, site_id, post.id, APPROVE)
    # The contributor edits again (the same second as the pull may be: the text tells).
    newsroom.contributor.update_post(post.id, PostInput(content="<p>Bản sửa mới nhất.</p>"))

    report = newsroom.drain()

    assert report.conflicts == 1
    entry = Outbox(newsroom.editor.store).get(decided.item_id)
    assert entry is not None and entry.state is OutboxState.CONFLICT
    assert entry.last_error is not None and "changed the post" in entry.last_error
    assert newsroom.editor.client.get_post(post.id).status == "pending"  # nothing changed
    kinds = outbox_kinds()
    assert [c.id for c in kinds.choices(entry)] == [DECIDE_ANYWAY, DROP]
    facts = dict(kinds.conflict_facts(newsroom.editor.store, entry))
    assert any("Bài đang sửa dở" in value for value in facts.values())

    # Dropping it puts the post back in the queue; deciding again on the new text works.
    kinds.resolve(newsroom.editor.store, entry, DROP)
    assert Outbox(newsroom.editor.store).get(decided.item_id) is None
    assert newsroom.decision(decided.decision_id).state == UNDONE
    newsroom.pull()
    assert newsroom.queued(post.id)
    again = decide(newsroom.editor.store, site_id, post.id, APPROVE)
    newsroom.contributor.update_post(post.id, PostInput(content="<p>Lại sửa.</p>"))
    assert newsroom.drain().conflicts == 1
    entry = Outbox(newsroom.editor.store).get(again.item_id)
    assert entry is not None
    kinds.resolve(newsroom.editor.store, entry, DECIDE_ANYWAY)
    assert newsroom.drain().sent == 1
    assert newsroom.editor.client.get_post(post.id).status == "publish"


def test_a_decision_taken_offline_survives_a_restart_and_goes_out_later(
    newsroom: Newsroom, peer: Peer
) -> None:
    post = newsroom.submit(_title("Quyết định lúc mất mạng"))
    newsroom.pull()
    site_id = newsroom.editor.account.id
    decided = decide(
        newsroom.editor.store, site_id, post.id, SEND_BACK, note="Viết lại đoạn mở đầu."
    )
    user, password = peer.accounts["editor"]
    with WordPressClient("http://127.0.0.1:9", user, password, timeout=2) as offline:
        report = newsroom.drain(offline)
    assert report.sent == 0 and report.offline_reason is not None
    # Closed and opened again (a restart): the decision is still there, then sent once.
    path = newsroom.editor.store.path
    newsroom.editor.store.close()
    from storage.database import open_store

    newsroom.editor.store = open_store(path)
    _make_due(newsroom)
    assert newsroom.drain().sent == 1
    assert newsroom.editor.client.get_post(post.id).status == "draft"
    assert newsroom.decision(decided.decision_id).state == SENT


def test_a_decision_whose_answer_was_lost_is_recognised_not_sent_twice(
    newsroom: Newsroom, peer: Peer
) -> None:
    post = newsroom.submit(_title("Câu trả lời bị mất"))
    newsroom.pull()
    site_id = newsroom.editor.account.id
    note = "Ghi chú chỉ một lần."
    decide(newsroom.editor.store, site_id, post.id, SEND_BACK, note=note)
    user, password = peer.accounts["editor"]
    with lost_answer_proxy(peer.base_url) as proxy:
        with WordPressClient(proxy.base_url, user, password, timeout=10) as client:
            proxy.lose_next("POST", r"/wp/v2/comments$")
            assert newsroom.drain(client).sent == 0
            # Its id unknown yet, the note still stays out of the moderation queues.
            pull_comments(newsroom.editor.store, newsroom.editor.client, site_id, force_full=True)
            assert newsroom.cached_comments(post.id) == []
            _make_due(newsroom)
            proxy.lose_next("POST", rf"/wp/v2/posts/{post.id}$")
            assert newsroom.drain(client).sent == 0
            _make_due(newsroom)
            assert newsroom.drain(client).sent == 1
        assert proxy.sent("POST", r"/wp/v2/comments$") == 1
        assert proxy.sent("POST", rf"/wp/v2/posts/{post.id}$") == 1
    assert newsroom.notes_seen_by_contributor(post.id) == [note]
    assert newsroom.editor.client.get_post(post.id).status == "draft"


def test_undo_before_sending_takes_the_decision_out_of_the_outbox(newsroom: Newsroom) -> None:
    post = newsroom.submit(_title("Hoàn tác quyết định"))
    newsroom.pull()
    site_id = newsroom.editor.account.id
    decided = decide(newsroom.editor.store, site_id, post.id, APPROVE)

    assert undo_decision(newsroom.editor.store, decided.decision_id)

    assert Outbox(newsroom.editor.store).get(decided.item_id) is None
    assert newsroom.queued(post.id)
    assert newsroom.drain().sent == 0
    assert newsroom.editor.client.get_post(post.id).status == "pending"
    sent = decide(newsroom.editor.store, site_id, post.id, APPROVE)
    assert newsroom.drain().sent == 1
    assert not undo_decision(newsroom.editor.store, sent.decision_id)  # too late: it went out


def test_a_decision_on_a_linked_interview_waits_behind_its_publish(newsroom: Newsroom) -> None:
    post = newsroom.submit(_title("Bài mở thành phỏng vấn"))
    newsroom.pull()
    site_id = newsroom.editor.account.id
    store = newsroom.editor.store
    # The post opened as a local interview (what "open any site post" makes), edited.
    document = sample_document("Tít biên tập lại")
    interview_id = newsroom.editor.repository.create(document).id
    with store.transaction() as session:
        session.add(
            Publication(
                site_id=site_id,
                interview_id=interview_id,
                slug=f"mo-{post.id}",
                post_id=post.id,
                post_status="pending",
                modified_gmt=gmt_text(post.modified_gmt),
                featured_in_text=False,
            )
        )
    request_publish(store, interview_id, site_id, PublishMode.PENDING)
    decided = decide(store, site_id, post.id, APPROVE)

    assert newsroom.drain().sent == 2  # the edits first, then the approval: no conflict

    remote = newsroom.editor.client.get_post(post.id)
    assert remote.status == "publish" and remote.title == "Tít biên tập lại"
    assert newsroom.decision(decided.decision_id).state == SENT
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        assert publication is not None
        assert publication.modified_gmt == gmt_text(remote.modified_gmt)


def test_hostile_titles_and_text_are_read_as_plain_text(newsroom: Newsroom) -> None:
    post = newsroom.submit(
        _title(HOSTILE), '<p>Đoạn một.</p><script>alert("x")</script><img src="http://x.invalid/a">'
    )
    newsroom.pull()
    queue = ReviewQueue(newsroom.editor.store, newsroom.editor.account.id)
    row = next(r for r in queue.rows(0, 10_000) if r.remote_id == post.id)
    assert HOSTILE in row.title  # the title as typed, not markup
    shown = post_to_read(newsroom.editor.store, newsroom.editor.account.id, post.id)
    assert shown is not None and "Đoạn một." in shown.text and "<p>" not in shown.text


def test_a_note_on_a_post_with_comments_closed_stops_before_the_status_changes(
    newsroom: Newsroom,
) -> None:
    post = newsroom.contributor.create_post(
        PostInput(
            title=_title("Bài đóng bình luận"),
            content="<p>Nội dung.</p>",
            status="pending",
            comment_status="closed",
        )
    )
    newsroom.created.append(post.id)
    newsroom.pull()
    site_id = newsroom.editor.account.id
    decided = decide(newsroom.editor.store, site_id, post.id, SEND_BACK, note="Sửa tít.")

    assert newsroom.drain().failed == 1

    entry = Outbox(newsroom.editor.store).get(decided.item_id)
    assert entry is not None and entry.state is OutboxState.FAILED
    assert entry.last_error is not None
    assert entry.last_error.startswith("Comments are closed on this post.")
    # The post did not go back to draft without its note; dropping the item undoes it.
    assert newsroom.editor.client.get_post(post.id).status == "pending"
    outbox_kinds().discard(Outbox(newsroom.editor.store), [decided.item_id])
    assert newsroom.decision(decided.decision_id).state == UNDONE
    assert newsroom.queued(post.id)
    decide(newsroom.editor.store, site_id, post.id, SEND_BACK)  # without a note this time
    assert newsroom.drain().sent == 1
    assert newsroom.editor.client.get_post(post.id).status == "draft"
