"""Publishing interviews to a site over real HTTP (the demo site on loopback)."""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from PIL import Image
from sqlalchemy import select

from editor.categories import preferred_categories, pull_categories, site_categories
from editor.document import PhotoBlock, TurnBlock
from editor.photo_metadata import metadata_from_bytes
from editor.publishing import (
    HANDLERS,
    InterviewInTrash,
    PublishMode,
    release_from_trash,
    request_publish,
    request_unpublish,
    resolve_keep_mine,
    resolve_take_site,
    waiting_publishes,
)
from editor.repository import InterviewRepository, InterviewStatus
from editor.site_states import SiteState, publication_state, site_states
from editor.slugs import headline_slug
from editor.versions import VersionKind, VersionStore
from portal import outbox_worker
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.devsite import DemoSite
from portal.devsite.faults import Faults
from portal.errors import PostGone
from portal.outbox import Outbox, OutboxState
from portal.outbox_worker import DrainReport, drain
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from storage.database import Store, open_store
from storage.models import Publication, RemoteMediaRecord
from tests.editor import imagefactory as make
from tests.editor.conftest import sample_document
from tests.editor.imagefactory import write_jpeg
from tests.editor.photo_checks import iim_text, private_traces

APP_PASSWORD = "Pub1 Pub2 Pub3 Pub4 Pub5 Pub6"


@dataclass
class Peer:
    """The WordPress these tests publish to: the demo site, or a real one from the environment."""

    base_url: str
    user: str
    password: str
    demo: DemoSite | None

    def faults(self) -> Faults:
        """The demo site's fault injection (tests needing it skip on a real WordPress)."""
        if self.demo is None:
            pytest.skip("fault injection needs the demo site")
        return self.demo.faults


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    if os.environ.get("NEWSDESK_WP_URL"):
        yield Peer(
            os.environ["NEWSDESK_WP_URL"],
            os.environ.get("NEWSDESK_WP_USER", ""),
            os.environ.get("NEWSDESK_WP_APP_PASSWORD", ""),
            None,
        )
        return
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    demo.add_user("toasoan", app_password=APP_PASSWORD, name="Tòa soạn")
    demo.start()
    yield Peer(demo.base_url, "toasoan", APP_PASSWORD, demo)
    demo.stop()


@dataclass
class Desk:
    """A Newsdesk profile connected to the demo site."""

    store: Store
    account: SiteAccount
    client: WordPressClient
    repository: InterviewRepository
    data_dir: Path
    client_password: str

    def drain(self) -> DrainReport:
        return drain(self.store, self.client, self.account.id, HANDLERS)

    def publication(self, interview_id: int) -> Publication:
        with self.store.session() as session:
            return session.scalars(
                select(Publication).where(Publication.interview_id == interview_id)
            ).one()


@pytest.fixture
def desk(site: Peer, tmp_path: Path) -> Iterator[Desk]:
    if site.demo is not None:
        site.demo.faults.clear()
    store = open_store(tmp_path / "newsdesk.db")
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo thử", site.base_url, site.user, site.password)
    client = accounts.client(account, timeout=5)
    assert client is not None
    yield Desk(store, account, client, InterviewRepository(store), tmp_path, site.password)
    client.close()
    store.close()
    if site.demo is not None:
        site.demo.faults.clear()


def _with_photo(desk: Desk, title: str) -> int:
    """A new interview with one photo, stored under a name no site has seen yet.

    Photos are named by content hash and their media slug follows the name, so a
    fixed name would find the photo a previous run uploaded to a reused WordPress.
    """
    document = sample_document(title)
    photos = desk.data_dir / "photos"
    photos.mkdir(exist_ok=True)
    stem = uuid.uuid4().hex[:16]
    write_jpeg(photos / f"{stem}.jpg", size=(120, 80))
    document.blocks[1] = PhotoBlock(
        caption="Con đường mới dẫn vào bản.",
        credit="Quang Huy",
        alt_text="Đường bê tông giữa đồi chè",
        image_path=f"photos/{stem}.jpg",
    )
    return desk.repository.create(document).id


