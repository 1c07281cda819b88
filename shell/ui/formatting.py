"""How the interface writes values that every page shows the same way."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time_text(moment: datetime) -> str:
    """*moment* (timezone-aware, or UTC) in the user's time zone and short locale format."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
