"""The review queue's two questions: when to publish (schedule), and the note for the author."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.review_queue import NOTE_LIMIT
from uikit.formatting import date_time_format
from uikit.outside_text import plain_labels


def _zone_text() -> str:
    """This computer's offset from UTC, as ``UTC+07:00``."""
    seconds = QDateTime.currentDateTime().offsetFromUtc()
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    return f"UTC{sign}{hours:02d}:{rest // 60:02d}"


class ScheduleDialog(QDialog):
    """Pick when the post goes out, in this computer's time (labelled with its UTC offset)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule"))
        self.title_label = QLabel(title, self)
        self.title_label.setWordWrap(True)
        self.zone_label = QLabel(
            self.tr("Publish at (time on this computer, {zone}):").format(zone=_zone_text()), self
        )
        plain_labels(self.title_label, self.zone_label)
        self.when = QDateTimeEdit(self)
        self.when.setObjectName("reviewScheduleTime")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_format())
        now = QDateTime.currentDateTime()
        self.when.setMinimumDateTime(now.addSecs(60))
        tomorrow = QDateTime(now.date().addDays(1), QTime(6, 0))
        self.when.setDateTime(tomorrow)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.when)
        layout.addWidget(buttons)

    def moment(self) -> datetime:
        """The chosen time, aware (UTC), whole minutes."""
        seconds = self.when.dateTime().toSecsSinceEpoch()
        chosen = datetime.fromtimestamp(seconds, UTC).replace(second=0, microsecond=0)
        return max(chosen, (datetime.now(UTC) + timedelta(minutes=1)).replace(microsecond=0))


class SendBackDialog(QDialog):
    """The note for the author of a post sent back to draft (optional, never published)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send back to the author"))
        self.title_label = QLabel(title, self)
        self.title_label.setWordWrap(True)
        self.explain_label = QLabel(
            self.tr(
                "The post goes back to draft. Your note reaches its author on the site; "
                "readers never see it."
            ),
            self,
        )
        self.explain_label.setWordWrap(True)
        plain_labels(self.title_label, self.explain_label)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("reviewNote")
        self.note.setPlaceholderText(self.tr("What should the author change?"))
        self.note.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explain_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(buttons)
        self.resize(460, 280)

    def text(self) -> str:
        """The note as typed (cut to what the site takes)."""
        return self.note.toPlainText().strip()[:NOTE_LIMIT]
