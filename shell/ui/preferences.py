"""The Preferences dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shell.i18n import language_names
from shell.settings import DEFAULT_SYNC_MINUTES, LANGUAGE_SYSTEM, SYNC_INTERVAL_CHOICES


class PreferencesDialog(QDialog):
    """Edits the profile's preferences; the caller applies :meth:`chosen_language`."""

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        sites_tab: QWidget | None = None,
        sync_minutes: int = DEFAULT_SYNC_MINUTES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.tabs = QTabWidget(self)
        general = QWidget(self.tabs)
        self.language_label = QLabel(general)
        self.language_combo = QComboBox(general)
        self.language_combo.addItem("", LANGUAGE_SYSTEM)
        for code, name in language_names().items():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_label.setBuddy(self.language_combo)
        self.restart_note = QLabel(general)
        self.restart_note.setWordWrap(True)
        self.sync_label = QLabel(general)
        self.sync_combo = QComboBox(general)
        self.sync_combo.setObjectName("syncInterval")
        for minutes in SYNC_INTERVAL_CHOICES:
            self.sync_combo.addItem("", minutes)
        self.sync_combo.setCurrentIndex(max(self.sync_combo.findData(sync_minutes), 0))
        self.sync_label.setBuddy(self.sync_combo)
        self.sync_note = QLabel(general)
        self.sync_note.setWordWrap(True)
        form = QFormLayout(general)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.restart_note)
        form.addRow(self.sync_label, self.sync_combo)
        form.addRow(self.sync_note)
        self.tabs.addTab(general, "")
        self.sites_tab = sites_tab
        if sites_tab is not None:
            self.tabs.addTab(sites_tab, "")
            self.resize(620, 520)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def chosen_language(self) -> str:
        """``system``, ``vi`` or ``en``."""
        value = self.language_combo.currentData()
        return value if isinstance(value, str) else LANGUAGE_SYSTEM

    def chosen_sync_minutes(self) -> int:
        """Minutes between automatic syncs; 0: only when asked."""
        value = self.sync_combo.currentData()
        return value if isinstance(value, int) else DEFAULT_SYNC_MINUTES

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs.setTabText(0, self.tr("General"))
        if self.sites_tab is not None:
            self.tabs.setTabText(1, self.tr("Sites"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setItemText(0, self.tr("Same as the system"))
        self.restart_note.setText(self.tr("The new language applies at once to every window."))
        self.sync_label.setText(self.tr("&Sync with the site:"))
        for index in range(self.sync_combo.count()):
            minutes = self.sync_combo.itemData(index)
            text = (
                self.tr("Only when I ask (and after each change)")
                if minutes == 0
                else self.tr("Every %n minute(s)", "", int(minutes))
            )
            self.sync_combo.setItemText(index, text)
        self.sync_note.setText(
            self.tr(
                "Changes you make are always sent at once; this is how often Newsdesk looks "
                "for new comments and changes on the site."
            )
        )
