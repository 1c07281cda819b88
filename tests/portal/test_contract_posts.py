"""Contract tests for posts: publish in every status, update, look up by slug, unpublish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import cast

import pytest

from portal.errors import BadRequest, NotFound, PermissionDenied
from portal.remote import PostInput, PostStatus
from portal.wordpress import WordPressClient
from tests.portal.conftest import Peer

Unique = Callable[[str], str]
Track = Callable[[int], int]


@pytest.mark.parametrize("status", ["draft", "pending", "publish", "private"])
def test_create_post_in_each_status(
    client: WordPressClient, unique: Unique, track: Track, status: PostStatus
) -> None:
    slug = unique(f"phong-van-{status}")
    post = client.create_post(
        PostInput(
            title="Phỏng vấn: “Được mùa” & giữ giá",
            content="Phóng viên: Xin chào ông?\n\nÔng A: Chào bạn.",
            excerpt="Sapo ngắn",
            status=status,
            slug=slug,
        )
    )
    track(post.id)
    assert post.id > 0
    assert post.status == status
    assert post.slug == slug
    assert post.title == "Phỏng vấn: “Được mùa” & giữ giá"
    assert post.content.startswith("Phóng viên: Xin chào ông?")
    assert post.excerpt == "Sapo ngắn"
    assert post.modified_gmt is not None and post.modified_gmt.tzinfo is UTC
    assert post.link.startswith("http")
    fetched = client.get_post(post.id)
    assert (fetched.id, fetched.status, fetched.title) == (post.id, status, post.title)


def test_scheduled_post_stays_future_and_past_date_publishes(
    client: WordPressClient, unique: Unique, track: Track
) -> None:
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    scheduled = client.create_post(
        PostInput(title="Hẹn giờ", content="x", status="future", date_gmt=when, slug=unique("hen"))
    )
    track(scheduled.id)
    assert scheduled.status == "future"
    assert scheduled.date_gmt == when
    # WordPress turns "future" with a past date into "publish"...
    past = client.create_post(
        PostInput(
            title="Quá giờ",
            content="x",
            status="future",
            date_gmt=when - timedelta(days=30),
            slug=unique("qua"),
        )
    )
    track(past.id)
    assert past.status == "publish"
    # ...and "publish" with a future date into "future".
    later = client.create_post(
        PostInput(
            title="Đăng sau", content="x", status="publish", date_gmt=when, slug=unique("sau")
        )
    )
    track(later.id)
    assert later.status == "future"


def test_update_changes_fields_and_last_write_wins(
    client: WordPressClient, wp_peer: Peer, unique: Unique, track: Track
) -> None:
    post = client.create_post(PostInput(title="Bản đầu", content="Một", slug=unique("sua")))
    track(post.id)
    updated = client.update_post(post.id, PostInput(title="Bản hai", content="Hai"))
    assert (updated.title, updated.content) == ("Bản hai", "Hai")
    assert updated.slug == post.slug
    assert updated.modified_gmt is not None and post.modified_gmt is not None
    assert updated.modified_gmt >= post.modified_gmt
    # Two desks editing the same post: WordPress never detects the stale write.
    with WordPressClient(wp_peer.base_url, wp_peer.user, wp_peer.app_password) as other:
        other.update_post(post.id, PostInput(title="Bàn khác"))
    last = client.update_post(post.id, PostInput(title="Bàn này"))
    assert last.title == "Bàn này"
    assert client.get_post(post.id).title == "Bàn này"


def test_find_by_slug_finds_drafts_and_published(
    client: WordPressClient, unique: Unique, track: Track
) -> None:
    slug = unique("tim-lai")
    assert client.find_posts_by_slug(slug) == []
    draft = client.create_post(PostInput(title="Tìm lại", content="x", slug=slug))
    track(draft.id)
    found = client.find_posts_by_slug(slug)
    assert [p.id for p in found] == [draft.id]
    client.update_post(draft.id, PostInput(status="publish"))
    assert [p.status for p in client.find_posts_by_slug(slug)] == ["publish"]


def test_get_posts_by_ids_returns_those_the_account_may_read(
    client: WordPressClient,
    subscriber_client: WordPressClient,
    unique: Unique,
    track: Track,
) -> None:
    published = client.create_post(
        PostInput(title="Hòa Bình: mùa lúa mới", content="x", status="publish", slug=unique("lua"))
    )
    track(published.id)
    draft = client.create_post(PostInput(title="Bản nháp", content="x", slug=unique("nhap")))
    track(draft.id)
    trashed = client.create_post(PostInput(title="Đã gỡ", content="x", slug=unique("go")))
    track(trashed.id)
    client.delete_post(trashed.id)
    wanted = [draft.id, published.id, trashed.id, 987654321]

    found = {post.id: post for post in client.get_posts(wanted)}
    assert set(found) == {published.id, draft.id}  # trash and unknown ids are just missing
    assert found[published.id].title == "Hòa Bình: mùa lúa mới"
    assert found[published.id].link.startswith("http")
    assert (found[draft.id].status, found[draft.id].title) == ("draft", "Bản nháp")
    assert client.get_posts([]) == []
    # an account that may not edit posts is refused drafts, and gets the published ones
    with pytest.raises(PermissionDenied):
        subscriber_client.get_posts(wanted)
    assert [p.id for p in subscriber_client.get_posts(wanted, any_status=False)] == [published.id]


def test_published_slugs_are_made_unique(
    client: WordPressClient, unique: Unique, track: Track
) -> None:
    slug = unique("trung")
    first = client.create_post(PostInput(title="A", content="x", status="publish", slug=slug))
    track(first.id)
    second = client.create_post(PostInput(title="B", content="x", status="publish", slug=slug))
    track(second.id)
    assert first.slug == slug
    assert second.slug == f"{slug}-2"


def test_unpublish_to_draft_and_to_trash(
    client: WordPressClient, unique: Unique, track: Track
) -> None:
    slug = unique("go-bai")
    post = client.create_post(PostInput(title="Gỡ bài", content="x", status="publish", slug=slug))
    track(post.id)
    assert client.unpublish_post(post.id).status == "draft"
    trashed = client.delete_post(post.id)
    assert trashed.status == "trash"
    assert client.find_posts_by_slug(slug) == []  # WordPress renames it "…__trashed"
    # Trashing again is not an error for the client (WordPress answers 410).
    assert client.delete_post(post.id).status == "trash"
    restored = client.update_post(post.id, PostInput(status="draft"))
    assert restored.status == "draft"
    assert restored.slug == slug
    gone = client.delete_post(post.id, force=True)
    assert gone.id == post.id
    with pytest.raises(NotFound) as caught:
        client.get_post(post.id)
    assert caught.value.code == "rest_post_invalid_id"
    assert caught.value.status == 404


def test_missing_post_is_not_found(client: WordPressClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.update_post(987654321, PostInput(title="x"))
    assert caught.value.code == "rest_post_invalid_id"
    assert not caught.value.retryable


def test_invalid_status_is_a_bad_request_with_the_wordpress_code(
    client: WordPressClient,
) -> None:
    with pytest.raises(BadRequest) as caught:
        client.create_post(PostInput(title="x", status=cast(PostStatus, "da-duyet")))
    assert caught.value.status == 400
    assert caught.value.code == "rest_invalid_param"
    assert caught.value.site_message and "status" in caught.value.site_message


@pytest.mark.devsite
def test_registered_meta_round_trips(client: WordPressClient, unique: Unique) -> None:
    post = client.create_post(
        PostInput(title="Meta", content="x", slug=unique("meta"), meta={"newsdesk_uid": "u-42"})
    )
    assert post.meta["newsdesk_uid"] == "u-42"
    again = client.update_post(post.id, PostInput(meta={"khong_dang_ky": "bị bỏ qua"}))
    assert again.meta["newsdesk_uid"] == "u-42"
    assert "khong_dang_ky" not in again.meta
