"""The queue counts of the Comments page: tab counts, the sync summary, the pending badge.

Counting 200,000 comments takes tens of milliseconds, so :class:`QueueCounter`
counts in the background and announces the result; a decision is counted on
the spot from the rows it changed (:func:`counts_after_decision`) so that keys
pressed back to back never wait for a count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from moderation.decisions import DecisionRecord
from moderation.queues import CommentQueues, QueueRow
from moderation.statuses import FLAGGED_STATUSES, QUEUE_STATUS, Queue
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors

COUNTS_DELAY_MS = 120  # one count for a burst of changes


@dataclass(frozen=True)
class QueueCounts:
    """What the tabs and the sync summary show."""

    by_queue: dict[Queue, int]
    waiting: int
    conflicts: int
    oldest_pending: datetime | None = None  # when the comment waiting longest was written


def counts_after_decision(
    counts: QueueCounts, record: DecisionRecord, before: Sequence[QueueRow]
) -> QueueCounts | None:
    """*counts* once *record* is taken, worked out from the decided rows as they were *before*.

    None when a decided comment is not among *before*: then only a real count knows.
    """
    by_queue = dict(counts.by_queue)
    waiting, conflicts = counts.waiting, counts.conflicts
    rows = {row.id: row for row in before}
    for change in record.changes:
        row = rows.get(change.comment_id)
        if row is None:
            return None
        for status, step in ((change.before, -1), (change.after, 1)):
            for queue, queue_status in QUEUE_STATUS.items():
                if queue_status == status:
                    by_queue[queue] += step
        if row.flag_open and row.status in FLAGGED_STATUSES:
            by_queue[Queue.FLAGGED] -= 1  # a moderator has looked at it now
        if row.sync_state is None:
            waiting += 1
        elif row.sync_state == "conflict":
            conflicts -= 1  # the new decision replaces the one in conflict
    return QueueCounts(by_queue, waiting, max(conflicts, 0), counts.oldest_pending)


class QueueCounter(QObject):
    """Counts one site's queues in the background and announces the counts.

    ``counts_changed(object)`` carries the new :class:`QueueCounts`, or None
    when no site is shown. ``failed(str)`` carries the message of a known
    error met while counting.
    """

    counts_changed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queues: CommentQueues | None = None
        self._counts: QueueCounts | None = None
        self._task: BackgroundTask[QueueCounts] | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNTS_DELAY_MS)
        self._timer.timeout.connect(self.update)

    @property
    def counts(self) -> QueueCounts | None:
        """The counts on show (None before the first count, or without a site)."""
        return self._counts

    @property
    def counting(self) -> bool:
        """A count is running in the background."""
        return self._task is not None

    @property
    def busy(self) -> bool:
        """A count is running or about to start."""
        return self._task is not None or self._timer.isActive()

    def set_queues(self, queues: CommentQueues | None) -> None:
        """Count *queues* from now on (a count of the previous ones is not shown)."""
        self._queues = queues

    def update(self) -> None:
        """Count now, in the background (after the count running now, if any)."""
        queues = self._queues
        if queues is None:
            self._show(None)
            return
        if self._task is not None:
            self._again = True
            return

        def work(_context: TaskContext) -> QueueCounts:
            return QueueCounts(queues.counts(), *queues.sync_counts(), queues.oldest_pending())

        self._task = run_in_background(
            work,
            on_success=lambda counts: self._done(queues, counts),
            on_failure=show_known_errors(self.failed.emit, first=self._forget_task),
            parent=self,
        )

    def update_soon(self) -> None:
        """Count a little later: one count for a burst of changes."""
        self._timer.start()

    def count_decision(self, record: DecisionRecord, before: Sequence[QueueRow]) -> None:
        """Show the counts after *record* without counting again where that is possible."""
        if self._counts is None or self.busy:
            self._recount()  # the counts on show are about to be replaced anyway
            return
        counts = counts_after_decision(self._counts, record, before)
        if counts is None:  # a decided comment was not on show: count for real
            self._recount()
            return
        self._show(counts)

    def _recount(self) -> None:
        """Count again soon, after whatever count is running now."""
        if self._task is not None:
            self._again = True
        else:
            self._timer.start()

    def _done(self, queues: CommentQueues, counts: QueueCounts) -> None:
        self._task = None
        if queues is self._queues:
            self._show(counts)
        if self._again:  # after a pause: counts that follow each other compete with the keys
            self._again = False
            self._timer.start()

    def _forget_task(self) -> None:
        self._task = None

    def _show(self, counts: QueueCounts | None) -> None:
        self._counts = counts
        self.counts_changed.emit(counts)
