"""Pulling the site's posts into the local cache, against the demo site and a real WordPress.

A first pull, then an incremental one after edits, trashing and a deletion on the
site; the id sweep; hostile titles; an account that may only read; a linked
draft whose post was deleted. Runs in the real-WordPress contract suite too
(scripts/run-wordpress-contract.sh).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from editor.repository import InterviewRepository
from editor.site_posts import (
    GONE,
    _mark_gone,
    gmt_text,
    last_pull_at,
    linked_post_states,
    pull_posts_for_sync,
    pull_site_posts,
)
from editor.site_posts_list import PostFilter, SitePostList
from editor.site_states import SiteState, publication_state, site_line, site_states
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.devsite import DemoSite
from portal.errors import MalformedResponse, SiteError
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from storage.database import Store, open_store
from storage.models import Publication, SitePost, site_post_search

APP_PASSWORD = "Site1 Site2 Site3 Site4 Site5 Site6"


@dataclass
class Peer:
    """The demo site, or the real WordPress the environment names."""

    base_url: str
    user: str
    password: str
    demo: DemoSite | None
    reader: tuple[str, str] | None = None
    created: list[int] = field(default_factory=list)


@pytest.fixture(scope="module")
def peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    if os.environ.get("NEWSDESK_WP_URL"):
        found = Peer(
            os.environ["NEWSDESK_WP_URL"],
            os.environ.get("NEWSDESK_WP_USER", ""),
            os.environ.get("NEWSDESK_WP_APP_PASSWORD", ""),
            None,
        )
        user = os.environ.get("NEWSDESK_WP_SUBSCRIBER_USER", "")
        if user:
            found.reader = (user, os.environ.get("NEWSDESK_WP_SUBSCRIBER_APP_PASSWORD", ""))
        yield found
        with WordPressClient(found.base_url, found.user, found.password) as client:
            for post_id in found.created:
                with contextlib.suppress(SiteError):  # gone: the test deleted it
                    client.delete_post(post_id, force=True)
        return
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    demo.add_user("toasoan", app_password=APP_PASSWORD, name="Tòa soạn Đắk Lắk")
    demo.add_user("bandoc", role="subscriber", app_password=APP_PASSWORD, name="Bạn đọc")
    demo.start()
    try:
        yield Peer(demo.base_url, "toasoan", APP_PASSWORD, demo, ("bandoc", APP_PASSWORD))
    finally:
        demo.stop()


@dataclass
class Desk:
    store: Store
    account: SiteAccount
    client: WordPressClient
    peer: Peer

    def make(self, title: str, status: str = "publish", content: str = "<p>Nội dung</p>") -> int:
        post = self.client.create_post(
            PostInput(
                title=title,
                content=content,
                status=status,  # type: ignore[arg-type]
                slug=f"tren-trang-{uuid.uuid4().hex[:10]}",
            )
        )
        self.peer.created.append(post.id)
        return post.id

    def row(self, remote_id: int) -> SitePost | None:
        with self.store.session() as session:
            row = session.scalars(
                select(SitePost).where(
                    SitePost.site_id == self.account.id, SitePost.remote_id == remote_id
                )
            ).first()
            if row is not None:
                session.expunge(row)
            return row

    def listed(self, **filters: object) -> list[int]:
        listing = SitePostList(self.store, self.account.id, PostFilter(**filters))  # type: ignore[arg-type]
        return [row.remote_id for row in listing.rows(0, listing.count())]


@pytest.fixture
def desk(peer: Peer, tmp_path: Path) -> Iterator[Desk]:
    store = open_store(tmp_path / "newsdesk.sqlite3")
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo thử", peer.base_url, peer.user, peer.password)
    with WordPressClient(peer.base_url, peer.user, peer.password, timeout=20) as client:
        yield Desk(store, account, client, peer)
    store.close()


def test_pull_then_incremental_pull_sees_edits_trash_and_deletion(desk: Desk) -> None:
    kept = desk.make("Phỏng vấn Giám đốc Sở Nông nghiệp")
    edited = desk.make("Bản nháp cần sửa", status="draft")
    trashed = desk.make("Bài sẽ vào thùng rác", status="pending")
    deleted = desk.make("Bài sẽ bị xóa hẳn")

    first = pull_site_posts(desk.store, desk.client, desk.account)
    assert first.full and first.swept and not first.cancelled
    for post_id, status in ((kept, "publish"), (edited, "draft"), (trashed, "pending")):
        row = desk.row(post_id)
        assert row is not None and row.status == status
    row = desk.row(kept)
    assert row is not None and row.content == "<p>Nội dung</p>"
    assert row.modified_gmt and row.link.startswith("http")

    desk.client.update_post(edited, PostInput(title="Bản nháp đã sửa lại"))
    desk.client.delete_post(trashed)
    desk.client.delete_post(deleted, force=True)
    second = pull_site_posts(desk.store, desk.client, desk.account)
    assert not second.full and not second.swept
    assert second.received < first.received or second.received <= 4 + 100  # incremental
    edited_row, trashed_row = desk.row(edited), desk.row(trashed)
    assert edited_row is not None and edited_row.title == "Bản nháp đã sửa lại"
    assert trashed_row is not None and trashed_row.status == "trash"
    assert second.trashed >= 1

    third = pull_site_posts(desk.store, desk.client, desk.account, force_sweep=True)
    assert third.swept and third.gone >= 1
    gone_row = desk.row(deleted)
    assert gone_row is not None and gone_row.status == GONE
    listed = desk.listed()
    assert deleted not in listed
    assert {kept, edited}.issubset(listed)
    assert trashed in desk.listed(status="trash")
    assert trashed not in desk.listed()  # "all statuses" leaves the trash out
    assert trashed not in desk.listed(status="publish")


def test_incremental_pull_asks_only_for_what_changed(desk: Desk) -> None:
    """``modified_after`` is read in GMT whatever the site's time zone (+7 on the demo site)."""
    post_id = desk.make("Mốc thời gian")
    post = desk.client.get_post(post_id)
    assert post.modified_gmt is not None
    just_before = post.modified_gmt - timedelta(seconds=1)
    found = [
        p.id
        for page in desk.client.iter_post_pages(modified_after=just_before)
        for p in page.posts
    ]
    assert post_id in found
    later = [
        p.id
        for page in desk.client.iter_post_pages(modified_after=post.modified_gmt)
        for p in page.posts
    ]
    assert post_id not in later