def _photo_stem(desk: Desk, interview_id: int) -> str:
    """The file name (without suffix) of the interview's first photo."""
    document = desk.repository.get(interview_id).document
    photo = next(block for block in document.blocks if isinstance(block, PhotoBlock))
    return Path(photo.image_path or "").stem


def test_publishing_uploads_photos_and_creates_the_post(desk: Desk) -> None:
    interview_id = _with_photo(desk, "Đường lên bản Hua Păng")
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    report = desk.drain()
    assert report.sent == 1 and report.all_sent
    publication = desk.publication(interview_id)
    assert publication.post_id is not None and publication.link
    post = desk.client.get_post(publication.post_id)
    assert post.status == "publish"
    assert post.title == "Đường lên bản Hua Păng"
    with desk.store.session() as session:
        media = session.scalars(select(RemoteMediaRecord)).one()
    assert media.source_url in post.content
    assert 'alt="Đường bê tông giữa đồi chè"' in post.content
    # Inserted as WordPress's editor does, so that the site serves responsive sizes.
    assert '<figure class="wp-block-image size-large">' in post.content
    assert f'class="wp-image-{media.media_id}" width="120" height="80"' in post.content
    assert '<figcaption class="wp-element-caption">' in post.content
    uploaded = desk.client.get_media(media.media_id)
    assert uploaded.alt_text == "Đường bê tông giữa đồi chè"
    assert uploaded.post == post.id  # attached to its post, not left loose in the library
    assert uploaded.source_url.rsplit("/", 1)[1].startswith(f"{post.slug}-1")
    assert post.featured_media == media.media_id  # the thumbnail on the site's lists
    assert desk.repository.get(interview_id).status is InterviewStatus.PUBLISHED


def test_without_photos_the_featured_image_chosen_on_the_site_stays(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Ảnh đại diện do web chọn")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    write_jpeg(desk.data_dir / "chon-tren-web.jpg", size=(60, 40))
    chosen = desk.client.upload_media(desk.data_dir / "chon-tren-web.jpg", alt_text="Ảnh web")
    desk.client.update_post(post_id, PostInput(featured_media=chosen.id))
    document = desk.repository.get(interview_id).document
    document.lead = "Sapo sửa lại trong Newsdesk."
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post = desk.client.get_post(post_id)
    assert "Sapo sửa lại trong Newsdesk." in post.content
    assert post.featured_media == chosen.id


def test_publishing_again_updates_the_same_post_and_reuses_photos(desk: Desk) -> None:
    interview_id = _with_photo(desk, "Mùa chè xuân")
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    assert desk.drain().sent == 1
    first = desk.publication(interview_id)
    document = desk.repository.get(interview_id).document
    document.title = "Mùa chè xuân trên đỉnh Tà Xùa"
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    second = desk.publication(interview_id)
    assert second.post_id == first.post_id
    assert desk.client.get_post(second.post_id or 0).title == "Mùa chè xuân trên đỉnh Tà Xùa"
    assert len(desk.client.find_media_by_slug(f"nd-{_photo_stem(desk, interview_id)}")) == 1
    assert len(desk.client.find_posts_by_slug(first.slug)) <= 1


def test_another_post_at_the_headlines_address_is_left_alone_and_ours_gets_the_next(
    desk: Desk,
) -> None:
    title = f"Không bao giờ trùng bài {uuid.uuid4().hex[:6]}"
    interview_id = desk.repository.create(sample_document(title)).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PENDING)
    slug = desk.publication(interview_id).slug
    assert slug == headline_slug(title)
    # Someone wrote a post with the same headline on the site, still waiting for review:
    # WordPress leaves its address as given (it makes slugs unique only when publishing).
    theirs = desk.client.create_post(
        PostInput(title="Bài của người khác", status="pending", slug=slug)
    )
    assert desk.drain().sent == 1
    ours = desk.client.get_post(desk.publication(interview_id).post_id or 0)
    assert ours.id != theirs.id and ours.slug == f"{slug}-2"
    assert desk.publication(interview_id).slug == ours.slug
    assert desk.client.get_post(theirs.id).title == "Bài của người khác"
    # Sent again (a lost answer, a retry), it finds its own post at its own address.
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PENDING)
    assert desk.drain().sent == 1
    assert [p.id for p in desk.client.find_posts_by_slug(f"{slug}-2")] == [ours.id]


