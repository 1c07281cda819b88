"""Decisions on the page's undo stack (Edit ▸ Undo, Ctrl+Z)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from moderation.decisions import DecisionRecord


class DecisionHost(Protocol):
    """What a decision command needs from the page."""

    def redo_decision(self, record: DecisionRecord) -> DecisionRecord | None:
        """Take the decision again; the new record (None if nothing changed)."""
        ...

    def undo_decision(self, record: DecisionRecord) -> None:
        """Take the decision back."""
        ...


class DecisionCommand(QUndoCommand):
    """A decision already taken; undo takes it back, redo takes it again."""

    def __init__(self, host: DecisionHost, record: DecisionRecord, text: str) -> None:
        super().__init__(text)
        self._host = host
        self.record = record
        self._first = True

    def redo(self) -> None:
        """Take the decision (the first time it has already been taken)."""
        if self._first:
            self._first = False
            return
        again = self._host.redo_decision(self.record)
        if again is not None:
            self.record = again

    def undo(self) -> None:
        """Take the decision back."""
        self._host.undo_decision(self.record)
