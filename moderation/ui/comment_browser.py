"""The comment list and the comment shown beside it.

:class:`CommentBrowser` keeps the table's selection and the detail pane in step:
selecting and moving (J / K), reading the next comment ahead while the moderator
reads this one, turning the list's page before the next key needs it, and reading
the queue again while keeping the selected comment selected. It builds no widgets;
the page hands it its table, model and detail pane.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView

from moderation.details import CommentDetail, load_detail
from moderation.ui.detail_pane import CommentDetailPane
from moderation.ui.queue_model import EXCERPT, CommentQueueModel
from storage.database import Store

SCROLL_CONTEXT_ROWS = 2  # rows kept in view above the selection after scrolling
NEAR_BOTTOM_ROWS = 2  # a row this close to the bottom turns the page ahead of the next key
PREFETCH_DELAY_MS = 10  # after the shown comment is painted
FIND_PAGES = 10  # pages fetched at most to select a comment again after undo


class CommentBrowser(QObject):
    """Selection in the comment list, and the comment it shows in the detail pane."""

    def __init__(
        self,
        store: Store,
        table: QTableView,
        model: CommentQueueModel,
        detail: CommentDetailPane,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._table = table
        self._model = model
        self._detail = detail
        self._suspend_detail = False
        self._prefetched: dict[int, CommentDetail] = {}
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch_next)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    # --- what is selected -----------------------------------------------------------------

    def current_comment_id(self) -> int | None:
        """The comment shown in the detail pane."""
        index = self._table.currentIndex()
        return self._model.comment_id(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom (the current one when none is selected)."""
        rows = sorted({index.row() for index in self._table.selectionModel().selectedRows()})
        if not rows and self._table.currentIndex().isValid():
            rows = [self._table.currentIndex().row()]
        return rows

    def selected_ids(self) -> list[int]:
        """The selected comments, top to bottom (the current one when none is selected)."""
        return [i for row in self.selected_rows() if (i := self._model.comment_id(row)) is not None]

    # --- selecting ------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Select *row* (kept within the list) and show its comment."""
        if self._model.rowCount() == 0:
            self._table.setCurrentIndex(QModelIndex())
            self._detail.show_detail(None)
            return
        row = max(0, min(row, self._model.rowCount() - 1))
        index = self._model.index(row, EXCERPT)
        self._scroll_to(row)  # before the view scrolls by itself, one row at a time
        self._table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_current()

    def select_rows(self, rows: list[int]) -> None:
        """Select *rows* (loaded ones) together; the current comment stays where it is."""
        model = self._model
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        self._table.selectionModel().select(
            selection,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_after_decision(self, next_id: int | None, first_row: int) -> None:
        """Select *next_id* after a decision; stay on *first_row* (shown anew) without one."""
        target = self._model.row_of(next_id) if next_id is not None else None
        if target is None:  # nothing left below or above: stay, and show the new state
            target = first_row
            self._detail.detail = None
        self.select_row(target)

    def move_selection(self, step: int) -> None:
        """Select the next (1) or previous (-1) comment (J / K)."""
        current = self._table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= self._model.rowCount() and self._model.canFetchMore(QModelIndex()):
            self._model.fetchMore(QModelIndex())
        if 0 <= row < self._model.rowCount():
            self.select_row(row)

    def _scroll_to(self, row: int) -> None:
        """Bring *row* into view; when it has to scroll, put it near the top.

        Deciding walks down the list one row at a time: scrolling by one row each
        time would repaint the whole list on every key, scrolling a page at a
        time repaints it once every twenty-odd keys.
        """
        viewport = self._table.viewport().rect()
        if viewport.contains(self._table.visualRect(self._model.index(row, EXCERPT))):
            return
        if self._table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            self._table.verticalScrollBar().setValue(max(row - SCROLL_CONTEXT_ROWS, 0))
        else:
            self._table.scrollTo(self._model.index(row, EXCERPT))

    def _current_row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._suspend_detail:
            self._show_current()

    def _selection_changed(self) -> None:
        if not self._suspend_detail:
            self._show_current()

    def _show_current(self) -> None:
        rows = {index.row() for index in self._table.selectionModel().selectedRows()}
        if len(rows) > 1:  # several: how many and by whom, not one of them
            self._prefetch_timer.stop()
            authors = [row.author_name for r in sorted(rows) if (row := self._model.queue_row(r))]
            self._detail.show_selection(len(rows), authors)
            return
        comment_id = self.current_comment_id()
        shown = self._detail.detail
        if comment_id is None:
            self._detail.show_detail(None)
        elif shown is None or shown.id != comment_id:
            ready = self._prefetched.pop(comment_id, None)
            self._detail.show_detail(ready or load_detail(self._store, comment_id))
            self._prefetch_timer.start()

    # --- reading ahead --------------------------------------------------------------------

    def _prefetch_next(self) -> None:
        """Read the next comment's details while the moderator reads this one.

        A decision then shows the next comment without waiting for the database.
        """
        current = self._table.currentIndex()
        if not current.isValid():
            return
        self._turn_page_if_near_bottom(current.row())
        for row in range(current.row() + 1, min(current.row() + 4, self._model.rowCount())):
            comment_id = self._model.comment_id(row)
            if comment_id is not None and not self._model.departed(row):
                if comment_id not in self._prefetched:
                    detail = load_detail(self._store, comment_id)
                    if detail is not None:
                        self._prefetched = {comment_id: detail}
                return

    def _turn_page_if_near_bottom(self, row: int) -> None:
        """Scroll while the moderator reads, so that the next key need not repaint the list."""
        below = self._table.visualRect(self._model.index(row + NEAR_BOTTOM_ROWS, EXCERPT))
        if below.isValid() and self._table.viewport().rect().contains(below):
            return
        if row + 1 < self._model.rowCount() and self._table.verticalScrollMode() == (
            QAbstractItemView.ScrollMode.ScrollPerItem
        ):
            self._table.verticalScrollBar().setValue(max(row - SCROLL_CONTEXT_ROWS, 0))

    def forget_prefetched(self, decided: list[int] | None = None) -> None:
        """Drop details read ahead that a change may have made stale (all when unsure)."""
        shown = self._detail.detail
        if decided is None or len(decided) != 1 or shown is None or shown.id != decided[0]:
            self._prefetched.clear()
            return
        self._prefetched = {
            comment_id: detail
            for comment_id, detail in self._prefetched.items()
            if comment_id not in decided and detail.author_key != shown.author_key
        }

    # --- reading again --------------------------------------------------------------------

    def reload_detail(self) -> None:
        """Read the comment shown again."""
        comment_id = self.current_comment_id()
        self._detail.show_detail(
            load_detail(self._store, comment_id) if comment_id is not None else None
        )

    def reload(self, select: int | None) -> None:
        """Read the queue again and select *select* if it is still listed (else the top)."""
        self._prefetched.clear()
        self._suspend_detail = True
        try:
            self._model.reload()
            row = self._model.row_of(select) if select is not None else None
            pages = 0
            while row is None and select is not None and pages < FIND_PAGES:
                if not self._model.canFetchMore(QModelIndex()):
                    break
                self._model.fetchMore(QModelIndex())
                row = self._model.row_of(select)
                pages += 1
        finally:
            self._suspend_detail = False
        self._detail.detail = None  # read it again: its state may have changed
        self.select_row(row if row is not None else 0)

    def show_changed(self, comment_ids: list[int], select: int | None) -> None:
        """Show comments changed by undo or redo where they are (or read the queue again)."""
        self._prefetched.clear()
        if all(self._model.row_of(i) is not None for i in comment_ids):
            self._model.apply_changes(comment_ids)
            row = self._model.row_of(select) if select is not None else None
            self._detail.detail = None
            self.select_row(row if row is not None else self._table.currentIndex().row())
        else:
            self.reload(select=select if select is not None else self.current_comment_id())
