"""A block mark follows its block through inserts, deletes and moves."""

from __future__ import annotations

import random

from editor.block_marks import BlockMark, BlockMarks


class _Blocks:
    """A list of unique blocks changed like the editing session changes its blocks."""

    def __init__(self, count: int) -> None:
        self.items: list[object] = [object() for _ in range(count)]
        self.marks = BlockMarks()

    def insert(self, index: int, count: int) -> None:
        self.items[index:index] = [object() for _ in range(count)]
        self.marks.inserted(index, count)

    def remove(self, index: int, count: int) -> None:
        del self.items[index : index + count]
        self.marks.removed(index, count)

    def move(self, source: int, target: int) -> None:
        self.items.insert(target, self.items.pop(source))
        self.marks.moved(source, target)


def test_a_mark_follows_its_block_through_random_edits() -> None:
    chance = random.Random(16)
    for _round in range(200):
        blocks = _Blocks(8)
        followed = {blocks.marks.mark(index): blocks.items[index] for index in range(8)}
        for _edit in range(20):
            size = len(blocks.items)
            kind = chance.choice(["insert", "remove", "move"] if size > 1 else ["insert"])
            if kind == "insert":
                blocks.insert(chance.randint(0, size), chance.randint(1, 3))
            elif kind == "remove":
                index = chance.randrange(size)
                blocks.remove(index, chance.randint(1, size - index))
            else:
                blocks.move(chance.randrange(size), chance.randrange(size))
        for mark, block in followed.items():
            if block in blocks.items:
                assert mark.index == blocks.items.index(block)
            else:
                assert mark.deleted


def test_replacing_every_block_leaves_no_mark_pointing_anywhere() -> None:
    marks = BlockMarks()
    first, second = marks.mark(0), marks.mark(3)
    marks.cleared()
    assert first.deleted and second.deleted


def test_a_deleted_block_stays_deleted_when_blocks_come_back_at_its_place() -> None:
    marks = BlockMarks()
    mark: BlockMark = marks.mark(2)
    marks.removed(2, 1)
    marks.inserted(0, 4)  # an undo puts a block back: a new one, not the photo's
    assert mark.deleted
