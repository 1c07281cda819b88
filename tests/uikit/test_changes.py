"""What operations changed, and pages that follow it through one signal."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from storage.changes import NOTHING, Changes, outbox_changes
from uikit.changes import ChangeNotifier, RefreshWhenShown


def test_changes_add_up_and_say_whether_anything_changed() -> None:
    assert not NOTHING and not Changes()
    both = Changes(comments=True) | Changes(outbox=True)
    assert both == Changes(comments=True, outbox=True)
    assert both.names() == ["comments", "outbox"]
    # sending an interview's item changes where it stands on the site; a comment's, the comment
    assert outbox_changes({"interview"}) == Changes(interviews=True, site_states=True, outbox=True)
    assert outbox_changes({"comment"}) == Changes(comments=True, outbox=True)
    assert not outbox_changes(set())


def test_a_page_refreshes_at_once_when_shown_later_when_hidden_never_for_its_own(
    qtbot: QtBot,
) -> None:
    notifier = ChangeNotifier()
    page = QWidget()
    qtbot.addWidget(page)
    refreshed: list[bool] = []
    follows = RefreshWhenShown(page, notifier, lambda c: c.outbox, lambda: refreshed.append(True))
    page.show()
    qtbot.waitExposed(page)

    notifier.report(Changes(outbox=True), initiator=None)
    assert refreshed == [True]
    notifier.report(Changes(comments=True))  # not what the page shows
    notifier.report(Changes(outbox=True), initiator=page)  # the page refreshed itself already
    notifier.report(NOTHING)
    assert refreshed == [True]

    page.hide()
    notifier.report(Changes(outbox=True))
    notifier.report(Changes(outbox=True))
    assert refreshed == [True]  # nothing read for a hidden page
    page.show()
    follows.shown()  # what the page's showEvent calls
    assert refreshed == [True, True]  # once, for both
    follows.shown()
    assert refreshed == [True, True]


def test_a_deleted_page_hears_nothing_more(qtbot: QtBot) -> None:
    notifier = ChangeNotifier()
    page = QWidget()
    refreshed: list[bool] = []
    RefreshWhenShown(page, notifier, lambda c: True, lambda: refreshed.append(True))
    page.deleteLater()
    qtbot.waitUntil(lambda: notifier.receivers(SIGNAL("changed(PyObject,PyObject)")) == 0)
    notifier.report(Changes(outbox=True))
    assert refreshed == []
