"""The interview list as a lazy table model: rows are fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from editor.list_rows import InterviewStatus, InterviewSummary, SiteState, SortColumn
from uikit.formatting import local_time_text
from uikit.outside_text import tooltip

PAGE_SIZE = 200
COLUMNS = (SortColumn.TITLE, SortColumn.STATUS, SortColumn.UPDATED, SortColumn.WORDS)
# The last column: where each interview stands on the active site (not sortable).
SITE_COLUMN = len(COLUMNS)

ModelIndex = QModelIndex | QPersistentModelIndex
SiteStates = Callable[[Sequence[int]], Mapping[int, SiteState]]

# States that wait for a person, shown in red.
NEEDS_PERSON = (SiteState.FAILED, SiteState.CONFLICT, SiteState.DELETED)

# The roles data() answers, as plain ints: a view asks for a dozen roles per cell (more
# with columns sized to their contents), and most get None at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_ANSWERED = frozenset({_DISPLAY, _FOREGROUND, _ALIGNMENT, _TOOLTIP, _ID_ROLE})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListSource(Protocol):
    """Where the list's rows come from: the store, or the read-only look at start-up."""

    def count(
        self, query: str = "", statuses: Collection[InterviewStatus] = (), *, trashed: bool = False
    ) -> int:
        """How many interviews match *query* and have one of *statuses* (any when empty)."""
        ...

    def summaries(
        self,
        *,
        query: str = "",
        statuses: Collection[InterviewStatus] = (),
        sort: SortColumn = SortColumn.UPDATED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        trashed: bool = False,
    ) -> Sequence[InterviewSummary]:
        """One page of the list, sorted, filtered by *query* and *statuses*."""
        ...


def status_text(status: InterviewStatus) -> str:
    """The status as the newsroom says it, translated."""
    translate = QCoreApplication.translate
    names = {
        InterviewStatus.DRAFT: translate("InterviewStatus", "Draft"),
        InterviewStatus.READY: translate("InterviewStatus", "Ready for review"),
        InterviewStatus.APPROVED: translate("InterviewStatus", "Approved"),
        InterviewStatus.PUBLISHED: translate("InterviewStatus", "Published"),
    }
    return names[status]


def site_state_text(state: SiteState) -> str:
    """Where an interview stands on the site, as the newsroom says it."""
    translate = QCoreApplication.translate
    return {
        SiteState.NOT_SENT: "",
        SiteState.WAITING: translate("SiteState", "Waiting to send"),
        SiteState.FAILED: translate("SiteState", "Not sent: see Publishing"),
        SiteState.CONFLICT: translate("SiteState", "Conflict: see Publishing"),
        SiteState.DRAFT: translate("SiteState", "Draft on the site"),
        SiteState.PENDING_REVIEW: translate("SiteState", "Pending review on the site"),
        SiteState.SCHEDULED: translate("SiteState", "Scheduled"),
        SiteState.PUBLISHED: translate("SiteState", "Published"),
        SiteState.PRIVATE: translate("SiteState", "Private on the site"),
        SiteState.TRASHED: translate("SiteState", "In the site's trash"),
        SiteState.DELETED: translate("SiteState", "Deleted on the site"),
    }[state]


