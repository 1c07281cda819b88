"""Fixtures for moderation: a real SQLite store, and the demo site on loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from moderation.pull import PullReport, pull_comments
from moderation.sending import HANDLERS
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.devsite import DemoSite
from portal.outbox import Outbox, OutboxEntry, OutboxState
from portal.outbox_worker import DrainReport, drain
from portal.remote import RemoteComment
from portal.wordpress import WordPressClient
from storage.database import Store, open_store
from storage.models import CachedComment, OutboxItem

MODERATOR_PASSWORD = "Kd1a Kd2b Kd3c Kd4d Kd5e Kd6f"
OTHER_PASSWORD = "Bt1a Bt2b Bt3c Bt4d Bt5e Bt6f"


@pytest.fixture
def site_id(store: Store) -> int:
    """A configured site (nothing listens at its address)."""
    account = Accounts(store, PasswordVault()).add(
        "Báo thử", f"http://127.0.0.1:{free_port()}", "a", ""
    )
    return account.id


def free_port() -> int:
    """A loopback port nothing listens on (for "offline" clients)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def remote(
    comment_id: int,
    content: str = "Bài viết rất hay, cảm ơn tòa soạn.",
    *,
    status: str = "hold",
    author_name: str = "Nguyễn Thị Lan",
    author_email: str = "lan@example.com",
    post: int = 1,
    parent: int = 0,
    date: datetime | None = None,
) -> RemoteComment:
    """A comment as the client hands it over."""
    return RemoteComment(
        id=comment_id,
        post=post,
        parent=parent,
        author=0,
        author_name=author_name,
        author_email=author_email,
        author_url="",
        date_gmt=date or datetime(2025, 3, 1, 8, 0, tzinfo=UTC) + timedelta(minutes=comment_id),
        content=content,
        content_html=f"<p>{content}</p>",
        status=status,
        link=f"https://baobinhlam.example/bai/#comment-{comment_id}",
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    """A freshly seeded demo site with two moderators, served on loopback."""
    demo = DemoSite(tmp_path / "site" / "site.sqlite3", seed=True)
    demo.add_user("kiemduyet", app_password=MODERATOR_PASSWORD, name="Người kiểm duyệt")
    demo.add_user("bientap2", app_password=OTHER_PASSWORD, name="Biên tập viên khác")
    demo.start()
    yield demo
    demo.stop()


@dataclass
class Desk:
    """A Newsdesk profile connected to the demo site as moderator "kiemduyet"."""

    store: Store
    accounts: Accounts
    account: SiteAccount
    client: WordPressClient
    site: DemoSite

    def pull(self, **options: object) -> PullReport:
        return pull_comments(self.store, self.client, self.account.id, **options)  # type: ignore[arg-type]

    def drain(self, client: WordPressClient | None = None) -> DrainReport:
        return drain(self.store, client or self.client, self.account.id, HANDLERS)

    def other_moderator(self) -> WordPressClient:
        return WordPressClient(self.site.base_url, "bientap2", OTHER_PASSWORD, timeout=5)

    def local(self, remote_id: int) -> CachedComment:
        with self.store.session() as session:
            return session.scalars(
                select(CachedComment).where(CachedComment.remote_id == remote_id)
            ).one()

    def local_by_id(self, comment_id: int) -> CachedComment:
        with self.store.session() as session:
            row = session.get(CachedComment, comment_id)
            assert row is not None
            return row

    def count(self, status: str) -> int:
        """How many comments the site has in *status*."""
        return self.site.store.count_comments().get(status, 0)

    def outbox_due_now(self) -> None:
        """Forget the back-off of waiting items (as if their time had come)."""
        with self.store.transaction() as session:
            session.execute(update(OutboxItem).values(next_try_at=datetime.now(UTC)))

    def outbox(self, states: tuple[OutboxState, ...] = tuple(OutboxState)) -> list[OutboxEntry]:
        return Outbox(self.store).entries(states, site_id=self.account.id)


@pytest.fixture
def desk(site: DemoSite, tmp_path: Path) -> Iterator[Desk]:
    store = open_store(tmp_path / "newsdesk.db")
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo Bình Lâm", site.base_url, "kiemduyet", MODERATOR_PASSWORD)
    client = accounts.client(account, timeout=5)
    assert client is not None
    yield Desk(store, accounts, account, client, site)
    client.close()
    store.close()


def reader_comment(
    site: DemoSite,
    content: str,
    *,
    status: str = "hold",
    post: int | None = None,
    date: datetime | None = None,
    author_name: str = "Lò Thị Mai",
    author_email: str = "mai@example.org",
) -> int:
    """A comment a reader wrote on the site just now (or at *date*); its id."""
    post_id = post if post is not None else published_post(site)
    moment = (date or datetime.now(UTC)).astimezone(UTC)
    created = site.store.insert_comment(
        {
            "post": post_id,
            "author_name": author_name,
            "author_email": author_email,
            "date_gmt": moment.strftime("%Y-%m-%d %H:%M:%S"),
            "content": content,
            "status": status,
        }
    )
    return created.id


def published_post(site: DemoSite) -> int:
    """The id of a published article that takes comments."""
    first = site.store.get_comment(1)
    assert first is not None
    return first.post


def first_with_status(site: DemoSite, status: str, skip: int = 0) -> int:
    """The oldest seeded comment in *status* on the site (after *skip* others)."""
    for comment_id in range(1, 400):
        found = site.store.get_comment(comment_id)
        if found is not None and found.status == status and found.parent == 0:
            if skip == 0:
                return comment_id
            skip -= 1
    raise AssertionError(f"no seeded comment is {status}")
