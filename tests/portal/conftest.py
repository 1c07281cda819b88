"""Fixtures for the portal tests: the WordPress peer and clients for it.

The contract tests talk real HTTP to one peer, given by ``wp_peer``:

* when ``NEWSDESK_WP_URL``, ``NEWSDESK_WP_USER`` and ``NEWSDESK_WP_APP_PASSWORD``
  are set, a real WordPress (``NEWSDESK_WP_SUBSCRIBER`` = ``user:password`` adds
  an account without editing rights);
* otherwise the local demo site (:class:`portal.devsite.DemoSite`), started once
  for the session on a temporary data file, with an editor and a subscriber.

Tests that need fault injection or other demo-only powers are marked
``devsite`` and skipped against a real WordPress.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from portal.devsite import DemoSite
from portal.errors import SiteError
from portal.wordpress import WordPressClient

APP_PASSWORD = "Nd7q xK2m Lp9s Rt4v Wb6y Zc3e"
SUBSCRIBER_PASSWORD = "Sb1a Sb2b Sb3c Sb4d Sb5e Sb6f"


@dataclass
class Peer:
    """The WordPress the tests talk to."""

    base_url: str
    user: str
    app_password: str
    site: DemoSite | None = None
    subscriber: tuple[str, str] | None = None
    created_posts: list[int] = field(default_factory=list)

    @property
    def is_demo(self) -> bool:
        """Whether the peer is the local demo site."""
        return self.site is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not os.environ.get("NEWSDESK_WP_URL"):
        return
    skip = pytest.mark.skip(
        reason="needs the demo site; NEWSDESK_WP_URL points at a real WordPress"
    )
    for item in items:
        if item.get_closest_marker("devsite"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def wp_peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    """The peer for the whole session; posts the tests created are deleted at the end."""
    url = os.environ.get("NEWSDESK_WP_URL")
    if url:
        subscriber = None
        if ":" in os.environ.get("NEWSDESK_WP_SUBSCRIBER", ""):
            name, _, password = os.environ["NEWSDESK_WP_SUBSCRIBER"].partition(":")
            subscriber = (name, password)
        peer = Peer(
            url,
            os.environ.get("NEWSDESK_WP_USER", ""),
            os.environ.get("NEWSDESK_WP_APP_PASSWORD", ""),
            subscriber=subscriber,
        )
        yield peer
        _delete_created(peer)
        return
    site = DemoSite(tmp_path_factory.mktemp("devsite") / "site.sqlite3", seed=True)
    editor = site.add_user("bientap", app_password=APP_PASSWORD, name="Biên tập viên")
    reader = site.add_user("bandoc", role="subscriber", app_password=SUBSCRIBER_PASSWORD)
    base_url = site.start()
    try:
        yield Peer(
            base_url,
            editor.login,
            editor.app_password,
            site=site,
            subscriber=(reader.login, reader.app_password),
        )
    finally:
        site.stop()


def _delete_created(peer: Peer) -> None:
    with WordPressClient(peer.base_url, peer.user, peer.app_password) as client:
        for post_id in peer.created_posts:
            with contextlib.suppress(SiteError):
                client.delete_post(post_id, force=True)


@pytest.fixture
def demo_site(wp_peer: Peer) -> Iterator[DemoSite]:
    """The demo site (skips against a real WordPress); its faults are cleared afterwards."""
    if wp_peer.site is None:
        pytest.skip("needs the demo site")
    wp_peer.site.faults.clear()
    yield wp_peer.site
    wp_peer.site.faults.clear()


@pytest.fixture
def client(wp_peer: Peer) -> Iterator[WordPressClient]:
    """A client logged in as the editor account."""
    with WordPressClient(wp_peer.base_url, wp_peer.user, wp_peer.app_password, timeout=10) as c:
        yield c


@pytest.fixture
def subscriber_client(wp_peer: Peer) -> Iterator[WordPressClient]:
    """A client logged in as an account without editing rights."""
    if wp_peer.subscriber is None:
        pytest.skip("no subscriber account (set NEWSDESK_WP_SUBSCRIBER=user:password)")
    name, password = wp_peer.subscriber
    with WordPressClient(wp_peer.base_url, name, password, timeout=10) as c:
        yield c


@pytest.fixture
def unique() -> Callable[[str], str]:
    """Make a unique slug-safe name for this test run: ``unique("bai")`` → ``bai-3f2a…``."""
    token = uuid.uuid4().hex[:10]
    return lambda prefix: f"{prefix}-nd-{token}"


@pytest.fixture
def track(wp_peer: Peer) -> Callable[[int], int]:
    """Remember a post id so the session deletes it at the end (real peers)."""

    def remember(post_id: int) -> int:
        wp_peer.created_posts.append(post_id)
        return post_id

    return remember