def test_a_change_made_on_the_site_is_never_silently_overwritten(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Bài gốc")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    desk.drain()
    post_id = desk.publication(interview_id).post_id
    assert post_id is not None
    desk.client.update_post(post_id, PostInput(title="Biên tập trên web đã sửa tít"))
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    report = desk.drain()
    assert report.conflicts == 1 and report.sent == 0
    entry = Outbox(desk.store).get(item)
    assert entry is not None and entry.state is OutboxState.CONFLICT
    assert entry.payload["conflict"]["title"] == "Biên tập trên web đã sửa tít"
    assert desk.client.get_post(post_id).title == "Biên tập trên web đã sửa tít"

    resolve_keep_mine(desk.store, item)
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).title == "Bài gốc"


def test_taking_the_sites_version_replaces_the_local_text(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Tít cũ")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    desk.drain()
    post_id = desk.publication(interview_id).post_id or 0
    desk.client.update_post(post_id, PostInput(title="Tít do web sửa"))
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    desk.drain()
    resolve_take_site(desk.store, item)
    assert desk.repository.get(interview_id).document.title == "Tít do web sửa"
    assert Outbox(desk.store).get(item) is None
    # The next publish goes through: the site's version is now the one last seen.
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    # Each publish and the version taken from the site are kept, labelled so.
    kept = VersionStore(desk.store).summaries(interview_id)
    assert [v.kind for v in kept] == [
        VersionKind.PUBLISH,
        VersionKind.SITE,
        VersionKind.PUBLISH,
        VersionKind.PUBLISH,
    ]
    assert VersionStore(desk.store).document(kept[1].id).title == "Tít do web sửa"
    assert VersionStore(desk.store).document(kept[2].id).title == "Tít cũ"


def test_taking_the_sites_version_keeps_photos_and_their_alt_text(desk: Desk) -> None:
    interview_id = _with_photo(desk, "Ảnh phải còn nguyên")
    stem = _photo_stem(desk, interview_id)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    site_text = desk.client.get_post(post_id).content.replace(
        "Bà con đi chợ nhanh hơn.", "Bà con đi chợ nhanh hơn nhiều."
    )
    desk.client.update_post(post_id, PostInput(content=site_text))
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().conflicts == 1

    resolve_take_site(desk.store, item)

    document = desk.repository.get(interview_id).document
    photos = [block for block in document.blocks if isinstance(block, PhotoBlock)]
    assert photos == [
        PhotoBlock(
            caption="Con đường mới dẫn vào bản.",
            credit="Quang Huy",
            alt_text="Đường bê tông giữa đồi chè",
            image_path=f"photos/{stem}.jpg",
        )
    ]
    assert document.blocks.index(photos[0]) == 1
    turns = [block for block in document.blocks if isinstance(block, TurnBlock)]
    answers = [turn.text for turn in turns if turn.speaker_key.startswith("ong")]
    assert answers == ["Bà con đi chợ nhanh hơn nhiều.\n\nHàng nông sản bán được giá hơn."]
    assert document.tags == ["nông thôn", "giao thông"]
    # Sending it again reuses the uploaded photo rather than losing it or uploading a copy.
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    assert 'alt="Đường bê tông giữa đồi chè"' in desk.client.get_post(post_id).content
    assert len(desk.client.find_media_by_slug(f"nd-{stem}")) == 1


@pytest.mark.parametrize("how", ["trash", "delete"])
def test_a_post_deleted_on_the_site_is_published_again_only_when_asked(
    desk: Desk, how: str
) -> None:
    interview_id = desk.repository.create(sample_document(f"Bài bị xoá ({how})")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    old_post = desk.publication(interview_id).post_id or 0
    desk.client.delete_post(old_post, force=how == "delete")
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)

    report = desk.drain()
    assert report.failed == 1 and report.sent == 0
    entry = Outbox(desk.store).get(item)
    assert entry is not None and entry.state is OutboxState.FAILED
    assert isinstance(entry.error, PostGone)
    assert "publish the interview again as a new post" in (entry.last_error or "")
    assert desk.publication(interview_id).post_id is None
    assert desk.repository.get(interview_id).status is InterviewStatus.APPROVED

    Outbox(desk.store).retry([item])
    assert desk.drain().sent == 1
    new_post = desk.publication(interview_id).post_id
    assert new_post is not None and new_post != old_post
    assert desk.client.get_post(new_post).status == "publish"
    assert [p.id for p in desk.client.find_posts_by_slug(desk.publication(interview_id).slug)] == [
        new_post
    ]


def test_the_list_knows_where_each_interview_stands_on_the_site(desk: Desk) -> None:
    draft, online, refused = (
        desk.repository.create(sample_document(title)).id
        for title in ("Chưa gửi", "Đã lên trang", "Bị từ chối")
    )
    site = desk.account.id
    request_publish(desk.store, online, site, PublishMode.PUBLISH)
    assert site_states(desk.store, site, [draft, online]) == {
        draft: SiteState.NOT_SENT,
        online: SiteState.WAITING,
    }
    assert desk.drain().sent == 1
    request_publish(desk.store, refused, site, PublishMode.PENDING)
    assert desk.drain().sent == 1
    failed = request_publish(desk.store, refused, site, PublishMode.PUBLISH)
    Outbox(desk.store).fail(failed, "refused")
    request_publish(desk.store, refused, site, PublishMode.PUBLISH)  # queued behind it
    assert site_states(desk.store, site, [draft, online, refused]) == {
        draft: SiteState.NOT_SENT,
        online: SiteState.PUBLISHED,
        refused: SiteState.FAILED,  # what needs a person outranks what waits
    }
    Outbox(desk.store).discard([failed])
    request_unpublish(desk.store, online, site)
    desk.drain()
    assert site_states(desk.store, site, [online, refused]) == {
        online: SiteState.DRAFT,
        refused: SiteState.PUBLISHED,
    }


def test_tags_reach_the_site_once_and_editors_tags_on_the_site_stay(desk: Desk) -> None:
    token = uuid.uuid4().hex[:8]
    document = sample_document("Thẻ của bài")
    document.tags = [f"Nông thôn mới {token}", f"Giao thông {token}", f"nông thôn mới {token}"]
    interview_id = desk.repository.create(document).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0

    def names() -> set[str]:
        ids = desk.client.get_post(post_id).tags
        found = desk.client.find_tags(search=token)
        return {tag.name for tag in found if tag.id in ids}

    # Two names that differ only in case are one tag.
    assert names() == {f"Nông thôn mới {token}", f"Giao thông {token}"}
    # Another editor adds a tag on the site; the reporter drops one in Newsdesk.
    on_site = desk.client.create_tag(f"Tin ảnh {token}")
    post = desk.client.get_post(post_id)
    desk.client.update_post(post_id, PostInput(tags=[*post.tags, on_site.id]))
    document = desk.repository.get(interview_id).document
    document.tags = [f"Nông thôn mới {token}"]
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    assert names() == {f"Nông thôn mới {token}", f"Tin ảnh {token}"}
    assert len([t for t in desk.client.find_tags(search=token) if "Nông thôn" in t.name]) == 1


def test_an_author_who_may_not_create_tags_still_publishes(desk: Desk, site: Peer) -> None:
    if site.demo is None:
        pytest.skip("needs an author account (demo site)")
    site.demo.add_user("tacgia", role="author", app_password="Tg11 Tg22 Tg33 Tg44 Tg55 Tg66")
    known = desk.client.create_tag("Sơn La")
    author = WordPressClient(site.base_url, "tacgia", "Tg11 Tg22 Tg33 Tg44 Tg55 Tg66", timeout=5)
    document = sample_document("Bài của tác giả")
    document.tags = ["Sơn La", "Thẻ mới chưa có"]
    interview_id = desk.repository.create(document).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PENDING)
    report = drain(desk.store, author, desk.account.id, HANDLERS)
    author.close()
    assert report.sent == 1
    post = desk.client.get_post(desk.publication(interview_id).post_id or 0)
    assert post.tags == (known.id,)
    state = publication_state(desk.store, interview_id, desk.account.id)
    assert state is not None and state.tags_left_out == ("Thẻ mới chưa có",)


