"""The Comments page: queues, filters, the comment in full, decisions by key, replies.

The page reads the local cache only, so it works offline with whatever was
pulled before. Decisions are saved locally at once (the outbox sends them
later); pulling runs in the background (:meth:`CommentsPage.start_pull`).

Keys, as in WordPress's comment screen (active while the list or the comment
text has the focus): J/K next/previous, A approve, S spam, D reject (trash),
U back to pending, Z restore. Ctrl+Z (Edit ▸ Undo) takes the last decision back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderation.cache import reflag_all
from moderation.decisions import DecisionRecord, decide, keep_site_decision, send_anyway, undo
from moderation.details import CommentDetail, load_detail
from moderation.errors import ModerationError
from moderation.pull import PullReport, pull_comments
from moderation.queues import CommentQueues, QueueFilter, QueueRow
from moderation.replies import queue_reply
from moderation.rules import RuleSet
from moderation.settings import load_rules, save_rules
from moderation.statuses import FLAGGED_STATUSES, QUEUE_STATUS, Action, Queue
from moderation.ui.detail_pane import ACTIONS, SHORTCUT_KEYS, CommentDetailPane, plain_label
from moderation.ui.log_dialog import ModerationLogDialog
from moderation.ui.queue_model import (
    ARTICLE,
    AUTHOR,
    EXCERPT,
    FLAGS,
    STATE,
    TIME,
    CommentQueueModel,
)
from moderation.ui.rules_dialog import RulesDialog
from moderation.ui.texts import action_text, queue_text, undo_text
from moderation.ui.undo import DecisionCommand
from portal.accounts import Accounts, SiteAccount
from portal.errors import SiteError
from shell.background import BackgroundTask, TaskContext, run_in_background
from shell.ui.pages import NavigationPage
from shell.ui.site_messages import site_error_message
from storage.database import Store
from storage.errors import StoreError
from storage.models import utc_now

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
COUNTS_DELAY_MS = 120
SCROLL_CONTEXT_ROWS = 2  # rows kept in view above the selection after scrolling
NEAR_BOTTOM_ROWS = 2  # a row this close to the bottom turns the page ahead of the next key
PREFETCH_DELAY_MS = 10  # after the shown comment is painted
QUEUES = (Queue.PENDING, Queue.FLAGGED, Queue.APPROVED, Queue.SPAM, Queue.TRASH, Queue.ALL)
PERIOD_DAYS = (0, 1, 7, 30)
FIND_PAGES = 10  # pages fetched at most to select a comment again after undo


@dataclass(frozen=True)
class QueueCounts:
    """What the tabs and the sync summary show."""

    by_queue: dict[Queue, int]
    waiting: int
    conflicts: int


class CommentsPage(NavigationPage):
    """Moderates the reader comments of the active site.

    ``pending_count_changed(int)`` announces the number of pending comments (for
    the navigation badge) after every pull, decision and refresh.
    ``sync_requested()`` says a decision or reply was written to the outbox (the
    app may send it now). ``pull_finished(object)`` carries the
    :class:`~moderation.pull.PullReport`, or the error when a pull failed.
    """

    view_name = "comments"
    pending_count_changed = Signal(int)
    sync_requested = Signal()
    pull_finished = Signal(object)

    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        moderator_name_provider: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._accounts = accounts
        self._moderator = moderator_name_provider
        self._site: SiteAccount | None = None
        self._queues: CommentQueues | None = None
        self._rules: RuleSet = load_rules(store)
        self._undo_stack = QUndoStack(self)
        self._pull_task: BackgroundTask[PullReport] | None = None
        self._reflag_task: BackgroundTask[int] | None = None
        self._author_key: tuple[str, str] | None = None
        self._conflicts_only = False
        self._suspend_detail = False
        self._prefetched: dict[int, CommentDetail] = {}
        self._counts_task: BackgroundTask[QueueCounts] | None = None
        self._counts: QueueCounts | None = None
        self._counts_again = False
        self.rules_dialog: RulesDialog | None = None
        self.log_dialog: ModerationLogDialog | None = None

        self._build_widgets()
        self._build_actions()
        self.retranslate_ui()
        self._use_site(accounts.active())

    # --- building -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.site_label = plain_label(self, selectable=False)
        self.site_label.setObjectName("commentsSite")
        self.pull_button = QPushButton(self)
        self.pull_button.setObjectName("pullComments")
        self.cancel_button = QPushButton(self)
        self.cancel_button.hide()
        self.rules_button = QPushButton(self)
        self.log_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status_label = plain_label(self, selectable=False)
        self.status_label.setObjectName("commentsStatus")
        self.sync_label = QLabel(self)  # our own counts, never reader text
        self.sync_label.setObjectName("commentsSync")
        self.conflicts_button = QPushButton(self)
        self.conflicts_button.setCheckable(True)
        self.conflicts_button.hide()

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("commentQueues")
        self.tabs.setExpanding(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for queue in QUEUES:
            index = self.tabs.addTab("")
            self.tabs.setTabData(index, queue.value)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("commentSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.author_edit = QLineEdit(self)
        self.author_edit.setObjectName("authorFilter")
        self.author_edit.setClearButtonEnabled(True)
        self.article_box = QComboBox(self)
        self.article_box.setObjectName("articleFilter")
        self.article_box.setMinimumContentsLength(24)
        self.article_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("periodFilter")
        for days in PERIOD_DAYS:
            self.period_box.addItem("", days)
        self.author_key_label = plain_label(self, selectable=False)
        self.clear_author_button = QPushButton(self)
        self.author_key_label.hide()
        self.clear_author_button.hide()
        self.count_label = QLabel(self)

        self.model = CommentQueueModel()
        self.table = QTableView(self)
        self.table.setObjectName("commentTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EXCERPT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (AUTHOR, 120),
            (ARTICLE, 120),
            (TIME, 118),
            (FLAGS, 80),
            (STATE, 95),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(TIME, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)

        self.detail = CommentDetailPane(self)
        self.detail.set_reply_limits(self._rules.min_length, self._rules.max_length)

        tools = QHBoxLayout()
        tools.addWidget(self.site_label, 1)
        tools.addWidget(self.status_label, 2)
        tools.addWidget(self.progress)
        tools.addWidget(self.cancel_button)
        tools.addWidget(self.pull_button)
        tools.addWidget(self.rules_button)
        tools.addWidget(self.log_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.author_edit, 1)
        filters.addWidget(self.article_box, 2)
        filters.addWidget(self.period_box)
        author_row = QHBoxLayout()
        author_row.addWidget(self.author_key_label)
        author_row.addWidget(self.clear_author_button)
        author_row.addStretch(1)
        author_row.addWidget(self.sync_label)
        author_row.addWidget(self.conflicts_button)
        author_row.addWidget(self.count_label)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs)
        left_layout.addLayout(filters)
        left_layout.addLayout(author_row)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)  # one count for a burst of changes
        self._counts_timer.timeout.connect(self.update_counts)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch_next)

        self.search_edit.textChanged.connect(self._search_timer.start)
        self.author_edit.textChanged.connect(self._search_timer.start)
        self.article_box.currentIndexChanged.connect(self.apply_filters)
        self.period_box.currentIndexChanged.connect(self.apply_filters)
        self.tabs.currentChanged.connect(self.apply_filters)
        self.clear_author_button.clicked.connect(self.clear_author_filter)
        self.conflicts_button.toggled.connect(self._show_conflicts)
        self.pull_button.clicked.connect(lambda: self.start_pull())
        self.cancel_button.clicked.connect(self.cancel_pull)
        self.rules_button.clicked.connect(self.open_rules)
        self.log_button.clicked.connect(self.open_log)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.detail.decision_requested.connect(self.decide_selected)
        self.detail.reply_requested.connect(self.send_reply)
        self.detail.keep_site_requested.connect(self.keep_site_decision)
        self.detail.send_anyway_requested.connect(self.send_mine_anyway)
        self.detail.author_filter_requested.connect(self.filter_by_author)

    def _build_actions(self) -> None:
        self.next_action = QAction(self)
        self.previous_action = QAction(self)
        self.next_action.triggered.connect(lambda: self.move_selection(1))
        self.previous_action.triggered.connect(lambda: self.move_selection(-1))
        keyed = [(self.next_action, "J"), (self.previous_action, "K")]
        self.decision_actions: dict[Action, QAction] = {}
        for action in ACTIONS:
            qaction = QAction(self)
            qaction.triggered.connect(lambda _checked=False, a=action: self.decide_selected(a))
            self.decision_actions[action] = qaction
            keyed.append((qaction, SHORTCUT_KEYS[action]))
        self.author_action = QAction(self)
        self.author_action.triggered.connect(self.detail.request_author_filter)
        for qaction, key in keyed:
            qaction.setShortcut(QKeySequence(key))
            qaction.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(qaction)
            self.detail.text_view.addAction(qaction)

    # --- NavigationPage -------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Comments")

    def undo_stack(self) -> QUndoStack:
        """Decisions taken on this page (Edit ▸ Undo takes the last one back)."""
        return self._undo_stack

    def showEvent(self, event: QShowEvent) -> None:
        """Keys work at once: the list takes the focus."""
        super().showEvent(event)
        self.table.setFocus()

    # --- the site -------------------------------------------------------------------------

    @property
    def site(self) -> SiteAccount | None:
        """The site whose comments are shown."""
        return self._site

    def _use_site(self, site: SiteAccount | None) -> None:
        changed = (site.id if site else None) != (self._site.id if self._site else None)
        self._site = site
        if changed:
            self._queues = CommentQueues(self._store, site.id) if site is not None else None
            self._undo_stack.clear()
            self.model.set_source(self._queues, reload=False)  # apply_filters reads it
        self.pull_button.setEnabled(site is not None)
        self._show_site()
        self._fill_articles()
        self.apply_filters()
        self.update_counts()

    def _show_site(self) -> None:
        if self._site is None:
            self.site_label.setText(
                self.tr("No site is set up. Add one under Preferences ▸ Sites to pull comments.")
            )
        else:
            self.site_label.setText(self.tr("Site: {name}").format(name=self._site.name))

    def _fill_articles(self) -> None:
        chosen = self.article_box.currentData()
        self.article_box.blockSignals(True)
        self.article_box.clear()
        self.article_box.addItem(self.tr("All articles"), None)
        if self._queues is not None:
            for article in self._queues.articles():
                title = article.title or self.tr("Article #{id}").format(id=article.post_id)
                self.article_box.addItem(title, article.post_id)
        index = self.article_box.findData(chosen) if chosen is not None else 0
        self.article_box.setCurrentIndex(max(index, 0))
        self.article_box.blockSignals(False)

    def refresh(self) -> None:
        """Read everything again (after a pull, or after the outbox was sent).

        The app calls this when the outbox worker has run, so "waiting to sync"
        markers and conflicts show; the selected comment stays selected.
        """
        self._rules = load_rules(self._store)
        self.detail.set_reply_limits(self._rules.min_length, self._rules.max_length)
        current = self.current_comment_id()
        site = self._accounts.active()
        if (site.id if site else None) != (self._site.id if self._site else None):
            self._use_site(site)
            return
        self._site = site
        self._show_site()
        self._fill_articles()
        self._reload(select=current)

    # --- filters --------------------------------------------------------------------------

    def current_queue(self) -> Queue:
        """The queue whose tab is chosen."""
        data = self.tabs.tabData(self.tabs.currentIndex())
        return Queue(data) if data else Queue.PENDING

    def show_queue(self, queue: Queue) -> None:
        """Switch to *queue*'s tab."""
        self.tabs.setCurrentIndex(QUEUES.index(queue))

    def current_filter(self) -> QueueFilter:
        """The filter the controls describe."""
        days = self.period_box.currentData()
        post_id = self.article_box.currentData()
        return QueueFilter(
            queue=Queue.ALL if self._conflicts_only else self.current_queue(),
            search=self.search_edit.text(),
            author=self.author_edit.text(),
            author_key=self._author_key[0] if self._author_key else None,
            post_id=post_id if isinstance(post_id, int) else None,
            since=utc_now() - timedelta(days=days) if days else None,
            conflicts_only=self._conflicts_only,
            newest_first=self.table.horizontalHeader().sortIndicatorOrder()
            == Qt.SortOrder.DescendingOrder,
        )

    def apply_filters(self) -> None:
        """Show the comments the queue tab and filters select, from the top."""
        self._search_timer.stop()
        self._prefetched.clear()
        self.model.set_filter(self.current_filter())
        self._select_row(0)
        self._update_count_label()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column != TIME:  # only time order is offered (the others would need indexes)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(TIME, order)
            header.blockSignals(False)
        self.apply_filters()

    def filter_by_author(self, author_key: str, author_name: str) -> None:
        """List only comments by this author (in every state)."""
        self._author_key = (author_key, author_name)
        for edit in (self.search_edit, self.author_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        self.author_key_label.setText(
            self.tr("Comments by {author}").format(author=author_name or self.tr("(anonymous)"))
        )
        self.author_key_label.show()
        self.clear_author_button.show()
        self.tabs.blockSignals(True)
        self.show_queue(Queue.ALL)
        self.tabs.blockSignals(False)
        self.apply_filters()

    def clear_author_filter(self) -> None:
        """Stop listing only one author's comments."""
        self._author_key = None
        self.author_key_label.hide()
        self.clear_author_button.hide()
        self.apply_filters()

    def _show_conflicts(self, on: bool) -> None:
        self._conflicts_only = on
        self.apply_filters()

    def _update_count_label(self) -> None:
        self.count_label.setText(self.tr("%n comment(s)", "", self.model.total))

    def update_counts(self) -> None:
        """Refresh the tab counts, the sync summary and the pending badge.

        Counting 200,000 comments takes tens of milliseconds, so it runs in the
        background; the GUI keeps taking keys meanwhile.
        """
        queues = self._queues
        if queues is None:
            self._counts = None
            for index, queue in enumerate(QUEUES):
                self.tabs.setTabText(index, queue_text(queue))
            self.sync_label.clear()
            self.conflicts_button.hide()
            self.pending_count_changed.emit(0)
            return
        if self._counts_task is not None:
            self._counts_again = True
            return

        def work(_context: TaskContext) -> QueueCounts:
            return QueueCounts(queues.counts(), *queues.sync_counts())

        self._counts_task = run_in_background(
            work,
            on_success=lambda counts: self._counts_done(queues, counts),
            on_failure=self._counts_failed,
            parent=self,
        )

    def _recount(self) -> None:
        """Count again soon, after whatever count is running now."""
        if self._counts_task is not None:
            self._counts_again = True
        else:
            self._counts_timer.start()

    def _counts_done(self, queues: CommentQueues, counts: QueueCounts) -> None:
        self._counts_task = None
        if queues is self._queues:
            self._show_counts(counts)
        if self._counts_again:
            self._counts_again = False
            self.update_counts()

    def _show_counts(self, counts: QueueCounts) -> None:
        """Put *counts* on the tabs and the sync summary, and announce the pending count."""
        self._counts = counts
        for index, queue in enumerate(QUEUES):
            text = f"{queue_text(queue)} ({counts.by_queue[queue]})"
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)
        parts = []
        if counts.waiting:
            parts.append(self.tr("%n comment(s) waiting to sync", "", counts.waiting))
        if counts.conflicts:
            parts.append(self.tr("%n conflict(s) with the site", "", counts.conflicts))
        self.sync_label.setText(" · ".join(parts))
        self.conflicts_button.setVisible(bool(counts.conflicts) or self._conflicts_only)
        self.pending_count_changed.emit(counts.by_queue[Queue.PENDING])

    def _counts_failed(self, error: BaseException) -> None:
        self._counts_task = None
        if not isinstance(error, StoreError):
            raise error
        self._say(error.user_message)

    # --- selection ------------------------------------------------------------------------

    def current_comment_id(self) -> int | None:
        """The comment shown in the detail pane."""
        index = self.table.currentIndex()
        return self.model.comment_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The selected comments, top to bottom (the current one when none is selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [i for row in rows if (i := self.model.comment_id(row)) is not None]

    def _select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.table.setCurrentIndex(QModelIndex())
            self.detail.show_detail(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, EXCERPT)
        self._scroll_to(row)  # before the view scrolls by itself, one row at a time
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_current()

    def _scroll_to(self, row: int) -> None:
        """Bring *row* into view; when it has to scroll, put it near the top.

        Deciding walks down the list one row at a time: scrolling by one row each
        time would repaint the whole list on every key, scrolling a page at a
        time repaints it once every twenty-odd keys.
        """
        viewport = self.table.viewport().rect()
        if viewport.contains(self.table.visualRect(self.model.index(row, EXCERPT))):
            return
        if self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            self.table.verticalScrollBar().setValue(max(row - SCROLL_CONTEXT_ROWS, 0))
        else:
            self.table.scrollTo(self.model.index(row, EXCERPT))

    def move_selection(self, step: int) -> None:
        """Select the next (1) or previous (-1) comment (J / K)."""
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if 0 <= row < self.model.rowCount():
            self._select_row(row)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._suspend_detail:
            self._show_current()

    def _show_current(self) -> None:
        comment_id = self.current_comment_id()
        shown = self.detail.detail
        if comment_id is None:
            self.detail.show_detail(None)
        elif shown is None or shown.id != comment_id:
            ready = self._prefetched.pop(comment_id, None)
            self.detail.show_detail(ready or load_detail(self._store, comment_id))
            self._prefetch_timer.start()

    def _prefetch_next(self) -> None:
        """Read the next comment's details while the moderator reads this one.

        A decision then shows the next comment without waiting for the database.
        """
        current = self.table.currentIndex()
        if not current.isValid():
            return
        self._turn_page_if_near_bottom(current.row())
        for row in range(current.row() + 1, min(current.row() + 4, self.model.rowCount())):
            comment_id = self.model.comment_id(row)
            if comment_id is not None and not self.model.departed(row):
                if comment_id not in self._prefetched:
                    detail = load_detail(self._store, comment_id)
                    if detail is not None:
                        self._prefetched = {comment_id: detail}
                return

    def _turn_page_if_near_bottom(self, row: int) -> None:
        """Scroll while the moderator reads, so that the next key need not repaint the list."""
        below = self.table.visualRect(self.model.index(row + NEAR_BOTTOM_ROWS, EXCERPT))
        if below.isValid() and self.table.viewport().rect().contains(below):
            return
        if row + 1 < self.model.rowCount() and self.table.verticalScrollMode() == (
            QAbstractItemView.ScrollMode.ScrollPerItem
        ):
            self.table.verticalScrollBar().setValue(max(row - SCROLL_CONTEXT_ROWS, 0))

    def _forget_prefetched(self, decided: list[int] | None = None) -> None:
        """Drop details read ahead that a change may have made stale (all when unsure)."""
        shown = self.detail.detail
        if decided is None or len(decided) != 1 or shown is None or shown.id != decided[0]:
            self._prefetched.clear()
            return
        self._prefetched = {
            comment_id: detail
            for comment_id, detail in self._prefetched.items()
            if comment_id not in decided and detail.author_key != shown.author_key
        }

    def _reload_detail(self) -> None:
        comment_id = self.current_comment_id()
        self.detail.show_detail(
            load_detail(self._store, comment_id) if comment_id is not None else None
        )

    def _reload(self, select: int | None) -> None:
        """Read the queue again and select *select* if it is still listed (else the top)."""
        self._prefetched.clear()
        self._suspend_detail = True
        try:
            self.model.reload()
            row = self.model.row_of(select) if select is not None else None
            pages = 0
            while row is None and select is not None and pages < FIND_PAGES:
                if not self.model.canFetchMore(QModelIndex()):
                    break
                self.model.fetchMore(QModelIndex())
                row = self.model.row_of(select)
                pages += 1
        finally:
            self._suspend_detail = False
        self.detail.detail = None  # read it again: its state may have changed
        self._select_row(row if row is not None else 0)
        self._update_count_label()
        self._counts_timer.start()

    # --- decisions ------------------------------------------------------------------------

    def decide_selected(self, action: Action) -> None:
        """Take *action* on the selected comments and select the next one."""
        if self._site is None:
            return
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [i for row in rows if (i := self.model.comment_id(row)) is not None]
        if not ids:
            return
        next_id = self._comment_after(rows, set(ids))
        try:
            record = decide(self._store, self._site.id, ids, action, self._moderator())
        except StoreError as error:
            self._say(error.user_message)
            return
        if record is None:
            self._say(
                self.tr("Nothing to change: “{action}” does not apply here.").format(
                    action=action_text(action)
                )
            )
            return
        self._undo_stack.push(DecisionCommand(self, record, undo_text(action, len(record.changes))))
        self._forget_prefetched(record.comment_ids)
        before = [self.model.queue_row(row) for row in rows]
        self.model.apply_decision([(c.comment_id, c.after) for c in record.changes])
        self._count_decision(record, [row for row in before if row is not None])
        target = self.model.row_of(next_id) if next_id is not None else None
        if target is None:  # nothing left below or above: stay, and show the new state
            target = rows[0]
            self.detail.detail = None
        self._select_row(target)
        self._update_count_label()
        self.sync_requested.emit()

    def _count_decision(self, record: DecisionRecord, before: list[QueueRow]) -> None:
        """Update the tab counts and the badge for a decision without counting again."""
        if self._counts is None or self._counts_timer.isActive() or self._counts_task is not None:
            self._recount()  # the counts on show are about to be replaced anyway
            return
        by_queue = dict(self._counts.by_queue)
        waiting, conflicts = self._counts.waiting, self._counts.conflicts
        rows = {row.id: row for row in before}
        for change in record.changes:
            row = rows.get(change.comment_id)
            if row is None:  # not on show: count for real
                self._recount()
                return
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
        self._show_counts(QueueCounts(by_queue, waiting, max(conflicts, 0)))

    def _comment_after(self, rows: list[int], decided: set[int]) -> int | None:
        """The comment to show after deciding on *rows*: the next one down, else up."""
        last = rows[-1]
        if last + 1 >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        candidates = [*range(last + 1, self.model.rowCount()), *range(rows[0] - 1, -1, -1)]
        for row in candidates:
            comment_id = self.model.comment_id(row)
            if (
                comment_id is not None
                and comment_id not in decided
                and not self.model.departed(row)
            ):
                return comment_id
        return None

    def redo_decision(self, record: DecisionRecord) -> DecisionRecord | None:
        """Edit ▸ Redo: take an undone decision again."""
        again = decide(
            self._store, record.site_id, record.comment_ids, record.action, self._moderator()
        )
        self._show_changed(record.comment_ids, select=None)
        self.sync_requested.emit()
        return again

    def undo_decision(self, record: DecisionRecord) -> None:
        """Edit ▸ Undo: take a decision back and show the comment again."""
        outcome = undo(self._store, record, self._moderator())
        self._show_changed(record.comment_ids, select=record.comment_ids[0])
        if outcome.reversed:
            self._say(
                self.tr(
                    "Already sent: the reverse of %n decision(s) will be sent.",
                    "",
                    outcome.reversed,
                )
            )
            self.sync_requested.emit()
        if outcome.skipped:
            self._say(
                self.tr(
                    "%n comment(s) changed since the decision and were left as they are.",
                    "",
                    outcome.skipped,
                )
            )

    def _show_changed(self, comment_ids: list[int], select: int | None) -> None:
        """Show comments changed by undo or redo where they are (or read the queue again)."""
        self._prefetched.clear()
        if all(self.model.row_of(i) is not None for i in comment_ids):
            self.model.apply_changes(comment_ids)
            row = self.model.row_of(select) if select is not None else None
            self.detail.detail = None
            self._select_row(row if row is not None else self.table.currentIndex().row())
            self._update_count_label()
            self._counts_timer.start()
        else:
            self._reload(select=select if select is not None else self.current_comment_id())

    def keep_site_decision(self) -> None:
        """After a conflict: drop the moderator's decision, keep what the site has."""
        comment_id = self.current_comment_id()
        if comment_id is not None and keep_site_decision(
            self._store, comment_id, self._moderator()
        ):
            self._reload(select=comment_id)

    def send_mine_anyway(self) -> None:
        """After a conflict: send the moderator's decision over the site's."""
        comment_id = self.current_comment_id()
        if comment_id is not None and send_anyway(self._store, comment_id):
            self._reload(select=comment_id)
            self.sync_requested.emit()

    def send_reply(self, text: str) -> None:
        """Queue a reply to the comment shown, as the newspaper."""
        comment_id = self.current_comment_id()
        if comment_id is None or self._site is None:
            return
        try:
            queue_reply(
                self._store, self._site.id, comment_id, text, self._moderator(), self._rules
            )
        except ModerationError as error:
            self._say(error.user_message)
            return
        self.detail.reply_sent()
        self._reload_detail()
        self.model.apply_changes([comment_id])
        self._say(self.tr("Reply queued; it is sent with the decisions."))
        self._counts_timer.start()
        self.sync_requested.emit()

    def context_menu(self) -> QMenu:
        """The list's context menu: the decisions, and the author's other comments."""
        menu = QMenu(self)
        for action in ACTIONS:
            menu.addAction(self.decision_actions[action])
        menu.addSeparator()
        menu.addAction(self.author_action)
        return menu

    def _context_menu(self, position: QPoint) -> None:
        if not self.table.indexAt(position).isValid():
            return
        menu = self.context_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # --- pulling --------------------------------------------------------------------------

    @property
    def pulling(self) -> bool:
        """A pull is running."""
        return self._pull_task is not None

    def start_pull(self, *, full: bool = False) -> bool:
        """Pull the active site's comments in the background; False if it cannot start."""
        if self._pull_task is not None:
            return False
        site = self._accounts.active()
        if site is None:
            self._use_site(None)
            self._say(self.tr("No site is set up."))
            return False
        if self._site is None or site.id != self._site.id:
            self._use_site(site)
        client = self._accounts.client(site)
        if client is None:
            self._say(
                self.tr(
                    "The application password for {site} is not known; enter it in "
                    "Preferences ▸ Sites."
                ).format(site=site.name)
            )
            return False
        store, site_id = self._store, site.id

        def work(context: TaskContext) -> PullReport:
            with client:
                return pull_comments(store, client, site_id, context, force_full=full)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.pull_button.setEnabled(False)
        self._say(self.tr("Pulling comments from {site}…").format(site=site.name))
        self._pull_task = run_in_background(
            work,
            on_success=self._pull_done,
            on_failure=self._pull_failed,
            on_progress=self._pull_progress,
            on_cancelled=self._pull_cancelled,
            parent=self,
        )
        return True

    def cancel_pull(self) -> None:
        """Stop the running pull after the page it is on (what it stored stays)."""
        if self._pull_task is not None:
            self._pull_task.cancel()

    def _pull_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self._say(self.tr("Pulling comments… {done} of {total}").format(done=done, total=total))

    def _pull_ended(self) -> None:
        self._pull_task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.pull_button.setEnabled(self._site is not None)

    def _pull_done(self, report: PullReport) -> None:
        self._pull_ended()
        if report.cancelled:
            self._say(self.tr("Pull stopped; the comments pulled so far are kept."))
        else:
            self._say(
                self.tr(
                    "Pulled {received} comment(s): {new} new, {changed} changed on the site."
                ).format(received=report.received, new=report.new, changed=report.site_changed)
            )
        self.refresh()
        self.pull_finished.emit(report)

    def _pull_failed(self, error: BaseException) -> None:
        self._pull_ended()
        if isinstance(error, SiteError):
            message = site_error_message(error)
        elif isinstance(error, StoreError):
            message = error.user_message
        else:
            log.error("Pulling comments failed", exc_info=error)
            raise error
        self._say(
            self.tr("Could not pull comments; showing those pulled before. {reason}").format(
                reason=message
            )
        )
        self.refresh()
        self.pull_finished.emit(error)

    def _pull_cancelled(self) -> None:
        self._pull_ended()
        self._say(self.tr("Pull stopped; the comments pulled so far are kept."))
        self.refresh()

    # --- rules and log --------------------------------------------------------------------

    def open_rules(self) -> RulesDialog:
        """Show the rules editor (window-modal); saving re-checks the cached comments."""
        dialog = RulesDialog(self._rules, self)
        dialog.accepted.connect(lambda: self.apply_rules(dialog.rules()))
        dialog.finished.connect(dialog.deleteLater)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def apply_rules(self, rules: RuleSet) -> None:
        """Save *rules* and flag the cached comments again in the background."""
        self._rules = save_rules(self._store, rules)
        self.detail.set_reply_limits(self._rules.min_length, self._rules.max_length)
        if self._site is None:
            return
        store, site_id, saved = self._store, self._site.id, self._rules

        def work(context: TaskContext) -> int:
            return reflag_all(store, site_id, saved, context)

        self._say(self.tr("Checking the comments against the new rules…"))
        self._reflag_task = run_in_background(
            work, on_success=self._reflag_done, on_cancelled=self.refresh, parent=self
        )

    def _reflag_done(self, changed: int) -> None:
        self._reflag_task = None
        self._say(self.tr("Rules saved; %n comment(s) flagged differently now.", "", changed))
        self.refresh()

    def open_log(self) -> ModerationLogDialog:
        """Show the moderation log."""
        dialog = ModerationLogDialog(self._store, self._site.id if self._site else None, self)
        dialog.finished.connect(dialog.deleteLater)
        self.log_dialog = dialog
        dialog.show()
        return dialog

    # --- messages and translation ---------------------------------------------------------

    def _say(self, message: str) -> None:
        self.status_label.setText(message)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.pull_button.setText(self.tr("Pull comments"))
        self.cancel_button.setText(self.tr("Stop"))
        self.rules_button.setText(self.tr("Rules…"))
        self.log_button.setText(self.tr("Moderation log…"))
        self.clear_author_button.setText(self.tr("Show all authors"))
        self.conflicts_button.setText(self.tr("Show conflicts"))
        self.search_edit.setPlaceholderText(
            self.tr("Search comments (accents optional: “duong” finds “Đường”)")
        )
        self.author_edit.setPlaceholderText(self.tr("Author"))
        for index, text in enumerate(
            (
                self.tr("Any time"),
                self.tr("Last 24 hours"),
                self.tr("Last 7 days"),
                self.tr("Last 30 days"),
            )
        ):
            self.period_box.setItemText(index, text)
        if self.article_box.count():
            self.article_box.setItemText(0, self.tr("All articles"))
        self.next_action.setText(self.tr("Next comment"))
        self.previous_action.setText(self.tr("Previous comment"))
        for action, qaction in self.decision_actions.items():
            qaction.setText(action_text(action))
        self.author_action.setText(self.tr("List this author's comments"))
        self._show_site()
        self._update_count_label()
        if self._counts is not None:
            self._show_counts(self._counts)
        else:
            for index, queue in enumerate(QUEUES):
                self.tabs.setTabText(index, queue_text(queue))
