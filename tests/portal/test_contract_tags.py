"""Post tags through the REST API (``/wp/v2/tags``), against the demo site or WordPress."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from portal.errors import BadRequest, PermissionDenied
from portal.remote import PostInput
from portal.wordpress import WordPressClient

Unique = Callable[[str], str]


def test_a_tag_is_created_once_and_found_by_its_slug(
    client: WordPressClient, unique: Unique
) -> None:
    token = unique("the")[-10:]
    name = f"Đường biên giới {token}"
    tag = client.create_tag(name)
    assert tag.name == name
    assert tag.slug == f"duong-bien-gioi-{token}"
    with pytest.raises(BadRequest) as caught:
        client.create_tag(name)
    assert caught.value.code == "term_exists"
    assert [t.id for t in client.find_tags(slugs=[tag.slug, "khong-co-the-nay"])] == [tag.id]
    assert tag.id in [t.id for t in client.find_tags(search=f"giới {token}")]


def test_names_are_compared_as_php_lowers_them_ascii_letters_only(
    client: WordPressClient, unique: Unique
) -> None:
    token = unique("hoa")[-10:]
    client.create_tag(f"hoa ban {token}")
    with pytest.raises(BadRequest) as caught:
        client.create_tag(f"Hoa ban {token}")
    assert caught.value.code == "term_exists"
    first = client.create_tag(f"Đắk Mil {token}")
    second = client.create_tag(f"đắk Mil {token}")  # "Đ" is not an ASCII letter
    assert second.id != first.id
    assert second.slug == f"{first.slug}-2"


def test_posts_carry_their_tags(
    client: WordPressClient, unique: Unique, track: Callable[[int], int]
) -> None:
    tag = client.create_tag(f"Chè Shan tuyết {unique('t')[-10:]}")
    post = client.create_post(
        PostInput(title="Có thẻ", content="x", status="draft", slug=unique("co-the"), tags=[tag.id])
    )
    track(post.id)
    assert post.tags == (tag.id,)
    assert client.update_post(post.id, PostInput(tags=[])).tags == ()


def test_an_account_without_manage_categories_may_not_create_tags(
    subscriber_client: WordPressClient,
) -> None:
    with pytest.raises(PermissionDenied) as caught:
        subscriber_client.create_tag("Không được tạo")
    assert caught.value.code == "rest_cannot_create"


def test_the_sites_categories_are_listed_with_their_parents(client: WordPressClient) -> None:
    categories = client.categories()
    assert 1 in [c.id for c in categories]  # WordPress's "Uncategorized" is always category 1
    ids = {c.id for c in categories}
    assert all(c.parent == 0 or c.parent in ids for c in categories)
    assert all(c.name for c in categories)


def test_a_post_goes_into_the_category_given(
    client: WordPressClient, unique: Unique, track: Callable[[int], int]
) -> None:
    category = client.categories()[-1]
    post = client.create_post(
        PostInput(
            title="Có chuyên mục", status="draft", slug=unique("cm"), categories=[category.id]
        )
    )
    track(post.id)
    assert post.categories == (category.id,)
