"""Decisions (and replies that approved a comment) on the page's undo stack (Ctrl+Z)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from moderation.decisions import DecisionRecord
from moderation.replies import QueuedReply
from moderation.review import ReviewRecord


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


class ReplyHost(Protocol):
    """What a reply command needs from the page."""

    def redo_reply(self, reply: QueuedReply) -> QueuedReply | None:
        """Queue the reply (and approval) again; the new record (None if refused)."""
        ...

    def undo_reply(self, reply: QueuedReply) -> None:
        """Take the reply and its approval back."""
        ...


class ReplyCommand(QUndoCommand):
    """A reply that approved a pending comment; undo takes back both, redo does both again."""

    def __init__(self, host: ReplyHost, reply: QueuedReply, text: str) -> None:
        super().__init__(text)
        self._host = host
        self.reply = reply
        self._first = True

    def redo(self) -> None:
        """Queue the reply again (the first time it has already been queued)."""
        if self._first:
            self._first = False
            return
        again = self._host.redo_reply(self.reply)
        if again is not None:
            self.reply = again

    def undo(self) -> None:
        """Take the reply and the approval back."""
        self._host.undo_reply(self.reply)


class ReviewHost(Protocol):
    """What a "keep as is" command needs from the page."""

    def redo_review(self, review: ReviewRecord) -> ReviewRecord | None:
        """Close the flags again; the new record (None if none was open)."""
        ...

    def undo_review(self, review: ReviewRecord) -> None:
        """Open the flags again."""
        ...


class ReviewCommand(QUndoCommand):
    """A "Reviewed, keep as is" already taken; undo opens the flags again."""

    def __init__(self, host: ReviewHost, review: ReviewRecord, text: str) -> None:
        super().__init__(text)
        self._host = host
        self.review = review
        self._first = True

    def redo(self) -> None:
        """Close the flags (the first time they have already been closed)."""
        if self._first:
            self._first = False
            return
        again = self._host.redo_review(self.review)
        if again is not None:
            self.review = again

    def undo(self) -> None:
        """Open the flags again."""
        self._host.undo_review(self.review)
