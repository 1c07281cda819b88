"""One pull of a kind per site at a time, across threads.

The page's own pull and the background sync's may overlap. A full pull drops
what it did not see, judged by the time it began: a second pull of the same kind
running alongside would drop what the first had just stored. So pulls of one
kind (comments, posts) for one site take turns; waiting stops when the task is
cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Cancellable(Protocol):
    """A task's context, asked whether it should stop."""

    @property
    def cancelled(self) -> bool:
        """True once the task should stop."""
        ...


_LOCKS: dict[tuple[str, int], threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
_POLL_S = 0.2


@contextmanager
def site_pull_lock(kind: str, site_id: int, task: Cancellable | None) -> Iterator[bool]:
    """Hold the (*kind*, *site_id*) pull lock: True once held, False if *task* was cancelled."""
    with _LOCKS_GUARD:
        lock = _LOCKS.setdefault((kind, site_id), threading.Lock())
    while not lock.acquire(timeout=_POLL_S):
        if task is not None and task.cancelled:
            yield False
            return
    try:
        yield True
    finally:
        lock.release()
