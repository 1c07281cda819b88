"""Defensive parsing of the site's JSON into plain dataclasses (no HTTP here)."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from requests.structures import CaseInsensitiveDict

from portal.errors import MalformedResponse, parse_retry_after
from portal.markup import html_to_text
from portal.remote import (
    parse_comment,
    parse_media,
    parse_post,
    parse_user,
)
from portal.wordpress import (
    WordPressClient,
    _Answer,
    _ascii_filename,
    _normalise_base_url,
    user_agent,
)

COMMENT: dict[str, Any] = {
    "id": 12,
    "post": 3,
    "parent": 0,
    "author": 0,
    "author_name": "Lò Văn A",
    "author_email": "a@example.com",
    "author_url": "",
    "date": "2024-05-20T10:00:00",
    "date_gmt": "2024-05-20T03:00:00",
    "content": {"raw": "Bài hay!", "rendered": "<p>Bài hay!</p>\n"},
    "link": "https://example.org/bai/#comment-12",
    "status": "hold",
    "type": "comment",
}


def test_comment_fields() -> None:
    comment = parse_comment(COMMENT)
    assert comment.id == 12
    assert comment.content == "Bài hay!"
    assert comment.content_html == "<p>Bài hay!</p>\n"
    assert comment.date_gmt == datetime(2024, 5, 20, 3, 0, tzinfo=UTC)
    assert comment.status == "hold"


def test_view_context_falls_back_to_rendered_text() -> None:
    data = {**COMMENT, "content": {"rendered": "<p>A &amp; B<br />C</p>\n<p>D</p>"}}
    assert parse_comment(data).content == "A & B\nC\n\nD"
    post = parse_post(
        {"id": 1, "status": "publish", "title": {"rendered": "Lê &#8211; Trần"}, "content": "x"}
    )
    assert post.title == "Lê – Trần"


def test_text_is_cleaned_and_nfc() -> None:
    raw = "Vie\u0302\u0323t\x00\x1b[1m\r\nNam\x7f"
    comment = parse_comment({**COMMENT, "content": {"raw": raw, "rendered": ""}})
    assert comment.content == "Việt[1m\nNam"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": None}, "id"),
        ({"id": "abc"}, "id"),
        ({"id": True}, "id"),
        ({"id": -3}, "id"),
        ({"id": 2**80}, "id"),
        ({"post": 1.5}, "post"),
        ({"status": None}, "status"),
        ({"status": ["approved"]}, "status"),
        ({"author_name": {"x": 1}}, "author_name"),
        ({"content": 5}, "content"),
        ({"content": {"raw": ["x"], "rendered": ""}}, "raw"),
        ({"date_gmt": "hôm qua"}, "date_gmt"),
        ({"date_gmt": 20240520}, "date_gmt"),
    ],
)
def test_wrong_types_name_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(MalformedResponse) as caught:
        parse_comment({**COMMENT, **change})
    assert f"'{field}'" in caught.value.message


@pytest.mark.parametrize("value", [None, [], "text", 3, [COMMENT]])
def test_not_an_object(value: object) -> None:
    with pytest.raises(MalformedResponse):
        parse_comment(value)


def test_user_capabilities_and_roles() -> None:
    user = parse_user(
        {
            "id": 2,
            "name": "Biên tập",
            "slug": "bientap",
            "roles": ["editor", 7],
            "capabilities": {"edit_posts": True, "moderate_comments": True, "delete_users": False},
        }
    )
    assert user.roles == ("editor",)
    assert user.can("edit_posts") and user.can("moderate_comments")
    assert not user.can("delete_users")
    assert parse_user({"id": 2, "name": "x", "slug": "x", "capabilities": []}).capabilities == set()


def test_post_meta_keeps_scalars() -> None:
    post = parse_post(
        {"id": 5, "status": "draft", "meta": {"newsdesk_uid": "u1", "n": 3, "list": [1, 2]}}
    )
    assert post.meta == {"newsdesk_uid": "u1", "n": 3}
    assert parse_post({"id": 5, "status": "draft", "meta": []}).meta == {}


def test_media_details() -> None:
    media = parse_media(
        {
            "id": 9,
            "slug": "anh",
            "source_url": "https://example.org/anh.png",
            "mime_type": "image/png",
            "media_type": "image",
            "title": {"raw": "Ảnh", "rendered": "Ảnh"},
            "caption": {"raw": "Chú thích", "rendered": "<p>Chú thích</p>\n"},
            "alt_text": "Mô tả",
            "media_details": {"width": 64, "height": 48, "filesize": 98, "sizes": {}},
            "post": None,
        }
    )
    assert (media.width, media.height, media.filesize, media.post) == (64, 48, 98, None)
    with pytest.raises(MalformedResponse):
        parse_media({"id": 9, "media_details": {"width": "rộng"}})


def test_dates_with_offsets_become_utc() -> None:
    post = parse_post({"id": 1, "status": "x", "date_gmt": "2024-05-20T10:00:00+07:00"})
    assert post.date_gmt == datetime(2024, 5, 20, 3, 0, tzinfo=UTC)
    assert parse_post({"id": 1, "status": "x", "date_gmt": None}).date_gmt is None


def test_html_to_text() -> None:
    assert html_to_text("<strong>Error:</strong> The username <b>x</b> is wrong.") == (
        "Error: The username x is wrong."
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["id", "post", "status", "content", "raw", "rendered", "date_gmt", "title", "meta"]
            )
            | st.text(max_size=5),
            children,
            max_size=6,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_gives_a_dataclass_or_malformed_response(value: object) -> None:
    for parse in (parse_comment, parse_post, parse_media, parse_user):
        with contextlib.suppress(MalformedResponse):
            parse(value)


def test_helpers() -> None:
    assert _ascii_filename("Ảnh Đồng chí Hoà (1).JPG") == "anh-dong-chi-hoa-1.jpg"
    assert _ascii_filename("...") == "file"
    assert _normalise_base_url(" baotinh.vn/ ") == "https://baotinh.vn"
    assert _normalise_base_url("http://x.vn/tin/wp-json/") == "http://x.vn/tin"
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0
    assert parse_retry_after("không biết") is None
    assert user_agent().startswith("Newsdesk/")


def test_php_warnings_before_the_json_are_named() -> None:
    body = b'<br />\n<b>Warning</b>:  Undefined array key in /var/www/plugin.php<br />\n{"id":1}'
    headers = CaseInsensitiveDict({"Content-Type": "text/html"})
    client = WordPressClient("https://example.org", "u", "p")
    with client, pytest.raises(MalformedResponse) as caught:
        client._json(_Answer(200, headers, body))
    assert "PHP errors" in caught.value.message
