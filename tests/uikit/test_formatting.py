"""Dates read the same way on every page, as the interface language writes them."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from pytestqt.qtbot import QtBot

from editor.ui.publish_dialog import PublishDialog
from uikit.formatting import local_time_text


@pytest.fixture
def restore_locale() -> Iterator[None]:
    previous = QLocale()
    yield
    QLocale.setDefault(previous)


def _local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    """A moment given in the machine's time zone (as the user reads it)."""
    return datetime(year, month, day, hour, minute).astimezone()


def test_vietnamese_dates_put_the_day_first(restore_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    assert local_time_text(_local(2026, 12, 3, 14, 5)) == "03/12/2026 14:05"
    assert local_time_text(_local(2027, 1, 9, 7, 0)) == "09/01/2027 07:00"


def test_english_dates_name_the_month_never_the_us_short_form(restore_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert local_time_text(_local(2026, 12, 3, 14, 5)) == "3 Dec 2026 14:05"


def test_a_utc_moment_is_shown_in_local_time(restore_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    moment = _local(2026, 12, 3, 23, 30)
    assert local_time_text(moment.astimezone(UTC)) == local_time_text(moment)


def test_the_scheduling_editor_uses_the_same_format(restore_locale: None, qtbot: QtBot) -> None:
    """The publish dialog's date-time editor: day first in Vietnamese, month named in English."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    dialog = PublishDialog("Báo Tỉnh")
    qtbot.addWidget(dialog)
    day = QDate.currentDate().addDays(2)  # the editor refuses moments already past
    dialog.when.setDateTime(QDateTime(day, QTime(14, 5)))
    english = f"{day.day()} {calendar.month_abbr[day.month()]} {day.year()} 14:05"
    assert dialog.when.text() == english
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))
    dialog.retranslate_ui()  # what the language switch does
    assert dialog.when.text() == f"{day.day():02d}/{day.month():02d}/{day.year()} 14:05"