def test_categories_are_pulled_offered_in_tree_order_and_sent(desk: Desk) -> None:
    pulled = pull_categories(desk.store, desk.client, desk.account, None)
    assert pulled.summary.endswith("categories") and pulled.changes.categories
    # the same list again writes nothing: no page is told to read the categories again
    assert not pull_categories(desk.store, desk.client, desk.account, None).changes
    choices = site_categories(desk.store, desk.account.id)
    on_site = desk.client.categories()
    assert {c.id for c in choices} == {c.id for c in on_site}
    position = {choice.id: index for index, choice in enumerate(choices)}
    parents = {c.id: c.parent for c in on_site}
    for choice in choices:  # a child comes right under its parent, one level deeper
        parent = parents[choice.id]
        if parent:
            assert position[parent] < position[choice.id]
            assert choice.depth == choices[position[parent]].depth + 1
    chosen = choices[-1].id
    interview_id = desk.repository.create(sample_document("Vào chuyên mục")).id
    assert preferred_categories(desk.store, desk.account.id, interview_id) == []
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH, None, [chosen])
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    assert desk.client.get_post(post_id).categories == (chosen,)
    # Next time the dialog starts from that choice, for this interview and for a new one.
    assert preferred_categories(desk.store, desk.account.id, interview_id) == [chosen]
    other = desk.repository.create(sample_document("Bài sau")).id
    assert preferred_categories(desk.store, desk.account.id, other) == [chosen]
    # Publishing without choosing leaves the post where the site has it.
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).categories == (chosen,)


