"""Any site post read into an interview and written back: byte for byte where unchanged.

Cutting a post into pieces never loses a byte; a post opened and sent back
with no edits is exactly the site's; an edit changes its own line only; site
content Newsdesk cannot model is kept whole and never rendered. Hostile posts
(scripts, iframes, event handlers, ``javascript:`` and ``file:`` images,
images on other hosts, decomposed and invisible characters, entities, 2 MB of
nested tags) open without a crash, with NFC text, and their photos are fetched
from the site's own address only (a second loopback "host" counts the hits).
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.document import (
    DocumentFormatError,
    DocumentTooNew,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    SiteHtmlBlock,
)
from editor.html_export import export_html_page
from editor.open_post import may_edit
from editor.plaintext_export import export_plain_text
from editor.post_content import post_content
from editor.post_photos import fetch_post_photos
from editor.repository import InterviewRepository
from editor.site_html import split_post
from editor.site_rights import SiteRights
from editor.site_version import document_from_post
from portal.accounts import Accounts, PasswordVault
from storage.database import Store
from tests.editor.imagefactory import encode, picture
from tests.editor.strategies import interview_documents
from tests.work_measures import growth_ratio

BLOCK_POST = (
    "<!-- wp:paragraph -->\n<p>Đắk Lắk mùa khô.</p>\n<!-- /wp:paragraph -->\n\n"
    '<!-- wp:embed {"url":"https://youtu.be/x"} -->\n<figure class="wp-block-embed">'
    '<div class="wp-block-embed__wrapper">https://youtu.be/x</div></figure>\n<!-- /wp:embed -->'
    "\n\n<!-- wp:paragraph -->\n<p>Nước tưới thiếu.</p>\n<!-- /wp:paragraph -->"
)

FRAGMENTS = [
    "<!-- wp:paragraph -->\n<p>Giá cà phê hôm nay.</p>\n<!-- /wp:paragraph -->",
    '<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Căn giữa'
    "</p>\n<!-- /wp:paragraph -->",
    "<!-- wp:heading -->\n<h2>Tiêu đề phụ</h2>\n<!-- /wp:heading -->",
    "<!-- wp:html -->\n<script>alert(1)</script>\n<!-- /wp:html -->",
    '<!-- wp:gallery {"ids":[1,2]} -->\n<figure class="wp-block-gallery"><figure><img src='
    '"/a.jpg"></figure><figure><img src="/b.jpg"></figure></figure>\n<!-- /wp:gallery -->',
    "<!-- wp:separator /-->",
    "<p>Đoạn cổ điển.</p>",
    '<p class="sapo"><strong>Sapo của bài.</strong></p>',
    "<p><strong>Ông Y Bhin:</strong> Chúng tôi đã chuẩn bị.</p>",
    '<p class="question"><strong>PV:</strong> Ông chuẩn bị thế nào?</p>',
    "Dòng chữ trần không thẻ.",
    'Có <a href="https://baodaklak.vn">liên kết</a> ở đây.',
    '[caption id="attachment_9" width="300"]<img class="wp-image-9" src="/c.jpg" alt="Mô '
    'tả"> Chú thích (Ảnh: Hà)[/caption]',
    '[gallery ids="3,4"]',
    "<table><tr><td>Ô</td></tr></table>",
    '<iframe src="https://evil.example/"></iframe>',
    '<img src="javascript:alert(1)" onerror="alert(2)">',
    "<!--more-->",
    "<p></p>",
    "&nbsp;",
    "<p>Nghe\u0302\u0323 An\u200b \u202eđảo\u202c &amp; &lt;b&gt;</p>",
    "<p>Dòng một<br><br>Dòng hai</p>",
    "Dòng A\n&nbsp;\nDòng B",
    '<!-- wp:group {"layout":{"type":"flex"}} --><div><!-- wp:group --><p>Trong</p>'
    "<!-- /wp:group --></div><!-- /wp:group -->Chữ ngay sau -->",
]


def roundtrip(markup: str) -> str:
    document = document_from_post("Tiêu đề", markup)
    stored = InterviewDocument.from_dict(json.loads(json.dumps(document.to_dict())))
    return post_content(stored, {})


@given(st.text(alphabet=st.sampled_from(list('<>/![]-pa \n"=&;wd:{}'))))
def test_cutting_a_post_never_loses_a_byte(markup: str) -> None:
    joined = "".join(piece.markup for piece in split_post(markup))
    assert joined == (markup if markup.strip() else "")


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(["\n\n", "\n", "", " \n\n", "\r\n"])),
        max_size=12,
    )
)
def test_any_post_goes_back_byte_for_byte_when_unedited(parts: list[tuple[str, str]]) -> None:
    markup = "".join(fragment + gap for fragment, gap in parts)
    assert roundtrip(markup) == (markup if markup.strip() else "")


def _same_start(first: str, second: str) -> int:
    """How many characters *first* and *second* share at their start."""
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return length


@settings(max_examples=100)
@given(
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(["\n\n", "\n", ""])),
        min_size=1,
        max_size=10,
    ),
    st.integers(min_value=0),
)
def test_an_edited_paragraph_is_the_only_change(parts: list[tuple[str, str]], pick: int) -> None:
    markup = "".join(fragment + gap for fragment, gap in parts)
    document = document_from_post("Tiêu đề", markup)
    editable = [i for i, b in enumerate(document.blocks) if isinstance(b, ParagraphBlock)]
    if not editable:
        return
    index = editable[pick % len(editable)]
    old = document.blocks[index]
    assert isinstance(old, ParagraphBlock)
    document.blocks[index] = ParagraphBlock(old.text + " Thêm một câu mới.")
    out = post_content(document, {})
    assert "Thêm một câu mới." in out
    for block in document.blocks:
        if isinstance(block, SiteHtmlBlock):
            assert out.count(block.html) >= 1  # site content goes back whole
    start = _same_start(markup, out)
    end = _same_start(markup[start:][::-1], out[start:][::-1])
    changed = markup[start : len(markup) - end]
    # what changed lies within one piece of the post (classic lines without a blank line
    # between them are one paragraph)
    assert any(changed.strip() in piece.markup for piece in split_post(markup))


@given(interview_documents())
def test_newsdesks_own_posts_go_back_byte_for_byte(document: InterviewDocument) -> None:
    markup = post_content(document, {})
    assert roundtrip(markup) == markup


def test_an_edit_changes_only_its_line_and_site_content_stays_whole() -> None:
    document = document_from_post("Tiêu đề", BLOCK_POST)
    assert [type(b).__name__ for b in document.blocks] == [
        "ParagraphBlock",
        "SiteHtmlBlock",
        "ParagraphBlock",
    ]
    document.blocks[2] = ParagraphBlock("Nước tưới thiếu trầm trọng.")
    out = post_content(document, {})
    assert out == BLOCK_POST.replace("Nước tưới thiếu.", "Nước tưới thiếu trầm trọng.")

    document.blocks.append(ParagraphBlock("Đoạn mới."))
    document.blocks.insert(0, document.blocks.pop(1))  # the embed moved to the top
    out = post_content(document, {})
    embed = document.blocks[0]
    assert isinstance(embed, SiteHtmlBlock)
    assert out.startswith(embed.html)
    assert "<!-- wp:paragraph -->\n<p>Đoạn mới.</p>\n<!-- /wp:paragraph -->" in out
    assert "<!-- wp:paragraph -->\n<p>Đắk Lắk mùa khô.</p>\n<!-- /wp:paragraph -->" in out


def test_a_deleted_block_leaves_the_rest_as_it_was() -> None:
    document = document_from_post("Tiêu đề", BLOCK_POST)
    del document.blocks[1]
    out = post_content(document, {})
    assert "wp:embed" not in out
    assert out == BLOCK_POST.replace(
        BLOCK_POST[
            BLOCK_POST.index("<!-- wp:embed") : BLOCK_POST.index("<!-- /wp:embed -->")
            + len("<!-- /wp:embed -->\n\n")
        ],
        "",
    )


def test_an_edited_photo_keeps_its_site_image() -> None:
    markup = (
        '<figure class="wp-block-image"><img src="https://bao.vn/a-800x600.jpg" alt="Đồi chè"'
        ' class="wp-image-31"><figcaption>Đồi chè</figcaption></figure>'
    )
    document = document_from_post("T", markup)
    photo = document.blocks[0]
    assert isinstance(photo, PhotoBlock) and photo.site_media_id == 31
    document.blocks[0] = PhotoBlock("Đồi chè Cầu Đất", site_url=photo.site_url, site_media_id=31)
    out = post_content(document, {})
    assert 'src="https://bao.vn/a-800x600.jpg"' in out and 'class="wp-image-31"' in out
    assert "Đồi chè Cầu Đất" in out


HOSTILE = (
    "<p>Nghe\u0302\u0323 An \u200bmu\u0300a\u202e lu\u0303\u202c &amp; &#x110;&agrave;</p>\n"
    "<script>fetch('https://evil.example/x')</script>\n"
    '<iframe src="https://evil.example/frame"></iframe>\n'
    '<p><img src="x" onerror="alert(1)"></p>\n'
    '<figure><img src="javascript:alert(1)" class="wp-image-1"><figcaption>JS</figcaption>'
    "</figure>\n"
    '<figure><img src="file:///etc/passwd" class="wp-image-2"><figcaption>Tệp</figcaption>'
    "</figure>\n"
    "<p>Cuối bài.</p>"
)


def test_a_hostile_post_opens_as_nfc_text_and_is_never_rendered() -> None:
    document = document_from_post("Ti\u0301n \u202e<b>nóng</b>\u200b", HOSTILE)
    assert document.title == "Tín <b>nóng</b>"  # plain text, NFC, nothing invisible
    texts = [b.text for b in document.blocks if isinstance(b, ParagraphBlock)]
    assert all(text == unicodedata.normalize("NFC", text) for text in texts)
    assert texts[0].startswith("Nghệ An") and texts[0].endswith("& Đà")
    site = [b for b in document.blocks if isinstance(b, SiteHtmlBlock)]
    assert any("<script>" in b.html for b in site) and any("<iframe" in b.html for b in site)
    assert all("fetch(" not in b.preview() and "<" not in b.preview() for b in site)
    page = export_html_page(document)
    assert "<script" not in page and "<iframe" not in page and "onerror" not in page
    assert "javascript:" not in page and "file:///etc" not in page
    assert "<script" not in export_plain_text(document)
    assert post_content(document, {}) == HOSTILE  # and goes back untouched


def test_two_megabytes_of_nested_tags_open_in_linear_time() -> None:
    deep = "<div>" * 200_000 + "chữ" + "</div>" * 200_000
    document = document_from_post("T", deep + "\n\n<p>Sau.</p>")
    assert isinstance(document.blocks[0], SiteHtmlBlock)
    assert post_content(document, {}) == deep + "\n\n<p>Sau.</p>"

    def read(n: int) -> None:
        document_from_post("T", "<div><span>x</span>" * n + "\n\n[x]" * n + "<p>y</p>" * n)

    assert growth_ratio(read, 2_000) < 8


def test_old_documents_load_and_newer_kinds_are_refused_clearly() -> None:
    old = {"version": 1, "title": "T", "lead": "", "byline": "", "tags": [], "speakers": []}
    assert InterviewDocument.from_dict({**old, "blocks": []}).to_dict() == {**old, "blocks": []}
    opened = document_from_post("T", BLOCK_POST)
    assert opened.to_dict()["version"] == 2
    with pytest.raises(DocumentTooNew):
        InterviewDocument.from_dict({**old, "blocks": [{"type": "poll", "question": "?"}]})
    with pytest.raises(DocumentTooNew) as newer:
        InterviewDocument.from_dict({**old, "version": 3, "blocks": []})
    assert "newer version of Newsdesk" in newer.value.user_message
    with pytest.raises(DocumentFormatError):
        InterviewDocument.from_dict({**old, "blocks": [{"type": "site_html"}]})


@pytest.mark.parametrize(
    ("capabilities", "user", "author", "status", "reason"),
    [
        ({"edit_posts"}, 5, 5, "pending", None),  # a contributor's own pending post
        ({"edit_posts"}, 5, 5, "publish", "published"),  # ... once published
        ({"edit_posts"}, 5, 6, "draft", "others"),
        ({"edit_posts", "edit_published_posts", "publish_posts"}, 5, 5, "publish", None),
        ({"edit_posts", "edit_published_posts"}, 5, 6, "publish", "others"),
        ({"edit_posts", "edit_others_posts", "edit_published_posts"}, 5, 6, "publish", None),
        ({"edit_posts", "edit_others_posts", "edit_published_posts"}, 5, 6, "private", "private"),
        (set(), 5, 5, "draft", "no_edit"),  # a subscriber
    ],
)
def test_who_may_edit_a_post_follows_wordpress(
    capabilities: set[str], user: int, author: int, status: str, reason: str | None
) -> None:
    rights = SiteRights(("x",), frozenset(capabilities), user)
    assert may_edit(rights, author, status) == reason


# --- photos from the site only ---------------------------------------------------------


@dataclass
class Host:
    """A loopback HTTP server that counts the requests it gets, by path."""

    server: ThreadingHTTPServer
    hits: dict[str, int]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"


def _serve(routes: dict[str, tuple[int, dict[str, str], bytes]]) -> Host:
    hits: dict[str, int] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits[self.path] = hits.get(self.path, 0) + 1
            status, headers, body = routes.get(self.path, (404, {}, b"not here"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Host(server, hits)


@pytest.fixture
def hosts() -> Iterator[tuple[Host, Host]]:
    jpeg = encode(picture((80, 60)), "JPEG")
    other = _serve({"/evil.jpg": (200, {"Content-Type": "image/jpeg"}, jpeg)})
    site = _serve(
        {
            "/wp-content/uploads/anh.jpg": (200, {"Content-Type": "image/jpeg"}, jpeg),
            "/go-out.jpg": (302, {"Location": other.url + "/evil.jpg"}, b""),
            "/go-in.jpg": (302, {"Location": "/wp-content/uploads/anh.jpg"}, b""),
            "/text.jpg": (200, {"Content-Type": "image/jpeg"}, b"<html>not a photo</html>"),
            "/big.jpg": (200, {"Content-Type": "image/jpeg"}, jpeg + b"\0" * 70_000),
        }
    )
    yield site, other
    for host in (site, other):
        host.server.shutdown()
        host.server.server_close()


def test_photos_come_from_the_sites_own_address_only(
    store: Store, tmp_path: Path, hosts: tuple[Host, Host], monkeypatch: pytest.MonkeyPatch
) -> None:
    site, other = hosts
    monkeypatch.setattr("editor.post_photos.MAX_FILE_BYTES", 60_000)

    def figure(src: str, media_id: int, caption: str) -> str:
        return (
            f'<figure class="wp-block-image"><img src="{src}" alt="Mô tả {caption}" '
            f'class="wp-image-{media_id}"><figcaption>{caption}</figcaption></figure>'
        )

    markup = "\n".join(
        [
            "<p>Mở đầu.</p>",
            figure(site.url + "/wp-content/uploads/anh.jpg", 11, "Ảnh thật"),
            figure(other.url + "/evil.jpg", 12, "Ảnh nơi khác"),
            figure(site.url + "/go-out.jpg", 13, "Chuyển đi nơi khác"),
            figure(site.url + "/go-in.jpg", 14, "Chuyển trong trang"),
            figure(site.url + "/text.jpg", 15, "Không phải ảnh"),
            figure(site.url + "/big.jpg", 16, "Quá lớn"),
            figure("javascript:alert(1)", 17, "JS"),
            figure("file:///etc/hosts", 18, "Tệp"),
            figure(site.url + "/wp-content/uploads/anh.jpg", 0, "Không có mã"),
            f'<img src="{other.url}/evil.jpg" onerror="alert(1)">',
        ]
    )
    account = Accounts(store, PasswordVault()).add("Báo thử", site.url, "u", "p")
    document = document_from_post("Ảnh", markup)
    interview_id = InterviewRepository(store).create(document).id

    report = fetch_post_photos(store, None, account.id, site.url, interview_id, tmp_path)

    assert other.hits == {}  # never a request to another host, redirects included
    assert report.fetched == 2
    assert site.hits.get("/go-out.jpg") == 1 and "/evil.jpg" not in site.hits
    stored = InterviewRepository(store).get(interview_id).document
    photos = [b for b in stored.blocks if isinstance(b, PhotoBlock)]
    fetched = {p.caption for p in photos if p.image_path}
    assert fetched == {"Ảnh thật", "Chuyển trong trang"}
    for photo in photos:
        assert photo.alt_text.startswith("Mô tả") or not photo.alt_text
        if not photo.image_path:
            assert photo.site_url is not None  # kept, and sent back as it is
    assert post_content(stored, {}) == markup
