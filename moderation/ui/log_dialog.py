"""The moderation log, newest first, read lazily."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderation.journal import LogEntry, log_count, log_page
from moderation.statuses import status_text
from moderation.ui.texts import log_action_text, moderator_text
from shell.ui.formatting import local_time_text
from shell.ui.outside_text import tooltip
from storage.database import Store

ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
TIME, MODERATOR, ACTION, CHANGE, COMMENT = range(5)


class ModerationLogModel(QAbstractTableModel):
    """The log of one site as a lazy table."""

    def __init__(self, store: Store, site_id: int | None) -> None:
        super().__init__()
        self._store = store
        self._site_id = site_id
        self._rows: list[LogEntry] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        """Read the newest entries again."""
        self.beginResetModel()
        if self._site_id is None:
            self._rows, self._total = [], 0
        else:
            self._total = log_count(self._store, self._site_id)
            self._rows = log_page(self._store, self._site_id, limit=PAGE_SIZE)
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many entries the log holds."""
        return self._total

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """Older entries exist beyond those loaded."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        """Load older entries."""
        if parent.isValid() or self._site_id is None:
            return
        page = log_page(self._store, self._site_id, offset=len(self._rows), limit=PAGE_SIZE)
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Entries loaded."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Time, moderator, action, change, comment."""
        return 0 if parent.isValid() else 5

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COMMENT:
            return tooltip(entry.note) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == TIME:
            return local_time_text(entry.created_at)
        if column == MODERATOR:
            return moderator_text(entry.moderator)
        if column == ACTION:
            return log_action_text(entry.action)
        if column == CHANGE:
            if not entry.from_status and not entry.to_status:
                return ""
            return f"{status_text(entry.from_status)} → {status_text(entry.to_status)}"
        author = entry.author_name or self.tr("(anonymous)")
        text = entry.excerpt or entry.note
        return f"#{entry.remote_comment_id} {author}: {text}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TIME: self.tr("Time"),
            MODERATOR: self.tr("Moderator"),
            ACTION: self.tr("Decision"),
            CHANGE: self.tr("State"),
            COMMENT: self.tr("Comment"),
        }.get(section)


class ModerationLogDialog(QDialog):
    """Shows who decided what, and when."""

    def __init__(self, store: Store, site_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Moderation log"))
        self.model = ModerationLogModel(store, site_id)
        self.count_label = QLabel(self.tr("%n decision(s) recorded", "", self.model.total), self)
        self.table = QTableView(self)
        self.table.setObjectName("moderationLog")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TIME, 130), (MODERATOR, 140), (ACTION, 150), (CHANGE, 170)):
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
