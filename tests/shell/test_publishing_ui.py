"""Sites, sync and the Publishing page, driven as an editor drives them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

import shell.application
from editor.outbox_payloads import PublishPayload
from editor.publishing import PublishMode, request_publish
from editor.ui.conflict_dialog import ConflictChoice, ConflictDialog
from editor.ui.list_model import SITE_COLUMN
from editor.ui.publish_dialog import PublishDialog
from portal.devsite import DemoSite
from portal.outbox import OutboxState
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from shell.application import NewsdeskApplication
from shell.connection_status import ConnectionState
from shell.settings import AppSettings
from shell.ui.preferences import PreferencesDialog
from shell.ui.sites_tab import SitesTab
from storage.changes import Changes
from storage.models import Site
from tests.editor.conftest import sample_document
from tests.shell.conftest import build_app, close_app

PASSWORD = "Desk 1111 2222 3333 4444 5555"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    demo.add_user("bientap", app_password=PASSWORD)
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def site_account(site: DemoSite) -> tuple[str, str, str, str]:
    """The desk's account on the demo site (the shared ``app`` fixture sets it up)."""
    return ("Báo thử", site.base_url, "bientap", PASSWORD)


def _wait_sync(app: NewsdeskApplication, qtbot: QtBot) -> None:
    with qtbot.waitSignal(app.sync.finished, timeout=10000):
        app.sync.sync_now()


def _publish_refused(app: NewsdeskApplication, qtbot: QtBot, site: DemoSite, title: str) -> None:
    """Queue an interview and sync while the site refuses it once (403)."""
    interview_id = app.interviews_page.repository.create(sample_document(title)).id
    app.publish(interview_id, PublishMode.DRAFT, None)
    site.faults.set(fail_next=1, fail_status=403)
    try:
        _wait_sync(app, qtbot)
    finally:
        site.faults.clear()
    app.outbox_page.refresh()


