"""Sites without pretty permalinks: the REST API at ``/index.php?rest_route=/``.

Every WordPress answers there; a site whose permalinks are "Plain" answers only
there, and ``/wp-json/`` is its theme's 404 page. The first tests run against
both peers with the root given; the others need the demo site's plain mode.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from portal.devsite import DemoSite
from portal.errors import NoRestApi, NotFound
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from tests.portal.conftest import Peer

Unique = Callable[[str], str]


@pytest.fixture
def query_client(wp_peer: Peer) -> Iterator[WordPressClient]:
    """A client told to reach the API as ``?rest_route=``."""
    root = wp_peer.base_url.rstrip("/") + "/index.php?rest_route=/"
    with WordPressClient(
        wp_peer.base_url, wp_peer.user, wp_peer.app_password, timeout=10, api_root=root
    ) as client:
        yield client


@pytest.fixture
def plain_site(demo_site: DemoSite) -> Iterator[DemoSite]:
    """The demo site with plain permalinks for the length of one test."""
    demo_site.context.plain_permalinks = True
    yield demo_site
    demo_site.context.plain_permalinks = False


def _jpeg(path: Path) -> Path:
    Image.new("RGB", (40, 30), (20, 120, 60)).save(path, format="JPEG")
    return path


def test_posts_media_and_comments_work_through_rest_route(
    query_client: WordPressClient, tmp_path: Path, unique: Unique, track: Callable[[int], int]
) -> None:
    assert query_client.api_root.endswith("/index.php?rest_route=/")
    assert query_client.test_connection().id > 0
    slug = unique("tuyen-duong")
    post = query_client.create_post(
        PostInput(
            title="Tuyến đường qua bản", content="<p>Nội dung</p>", status="publish", slug=slug
        )
    )
    track(post.id)
    # Query parameters travel next to rest_route.
    assert [p.id for p in query_client.find_posts_by_slug(slug)] == [post.id]
    updated = query_client.update_post(post.id, PostInput(title="Tuyến đường mới qua bản"))
    assert query_client.get_post(post.id).title == updated.title == "Tuyến đường mới qua bản"
    media = query_client.upload_media(_jpeg(tmp_path / "anh.jpg"), alt_text="Đường mới", slug=slug)
    assert query_client.get_media(media.id).alt_text == "Đường mới"
    comment = query_client.create_comment(post.id, "Bạn đọc hỏi: đường có được mở rộng tiếp?")
    assert comment.id in [c.id for c in query_client.iter_comments(post=post.id)]
    with pytest.raises(NotFound):
        query_client.get_post(999_999_999)


@pytest.mark.devsite
def test_a_plain_permalink_site_is_found_through_its_link_header(
    plain_site: DemoSite, wp_peer: Peer
) -> None:
    with WordPressClient(wp_peer.base_url, wp_peer.user, wp_peer.app_password) as client:
        assert client.test_connection().name
        assert client.api_root == f"{wp_peer.base_url}/index.php?rest_route=/"


@pytest.mark.devsite
def test_an_upload_as_the_first_call_is_sent_once_to_the_right_place(
    plain_site: DemoSite, wp_peer: Peer, tmp_path: Path, unique: Unique
) -> None:
    slug = unique("anh-dau")
    with WordPressClient(wp_peer.base_url, wp_peer.user, wp_peer.app_password) as client:
        media = client.upload_media(_jpeg(tmp_path / "dau.jpg"), alt_text="Ảnh đầu", slug=slug)
        assert [m.id for m in client.find_media_by_slug(slug)] == [media.id]


def test_an_api_root_on_another_host_is_refused_before_any_password_is_sent() -> None:
    with pytest.raises(NoRestApi, match="another host"):
        WordPressClient(
            "https://baothu.example", "bientap", "x y z", api_root="https://other.example/wp-json/"
        )


def test_a_malformed_api_link_is_no_rest_api_not_a_crash() -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class NotQuiteWordPress(BaseHTTPRequestHandler):
        page = "<html><body>Không tìm thấy</body></html>".encode()

        def _answer(self, body: bytes) -> None:
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Link", '<http://[bad/wp-json/>; rel="https://api.w.org/"')
            self.end_headers()
            self.wfile.write(body)

        def do_HEAD(self) -> None:
            self._answer(b"")

        def do_GET(self) -> None:
            self._answer(self.page)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), NotQuiteWordPress)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with (
            WordPressClient(url, "bientap", "x y z", timeout=5) as client,
            pytest.raises(NoRestApi),
        ):
            client.test_connection()
    finally:
        server.shutdown()
        server.server_close()