def test_an_excerpt_or_thumbnail_changed_on_the_site_is_kept_or_raises_a_conflict(
    desk: Desk,
) -> None:
    interview_id = _with_photo(desk, "Sapo do web sửa")
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    write_jpeg(desk.data_dir / "anh-web.jpg", size=(50, 40))
    thumbnail = desk.client.upload_media(desk.data_dir / "anh-web.jpg", alt_text="Ảnh web")
    desk.client.update_post(
        post_id,
        PostInput(excerpt="Tóm tắt biên tập viên viết trên web.", featured_media=thumbnail.id),
    )
    # The reporter changes the headline only: the site's excerpt and thumbnail stay.
    document = desk.repository.get(interview_id).document
    document.title = "Sapo do web sửa, tít do phóng viên sửa"
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post = desk.client.get_post(post_id)
    assert post.title == "Sapo do web sửa, tít do phóng viên sửa"
    assert post.excerpt.strip() == "Tóm tắt biên tập viên viết trên web."
    assert post.featured_media == thumbnail.id
    # Now both change the lead: Newsdesk asks instead of choosing.
    desk.client.update_post(post_id, PostInput(excerpt="Tóm tắt sửa lần hai trên web."))
    document.lead = "Sapo mới của phóng viên."
    desk.repository.save_document(interview_id, document)
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().conflicts == 1
    resolve_keep_mine(desk.store, item)
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).excerpt.strip() == "Sapo mới của phóng viên."


