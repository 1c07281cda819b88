"""A table model that reads its rows a batch at a time as the view scrolls.

:class:`LazyRowsModel` holds one :class:`RowSource` (plain Python that answers
"how many rows" and "which rows from *offset*") and the rows read so far. The
view asks for more with ``canFetchMore``/``fetchMore``, so a list of 20,000 rows
reads one batch when it opens, never one widget per row. A subclass adds only
its columns and what its cells show.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

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
