"""Opening any post of the site as an interview, against the demo site and a real WordPress.

A block-editor post and a classic post with ``[caption]`` opened and published
with no edits leave the site untouched (its ``modified_gmt`` and content); an
edit to one paragraph changes that paragraph only, the site content around it
byte for byte; photos come back with their captions and alt text, their files
fetched from the site; a second open reuses the linked draft; a post the
account may not edit opens read-only. Runs in the real-WordPress contract suite
too (scripts/run-wordpress-contract.sh).
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from editor.document import ParagraphBlock, PhotoBlock, SiteHtmlBlock
from editor.open_post import name_post_tags, open_site_post, read_only_reason
from editor.post_photos import fetch_post_photos
from editor.publishing import HANDLERS, PublishMode, publication_of, request_publish
from editor.repository import InterviewRepository
from editor.site_posts import pull_site_posts
from editor.site_rights import refresh_rights
from editor.site_states import SiteState, publication_state, site_line
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.devsite import DemoSite
from portal.errors import SiteError
from portal.outbox_worker import drain
from portal.remote import PostInput, RemotePost
from portal.wordpress import WordPressClient
from storage.database import Store, open_store
from storage.models import Interview, RemoteMediaRecord
from tests.editor.imagefactory import write_jpeg

APP_PASSWORD = "Open1 Open2 Open3 Open4 Open5 Open6"


@dataclass
class Peer:
    """The demo site, or the real WordPress the environment names."""

    base_url: str
    user: str
    password: str
    demo: DemoSite | None
    contributor: tuple[str, str] | None = None
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
        if os.environ.get("NEWSDESK_WP_CONTRIBUTOR_USER"):
            found.contributor = (
                os.environ["NEWSDESK_WP_CONTRIBUTOR_USER"],
                os.environ.get("NEWSDESK_WP_CONTRIBUTOR_APP_PASSWORD", ""),
            )
        if os.environ.get("NEWSDESK_WP_SUBSCRIBER_USER"):
            found.reader = (
                os.environ["NEWSDESK_WP_SUBSCRIBER_USER"],
                os.environ.get("NEWSDESK_WP_SUBSCRIBER_APP_PASSWORD", ""),
            )
        yield found
        with WordPressClient(found.base_url, found.user, found.password) as client:
            for post_id in found.created:
                with contextlib.suppress(SiteError):
                    client.delete_post(post_id, force=True)
        return
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    demo.add_user("toasoan", app_password=APP_PASSWORD, name="Tòa soạn Buôn Ma Thuột")
    demo.add_user("ctv", role="contributor", app_password=APP_PASSWORD, name="Cộng tác viên")
    demo.add_user("bandoc", role="subscriber", app_password=APP_PASSWORD, name="Bạn đọc")
    demo.start()
    try:
        yield Peer(
            demo.base_url,
            "toasoan",
            APP_PASSWORD,
            demo,
            ("ctv", APP_PASSWORD),
            ("bandoc", APP_PASSWORD),
        )
    finally:
        demo.stop()


@dataclass
class Desk:
    store: Store
    account: SiteAccount
    client: WordPressClient
    peer: Peer
    data_dir: Path

    def make(self, content: str, *, excerpt: str = "", status: str = "publish") -> RemotePost:
        post = self.client.create_post(
            PostInput(
                title="Bài trên trang: " + uuid.uuid4().hex[:6],
                content=content,
                excerpt=excerpt,
                status=status,  # type: ignore[arg-type]
                slug=f"mo-bai-{uuid.uuid4().hex[:10]}",
            )
        )
        self.peer.created.append(post.id)
        return self.client.get_post(post.id)

    def open(self, post_id: int) -> int:
        pull_site_posts(self.store, self.client, self.account)
        return open_site_post(self.store, self.account.id, post_id)

    def publish_as_is(self, interview_id: int, mode: PublishMode = PublishMode.PUBLISH) -> None:
        request_publish(self.store, interview_id, self.account.id, mode)
        report = drain(self.store, self.client, self.account.id, HANDLERS)
        assert report.sent == 1, report


@pytest.fixture
def desk(peer: Peer, tmp_path: Path) -> Iterator[Desk]:
    store = open_store(tmp_path / "newsdesk.sqlite3")
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo thử", peer.base_url, peer.user, peer.password)
    with WordPressClient(peer.base_url, peer.user, peer.password, timeout=20) as client:
        refresh_rights(store, client, account.id)
        yield Desk(store, account, client, peer, tmp_path)
    store.close()


def _uploaded(desk: Desk, caption: str, alt: str) -> tuple[int, str]:
    path = write_jpeg(desk.data_dir / f"anh-{uuid.uuid4().hex[:6]}.jpg", size=(160, 120))
    media = desk.client.upload_media(
        path, mime_type="image/jpeg", caption=caption, alt_text=alt, title=caption
    )
    return media.id, media.source_url


def _block_post(media_id: int, src: str) -> str:
    return (
        "<!-- wp:paragraph -->\n<p>Buổi sáng ở chợ Buôn Ma Thuột bắt đầu từ 4 giờ.</p>\n"
        "<!-- /wp:paragraph -->\n\n"
        '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n'
        '<div class="wp-block-column"><!-- wp:paragraph -->\n<p>Cột trái</p>\n'
        "<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->\n\n"
        f'<!-- wp:image {{"id":{media_id},"sizeSlug":"large"}} -->\n'
        f'<figure class="wp-block-image size-large"><img src="{src}" alt="Gùi cà phê lên dốc"'
        f' class="wp-image-{media_id}"/><figcaption class="wp-element-caption">Người dân thu '
        "hoạch cà phê</figcaption></figure>\n<!-- /wp:image -->\n\n"
        '<!-- wp:table -->\n<figure class="wp-block-table"><table><tbody><tr><td>Giá</td>'
        "<td>120.000 đ/kg</td></tr></tbody></table></figure>\n<!-- /wp:table -->\n\n"
        "<!-- wp:list -->\n<ul><li>Cà phê</li><li>Hồ tiêu</li></ul>\n<!-- /wp:list -->\n\n"
        "<!-- wp:paragraph -->\n<p>Giá cà phê &amp; hồ tiêu tăng <strong>mạnh</strong>.</p>\n"
        "<!-- /wp:paragraph -->\n\n"
        "<!-- wp:paragraph -->\n<p>Người trồng vui vì được mùa.</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n'
        "<!-- /wp:separator -->"
    )


def test_a_block_editor_post_opened_and_published_unedited_changes_nothing(desk: Desk) -> None:
    media_id, src = _uploaded(desk, "Người dân thu hoạch cà phê", "Gùi cà phê lên dốc")
    post = desk.make(_block_post(media_id, src), excerpt="Mùa cà phê ở Tây Nguyên.")
    interview_id = desk.open(post.id)

    document = InterviewRepository(desk.store).get(interview_id).document
    assert document.title == post.title and document.lead == "Mùa cà phê ở Tây Nguyên."
    assert not document.lead_in_text  # the excerpt stays the excerpt: no sapo added
    kinds = [type(block).__name__ for block in document.blocks]
    assert kinds.count("SiteHtmlBlock") == 5  # columns, table, list, formatted text, separator
    photo = next(b for b in document.blocks if isinstance(b, PhotoBlock))
    assert (photo.caption, photo.alt_text) == ("Người dân thu hoạch cà phê", "Gùi cà phê lên dốc")
    assert photo.site_media_id == media_id

    desk.publish_as_is(interview_id)
    after = desk.client.get_post(post.id)
    assert after.modified_gmt == post.modified_gmt
    assert after.content == post.content and after.excerpt == post.excerpt

    report = fetch_post_photos(
        desk.store, desk.client, desk.account.id, desk.peer.base_url, interview_id, desk.data_dir
    )
    assert (report.fetched, report.failed) == (1, [])
    document = InterviewRepository(desk.store).get(interview_id).document
    photo = next(b for b in document.blocks if isinstance(b, PhotoBlock))
    assert photo.image_path is not None and (desk.data_dir / photo.image_path).is_file()
    with desk.store.session() as session:
        record = session.scalars(
            select(RemoteMediaRecord).where(RemoteMediaRecord.image_path == photo.image_path)
        ).one()
        assert record.media_id == media_id
    media_before = desk.client.get_media(media_id)
    desk.publish_as_is(interview_id)  # with the photo fetched: still nothing to send
    after = desk.client.get_post(post.id)
    assert after.modified_gmt == post.modified_gmt and after.content == post.content
    assert desk.client.get_media(media_id).modified_gmt == media_before.modified_gmt


def test_an_edit_to_one_paragraph_changes_only_that_paragraph(desk: Desk) -> None:
    media_id, src = _uploaded(desk, "Người dân thu hoạch cà phê", "Gùi cà phê lên dốc")
    post = desk.make(_block_post(media_id, src))
    interview_id = desk.open(post.id)
    repository = InterviewRepository(desk.store)
    document = repository.get(interview_id).document
    index = next(
        i
        for i, b in enumerate(document.blocks)
        if isinstance(b, ParagraphBlock) and "vui vì" in b.text
    )
    document.blocks[index] = ParagraphBlock("Người trồng vui vì được mùa, được giá.")
    moved = next(i for i, b in enumerate(document.blocks) if isinstance(b, SiteHtmlBlock))
    repository.save_document(interview_id, document)

    desk.publish_as_is(interview_id)
    after = desk.client.get_post(post.id)
    assert after.content == post.content.replace(
        "<p>Người trồng vui vì được mùa.</p>", "<p>Người trồng vui vì được mùa, được giá.</p>"
    )
    assert document.blocks[moved].html in after.content  # type: ignore[union-attr]

    # published again unedited: the site keeps what it has now
    stamped = desk.client.get_post(post.id)
    desk.publish_as_is(interview_id)
    assert desk.client.get_post(post.id).modified_gmt == stamped.modified_gmt


def test_a_classic_post_with_a_caption_opens_and_goes_back_unchanged(desk: Desk) -> None:
    media_id, src = _uploaded(desk, "Cầu treo qua suối", "Cầu treo bằng gỗ")
    content = (
        "Xã Ea Kao có cây cầu treo mới.\n\n"
        f'[caption id="attachment_{media_id}" align="aligncenter" width="160"]'
        f'<img class="size-full wp-image-{media_id}" src="{src}" alt="Cầu treo bằng gỗ" '
        'width="160" height="120" /> Cầu treo qua suối (Ảnh: Thu Hà)[/caption]\n\n'
        "Học sinh không phải lội suối nữa.\n"
        "Phụ huynh yên tâm hơn.\n\n"
        "[embed]https://www.youtube.com/watch?v=abc[/embed]\n\n"
        "<!--more-->\n\n"
        "Đoạn cuối có <em>nhấn mạnh</em>."
    )
    post = desk.make(content)
    interview_id = desk.open(post.id)
    document = InterviewRepository(desk.store).get(interview_id).document
    photo = next(b for b in document.blocks if isinstance(b, PhotoBlock))
    assert (photo.caption, photo.credit, photo.alt_text) == (
        "Cầu treo qua suối",
        "Thu Hà",
        "Cầu treo bằng gỗ",
    )
    desk.publish_as_is(interview_id)
    after = desk.client.get_post(post.id)
    assert after.modified_gmt == post.modified_gmt and after.content == post.content


def test_a_second_open_reuses_the_linked_draft(desk: Desk) -> None:
    post = desk.make("<p>Một đoạn văn.</p>", status="draft")
    first = desk.open(post.id)
    second = open_site_post(desk.store, desk.account.id, post.id)
    InterviewRepository(desk.store).move_to_trash([first])
    third = open_site_post(desk.store, desk.account.id, post.id)
    assert first == second == third
    with desk.store.session() as session:
        count = session.scalar(select(func.count()).select_from(Interview))
        trashed = session.get(Interview, first)
        assert count == 1 and trashed is not None and trashed.trashed_at is None


def _other_desk(desk: Desk, tmp_path: Path, login: tuple[str, str]) -> tuple[Store, SiteAccount]:
    store = open_store(tmp_path / f"{login[0]}.sqlite3")
    account = Accounts(store, PasswordVault()).add("Báo thử", desk.peer.base_url, *login)
    return store, account


def test_a_post_the_account_may_only_read_opens_read_only(desk: Desk, tmp_path: Path) -> None:
    if desk.peer.reader is None:
        pytest.skip("no subscriber account on this WordPress")
    published = desk.make("<p>Bài đã đăng của tòa soạn.</p>")
    store, account = _other_desk(desk, tmp_path, desk.peer.reader)
    try:
        with WordPressClient(desk.peer.base_url, *desk.peer.reader, timeout=20) as client:
            refresh_rights(store, client, account.id)
            assert pull_site_posts(store, client, account).view_only
        interview_id = open_site_post(store, account.id, published.id)
        reason = read_only_reason(store, interview_id)
        assert reason is not None and "may only read" in reason
    finally:
        store.close()


def test_a_contributors_own_pending_post_opens_for_editing(desk: Desk, tmp_path: Path) -> None:
    if desk.peer.contributor is None:
        pytest.skip("no contributor account on this WordPress")
    store, account = _other_desk(desk, tmp_path, desk.peer.contributor)
    try:
        with WordPressClient(desk.peer.base_url, *desk.peer.contributor, timeout=20) as client:
            refresh_rights(store, client, account.id)
            own = client.create_post(
                PostInput(title="Bài của CTV", content="<p>Chờ duyệt</p>", status="pending")
            )
            desk.peer.created.append(own.id)
            pull_site_posts(store, client, account)
        assert read_only_reason(store, open_site_post(store, account.id, own.id)) is None
    finally:
        store.close()


def test_a_post_changed_on_the_site_after_opening_says_so_and_conflicts(desk: Desk) -> None:
    post = desk.make("<p>Bản đầu.</p>")
    interview_id = desk.open(post.id)
    state = publication_state(desk.store, interview_id, desk.account.id)
    assert state is not None and not state.newer_on_site
    desk.client.update_post(post.id, PostInput(content="<p>Biên tập viên sửa trên trang.</p>"))
    reopened = desk.open(post.id)  # pulls first: the cache sees the newer version
    assert reopened == interview_id
    state = publication_state(desk.store, interview_id, desk.account.id)
    assert state is not None and state.newer_on_site
    assert "newer version" in site_line(state)

    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    drain(desk.store, desk.client, desk.account.id, HANDLERS)
    assert desk.client.get_post(post.id).content == "<p>Biên tập viên sửa trên trang.</p>"
    state = publication_state(desk.store, interview_id, desk.account.id)
    assert state is not None and state.outbox is SiteState.CONFLICT


def test_the_posts_tags_are_named_in_the_interview_and_stay_on_the_site(desk: Desk) -> None:
    suffix = uuid.uuid4().hex[:6]
    tags = [
        desk.client.create_tag(f"Cà phê {suffix}"),
        desk.client.create_tag(f"Tây Nguyên {suffix}"),
    ]
    post = desk.client.create_post(
        PostInput(
            title="Bài có thẻ",
            content="<p>Nội dung.</p>",
            status="publish",
            tags=[tag.id for tag in tags],
            slug=f"co-the-{suffix}",
        )
    )
    desk.peer.created.append(post.id)
    post = desk.client.get_post(post.id)
    interview_id = desk.open(post.id)
    assert name_post_tags(desk.store, desk.client, desk.account.id, interview_id)
    document = InterviewRepository(desk.store).get(interview_id).document
    assert document.tags == [f"Cà phê {suffix}", f"Tây Nguyên {suffix}"]
    assert not name_post_tags(desk.store, desk.client, desk.account.id, interview_id)  # once

    desk.publish_as_is(interview_id)
    after = desk.client.get_post(post.id)
    assert after.modified_gmt == post.modified_gmt and set(after.tags) == set(post.tags)

    repository = InterviewRepository(desk.store)
    document.tags = document.tags[:1]  # the reporter drops one tag
    repository.save_document(interview_id, document)
    desk.publish_as_is(interview_id)
    assert desk.client.get_post(post.id).tags == (tags[0].id,)


def test_the_link_records_what_the_site_has(desk: Desk) -> None:
    post = desk.make("<p>Nội dung gốc.</p>", excerpt="Tóm tắt")
    interview_id = desk.open(post.id)
    with desk.store.session() as session:
        publication = publication_of(session, desk.account.id, interview_id)
        assert publication is not None and publication.post_id == post.id
        record = json.loads(publication.published_json or "{}")
    assert record["content"] == post.content and record["excerpt"] == "Tóm tắt"
    assert "featured_media" in record["site_kept"]
