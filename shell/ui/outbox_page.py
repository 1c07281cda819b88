"""The Publishing page: what waits to be sent to the site (the outbox), and why.

It reads the outbox when shown and whenever an operation reports outbox changes
(``uikit.changes``): a decision queued, a sync sending items in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portal.outbox import DROPPABLE, UNFINISHED, Outbox, OutboxEntry, OutboxState
from portal.outbox_kinds import Choice, OutboxKinds
from shell.ui.choice_dialog import ChoiceDialog
from storage.changes import Changes, outbox_changes
from storage.database import Store
from uikit.changes import ChangeNotifier, RefreshWhenShown
from uikit.formatting import local_time_text, show_texts_again
from uikit.outside_text import tooltip
from uikit.pages import NavigationPage
from uikit.site_messages import outbox_reason

ModelIndex = QModelIndex | QPersistentModelIndex
# Describes a batch of items (one session for the lot).
Describe = Callable[[Sequence[OutboxEntry]], list[str]]
# A kind's own conflict view: shows the item, returns the chosen choice id (None: later).
ConflictView = Callable[[OutboxEntry, Sequence[Choice], QWidget], str | None]


def state_text(state: OutboxState) -> str:
    """An outbox state as the newsroom says it."""
    translate = QCoreApplication.translate
    return {
        OutboxState.PENDING: translate("OutboxPage", "Waiting"),
        OutboxState.SENDING: translate("OutboxPage", "Sending…"),
        OutboxState.DONE: translate("OutboxPage", "Sent"),
        OutboxState.FAILED: translate("OutboxPage", "Failed"),
        OutboxState.CONFLICT: translate("OutboxPage", "Conflict"),
    }[state]


# Items a person may drop: not while being sent, and not once the site has them.
DISCARDABLE = DROPPABLE
# How many sent items the page shows when asked to.
RECENTLY_SENT = 100


def _when(entry: OutboxEntry) -> str:
    """When the item was queued, or for a sent one when the site took it."""
    moment = entry.created_at
    if entry.state is OutboxState.DONE and entry.updated_at is not None:
        moment = entry.updated_at
    return local_time_text(moment)


class OutboxModel(QAbstractTableModel):
    """Unsent outbox items (a few hundred at most), oldest first; then, if asked, sent ones."""

    COLUMNS = 5

    def __init__(self, outbox: Outbox, describe: Describe) -> None:
        super().__init__()
        self._outbox = outbox
        self._describe = describe
        self.entries: list[OutboxEntry] = []
        self._labels: list[str] = []
        self.show_sent = False

    def reload(self) -> None:
        """Read the outbox again."""
        self.beginResetModel()
        self.entries = self._outbox.entries(UNFINISHED)
        if self.show_sent:
            self.entries += self._outbox.recently_sent(RECENTLY_SENT)
        self._labels = self._describe(self.entries)
        self.endResetModel()

    def retranslate(self) -> None:
        """Describe the items again in the current language and show every text again."""
        self._labels = self._describe(self.entries)
        show_texts_again(self)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per item."""
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """What, state, tries, queued, reason."""
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text and colour."""
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._labels[index.row()]
            if column == 1:
                return state_text(entry.state)
            if column == 2:
                return entry.attempts
            if column == 3:
                return _when(entry)
            if entry.state is OutboxState.DONE:
                return ""
            return outbox_reason(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return tooltip(outbox_reason(entry)) or None
        needs_person = entry.state in (OutboxState.FAILED, OutboxState.CONFLICT)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and needs_person:
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ForegroundRole and entry.state is OutboxState.DONE:
            return QColor("#5f6368")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Change"),
            self.tr("State"),
            self.tr("Tries"),
            self.tr("Queued / sent"),
            self.tr("Reason"),
        ]
        return titles[section] if 0 <= section < len(titles) else None


class OutboxPage(NavigationPage):
    """Lists waiting, sending, failed and conflicting items; retry, discard, resolve.

    Every item is handled by its kind (:class:`portal.outbox_kinds.OutboxKinds`):
    its description, the choices of a conflict (in the kind's own view when it
    has one, else a :class:`ChoiceDialog`), what discarding it puts back.
    """

    view_name = "publishing"

    def __init__(
        self,
        outbox: Outbox,
        kinds: OutboxKinds,
        store: Store,
        sync_now: Callable[[], None],
        conflict_views: Mapping[str, ConflictView] | None = None,
        parent: QWidget | None = None,
        *,
        changes: ChangeNotifier | None = None,
    ) -> None:
        """*changes*: the app's notifier; the page reports retries, discards and resolutions."""
        super().__init__(parent)
        self._notifier = changes
        self._changes = RefreshWhenShown(
            self, changes, lambda c: c.outbox or c.interviews, self.refresh
        )
        self._outbox = outbox
        self._kinds = kinds
        self._store = store
        self._sync_now = sync_now
        self._views = dict(conflict_views or {})
        self.model = OutboxModel(outbox, lambda entries: kinds.describe(store, entries))
        self.summary = QLabel(self)
        self.sync_button = QPushButton(self)
        self.retry_button = QPushButton(self)
        self.discard_button = QPushButton(self)
        self.resolve_button = QPushButton(self)
        self.show_sent_box = QCheckBox(self)
        self.show_sent_box.setObjectName("showSent")
        self.show_sent_box.toggled.connect(self._show_sent)
        self.table = QTableView(self)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.resolve_selected())
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_sent_box)
        buttons.addStretch(1)
        for button in (
            self.resolve_button,
            self.retry_button,
            self.discard_button,
            self.sync_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.sync_button.clicked.connect(sync_now)
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.retranslate_ui()
        self.refresh()

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Publishing")

    def selected(self) -> list[OutboxEntry]:
        """The items selected in the table."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entries[row] for row in rows if row < len(self.model.entries)]

    def showEvent(self, event: QShowEvent) -> None:
        """Read the outbox when the page comes into view."""
        super().showEvent(event)
        self._changes.stale = False
        self.refresh()

    def refresh(self) -> None:
        """Read the outbox again, keeping the selection where it can."""
        chosen = {entry.id for entry in self.selected()}
        self.model.reload()
        for row, entry in enumerate(self.model.entries):
            if entry.id in chosen:
                self.table.selectRow(row)
        counts = self._outbox.counts()
        self.summary.setText(
            self.tr("{waiting} waiting · {failed} failed · {conflicts} in conflict").format(
                waiting=counts[OutboxState.PENDING] + counts[OutboxState.SENDING],
                failed=counts[OutboxState.FAILED],
                conflicts=counts[OutboxState.CONFLICT],
            )
        )
        self._update_buttons()

    def _show_sent(self, on: bool) -> None:
        self.model.show_sent = on
        self.refresh()

    def retry_selected(self) -> None:
        """Send the selected failed items again."""
        ids = [e.id for e in self.selected() if e.state is OutboxState.FAILED]
        self._outbox.retry(ids)
        self.refresh()
        self._report(Changes(outbox=bool(ids)))
        self._sync_now()

    def discard_selected(self) -> None:
        """Drop the selected items that have not been sent (each kind puts back its part)."""
        entries = [e for e in self.selected() if e.state in DISCARDABLE]
        if entries and self._kinds.discard(self._outbox, [e.id for e in entries]):
            self._report(outbox_changes({e.subject_type for e in entries}))
        self.refresh()

    def _resolvable(self) -> list[OutboxEntry]:
        return [e for e in self.selected() if self._kinds.choices(e)]

    def resolve_selected(self) -> None:
        """Show the conflict of the (first) selected item with its kind's choices only."""
        resolvable = self._resolvable()
        if not resolvable:
            return
        entry = resolvable[0]
        choices = self._kinds.choices(entry)
        view = self._views.get(entry.kind, self._choose_in_dialog)
        chosen = view(entry, choices, self)
        if chosen is not None and chosen in {choice.id for choice in choices}:
            self._kinds.resolve(self._store, entry, chosen)
            self._report(outbox_changes({entry.subject_type}))
        self.refresh()

    def _report(self, changes: Changes) -> None:
        """Tell the app what a retry, discard or resolution changed (it sends what is due)."""
        if self._notifier is not None:
            self._notifier.report(changes, self)

    def _choose_in_dialog(
        self, entry: OutboxEntry, choices: Sequence[Choice], parent: QWidget
    ) -> str | None:
        """The conflict of a kind without its own view: facts and one button per choice."""
        (heading,) = self._kinds.describe(self._store, [entry])
        dialog = ChoiceDialog(
            heading,
            outbox_reason(entry),
            self._kinds.conflict_facts(self._store, entry),
            choices,
            parent,
        )
        # exec(): the choice is resolved through the outbox registry, which checks the
        # item's state again (an item a sync settled while the dialog was up is refused).
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        return chosen

    def _update_buttons(self) -> None:
        states = {entry.state for entry in self.selected()}
        self.retry_button.setEnabled(OutboxState.FAILED in states)
        self.discard_button.setEnabled(bool(states & set(DISCARDABLE)))
        self.resolve_button.setEnabled(bool(self._resolvable()))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.sync_button.setText(self.tr("Sync now"))
        self.retry_button.setText(self.tr("Retry"))
        self.discard_button.setText(self.tr("Discard"))
        self.resolve_button.setText(self.tr("Resolve conflict…"))
        self.show_sent_box.setText(self.tr("Show recently sent"))
        self.model.retranslate()
