"""Editing one interview: undoable changes, autosave, status changes.

:class:`EditingSession` is the editor's logic without any widget: every change
goes through a ``QUndoCommand`` on its ``undo_stack``, every change is noted by
its :class:`editor.autosave.Autosaver` (which decides when to save), and the
session announces what changed through signals the widgets redraw from. Tests
drive it directly; the widgets only forward what the user did.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.autosave import Autosaver, OrderedWriter, SaveRunner
from editor.block_marks import BlockMark, BlockMarks
from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    Speaker,
    TurnBlock,
    clean_headline,
)
from editor.repository import InterviewRepository, InterviewStatus, StoredInterview
from editor.tone_style import in_style
from editor.validation import Problem, validate_for_review
from editor.versions import VersionKeeper
from storage.textfold import clean_text
from storage.tones import ToneStyle

MERGE_WINDOW_S = 2.0  # typing within this time undoes as one step
TEXT_FIELDS = ("title", "lead", "byline")

DEFAULT_SPEAKER_LABELS = {Role.INTERVIEWER: "PV", Role.INTERVIEWEE: "Nhân vật"}

_FIELD_COMMAND_ID = 1001
_BLOCK_COMMAND_ID = 1002


class _MergingCommand(QUndoCommand):
    """A change that absorbs the next one of the same kind typed within the merge window."""

    command_id = 0

    def __init__(self, old: Any, new: Any, merge_key: str) -> None:
        super().__init__()
        self.old, self.new, self.merge_key = old, new, merge_key
        self.stamp = time.monotonic()

    def id(self) -> int:
        return self.command_id

    def same_target(self, other: _MergingCommand) -> bool:
        """Whether *other* changes the same thing as this command."""
        return type(other) is type(self) and other.merge_key == self.merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _MergingCommand) or not self.merge_key:
            return False
        if not self.same_target(other) or other.stamp - self.stamp > MERGE_WINDOW_S:
            return False
        self.new, self.stamp = other.new, other.stamp
        return True


class _FieldCommand(_MergingCommand):
    """Changes the headline, lead, byline or tags."""

    command_id = _FIELD_COMMAND_ID

    def __init__(self, session: EditingSession, name: str, old: object, new: object) -> None:
        super().__init__(old, new, name)
        self.session, self.name = session, name

    def redo(self) -> None:
        self.session._apply_field(self.name, self.new)

    def undo(self) -> None:
        self.session._apply_field(self.name, self.old)


class _BlockCommand(_MergingCommand):
    """Replaces one block by another (text typed, speaker changed, photo edited)."""

    command_id = _BLOCK_COMMAND_ID

    def __init__(
        self, session: EditingSession, index: int, old: Block, new: Block, merge_key: str
    ) -> None:
        super().__init__(old, new, merge_key)
        self.session, self.index = session, index

    def same_target(self, other: _MergingCommand) -> bool:
        """The same field of the same block."""
        return (
            isinstance(other, _BlockCommand)
            and super().same_target(other)
            and other.index == self.index
        )

    def redo(self) -> None:
        self.session._replace_block(self.index, self.new)

    def undo(self) -> None:
        self.session._replace_block(self.index, self.old)


class _InsertCommand(QUndoCommand):
    def __init__(self, session: EditingSession, index: int, blocks: Sequence[Block]) -> None:
        super().__init__()
        self.session, self.index, self.blocks = session, index, list(blocks)

    def redo(self) -> None:
        self.session._insert_blocks(self.index, self.blocks)

    def undo(self) -> None:
        self.session._remove_range(self.index, len(self.blocks))


class _RemoveCommand(QUndoCommand):
    def __init__(self, session: EditingSession, indices: Sequence[int]) -> None:
        super().__init__()
        self.session = session
        self.removed = [(i, session.document.blocks[i]) for i in sorted(set(indices))]

    def redo(self) -> None:
        for index, _block in reversed(self.removed):
            self.session._remove_range(index, 1)

    def undo(self) -> None:
        for index, block in self.removed:
            self.session._insert_blocks(index, [block])


class _MoveCommand(QUndoCommand):
    def __init__(self, session: EditingSession, source: int, target: int) -> None:
        super().__init__()
        self.session, self.source, self.target = session, source, target

    def redo(self) -> None:
        self.session._move_block(self.source, self.target)

    def undo(self) -> None:
        self.session._move_block(self.target, self.source)


class _SpeakersCommand(QUndoCommand):
    """Replaces the speaker list (rename, role change, new speaker)."""

    def __init__(self, session: EditingSession, old: list[Speaker], new: list[Speaker]) -> None:
        super().__init__()
        self.session, self.old, self.new = session, old, new

    def redo(self) -> None:
        self.session._apply_speakers(self.new)

    def undo(self) -> None:
        self.session._apply_speakers(self.old)


class _WholeDocumentCommand(QUndoCommand):
    """Replaces every text of the interview at once, through *apply*.

    Normalising the tone style keeps the blocks (``_apply_document``); restoring a
    version may change their number (``_replace_whole``).
    """

    def __init__(
        self,
        apply: Callable[[InterviewDocument], None],
        old: InterviewDocument,
        new: InterviewDocument,
    ) -> None:
        super().__init__()
        self.apply, self.old, self.new = apply, old, new

    def redo(self) -> None:
        self.apply(self.new)

    def undo(self) -> None:
        self.apply(self.old)


class EditingSession(QObject):
    """One interview open for editing."""

    field_changed = Signal(str)  # "title", "lead", "byline" or "tags"
    block_changed = Signal(int)
    # "about to" comes before the list changes, the other after: models need both.
    blocks_about_to_be_inserted = Signal(int, int)  # first index, count
    blocks_inserted = Signal(int, int)  # first index, count
    blocks_about_to_be_removed = Signal(int, int)  # first index, count
    blocks_removed = Signal(int, int)  # first index, count
    block_about_to_move = Signal(int, int)  # from, to
    block_moved = Signal(int, int)  # from, to
    speakers_changed = Signal()
    changed = Signal()  # anything above
    saved = Signal(object)  # datetime of the save
    save_failed = Signal(str)  # a message for the user
    status_changed = Signal(object)  # InterviewStatus
    spelling_ignored_changed = Signal()

    def __init__(
        self,
        repository: InterviewRepository,
        stored: StoredInterview,
        *,
        photos_root: Path | None = None,
        save_runner: SaveRunner | None = None,
        versions: VersionKeeper | None = None,
        parent: QObject | None = None,
    ) -> None:
        """*save_runner* writes autosaves off the GUI thread (without one they block).

        Every save keeps a version (:mod:`editor.versions`) by *versions*, or by
        one naming the computer's user.
        """
        super().__init__(parent)
        self.repository = repository
        self.interview_id = stored.id
        self.uid = stored.uid
        self.document = stored.document
        self.status = stored.status
        self.photos_root = photos_root
        self.last_saved: datetime | None = stored.updated_at
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.autosaver = Autosaver(
            OrderedWriter(repository, stored.id, versions or VersionKeeper()),
            lambda: self.document.snapshot(),
            save_runner,
            self,
        )
        self.autosaver.saved.connect(self._saved)
        self.autosaver.save_failed.connect(self.save_failed)
        self._stand_alone = False
        self._marks = BlockMarks()

    def mark_block(self, index: int) -> BlockMark:
        """A mark that follows block *index* through inserts, deletes and moves.

        Work that ends later (a photo copied off the GUI thread) applies its
        result to ``mark.index``, or drops it if ``mark.deleted``.
        """
        return self._marks.mark(index)

    # --- what the user does ------------------------------------------------------------

    def set_field(self, name: str, value: str) -> None:
        """Change the headline, lead or byline."""
        assert name in TEXT_FIELDS, name
        value = clean_headline(value) if name == "title" else clean_text(value)
        old = getattr(self.document, name)
        if value != old:
            command = _FieldCommand(self, name, old, value)
            command.setText(name)
            self._push_typing(command)

    def set_tags(self, tags: Sequence[str]) -> None:
        """Replace the tags (blank ones dropped, duplicates removed)."""
        clean: list[str] = []
        for tag in tags:
            tag = " ".join(clean_text(tag).split())
            if tag and tag not in clean:
                clean.append(tag)
        if clean != self.document.tags:
            self.undo_stack.push(_FieldCommand(self, "tags", list(self.document.tags), clean))

    def set_block_text(self, index: int, text: str) -> None:
        """Change the text of a paragraph or turn (typing merges into one undo step)."""
        block = self.document.blocks[index]
        text = clean_text(text)
        if isinstance(block, ParagraphBlock | TurnBlock) and block.text != text:
            self._push_typing(_BlockCommand(self, index, block, replace(block, text=text), "text"))

    def set_turn_speaker(self, index: int, speaker_key: str) -> None:
        """Give turn *index* to another speaker."""
        block = self.document.blocks[index]
        self.document.speaker(speaker_key)
        if isinstance(block, TurnBlock) and block.speaker_key != speaker_key:
            new = replace(block, speaker_key=speaker_key)
            self.undo_stack.push(_BlockCommand(self, index, block, new, ""))

    def update_photo(self, index: int, **changes: str | None) -> None:
        """Change a photo's caption, credit, alt text or image (one field typed = one step)."""
        block = self.document.blocks[index]
        if not isinstance(block, PhotoBlock):
            return
        cleaned = {
            name: (clean_text(value) if isinstance(value, str) else value)
            for name, value in changes.items()
        }
        new = replace(block, **cleaned)  # type: ignore[arg-type]
        if new != block:
            merge_key = next(iter(changes)) if len(changes) == 1 else ""
            self._push_typing(_BlockCommand(self, index, block, new, merge_key))

    @contextmanager
    def stand_alone_change(self) -> Iterator[None]:
        """Text changed inside this block is its own undo step (a spelling suggestion taken).

        Typing just before or after never merges into it.
        """
        self._stand_alone = True
        try:
            yield
        finally:
            self._stand_alone = False

    def _push_typing(self, command: _MergingCommand) -> None:
        if self._stand_alone:
            command.merge_key = ""
        self.undo_stack.push(command)

    def normalise_tone_style(self, style: ToneStyle) -> bool:
        """Rewrite every text of the interview in *style*, as one undo step (False: no change)."""
        old = self.document.snapshot()
        new = in_style(old, style)
        if new == old:
            return False
        command = _WholeDocumentCommand(self._apply_document, old, new)
        command.setText("tone style")
        self.undo_stack.push(command)
        return True

    def restore(self, document: InterviewDocument, label: str = "restore version") -> bool:
        """Make *document* (an earlier version) the interview's content: ONE undo step.

        Saved like any edit. False when it is the same as what is open.
        """
        old = self.document.snapshot()
        new = document.snapshot()
        if new == old:
            return False
        command = _WholeDocumentCommand(self._replace_whole, old, new)
        command.setText(label)
        self.undo_stack.push(command)
        return True

    def ignore_spelling(self, word: str) -> None:
        """Never flag *word* in this interview (kept with it, not an undo step)."""
        clean = " ".join(clean_text(word).split())
        if clean and clean not in self.document.spelling_ignored:
            self.document.spelling_ignored.append(clean)
            self.spelling_ignored_changed.emit()
            self._touched()

    def insert_blocks(self, index: int, blocks: Sequence[Block], label: str = "") -> None:
        """Insert *blocks* at *index*."""
        index = max(0, min(index, len(self.document.blocks)))
        command = _InsertCommand(self, index, blocks)
        command.setText(label)
        self.undo_stack.push(command)

    def add_turn_after(self, index: int) -> int:
        """Insert an empty turn after block *index*, spoken by the other speaker; its index.

        After a question comes an answer and vice versa; when the interview has
        nobody in the needed role yet, a person is added ("PV" or "Nhân vật",
        the newsroom's defaults) in the same undo step.
        """
        wanted = (
            Role.INTERVIEWEE
            if self._turn_role_before(index) is Role.INTERVIEWER
            else (Role.INTERVIEWER)
        )
        speaker = self.document.next_speaker_after(index)
        self.undo_stack.beginMacro("turn")
        try:
            if speaker is None or speaker.role is not wanted:
                speaker = self.add_speaker(DEFAULT_SPEAKER_LABELS[wanted], wanted)
            self.insert_blocks(index + 1, [TurnBlock(speaker.key, "")])
        finally:
            self.undo_stack.endMacro()
        return index + 1

    def _turn_role_before(self, index: int) -> Role | None:
        """The role of whoever spoke last at or before block *index*."""
        for block in reversed(self.document.blocks[: max(index + 1, 0)]):
            if isinstance(block, TurnBlock):
                speaker = self.document.find_speaker(block.speaker_key)
                if speaker is not None:
                    return speaker.role
        return None

    def add_paragraph_after(self, index: int) -> int:
        """Insert an empty paragraph after block *index*; its index."""
        self.insert_blocks(index + 1, [ParagraphBlock("")])
        return index + 1

    def add_photo_after(self, index: int) -> int:
        """Insert a photo waiting for its image after block *index*; its index."""
        self.insert_blocks(index + 1, [PhotoBlock(caption="")])
        return index + 1

    def remove_blocks(self, indices: Sequence[int]) -> None:
        """Delete the blocks at *indices*."""
        valid = [i for i in indices if 0 <= i < len(self.document.blocks)]
        if valid:
            self.undo_stack.push(_RemoveCommand(self, valid))

    def move_block(self, source: int, target: int) -> None:
        """Move block *source* so that it ends up at index *target*."""
        count = len(self.document.blocks)
        if source != target and 0 <= source < count and 0 <= target < count:
            self.undo_stack.push(_MoveCommand(self, source, target))

    def add_speaker(self, label: str, role: Role) -> Speaker:
        """Add a person to the interview."""
        old = list(self.document.speakers)
        probe = InterviewDocument(speakers=list(old))
        speaker = probe.add_speaker(label, role)
        self.undo_stack.push(_SpeakersCommand(self, old, probe.speakers))
        return speaker

    def rename_speaker(self, key: str, label: str) -> None:
        """Rename a speaker; every one of their turns shows the new label."""
        old = list(self.document.speakers)
        probe = InterviewDocument(speakers=list(old))
        probe.rename_speaker(key, label)
        if probe.speakers != old:
            self.undo_stack.push(_SpeakersCommand(self, old, probe.speakers))

    def set_speaker_role(self, key: str, role: Role) -> None:
        """Make a speaker the interviewer or an interviewee."""
        old = list(self.document.speakers)
        probe = InterviewDocument(speakers=list(old))
        probe.set_speaker_role(key, role)
        if probe.speakers != old:
            self.undo_stack.push(_SpeakersCommand(self, old, probe.speakers))

    # --- workflow ------------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """What keeps the interview from being ready for review."""
        return validate_for_review(self.document, self.photos_root)

    def mark_ready(self) -> list[Problem]:
        """Move to *ready for review* if nothing is missing; otherwise return what is."""
        problems = self.problems()
        if not problems:
            self._set_status(InterviewStatus.READY)
        return problems

    def approve(self) -> None:
        """The editor approves a reviewed interview."""
        self._set_status(InterviewStatus.APPROVED)

    def back_to_draft(self) -> None:
        """Send the interview back to the reporter."""
        self._set_status(InterviewStatus.DRAFT)

    def reload_status(self) -> None:
        """Take the status from the database (a sync may have published the interview)."""
        status = self.repository.get(self.interview_id).status
        if status is not self.status:
            self.status = status
            self.status_changed.emit(status)

    def _set_status(self, status: InterviewStatus) -> None:
        self.save_now()
        self.repository.set_status(self.interview_id, status)
        self.status = status
        self.status_changed.emit(status)

    # --- saving --------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether some change is not on disk yet."""
        return self.autosaver.dirty

    def save_now(self) -> bool:
        """Write every change before returning; False if that failed."""
        return self.autosaver.save_now()

    def save_soon(self) -> None:
        """Start saving every change now, without waiting for the write (leaving a page)."""
        self.autosaver.save_soon()

    def close(self) -> bool:
        """Save what is left; call before the session is dropped (False: saving failed)."""
        return self.autosaver.close()

    def _saved(self, when: datetime) -> None:
        self.last_saved = when
        self.saved.emit(when)

    # --- applied by the commands -----------------------------------------------------------

    def _touched(self) -> None:
        self.autosaver.note_change()
        self.changed.emit()

    def _apply_field(self, name: str, value: object) -> None:
        setattr(self.document, name, list(value) if isinstance(value, list) else value)
        self.field_changed.emit(name)
        self._touched()

    def _replace_block(self, index: int, block: Block) -> None:
        self.document.blocks[index] = block
        self.block_changed.emit(index)
        self._touched()

    def _insert_blocks(self, index: int, blocks: list[Block]) -> None:
        self.blocks_about_to_be_inserted.emit(index, len(blocks))
        self.document.blocks[index:index] = blocks
        self._marks.inserted(index, len(blocks))
        self.blocks_inserted.emit(index, len(blocks))
        self._touched()

    def _remove_range(self, index: int, count: int) -> None:
        self.blocks_about_to_be_removed.emit(index, count)
        del self.document.blocks[index : index + count]
        self._marks.removed(index, count)
        self.blocks_removed.emit(index, count)
        self._touched()

    def _move_block(self, source: int, target: int) -> None:
        self.block_about_to_move.emit(source, target)
        block = self.document.blocks.pop(source)
        self.document.blocks.insert(target, block)
        self._marks.moved(source, target)
        self.block_moved.emit(source, target)
        self._touched()

    def _apply_document(self, document: InterviewDocument) -> None:
        """Take every text of *document* (same blocks, same speakers, other words)."""
        replacing = document.snapshot()
        self.document.title, self.document.lead = replacing.title, replacing.lead
        self.document.byline, self.document.tags = replacing.byline, replacing.tags
        self.document.speakers = replacing.speakers
        self.document.blocks[:] = replacing.blocks
        for name in ("title", "lead", "byline", "tags"):
            self.field_changed.emit(name)
        self.speakers_changed.emit()
        for index in range(len(self.document.blocks)):
            self.block_changed.emit(index)
        self._touched()

    def _replace_whole(self, document: InterviewDocument) -> None:
        """Take *document* entirely: fields, speakers, words to ignore, and every block."""
        replacing = document.snapshot()
        count = len(self.document.blocks)
        if count:
            self.blocks_about_to_be_removed.emit(0, count)
            self.document.blocks.clear()
            self._marks.cleared()
            self.blocks_removed.emit(0, count)
        self.document.title, self.document.lead = replacing.title, replacing.lead
        self.document.byline, self.document.tags = replacing.byline, replacing.tags
        self.document.speakers = replacing.speakers
        self.document.spelling_ignored = replacing.spelling_ignored
        if replacing.blocks:
            self.blocks_about_to_be_inserted.emit(0, len(replacing.blocks))
            self.document.blocks[:] = replacing.blocks
            self.blocks_inserted.emit(0, len(replacing.blocks))
        for name in ("title", "lead", "byline", "tags"):
            self.field_changed.emit(name)
        self.speakers_changed.emit()
        self.spelling_ignored_changed.emit()
        self._touched()

    def _apply_speakers(self, speakers: list[Speaker]) -> None:
        self.document.speakers = list(speakers)
        self.speakers_changed.emit()
        for index, block in enumerate(self.document.blocks):
            if isinstance(block, TurnBlock):
                self.block_changed.emit(index)
        self._touched()
