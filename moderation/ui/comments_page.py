"""The Comments page: queues, filters, the comment in full, decisions by key, replies.

The page reads the local cache only, so it works offline with whatever was
pulled before. Decisions are saved locally at once (the outbox sends them
later); pulling runs in the background (:meth:`CommentsPage.start_pull`).

Keys, as in WordPress's comment screen (active while the list or the comment
text has the focus): J/K next/previous, A approve, S spam, D reject (trash),
U back to pending, Z restore; V reviewed, keep as is; G selects the comments similar
to the current one (a campaign), so one key decides them all, as one undo step.
Ctrl+Z (Edit ▸ Undo) takes the last decision back.

This module builds the page and wires its parts; each job lives in its own class:
:class:`~moderation.ui.comment_browser.CommentBrowser` (selection and the comment
shown), :class:`~moderation.ui.decision_controller.DecisionController` (decisions,
undo, conflicts, replies), :class:`~moderation.ui.counts.QueueCounter` (tab counts,
sync summary, badge), :class:`~uikit.pulls.PullRunner` (the background
pull) and :class:`~moderation.ui.rules_controller.RulesController` (rules and
re-flagging). The helpers announce numbers and the page words the texts with plural
forms: ``pyside6-lupdate`` marks a text as plural only in a ``self.tr(text, "", n)`` call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent, QUndoStack
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

from moderation.decisions import UndoOutcome
from moderation.queues import CommentQueues, QueueFilter, SortOrder
from moderation.rules import RuleSet, assistant_reason
from moderation.statuses import Action, Queue
from moderation.ui.assistant_controller import (
    SIMILAR_KEY,
    AssistantController,
    explanation_text,
)
from moderation.ui.comment_browser import CommentBrowser
from moderation.ui.counts import QueueCounter, QueueCounts
from moderation.ui.dashboard_dialog import DashboardDialog
from moderation.ui.decision_controller import DecisionController, comment_after
from moderation.ui.detail_pane import (
    ACTIONS,
    KEEP_KEY,
    SHORTCUT_KEYS,
    CommentDetailPane,
    plain_label,
)
from moderation.ui.log_dialog import ModerationLogDialog
from moderation.ui.pull_runner import comment_pull_runner
from moderation.ui.queue_model import (
    ARTICLE,
    AUTHOR,
    EXCERPT,
    FLAGS,
    SCORE,
    STATE,
    TIME,
    CommentQueueModel,
)
from moderation.ui.rules_controller import RulesController
from moderation.ui.rules_dialog import RulesDialog
from moderation.ui.texts import Moderation, action_text, keep_text, queue_text
from portal.accounts import Accounts, SiteAccount
from storage.changes import Changes
from storage.database import Store
from storage.models import utc_now
from uikit.changes import ChangeNotifier, RefreshWhenShown
from uikit.pages import NavigationPage
from uikit.pulls import PullScheduler

SEARCH_DELAY_MS = 150
QUEUES = (Queue.PENDING, Queue.FLAGGED, Queue.APPROVED, Queue.SPAM, Queue.TRASH, Queue.ALL)
PERIOD_DAYS = (0, 1, 7, 30)
#: At most this many rows are listed to select a campaign (G): 25 pages of the queue.
MOST_LISTED = 5000
SORTS = (
    SortOrder.NEWEST,
    SortOrder.OLDEST,
    SortOrder.ARTICLE,
    SortOrder.FLAGS,
    SortOrder.SCORE,
)


def undo_key() -> str:
    """The undo key as this system writes it (Ctrl+Z, ⌘Z)."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class CommentsPage(NavigationPage):
    """Moderates the reader comments of the active site.

    ``pending_count_changed(int)`` announces the number of pending comments (for
    the navigation badge) after every pull, decision and refresh.
    ``sync_requested()`` says a decision or reply was written to the outbox; the
    page reports it to *changes* (comments and outbox changed), and the app sends
    it soon. The page reads everything again when others change comments (a
    sync's pull or outbox pass; while hidden, when next shown). Its pulls run
    through *pulls*, the app's scheduler. ``pull_finished(object)`` carries the
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
        *,
        data_dir: Path | None = None,
        pulls: PullScheduler | None = None,
        changes: ChangeNotifier | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._notifier = changes
        self._accounts = accounts
        self._site: SiteAccount | None = None
        self._queues: CommentQueues | None = None
        self._author_key: tuple[str, str] | None = None
        self._conflicts_only = False
        self.rules_dialog: RulesDialog | None = None
        self.log_dialog: ModerationLogDialog | None = None
        self.dashboard_dialog: DashboardDialog | None = None
        self.rules = RulesController(store, self)
        self.decisions = DecisionController(store, moderator_name_provider, self)
        self.counter = QueueCounter(self)
        self.puller = comment_pull_runner(store, accounts, pulls, self)
        self._changes = RefreshWhenShown(
            self, changes, lambda c: c.comments or c.sites, self.refresh
        )
        self.assistant = AssistantController(store, data_dir, self)

        self._build_widgets()
        self.browser = CommentBrowser(store, self.table, self.model, self.detail, self)
        self._connect()
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
        self.dashboard_button = QPushButton(self)
        self.dashboard_button.setObjectName("openDashboard")
        self.train_button = QPushButton(self)
        self.train_button.setObjectName("trainAssistant")
        self.train_progress = QProgressBar(self)
        self.train_progress.setObjectName("trainProgress")
        self.train_progress.setMaximumWidth(120)
        self.train_progress.hide()
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
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("sortOrder")
        for order in SORTS:
            self.sort_box.addItem("", order.value)
        self.count_label = QLabel(self)
        self.oldest_label = QLabel(self)  # our own figure, never reader text
        self.oldest_label.setObjectName("oldestPending")

        self.model = CommentQueueModel()
        self.model.similar = lambda comment_id: (
            self.assistant.assessment.similar(comment_id) if self.assistant.assessment else 1
        )
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
            (STATE, 100),
            (SCORE, 56),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(TIME, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)

        self.detail = CommentDetailPane(self)
        self.detail.explainer = lambda comment_id: explanation_text(
            self.assistant.assessment, comment_id
        )
        self._use_rules(self.rules.rules)

        tools = QHBoxLayout()
        tools.addWidget(self.site_label, 1)
        tools.addWidget(self.status_label, 2)
        tools.addWidget(self.progress)
        tools.addWidget(self.cancel_button)
        tools.addWidget(self.pull_button)
        tools.addWidget(self.rules_button)
        tools.addWidget(self.log_button)
        tools.addWidget(self.dashboard_button)
        tools.addWidget(self.train_progress)
        tools.addWidget(self.train_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self.author_edit, 1)
        filters.addWidget(self.article_box, 2)
        filters.addWidget(self.period_box)
        filters.addWidget(self.sort_box)
        author_row = QHBoxLayout()
        author_row.addWidget(self.author_key_label)
        author_row.addWidget(self.clear_author_button)
        author_row.addStretch(1)
        author_row.addWidget(self.sync_label)
        author_row.addWidget(self.conflicts_button)
        author_row.addWidget(self.count_label)
        author_row.addWidget(self.oldest_label)

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

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)

        self.search_edit.textChanged.connect(self._search_timer.start)
        self.author_edit.textChanged.connect(self._search_timer.start)
        self.article_box.currentIndexChanged.connect(self.apply_filters)
        self.period_box.currentIndexChanged.connect(self.apply_filters)
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        self.tabs.currentChanged.connect(self._queue_changed)
        self.clear_author_button.clicked.connect(self.clear_author_filter)
        self.conflicts_button.toggled.connect(self._show_conflicts)
        self.pull_button.clicked.connect(lambda: self.start_pull())
        self.cancel_button.clicked.connect(self.cancel_pull)
        self.rules_button.clicked.connect(self.open_rules)
        self.log_button.clicked.connect(self.open_log)
        self.dashboard_button.clicked.connect(self.open_dashboard)
        self.train_button.clicked.connect(self.train_assistant)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.detail.decision_requested.connect(self.decide_selected)
        self.detail.reply_requested.connect(self.send_reply)
        self.detail.keep_site_requested.connect(self.keep_site_decision)
        self.detail.send_anyway_requested.connect(self.send_mine_anyway)
        self.detail.author_filter_requested.connect(self.filter_by_author)
        self.detail.keep_requested.connect(self.keep_selected)

        self.rules.rules_changed.connect(self._use_rules)
        self.rules.message.connect(self._say)
        self.rules.reflagged.connect(self._reflagged)
        self.rules.reflag_cancelled.connect(self.refresh)
        self.decisions.message.connect(self._say)
        self.decisions.changed.connect(self._show_changed)
        self.decisions.undone.connect(self._undone)
        self.decisions.sync_requested.connect(self.sync_requested)
        self.sync_requested.connect(self._report_decisions)
        self.counter.counts_changed.connect(self._show_counts)
        self.counter.failed.connect(self._say)
        self.puller.running_changed.connect(self._pull_running)
        self.puller.progress.connect(self._pull_progress)
        self.puller.message.connect(self._say)
        self.puller.finished.connect(self._pull_finished)
        self.puller.cancelled.connect(self.refresh)
        self.assistant.scored.connect(self._scored)
        self.assistant.trained.connect(self._say)
        self.assistant.running.connect(self._assistant_running)
        self.assistant.progress.connect(self._assistant_progress)

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
        self.keep_action = QAction(self)
        self.keep_action.triggered.connect(self.keep_selected)
        keyed.append((self.keep_action, KEEP_KEY))
        self.similar_action = QAction(self)
        self.similar_action.triggered.connect(self.select_similar)
        keyed.append((self.similar_action, SIMILAR_KEY))
        self.author_action = QAction(self)
        self.author_action.triggered.connect(self.detail.request_author_filter)
        self.reject_author_action = QAction(self)
        self.reject_author_action.triggered.connect(self.reject_author_pending)
        self.trust_author_action = QAction(self)
        self.trust_author_action.setCheckable(True)
        self.trust_author_action.triggered.connect(self.trust_author)
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
        return self.decisions.undo_stack

    def showEvent(self, event: QShowEvent) -> None:
        """Keys work at once: the list takes the focus; what changed meanwhile shows."""
        super().showEvent(event)
        self._changes.shown()
        self.table.setFocus()

    def _report_decisions(self) -> None:
        """Decisions or replies went to the outbox: tell the app's other pages."""
        if self._notifier is not None:
            self._notifier.report(Changes(comments=True, outbox=True), self)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (another tab of the window): the last decision's message goes."""
        super().hideEvent(event)
        self.clear_feedback()

    # --- the site -------------------------------------------------------------------------

    @property
    def site(self) -> SiteAccount | None:
        """The site whose comments are shown."""
        return self._site

    def _use_site(self, site: SiteAccount | None) -> None:
        changed = (site.id if site else None) != (self._site.id if self._site else None)
        self._site = site
        if changed:
            self.rules.use_site(site.id if site is not None else None)
            self._queues = CommentQueues(self._store, site.id) if site is not None else None
            self.counter.set_queues(self._queues)
            self.decisions.undo_stack.clear()
            self.model.set_source(self._queues, reload=False)  # apply_filters reads it
            self.assistant.use_site(site.id if site is not None else None)
        self.pull_button.setEnabled(site is not None)
        self.train_button.setEnabled(
            site is not None and self.assistant.available and not self.assistant.busy
        )
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
        self.rules.reload()
        current = self.current_comment_id()
        site = self._accounts.active()
        if (site.id if site else None) != (self._site.id if self._site else None):
            self._use_site(site)
            return
        self._site = site
        self._show_site()
        self._fill_articles()
        self._reload(select=current)

    def _reload(self, select: int | None) -> None:
        """Read the queue again and select *select* if it is still listed (else the top)."""
        self.browser.reload(select)
        self._update_count_label()
        self.counter.update_soon()

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
            order=SortOrder(self.sort_box.currentData() or SortOrder.NEWEST.value),
        )

    def apply_filters(self) -> None:
        """Show the comments the queue tab and filters select, from the top."""
        self._search_timer.stop()
        self.browser.forget_prefetched()
        self.model.set_filter(self.current_filter())
        self.browser.select_row(0)
        self._update_count_label()

    def current_sort(self) -> SortOrder:
        """The order the list is in."""
        return SortOrder(self.sort_box.currentData() or SortOrder.NEWEST.value)

    def set_sort(self, order: SortOrder) -> None:
        """List the queue in *order* (the sort box and the column header follow)."""
        self.sort_box.setCurrentIndex(SORTS.index(order))

    def _sort_chosen(self) -> None:
        order = self.current_sort()
        columns = {SortOrder.ARTICLE: ARTICLE, SortOrder.FLAGS: FLAGS, SortOrder.SCORE: SCORE}
        column = columns.get(order, TIME)
        descending = order is not SortOrder.OLDEST
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(False)
        self.apply_filters()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column header: time (newest / oldest), article or flags."""
        if column == ARTICLE:
            wanted = SortOrder.ARTICLE
        elif column == FLAGS:
            wanted = SortOrder.FLAGS
        elif column == SCORE:
            wanted = SortOrder.SCORE
        elif column == TIME and self.current_sort() is SortOrder.NEWEST:
            wanted = SortOrder.OLDEST
        else:
            wanted = SortOrder.NEWEST
        if wanted is self.current_sort():
            self._sort_chosen()  # the header's own toggle is put back
        else:
            self.set_sort(wanted)

    def _queue_changed(self) -> None:
        self.clear_feedback()
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

    # --- counts ---------------------------------------------------------------------------

    def _update_count_label(self) -> None:
        self.count_label.setText(self.tr("%n comment(s)", "", self.model.total))

    def update_counts(self) -> None:
        """Refresh the tab counts, the sync summary and the pending badge.

        Counting 200,000 comments takes tens of milliseconds, so it runs in the
        background; the GUI keeps taking keys meanwhile.
        """
        self.counter.update()

    def _show_counts(self, counts: QueueCounts | None) -> None:
        """Put *counts* on the tabs and the sync summary, and announce the pending count."""
        if counts is None:
            for index, queue in enumerate(QUEUES):
                self.tabs.setTabText(index, queue_text(queue))
            self.sync_label.clear()
            self.conflicts_button.hide()
            self.pending_count_changed.emit(0)
            return
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
        self._show_oldest(counts)
        self.pending_count_changed.emit(counts.by_queue[Queue.PENDING])

    def _show_oldest(self, counts: QueueCounts) -> None:
        """The age of the comment waiting longest for a decision."""
        oldest = counts.oldest_pending
        if oldest is None or not counts.by_queue[Queue.PENDING]:
            self.oldest_label.clear()
            return
        minutes = max(int((utc_now() - oldest).total_seconds() // 60), 0)
        texts = Moderation()
        self.oldest_label.setText(texts.oldest_text(texts.age_text(minutes)))

    # --- selection ------------------------------------------------------------------------

    def current_comment_id(self) -> int | None:
        """The comment shown in the detail pane."""
        return self.browser.current_comment_id()

    def selected_ids(self) -> list[int]:
        """The selected comments, top to bottom (the current one when none is selected)."""
        return self.browser.selected_ids()

    def move_selection(self, step: int) -> None:
        """Select the next (1) or previous (-1) comment (J / K)."""
        self.browser.move_selection(step)

    # --- decisions ------------------------------------------------------------------------

    def decide_selected(self, action: Action) -> None:
        """Take *action* on the selected comments and select the next one."""
        if self._site is None:
            return
        rows = self.browser.selected_rows()
        ids = [i for row in rows if (i := self.model.comment_id(row)) is not None]
        if not ids:
            return
        next_id = comment_after(self.model, rows, set(ids))
        record = self.decisions.decide(self._site.id, ids, action)
        if record is None:
            return
        self.browser.forget_prefetched(record.comment_ids)
        before = [self.model.queue_row(row) for row in rows]
        self.model.apply_decision([(c.comment_id, c.after) for c in record.changes])
        self.counter.count_decision(record, [row for row in before if row is not None])
        self.browser.select_after_decision(next_id, rows[0])
        self._update_count_label()
        self._say(Moderation().done_text(action, len(record.changes), undo_key()))
        self.sync_requested.emit()
        self.assistant.decided()  # trains again in the background when enough are new

    def keep_selected(self) -> None:
        """“Reviewed, keep as is”: close the flags of the selected comments, keep their state."""
        if self._site is None:
            return
        rows = self.browser.selected_rows()
        ids = [i for row in rows if (i := self.model.comment_id(row)) is not None]
        if not ids:
            return
        next_id = comment_after(self.model, rows, set(ids))
        review = self.decisions.keep(self._site.id, ids)
        if review is None:
            return
        self.browser.forget_prefetched(review.comment_ids)
        self.model.apply_review(review.comment_ids)
        self.browser.select_after_decision(next_id, rows[0])
        self._update_count_label()
        self.counter.update_soon()
        self._say(Moderation().done_text(None, len(review.reviewed), undo_key()))

    def reject_author_pending(self) -> None:
        """Reject every pending comment by the author of the comment shown (one undo step)."""
        detail = self.detail.detail
        if self._site is None or self._queues is None or detail is None:
            return
        ids = self._queues.pending_by_author(detail.author_key)
        if not ids:
            self._say(self.tr("This author has no pending comments."))
            return
        record = self.decisions.decide(self._site.id, ids, Action.TRASH)
        if record is None:
            return
        self._reload(select=self.current_comment_id())
        author = detail.author_name or self.tr("(anonymous)")
        self._say(Moderation().author_rejected_text(len(record.changes), author, undo_key()))
        self.sync_requested.emit()

    def trust_author(self, trusted: bool) -> None:
        """Approve (or stop approving) the next comments of the author shown, when pulled."""
        detail = self.detail.detail
        if self._site is None or detail is None:
            return
        if self.decisions.trust_author(self._site.id, detail.id, trusted):
            author = detail.author_name or self.tr("(anonymous)")
            text = (
                self.tr("Comments {author} writes from now on are approved when pulled.")
                if trusted
                else self.tr("Comments {author} writes from now on wait for a decision again.")
            )
            self._say(text.format(author=author))
            self.browser.reload_detail()

    def clear_feedback(self) -> None:
        """Forget the last decision's message (the queue, page or language changed)."""
        self.status_label.clear()

    def _show_changed(self, comment_ids: list[int], select: int | None) -> None:
        """Show comments changed by Edit ▸ Undo or Redo."""
        self.browser.show_changed(comment_ids, select)
        self._update_count_label()
        self.counter.update_soon()

    def _undone(self, outcome: UndoOutcome) -> None:
        if outcome.reversed:
            self._say(
                self.tr(
                    "Already sent: the reverse of %n decision(s) will be sent.",
                    "",
                    outcome.reversed,
                )
            )
        if outcome.skipped:
            self._say(
                self.tr(
                    "%n comment(s) changed since the decision and were left as they are.",
                    "",
                    outcome.skipped,
                )
            )

    def keep_site_decision(self) -> None:
        """After a conflict: drop the moderator's decision, keep what the site has."""
        comment_id = self.current_comment_id()
        if comment_id is not None and self.decisions.keep_site_decision(comment_id):
            self._reload(select=comment_id)

    def send_mine_anyway(self) -> None:
        """After a conflict: send the moderator's decision over the site's."""
        comment_id = self.current_comment_id()
        if comment_id is not None and self.decisions.send_anyway(comment_id):
            self._reload(select=comment_id)
            self.sync_requested.emit()

    def send_reply(self, text: str) -> None:
        """Queue a reply to the comment shown, as the newspaper (approving it if pending).

        The comment stays shown, with its new state and the reply waiting.
        """
        comment_id = self.current_comment_id()
        if comment_id is None or self._site is None:
            return
        reply = self.decisions.reply(self._site.id, comment_id, text, self.rules.rules)
        if reply is None:
            return
        self.detail.reply_sent()
        self.browser.forget_prefetched([comment_id])
        if reply.approval is not None:
            row = self.model.row_of(comment_id)
            before = self.model.queue_row(row) if row is not None else None
            self.model.apply_decision([(c.comment_id, c.after) for c in reply.approval.changes])
            self.counter.count_decision(reply.approval, [before] if before is not None else [])
            self._say(
                self.tr("Comment approved and reply queued; both are sent with the decisions.")
            )
        else:
            self._say(self.tr("Reply queued; it is sent with the decisions."))
            self.counter.update_soon()
        self.browser.reload_detail()
        self.model.apply_changes([comment_id])
        self._update_count_label()
        self.sync_requested.emit()

    def context_menu(self) -> QMenu:
        """The list's context menu: the decisions, and the author's other comments."""
        menu = QMenu(self)
        for action in ACTIONS:
            menu.addAction(self.decision_actions[action])
        menu.addAction(self.keep_action)
        menu.addAction(self.similar_action)
        menu.addSeparator()
        menu.addAction(self.author_action)
        menu.addAction(self.reject_author_action)
        detail = self.detail.detail
        self.trust_author_action.setChecked(detail is not None and detail.author_trusted)
        menu.addAction(self.trust_author_action)
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
        return self.puller.running

    def start_pull(self, *, full: bool = False) -> bool:
        """Pull the active site's comments in the background; False if it cannot start."""
        if self.puller.running:
            return False
        site = self._accounts.active()
        if site is None:
            self._use_site(None)
            self._say(self.tr("No site is set up."))
            return False
        if self._site is None or site.id != self._site.id:
            self._use_site(site)
        return self.puller.start(site, full=full)

    def cancel_pull(self) -> None:
        """Stop the running pull after the page it is on (what it stored stays)."""
        self.puller.cancel()

    def _pull_running(self, running: bool) -> None:
        if running:
            self.progress.setRange(0, 0)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.pull_button.setEnabled(not running and self._site is not None)

    def _pull_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _pull_finished(self, outcome: object) -> None:
        self.refresh()
        self.assistant.rescore()
        self.pull_finished.emit(outcome)

    # --- the assistant --------------------------------------------------------------------

    def train_assistant(self) -> bool:
        """Train the site's assistant on its decisions in the background; False if it cannot."""
        if not self.assistant.train():
            return False
        self._say(self.tr("Training the assistant on this site's decisions…"))
        return True

    def select_similar(self) -> int:
        """Select the current comment's whole campaign in this queue (G); how many.

        A decision then takes them all at once, as one undo step. Members of the
        queue not listed yet are loaded first (up to :data:`MOST_LISTED` rows);
        the feedback line also says how many members are in other queues.
        """
        current = self.current_comment_id()
        assessment = self.assistant.assessment
        if current is None or assessment is None or self._queues is None:
            return 0
        members = set(assessment.campaign(current))
        here = self._queues.matching(self.model.query, members) if len(members) > 1 else set()
        self.model.load_until(here, MOST_LISTED)
        rows = [
            row
            for row in range(self.model.rowCount())
            if self.model.comment_id(row) in here and not self.model.departed(row)
        ]
        elsewhere = len(members - here)
        other = " " + self.tr("%n more in other queues.", "", elsewhere) if elsewhere else ""
        if len(rows) < 2:
            self._say(self.tr("No similar comments are listed here.") + other)
            return 0
        self.browser.select_rows(rows)
        self._say(
            self.tr(
                "%n similar comment(s) selected: one key decides them all, Ctrl+Z takes it back.",
                "",
                len(rows),
            )
            + other
        )
        return len(rows)

    def _assistant_running(self, running: bool) -> None:
        self.train_button.setEnabled(
            not running and self._site is not None and self.assistant.available
        )
        self.train_progress.setVisible(running and self.assistant.training)
        self.train_progress.setRange(0, 0)

    def _assistant_progress(self, done: int, total: int) -> None:
        if total:  # the training's steps (the scoring after it counts comments only)
            self.train_progress.setRange(0, total)
            self.train_progress.setValue(done)

    def _scored(self) -> None:
        """New scores are in the cache: show them on the listed rows, in place."""
        assessment = self.assistant.assessment
        scores = assessment.scores if assessment is not None else {}
        self.model.apply_scores(scores)
        rules = self.rules.rules
        if rules.assistant_hold:  # the scoring flagged the high ones: show their flags
            listed = {self.model.comment_id(row) for row in range(self.model.rowCount())}
            high = {key for key, score in scores.items() if assistant_reason(rules, score)}
            self.model.apply_changes(high & listed)
            self.counter.update_soon()
        self.detail.show_assistant()

    # --- rules and log --------------------------------------------------------------------

    def open_rules(self) -> RulesDialog:
        """Show the rules editor (window-modal); saving re-checks the cached comments."""
        site_name = self._site.name if self._site is not None else ""
        dialog = RulesDialog(self.rules.rules, self, site_name)
        dialog.accepted.connect(lambda: self.apply_rules(dialog.rules()))
        dialog.finished.connect(dialog.deleteLater)
        self.rules_dialog = dialog
        dialog.open()
        return dialog

    def apply_rules(self, rules: RuleSet) -> None:
        """Save *rules* and flag the cached comments again in the background."""
        self.rules.apply(rules, self._site.id if self._site is not None else None)

    def _use_rules(self, rules: RuleSet) -> None:
        self.detail.set_reply_limits(rules.min_length, rules.max_length)
        self.detail.set_rules(rules)

    def _reflagged(self, changed: int) -> None:
        self._say(self.tr("Rules saved; %n comment(s) flagged differently now.", "", changed))
        self.refresh()

    def open_log(self) -> ModerationLogDialog:
        """Show the moderation log."""
        dialog = ModerationLogDialog(self._store, self._site.id if self._site else None, self)
        dialog.finished.connect(dialog.deleteLater)
        self.log_dialog = dialog
        dialog.show()
        return dialog

    def open_dashboard(self) -> DashboardDialog:
        """Show the moderation dashboard (charts from the local log and cache)."""
        dialog = DashboardDialog(self._store, self._site.id if self._site else None, self)
        dialog.finished.connect(dialog.deleteLater)
        self.dashboard_dialog = dialog
        dialog.show()
        return dialog

    # --- messages and translation ---------------------------------------------------------

    def _say(self, message: str) -> None:
        self.status_label.setText(message)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.pull_button.setText(self.tr("Pull comments"))
        self.train_button.setText(self.tr("Train the assistant"))
        self.train_button.setToolTip(
            self.tr(
                "Learn from this site's own decisions (approved against spam and trash), "
                "on this computer only. The assistant only suggests; it never decides."
            )
        )
        self.cancel_button.setText(self.tr("Stop"))
        self.rules_button.setText(self.tr("Rules…"))
        self.log_button.setText(self.tr("Moderation log…"))
        self.dashboard_button.setText(self.tr("Dashboard…"))
        self.clear_author_button.setText(self.tr("Show all authors"))
        self.conflicts_button.setText(self.tr("Show conflicts"))
        self.search_edit.setPlaceholderText(
            self.tr("Search comments (accents optional: “duong” finds “Đường”)")
        )
        self.search_edit.setToolTip(
            self.tr(
                "Every word must occur, in any order; comments with the words side by side "
                'come first. Put words in quotes ("chuyển đổi số") to find them only '
                "side by side."
            )
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
        self.keep_action.setText(keep_text())
        self.similar_action.setText(self.tr("Select similar comments (campaign)"))
        self.reject_author_action.setText(self.tr("Reject all pending by this author"))
        self.trust_author_action.setText(self.tr("Approve this author's next comments"))
        for index, text in enumerate(
            (
                self.tr("Newest first"),
                self.tr("Oldest first (queue age)"),
                self.tr("By article"),
                self.tr("By flags"),
                self.tr("By the assistant's score"),
            )
        ):
            self.sort_box.setItemText(index, text)
        self.clear_feedback()
        self.model.retranslate()
        self._show_site()
        self._update_count_label()
        counts = self.counter.counts
        if counts is not None:
            self._show_counts(counts)
        else:
            for index, queue in enumerate(QUEUES):
                self.tabs.setTabText(index, queue_text(queue))
