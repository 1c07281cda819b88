"""A table model that reads its rows a batch at a time as the view scrolls.

:class:`LazyRowsModel` holds one :class:`RowSource` (plain Python that answers
"how many rows" and "which rows from *offset*") and the rows read so far. The
view asks for more with ``canFetchMore``/``fetchMore``, so a list of 20,000 rows
reads one batch when it opens, never one widget per row. A subclass adds only
its columns (:meth:`LazyRowsModel.column_names`), what its cells show
(:meth:`LazyRowsModel.cell_text`) and, if it likes, a value of its own per row
(:meth:`LazyRowsModel.row_value`); tooltips are plain (outside text).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from uikit.outside_text import tooltip

Row = TypeVar("Row")
_RowOut = TypeVar("_RowOut", covariant=True)

ModelIndex = QModelIndex | QPersistentModelIndex


class RowSource(Protocol[_RowOut]):
    """Where a lazy list reads its rows from."""

    def count(self) -> int:
        """How many rows the list has."""
        ...

    def rows(self, offset: int, limit: int) -> Sequence[_RowOut]:
        """Rows *offset* … *offset + limit* (fewer at the end, none past it)."""
        ...


class LazyRowsModel(QAbstractTableModel, Generic[Row]):
    """The rows of one :class:`RowSource`, read :attr:`batch` at a time."""

    #: How many rows one read brings (the first one, and each ``fetchMore``).
    batch = 100
    #: How many columns the rows show (as many as :meth:`column_names` gives).
    column_count = 1
    #: Columns whose full text is also the cell's tooltip (texts cut to the column).
    tooltip_columns: frozenset[int] = frozenset()
    #: Columns of numbers, aligned right.
    right_aligned: frozenset[int] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self._source: RowSource[Row] | None = None
        self._rows: list[Row] = []
        self._total = 0

    def set_source(self, source: RowSource[Row] | None) -> None:
        """Show *source* (None: nothing), reading its first batch."""
        self.beginResetModel()
        self._source = source
        self._total = source.count() if source is not None else 0
        self._rows = list(source.rows(0, self.batch)) if source is not None else []
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many rows the list has (read or not yet)."""
        return self._total

    def row_at(self, row: int) -> Row | None:
        """The row at *row*, if it has been read."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows read so far."""
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        """More rows than have been read."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the next batch."""
        if parent.isValid() or self._source is None:
            return
        more = self._source.rows(len(self._rows), self.batch)
        if not more:
            self._total = len(self._rows)  # the source changed under the list
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # --- what the cells show: the subclass's part ------------------------------------------

    def column_names(self) -> tuple[str, ...]:
        """The columns' names, in the interface language."""
        return ()

    def cell_text(self, row: Row, column: int) -> str:
        """What the cell of *row* in *column* shows."""
        return ""

    def row_value(self, row: Row, role: int) -> object:
        """The row's value for a role of the subclass's own (None: none)."""
        return None

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """:attr:`column_count` columns."""
        return 0 if parent.isValid() else self.column_count

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text, its tooltip (plain), alignment, or the row's own value."""
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.cell_text(row, column)) if column in self.tooltip_columns else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in self.right_aligned:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return self.row_value(row, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column names."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = self.column_names()
        return names[section] if 0 <= section < len(names) else None
