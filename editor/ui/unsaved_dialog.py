"""Asked on quitting when the open interview could not be saved (full disk, read-only folder)."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(enum.Enum):
    """What the reporter chose to do with changes that could not be saved."""

    RETRY = "retry"
    SAVE_COPY = "save_copy"
    QUIT_WITHOUT_SAVING = "quit"
    KEEP_OPEN = "keep_open"


class UnsavedChangesDialog(QMessageBox):
    """Says that changes are not saved and why; offers retry, a copy elsewhere, or quitting."""

    def __init__(self, title: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedChangesDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the headline is the reporter's text
        self.setWindowTitle(self.tr("Changes not saved"))
        self.setText(
            self.tr("Your latest changes to “{title}” are not saved.").format(
                title=title or self.tr("Untitled interview")
            )
        )
        self.setInformativeText(
            reason
            + "\n\n"
            + self.tr(
                "Try saving again, save a copy as a text file in another folder, "
                "or quit and lose these changes."
            )
        )
        role = QMessageBox.ButtonRole
        self.retry_button = self.addButton(self.tr("Retry"), role.AcceptRole)
        self.copy_button = self.addButton(self.tr("Save a Copy…"), role.ActionRole)
        self.quit_button = self.addButton(self.tr("Quit Without Saving"), role.DestructiveRole)
        self.keep_open_button = self.addButton(self.tr("Keep Working"), role.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.keep_open_button)

    def choice(self) -> UnsavedChoice:
        """The button clicked (Escape or closing the box: keep working)."""
        clicked = self.clickedButton()
        if clicked is self.retry_button:
            return UnsavedChoice.RETRY
        if clicked is self.copy_button:
            return UnsavedChoice.SAVE_COPY
        if clicked is self.quit_button:
            return UnsavedChoice.QUIT_WITHOUT_SAVING
        return UnsavedChoice.KEEP_OPEN
