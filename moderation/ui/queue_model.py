"""A moderation queue as a lazy table model: rows are read a keyset page at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from moderation.queues import PAGE_SIZE, CommentQueues, QueueFilter, QueueRow
from moderation.rules import FlagLevel
from moderation.statuses import Status, queue_shows, status_text
from moderation.ui.texts import (
    published_flag_text,
    reasons_text,
    score_text,
    similar_text,
    sync_text,
)
from uikit.formatting import local_time_text, show_texts_again
from uikit.outside_text import tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

AUTHOR, EXCERPT, ARTICLE, TIME, FLAGS, STATE, SCORE = range(7)
COLUMN_COUNT = 7


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.UserRole + 1,
    }
)


class CommentQueueModel(QAbstractTableModel):
    """The comments of one queue with its filters; fetches more rows as the view scrolls."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, queues: CommentQueues | None = None) -> None:
        super().__init__()
        self._queues = queues
        self._rows: list[QueueRow] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts by comment id
        self._departed: set[int] = set()  # decided away from this queue, still listed
        self._total = 0
        self._exhausted = True
        self.query = QueueFilter()
        #: How many comments are in a comment's campaign (1: none); set by the page.
        self.similar: Callable[[int], int] = lambda _comment_id: 1

    # --- loading ----------------------------------------------------------------------

    def set_source(self, queues: CommentQueues | None, *, reload: bool = True) -> None:
        """Read another site's comments (None: show nothing); *reload* at once or later."""
        self._queues = queues
        if reload:
            self.reload()

    def set_filter(self, query: QueueFilter) -> None:
        """Show the comments *query* selects, from the first page."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter change or a pull)."""
        self.beginResetModel()
        self._texts.clear()
        self._departed.clear()
        if self._queues is None:
            self._rows, self._total, self._exhausted = [], 0, True
        else:
            self._rows = self._queues.page(self.query, limit=PAGE_SIZE)
            self._exhausted = len(self._rows) < PAGE_SIZE
            self._total = self._queues.count(self.query) if not self._exhausted else len(self._rows)
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """More rows exist beyond those loaded."""
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        """Load the next page."""
        if parent.isValid() or self._exhausted or self._queues is None:
            return
        page = self._queues.page(self.query, after=self._rows[-1] if self._rows else None)
        self._exhausted = len(page) < PAGE_SIZE
        if not page:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def load_until(self, comment_ids: set[int], most: int) -> None:
        """Load pages until every one of *comment_ids* is listed, the queue ends or *most* rows."""
        missing = comment_ids - {row.id for row in self._rows}
        while missing and not self._exhausted and len(self._rows) < most:
            before = len(self._rows)
            self.fetchMore(QModelIndex())
            missing -= {row.id for row in self._rows[before:]}
            if len(self._rows) == before:
                break

    @property
    def total(self) -> int:
        """How many comments the queue holds, loaded or not (departed ones not counted)."""
        return max(self._total, len(self._rows) - len(self._departed))

    # --- after a decision ---------------------------------------------------------------

    def apply_changes(self, comment_ids: Iterable[int]) -> None:
        """Re-read changed comments after a decision (or its undo).

        A comment that left the queue stays listed, dimmed, until the queue is
        read again: the moderator sees what was just done, and only the rows that
        changed are repainted (removing a row would repaint every row below it).
        """
        if self._queues is None:
            return
        for comment_id in comment_ids:
            row = self.row_of(comment_id)
            if row is None:
                continue
            self._texts.pop(comment_id, None)
            fresh = self._queues.row(comment_id)
            if fresh is not None:  # keeps its place in a ranked search's order
                fresh = replace(fresh, side_by_side=self._rows[row].side_by_side)
            if fresh is None:  # gone from the cache
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._departed.discard(comment_id)
                self._total = max(self._total - 1, 0)
                self.endRemoveRows()
                continue
            self._place(row, fresh)

    def apply_review(self, comment_ids: Iterable[int]) -> None:
        """Show flags just closed by "Reviewed, keep as is", without reading the rows again."""
        for comment_id in comment_ids:
            row = self.row_of(comment_id)
            if row is not None:
                self._texts.pop(comment_id, None)
                self._place(row, replace(self._rows[row], flag_open=False))

    def apply_decision(self, changes: Iterable[tuple[int, str]]) -> None:
        """Show decisions just saved, without reading the rows again.

        *changes* are (comment id, new state); a moderator's decision closes the
        comment's flag and leaves an outbox item waiting.
        """
        for comment_id, status in changes:
            row = self.row_of(comment_id)
            if row is None:
                continue
            self._texts.pop(comment_id, None)
            fresh = replace(self._rows[row], status=status, flag_open=False, sync_state="pending")
            self._place(row, fresh)

    def apply_scores(self, scores: dict[int, float]) -> None:
        """Show the assistant's new scores on the loaded rows (none: -1), in place.

        The rows keep their places (as after a decision); a queue sorted by score
        is put in the new order when it is read again.
        """
        for row, queue_row in enumerate(self._rows):
            score = scores.get(queue_row.id, -1.0)
            if score != queue_row.sort_score:
                self._rows[row] = replace(queue_row, sort_score=score)
        self._texts.clear()  # the campaign badges may have changed too
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, SCORE))

    def _place(self, row: int, fresh: QueueRow) -> None:
        """Put *fresh* on *row*, dimming it when it no longer belongs to the queue."""
        belongs = queue_shows(self.query.queue, fresh.status, fresh.flag_open)
        if belongs and fresh.id in self._departed:
            self._departed.discard(fresh.id)
            self._total += 1
        elif not belongs and fresh.id not in self._departed:
            self._departed.add(fresh.id)
            self._total = max(self._total - 1, 0)
        self._rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def departed(self, row: int) -> bool:
        """Whether the comment on *row* has left this queue (it stays until reloaded)."""
        comment_id = self.comment_id(row)
        return comment_id is not None and comment_id in self._departed

    # --- the table ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Author, comment, article, time, flags, state, the assistant's score."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, tooltip, colour, or the comment id."""
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None  # asked for every cell and role at each paint: answer fast
        row = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = tuple(
                    self._display(row, c) for c in range(COLUMN_COUNT)
                )
            return texts[column]
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self._departed:
            return QBrush(QColor("#8c8c8c"))
        if role == Qt.ItemDataRole.ToolTipRole and column == FLAGS and row.flags:
            return tooltip(reasons_text(row.flags, "\n"))
        if role == Qt.ItemDataRole.ForegroundRole and column == FLAGS and row.flag_level:
            red = row.flag_level >= FlagLevel.REJECT
            return QBrush(QColor("#b3261e" if red else "#8a5300"))
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE and row.sync_state:
            return QBrush(QColor("#b3261e" if row.sync_state == "conflict" else "#1a5fb4"))
        published_flag = row.flag_open and row.status == Status.APPROVED
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE and published_flag:
            return QBrush(QColor("#8a5300"))
        return None

    def _display(self, row: QueueRow, column: int) -> str:
        if column == AUTHOR:
            return row.author_name or self.tr("(anonymous)")
        if column == EXCERPT:
            similar = self.similar(row.id)
            return f"[{similar_text(similar)}] {row.excerpt}" if similar > 1 else row.excerpt
        if column == ARTICLE:
            return row.article or self.tr("Article #{id}").format(id=row.post_id)
        if column == TIME:
            return local_time_text(row.date_gmt)
        if column == FLAGS:
            return reasons_text(row.flags)
        if column == SCORE:
            return score_text(row.score)
        state = status_text(row.status)
        if row.flag_open and row.status == Status.APPROVED:
            state = published_flag_text()  # post-moderation: readers already see it
        marker = sync_text(row.sync_state)
        return f"{state} · {marker}" if marker else state

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            AUTHOR: self.tr("Author"),
            EXCERPT: self.tr("Comment"),
            ARTICLE: self.tr("Article"),
            TIME: self.tr("Time"),
            FLAGS: self.tr("Flags"),
            STATE: self.tr("State"),
            SCORE: self.tr("Score"),
        }
        return titles.get(section)

    def retranslate(self) -> None:
        """Show every text again in the current language (the kept texts are forgotten)."""
        self._texts.clear()
        show_texts_again(self)

    # --- lookups ------------------------------------------------------------------------

    def comment_id(self, row: int) -> int | None:
        """The id of the comment on *row*."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def queue_row(self, row: int) -> QueueRow | None:
        """The loaded row *row*."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, comment_id: int) -> int | None:
        """The row showing *comment_id*, if loaded."""
        return next((i for i, r in enumerate(self._rows) if r.id == comment_id), None)
