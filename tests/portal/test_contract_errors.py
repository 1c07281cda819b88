"""Each way a call to the site can fail maps to one specific :class:`SiteError`."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from portal.devsite import DemoSite
from portal.errors import (
    AuthenticationFailed,
    BadRequest,
    Conflict,
    ConnectionDropped,
    MalformedResponse,
    NoRestApi,
    NotFound,
    NotWordPress,
    PermissionDenied,
    RateLimited,
    ServerError,
    SiteError,
    SiteMoved,
    SiteTimeout,
    SiteTLSError,
    SiteUnreachable,
)
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from tests.portal.conftest import Peer


def test_connection_ok(client: WordPressClient, wp_peer: Peer) -> None:
    user = client.test_connection(("edit_posts", "moderate_comments", "upload_files"))
    assert user.id > 0
    assert user.can("publish_posts")
    assert "editor" in user.roles or "administrator" in user.roles


def test_wrong_password(wp_peer: Peer) -> None:
    with (
        WordPressClient(wp_peer.base_url, wp_peer.user, "sai mat khau 1234") as bad,
        pytest.raises(AuthenticationFailed) as caught,
    ):
        bad.test_connection()
    assert caught.value.status == 401
    assert caught.value.code == "rest_not_logged_in"  # WordPress 6.1 says no more than that
    assert caught.value.message.startswith("The user name or application password is wrong")
    assert not caught.value.retryable


def test_unknown_user(wp_peer: Peer) -> None:
    with (
        WordPressClient(wp_peer.base_url, "khong-ton-tai-nd", "abcd efgh") as bad,
        pytest.raises(AuthenticationFailed) as caught,
    ):
        bad.me()
    assert caught.value.code == "rest_not_logged_in"


def test_password_with_or_without_spaces(wp_peer: Peer) -> None:
    squeezed = wp_peer.app_password.replace(" ", "")
    with WordPressClient(wp_peer.base_url, wp_peer.user, squeezed) as c:
        assert c.me().id > 0


def test_account_without_rights(subscriber_client: WordPressClient) -> None:
    with pytest.raises(PermissionDenied) as caught:
        subscriber_client.test_connection()
    assert caught.value.code == "newsdesk_missing_capabilities"
    assert caught.value.site_message == "edit_posts"
    with pytest.raises(PermissionDenied) as caught:
        subscriber_client.create_post(PostInput(title="Không được"))
    assert caught.value.status == 403
    assert caught.value.code == "rest_cannot_create"


def test_not_found(client: WordPressClient) -> None:
    with pytest.raises(NotFound) as caught:
        client.get_comment(987654321)
    assert caught.value.status == 404
    assert caught.value.code == "rest_comment_invalid_id"


def test_no_rest_api_at_that_address(wp_peer: Peer) -> None:
    base = wp_peer.base_url.rstrip("/") + "/khong-phai-wordpress-nd"
    with (
        WordPressClient(base, wp_peer.user, wp_peer.app_password) as lost,
        pytest.raises(NoRestApi) as caught,
    ):
        lost.test_connection()
    assert caught.value.status == 404
    assert not isinstance(caught.value, NotWordPress)


def test_unknown_route_is_no_rest_api(client: WordPressClient) -> None:
    with pytest.raises(NoRestApi) as caught:
        client._call("GET", "/wp/v2/khong-co-route")
    assert caught.value.code == "rest_no_route"


def test_tls_failure(wp_peer: Peer) -> None:
    if not wp_peer.base_url.startswith("http://127.0.0.1"):
        pytest.skip("needs a plain-HTTP local peer to speak TLS to")
    https = wp_peer.base_url.replace("http://", "https://")
    with (
        WordPressClient(https, wp_peer.user, wp_peer.app_password, timeout=5) as c,
        pytest.raises(SiteTLSError) as caught,
    ):
        c.test_connection()
    assert not caught.value.retryable


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_connection_refused() -> None:
    with (
        WordPressClient(f"http://127.0.0.1:{_closed_port()}", "u", "p", timeout=5) as c,
        pytest.raises(SiteUnreachable) as caught,
    ):
        c.test_connection()
    assert caught.value.message == "The site refused the connection."
    assert caught.value.retryable


def test_name_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with (
        WordPressClient("https://bao-khong-ton-tai.invalid", "u", "p", timeout=5) as c,
        pytest.raises(SiteUnreachable) as caught,
    ):
        c.test_connection()
    assert "name could not be found" in caught.value.message


def test_bad_addresses_are_site_errors() -> None:
    for address in ("", "ftp://example.org", "https://user:pw@example.org", "http://"):
        with pytest.raises(SiteError):
            WordPressClient(address, "u", "p")


# -- faults injected by the demo site ------------------------------------------------


@pytest.fixture
def fast_client(wp_peer: Peer, demo_site: DemoSite) -> Iterator[WordPressClient]:
    with WordPressClient(wp_peer.base_url, wp_peer.user, wp_peer.app_password, timeout=0.3) as c:
        yield c


@pytest.mark.devsite
def test_timeout(fast_client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(latency=1.0)
    with pytest.raises(SiteTimeout) as caught:
        fast_client.me()
    assert caught.value.retryable


@pytest.mark.devsite
def test_dropped_connection(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(drop_next=2)
    for _ in range(2):
        with pytest.raises(ConnectionDropped) as caught:
            client.me()
        assert caught.value.retryable
    assert client.me().id > 0


@pytest.mark.devsite
def test_dropped_connection_during_upload(
    client: WordPressClient, demo_site: DemoSite, tmp_path: Any
) -> None:
    demo_site.faults.set(drop_next=1, path_prefix="/wp/v2/media")
    upload = tmp_path / "tai-lieu.pdf"
    upload.write_bytes(b"%PDF-1.4\n" + b"1" * 300_000)
    with pytest.raises(ConnectionDropped):
        client.upload_media(upload)


@pytest.mark.devsite
@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_retryable(
    client: WordPressClient, demo_site: DemoSite, status: int
) -> None:
    demo_site.faults.set(fail_next=1, fail_status=status)
    with pytest.raises(ServerError) as caught:
        client.get_post(1)
    assert caught.value.status == status
    assert caught.value.retryable
    if status == 500:
        assert caught.value.code == "internal_server_error"
        assert caught.value.site_message == (
            "There has been a critical error on this website. "
            "Learn more about troubleshooting WordPress."
        )


@pytest.mark.devsite
def test_rate_limited(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(fail_next=1, fail_status=429, retry_after=7)
    with pytest.raises(RateLimited) as caught:
        client.me()
    assert caught.value.retry_after == 7
    assert caught.value.retryable


@pytest.mark.devsite
def test_conflict(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(fail_next=1, fail_status=409)
    with pytest.raises(Conflict) as caught:
        client.update_post(1, PostInput(title="x"))
    assert caught.value.status == 409
    assert not caught.value.retryable


@pytest.mark.devsite
def test_other_client_errors(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(fail_next=1, fail_status=418)
    with pytest.raises(BadRequest) as caught:
        client.me()
    assert caught.value.status == 418


@pytest.mark.devsite
def test_not_json(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(garbage_next=1)
    with pytest.raises(MalformedResponse) as caught:
        client.get_post(1)
    assert caught.value.message == "The site sent an answer that is not valid JSON."


@pytest.mark.devsite
def test_html_instead_of_json(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(html_next=1)
    with pytest.raises(NotWordPress):
        client.test_connection()


@pytest.mark.devsite
def test_json_without_the_wordpress_shape(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(json_next=1, json_body={"hello": "world"})
    with pytest.raises(NotWordPress):
        client.test_connection()
    demo_site.faults.set(json_next=1, json_body={"id": "mười", "status": "publish"})
    with pytest.raises(MalformedResponse) as caught:
        client.get_post(1)
    assert "'id'" in caught.value.message
    demo_site.faults.set(json_next=1, json_body={"comments": []})
    with pytest.raises(MalformedResponse):
        list(client.iter_comments())
    demo_site.faults.set(json_next=1, json_body=[{"id": 1, "status": ["approved"]}])
    with pytest.raises(MalformedResponse):
        list(client.iter_comments())


@pytest.mark.devsite
def test_huge_answer_is_refused(wp_peer: Peer, demo_site: DemoSite) -> None:
    demo_site.faults.set(huge_next=1)
    with (
        WordPressClient(
            wp_peer.base_url, wp_peer.user, wp_peer.app_password, max_response_bytes=1_000_000
        ) as c,
        pytest.raises(MalformedResponse) as caught,
    ):
        list(c.iter_comments())
    assert caught.value.message == "The site's answer was too large."


@pytest.mark.devsite
def test_redirect_is_reported_not_followed(wp_peer: Peer, demo_site: DemoSite) -> None:
    base = wp_peer.base_url + "/__devsite/redirect"
    with (
        WordPressClient(base, wp_peer.user, wp_peer.app_password) as moved,
        pytest.raises(SiteMoved) as caught,
    ):
        moved.create_post(PostInput(title="x"))
    assert caught.value.status == 301
    assert caught.value.location.startswith(wp_peer.base_url)


@pytest.mark.devsite
def test_faults_only_hit_matching_routes(client: WordPressClient, demo_site: DemoSite) -> None:
    demo_site.faults.set(fail_next=5, path_prefix="/wp/v2/comments")
    assert client.me().id > 0
    with pytest.raises(ServerError):
        client.get_comment(1)
    assert demo_site.faults.snapshot()["fail_next"] == 4
