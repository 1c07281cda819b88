"""Opening a site post from the "On the site" page, driven with qtbot in the real application.

Enter on a post opens it in the editor with its photo fetched from the site;
its site content shows as a read-only box of plain words; the same post opened
again is the same interview; a post the account may not edit opens read-only,
with the sentence saying why, and nothing to publish.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from editor.document import PhotoBlock, SiteHtmlBlock
from editor.publishing import publication_of
from editor.site_posts import pull_site_posts
from editor.site_rights import SiteRights, keep_rights
from editor.site_states import publication_state
from editor.ui.review_page import ReviewPage
from editor.ui.site_posts_page import SitePostsPage
from portal.devsite import DemoSite
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from shell.application import NewsdeskApplication
from storage.models import Interview
from tests.editor.imagefactory import write_jpeg
from tests.shell.conftest import app_with_site

PASSWORD = "Ui1a Ui2b Ui3c Ui4d Ui5e Ui6f"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path / "site.sqlite3", seed=False)
    demo.add_user("toasoan", app_password=PASSWORD, name="Tòa soạn")
    demo.start()
    yield demo
    demo.stop()


def _post_with_a_photo(site: DemoSite, tmp_path: Path) -> int:
    with WordPressClient(site.base_url, "toasoan", PASSWORD) as client:
        image = write_jpeg(tmp_path / "ray-ca-phe.jpg", size=(200, 150))
        media = client.upload_media(image, mime_type="image/jpeg", caption="Ray cà phê")
        content = (
            "<!-- wp:paragraph -->\n<p>Người dân phơi cà phê trên sân.</p>\n"
            "<!-- /wp:paragraph -->\n\n"
            f'<!-- wp:image {{"id":{media.id}}} -->\n<figure class="wp-block-image">'
            f'<img src="{media.source_url}" alt="Sân phơi cà phê" class="wp-image-{media.id}"/>'
            "<figcaption>Ray cà phê</figcaption></figure>\n<!-- /wp:image -->\n\n"
            '<!-- wp:table -->\n<figure class="wp-block-table"><table><tr><td>Giá</td>'
            "<td>120.000 đ</td></tr></table></figure>\n<!-- /wp:table -->"
        )
        post = client.create_post(
            PostInput(title="Mùa cà phê", content=content, status="publish", slug="mua-ca-phe")
        )
        return post.id


def _site_posts_page(app: NewsdeskApplication, qtbot: QtBot) -> SitePostsPage:
    site = app.accounts.active()
    assert site is not None
    with WordPressClient(site.base_url, "toasoan", PASSWORD) as client:
        pull_site_posts(app.store, client, site)
    assert app.window.show_view("site_posts")
    qtbot.waitUntil(lambda: app._site_posts_slot.built is not None)
    page = cast("SitePostsPage", app._site_posts_slot.built)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


# The offscreen platform cannot raise a popup menu or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_enter_on_a_post_opens_it_with_its_photo_and_site_content(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site: DemoSite, tmp_path: Path
) -> None:
    post_id = _post_with_a_photo(site, tmp_path)
    account = ("Báo Đắk Lắk", site.base_url, "toasoan", PASSWORD)
    with app_with_site(qapp, qtbot, data_dir, account) as app:
        page = _site_posts_page(app, qtbot)
        page.table.setCurrentIndex(page.model.index(0, 0))
        assert page.open_button.isEnabled()
        page.table.setFocus()
        with qtbot.waitSignal(page.open_requested) as asked:
            qtbot.keyClick(page.table, Qt.Key.Key_Return)
        assert asked.args == [post_id]
        interviews = app.interviews_page
        qtbot.waitUntil(lambda: interviews.editor is not None)
        editor = interviews.editor
        assert editor is not None and not editor.read_only_banner.isVisible()
        document = editor.session.document
        assert document.title == "Mùa cà phê"
        photo = next(b for b in document.blocks if isinstance(b, PhotoBlock))
        assert photo.image_path and (data_dir / photo.image_path).is_file()
        assert photo.alt_text == "Sân phơi cà phê"

        table = next(i for i, b in enumerate(document.blocks) if isinstance(b, SiteHtmlBlock))
        editor.blocks_view.setCurrentIndex(editor.blocks_model.index(table, 0))
        box = editor.block_editor
        assert box.currentWidget() is box.site_page
        assert box.site_preview.isReadOnly()
        assert "120.000 đ" in box.site_preview.toPlainText()
        assert "<table" not in box.site_preview.toPlainText()

        rect = page.table.visualRect(page.model.index(0, 0))
        page.table.customContextMenuRequested.emit(rect.center())
        menu = page.context_menu
        assert menu is not None and [a.text() for a in menu.actions()] == ["Open as an interview"]
        with qtbot.waitSignal(page.open_requested) as asked:
            menu.actions()[0].trigger()
        assert asked.args == [post_id]
        menu.close()
        qtbot.waitUntil(lambda: interviews.editor is not editor and interviews.editor is not None)
        editor = interviews.editor

        page.open_button.click()  # the same post again: the same interview
        qtbot.waitUntil(lambda: interviews.editor is not editor and interviews.editor is not None)
        with app.store.session() as session:
            assert session.scalar(select(func.count()).select_from(Interview)) == 1


def test_a_post_the_account_may_not_edit_opens_read_only(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site: DemoSite, tmp_path: Path
) -> None:
    _post_with_a_photo(site, tmp_path)
    account = ("Báo Đắk Lắk", site.base_url, "toasoan", PASSWORD)
    with app_with_site(qapp, qtbot, data_dir, account) as app:
        page = _site_posts_page(app, qtbot)
        active = app.accounts.active()
        assert active is not None
        # The account's rights as a contributor would have them (another author's post).
        keep_rights(
            app.store, active.id, SiteRights(("contributor",), frozenset({"edit_posts"}), 999)
        )
        page.table.setCurrentIndex(page.model.index(0, 0))
        page.open_current()
        qtbot.waitUntil(lambda: app.interviews_page.editor is not None)
        editor = app.interviews_page.editor
        assert editor is not None
        assert editor.read_only_banner.isVisible()
        assert "another author" in editor.read_only_banner.text()
        assert editor.title_edit.isReadOnly() and editor.lead_edit.isReadOnly()
        assert not editor.publish_button.isVisible()
        assert not editor.add_turn_action.isEnabled() and not editor.delete_action.isEnabled()
        json.dumps(editor.session.document.to_dict())  # still a plain, storable document

        read_only_id = editor.session.interview_id
        editor.copy_button.click()  # "Save a copy as a new interview": editable, not linked
        qtbot.waitUntil(
            lambda: (
                app.interviews_page.editor is not None
                and app.interviews_page.editor.session.interview_id != read_only_id
            )
        )
        copy = app.interviews_page.editor
        assert copy is not None and not copy.read_only_banner.isVisible()
        assert not copy.title_edit.isReadOnly()
        assert copy.session.document.title == "Mùa cà phê"


def test_open_in_the_review_queue_opens_the_pending_post_in_the_editor(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site: DemoSite
) -> None:
    with WordPressClient(site.base_url, "toasoan", PASSWORD) as client:
        pending = client.create_post(
            PostInput(
                title="Bài cộng tác viên gửi",
                content="<p>Đoạn chờ duyệt.</p>",
                status="pending",
                slug="cho-duyet",
            )
        )
    account = ("Báo Đắk Lắk", site.base_url, "toasoan", PASSWORD)
    with app_with_site(qapp, qtbot, data_dir, account) as app:
        _site_posts_page(app, qtbot)  # pulls the site's posts
        assert app.window.show_view("review")
        qtbot.waitUntil(lambda: app._review_slot.built is not None)
        review = cast("ReviewPage", app._review_slot.built)
        review.reload()
        qtbot.waitUntil(lambda: review.model.rowCount() > 0)
        review.table.selectRow(0)
        review.open_button.click()
        qtbot.waitUntil(lambda: app.interviews_page.editor is not None)
        editor = app.interviews_page.editor
        assert editor is not None and editor.session.document.title == "Bài cộng tác viên gửi"
        active = app.accounts.active()
        assert active is not None
        state = publication_state(app.store, editor.session.interview_id, active.id)
        assert state is not None and state.status == "pending"  # linked to the pending post
        with app.store.session() as session:
            publication = publication_of(session, active.id, editor.session.interview_id)
            assert publication is not None and publication.post_id == pending.id
