"""The Preferences dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.photo_upload import LONG_EDGE_CHOICES, UploadOptions
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
        photo_options: UploadOptions | None = None,
        spelling_tab: QWidget | None = None,
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
        form.addRow(self._photos_box(general, photo_options or UploadOptions()))
        self.tabs.addTab(general, "")
        self.spelling_tab = spelling_tab
        if spelling_tab is not None:
            self.tabs.addTab(spelling_tab, "")
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

    def _photos_box(self, parent: QWidget, options: UploadOptions) -> QGroupBox:
        """The "Uploaded photos" group: keep location, and the size of the copy."""
        self.photos_box = QGroupBox(parent)
        self.keep_location_check = QCheckBox(self.photos_box)
        self.keep_location_check.setObjectName("keepPhotoLocation")
        self.keep_location_check.setChecked(options.keep_location)
        self.location_note = QLabel(self.photos_box)
        self.location_note.setWordWrap(True)
        self.long_edge_label = QLabel(self.photos_box)
        self.long_edge_combo = QComboBox(self.photos_box)
        self.long_edge_combo.setObjectName("photoLongEdge")
        for pixels in LONG_EDGE_CHOICES:
            self.long_edge_combo.addItem("", pixels)
        index = self.long_edge_combo.findData(options.long_edge)
        self.long_edge_combo.setCurrentIndex(
            index if index >= 0 else self.long_edge_combo.findData(UploadOptions().long_edge)
        )
        self.long_edge_label.setBuddy(self.long_edge_combo)
        layout = QFormLayout(self.photos_box)
        layout.addRow(self.keep_location_check)
        layout.addRow(self.location_note)
        layout.addRow(self.long_edge_label, self.long_edge_combo)
        return self.photos_box

    def chosen_photo_options(self) -> UploadOptions:
        """The choices for photos uploaded from now on."""
        value = self.long_edge_combo.currentData()
        default = UploadOptions()
        return UploadOptions(
            keep_location=self.keep_location_check.isChecked(),
            long_edge=value if isinstance(value, int) else default.long_edge,
        )

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
        if self.spelling_tab is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.spelling_tab), self.tr("Spelling"))
        if self.sites_tab is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.sites_tab), self.tr("Sites"))
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
        self.photos_box.setTitle(self.tr("Photos sent to the site"))
        self.keep_location_check.setText(self.tr("&Keep location in uploaded photos"))
        self.location_note.setText(
            self.tr(
                "When this is off, the copy sent to the site has no GPS coordinates and no "
                "exact place; the city and country stay. Camera serial numbers are always "
                "removed. Your own photo file is never changed."
            )
        )
        self.long_edge_label.setText(self.tr("Longest side of uploaded &photos:"))
        default_edge = UploadOptions().long_edge
        for index in range(self.long_edge_combo.count()):
            pixels = int(self.long_edge_combo.itemData(index))
            text = (
                self.tr("%1 pixels (recommended)")
                if pixels == default_edge
                else self.tr("%1 pixels")
            )
            self.long_edge_combo.setItemText(index, text.replace("%1", str(pixels)))
        self.sync_note.setText(
            self.tr(
                "Changes you make are always sent at once; this is how often Newsdesk looks "
                "for new comments and changes on the site."
            )
        )
