"""Preferences ▸ Spelling: spell check on/off, the house tone style, the newsroom dictionary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from editor.newsroom_words import WordListError
from editor.ui.spelling import SpellingService
from storage.errors import StoreError
from storage.tones import ToneStyle
from uikit.outside_text import information, plain_labels, warning


class SpellingPreferences(QWidget):
    """The Spelling tab; the caller applies :meth:`chosen_style` and :meth:`chosen_enabled`."""

    def __init__(self, service: SpellingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spellingPreferences")
        self.service = service
        self.enabled_check = QCheckBox(self)
        self.enabled_check.setObjectName("spellCheckEnabled")
        self.enabled_check.setChecked(service.enabled)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        plain_labels(self.status_label)
        self.style_label = QLabel(self)
        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("houseToneStyle")
        self.style_combo.addItem("", ToneStyle.OLD.value)
        self.style_combo.addItem("", ToneStyle.NEW.value)
        self.style_combo.setCurrentIndex(self.style_combo.findData(service.house_style.value))
        self.style_label.setBuddy(self.style_combo)
        self.style_note = QLabel(self)
        self.style_note.setWordWrap(True)
        self.words_label = QLabel(self)
        self.words_label.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportNewsroomWords")
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importNewsroomWords")
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.enabled_check)
        form.addRow(self.status_label)
        form.addRow(self.style_label, self.style_combo)
        form.addRow(self.style_note)
        form.addRow(self.words_label)
        form.addRow(buttons)
        has_store = service.newsroom() is not None
        self.export_button.setEnabled(has_store)
        self.import_button.setEnabled(has_store)
        service.changed.connect(self._show_status)
        self.retranslate_ui()

    def chosen_style(self) -> ToneStyle:
        """The house tone style chosen."""
        value = self.style_combo.currentData()
        return ToneStyle(value) if value in {s.value for s in ToneStyle} else ToneStyle.OLD

    def chosen_enabled(self) -> bool:
        """Whether spell check is wanted."""
        return self.enabled_check.isChecked()

    def export_to(self, path: Path) -> bool:
        """Write the newsroom dictionary to *path* as a word list; say how it went."""
        newsroom = self.service.newsroom()
        if newsroom is None:
            return False
        try:
            count = newsroom.export_to(path)
        except StoreError as error:
            warning(self, self.tr("Export newsroom dictionary"), error.user_message)
            return False
        except OSError as error:
            warning(
                self,
                self.tr("Export newsroom dictionary"),
                self.tr("The word list could not be written to {path} ({reason}).").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return False
        information(
            self,
            self.tr("Export newsroom dictionary"),
            self.tr("%n word(s) written to {path}.", "", count).format(path=path),
        )
        return True

    def import_from(self, path: Path) -> bool:
        """Add the words of the word list at *path*; say how many, or why not."""
        newsroom = self.service.newsroom()
        if newsroom is None:
            return False
        try:
            added = newsroom.import_from(path)
        except (WordListError, StoreError) as error:
            warning(
                self,
                self.tr("Import newsroom dictionary"),
                self.tr("{path} was not imported. {reason}").format(
                    path=path, reason=error.user_message
                ),
            )
            return False
        self.service.add_to_newsroom(added)
        information(
            self,
            self.tr("Import newsroom dictionary"),
            self.tr("%n new word(s) added to the newsroom dictionary.", "", len(added)),
        )
        return True

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export newsroom dictionary"),
            "tu-dien-toa-soan.txt",
            self.tr("Word lists (*.txt)"),
        )
        if path:
            self.export_to(Path(path))

    def _ask_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import newsroom dictionary"),
            "",
            self.tr("Word lists (*.txt);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def _show_status(self) -> None:
        self.status_label.setText(self.service.status_text())

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.enabled_check.setText(self.tr("&Check spelling as I type"))
        self.style_label.setText(self.tr("House &tone-mark style:"))
        self.style_combo.setItemText(0, self.tr("Old: hòa, khỏe, thủy"))
        self.style_combo.setItemText(1, self.tr("New: hoà, khoẻ, thuỷ"))
        self.style_note.setText(
            self.tr(
                "Both styles are spelt right; the problem panel points out syllables in the "
                "other style and offers to normalise the interview."
            )
        )
        self.words_label.setText(
            self.tr(
                "The newsroom dictionary holds names, places and agencies the spell checker "
                "must know. Share it as a word list: a UTF-8 text file, one entry per line."
            )
        )
        self.import_button.setText(self.tr("&Import word list…"))
        self.export_button.setText(self.tr("&Export word list…"))
        self._show_status()