def test_hostile_titles_are_plain_text_and_searchable_without_accents(desk: Desk) -> None:
    hostile = '<b>Đậm</b> &amp; <script>alert("x")</script> tin'
    markup = desk.make(hostile)
    nfd = desk.make("Nghe\u0302\u0323 An mu\u0300a lu\u0303")  # decomposed marks
    hidden = desk.make("Đo\u200bàn \u202ekết\u202c")
    pull_site_posts(desk.store, desk.client, desk.account)
    markup_row = desk.row(markup)
    assert markup_row is not None and markup_row.title == hostile  # decoded once, never twice
    nfd_row = desk.row(nfd)
    assert nfd_row is not None and nfd_row.title == "Nghệ An mùa lũ"
    assert nfd in desk.listed(text="nghe an mua lu")
    assert hidden in desk.listed(text="doan ket")
    assert markup in desk.listed(text="dam")
    listing = SitePostList(desk.store, desk.account.id, PostFilter(text="doan"))
    shown = [row.title for row in listing.rows(0, listing.count()) if row.remote_id == hidden]
    assert shown == ["Đoàn kết"]  # no zero-width or direction characters on screen


def test_linked_draft_learns_its_post_was_deleted(desk: Desk) -> None:
    post_id = desk.make("Bài đăng từ Newsdesk")
    repository = InterviewRepository(desk.store)
    interview = repository.create().id
    with desk.store.transaction() as session:
        session.add(
            Publication(
                site_id=desk.account.id,
                interview_id=interview,
                slug="bai-dang",
                post_id=post_id,
                post_status="publish",
            )
        )
    pull_site_posts(desk.store, desk.client, desk.account)
    with desk.store.session() as session:
        assert linked_post_states(session, [interview]) == {}
    desk.client.delete_post(post_id)  # to the site's trash first
    pull_site_posts(desk.store, desk.client, desk.account)
    state = publication_state(desk.store, interview, desk.account.id)
    assert state is not None and state.status == "trash"
    assert site_line(state).startswith("On the site: in the site's trash — ")
    desk.client.delete_post(post_id, force=True)
    pull_site_posts(desk.store, desk.client, desk.account, force_sweep=True)
    with desk.store.session() as session:
        assert linked_post_states(session, [interview]) == {interview: GONE}
    # the interview list and the editor's site line say so
    assert site_states(desk.store, desk.account.id, [interview]) == {interview: SiteState.DELETED}
    state = publication_state(desk.store, interview, desk.account.id)
    assert state is not None and state.status == GONE
    assert site_line(state) == (
        "The post was deleted on the site. Publishing again makes a new post, "
        "only after you confirm it in Publishing."
    )


def test_a_post_gone_and_back_is_listed_and_found_again(desk: Desk) -> None:
    """A post the account could not see for a while (gone from its listing) comes back whole."""
    post_id = desk.make("Tin trở lại Buôn Ma Thuột")
    pull_site_posts(desk.store, desk.client, desk.account)
    desk.client.update_post(post_id, PostInput(status="draft"))
    with desk.store.transaction() as session:  # as a sweep of a reader account would leave it
        row = session.scalars(
            select(SitePost).where(
                SitePost.site_id == desk.account.id, SitePost.remote_id == post_id
            )
        ).one()
        _mark_gone(session, desk.account.id, [row.id])
    assert post_id not in desk.listed(text="buon ma thuot")
    pull_site_posts(desk.store, desk.client, desk.account, force_sweep=True)
    assert post_id in desk.listed(text="buon ma thuot")


