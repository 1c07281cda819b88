"""Follow a block of an open interview while the blocks around it change.

A slow step started for one block (a photo being copied off the GUI thread)
must land on that block when it ends, although the reporter may have
inserted, deleted or moved blocks meanwhile. Blocks are immutable values that
an edit replaces, so neither their index nor the block object identifies them
over time; a :class:`BlockMark` does: the session moves it with its block and
empties it when the block is deleted.
"""

from __future__ import annotations

import weakref


class BlockMark:
    """Where one block is now: ``index``, or None once the block was deleted."""

    def __init__(self, index: int) -> None:
        self.index: int | None = index

    @property
    def deleted(self) -> bool:
        """True once the marked block is gone from the interview."""
        return self.index is None


class BlockMarks:
    """The marks of one interview's blocks, kept up to date by its editing session.

    Marks are held weakly: a mark nobody keeps any more is simply forgotten.
    """

    def __init__(self) -> None:
        self._marks: weakref.WeakSet[BlockMark] = weakref.WeakSet()

    def mark(self, index: int) -> BlockMark:
        """A mark following the block now at *index*."""
        mark = BlockMark(index)
        self._marks.add(mark)
        return mark

    def inserted(self, index: int, count: int) -> None:
        """*count* blocks were inserted at *index*."""
        for mark in self._live():
            if mark.index is not None and mark.index >= index:
                mark.index += count

    def removed(self, index: int, count: int) -> None:
        """*count* blocks were deleted from *index* on."""
        for mark in self._live():
            if mark.index is None or mark.index < index:
                continue
            if mark.index < index + count:
                self._drop(mark)
            else:
                mark.index -= count

    def moved(self, source: int, target: int) -> None:
        """The block at *source* was taken out and put back at *target*."""
        for mark in self._live():
            if mark.index is None:
                continue
            if mark.index == source:
                mark.index = target
                continue
            index = mark.index - 1 if mark.index > source else mark.index
            mark.index = index + 1 if index >= target else index

    def cleared(self) -> None:
        """Every block was replaced (a version restored): no mark points anywhere now."""
        for mark in self._live():
            self._drop(mark)

    def _live(self) -> list[BlockMark]:
        return list(self._marks)

    def _drop(self, mark: BlockMark) -> None:
        mark.index = None
        self._marks.discard(mark)
