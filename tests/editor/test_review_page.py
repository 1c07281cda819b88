"""The review queue page ("Chờ duyệt") driven with qtbot against the demo site.

Empty states that say why (no site, never pulled, an account that may not
publish, nothing waiting), the keys (A approve, S schedule, D send back with a
note, Enter open, Ctrl+Z undo), oldest first, and hostile titles and text shown
as plain text in the list and the read pane.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from editor.review_queue import APPROVE, SCHEDULE, SEND_BACK, ReviewQueue
from editor.site_posts import pull_site_posts
from editor.site_rights import SiteRights, keep_rights
from editor.ui.review_dialogs import ScheduleDialog, SendBackDialog
from editor.ui.review_model import ReviewModel
from editor.ui.review_page import ReviewPage
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.devsite import DemoSite
from portal.devsite.wptext import now_gmt, to_db
from portal.markup import text_to_html
from portal.outbox import Outbox
from portal.wordpress import WordPressClient
from storage.changes import Changes
from storage.database import Store, open_store
from storage.models import ReviewDecision
from uikit.changes import ChangeNotifier

EDITOR_PASSWORD = "Rev01 Rev02 Rev03 Rev04 Rev05 Rev06"
#: A title that reads like markup (the site keeps it escaped: it is text, and shows as such).
HOSTILE = '<img src="http://evil.invalid/x.png" onerror="alert(1)"><b>Đậm</b> & “Đ”'
SUBMITTED = (
    ("Phỏng vấn Chủ tịch xã Tân Phú về đường liên thôn", 5),
    (HOSTILE, 3),
    ("Tọa đàm chuyển đổi số ở Hợp tác xã Hòa Bình", 1),
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    demo = DemoSite(tmp_path_factory.mktemp("site") / "site.sqlite3", seed=False)
    demo.add_user("toasoan", app_password=EDITOR_PASSWORD, name="Tòa soạn")
    writer = demo.add_user("congtacvien", role="contributor", name="Cộng tác viên Lê Na")
    for title, days in SUBMITTED:
        moment = to_db(now_gmt() - timedelta(days=days))
        demo.store.insert_post(
            {
                "type": "post",
                "author": writer.user_id,
                "date_gmt": moment,
                "modified_gmt": moment,
                "slug": "",
                "status": "pending",
                "title": text_to_html(title),
                "content": '<p>Đoạn đầu.</p><script>alert("x")</script>'
                '<img src="http://evil.invalid/y.png" alt="ảnh">',
            }
        )
    demo.start()
    yield demo
    demo.stop()


class Host(QMainWindow):
    """A window with Edit ▸ Undo on the page's stack, as the main window has."""

    def __init__(self, page: ReviewPage) -> None:
        super().__init__()
        self.setCentralWidget(page)
        self.undo_action: QAction = page.undo_stack().createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.addAction(self.undo_action)
        self.resize(1200, 700)


@dataclass
class Desk:
    store: Store
    accounts: Accounts
    account: SiteAccount


@pytest.fixture
def desk(tmp_path: Path, site: DemoSite) -> Iterator[Desk]:
    store = open_store(tmp_path / "newsdesk.sqlite3")
    accounts = Accounts(store, PasswordVault())
    account = accounts.add("Báo Bình Lâm", site.base_url, "toasoan", EDITOR_PASSWORD)
    yield Desk(store, accounts, account)
    store.close()


def _pull(desk: Desk, site: DemoSite) -> None:
    with WordPressClient(site.base_url, "toasoan", EDITOR_PASSWORD) as client:
        pull_site_posts(desk.store, client, desk.account)


def _shown(qtbot: QtBot, page: ReviewPage) -> Host:
    host = Host(page)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    return host


def _titles(page: ReviewPage) -> list[str]:
    model = page.model
    return [str(model.index(r, ReviewModel.TITLE).data()) for r in range(model.rowCount())]