def test_a_tag_removed_on_the_site_stays_removed_and_ampersands_match(desk: Desk) -> None:
    token = uuid.uuid4().hex[:8]
    document = sample_document("Thẻ bị gỡ trên web")
    document.tags = [f"Giáo dục & Đào tạo {token}", f"Vùng cao {token}"]
    interview_id = desk.repository.create(document).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    tags = {t.name: t.id for t in desk.client.find_tags(search=token)}
    assert set(tags) == {f"Giáo dục & Đào tạo {token}", f"Vùng cao {token}"}
    # An editor removes one tag on the site; the reporter then fixes a typo and sends again.
    desk.client.update_post(post_id, PostInput(tags=[tags[f"Giáo dục & Đào tạo {token}"]]))
    document = desk.repository.get(interview_id).document
    document.title = "Thẻ bị gỡ trên web (sửa lỗi chính tả)"
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).tags == (tags[f"Giáo dục & Đào tạo {token}"],)
    assert len(desk.client.find_tags(search=token)) == 2  # the "&" tag was found, not made again


def test_a_post_moved_to_another_category_on_the_site_stays_there(desk: Desk) -> None:
    pull_categories(desk.store, desk.client, desk.account, None)
    choices = site_categories(desk.store, desk.account.id)
    if len(choices) < 2:
        pytest.skip("the site has a single category (wp-up.sh seeds three)")
    first, second = (c.id for c in choices[-2:])
    interview_id = desk.repository.create(sample_document("Chuyển chuyên mục")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH, None, [first])
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    desk.client.update_post(post_id, PostInput(categories=[second]))
    # The dialog offers the interview's last category again; the editor just confirms.
    preferred = preferred_categories(desk.store, desk.account.id, interview_id)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH, None, preferred)
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).categories == (second,)
    # Choosing another one in the dialog is a decision, and is sent.
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH, None, [first])
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).categories == (first,)


def test_after_taking_the_sites_version_its_thumbnail_stays(desk: Desk) -> None:
    interview_id = _with_photo(desk, "Ảnh đại diện sau xung đột")
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    write_jpeg(desk.data_dir / "anh-khac.jpg", size=(44, 30))
    chosen = desk.client.upload_media(desk.data_dir / "anh-khac.jpg", alt_text="Ảnh khác")
    desk.client.update_post(post_id, PostInput(title="Tít web", featured_media=chosen.id))
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().conflicts == 1
    resolve_take_site(desk.store, item)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    assert desk.client.get_post(post_id).featured_media == chosen.id


def test_a_post_sent_before_thumbnails_were_sent_keeps_the_sites_thumbnail(desk: Desk) -> None:
    interview_id = _with_photo(desk, "Bài từ bản cũ")
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    write_jpeg(desk.data_dir / "anh-cu.jpg", size=(44, 30))
    chosen = desk.client.upload_media(desk.data_dir / "anh-cu.jpg", alt_text="Ảnh cũ")
    desk.client.update_post(post_id, PostInput(featured_media=chosen.id))
    with desk.store.transaction() as session:  # what an earlier Newsdesk wrote down
        publication = session.get(Publication, desk.publication(interview_id).id)
        assert publication is not None and publication.published_json
        record = json.loads(publication.published_json)
        for key in ("featured_media", "categories", "excerpt", "our_tags"):
            record.pop(key, None)
        record["content"] = desk.client.get_post(post_id).content
        publication.published_json = json.dumps(record, ensure_ascii=False)
        publication.modified_gmt = None
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    report = desk.drain()
    assert report.sent == 1, report
    assert desk.client.get_post(post_id).featured_media == chosen.id


