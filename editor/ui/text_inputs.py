"""Text inputs whose Undo/Redo belong to the document's undo stack, not to the input.

Every keystroke is already a command on the interview's ``QUndoStack``; if the
input kept its own undo history too, Ctrl+Z would undo twice over. These inputs
let Ctrl+Z/Ctrl+Y reach the window's Undo/Redo actions instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

_HISTORY_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_history_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and any(event.matches(key) for key in _HISTORY_KEYS)


def _pass_history_shortcut(event: QEvent) -> bool:
    """True (and the event ignored) for an Undo/Redo shortcut the input must not take."""
    if event.type() == QEvent.Type.ShortcutOverride and _is_history_key(event):
        event.ignore()
        return True
    return False


# Replaces ``text[start:end]`` (Python indices of the text handed over) by a word.
Replace = Callable[[int, int, str], None]


class ContextMenuAdditions(Protocol):
    """Adds entries (spelling suggestions, say) to an input's context menu."""

    def add_menu_actions(self, menu: QMenu, text: str, index: int, replace: Replace) -> None:
        """Add entries for the word at *index* of *text*; *replace* changes the input."""
        ...


def utf16_index(text: str, index: int) -> int:
    """Qt's position (UTF-16 units) of Python index *index* of *text*."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def python_index(text: str, position: int) -> int:
    """The Python index of *text* at Qt's position *position* (UTF-16 units)."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class DocumentLineEdit(QLineEdit):
    """A one-line input that leaves Undo/Redo to the document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(False)
        self.menu_additions: ContextMenuAdditions | None = None

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The context menu for a click at *point* (the standard one, plus additions)."""
        menu = self.createStandardContextMenu()
        if self.menu_additions is not None:
            text = self.text()

            def replace(start: int, end: int, word: str) -> None:
                first = utf16_index(text, start)
                self.setSelection(first, utf16_index(text, end) - first)
                self.insert(word)

            index = python_index(text, self.cursorPositionAt(point))
            self.menu_additions.add_menu_actions(menu, text, index, replace)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Show :meth:`context_menu_at`."""
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

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
    ``text_edited`` carries the new text when the user changed it: unlike
    ``textChanged`` it is not sent when only the look changed (a syntax
    highlighter's squiggles), nor by :meth:`set_text_quietly`.
    """

    new_block_requested = Signal()
    text_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.menu_additions: ContextMenuAdditions | None = None
        self._known_text = ""
        self.textChanged.connect(self._check_edited)

    def _check_edited(self) -> None:
        text = self.toPlainText()
        if text != self._known_text:
            self._known_text = text
            self.text_edited.emit(text)

    def context_menu_at(self, point: QPoint) -> QMenu:
        """The context menu for a click at *point* (the standard one, plus additions)."""
        menu = self.createStandardContextMenu(point)
        if self.menu_additions is not None:
            cursor = self.cursorForPosition(point)
            block = cursor.block()
            text = block.text()

            def replace(start: int, end: int, word: str) -> None:
                edit = QTextCursor(block)
                edit.setPosition(block.position() + utf16_index(text, start))
                edit.setPosition(
                    block.position() + utf16_index(text, end), QTextCursor.MoveMode.KeepAnchor
                )
                edit.insertText(word)

            index = python_index(text, cursor.positionInBlock())
            self.menu_additions.add_menu_actions(menu, text, index, replace)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Show :meth:`context_menu_at`."""
        menu = self.context_menu_at(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

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
            self._known_text = text
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)
            self.blockSignals(False)
