"""The "On the site" page driven with qtbot: empty states, Pull with progress and Stop,
lazy loading, search without accents, filters, and a site answering garbage."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor.site_posts import last_pull_at, pull_site_posts
from editor.ui.site_posts_model import BATCH, SitePostsModel
from editor.ui.site_posts_page import SitePostsPage
from portal.accounts import Accounts, PasswordVault
from portal.devsite import DemoSite
from portal.devsite.wptext import now_gmt, to_db
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from storage.database import Store, open_store

APP_PASSWORD = "Page1 Page2 Page3 Page4 Page5 Page6"
POSTS = 250  # three pages of the site's listing, three batches of the list


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    editor = demo.add_user("toasoan", app_password=APP_PASSWORD, name="Tòa soạn")
    reporter = demo.add_user("phongvien", role="author", name="Phóng viên Đặng Thu")
    start = now_gmt() - timedelta(days=30)
    for n in range(POSTS):
        status = ("publish", "draft", "pending", "future", "private")[n % 5]
        author = reporter.user_id if n % 2 else editor.user_id
        demo.store.insert_post(
            {
                "type": "post",
                "author": author,
                "date_gmt": to_db(start + timedelta(hours=n)),
                "modified_gmt": to_db(start + timedelta(hours=n)),
                "slug": f"bai-{n}",
                "status": status,
                "title": f"Bài số {n}: Đắk Lắk" if n % 10 == 0 else f"Bài số {n}",
                "content": f"<p>Nội dung {n}</p>",
                "categories": json.dumps([4] if n % 3 == 0 else [2, 3]),
            }
        )
    demo.start()
    yield demo
    demo.stop()


@dataclass
class Desk:
    store: Store
    accounts: Accounts
    page: SitePostsPage


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "newsdesk.sqlite3")
    yield store
    store.close()


@pytest.fixture
def desk(qtbot: QtBot, store: Store, site: DemoSite) -> Desk:
    site.faults.clear()
    accounts = Accounts(store, PasswordVault())
    accounts.add("Báo Bình Lâm", site.base_url, "toasoan", APP_PASSWORD)
    page = SitePostsPage(store, accounts)
    qtbot.addWidget(page)
    page.show()
    return Desk(store, accounts, page)


def _pull(qtbot: QtBot, page: SitePostsPage) -> None:
    with qtbot.waitSignal(page.puller.finished, timeout=30_000):
        page.pull_button.click()


def _titles(model: SitePostsModel) -> list[str]:
    return [str(model.index(r, SitePostsModel.TITLE).data()) for r in range(model.rowCount())]


def test_without_a_site_the_page_says_so(qtbot: QtBot, store: Store) -> None:
    page = SitePostsPage(store, Accounts(store, PasswordVault()))
    qtbot.addWidget(page)
    assert page.views.currentWidget() is page.empty_label
    assert "Preferences" in page.empty_label.text()
    assert not page.pull_button.isEnabled()


def test_pull_then_list_lazily_search_and_filter(qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    assert page.views.currentWidget() is page.empty_label  # never pulled
    assert "Pull" in page.empty_label.text()
    _pull(qtbot, page)
    assert page.views.currentWidget() is page.table
    model = page.model
    assert model.total == POSTS
    assert model.rowCount() == BATCH  # one batch read, not 250 rows
    assert model.canFetchMore()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > BATCH)
    assert str(model.index(0, SitePostsModel.TITLE).data()) == f"Bài số {POSTS - 1}"
    assert model.index(0, SitePostsModel.STATUS).data() == "Private"  # a word, not "private"
    assert model.index(0, SitePostsModel.AUTHOR).data() == "Phóng viên Đặng Thu"

    page.search.setText("dak lak")  # no accents, d for đ
    qtbot.waitUntil(lambda: model.total == POSTS // 10)
    assert all("Đắk Lắk" in title for title in _titles(model))

    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("pending"))
    page.status_filter.activated.emit(page.status_filter.currentIndex())
    qtbot.waitUntil(lambda: model.total == POSTS // 5)
    assert {model.index(r, SitePostsModel.STATUS).data() for r in range(model.rowCount())} == {
        "Pending review"
    }

    index = page.category_filter.findText("Kinh tế")
    assert index > 0
    page.category_filter.setCurrentIndex(index)
    page.category_filter.activated.emit(index)
    expected = sum(1 for n in range(POSTS) if n % 5 == 2 and n % 3 == 0)
    qtbot.waitUntil(lambda: model.total == expected)
    assert all(
        model.index(r, SitePostsModel.CATEGORIES).data() == "Kinh tế"
        for r in range(model.rowCount())
    )

    page.search.setText("!!!")  # only punctuation: nothing, and the page says so
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.empty_label)
    assert model.total == 0


def test_a_pull_elsewhere_shows_when_the_page_asks(
    qtbot: QtBot, desk: Desk, site: DemoSite
) -> None:
    """After a background sync the page reads the list again only if the cache changed."""
    page = desk.page
    _pull(qtbot, page)
    before = page.model.total
    with qtbot.assertNotEmitted(page.model.modelReset):
        page.reload_if_changed()
    account = desk.accounts.active()
    assert account is not None
    with WordPressClient(site.base_url, "toasoan", APP_PASSWORD) as client:
        post = client.create_post(PostInput(title="Tin mới từ đồng bộ", status="publish"))
        pull_site_posts(desk.store, client, account)  # as a sync would
        client.delete_post(post.id, force=True)
    with qtbot.waitSignal(page.model.modelReset):
        page.reload_if_changed()
    assert page.model.total == before + 1
    assert _titles(page.model)[0] == "Tin mới từ đồng bộ"


def test_stop_keeps_what_was_pulled(qtbot: QtBot, desk: Desk, site: DemoSite) -> None:
    page = desk.page
    site.faults.set(latency=0.3, path_prefix="/wp/v2/posts")
    with qtbot.waitSignal(page.puller.progress, timeout=30_000):
        page.pull_button.click()
    assert page.stop_button.isVisible()
    # stopped between pages (a report) or before the first answer (no report): it ends
    with qtbot.waitSignal(
        page.puller.running_changed, timeout=30_000, check_params_cb=lambda running: not running
    ):
        page.stop_button.click()
    site.faults.clear()
    assert "stopped" in page.message_label.text()
    assert page.pull_button.isEnabled() and not page.stop_button.isVisible()
    site_id = desk.accounts.active().id  # type: ignore[union-attr]
    assert last_pull_at(desk.store, site_id) is None  # unfinished: the next pull starts over
    _pull(qtbot, page)
    assert page.model.total == POSTS


def test_garbage_from_the_site_is_a_clear_message(
    qtbot: QtBot, desk: Desk, site: DemoSite
) -> None:
    page = desk.page
    site.faults.set(json_next=1, json_body={"id": "x"}, path_prefix="/wp/v2/posts")
    _pull(qtbot, page)
    assert "Could not pull the posts" in page.message_label.text()
    assert "could not be understood" in page.message_label.text()
    assert page.pull_button.isEnabled()


def test_without_a_stored_password_the_pull_says_where_to_enter_it(
    qtbot: QtBot, desk: Desk
) -> None:
    page = desk.page
    site = desk.accounts.active()
    assert site is not None
    desk.accounts.vault.delete(site)  # looked for on the worker, not on the GUI thread
    _pull(qtbot, page)
    assert page.message_label.text() == (
        f"The application password for {site.name} is not known; enter it in Preferences ▸ Sites."
    )
    assert page.pull_button.isEnabled() and not page.stop_button.isVisible()
