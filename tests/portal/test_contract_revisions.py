"""Contract tests for a post's revisions (``/wp/v2/posts/ID/revisions``), on both peers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portal.errors import NotFound, PermissionDenied
from portal.remote import PostInput
from portal.wordpress import WordPressClient

Unique = Callable[[str], str]
Track = Callable[[int], int]


def test_each_update_that_changes_the_text_is_kept_as_a_revision(
    client: WordPressClient, unique: Unique, track: Track
) -> None:
    post = client.create_post(
        PostInput(title="Mùa chè", content="<p>Bà con hái chè sớm.</p>", slug=unique("che"))
    )
    track(post.id)
    client.update_post(post.id, PostInput(content="<p>Bà con hái chè sớm hơn mọi năm.</p>"))
    client.update_post(post.id, PostInput(title="Mùa chè ở Hua Păng", excerpt="Giá lên cao"))
    before = client.post_revisions(post.id)
    # An update that leaves title, text and excerpt alone keeps no revision.
    client.update_post(post.id, PostInput(status="pending"))
    revisions = client.post_revisions(post.id)
    assert len(revisions) == len(before) >= 2

    newest, previous = revisions[0], revisions[1]
    assert newest.parent == previous.parent == post.id
    assert (newest.title, newest.excerpt) == ("Mùa chè ở Hua Păng", "Giá lên cao")
    assert newest.content == "<p>Bà con hái chè sớm hơn mọi năm.</p>"
    assert (previous.title, previous.excerpt) == ("Mùa chè", "")
    assert newest.author == previous.author > 0
    assert newest.modified_gmt is not None and previous.modified_gmt is not None
    assert newest.modified_gmt >= previous.modified_gmt
    assert newest.id != post.id


def test_revisions_need_the_right_to_edit_the_post(
    client: WordPressClient,
    subscriber_client: WordPressClient,
    unique: Unique,
    track: Track,
) -> None:
    post = client.create_post(
        PostInput(title="Bản nháp", content="Nháp", status="publish", slug=unique("nhap"))
    )
    track(post.id)
    with pytest.raises(PermissionDenied):
        subscriber_client.post_revisions(post.id)
    with pytest.raises(NotFound):
        client.post_revisions(987654321)