def test_sync_shows_connected_and_publishes_queued_interviews(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    interview_id = app.interviews_page.repository.create(sample_document("Đăng từ giao diện")).id
    app.publish(interview_id, PublishMode.PUBLISH, None)
    assert app.outbox.counts()[OutboxState.PENDING] == 1
    _wait_sync(app, qtbot)
    snapshot = app.connection.snapshot
    assert snapshot.state is ConnectionState.CONNECTED and snapshot.site == "Báo thử"
    assert app.outbox.counts()[OutboxState.DONE] == 1
    assert app.outbox_page.model.rowCount() == 0
    with WordPressClient(site.base_url, "bientap", PASSWORD) as client:
        posts = [p for p in client.find_posts_by_slug("dang-tu-giao-dien")]
    assert len(posts) == 1 and posts[0].status == "publish"


def test_offline_is_shown_and_changes_wait(app: NewsdeskApplication, qtbot: QtBot) -> None:
    account = app.accounts.active()
    assert account is not None
    app.accounts.update(account.id, url="http://127.0.0.1:9", username="bientap", password=None)
    interview_id = app.interviews_page.repository.create(sample_document("Chờ mạng")).id
    app.publish(interview_id, PublishMode.DRAFT, None)
    _wait_sync(app, qtbot)
    assert app.connection.snapshot.state is ConnectionState.OFFLINE
    assert "Offline" in app.window.connection_indicator.label.text()
    assert app.outbox_page.model.rowCount() == 1
    assert app.outbox_page.model.entries[0].state is OutboxState.PENDING


def test_failed_items_can_be_retried_and_discarded_from_the_page(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite, qtmodeltester: ModelTester
) -> None:
    _publish_refused(app, qtbot, site, "Bị chặn")
    page = app.outbox_page
    qtmodeltester.check(page.model, force_py=True)
    assert page.model.entries[0].state is OutboxState.FAILED
    assert page.model.data(page.model.index(0, 1)) == "Failed"
    assert page.model.data(page.model.index(0, 4))
    assert app.window.navigation.item(2).text() == "Publishing (1)"
    page.table.selectRow(0)
    assert page.retry_button.isEnabled()
    with qtbot.waitSignal(app.sync.finished, timeout=10000):
        page.retry_button.click()
    assert app.outbox.counts()[OutboxState.DONE] == 1
    assert app.window.navigation.item(2).text() == "Publishing"


def test_why_an_item_failed_is_shown_in_vietnamese(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, site: DemoSite
) -> None:
    newsdesk = build_app(qapp, data_dir, language="vi")
    try:
        newsdesk.accounts.add("Báo thử", site.base_url, "bientap", PASSWORD)
        qtbot.addWidget(newsdesk.window)
        _publish_refused(newsdesk, qtbot, site, "Bị cấm")
        page = newsdesk.outbox_page
        reason = page.model.data(page.model.index(0, 4))
        assert page.model.data(page.model.index(0, 1)) == "Không thành công"
        assert reason.startswith("Tài khoản này không có quyền")
        assert "not allowed" not in reason
    finally:
        close_app(newsdesk)


def test_a_conflict_is_shown_side_by_side_and_resolved(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    interview_id = app.interviews_page.repository.create(sample_document("Bài của tôi")).id
    app.publish(interview_id, PublishMode.PUBLISH, None)
    _wait_sync(app, qtbot)
    with WordPressClient(site.base_url, "bientap", PASSWORD) as client:
        slug = "bai-cua-toi"
        (post,) = client.find_posts_by_slug(slug)
        client.update_post(post.id, PostInput(title="Web đã sửa"))
        app.publish(interview_id, PublishMode.PUBLISH, None)
        _wait_sync(app, qtbot)
        (entry,) = app.outbox.entries([OutboxState.CONFLICT])
        dialog = ConflictDialog(PublishPayload.from_json(entry.payload))
        qtbot.addWidget(dialog)
        assert "Bài của tôi" in dialog.mine.toPlainText()
        assert "Web đã sửa" in dialog.theirs.toPlainText()
        dialog.keep_button.click()
        assert dialog.choice is ConflictChoice.KEEP_MINE

        def choose_keep(self: ConflictDialog) -> int:
            self.choice = ConflictChoice.KEEP_MINE
            return 1

        monkeypatch.setattr(ConflictDialog, "exec", choose_keep)
        page = app.outbox_page
        page.refresh()
        page.table.selectRow(next(i for i, e in enumerate(page.model.entries) if e.id == entry.id))
        with qtbot.waitSignal(app.sync.finished, timeout=10000):
            page.resolve_button.click()
        assert client.get_post(post.id).title == "Bài của tôi"


def test_sites_tab_tests_the_connection_and_says_what_is_wrong(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    tab = SitesTab(app.accounts)
    qtbot.addWidget(tab)
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.result.text().startswith(("✓", "✗")), timeout=10000)
    assert tab.result.text().startswith("✓ Connected as")
    tab.password_edit.setText("sai mat khau 1234")
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.result.text().startswith("✗"), timeout=10000)
    assert "application password is wrong" in tab.result.text()
    tab.url_edit.setText("http://127.0.0.1:9")
    tab.test_button.click()
    qtbot.waitUntil(lambda: "refused the connection" in tab.result.text(), timeout=10000)
    tab.url_edit.setText("http://baotinh.example")
    tab.test_button.click()
    assert "https://" in tab.result.text()


def test_adding_a_site_keeps_the_password_out_of_the_profile(
    app: NewsdeskApplication, qtbot: QtBot, data_dir: Path
) -> None:
    tab = SitesTab(app.accounts)
    qtbot.addWidget(tab)
    tab.new_site()
    tab.name_edit.setText("Báo thứ hai")
    tab.url_edit.setText("https://baothuhai.example/wp-json/")
    tab.user_edit.setText("pv")
    tab.password_edit.setText("Zz11 Zz22 Zz33 Zz44")
    assert tab.save()
    account = app.accounts.by_name("Báo thứ hai")
    assert account is not None and account.base_url == "https://baothuhai.example"
    assert app.accounts.vault.get(account) == "Zz11 Zz22 Zz33 Zz44"
    app.settings.sync()
    app.store.close()
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"Zz11 Zz22" not in path.read_bytes(), path


def test_publish_requests_reach_the_outbox_in_one_transaction(app: NewsdeskApplication) -> None:
    interview_id = app.interviews_page.repository.create(sample_document()).id
    site_id = app.accounts.active().id  # type: ignore[union-attr]
    request_publish(app.store, interview_id, site_id, PublishMode.PENDING)
    (entry,) = app.outbox.entries()
    assert entry.payload["status"] == "pending"
    assert entry.payload["document"]["title"] == sample_document().title


def test_the_open_editor_shows_the_post_on_the_site_after_sync(
    app: NewsdeskApplication, qtbot: QtBot
) -> None:
    document = sample_document("Đang mở trong trình soạn")
    del document.blocks[1]
    interview_id = app.interviews_page.create_from_document(document)
    editor = app.interviews_page.editor
    assert editor is not None and editor.publish_button.isVisible()
    assert editor.site_label.text() == ""
    app.publish(interview_id, PublishMode.PUBLISH, None)
    assert editor.site_label.text() == "Changes waiting to send: 1"  # before any sync
    _wait_sync(app, qtbot)
    assert editor.site_label.text().startswith("On the site: published — http://127.0.0.1:")
    assert editor.status_label.text() == "Published"
    assert editor.unpublish_button.isVisible()


def test_the_editors_header_says_when_changes_wait_offline_or_for_the_password(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers: list[str] = []

    def cancel_the_prompt(*_args: object, **_kwargs: object) -> None:
        headers.append(editor.site_label.text() if editor is not None else "")

    monkeypatch.setattr(shell.application, "open_text_prompt", cancel_the_prompt)
    interview_id = app.interviews_page.create_from_document(sample_document("Tiêu đề chờ mạng"))
    editor = app.interviews_page.editor
    assert editor is not None
    site.faults.set(drop_next=50)  # the connection breaks: the site cannot be reached
    try:
        app.publish(interview_id, PublishMode.PENDING, None)
        _wait_sync(app, qtbot)
    finally:
        site.faults.clear()
    assert editor.site_label.text() == (
        "Changes waiting to send: 1 · offline: they go out when the site can be reached"
    )
    _queue_with_a_wrong_password(app, 0)
    _wait_sync(app, qtbot)
    expected = "Changes waiting to send: 1 · needs the site password (Preferences ▸ Sites)"
    assert headers == [expected]  # what the editor saw while asked for the password
    assert editor.site_label.text() == expected


def test_the_interview_list_shows_where_each_interview_stands_on_the_site(
    app: NewsdeskApplication, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    page = app.interviews_page
    sent = page.repository.create(sample_document("Gửi lên trang")).id
    kept = page.repository.create(sample_document("Giữ ở máy")).id
    page.refresh()
    model = page.model

    def site_cell(interview_id: int) -> str:
        row = model.row_of(interview_id)
        assert row is not None
        return str(model.data(model.index(row, SITE_COLUMN)))

    assert model.headerData(SITE_COLUMN, Qt.Orientation.Horizontal) == "On the site"
    app.publish(sent, PublishMode.PUBLISH, None)
    assert site_cell(sent) == "Waiting to send"
    assert site_cell(kept) == ""
    _wait_sync(app, qtbot)
    assert site_cell(sent) == "Published"
    assert site_cell(kept) == ""
    qtmodeltester.check(model, force_py=True)
    # The column cannot be sorted: clicking it keeps the list in its order.
    order = [model.interview_id(row) for row in range(model.rowCount())]
    page.table.horizontalHeader().sectionClicked.emit(SITE_COLUMN)
    page.table.sortByColumn(SITE_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [model.interview_id(row) for row in range(model.rowCount())] == order
    assert page.table.horizontalHeader().sortIndicatorSection() == 2


def test_the_publishing_page_can_show_what_was_recently_sent(
    app: NewsdeskApplication, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    interview_id = app.interviews_page.repository.create(sample_document("Đã gửi xong")).id
    app.publish(interview_id, PublishMode.PUBLISH, None)
    _wait_sync(app, qtbot)
    page = app.outbox_page
    page.refresh()
    assert page.model.rowCount() == 0
    page.show_sent_box.setChecked(True)
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model, force_py=True)
    assert page.model.data(page.model.index(0, 0)) == "Publish “Đã gửi xong”"
    assert page.model.data(page.model.index(0, 1)) == "Sent"
    assert page.model.data(page.model.index(0, 4)) == ""
    app.languages.switch("vi")  # every cell follows at once, the description included
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Đăng “Đã gửi xong”")
    assert page.model.data(page.model.index(0, 1)) == "Đã gửi"
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", page.model.data(page.model.index(0, 3)))
    app.languages.switch("en")
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == "Sent")
    page.table.selectRow(0)
    # What the site has cannot be retried or discarded from here.
    assert not page.retry_button.isEnabled() and not page.discard_button.isEnabled()
    page.discard_selected()
    assert app.outbox.counts()[OutboxState.DONE] == 1
    page.show_sent_box.setChecked(False)
    assert page.model.rowCount() == 0


def test_the_sync_interval_is_a_preference_that_lasts(
    app: NewsdeskApplication, qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    dialog = PreferencesDialog("en", app.window, sync_minutes=app.settings.sync_minutes)
    qtbot.addWidget(dialog)
    choices = [dialog.sync_combo.itemText(i) for i in range(dialog.sync_combo.count())]
    assert choices[:3] == ["Every 1 minute", "Every 2 minutes", "Every 5 minutes"]
    assert choices[-1] == "Only when I ask (and after each change)"
    assert dialog.sync_combo.currentText() == "Every 1 minute"
    dialog.sync_combo.setCurrentIndex(dialog.sync_combo.findData(15))
    app.apply_sync_minutes(dialog.chosen_sync_minutes())
    _wait_sync(app, qtbot)
    next_sync = app.sync.next_sync_in_ms()
    assert next_sync is not None and 14 * 60_000 < next_sync < 16 * 60_000  # coarse timer

    app.apply_sync_minutes(0)
    _wait_sync(app, qtbot)
    assert app.sync.next_sync_in_ms() is None
    # A change is still sent at once.
    interview_id = app.interviews_page.repository.create(sample_document("Gửi ngay")).id
    with qtbot.waitSignal(app.sync.finished, timeout=10000):
        app.publish(interview_id, PublishMode.DRAFT, None)
    assert app.outbox.counts()[OutboxState.DONE] == 1
    assert AppSettings(data_dir).sync_minutes == 0
    assert app.sync.next_sync_in_ms() is None
    # Back to every five minutes: the next sync is planned at once, not at the next change.
    app.apply_sync_minutes(5)
    next_sync = app.sync.next_sync_in_ms()
    assert next_sync is not None and 4 * 60_000 < next_sync < 6 * 60_000


def test_the_publish_dialog_offers_the_sites_categories_and_files_the_post(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    interview_id = app.interviews_page.repository.create(sample_document("Có chuyên mục")).id
    empty = PublishDialog("Báo thử", app.window)
    qtbot.addWidget(empty)
    assert empty.category_combo.count() == 1 and not empty.category_hint.isHidden()
    _wait_sync(app, qtbot)  # pulls the site's categories
    categories, preferred = app.category_choices(interview_id)
    dialog = PublishDialog("Báo thử", app.window, categories=categories, preferred=preferred)
    qtbot.addWidget(dialog)
    items = [dialog.category_combo.itemText(i) for i in range(dialog.category_combo.count())]
    assert items[0] == "As the site decides (its default)"
    assert items.index("    Phỏng vấn") == items.index("Thời sự") + 1  # under its parent
    assert dialog.categories() is None
    dialog.category_combo.setCurrentIndex(items.index("    Phỏng vấn"))
    app.publish(interview_id, dialog.mode(), dialog.scheduled_at(), dialog.categories())
    _wait_sync(app, qtbot)
    with WordPressClient(site.base_url, "bientap", PASSWORD) as client:
        (post,) = client.find_posts_by_slug("co-chuyen-muc")
        phong_van = next(c.id for c in client.categories() if c.name == "Phỏng vấn")
    assert post.categories == (phong_van,)
    again = PublishDialog("Báo thử", app.window, *app.category_choices(interview_id))
    qtbot.addWidget(again)
    assert again.category_combo.currentText() == "    Phỏng vấn"


def test_an_address_with_a_password_in_it_is_refused_in_place_and_not_stored(
    app: NewsdeskApplication, qtbot: QtBot, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    tab = SitesTab(app.accounts)
    qtbot.addWidget(tab)
    before = app.accounts.all()
    tab.new_site()
    tab.name_edit.setText("Báo có mật khẩu")
    tab.url_edit.setText("https://ed:Pa55word@baothuhai.example")
    tab.user_edit.setText("ed")

    assert not tab.save()

    assert tab.result.text().startswith("✗ Not saved: Leave the user name and password out")
    assert "Pa55word" not in tab.result.text() and "Pa55word" not in caplog.text
    assert app.accounts.all() == before
    assert tab.findChildren(QMessageBox) == []
    tab.url_edit.setText("https://baothuhai.example")
    assert tab.save()
    assert tab.result.text() == ""


def test_a_site_stored_with_credentials_in_its_address_is_explained_and_fixed_by_saving(
    app: NewsdeskApplication,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    account = app.accounts.active()
    assert account is not None
    with app.store.transaction() as session:  # as stored before addresses were checked
        leaky = account.base_url.replace("://", "://bientap:lo5t-secret@")
        session.execute(update(Site).where(Site.id == account.id).values(base_url=leaky))
    interview_id = app.interviews_page.repository.create(sample_document("Địa chỉ cũ")).id
    app.publish(interview_id, PublishMode.DRAFT, None)
    prompts: list[object] = []
    monkeypatch.setattr(
        shell.application, "open_text_prompt", lambda *args, **_kw: prompts.append(args)
    )

    app.sync.sync_now()

    snapshot = app.connection.snapshot
    assert snapshot.state is ConnectionState.OFFLINE
    assert snapshot.reason.startswith("The address stored for Báo thử must be fixed")
    assert prompts == []  # no password asked for: the password is not what is wrong
    tab = SitesTab(app.accounts)
    qtbot.addWidget(tab)
    assert tab.url_edit.text() == account.base_url  # shown without the user name and password
    assert tab.result.text().startswith("✗ This address must be fixed before the site can be used")
    shown = [tab.list.item(row).text() for row in range(tab.list.count())]
    seen = " ".join([*shown, tab.result.text(), snapshot.reason, caplog.text])
    assert "lo5t-secret" not in seen

    assert tab.save()
    assert tab.result.text() == ""
    _wait_sync(app, qtbot)
    assert app.outbox.counts()[OutboxState.DONE] == 1


WRONG = "Sai1 Sai2 Sai3 Sai4 Sai5 Sai6"


def _queue_with_a_wrong_password(app: NewsdeskApplication, count: int) -> list[int]:
    account = app.accounts.active()
    assert account is not None
    app.accounts.vault.set(account, WRONG)  # revoked on the site, or mistyped
    repository = app.interviews_page.repository
    ids = [repository.create(sample_document(f"Chờ mật khẩu {n}")).id for n in range(count)]
    for interview_id in ids:
        app.publish(interview_id, PublishMode.DRAFT, None)
    return ids


def test_a_refused_password_is_asked_for_once_and_the_changes_then_go_out(
    app: NewsdeskApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _queue_with_a_wrong_password(app, 2)
    seen: list[tuple[str, str, str]] = []

    def type_the_right_password(*args: Any, **_kwargs: object) -> None:
        page = app.outbox_page
        seen.append(
            (
                str(args[2]),
                app.window.connection_indicator.label.text(),
                page.model.data(page.model.index(0, 4)),
            )
        )
        args[-1](PASSWORD)  # typed and accepted

    monkeypatch.setattr(shell.application, "open_text_prompt", type_the_right_password)
    app.sync.sync_now()
    qtbot.waitUntil(lambda: app.outbox.counts()[OutboxState.DONE] == 2, timeout=15000)

    assert len(seen) == 1
    prompt, status, reason = seen[0]
    assert "refused the application password of bientap" in prompt
    assert "refused the password for Báo thử" in status
    assert reason.startswith("Needs the site password")
    assert app.outbox.counts()[OutboxState.FAILED] == 0
    qtbot.waitUntil(lambda: app.connection.snapshot.state is ConnectionState.CONNECTED)


def test_after_cancelling_the_prompt_fixing_the_password_in_preferences_sends_the_changes(
    app: NewsdeskApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _queue_with_a_wrong_password(app, 2)
    prompts: list[object] = []

    def cancel(*args: object, **_kwargs: object) -> None:
        prompts.append(args)

    monkeypatch.setattr(shell.application, "open_text_prompt", cancel)
    _wait_sync(app, qtbot)
    _wait_sync(app, qtbot)  # the next pass does not ask again
    assert len(prompts) == 1
    assert app.outbox.counts()[OutboxState.PENDING] == 2
    assert app.window.navigation.item(2).text() == "Publishing"  # nothing needs a person

    dialog = app.open_preferences()
    assert dialog.isVisible()
    tab = dialog.sites_tab
    assert isinstance(tab, SitesTab)
    assert "refused this application password; 2 change(s) wait" in tab.result.text()
    tab.password_edit.setText(PASSWORD)
    assert tab.save()
    dialog.accept()
    qtbot.waitUntil(lambda: app.outbox.counts()[OutboxState.DONE] == 2, timeout=15000)
    assert len(prompts) == 1


def test_a_password_refused_while_only_pulling_is_said_and_asked_for_too(
    app: NewsdeskApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _queue_with_a_wrong_password(app, 0)
    prompts: list[object] = []

    def cancel(*args: object, **_kwargs: object) -> None:
        prompts.append(args)

    monkeypatch.setattr(shell.application, "open_text_prompt", cancel)
    _wait_sync(app, qtbot)

    report = app.sync.last_report
    assert report is not None and report.password_refused and not report.pull_errors
    assert "refused the password" in app.window.connection_indicator.label.text()
    assert len(prompts) == 1


@dataclass(frozen=True)
class _NothingPulled:
    cancelled: bool = False
    changes: Changes = field(default_factory=Changes)


def _password_prompt(app: NewsdeskApplication) -> QInputDialog | None:
    shown = [d for d in app.window.findChildren(QInputDialog) if d.isVisible()]
    return shown[0] if shown else None


def test_the_password_prompt_stays_open_without_holding_up_what_waited_for_the_sync(
    app: NewsdeskApplication, qtbot: QtBot
) -> None:
    account = app.accounts.active()
    assert account is not None
    _queue_with_a_wrong_password(app, 1)
    app.sync.sync_now()
    started: list[bool] = []
    ticket = app.sync.request_pull(
        ("comments", account.id), lambda _context: _NothingPulled(), Changes(), None
    )
    ticket.started.connect(lambda: started.append(True))

    qtbot.waitUntil(lambda: _password_prompt(app) is not None, timeout=15000)
    # The prompt is open, not run: the pull that waited for the sync goes ahead meanwhile.
    qtbot.waitUntil(lambda: started == [True], timeout=15000)
    prompt = _password_prompt(app)
    assert prompt is not None and prompt.isVisible()
    assert "refused the application password of bientap" in prompt.labelText()

    prompt.setTextValue(PASSWORD)
    prompt.accept()
    qtbot.waitUntil(lambda: app.outbox.counts()[OutboxState.DONE] == 1, timeout=15000)
