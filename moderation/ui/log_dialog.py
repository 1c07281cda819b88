"""The moderation log, newest first, read lazily; filtered by moderator, decision and dates.

Replies written as the newspaper show their text (plain text, as every reader
or moderator text in these views) in the last column.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderation.authors import TRUSTED_NOTE
from moderation.journal import LogAction, LogEntry, LogQuery, log_count, log_moderators, log_page
from moderation.statuses import status_text
from moderation.text import excerpt
from moderation.ui.texts import log_action_text, moderator_text
from storage.database import Store
from uikit.formatting import local_time_text
from uikit.outside_text import tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
TIME, MODERATOR, ACTION, CHANGE, COMMENT, NOTE = range(6)


class ModerationLogModel(QAbstractTableModel):
    """The log of one site as a lazy table."""

    def __init__(self, store: Store, site_id: int | None) -> None:
        super().__init__()
        self._store = store
        self._site_id = site_id
        self._rows: list[LogEntry] = []
        self._total = 0
        self.query = LogQuery()
        self.reload()

    def set_query(self, query: LogQuery) -> None:
        """List the entries *query* selects, newest first."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the newest entries again."""
        self.beginResetModel()
        if self._site_id is None:
            self._rows, self._total = [], 0
        else:
            self._total = log_count(self._store, self._site_id, self.query)
            self._rows = log_page(self._store, self._site_id, limit=PAGE_SIZE, query=self.query)
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
        page = log_page(
            self._store, self._site_id, offset=len(self._rows), limit=PAGE_SIZE, query=self.query
        )
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
        """Time, moderator, action, change, comment, reply or note."""
        return 0 if parent.isValid() else 6

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTE:
            return tooltip(self._note(entry, whole=True)) or None
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
        if column == NOTE:
            return self._note(entry)
        author = entry.author_name or self.tr("(anonymous)")
        return f"#{entry.remote_comment_id} {author}: {entry.excerpt}"

    def _note(self, entry: LogEntry, *, whole: bool = False) -> str:
        """A reply's text, or what the entry's note means to a moderator."""
        if entry.action is LogAction.REPLY:
            return entry.note if whole else excerpt(entry.note, 120)
        if entry.action is LogAction.TRUST:
            return (
                self.tr("Approve this author's next comments: on")
                if entry.note == "on"
                else self.tr("Approve this author's next comments: off")
            )
        if entry.note == TRUSTED_NOTE:
            return self.tr("The author is trusted")
        if entry.moderator == "" and entry.note:  # a rule's automatic action: what it found
            return entry.note
        return ""

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
            NOTE: self.tr("Reply or note"),
        }.get(section)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# The decisions the action filter offers, in this order (None: any).
ACTION_CHOICES: tuple[LogAction | None, ...] = (None, *LogAction)


class ModerationLogDialog(QDialog):
    """Shows who decided what, and when; filtered by moderator, decision and dates."""

    def __init__(self, store: Store, site_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Moderation log"))
        self.model = ModerationLogModel(store, site_id)
        self.count_label = QLabel(self)
        self.moderator_box = QComboBox(self)
        self.moderator_box.setObjectName("logModerator")
        self.moderator_box.addItem(self.tr("Every moderator"), None)
        for name in log_moderators(store, site_id) if site_id is not None else []:
            self.moderator_box.addItem(moderator_text(name), name)
        self.action_box = QComboBox(self)
        self.action_box.setObjectName("logAction")
        for action in ACTION_CHOICES:
            label = log_action_text(action) if action else self.tr("Every decision")
            self.action_box.addItem(label, action.value if action else None)
        self.dates_box = QCheckBox(self.tr("From"), self)
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self.apply_filters)
        self.dates_box.toggled.connect(self.since_edit.setEnabled)
        self.dates_box.toggled.connect(self.until_edit.setEnabled)
        self.dates_box.toggled.connect(self.apply_filters)
        self.moderator_box.currentIndexChanged.connect(self.apply_filters)
        self.action_box.currentIndexChanged.connect(self.apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.moderator_box)
        filters.addWidget(self.action_box)
        filters.addWidget(self.dates_box)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.until_edit)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setObjectName("moderationLog")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TIME, 130), (MODERATOR, 140), (ACTION, 150), (CHANGE, 170)):
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 560)
        self._count()

    def current_query(self) -> LogQuery:
        """The filter the controls describe (dates are local days, both included)."""
        action = self.action_box.currentData()
        since = until = None
        if self.dates_box.isChecked():
            zone = datetime.now().astimezone().tzinfo
            first = _day(self.since_edit.date())
            last = _day(self.until_edit.date())
            since = datetime.combine(first, time(), zone)
            until = datetime.combine(last + timedelta(days=1), time(), zone)
        return LogQuery(
            moderator=self.moderator_box.currentData(),
            action=LogAction(action) if action else None,
            since=since,
            until=until,
        )

    def apply_filters(self) -> None:
        """List the entries the filters select."""
        self.model.set_query(self.current_query())
        self._count()

    def _count(self) -> None:
        self.count_label.setText(self.tr("%n decision(s) recorded", "", self.model.total))
