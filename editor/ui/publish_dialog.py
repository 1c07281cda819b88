"""Choosing how an interview goes to the site: the status, its address, the category.

What is offered and preselected comes from :mod:`editor.publish_options` (the
interview's workflow state and what the account may do on the site); this
widget only shows it and asks before publishing an interview nobody approved.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.categories import CategoryChoice
from editor.publish_options import (
    PublicationDefaults,
    PublishOptions,
    needs_confirmation,
    publish_options,
)
from editor.publishing import PublishMode
from editor.repository import InterviewStatus
from editor.slugs import slug_problem
from uikit.formatting import date_time_format
from uikit.outside_text import plain_labels, question

_ORDER = (PublishMode.DRAFT, PublishMode.PENDING, PublishMode.SCHEDULED, PublishMode.PUBLISH)


class PublishDialog(QDialog):
    """Asks for the post status (and the time, when scheduled), address and category."""

    def __init__(
        self,
        site_name: str,
        parent: QWidget | None = None,
        categories: Sequence[CategoryChoice] = (),
        preferred: Sequence[int] = (),
        *,
        options: PublishOptions | None = None,
        status: InterviewStatus = InterviewStatus.APPROVED,
        defaults: PublicationDefaults | None = None,
        has_photos: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publishDialog")
        self.setMinimumWidth(480)
        self.options = options or publish_options(status, None)
        self.status = status
        self._defaults = defaults or PublicationDefaults("")
        self.site_label = QLabel(self)
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("publishLimits")
        self.limit_label.setWordWrap(True)
        plain_labels(self.site_label, self.limit_label)
        self._site_name = site_name
        self.group = QButtonGroup(self)
        self.buttons_by_mode: dict[PublishMode, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.site_label)
        layout.addWidget(self.limit_label)
        for mode in _ORDER:
            button = QRadioButton(self)
            self.group.addButton(button)
            self.buttons_by_mode[mode] = button
            button.setVisible(mode in self.options.allowed)
            layout.addWidget(button)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600), self)
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime.currentDateTime())
        self.when.setVisible(PublishMode.SCHEDULED in self.options.allowed)
        layout.insertWidget(
            layout.indexOf(self.buttons_by_mode[PublishMode.SCHEDULED]) + 1, self.when
        )
        self.slug_label = QLabel(self)
        self.slug_edit = QLineEdit(self._defaults.slug, self)
        self.slug_edit.setObjectName("publishSlug")
        self.slug_edit.setCursorPosition(0)  # a long address shows its beginning
        self.slug_label.setBuddy(self.slug_edit)
        self.slug_problem = QLabel(self)
        self.slug_problem.setObjectName("publishSlugProblem")
        self.slug_problem.setWordWrap(True)
        plain_labels(self.slug_label, self.slug_problem)
        layout.addWidget(self.slug_label)
        layout.addWidget(self.slug_edit)
        layout.addWidget(self.slug_problem)
        self.featured_check = QCheckBox(self)
        self.featured_check.setObjectName("publishFeaturedInText")
        self.featured_check.setChecked(self._defaults.featured_in_text)
        self.featured_check.setVisible(has_photos)
        layout.addWidget(self.featured_check)
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
        self.buttons_by_mode[self.options.default].setChecked(True)
        self.group.buttonToggled.connect(lambda *_args: self._update())
        self.slug_edit.textChanged.connect(lambda _text: self._update())
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

    def slug(self) -> str | None:
        """The address the editor typed, when it differs from the post's own (else None)."""
        typed = self.slug_edit.text().strip()
        return typed if typed and typed != self._defaults.slug else None

    def featured_in_text(self) -> bool:
        """Whether the featured photo also opens the post's text."""
        return self.featured_check.isChecked()

    def accept(self) -> None:
        """Queue, after asking when the interview goes out without an editor's approval."""
        if not self._ok_enabled():
            return
        if needs_confirmation(self.status, self.mode()):
            answer = question(
                self,
                self.tr("Not approved"),
                self.tr("Nobody has approved this interview yet. Publish it on the site anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def _ok_enabled(self) -> bool:
        return self.options.can_send and slug_problem(self.slug_edit.text().strip()) is None

    def _update(self) -> None:
        self.when.setEnabled(self.mode() is PublishMode.SCHEDULED)
        problem = slug_problem(self.slug_edit.text().strip())
        self.slug_problem.setText(problem or "")
        self.slug_problem.setVisible(problem is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self._ok_enabled())

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Publish interview"))
        self.when.setDisplayFormat(date_time_format())  # day first, or the month named
        self.site_label.setText(self.tr("Send to {site} as:").format(site=self._site_name))
        self.limit_label.setText(self.options.limit_note or "")
        self.limit_label.setVisible(self.options.limit_note is not None)
        self.buttons_by_mode[PublishMode.DRAFT].setText(self.tr("Draft on the site"))
        self.buttons_by_mode[PublishMode.PENDING].setText(self.tr("Submit for review"))
        self.buttons_by_mode[PublishMode.SCHEDULED].setText(self.tr("Scheduled for:"))
        self.buttons_by_mode[PublishMode.PUBLISH].setText(self.tr("Published now"))
        self.slug_label.setText(
            self.tr("&Address (slug):")
            if not self._defaults.on_site
            else self.tr("&Address (slug) — readers' links change if you change it:")
        )
        self.featured_check.setText(self.tr("Also show the featured photo at the top of the text"))
        self.featured_check.setToolTip(
            self.tr("Many themes already show the featured photo above the post.")
        )
        self.category_label.setText(self.tr("&Category:"))
        self.category_combo.setItemText(0, self.tr("As the site decides (its default)"))
        self.category_hint.setText(
            self.tr("The site's categories appear here after the first sync with it.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Queue for the site"))
        self._update()