def test_unpublishing_takes_the_post_back_to_draft(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Gỡ bài")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    desk.drain()
    request_unpublish(desk.store, interview_id, desk.account.id)
    assert desk.drain().sent == 1
    post_id = desk.publication(interview_id).post_id or 0
    assert desk.client.get_post(post_id).status == "draft"
    assert desk.repository.get(interview_id).status is InterviewStatus.APPROVED


def test_scheduled_publishing_sends_the_date(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Hẹn giờ đăng")).id
    when = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.SCHEDULED, when)
    desk.drain()
    post = desk.client.get_post(desk.publication(interview_id).post_id or 0)
    assert post.status == "future"
    assert post.date_gmt == when


def test_offline_then_online_sends_everything_once(desk: Desk, site: Peer) -> None:
    ids = [desk.repository.create(sample_document(f"Bài {n}")).id for n in range(3)]
    for interview_id in ids:
        request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    offline = WordPressClient("http://127.0.0.1:9", "toasoan", "x", timeout=2)
    report = drain(desk.store, offline, desk.account.id, HANDLERS)
    assert report.offline and report.sent == 0
    assert Outbox(desk.store).counts()[OutboxState.PENDING] == 3
    Outbox(desk.store).retry([])  # nothing failed: items just wait for their next try
    _make_due(desk.store)
    report = desk.drain()
    assert report.sent == 3 and report.all_sent
    for interview_id in ids:
        assert len(desk.client.find_posts_by_slug(desk.publication(interview_id).slug)) == 1


def test_server_errors_back_off_and_then_go_through(
    desk: Desk, site: Peer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_worker, "BACKOFF_BASE_S", 0.0)
    interview_id = desk.repository.create(sample_document("Máy chủ lỗi")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    site.faults().set(fail_next=2, fail_status=503)
    first = desk.drain()
    assert first.postponed == 1 and first.sent == 0
    entry = Outbox(desk.store).entries()[0]
    assert entry.last_error and entry.state is OutboxState.PENDING
    # Two failing answers: at most two more postponed passes, then the post goes through.
    reports = []
    for _ in range(3):
        _make_due(desk.store)
        reports.append(desk.drain())
        if reports[-1].sent:
            break
    assert reports[-1].sent == 1, reports
    assert all(report.postponed == 1 for report in reports[:-1]), reports
    assert Outbox(desk.store).counts()[OutboxState.DONE] == 1


def test_a_refused_change_stops_with_the_sites_message_and_can_be_retried(
    desk: Desk, site: Peer
) -> None:
    interview_id = desk.repository.create(sample_document("Bị từ chối")).id
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    site.faults().set(fail_next=1, fail_status=403)
    report = desk.drain()
    assert report.failed == 1
    entry = Outbox(desk.store).get(item)
    assert entry is not None and entry.state is OutboxState.FAILED and entry.last_error
    Outbox(desk.store).retry([item])
    assert desk.drain().sent == 1


def test_the_password_is_nowhere_in_the_profile(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    interview_id = desk.repository.create(sample_document("Bí mật")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    desk.drain()
    desk.store.close()
    password = desk.client_password
    secrets = [password, password.replace(" ", "")]
    for path in desk.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(secret.encode() in data for secret in secrets), path
    assert not any(secret in caplog.text for secret in secrets)


def _make_due(store: Store) -> None:
    from sqlalchemy import update

    from storage.models import OutboxItem, utc_now

    with store.transaction() as session:
        session.execute(update(OutboxItem).values(next_try_at=utc_now()))
    json.dumps({})


def test_drops_latency_and_server_errors_end_with_every_item_sent_once(
    desk: Desk, site: Peer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_worker, "BACKOFF_BASE_S", 0.0)
    faults = site.faults()
    ids = [desk.repository.create(sample_document(f"Mạng chập chờn {n}")).id for n in range(5)]
    for interview_id in ids:
        request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    faults.set(latency=0.05, fail_rate=0.3, fail_status=502, drop_next=3, seed=7)
    for _ in range(60):
        desk.drain()
        _make_due(desk.store)
        if Outbox(desk.store).counts()[OutboxState.DONE] == len(ids):
            break
    faults.clear()
    assert Outbox(desk.store).counts()[OutboxState.DONE] == len(ids)
    for interview_id in ids:
        publication = desk.publication(interview_id)
        found = desk.client.find_posts_by_slug(publication.slug)
        assert [post.id for post in found] == [publication.post_id]


def test_published_photos_carry_no_location_or_serials_but_keep_their_credits(
    desk: Desk, site: Peer
) -> None:
    # A camera photo stored sideways with GPS, serial numbers, an IPTC caption and credit.
    name = uuid.uuid4().hex[:16]
    photos = desk.data_dir / "photos"
    photos.mkdir(exist_ok=True)
    original = make.write_private_jpeg(photos / f"{name}.jpg", stored_size=(3000, 1600))
    os.utime(original, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    before = (original.read_bytes(), original.stat().st_mtime_ns)
    document = sample_document("Ảnh đăng không lộ nơi chụp")
    document.blocks[1] = PhotoBlock(
        caption="Bà Hoà bên khung cửi.",
        credit=make.VI_BYLINE,
        alt_text="Khung cửi dệt thổ cẩm",
        image_path=f"photos/{name}.jpg",
    )
    interview_id = desk.repository.create(document).id

    request_publish(desk.store, interview_id, desk.account.id, PublishMode.DRAFT)
    assert desk.drain().all_sent

    with desk.store.session() as session:
        record = session.scalars(select(RemoteMediaRecord)).one()
    served = requests.get(record.source_url, timeout=10)
    served.raise_for_status()
    data = served.content  # the file as the site serves it to every reader
    assert private_traces(data) == []
    metadata = metadata_from_bytes(data)
    assert (metadata.caption, metadata.credit) == (make.VI_CAPTION, make.VI_BYLINE)
    assert iim_text(data, 2, 110) == make.PHOTO_CREDIT
    assert iim_text(data, 2, 116) == make.PHOTO_COPYRIGHT
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (1365, 2560)  # upright, long edge 2560
    if site.demo is None:
        # WordPress's own import (wp_read_image_metadata) still finds the credits in the file.
        answer = requests.get(
            f"{site.base_url}/wp-json/wp/v2/media/{record.media_id}",
            params={"context": "edit"},
            auth=(site.user, site.password),
            timeout=10,
        )
        answer.raise_for_status()
        image_meta = answer.json()["media_details"]["image_meta"]
        assert image_meta["caption"] == make.VI_CAPTION
        assert image_meta["credit"] == make.PHOTO_CREDIT
        assert image_meta["copyright"] == make.PHOTO_COPYRIGHT
        assert image_meta["orientation"] in ("0", "1", 0, 1)
    assert (original.read_bytes(), original.stat().st_mtime_ns) == before


def test_an_interview_moved_to_the_trash_is_not_published_until_it_is_restored(
    desk: Desk,
) -> None:
    title = f"Bài đã bỏ vào thùng rác {uuid.uuid4().hex[:6]}"
    interview_id = desk.repository.create(sample_document(title)).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert waiting_publishes(desk.store, [interview_id]) == 1
    desk.repository.move_to_trash([interview_id])  # offline: the publish was still queued

    report = desk.drain()

    assert report.sent == 0 and report.failed == 1
    assert desk.client.find_posts_by_slug(headline_slug(title)) == []  # nothing went live
    (entry,) = Outbox(desk.store).entries()
    assert entry.state is OutboxState.FAILED and isinstance(entry.error, InterviewInTrash)
    assert "in the trash" in entry.error.user_message

    desk.repository.restore([interview_id])
    assert release_from_trash(desk.store, [interview_id]) == 1
    assert desk.drain().sent == 1
    assert desk.client.get_post(desk.publication(interview_id).post_id or 0).title == title


def test_taking_a_trashed_interview_off_the_site_is_never_held(desk: Desk) -> None:
    interview_id = desk.repository.create(sample_document("Gỡ bài rồi bỏ đi")).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().sent == 1
    request_unpublish(desk.store, interview_id, desk.account.id)
    desk.repository.move_to_trash([interview_id])

    assert desk.drain().sent == 1
    post = desk.client.get_post(desk.publication(interview_id).post_id or 0)
    assert post.status == "draft"
    assert release_from_trash(desk.store, [interview_id]) == 0
