"""The pages the main window's navigation switches between."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget


class NavigationPage(QWidget):
    """A page of the main window: it has a stable name and a translated title."""

    view_name = ""
    undo_stack_changed = Signal()  # the stack undo_stack() returns is another one now

    def title(self) -> str:
        """The page's name in the navigation (translated)."""
        raise NotImplementedError

    def undo_stack(self) -> QUndoStack | None:
        """The undo stack Edit ▸ Undo works on while this page is shown, if any."""
        return None

    def confirm_close(self) -> bool:
        """Finish or save this page's work before the window closes; False keeps it open."""
        return True

    def retranslate_ui(self) -> None:
        """Set every visible text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