class InterviewListModel(QAbstractTableModel):
    """Interviews matching a search, sorted; fetches more rows as the view scrolls."""

    IdRole = _ID_ROLE

    def __init__(
        self,
        repository: ListSource,
        site_states: SiteStates | None = None,
        *,
        load: bool = True,
    ) -> None:
        """Read the first page now, or (*load* False) only on the first :meth:`reload`."""
        super().__init__()
        self._repository = repository
        self._site_states = site_states
        self._states: dict[int, SiteState] = {}
        self._rows: list[InterviewSummary] = []
        self._total = 0
        self.query = ""
        self.statuses: frozenset[InterviewStatus] = frozenset()
        self.trashed = False
        self.sort_column = SortColumn.UPDATED
        self.descending = True
        self._loaded = False
        if load:
            self.reload()

    # --- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Start again from the first page (after a search, sort or outside change)."""
        self.beginResetModel()
        self._total = self._repository.count(self.query, self.statuses, trashed=self.trashed)
        self._rows = list(self._page(0))
        self._loaded = True
        self.endResetModel()

    @property
    def loaded(self) -> bool:
        """The list has been read at least once (an empty model may just not be read yet)."""
        return self._loaded

    def set_query(self, query: str) -> None:
        """Show only interviews matching *query* (diacritics and case ignored)."""
        if query != self.query:
            self.query = query
            self.reload()

    def set_statuses(self, statuses: frozenset[InterviewStatus]) -> None:
        """Show only interviews with one of *statuses* (all of them when empty)."""
        if statuses != self.statuses:
            self.statuses = statuses
            self.reload()

    def set_trashed(self, trashed: bool) -> None:
        """Show the interviews in the trash (True) or the others (False)."""
        if trashed != self.trashed:
            self.trashed = trashed
            self.reload()

    def _page(self, offset: int) -> list[InterviewSummary]:
        rows = list(
            self._repository.summaries(
                query=self.query,
                statuses=self.statuses,
                sort=self.sort_column,
                descending=self.descending,
                offset=offset,
                limit=PAGE_SIZE,
                trashed=self.trashed,
            )
        )
        if offset == 0:
            self._states.clear()
        if self._site_states is not None and rows:
            self._states.update(self._site_states([row.id for row in rows]))
        return rows

    def refresh_site_states(self) -> None:
        """Ask again where the loaded interviews stand on the site (after a sync)."""
        if self._site_states is None or not self._rows:
            return
        self._states = dict(self._site_states([row.id for row in self._rows]))
        self.dataChanged.emit(
            self.index(0, SITE_COLUMN),
            self.index(len(self._rows) - 1, SITE_COLUMN),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole],
        )

    def site_state(self, row: int) -> SiteState:
        """Where the interview on *row* stands on the active site."""
        if not 0 <= row < len(self._rows):
            return SiteState.NOT_SENT
        return self._states.get(self._rows[row].id, SiteState.NOT_SENT)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        """More rows exist beyond those loaded."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        """Load the next page."""
        if parent.isValid():
            return
        page = self._page(len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    @property
    def total(self) -> int:
        """How many interviews match, loaded or not."""
        return self._total

    # --- the table ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Headline, status, updated, words, on the site."""
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, alignment, or the interview id."""
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        row = self._rows[number]
        if role == _ID_ROLE:
            return row.id
        column_number = index.column()
        if column_number == SITE_COLUMN:
            state = self.site_state(number)
            if role == _DISPLAY:
                return site_state_text(state)
            if role == _FOREGROUND and state in NEEDS_PERSON:
                return QColor("#b00020")
            return None
        column = COLUMNS[column_number]
        if role == _DISPLAY:
            if column is SortColumn.TITLE:
                return row.title or self.tr("(no headline)")
            if column is SortColumn.STATUS:
                return status_text(row.status)
            if column is SortColumn.UPDATED:
                return local_time_text(row.updated_at)
            return QLocale().toString(row.word_count)
        if role == _ALIGNMENT and column is SortColumn.WORDS:
            return _RIGHT
        if role == _TOOLTIP and column is SortColumn.TITLE:
            return tooltip(row.title)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == SITE_COLUMN:
            return self.tr("On the site")
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            SortColumn.TITLE: self.tr("Headline"),
            SortColumn.STATUS: self.tr("Status"),
            SortColumn.UPDATED: self.tr("Updated"),
            SortColumn.WORDS: self.tr("Words"),
        }[COLUMNS[section]]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in the database (Vietnamese order for headlines)."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded and (self.sort_column, self.descending) == (COLUMNS[column], descending):
            return  # the view sorts once more as sorting is switched on: nothing changes
        self.sort_column = COLUMNS[column]
        self.descending = descending
        self.reload()

    def interview_id(self, row: int) -> int | None:
        """The id of the interview on *row*."""
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, interview_id: int) -> int | None:
        """The row showing *interview_id*, if loaded."""
        return next((i for i, r in enumerate(self._rows) if r.id == interview_id), None)
