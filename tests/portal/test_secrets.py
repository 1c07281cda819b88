"""No application password, and no ``Authorization`` header value, ever leaves the client
in an error's text, repr, traceback or attributes, or in a log line — on any error path."""

from __future__ import annotations

import base64
import logging
import socket
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from portal.devsite import DemoSite
from portal.errors import SiteError
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from tests.portal.conftest import Peer

WRONG_PASSWORD = "Qz7w Kx4v Mb2n Hj8r Tf5g Yp3d"


def _forms(user: str, password: str) -> list[str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return [password, password.replace(" ", ""), token, f"Basic {token}"]


def _everything_about(error: SiteError) -> str:
    parts = [
        str(error),
        repr(error),
        error.user_message,
        error.detail or "",
        error.site_message or "",
        "".join(traceback.format_exception(error)),
        repr(vars(error)),
        repr(error.args),
    ]
    return "\n".join(parts)


Scenario = Callable[[], object]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def _scenarios(
    peer: Peer, site: DemoSite | None, tmp_path: Path
) -> tuple[list[tuple[str, Scenario]], list[WordPressClient]]:
    """(name, call) for every error path, and the clients to close; faults need the demo site."""
    good = WordPressClient(peer.base_url, peer.user, peer.app_password, timeout=0.3)
    wrong = WordPressClient(peer.base_url, peer.user, WRONG_PASSWORD, timeout=5)
    lost = WordPressClient(peer.base_url + "/khong-co-nd", peer.user, peer.app_password)
    refused = WordPressClient(f"http://127.0.0.1:{_closed_port()}", peer.user, peer.app_password)
    scenarios: list[tuple[str, Scenario]] = [
        ("wrong password", wrong.test_connection),
        ("wrong password, posting", lambda: wrong.create_post(PostInput(title="x"))),
        ("not found", lambda: good.get_post(987654321)),
        ("bad request", lambda: good.create_post(PostInput(title="x", status="bogus"))),  # type: ignore[arg-type]
        ("no REST API", lost.test_connection),
        ("refused", refused.me),
    ]
    clients = [good, wrong, lost, refused]
    if peer.base_url.startswith("http://127.0.0.1"):
        tls = WordPressClient(
            peer.base_url.replace("http://", "https://"), peer.user, peer.app_password
        )
        clients.append(tls)
        scenarios.append(("TLS", tls.me))
    if site is not None:
        moved = WordPressClient(peer.base_url + "/__devsite/redirect", peer.user, peer.app_password)
        clients.append(moved)
        scenarios.append(("redirect", moved.me))

        def faulted(**plan: Any) -> Scenario:
            def run() -> object:
                site.faults.set(**plan)
                return good.me()

            return run

        upload = tmp_path / "a.pdf"
        upload.write_bytes(b"%PDF-1.4\n" + b"2" * 200_000)

        def dropped_upload() -> object:
            site.faults.set(drop_next=1)
            return good.upload_media(upload)

        scenarios += [
            ("timeout", faulted(latency=1.0)),
            ("dropped", faulted(drop_next=1)),
            ("dropped upload", dropped_upload),
            ("500", faulted(fail_next=1)),
            ("409", faulted(fail_next=1, fail_status=409)),
            ("429", faulted(fail_next=1, fail_status=429, retry_after=3)),
            ("garbage", faulted(garbage_next=1)),
            ("html", faulted(html_next=1)),
            ("wrong shape", faulted(json_next=1, json_body={"id": []})),
            ("site echoes the credentials", faulted(echo_auth_next=1)),
        ]
    return scenarios, clients


def test_no_secret_in_errors_or_logs(
    wp_peer: Peer, caplog: pytest.LogCaptureFixture, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    site = wp_peer.site
    if site is not None:
        request.getfixturevalue("demo_site")  # clears faults afterwards
    caplog.set_level(logging.DEBUG)
    secrets = _forms(wp_peer.user, wp_peer.app_password) + _forms(wp_peer.user, WRONG_PASSWORD)
    scenarios, clients = _scenarios(wp_peer, site, tmp_path)
    raised: list[tuple[str, SiteError]] = []
    try:
        for name, call in scenarios:
            try:
                call()
            except SiteError as error:
                raised.append((name, error))
                logging.getLogger("newsdesk.test").exception("while handling %s", name)
            else:
                pytest.fail(f"{name}: no error raised")
        for client in clients:
            for secret in secrets:
                assert secret not in repr(client)
                assert secret not in repr(client._session.auth)
    finally:
        for client in clients:
            client.close()
    assert len(raised) == len(scenarios)
    echoed = [e for n, e in raised if n == "site echoes the credentials"]
    if echoed:
        assert echoed[0].site_message and "***" in echoed[0].site_message
    for name, failure in raised:
        text = _everything_about(failure)
        for secret in secrets:
            assert secret not in text, f"{name}: secret in error"
    for secret in secrets:
        assert secret not in caplog.text
