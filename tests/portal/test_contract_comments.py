"""Contract tests for comments: paging, moderation states, replies, WordPress's refusals."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
import requests

from portal.devsite import DemoSite
from portal.errors import Conflict, NotFound, PermissionDenied
from portal.remote import CommentPage, PostInput, RemotePost
from portal.wordpress import WordPressClient
from tests.portal.conftest import Peer

Unique = Callable[[str], str]


@pytest.fixture
def open_post(
    client: WordPressClient, unique: Unique, track: Callable[[int], int]
) -> Iterator[RemotePost]:
    """A published post that takes comments."""
    post = client.create_post(
        PostInput(title="Bài có bình luận", content="x", status="publish", slug=unique("bl"))
    )
    track(post.id)
    yield post


def test_paging_reads_the_totals(client: WordPressClient, open_post: RemotePost) -> None:
    made = [client.create_comment(open_post.id, f"Ý kiến số {i} về bài viết.") for i in range(5)]
    pages: list[CommentPage] = list(client.iter_comment_pages(post=open_post.id, per_page=2))
    assert [len(p.comments) for p in pages] == [2, 2, 1]
    assert [p.page for p in pages] == [1, 2, 3]
    assert {p.total for p in pages} == {5}
    assert {p.total_pages for p in pages} == {3}
    ids = [c.id for p in pages for c in p.comments]
    assert ids == sorted(c.id for c in made)  # oldest first, stable while new ones arrive
    seen: list[int] = []
    streamed = list(client.iter_comments(post=open_post.id, on_page=lambda p: seen.append(p.page)))
    assert [c.id for c in streamed] == ids
    assert seen == [1]


def test_each_moderation_state(client: WordPressClient, open_post: RemotePost) -> None:
    comment = client.create_comment(open_post.id, "Bình luận để kiểm duyệt.")
    assert comment.status == "approved"  # an editor's comment is approved at once
    for status in ("hold", "spam", "trash", "approved", "hold", "approved"):
        changed = client.update_comment_status(comment.id, status)
        assert changed.status == status
        assert client.get_comment(comment.id).status == status
        listed = [c.id for c in client.iter_comments(status=status, post=open_post.id)]
        assert comment.id in listed
    # Setting the state it already has is fine too.
    assert client.update_comment_status(comment.id, "approved").status == "approved"


def test_reply_to_a_comment(client: WordPressClient, open_post: RemotePost) -> None:
    question = client.create_comment(open_post.id, "Xin hỏi số đường dây nóng?")
    reply = client.create_comment(open_post.id, "Số ở cuối bài bạn nhé.", parent=question.id)
    assert reply.parent == question.id
    assert reply.post == open_post.id
    assert reply.author > 0
    assert reply.author_name
    assert reply.content == "Số ở cuối bài bạn nhé."


def test_comment_on_a_draft_is_refused(
    client: WordPressClient, unique: Unique, track: Callable[[int], int]
) -> None:
    draft = client.create_post(PostInput(title="Nháp", content="x", slug=unique("nhap")))
    track(draft.id)
    with pytest.raises(PermissionDenied) as caught:
        client.create_comment(draft.id, "Không được phép.")
    assert caught.value.status == 403
    assert caught.value.code == "rest_comment_draft_post"
    assert "draft" in caught.value.message


def test_duplicate_comment_is_a_conflict(client: WordPressClient, open_post: RemotePost) -> None:
    client.create_comment(open_post.id, "Nói hai lần.")
    with pytest.raises(Conflict) as caught:
        client.create_comment(open_post.id, "Nói hai lần.")
    assert caught.value.status == 409
    assert caught.value.code == "comment_duplicate"
    assert caught.value.site_message and "Duplicate comment" in caught.value.site_message


def test_unknown_status_is_ignored_by_wordpress(
    client: WordPressClient, wp_peer: Peer, open_post: RemotePost
) -> None:
    comment = client.create_comment(open_post.id, "Trạng thái lạ.")
    answer = requests.post(
        f"{wp_peer.base_url}/wp-json/wp/v2/comments/{comment.id}",
        json={"status": "da-duyet"},
        auth=(wp_peer.user, wp_peer.app_password),
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["status"] == "approved"
    with pytest.raises(ValueError):
        client.update_comment_status(comment.id, "da-duyet")  # type: ignore[arg-type]


def test_delete_moves_to_trash_then_deletes(client: WordPressClient, open_post: RemotePost) -> None:
    comment = client.create_comment(open_post.id, "Sẽ bị xóa.")
    assert client.delete_comment(comment.id).status == "trash"
    assert client.delete_comment(comment.id).status == "trash"  # 410 from WordPress, no error
    gone = client.delete_comment(comment.id, force=True)
    assert gone.id == comment.id
    with pytest.raises(NotFound) as caught:
        client.get_comment(comment.id)
    assert caught.value.code == "rest_comment_invalid_id"


def test_after_filter(client: WordPressClient, open_post: RemotePost) -> None:
    first = client.create_comment(open_post.id, "Trước.")
    assert first.date_gmt is not None
    later = [
        c.id
        for c in client.iter_comments(post=open_post.id, after=first.date_gmt - timedelta(hours=1))
    ]
    assert first.id in later
    none = list(client.iter_comments(post=open_post.id, after=first.date_gmt + timedelta(hours=1)))
    assert none == []


def test_subscriber_cannot_moderate(
    subscriber_client: WordPressClient, client: WordPressClient, open_post: RemotePost
) -> None:
    comment = client.create_comment(open_post.id, "Không phải việc của bạn đọc.")
    with pytest.raises(PermissionDenied) as caught:
        list(subscriber_client.iter_comments(status="hold"))
    assert caught.value.code == "rest_forbidden_context"
    with pytest.raises(PermissionDenied) as caught:
        subscriber_client.update_comment_status(comment.id, "spam")
    assert caught.value.code == "rest_cannot_edit"


@pytest.mark.devsite
def test_seeded_comments_in_every_state(client: WordPressClient, demo_site: DemoSite) -> None:
    counts = demo_site.store.count_comments()
    for status in ("approved", "hold", "spam", "trash"):
        assert counts.get(status, 0) > 0
        comments = list(client.iter_comments(status=status))
        assert len(comments) == counts[status]
        assert {c.status for c in comments} == {status}
    everything = list(client.iter_comments())
    assert len(everything) == sum(counts.values())
    assert any(c.parent for c in everything)
    assert any("<script>" in c.content for c in everything)
    assert all("\x00" not in c.content and "\x1b" not in c.content for c in everything)
    assert any(len(c.content) > 2000 for c in everything)
