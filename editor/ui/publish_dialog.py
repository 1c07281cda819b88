"""Choosing how an interview goes to the site: draft, for review, scheduled or now."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.categories import CategoryChoice
from editor.publishing import PublishMode
from shell.ui.formatting import date_time_format
from shell.ui.outside_text import plain_labels


class PublishDialog(QDialog):
    """Asks for the post status (and the time, when scheduled) and the category."""

    def __init__(
        self,
        site_name: str,
        parent: QWidget | None = None,
        categories: Sequence[CategoryChoice] = (),
        preferred: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.site_label = QLabel(self)
        plain_labels(self.site_label)
        self._site_name = site_name
        self.group = QButtonGroup(self)
        self.buttons_by_mode: dict[PublishMode, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.site_label)
        for mode in (
            PublishMode.DRAFT,
            PublishMode.PENDING,
            PublishMode.SCHEDULED,
            PublishMode.PUBLISH,
        ):
            button = QRadioButton(self)
            self.group.addButton(button)
            self.buttons_by_mode[mode] = button
            layout.addWidget(button)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), self)
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime.currentDateTime())
        layout.insertWidget(
            layout.indexOf(self.buttons_by_mode[PublishMode.SCHEDULED]) + 1, self.when
        )
        self.category_label = QLabel(self)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("publishCategory")
        self._preferred = list(preferred)
        self.category_combo.addItem("", None)
        for category in categories:
            self.category_combo.addItem("    " * category.depth + category.name, category.id)
        if preferred:
            self.category_combo.setCurrentIndex(max(self.category_combo.findData(preferred[0]), 0))
        self.category_label.setBuddy(self.category_combo)
        self.category_hint = QLabel(self)
        self.category_hint.setWordWrap(True)
        plain_labels(self.category_label, self.category_hint)
        self.category_hint.setVisible(not categories)
        layout.addWidget(self.category_label)
        layout.addWidget(self.category_combo)
        layout.addWidget(self.category_hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buttons_by_mode[PublishMode.PUBLISH].setChecked(True)
        self.group.buttonToggled.connect(lambda *_args: self._update())
        self.retranslate_ui()
        self._update()

    def mode(self) -> PublishMode:
        """The status chosen."""
        for mode, button in self.buttons_by_mode.items():
            if button.isChecked():
                return mode
        return PublishMode.DRAFT

    def scheduled_at(self) -> datetime | None:
        """The publication time (UTC) when scheduled."""
        if self.mode() is not PublishMode.SCHEDULED:
            return None
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def categories(self) -> list[int] | None:
        """The category chosen, or None to leave it to the site."""
        value = self.category_combo.currentData()
        if not isinstance(value, int):
            return None
        if self._preferred and value == self._preferred[0]:
            return list(self._preferred)  # left as it was: a post in several stays in all
        return [value]

    def _update(self) -> None:
        self.when.setEnabled(self.mode() is PublishMode.SCHEDULED)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Publish interview"))
        self.when.setDisplayFormat(date_time_format())  # day first, or the month named
        self.site_label.setText(self.tr("Send to {site} as:").format(site=self._site_name))
        self.buttons_by_mode[PublishMode.DRAFT].setText(self.tr("Draft on the site"))
        self.buttons_by_mode[PublishMode.PENDING].setText(self.tr("Pending review"))
        self.buttons_by_mode[PublishMode.SCHEDULED].setText(self.tr("Scheduled for:"))
        self.buttons_by_mode[PublishMode.PUBLISH].setText(self.tr("Published now"))
        self.category_label.setText(self.tr("&Category:"))
        self.category_combo.setItemText(0, self.tr("As the site decides (its default)"))
        self.category_hint.setText(
            self.tr("The site's categories appear here after the first sync with it.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Queue for the site"))
