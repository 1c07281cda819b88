"""The one boundary between text and HTML: escaped once going out, decoded once coming in."""

from __future__ import annotations

import json

from hypothesis import given
from requests.structures import CaseInsensitiveDict

from portal.errors import error_from_answer
from portal.markup import html_to_text, text_to_html, text_to_term_html
from portal.remote import parse_comment, parse_post, parse_tag
from tests.portal.test_contract_markup import hostile_lines, name_as_kept, text_as_kept


@given(hostile_lines)
def test_text_survives_the_trip_into_html_and_back(text: str) -> None:
    assert html_to_text(text_to_html(text)) == text_as_kept(text)
    assert html_to_text(text_to_term_html(text)) == name_as_kept(text)


@given(hostile_lines)
def test_escaped_text_holds_no_tag(text: str) -> None:
    assert "<" not in text_to_html(text) and ">" not in text_to_html(text)


def test_the_headline_of_the_issue_goes_out_as_text() -> None:
    headline = "Lãi suất <5% & “A&B” <b>đậm</b> <img src=x onerror=alert(1)>"
    assert text_to_html(headline) == (
        "Lãi suất &lt;5% &amp; “A&amp;B” &lt;b&gt;đậm&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;"
    )


def test_what_wordpress_keeps_for_a_readers_comment_reads_as_the_reader_wrote_it() -> None:
    # As observed on WordPress 6.1: kses-normalised content, an escaped author name.
    comment = parse_comment(
        {
            "id": 5,
            "status": "hold",
            "author_name": "Bạn đọc &amp; Gia đình",
            "content": {
                "raw": "Giáo dục &amp; Đào tạo: điểm 5 &gt; 3",
                "rendered": "<p>Giáo dục &amp; Đào tạo: điểm 5 &gt; 3</p>\n",
            },
        }
    )
    assert comment.author_name == "Bạn đọc & Gia đình"
    assert comment.content == "Giáo dục & Đào tạo: điểm 5 > 3"


def test_titles_and_term_names_are_decoded_once() -> None:
    post = parse_post(
        {
            "id": 1,
            "status": "publish",
            "title": {"raw": "A &amp;amp; B", "rendered": "A &amp;amp; B"},
            "excerpt": {"rendered": "<p>&lt;i&gt;x&lt;/i&gt; &#8220;y&#8221;</p>\n"},
        }
    )
    assert post.title == "A &amp; B"
    assert post.excerpt == "<i>x</i> “y”"
    tag = parse_tag({"id": 2, "name": "Giáo dục &amp; Đào tạo", "slug": "giao-duc-dao-tao"})
    assert tag.name == "Giáo dục & Đào tạo"


def test_a_site_error_with_an_escaped_tag_stays_text() -> None:
    body = {
        "code": "rest_invalid_param",
        "message": "Sai: &lt;img src='file:///dev/zero'&gt; <b>x</b>",
    }
    error = error_from_answer(
        400, CaseInsensitiveDict(), json.dumps(body).encode(), lambda text: text
    )
    assert error.site_message == "Sai: <img src='file:///dev/zero'> x"


def test_text_that_reads_like_a_numeric_entity_survives_kses() -> None:
    # WordPress's kses makes "&amp;#38;" the entity "&#038;": the "&" goes out as "&#38;".
    assert text_to_html("&#38; &#x26;") == "&#38;#38; &#38;#x26;"
    assert html_to_text(text_to_term_html("&#38;")) == "&#38;"