def _decisions(desk: Desk) -> list[tuple[str, str, str]]:
    with desk.store.session() as session:
        rows = session.query(ReviewDecision).order_by(ReviewDecision.id).all()
        return [(r.decision, r.title, r.state) for r in rows]


def test_without_a_site_the_page_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    store = open_store(tmp_path / "empty.sqlite3")
    try:
        page = ReviewPage(store, Accounts(store, PasswordVault()))
        qtbot.addWidget(page)
        assert page.views.currentWidget() is page.empty_label
        assert "Preferences" in page.empty_label.text()
        assert not page.buttons_by_decision[APPROVE].isEnabled()
    finally:
        store.close()


def test_the_empty_states_say_why(qtbot: QtBot, desk: Desk, site: DemoSite) -> None:
    page = ReviewPage(desk.store, desk.accounts)
    qtbot.addWidget(page)
    assert "not been pulled" in page.empty_label.text()
    # An account that may not publish cannot review, and is told so.
    keep_rights(desk.store, desk.account.id, SiteRights(("contributor",), frozenset()))
    page.refresh()
    assert page.views.currentWidget() is page.empty_label
    assert "may not publish" in page.empty_label.text() and "toasoan" in page.empty_label.text()
    keep_rights(
        desk.store, desk.account.id, SiteRights(("editor",), frozenset({"publish_posts"}))
    )
    _pull(desk, site)
    page.refresh()
    assert page.views.currentWidget() is page.splitter
    # Nothing decided yet: the other list says so.
    page.mode.setCurrentIndex(1)
    page.reload()
    assert page.views.currentWidget() is page.empty_label
    assert "No decision" in page.empty_label.text()


def test_the_keys_decide_oldest_first_and_undo_takes_a_decision_back(
    qtbot: QtBot, desk: Desk, site: DemoSite, qtmodeltester: ModelTester
) -> None:
    _pull(desk, site)
    notifier = ChangeNotifier()
    reported: list[tuple[Changes, object]] = []
    notifier.changed.connect(lambda changes, initiator: reported.append((changes, initiator)))
    page = ReviewPage(desk.store, desk.accounts, lambda: "Thu Hà", changes=notifier)
    host = _shown(qtbot, page)
    qtmodeltester.check(page.model, force_py=True)
    assert _titles(page) == [title for title, _days in SUBMITTED]  # oldest first
    assert page.read_title.text() == SUBMITTED[0][0]

    qtbot.keyClick(page.table, Qt.Key.Key_A)

    assert _titles(page) == [SUBMITTED[1][0], SUBMITTED[2][0]]  # it left the queue at once
    assert _decisions(desk) == [(APPROVE, SUBMITTED[0][0], "queued")]
    assert "waiting to be sent" in page.message_label.text()
    assert len(Outbox(desk.store).entries()) == 1
    assert reported == [(Changes(outbox=True), page)]  # the app sends it soon

    host.undo_action.trigger()  # Ctrl+Z / Edit ▸ Undo

    assert _titles(page)[0] == SUBMITTED[0][0]
    assert Outbox(desk.store).entries() == []
    assert _decisions(desk) == [(APPROVE, SUBMITTED[0][0], "undone")]

    # D: the note dialog; the note is kept with the decision.
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    dialog = page.dialog
    assert isinstance(dialog, SendBackDialog)
    qtbot.keyClicks(dialog.note, "Xin ")  # typed; the Vietnamese as an input method commits it
    dialog.note.insertPlainText("bổ sung ý kiến người dân.")
    dialog.accept()
    assert _decisions(desk)[-1][0] == SEND_BACK
    with desk.store.session() as session:
        last = session.query(ReviewDecision).order_by(ReviewDecision.id.desc()).first()
        assert last is not None and last.note == "Xin bổ sung ý kiến người dân."

    # S: the time picker, labelled with this computer's offset from UTC.
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    schedule = page.dialog
    assert isinstance(schedule, ScheduleDialog) and "UTC" in schedule.zone_label.text()
    schedule.accept()
    with desk.store.session() as session:
        last = session.query(ReviewDecision).order_by(ReviewDecision.id.desc()).first()
        assert last is not None and last.decision == SCHEDULE
        when = datetime.fromisoformat(last.scheduled_gmt).replace(tzinfo=UTC)
        assert when > datetime.now(UTC)

    # A cancelled dialog decides nothing.
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_D)
    assert page.dialog is not None
    page.dialog.reject()
    assert len(_decisions(desk)) == 3

    # The decided ones wait to be sent, listed as such.
    page.mode.setCurrentIndex(1)
    page.reload()
    decided = [
        str(page.model.index(r, ReviewModel.DECISION).data()) for r in range(page.model.rowCount())
    ]
    assert len(decided) == 2 and all("waiting to be sent" in text for text in decided)
    assert not page.table.isColumnHidden(ReviewModel.DECISION)
    assert page.table.columnWidth(ReviewModel.DECISION) > 0
    assert not page.buttons_by_decision[APPROVE].isEnabled()  # nothing to decide here


