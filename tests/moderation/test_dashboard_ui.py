"""The dashboard dialog and the moderation log's filters, driven with qtbot on a real store."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QDate, QThreadPool
from pytestqt.qtbot import QtBot

from moderation.dashboard import compute_dashboard
from moderation.journal import LogAction
from moderation.replies import reply_approving
from moderation.rules import RuleSet
from moderation.ui.dashboard_dialog import DashboardDialog
from moderation.ui.log_dialog import ACTION, MODERATOR, NOTE, ModerationLogDialog
from storage.database import Store
from tests.moderation.test_dashboard import NOW, build


def opened(qtbot: QtBot, store: Store, site_id: int) -> DashboardDialog:
    """The dialog once its figures are in, and its worker thread done with them."""
    dialog = DashboardDialog(store, site_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.dashboard is not None)
    QThreadPool.globalInstance().waitForDone(10_000)
    return dialog


def test_the_charts_show_the_dashboards_numbers_and_export_them(
    qtbot: QtBot, store: Store, site_id: int, tmp_path: Path
) -> None:
    build(store, site_id)
    dialog = opened(qtbot, store, site_id)
    board = dialog.dashboard
    assert board is not None
    # the dialog's own figures are today's; the log's timeline lies in the past
    expected = compute_dashboard(store, site_id, days=14, now=board.now)
    assert dialog.pending_chart.values == list(expected.pending_by_day)
    assert dialog.articles_chart.bars == []  # nothing written in these two weeks
    assert dialog.oldest_label.text().startswith("Oldest pending: ")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    target = tmp_path / "bảng số liệu"
    assert dialog.export_to(target.with_suffix(".csv"))
    text = target.with_suffix(".csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["section", "key", "day", "value"]
    assert dialog.status_label.text() == "Exported to bảng số liệu.csv."
    assert not dialog.export_to(tmp_path / "no-such-folder" / "x.csv")
    assert dialog.status_label.text().startswith("The file could not be written")


def test_the_decisions_chart_has_one_series_per_moderator(
    qtbot: QtBot, store: Store, site_id: int
) -> None:
    build(store, site_id)
    dialog = opened(qtbot, store, site_id)
    board = compute_dashboard(store, site_id, days=5, now=NOW)
    dialog.show_dashboard(board)  # the timeline's own days, as if opened then
    series = dict(dialog.decisions_chart.series)
    assert series == {
        name: [by_day.get(day, 0) for day in board.days] for name, by_day in board.decisions.items()
    }
    assert sum(map(sum, series.values())) == 5
    assert dict(dialog.reasons_chart.bars) == {"Link": 1, "Banned word": 1}
    assert [n for _title, n in dialog.articles_chart.bars] == [3, 1, 1]


def test_the_log_filters_by_moderator_action_and_date_and_shows_replies(
    qtbot: QtBot, store: Store, site_id: int
) -> None:
    ids = build(store, site_id)
    reply_approving(
        store, site_id, ids[4], "Cảm ơn bạn, <b>tòa soạn</b> sẽ trả lời sớm.", "Lan", RuleSet()
    )
    dialog = ModerationLogDialog(store, site_id)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.total == 8  # six on the timeline, the reply's approval, the reply
    dialog.moderator_box.setCurrentIndex(dialog.moderator_box.findData("Minh"))
    assert model.total == 3
    assert {model.data(model.index(r, MODERATOR)) for r in range(model.rowCount())} == {"Minh"}
    dialog.moderator_box.setCurrentIndex(0)
    dialog.action_box.setCurrentIndex(dialog.action_box.findData(LogAction.REPLY.value))
    assert model.total == 1
    assert model.data(model.index(0, ACTION)) == "Replied"
    assert model.data(model.index(0, NOTE)) == "Cảm ơn bạn, <b>tòa soạn</b> sẽ trả lời sớm."
    dialog.action_box.setCurrentIndex(0)
    dialog.dates_box.setChecked(True)
    dialog.since_edit.setDate(QDate(2025, 6, 8))
    dialog.until_edit.setDate(QDate(2025, 6, 8))
    # local days: the 8th holds the entries at 08:00 and 13:00 UTC wherever UTC−8…UTC+10 is
    assert model.total == 2
    assert dialog.count_label.text() == "2 decision(s) recorded"
