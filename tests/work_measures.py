"""Measure the work code does, not the wall-clock time it takes.

A unit test with a time limit fails on a loaded machine (a CI runner sharing its
cores) although nothing regressed. What such a limit guards is nearly always
one of three things, and each can be checked without a clock:

* *memory*: a decompression bomb or an entity expansion shows as a Python heap
  peak far above the input (:func:`python_heap_peak`);
* *a bounded walk*: a parser that re-reads, or reads without end, shows in the
  number of reads and bytes it asks of its stream (:class:`CountingStream`);
* *complexity*: quadratic code takes about 16 times as long for 4 times the
  input, linear code about 4 times; :func:`growth_ratio` compares the two in
  one run, so a uniformly slow machine cancels out.

Absolute budgets (``< 100 ms``) belong in ``benchmarks/``.
"""

from __future__ import annotations

import io
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass
class HeapPeak:
    """The largest Python heap growth seen inside :func:`python_heap_peak`, in bytes."""

    bytes: int = 0


@contextmanager
def python_heap_peak() -> Iterator[HeapPeak]:
    """Trace Python allocations in the block; the result holds their peak above the start."""
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    peak = HeapPeak()
    try:
        yield peak
    finally:
        peak.bytes = tracemalloc.get_traced_memory()[1] - start
        if not was_tracing:
            tracemalloc.stop()


class CountingStream(io.BytesIO):
    """An in-memory binary file that counts what its reader asks of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads = 0
        self.bytes_read = 0
        self.seeks = 0

    def read(self, size: int | None = -1, /) -> bytes:
        """Read as :class:`io.BytesIO` does, counting the call and the bytes."""
        data = super().read(size)
        self.reads += 1
        self.bytes_read += len(data)
        return data

    def seek(self, offset: int, whence: int = io.SEEK_SET, /) -> int:
        """Seek as :class:`io.BytesIO` does, counting the call."""
        self.seeks += 1
        return super().seek(offset, whence)


def growth_ratio(
    run: Callable[[int], object], n: int, *, factor: int = 4, repeats: int = 3
) -> float:
    """How much longer ``run(factor * n)`` takes than ``run(n)``: best of *repeats* each.

    CPU time of this process is measured (another process's load hardly moves
    it), the sizes alternate so that a slow moment hits both, and the best of
    each is kept. Linear work gives about *factor*, quadratic about *factor*²;
    assert with a wide margin between the two (for 4: under 8).
    """
    small: list[float] = []
    large: list[float] = []
    for _ in range(repeats):
        for size, samples in ((n, small), (factor * n, large)):
            started = time.process_time()
            run(size)
            samples.append(time.process_time() - started)
    return max(min(large), 1e-9) / max(min(small), 1e-9)