def test_enter_asks_to_open_the_post(qtbot: QtBot, desk: Desk, site: DemoSite) -> None:
    _pull(desk, site)
    page = ReviewPage(desk.store, desk.accounts)
    host = _shown(qtbot, page)
    queue = ReviewQueue(desk.store, desk.account.id).rows(0, 10)
    assert host.isVisible()
    with qtbot.waitSignal(page.open_requested) as opened:
        page.open_button.click()
    assert opened.args == [queue[0].remote_id]


def test_enter_without_an_opener_reads_the_post(qtbot: QtBot, desk: Desk, site: DemoSite) -> None:
    _pull(desk, site)
    page = ReviewPage(desk.store, desk.accounts)
    host = _shown(qtbot, page)
    assert host.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(page.read_text.hasFocus)


def test_hostile_titles_and_text_are_shown_as_text(
    qtbot: QtBot, desk: Desk, site: DemoSite
) -> None:
    _pull(desk, site)
    page = ReviewPage(desk.store, desk.accounts)
    host = _shown(qtbot, page)
    assert HOSTILE in _titles(page)
    page.table.selectRow(_titles(page).index(HOSTILE))
    assert page.read_title.text() == HOSTILE
    assert page.read_title.textFormat() == Qt.TextFormat.PlainText
    text = page.read_text.toPlainText()
    assert "Đoạn đầu." in text and "<" not in text and "evil.invalid" not in text
    assert host.isVisible()


def test_a_decision_already_sent_cannot_be_taken_back(
    qtbot: QtBot, desk: Desk, site: DemoSite
) -> None:
    from portal.outbox_worker import drain
    from shell.wiring import outbox_kinds

    _pull(desk, site)
    page = ReviewPage(desk.store, desk.accounts)
    host = _shown(qtbot, page)
    first = page.model.row_at(0)
    assert first is not None
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    with WordPressClient(site.base_url, "toasoan", EDITOR_PASSWORD) as client:
        assert drain(desk.store, client, desk.account.id, outbox_kinds().handlers()).sent == 1

    host.undo_action.trigger()

    assert "already sent" in page.message_label.text()
    assert first.remote_id not in [
        page.model.row_at(r).remote_id  # type: ignore[union-attr]
        for r in range(page.model.rowCount())
    ]
    assert not page.undo.canUndo()  # the step is gone, not left to fail again
    published = site.store.get_post(first.remote_id)
    assert published is not None and published.status == "publish"


def test_how_long_a_post_waited_reads_in_minutes_hours_or_days() -> None:
    from editor.ui.review_model import age_text

    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    assert age_text(now - timedelta(minutes=5), now).startswith("5 minute")
    assert age_text(now - timedelta(hours=30), now).startswith("30 hour")
    assert age_text(now - timedelta(days=4), now).startswith("4 day")
    assert age_text(None, now) == ""
