"""Publishing as a newsroom does, over real HTTP: the demo site, or a real WordPress.

What each WordPress role (contributor, author, editor) is offered and what
reaches the site for each workflow state; photos the site serves in
responsive sizes, attached to their post; addresses made from the whole
headline, unique on the site and editable; taking the site's version and
publishing it again changes nothing there. Against a real WordPress the role
accounts come from ``NEWSDESK_WP_<ROLE>_USER`` / ``_APP_PASSWORD``
(``scripts/wordpress/wp-up.sh`` makes them).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

from editor.document import ParagraphBlock, PhotoBlock
from editor.outbox_payloads import PublishPayload
from editor.publish_options import publication_defaults, publish_options
from editor.publishing import (
    HANDLERS,
    PublishMode,
    publication_of,
    request_publish,
    resolve_take_site,
)
from editor.repository import InterviewRepository, InterviewStatus
from editor.site_rights import cached_rights, pull_rights
from editor.slugs import headline_slug
from editor.ui.publish_dialog import PublishDialog
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.devsite import DemoSite
from portal.outbox import Outbox, OutboxState
from portal.outbox_worker import DrainReport, drain
from portal.remote import PostInput, RemotePost
from portal.wordpress import WordPressClient
from storage.database import Store, open_store
from tests.editor.conftest import sample_document
from tests.editor.imagefactory import write_jpeg

ROLES = ("contributor", "author", "editor")
EDITOR_PASSWORD = "Edit 1111 2222 3333 4444 5555"


@dataclass
class Peer:
    """The WordPress these tests publish to, with one account per role."""

    base_url: str
    #: role → (user, application password); "admin" is the account that reads everything.
    accounts: dict[str, tuple[str, str]] = field(default_factory=dict)
    demo: DemoSite | None = None


@pytest.fixture(scope="module")
def peer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Peer]:
    url = os.environ.get("NEWSDESK_WP_URL")
    if url:
        accounts = {
            "admin": (
                os.environ.get("NEWSDESK_WP_USER", ""),
                os.environ.get("NEWSDESK_WP_APP_PASSWORD", ""),
            )
        }
        for role in ROLES:
            user = os.environ.get(f"NEWSDESK_WP_{role.upper()}_USER")
            password = os.environ.get(f"NEWSDESK_WP_{role.upper()}_APP_PASSWORD")
            if user and password:
                accounts[role] = (user, password)
        yield Peer(url, accounts)
        return
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    accounts = {"admin": ("toasoan", EDITOR_PASSWORD)}
    demo.add_user("toasoan", app_password=EDITOR_PASSWORD, name="Tòa soạn")
    for number, role in enumerate(ROLES):
        password = f"Role {number}111 2222 3333 4444 5555"
        demo.add_user(f"nd-{role}", role=role, app_password=password, name=role.title())
        accounts[role] = (f"nd-{role}", password)
    demo.start()
    yield Peer(demo.base_url, accounts, demo)
    demo.stop()


@dataclass
class Desk:
    """A Newsdesk profile signed in to the site with one account."""

    store: Store
    account: SiteAccount
    client: WordPressClient
    repository: InterviewRepository
    data_dir: Path

    def drain(self) -> DrainReport:
        return drain(self.store, self.client, self.account.id, HANDLERS)

    def post_of(self, interview_id: int, reader: WordPressClient) -> RemotePost:
        with self.store.session() as session:
            publication = publication_of(session, self.account.id, interview_id)
            assert publication is not None and publication.post_id is not None
            post_id = publication.post_id
        return reader.get_post(post_id)


def _open_desk(peer: Peer, role: str, folder: Path) -> Desk:
    if role not in peer.accounts:
        pytest.skip(f"no {role} account (set NEWSDESK_WP_{role.upper()}_USER and _APP_PASSWORD)")
    user, password = peer.accounts[role]
    store = open_store(folder / "newsdesk.db")
    account = Accounts(store, PasswordVault()).add("Báo thử", peer.base_url, user, password)
    client = WordPressClient(peer.base_url, user, password, timeout=10)
    return Desk(store, account, client, InterviewRepository(store), folder)


@pytest.fixture
def admin(peer: Peer) -> Iterator[WordPressClient]:
    user, password = peer.accounts["admin"]
    with WordPressClient(peer.base_url, user, password, timeout=10) as client:
        yield client


@pytest.fixture
def editor_desk(peer: Peer, tmp_path: Path) -> Iterator[Desk]:
    desk = _open_desk(peer, "editor", tmp_path)
    (tmp_path / "photos").mkdir()
    yield desk
    desk.client.close()
    desk.store.close()


def _token() -> str:
    return uuid.uuid4().hex[:6]


#: Photos are media items by their file (its content hash); a real site keeps them across runs.
run = _token()


# --- workflow and rights -----------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "status", [InterviewStatus.DRAFT, InterviewStatus.READY, InterviewStatus.APPROVED]
)
def test_the_dialogs_default_follows_the_workflow_and_the_role_and_reaches_the_site(
    peer: Peer,
    admin: WordPressClient,
    qtbot: QtBot,
    tmp_path: Path,
    role: str,
    status: InterviewStatus,
) -> None:
    desk = _open_desk(peer, role, tmp_path)
    try:
        pull_rights(desk.store, desk.client, desk.account, None)  # what a sync does
        rights = cached_rights(desk.store, desk.account.id)
        assert rights is not None and role in rights.roles
        interview_id = desk.repository.create(sample_document(f"Quy trình {role} {_token()}")).id
        desk.repository.set_status(interview_id, status)
        dialog = PublishDialog(
            "Báo thử",
            options=publish_options(status, rights),
            status=status,
            defaults=publication_defaults(desk.store, desk.account.id, interview_id),
        )
        qtbot.addWidget(dialog)
        offered = [m for m, b in dialog.buttons_by_mode.items() if not b.isHidden()]
        if role == "contributor":
            # Only what a contributor may do, and one sentence saying why.
            assert offered == [PublishMode.DRAFT, PublishMode.PENDING]
            assert not dialog.limit_label.isHidden() and "contributor" in dialog.limit_label.text()
            expected = PublishMode.PENDING
        else:
            assert len(offered) == 4 and dialog.limit_label.isHidden()
            approved = status is InterviewStatus.APPROVED
            expected = PublishMode.PUBLISH if approved else PublishMode.PENDING
        assert dialog.mode() is expected
        dialog.accept()  # the default never needs asking
        assert dialog.result() == PublishDialog.DialogCode.Accepted
        request_publish(desk.store, interview_id, desk.account.id, dialog.mode())
        assert desk.drain().all_sent
        assert desk.post_of(interview_id, admin).status == expected.value
    finally:
        desk.client.close()
        desk.store.close()


# --- photos the site can serve -------------------------------------------------------------------


def test_photos_are_served_in_responsive_sizes_attached_and_kept_in_step(
    editor_desk: Desk, admin: WordPressClient, peer: Peer
) -> None:
    desk = editor_desk
    title = f"Ảnh đáp ứng {_token()}"
    document = sample_document(title)
    write_jpeg(desk.data_dir / "photos" / f"ab12cd34ef567890{run}.jpg", size=(1600, 1067))
    document.blocks[1] = PhotoBlock(
        caption="Đồi chè Tân Cương lúc bình minh.",
        credit="Minh Châu",
        alt_text="Đồi chè xanh dưới nắng sớm",
        image_path=f"photos/ab12cd34ef567890{run}.jpg",
    )
    interview_id = desk.repository.create(document).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    post = desk.post_of(interview_id, admin)
    media = admin.get_media(post.featured_media)
    assert media.post == post.id  # attached to its post
    assert media.title == "Đồi chè Tân Cương lúc bình minh."
    assert media.source_url.rsplit("/", 1)[1].startswith(f"{post.slug}-1")
    # What readers' browsers get: the site offers smaller copies (srcset), not only the original.
    rendered = requests.get(
        f"{peer.base_url}/?rest_route=/wp/v2/posts/{post.id}", timeout=10
    ).json()["content"]["rendered"]
    assert f"wp-image-{media.id}" in rendered
    assert "srcset=" in rendered and "1600w" in rendered and "300w" in rendered
    # A caption changed in Newsdesk changes the media item's title and caption too.
    document = desk.repository.get(interview_id).document
    photo = document.blocks[1]
    assert isinstance(photo, PhotoBlock)
    document.blocks[1] = PhotoBlock(
        caption="Hái chè buổi sớm ở Tân Cương.",
        credit=photo.credit,
        alt_text="Người hái chè trên đồi",
        image_path=photo.image_path,
    )
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    changed = admin.get_media(media.id)
    assert changed.title == "Hái chè buổi sớm ở Tân Cương."
    assert changed.caption == "Hái chè buổi sớm ở Tân Cương. (Ảnh: Minh Châu)"
    assert changed.alt_text == "Người hái chè trên đồi"
    assert changed.post == post.id


def test_the_featured_photo_opens_the_text_only_when_chosen_and_is_not_read_back_twice(
    editor_desk: Desk, admin: WordPressClient
) -> None:
    desk = editor_desk
    document = sample_document(f"Ảnh đại diện trong bài {_token()}")
    write_jpeg(desk.data_dir / "photos" / f"0f0f0f0f0f0f0f0f{run}.jpg", size=(400, 300))
    document.blocks[1] = PhotoBlock(
        "Cổng bản.", alt_text="Cổng bản", image_path=f"photos/0f0f0f0f0f0f0f0f{run}.jpg"
    )
    interview_id = desk.repository.create(document).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    assert desk.post_of(interview_id, admin).content.count("<figure") == 1
    request_publish(
        desk.store, interview_id, desk.account.id, PublishMode.PUBLISH, featured_in_text=True
    )
    assert desk.drain().all_sent
    post = desk.post_of(interview_id, admin)
    assert post.content.startswith('<figure class="wp-block-image size-large nd-featured">')
    assert post.content.count("<figure") == 2
    # Remembered for the interview: the next dialog starts with it ticked.
    assert publication_defaults(desk.store, desk.account.id, interview_id).featured_in_text


# --- clean addresses ------------------------------------------------------------------------------


def test_the_address_is_the_whole_headline_stays_put_and_the_editor_may_change_it(
    editor_desk: Desk, admin: WordPressClient
) -> None:
    desk = editor_desk
    token = _token()
    title = f"Đồng chí Đặng Văn Đức: đường về bản đã thông suốt sau mười năm chờ đợi {token}"
    interview_id = desk.repository.create(sample_document(title)).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    post = desk.post_of(interview_id, admin)
    assert post.slug == (
        f"dong-chi-dang-van-duc-duong-ve-ban-da-thong-suot-sau-muoi-nam-cho-doi-{token}"
    )
    # A new headline does not move a published post: readers' links keep working.
    document = desk.repository.get(interview_id).document
    document.title = f"Đường về bản đã thông {token}"
    desk.repository.save_document(interview_id, document)
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    assert desk.post_of(interview_id, admin).slug == post.slug
    # Unless the editor changes it in the dialog.
    request_publish(
        desk.store, interview_id, desk.account.id, PublishMode.PUBLISH, slug=f"duong-ve-ban-{token}"
    )
    assert desk.drain().all_sent
    assert desk.post_of(interview_id, admin).slug == f"duong-ve-ban-{token}"
    assert publication_defaults(desk.store, desk.account.id, interview_id).slug == (
        f"duong-ve-ban-{token}"
    )


def test_a_published_post_with_the_same_headline_gets_the_next_free_address(
    editor_desk: Desk, admin: WordPressClient
) -> None:
    desk = editor_desk
    title = f"Trùng tít {_token()}"
    first = desk.repository.create(sample_document(title)).id
    second = desk.repository.create(sample_document(title)).id
    for interview_id in (first, second):
        request_publish(desk.store, interview_id, desk.account.id, PublishMode.PENDING)
    assert desk.drain().all_sent
    slugs = {desk.post_of(i, admin).slug for i in (first, second)}
    assert slugs == {headline_slug(title), headline_slug(title) + "-2"}


def test_photos_of_a_post_at_the_next_free_address_are_named_after_that_address(
    editor_desk: Desk, admin: WordPressClient
) -> None:
    desk = editor_desk
    title = f"Tít trùng có ảnh {_token()}"
    first = desk.repository.create(sample_document(title)).id
    request_publish(desk.store, first, desk.account.id, PublishMode.PENDING)
    assert desk.drain().all_sent
    document = sample_document(title)
    stem = uuid.uuid4().hex[:16]
    write_jpeg(desk.data_dir / "photos" / f"{stem}.jpg", size=(300, 200))
    document.blocks[1] = PhotoBlock(
        caption="Chợ phiên sáng chủ nhật.",
        alt_text="Người dân đi chợ phiên",
        image_path=f"photos/{stem}.jpg",
    )
    second = desk.repository.create(document).id

    request_publish(desk.store, second, desk.account.id, PublishMode.PENDING)
    assert desk.drain().all_sent

    post = desk.post_of(second, admin)
    assert post.slug == headline_slug(title) + "-2"
    file_name = admin.get_media(post.featured_media).source_url.rsplit("/", 1)[1]
    assert file_name.startswith(f"{post.slug}-1.")


# --- round trip ----------------------------------------------------------------------------------


def test_taking_the_sites_version_then_publishing_changes_nothing_on_the_site(
    editor_desk: Desk, admin: WordPressClient
) -> None:
    desk = editor_desk
    document = sample_document(f"Khứ hồi {_token()}")
    write_jpeg(desk.data_dir / "photos" / f"1234abcd1234abcd{run}.jpg", size=(800, 600))
    document.blocks[1] = PhotoBlock(
        "Bản Hua Păng nhìn từ đồi.",
        credit="Quang Huy",
        alt_text="Bản làng",
        image_path=f"photos/1234abcd1234abcd{run}.jpg",
    )
    interview_id = desk.repository.create(document).id
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    post = desk.post_of(interview_id, admin)
    # An editor adds a note of their own on the site, right after a question.
    question = '<p class="question"><strong>Phóng viên:</strong> Xin cảm ơn ông!</p>'
    assert question in post.content
    note = "<p>Ghi chú của tòa soạn: số liệu do UBND xã cung cấp?</p>"
    admin.update_post(
        post.id, PostInput(content=post.content.replace(question, question + "\n" + note))
    )
    site_version = desk.post_of(interview_id, admin)
    # The reporter changed the interview meanwhile: a conflict; the editor takes the site's.
    changed = desk.repository.get(interview_id).document
    changed.lead = "Sapo sửa trong Newsdesk."
    desk.repository.save_document(interview_id, changed)
    item = request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    desk.drain()
    assert Outbox(desk.store).get(item).state is OutboxState.CONFLICT  # type: ignore[union-attr]
    resolve_take_site(desk.store, item)
    taken = desk.repository.get(interview_id).document
    assert ParagraphBlock("Ghi chú của tòa soạn: số liệu do UBND xã cung cấp?") in taken.blocks
    request_publish(desk.store, interview_id, desk.account.id, PublishMode.PUBLISH)
    assert desk.drain().all_sent
    after = desk.post_of(interview_id, admin)
    assert after.content == site_version.content  # byte for byte
    assert after.modified_gmt == site_version.modified_gmt  # not even written again
    assert after.title == site_version.title and after.excerpt == site_version.excerpt


def test_payloads_queued_before_the_dialog_offered_an_address_are_read() -> None:
    payload = PublishPayload.from_json({"document": {}, "status": "publish"})
    assert payload.slug is None and payload.featured_in_text is None
    again = PublishPayload.from_json(
        PublishPayload(
            document={}, status="pending", slug="ten-bai", featured_in_text=True
        ).to_json()
    )
    assert again.slug == "ten-bai" and again.featured_in_text is True
