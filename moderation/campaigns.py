"""Campaigns: the same comment posted again and again, with small edits, under other names.

Each comment becomes a set of *shingles*: runs of three folded syllables
("dung tin bai", "tin bai bao"), so removed diacritics change nothing and a
small edit (a word dropped, doubled or misspelt) changes only the three runs
around it, while ordinary comments that share a phrase or two stay apart.
Two comments are near-duplicates when their sets overlap enough (Jaccard
similarity ≥ :data:`SIMILARITY`).

Comparing every pair is out of reach for 100,000 comments. Each comment keeps
a MinHash *sketch* instead: its :data:`SKETCH` smallest shingle hashes
(bottom-k MinHash, CRC-32 as the hash: fixed, so the same comments always give
the same groups). For most comments that is every shingle, and the similarity
of two sketches is exact. Candidates come from locality-sensitive buckets: the
:data:`KEYS` smallest hashes of a comment each name a bucket, and a comment is
compared with the latest comment seen in each of its buckets; two near-duplicates
almost surely share one of their smallest hashes (as likely as their
similarity, for each of the :data:`KEYS`), two ordinary comments rarely do.
Near-duplicates are joined with a union-find, so a campaign of many copies
forms one group even when some pairs are a little too far apart.

Comments of fewer than :data:`MIN_WORDS` words are never grouped: "Cảm ơn báo",
"Hay quá" are what many readers write, not a campaign.

Memory is bounded by a few hundred bytes a comment (the sketch, one bucket
entry per key, a parent index), whatever the length of the texts, and adding a
comment costs the same however many came before, so the index is incremental:
a pulled page is added to the groups already found. Hand-written rather than
datasketch (which needs numpy) or rapidfuzz (pairwise, not indexable): see
``benchmarks/bench_assistant.py`` for the time and peak memory of 100,000 comments.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

from moderation.assistant.features import quick_fold

SIMILARITY = 0.6
MIN_WORDS = 8
SKETCH = 64
KEYS = 8
_WORD = re.compile(r"[^\W_]+")

K = TypeVar("K", bound=Hashable)


def shingles(text: str) -> set[int]:
    """The hashed runs of three folded words of *text* (empty when too short)."""
    words = _WORD.findall(quick_fold(text))
    if len(words) < MIN_WORDS:
        return set()
    return {
        zlib.crc32(" ".join(words[start : start + 3]).encode()) for start in range(len(words) - 2)
    }


def similarity(first: list[int], second: list[int]) -> float:
    """The Jaccard similarity of two comments from their sketches (the smallest hashes).

    Exact when the union of the sketches holds at most :data:`SKETCH` values,
    as for most comments; otherwise estimated from the :data:`SKETCH` smallest
    values of the union (bottom-k).
    """
    mine, theirs = set(first), set(second)
    union = mine | theirs
    if len(union) <= SKETCH:  # exact, and what the bottom-k count below gives then
        return len(mine & theirs) / len(union) if union else 0.0
    smallest = sorted(union)[:SKETCH]
    return sum(1 for value in smallest if value in mine and value in theirs) / SKETCH


class CampaignIndex(Generic[K]):
    """Comments grouped into campaigns as they are added; keys are the comments' ids."""

    def __init__(self) -> None:
        self._keys: list[K] = []
        self._index: dict[K, int] = {}
        self._sketches = array("I")
        self._starts = array("Q", [0])
        self._parent = array("l")
        self._size = array("l")
        self._buckets: dict[int, int] = {}  # hash → latest comment with it among its smallest

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: K, text: str) -> None:
        """Add one comment (a key already added is ignored)."""
        if key in self._index:
            return
        number = len(self._keys)
        self._keys.append(key)
        self._index[key] = number
        self._parent.append(number)
        self._size.append(1)
        hashed = shingles(text)
        sketch = sorted(hashed)[:SKETCH]
        self._sketches.extend(sketch)
        self._starts.append(len(self._sketches))
        compared: set[int] = set()
        for bucket in sketch[:KEYS]:
            other = self._buckets.get(bucket)
            self._buckets[bucket] = number
            if other is not None and other not in compared:
                compared.add(other)
                if similarity(sketch, self._sketch(other)) >= SIMILARITY:
                    self._union(number, other)

    def _sketch(self, number: int) -> list[int]:
        return self._sketches[self._starts[number] : self._starts[number + 1]].tolist()

    def _find(self, number: int) -> int:
        parent = self._parent
        root = number
        while parent[root] != root:
            root = parent[root]
        while parent[number] != root:
            parent[number], number = root, parent[number]
        return root

    def _union(self, first: int, second: int) -> None:
        a, b = self._find(first), self._find(second)
        if a == b:
            return
        if self._size[a] < self._size[b]:
            a, b = b, a
        self._parent[b] = a
        self._size[a] += self._size[b]

    def group_size(self, key: K) -> int:
        """How many comments are in *key*'s group, itself included (1: not in a campaign)."""
        number = self._index.get(key)
        return 1 if number is None else self._size[self._find(number)]

    def group_of(self, key: K) -> list[K]:
        """The comments in *key*'s group, in the order they were added (just *key* if none)."""
        number = self._index.get(key)
        if number is None:
            return [key]
        if self._size[self._find(number)] == 1:
            return [key]
        root = self._find(number)
        return [k for i, k in enumerate(self._keys) if self._find(i) == root]

    def groups(self) -> list[list[K]]:
        """Every group of two or more, each in the order added, ordered by first member."""
        members: dict[int, list[K]] = {}
        for number, key in enumerate(self._keys):
            root = self._find(number)
            if self._size[root] > 1:
                members.setdefault(root, []).append(key)
        return list(members.values())


def group(comments: Iterable[tuple[K, str]]) -> list[list[K]]:
    """The campaigns among ``(key, text)`` pairs: groups of two or more."""
    index: CampaignIndex[K] = CampaignIndex()
    for key, text in comments:
        index.add(key, text)
    return index.groups()
