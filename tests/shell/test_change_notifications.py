"""Pages follow what operations changed, through one signal; one scheduler runs the pulls.

The real application on a real SQLite profile, talking to the demo site over
loopback: nobody calls a page's refresh here, the pages hear what changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

import moderation.pull
from editor.publishing import PublishMode
from moderation.statuses import Action, Queue
from portal.devsite.server import DemoSite
from portal.outbox import OutboxState
from shell.application import NewsdeskApplication
from shell.sync_controller import SOON_MS
from storage.models import CachedComment
from tests.editor.conftest import sample_document

PASSWORD = "Desk 1111 2222 3333 4444 5555"
SITE_NAME = "Báo thử"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[DemoSite]:
    """A seeded demo site (a few hundred comments) with the desk's moderator."""
    demo = DemoSite(tmp_path / "site" / "site.sqlite3", seed=True)
    demo.add_user("kiemduyet", app_password=PASSWORD, name="Người kiểm duyệt")
    demo.start()
    yield demo
    demo.stop()


@pytest.fixture
def site_account(site: DemoSite) -> tuple[str, str, str, str]:
    """The desk's account on the demo site (the shared ``app`` fixture sets it up)."""
    return (SITE_NAME, site.base_url, "kiemduyet", PASSWORD)


def sync(app: NewsdeskApplication, qtbot: QtBot) -> None:
    """One background sync, waited for."""
    with qtbot.waitSignal(app.sync.finished, timeout=30_000):
        app.sync.sync_now()


def navigation_text(app: NewsdeskApplication, view_name: str) -> str:
    """What the navigation shows for a page (its name and badge)."""
    for row, page in enumerate(app.window.pages):
        if page.view_name == view_name:
            return app.window.navigation.item(row).text()
    raise AssertionError(view_name)


def counting(signal: Any) -> list[object]:
    """Every emission of *signal* from now on."""
    seen: list[object] = []
    signal.connect(lambda *args: seen.append(args))
    return seen


class PullWatch:
    """Counts the comment pulls running at once (the sync's and the page's)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self.running = 0
        self.most_at_once = 0
        self.started = 0

    def wrap(self, pull: Callable[..., Any]) -> Callable[..., Any]:
        def watched(*args: Any, **kwargs: Any) -> Any:
            with self._guard:
                self.running += 1
                self.started += 1
                self.most_at_once = max(self.most_at_once, self.running)
            try:
                return pull(*args, **kwargs)
            finally:
                with self._guard:
                    self.running -= 1

        return watched


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> PullWatch:
    """Every pull of comments (page or sync) goes through the watch."""
    pulls = PullWatch()
    monkeypatch.setattr(moderation.pull, "_pull", pulls.wrap(moderation.pull._pull))
    return pulls


def test_a_decision_updates_the_badge_and_sends_itself_with_no_page_calling_another(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite
) -> None:
    sync(app, qtbot)  # the sync pulls the comments: the badge counts them without the page
    pending = site.store.count_comments()["hold"]
    qtbot.waitUntil(lambda: navigation_text(app, "comments") == f"Comments ({pending})")
    publishing = app.outbox_page
    reads = counting(publishing.model.modelReset)
    app.window.show_view("comments")
    page = app.comments_page
    page.show_queue(Queue.PENDING)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.browser.select_row(0)

    page.decide_selected(Action.APPROVE)

    qtbot.waitUntil(lambda: navigation_text(app, "comments") == f"Comments ({pending - 1})")
    assert not reads  # the Publishing page is hidden: it reads the outbox when shown
    next_sync = app.sync.next_sync_in_ms()
    assert next_sync is not None and next_sync <= SOON_MS  # the decision goes out by itself
    with qtbot.waitSignal(app.sync.finished, timeout=30_000):
        pass
    assert site.store.count_comments()["hold"] == pending - 1
    app.window.show_view("publishing")
    assert reads  # read on show
    assert publishing.model.entries == []


def test_a_background_send_updates_the_publishing_page_with_no_timer(
    app: NewsdeskApplication, qtbot: QtBot
) -> None:
    app.window.show_view("publishing")
    page = app.outbox_page
    assert not [timer for timer in page.findChildren(QTimer) if timer.isActive()]
    interview_id = app.interviews_page.repository.create(sample_document("Gửi khi nền")).id

    app.publish(interview_id, PublishMode.DRAFT, None)  # what the Publish dialog does

    assert [entry.state for entry in page.model.entries] == [OutboxState.PENDING]
    assert page.summary.text().startswith("1 waiting")
    # nobody asks for a sync: the change asked for one, and its outcome reaches the page
    qtbot.waitUntil(lambda: page.model.entries == [], timeout=30_000)
    assert page.summary.text().startswith("0 waiting")
    assert not [timer for timer in page.findChildren(QTimer) if timer.isActive()]


def test_a_sync_that_changed_nothing_does_not_read_the_interview_list_again(
    app: NewsdeskApplication, qtbot: QtBot
) -> None:
    sync(app, qtbot)  # the first sync learns the rights, the categories, the comments
    reads = counting(app.interviews_page.model.modelReset)
    sync(app, qtbot)
    assert reads == []

    interview_id = app.interviews_page.repository.create(sample_document("Đăng rồi đọc lại")).id
    app.publish(interview_id, PublishMode.PUBLISH, None)
    sync(app, qtbot)  # sent: the interview's status and site state changed
    assert reads


def test_a_pull_asked_for_during_a_sync_waits_for_it_and_never_runs_alongside(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite, watch: PullWatch
) -> None:
    app.window.show_view("comments")
    page = app.comments_page
    site.faults.set(latency=0.2, path_prefix="/wp/v2/comments")
    finished = counting(app.sync.finished)
    app.sync.sync_now()
    qtbot.waitUntil(lambda: watch.running == 1, timeout=30_000)  # the sync pulls comments

    with qtbot.waitSignal(page.pull_finished, timeout=60_000) as pulled:
        assert page.start_pull()
        assert page.status_label.text() == f"Waiting for the sync with {SITE_NAME} to finish…"
        assert page.cancel_button.isVisible()
    site.faults.clear()

    assert finished  # the sync ended first
    assert watch.started == 2 and watch.most_at_once == 1
    total = sum(site.store.count_comments().values())
    with app.store.session() as session:
        assert session.query(CachedComment).count() == total
    assert not pulled.args[0].cancelled
    assert page.status_label.text().startswith("Pulled ")
    assert page.pull_button.isEnabled() and not page.cancel_button.isVisible()


def test_a_pull_waiting_for_the_sync_can_be_stopped(
    app: NewsdeskApplication, qtbot: QtBot, site: DemoSite, watch: PullWatch
) -> None:
    app.window.show_view("comments")
    page = app.comments_page
    site.faults.set(latency=0.2, path_prefix="/wp/v2/comments")
    app.sync.sync_now()
    qtbot.waitUntil(lambda: watch.running == 1, timeout=30_000)
    assert page.start_pull()

    page.cancel_button.click()

    assert page.status_label.text() == "Pull stopped; the comments pulled so far are kept."
    assert page.pull_button.isEnabled() and not page.cancel_button.isVisible()
    with qtbot.waitSignal(app.sync.finished, timeout=60_000):
        pass
    site.faults.clear()
    assert watch.started == 1  # only the sync's
