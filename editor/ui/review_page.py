"""The review queue page ("Chờ duyệt"): read what contributors submitted, then decide.

The list reads the cached site posts waiting for review (:mod:`editor.review_queue`)
through a lazy model, oldest first; the read pane beside it shows the selected post
as plain text (never HTML: no image or script of the site's is ever loaded). Keys,
also on buttons: **A** approve and publish, **S** schedule, **D** send back with a
note, **Enter** open the post (``open_requested``: as a local interview, where the
application offers it; else the read pane takes the focus), **Ctrl+Z** (Edit ▸ Undo)
takes back a decision not yet sent. A decision is one short write on the GUI thread
(the decision and its outbox item); the outbox sends it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.review_queue import (
    APPROVE,
    SCHEDULE,
    SEND_BACK,
    Decided,
    ReviewError,
    ReviewQueue,
    can_review,
    decide,
    decided_count,
    post_to_read,
    seen_of,
    undo_decision,
    waiting_count,
)
from editor.site_posts import last_pull_at
from editor.site_posts_list import cache_signature
from editor.site_rights import cached_rights
from editor.ui.review_dialogs import ScheduleDialog, SendBackDialog
from editor.ui.review_model import ReviewModel, decision_text
from portal.accounts import Accounts, SiteAccount
from storage.changes import Changes
from storage.database import Store
from uikit.changes import ChangeNotifier, RefreshWhenShown
from uikit.formatting import local_time_text, show_texts_again
from uikit.modal import open_modal
from uikit.outside_text import plain_labels
from uikit.pages import NavigationPage
from uikit.row_views import EmptyOrContent, setup_row_table

#: The decision keys (the Comments page uses A/D/S alike: approve, turn down, set aside).
KEYS = {APPROVE: "A", SCHEDULE: "S", SEND_BACK: "D"}


class DecisionCommand(QUndoCommand):
    """A decision already queued; undo takes it out of the outbox, redo queues it again."""

    def __init__(self, page: ReviewPage, decided: Decided, text: str) -> None:
        super().__init__(text)
        self._page = page
        self.decided = decided
        self._first = True

    def redo(self) -> None:
        """Queue the decision again (the first time it is queued already)."""
        if self._first:
            self._first = False
            return
        again = self._page.redo_decision(self.decided)
        if again is None:
            self.setObsolete(True)
        else:
            self.decided = again

    def undo(self) -> None:
        """Take the decision back, if it has not gone out yet."""
        if not self._page.undo_decision(self.decided):
            self.setObsolete(True)


class ReviewPage(NavigationPage):
    """The "Chờ duyệt" page (view name ``review``).

    ``open_requested(post_id)`` asks the application to open a post as a local
    interview. A decision queued or taken back is reported to *changes* (the outbox
    changed: the application sends it soon and counts the queue again); the page reads
    its list again when posts are pulled, the outbox moves or the site changes.
    """

    view_name = "review"
    open_requested = Signal(int)
    #: What deciding (or taking a decision back) changes.
    may_change = Changes(outbox=True)

    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        decided_by: Callable[[], str] = lambda: "",
        parent: QWidget | None = None,
        *,
        changes: ChangeNotifier | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = changes
        self._store = store
        self._accounts = accounts
        self._decided_by = decided_by
        self._site: SiteAccount | None = None
        self._signature: tuple[object, ...] | None = None
        self.undo = QUndoStack(self)
        self.model = ReviewModel()
        self.dialog: QDialog | None = None
        self._build()
        self._connect()
        self._changes = RefreshWhenShown(
            self,
            changes,
            lambda c: c.site_posts or c.outbox or c.sites or c.rights,
            self._catch_up,
        )
        self.retranslate_ui()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.site_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("reviewMessage")
        self.message_label.setWordWrap(True)
        self.mode = QComboBox(self)
        self.mode.setObjectName("reviewMode")
        self.order = QComboBox(self)
        self.order.setObjectName("reviewOrder")
        top = QHBoxLayout()
        top.addWidget(self.site_label)
        top.addStretch(1)
        top.addWidget(self.mode)
        top.addWidget(self.order)

        self.actions_by_decision: dict[str, QAction] = {}
        self.buttons_by_decision: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("reviewOpen")
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        for decision in (APPROVE, SCHEDULE, SEND_BACK):
            action = QAction(self)
            action.setShortcut(QKeySequence(KEYS[decision]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, d=decision: self.decide_selected(d))
            self.addAction(action)
            self.actions_by_decision[decision] = action
            button = QPushButton(self)
            button.setObjectName(f"review_{decision}")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.buttons_by_decision[decision] = button

        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        setup_row_table(
            self.table,
            ReviewModel.TITLE,
            ((1, 120), (2, 110), (3, 55), (4, 125), (5, 80), (6, 220)),
        )

        self.read_title = QLabel(self)
        self.read_title.setObjectName("reviewReadTitle")
        self.read_title.setWordWrap(True)
        font = self.read_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.read_title.setFont(font)
        self.read_meta = QLabel(self)
        self.read_meta.setWordWrap(True)
        self.read_text = QPlainTextEdit(self)
        self.read_text.setObjectName("reviewReadText")
        self.read_text.setReadOnly(True)
        self.read_notes = QLabel(self)
        self.read_notes.setObjectName("reviewNotes")
        self.read_notes.setWordWrap(True)
        plain_labels(
            self.site_label, self.message_label, self.read_title, self.read_meta, self.read_notes
        )
        pane = QWidget(self)
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.read_title)
        pane_layout.addWidget(self.read_meta)
        pane_layout.addWidget(self.read_text, 1)
        pane_layout.addWidget(self.read_notes)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([820, 520])

        self.views = EmptyOrContent(self.splitter, self)
        self.empty_label = self.views.empty_label
        self.empty_label.setObjectName("reviewEmpty")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.views, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.mode.activated.connect(self.reload)
        self.order.activated.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.activated.connect(self._activated)
        self.open_button.clicked.connect(self.open_selected)

    # --- NavigationPage -------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Review")

    def undo_stack(self) -> QUndoStack:
        """Decisions taken here (Edit ▸ Undo takes back the last one not yet sent)."""
        return self.undo

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: the site or the cache may have changed; the list takes the keys."""
        if self._site != self._accounts.active():
            self.refresh()
        else:
            self._changes.shown()
        super().showEvent(event)
        self.table.setFocus()

    def _catch_up(self) -> None:
        """Another operation changed what the page shows."""
        if self._site != self._accounts.active():
            self.refresh()
        else:
            self.reload_if_changed()

    def _report(self) -> None:
        """Say that a decision was queued or taken back."""
        if self._notifier is not None:
            self._notifier.report(self.may_change, self)

    # --- the list -------------------------------------------------------------------------

    @property
    def showing_decided(self) -> bool:
        """The list shows decided posts waiting to be sent, not the queue."""
        return bool(self.mode.currentData())

    def refresh(self) -> None:
        """Read the active site and the list again."""
        self._site = self._accounts.active()
        self.site_label.setText(self._site.name if self._site is not None else "")
        self.reload()

    def _signature_now(self) -> tuple[object, ...] | None:
        if self._site is None:
            return None
        counts = (
            waiting_count(self._store, self._site.id),
            decided_count(self._store, self._site.id),
        )
        return (*cache_signature(self._store, self._site.id), *counts)

    def reload_if_changed(self) -> None:
        """Read the list again if a pull or the outbox changed it meanwhile."""
        if self._signature_now() != self._signature:
            self.reload()

    def reload(self) -> None:
        """List the posts (or say why there are none), keeping the selected row's place."""
        row = max(self.table.currentIndex().row(), 0)
        site = self._site
        self._signature = self._signature_now()
        why = self._why_empty(site)
        if why is not None or site is None:
            self.model.set_source(None)
            self._show_empty(why or "")
            return
        self.model.set_source(
            ReviewQueue(
                self._store,
                site.id,
                decided=self.showing_decided,
                newest_first=bool(self.order.currentData()),
            )
        )
        if self.model.total == 0:
            self._show_empty(
                self.tr("No decision is waiting to be sent.")
                if self.showing_decided
                else self.tr(
                    "Nothing is waiting for review on {site}. Posts contributors submit "
                    "appear here after the next pull."
                ).format(site=site.name)
            )
            return
        self.views.show_content()
        self.table.setColumnHidden(ReviewModel.DECISION, not self.showing_decided)
        self._enable(True)
        while row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._show_current(self.table.currentIndex())

    def _why_empty(self, site: SiteAccount | None) -> str | None:
        """Why there is nothing to show, or None."""
        if site is None:
            return self.tr(
                "No site is set up. Add your site in Preferences ▸ Sites to review what "
                "contributors submit."
            )
        rights = cached_rights(self._store, site.id)
        if not can_review(rights.can_publish if rights is not None else None):
            return self.tr(
                "The account {user} may not publish on {site}, so it cannot review what "
                "contributors submit. An editor's account can."
            ).format(user=site.username, site=site.name)
        if last_pull_at(self._store, site.id) is None:
            return self.tr(
                "The posts of {site} have not been pulled yet. Pull them on the “On the "
                "site” page; the posts waiting for review then show here."
            ).format(site=site.name)
        return None

    def _show_empty(self, text: str) -> None:
        self.views.show_empty(text)
        self._enable(False)
        self._show_post(None)

    def _enable(self, on: bool) -> None:
        for action in self.actions_by_decision.values():
            action.setEnabled(on and not self.showing_decided)
        for button in self.buttons_by_decision.values():
            button.setEnabled(on and not self.showing_decided)
        self.open_button.setEnabled(on)

    def selected_post(self) -> tuple[int, str] | None:
        """The selected post's id and title."""
        row = self.model.row_at(self.table.currentIndex().row())
        return (row.remote_id, row.title) if row is not None else None

    def _show_current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self._show_post(row.remote_id if row is not None else None)

    def _show_post(self, post_id: int | None) -> None:
        """Fill the read pane with the post as plain text (cleared for None)."""
        shown = (
            post_to_read(self._store, self._site.id, post_id)
            if post_id is not None and self._site is not None
            else None
        )
        if shown is None:
            for label in (self.read_title, self.read_meta, self.read_notes):
                label.clear()
            self.read_text.clear()
            return
        self.read_title.setText(shown.title or self.tr("(no title)"))
        row = self.model.row_at(self.table.currentIndex().row())
        submitted = row.submitted if row is not None else None
        self.read_meta.setText(
            self.tr("By {author} · submitted {when} · {words} words").format(
                author=shown.author or "—",
                when=local_time_text(submitted) if submitted is not None else "—",
                words=row.words if row is not None else 0,
            )
        )
        self.read_text.setPlainText(shown.text)
        self.read_notes.setText(self._notes_text(shown.notes))

    def _notes_text(self, notes: tuple[tuple[datetime | None, str], ...]) -> str:
        if not notes:
            return ""
        lines = [self.tr("Notes sent to the author:")]
        for when, note in notes:
            lines.append(f"{local_time_text(when) if when is not None else ''} — {note}")
        return "\n".join(lines)

    # --- opening and deciding ---------------------------------------------------------------

    def _activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        """Enter: open the post as a local interview where offered; else read it here."""
        post = self.selected_post()
        if post is None:
            return
        meta = self.metaObject()
        if self.isSignalConnected(meta.method(meta.indexOfSignal("open_requested(int)"))):
            self.open_requested.emit(post[0])
        else:
            self.read_text.setFocus()

    def decide_selected(self, decision: str) -> None:
        """A, S or D: approve at once, or ask when / the note first."""
        post = self.selected_post()
        if post is None or self._site is None or self.showing_decided or self.dialog is not None:
            return
        post_id, title = post
        if decision == APPROVE:
            self._decide(post_id, title, APPROVE)
            return

        def accepted(dialog: ScheduleDialog | SendBackDialog) -> None:
            if isinstance(dialog, ScheduleDialog):
                self._decide(post_id, title, SCHEDULE, scheduled_at=dialog.moment())
            else:
                self._decide(post_id, title, SEND_BACK, note=dialog.text())

        dialog: ScheduleDialog | SendBackDialog = (
            ScheduleDialog(title, self) if decision == SCHEDULE else SendBackDialog(title, self)
        )
        dialog.finished.connect(self._dialog_closed)
        self.dialog = open_modal(dialog, accepted)

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _decide(
        self,
        post_id: int,
        title: str,
        decision: str,
        *,
        note: str = "",
        scheduled_at: datetime | None = None,
    ) -> None:
        if self._site is None:
            return
        try:
            decided = decide(
                self._store,
                self._site.id,
                post_id,
                decision,
                note=note,
                scheduled_at=scheduled_at,
                decided_by=self._decided_by(),
            )
        except ReviewError:
            self.message_label.setText(
                self.tr("“{title}” is no longer waiting for review here.").format(title=title)
            )
            self.reload()
            return
        text = self.tr("{decision}: “{title}”").format(
            decision=decision_text(decision), title=title
        )
        self.undo.push(DecisionCommand(self, decided, text))
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.message_label.setText(
            self.tr("{decision}: “{title}”, waiting to be sent. {undo} takes it back.").format(
                decision=decision_text(decision), title=title, undo=undo
            )
        )
        self.reload()
        self._report()

    def undo_decision(self, decided: Decided) -> bool:
        """Take a decision back (Edit ▸ Undo); False once it went out."""
        if undo_decision(self._store, decided.decision_id):
            self.message_label.setText(self.tr("Decision taken back; the post waits for review."))
            self.reload()
            self._report()
            return True
        self.message_label.setText(
            self.tr("That decision was already sent to the site; it cannot be taken back here.")
        )
        return False

    def redo_decision(self, decided: Decided) -> Decided | None:
        """Queue a decision taken back again, on the version the editor had read."""
        if self._site is None:
            return None
        try:
            again = decide(
                self._store,
                self._site.id,
                decided.post_id,
                decided.decision,
                note=decided.note,
                scheduled_at=decided.scheduled_at,
                decided_by=self._decided_by(),
                seen=seen_of(self._store, decided.decision_id),
            )
        except ReviewError:
            self.message_label.setText(self.tr("The post is no longer waiting for review."))
            return None
        self.reload()
        self._report()
        return again

    # --- language -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text of the page in the current language."""
        mode, order = self.mode.currentIndex(), self.order.currentIndex()
        self.mode.clear()
        self.mode.addItem(self.tr("Waiting for review"), False)
        self.mode.addItem(self.tr("Decided, waiting to be sent"), True)
        self.mode.setCurrentIndex(max(mode, 0))
        self.order.clear()
        self.order.addItem(self.tr("Oldest first"), False)
        self.order.addItem(self.tr("Newest first"), True)
        self.order.setCurrentIndex(max(order, 0))
        labels = {
            APPROVE: self.tr("Approve and publish"),
            SCHEDULE: self.tr("Schedule…"),
            SEND_BACK: self.tr("Send back…"),
        }
        for decision, button in self.buttons_by_decision.items():
            button.setText(f"{labels[decision]} ({KEYS[decision]})")
        self.open_button.setText(self.tr("Open (Enter)"))
        self.open_button.setToolTip(self.tr("Open the post to edit it"))
        show_texts_again(self.model)
        self.refresh()