def test_reader_account_pulls_published_posts_only(peer: Peer, desk: Desk) -> None:
    if peer.reader is None:
        pytest.skip("no reader account (NEWSDESK_WP_SUBSCRIBER_USER)")
    name, password = peer.reader
    published = desk.make("Tin đã đăng")
    draft = desk.make("Bản nháp riêng", status="draft")
    accounts = Accounts(desk.store, PasswordVault())
    reader = accounts.add("Bạn đọc", peer.base_url, name, password)
    with WordPressClient(peer.base_url, name, password) as client:
        report = pull_site_posts(desk.store, client, reader)
    assert report.view_only
    listing = SitePostList(desk.store, reader.id, PostFilter())
    ids = [row.remote_id for row in listing.rows(0, listing.count())]
    assert published in ids and draft not in ids


@pytest.mark.parametrize(
    "body",
    [
        {"not": "a list"},
        [{"id": "x", "status": "publish"}],
        [{"id": 5}],  # no status
        [{"id": 6, "status": "publish", "title": {"raw": ["not", "text"]}}],
        [{"id": 7, "status": "publish", "modified_gmt": "yesterday"}],
    ],
)
def test_a_malformed_listing_is_a_site_error_and_keeps_the_cache(
    desk: Desk, body: object
) -> None:
    if desk.peer.demo is None:
        pytest.skip("needs the demo site's fault injection")
    kept = desk.make("Bài giữ lại")
    pull_site_posts(desk.store, desk.client, desk.account)
    desk.peer.demo.faults.set(json_next=1, json_body=body, path_prefix="/wp/v2/posts")
    try:
        with pytest.raises(MalformedResponse):
            pull_site_posts(desk.store, desk.client, desk.account)
    finally:
        desk.peer.demo.faults.clear()
    row = desk.row(kept)
    assert row is not None and row.status == "publish"


def _cache_agrees_with_the_site(desk: Desk) -> None:
    """Every post the site lists is cached once, searchable once; nothing else is listed."""
    on_site = {stamp.id: stamp.modified_gmt for stamp in desk.client.post_stamps()}
    with desk.store.session() as session:
        rows = session.execute(
            select(SitePost.id, SitePost.remote_id, SitePost.modified_gmt, SitePost.status).where(
                SitePost.site_id == desk.account.id
            )
        ).all()
        indexed = set(session.scalars(select(site_post_search.c.rowid)))
    cached = {row.remote_id: row for row in rows if row.status != GONE}
    assert set(cached) == set(on_site)
    assert all(cached[i].modified_gmt == gmt_text(on_site[i]) for i in on_site)
    assert indexed == {row.id for row in cached.values()}


def test_a_pull_killed_half_way_is_finished_by_the_next(desk: Desk, qtbot: QtBot) -> None:
    """Killed between (or during) pages: what was stored stays, the next pull completes it."""
    if desk.peer.demo is None:
        pytest.skip("needs the demo site's latency")
    for n in range(230):
        desk.peer.demo.store.insert_post(
            {
                "type": "post",
                "author": 1,
                "date_gmt": "2026-01-01 00:00:00",
                "modified_gmt": "2026-01-01 00:00:00",
                "slug": f"tin-nhanh-{n}",
                "status": "publish",
                "title": f"Tin nhanh số {n}",
                "content": "<p>Nội dung</p>",
            }
        )
    desk.peer.demo.faults.set(latency=0.2, path_prefix="/wp/v2/posts")
    command = [sys.executable, "-m", "tests.editor.site_posts_pull_child"]
    child = subprocess.Popen(
        [*command, str(desk.store.path), desk.peer.base_url, desk.peer.user],
        env={**os.environ, "NEWSDESK_CHILD_PASSWORD": desk.peer.password},
        stdout=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:  # killed once it has stored a page or more, in the middle of the next
        qtbot.waitUntil(
            lambda: child.poll() is not None or _cached_count(desk.store, desk.account.id) >= 100,
            timeout=60_000,
        )
    finally:
        child.kill()
        child.wait()
        desk.peer.demo.faults.clear()
    assert child.returncode != 0, "the pull ended before it could be killed"
    assert 100 <= _cached_count(desk.store, desk.account.id) < 230
    assert last_pull_at(desk.store, desk.account.id) is None  # the killed pull counts for nothing
    report = pull_site_posts(desk.store, desk.client, desk.account)
    assert report.full and not report.cancelled
    _cache_agrees_with_the_site(desk)


def _cached_count(store: Store, site_id: int) -> int:
    with store.session() as session:
        return len(session.scalars(select(SitePost.id).where(SitePost.site_id == site_id)).all())


def test_a_sync_pulls_incrementally_only_once_the_editor_has_pulled(desk: Desk) -> None:
    first = desk.make("Tin trước lần tải đầu")
    never = pull_posts_for_sync(desk.store, desk.client, desk.account, None)
    assert never.summary.endswith("never pulled") and not never.changes
    assert desk.row(first) is None  # a sync never starts the first (full) pull by itself
    pull_site_posts(desk.store, desk.client, desk.account)
    later = desk.make("Tin sau lần tải đầu")
    pull_posts_for_sync(desk.store, desk.client, desk.account, None)
    assert desk.row(later) is not None
