"""Outside text crosses into HTML and back exactly once, on the demo site and a real WordPress.

Hostile strings (markup, entities, ``& < >`` and quotes, ``file://`` images,
control, direction and zero-width characters, NFD) are sent as a headline, a
lead, a photo caption, alt text and title, a tag and a reply. Read back, each
equals what was sent (after NFC and the stripping rules of its field), and no
field the site renders carries markup the text only contained as text.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PIL import Image

from editor.document import clean_headline
from portal.remote import PostInput, RemoteMedia, RemotePost
from portal.wordpress import WordPressClient
from storage.textfold import clean_text
from tests.portal.conftest import Peer

HOSTILE_PIECES = [
    "<b>đậm</b>",
    "<i>nghiêng</i>",
    "<img src=x onerror=alert(1)>",
    "<img src='file:///dev/zero'>",
    "&lt;img src='file:///dev/zero'&gt;",
    "<script>alert('x')</script>",
    "&amp;",
    "&lt;",
    "&#38;",
    "&#x26;",
    "&nbsp;",
    "&",
    "<",
    ">",
    "<5%",
    "%ab",
    '"',
    "'",
    "“A&B”",
    "Lãi suất",
    "Đắk Lắk",
    "Hoà bình",
    "e\u0301",  # NFD: e + combining acute
    "\u202eđảo\u202c",
    "x\u200by",
    "\u2066ẩn\u2069",
    "\ufeff",
    "\x00",
    "\x07",
    "\x1b[2J",
    " ",
    "--",
    "...",
]
_LETTERS = st.characters(categories=("L", "N", "P", "S"), exclude_characters="\\")

hostile_line = st.lists(
    st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(_LETTERS, min_size=1, max_size=6)),
    min_size=1,
    max_size=8,
).map("".join)
hostile_lines = st.lists(hostile_line, min_size=1, max_size=3).map("\n".join)

EXAMPLES = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def text_as_kept(text: str) -> str:
    """A multi-line text as every reader gets it back: NFC, no control characters,
    each line stripped, at most one blank line in a row."""
    lines = [line.strip() for line in clean_text(text).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def name_as_kept(text: str) -> str:
    """A name or alt text: WordPress puts it on one line with single spaces."""
    return " ".join(clean_text(text).split())


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


def tags_in(rendered: str) -> set[str]:
    """The elements a browser would build from *rendered*."""
    parser = _Tags()
    parser.feed(rendered)
    parser.close()
    return parser.tags


# WordPress wraps rendered excerpts, captions and comments in paragraphs, nothing else.
WRAPPERS = {"p", "br"}


@pytest.fixture
def site_json(wp_peer: Peer) -> Iterator[Callable[[str], dict[str, object]]]:
    """Read one REST item as the site sends it (rendered fields included)."""
    with requests.Session() as session:
        session.auth = (wp_peer.user, wp_peer.app_password)

        def get(route: str) -> dict[str, object]:
            answer = session.get(
                f"{wp_peer.base_url.rstrip('/')}/wp-json/wp/v2/{route}",
                params={"context": "edit"},
                timeout=10,
            )
            answer.raise_for_status()
            item = answer.json()
            assert isinstance(item, dict)
            return item

        yield get


def rendered(item: dict[str, object], key: str) -> str:
    field = item[key]
    assert isinstance(field, dict)
    return str(field["rendered"])


@pytest.fixture
def photo(client: WordPressClient, tmp_path: Path) -> RemoteMedia:
    """One uploaded photo whose texts the examples change."""
    path = tmp_path / "anh.png"
    Image.new("RGB", (32, 24), (200, 120, 40)).save(path, format="PNG")
    return client.upload_media(path)


@pytest.fixture
def open_post(client: WordPressClient, track: Callable[[int], int]) -> RemotePost:
    """A published post that takes replies."""
    post = client.create_post(
        PostInput(title="Bài thử văn bản", content="<p>x</p>", status="publish")
    )
    track(post.id)
    return post


@EXAMPLES
@given(headline=hostile_line, lead=hostile_lines)
def test_headline_and_lead_come_back_as_sent_and_never_as_markup(
    client: WordPressClient,
    track: Callable[[int], int],
    site_json: Callable[[str], dict[str, object]],
    headline: str,
    lead: str,
) -> None:
    title = clean_headline(headline).strip() or "Tít"
    post = client.create_post(PostInput(title=title, excerpt=lead, content="<p>x</p>"))
    track(post.id)

    again = client.get_post(post.id)
    assert again.title == text_as_kept(title)
    assert again.excerpt == text_as_kept(lead)
    assert unicodedata.is_normalized("NFC", again.title + again.excerpt)
    item = site_json(f"posts/{post.id}")
    assert tags_in(rendered(item, "title")) == set()
    assert tags_in(rendered(item, "excerpt")) <= WRAPPERS


@EXAMPLES
@given(caption=hostile_lines, alt=hostile_line, title=hostile_line)
def test_photo_texts_come_back_as_sent_and_never_as_markup(
    client: WordPressClient,
    photo: RemoteMedia,
    site_json: Callable[[str], dict[str, object]],
    caption: str,
    alt: str,
    title: str,
) -> None:
    client.update_media(photo.id, caption=caption, alt_text=alt, title=title)

    again = client.get_media(photo.id)
    assert again.caption == text_as_kept(caption)
    assert again.alt_text == name_as_kept(alt)
    assert again.title == text_as_kept(title)
    item = site_json(f"media/{photo.id}")
    assert tags_in(rendered(item, "caption")) <= WRAPPERS
    assert tags_in(rendered(item, "title")) == set()
    assert "<" not in str(item["alt_text"])  # an attribute value: escaped, never a tag


@EXAMPLES
@given(name=hostile_line)
@example(name="&#38; \x00 &amp;#x26;")  # kses made "&amp;#38;" an entity; a NUL left two spaces
def test_a_tag_name_comes_back_as_sent(client: WordPressClient, name: str) -> None:
    wanted = f"Thẻ {name} {uuid.uuid4().hex[:8]}"  # unique: WordPress refuses a same name
    created = client.create_tag(wanted)

    (again,) = client.find_tags(slugs=[created.slug])
    assert again.name == created.name == name_as_kept(wanted)


@EXAMPLES
@given(text=hostile_lines)
def test_a_reply_comes_back_as_written_and_never_as_markup(
    client: WordPressClient,
    open_post: RemotePost,
    site_json: Callable[[str], dict[str, object]],
    text: str,
) -> None:
    written = f"{text}\nTrả lời {uuid.uuid4().hex[:8]}"  # unique: WordPress refuses duplicates
    reply = client.create_comment(open_post.id, written)

    again = client.get_comment(reply.id)
    assert again.content == text_as_kept(written)
    assert tags_in(again.content_html) <= WRAPPERS
    assert tags_in(rendered(site_json(f"comments/{reply.id}"), "content")) <= WRAPPERS
