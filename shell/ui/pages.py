"""The pages the main window's navigation switches between."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


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

    def retranslate_ui(self) -> None:
        """Set every visible text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class EmptyStatePage(NavigationPage):
    """A page that explains what will appear on it, for views with nothing yet."""

    def __init__(
        self,
        view_name: str,
        title: Callable[[], str],
        explanation: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view_name = view_name
        self._title = title
        self._explanation = explanation
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message, 1)
        self.retranslate_ui()

    def title(self) -> str:
        """The page's translated title."""
        return self._title()

    def retranslate_ui(self) -> None:
        """Set the heading and explanation in the current language."""
        self.heading.setText(f"<h2>{self._title()}</h2>")
        self.message.setText(self._explanation())
