"""Text inputs whose Undo/Redo belong to the document's undo stack, not to the input.

Every keystroke is already a command on the interview's ``QUndoStack``; if the
input kept its own undo history too, Ctrl+Z would undo twice over. These inputs
let Ctrl+Z/Ctrl+Y reach the window's Undo/Redo actions instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_history_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and any(event.matches(key) for key in _HISTORY_KEYS)


def _pass_history_shortcut(event: QEvent) -> bool:
    """True (and the event ignored) for an Undo/Redo shortcut the input must not take."""
    if event.type() == QEvent.Type.ShortcutOverride and _is_history_key(event):
        event.ignore()
        return True
    return False


class DocumentLineEdit(QLineEdit):
    """A one-line input that leaves Undo/Redo to the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(False)

    def event(self, event: QEvent) -> bool:
        """Let Undo/Redo shortcuts pass to the window's actions."""
        return False if _pass_history_shortcut(event) else super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Never run the input's own undo."""
        if _is_history_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def set_text_quietly(self, text: str) -> None:
        """Show *text* (from an undo, say) without signalling an edit; keeps the cursor."""
        if self.text() != text:
            position = self.cursorPosition() if self.text() else len(text)
            self.blockSignals(True)
            self.setText(text)
            self.setCursorPosition(min(position, len(text)))
            self.blockSignals(False)


class DocumentTextEdit(QPlainTextEdit):
    """A multi-line input that leaves Undo/Redo to the document.

    Ctrl+Enter asks for a new block after this one (``new_block_requested``).
    """

    new_block_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        """Let Undo/Redo shortcuts pass to the window's actions."""
        return False if _pass_history_shortcut(event) else super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter: new block; Undo/Redo: not ours."""
        if _is_history_key(event):
            event.ignore()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.new_block_requested.emit()
            return
        super().keyPressEvent(event)

    def set_text_quietly(self, text: str) -> None:
        """Show *text* without signalling an edit; keeps the cursor where it can."""
        if self.toPlainText() != text:
            cursor = self.textCursor()
            position = cursor.position() if self.toPlainText() else len(text)
            self.blockSignals(True)
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)
            self.blockSignals(False)
