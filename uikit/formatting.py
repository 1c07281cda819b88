"""How the interface writes values that every page shows the same way."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractItemModel, QDateTime, QLocale, QModelIndex, QObject, Qt

# Day before month, always: Vietnamese writes 03/12/2026; in English the month is named
# (3 Dec 2026), never the US 12/3/26 that a Vietnamese reader takes for 12 March.
_VIETNAMESE_FORMAT = "dd/MM/yyyy HH:mm"
_OTHER_FORMAT = "d MMM yyyy HH:mm"


def date_time_format() -> str:
    """The date-and-time pattern of the UI language (for text and for date-time editors).

    The language is the default QLocale, which the language switch sets.
    """
    vietnamese = QLocale().language() == QLocale.Language.Vietnamese
    return _VIETNAMESE_FORMAT if vietnamese else _OTHER_FORMAT


def local_time_text(moment: datetime) -> str:
    """*moment* (timezone-aware, or UTC) in the user's time zone, as the UI language writes it."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, date_time_format())


class Formatting(QObject):
    """The words of durations (a QObject, so that their plural forms are translated)."""

    def waited(self, minutes: int) -> str:
        """*minutes* as minutes, hours or days, rounded down."""
        hours, days = minutes // 60, minutes // 1440
        if minutes < 60:
            return self.tr("%n minute(s)", "", minutes)
        if hours < 48:
            return self.tr("%n hour(s)", "", hours)
        return self.tr("%n day(s)", "", days)


def waited_text(minutes: int) -> str:
    """How long something has waited: minutes, hours or days (rounded down)."""
    return Formatting().waited(minutes if minutes > 0 else 0)


def show_texts_again(model: QAbstractItemModel) -> None:
    """Make every view of *model* read its headers and cells again (after a language switch).

    A model that keeps display texts must forget them first.
    """
    root = QModelIndex()
    columns = model.columnCount(root)
    rows = model.rowCount(root)
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
