"""The "On the site" page: every post of the site, pulled into the local cache and listed.

The list reads the cache (:mod:`editor.site_posts_list`) through a lazy table
model; the Pull button runs :func:`editor.site_posts.pull_site_posts` in the
background with progress and Stop, through the app's one pull scheduler
(:mod:`uikit.pulls`). With no site, or before the first pull, the page says so
instead of showing an empty table. It reads the cache again when a sync's pull
changed it (``site_posts`` changes; while hidden, when next shown).

A post opens as an interview by a double-click, Enter, the Open button or the
context menu: the page emits ``open_requested(post_id)`` (the active site's
post id) and the application opens it (:func:`editor.open_post.open_site_post`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.site_posts import PostPullReport, last_pull_at, pull_site_posts
from editor.site_posts_list import LISTED_STATUSES, PostFilter, SitePostList, cache_signature
from editor.ui.site_posts_model import SitePostsModel, status_text
from portal.accounts import Accounts, SiteAccount
from storage.changes import Changes
from storage.database import Store
from uikit.background import TaskContext
from uikit.changes import ChangeNotifier, RefreshWhenShown
from uikit.outside_text import plain_labels
from uikit.pages import NavigationPage
from uikit.pulls import PullKind, PullRunner, PullScheduler
from uikit.row_views import EmptyOrContent, setup_row_table

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

SEARCH_DELAY_MS = 250


class PostPulls(PullKind):
    """Pulls of the site's posts into the cache, for the "On the site" page."""

    name = "posts"
    may_change = Changes(site_posts=True)

    def __init__(self, store: Store) -> None:
        self._store = store

    def pull(
        self, client: WordPressClient, site: SiteAccount, context: TaskContext, **options: Any
    ) -> PostPullReport:
        """Pull *site*'s posts (see :func:`editor.site_posts.pull_site_posts`)."""
        del options  # always what changed, and a sweep when one is due
        return pull_site_posts(self._store, client, site, context)

    def started_text(self, site: SiteAccount) -> str:
        """Said when the pull is asked for."""
        return QCoreApplication.translate("PostPuller", "Pulling posts from {site}…").format(
            site=site.name
        )

    def progress_text(self, done: int, total: int) -> str:
        """Said while it runs."""
        return QCoreApplication.translate("PostPuller", "Pulling posts… {done} of {total}").format(
            done=done, total=total
        )

    def done_text(self, outcome: Any) -> str:
        """Said when it finished."""
        report: PostPullReport = outcome
        text = QCoreApplication.translate(
            "PostPuller",
            "Pulled {received} post(s): {new} new, {changed} changed, {gone} gone from the site.",
        ).format(received=report.received, new=report.new, changed=report.changed, gone=report.gone)
        if report.view_only:
            text += " " + QCoreApplication.translate(
                "PostPuller", "This account may only see published posts."
            )
        return text

    def stopped_text(self) -> str:
        """Said when it was stopped."""
        return QCoreApplication.translate(
            "PostPuller", "Pull stopped; the posts pulled so far are kept."
        )

    def failed_text(self, reason: str) -> str:
        """Said when it failed."""
        return QCoreApplication.translate(
            "PostPuller", "Could not pull the posts; showing those pulled before. {reason}"
        ).format(reason=reason)


class SitePostsPage(NavigationPage):
    """The "On the site" page (view name ``site_posts``).

    ``open_requested(post_id)``: the editor asked to open the active site's post
    *post_id* as an interview (stable: the application wiring connects it).
    """

    view_name = "site_posts"
    open_requested = Signal(int)

    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        parent: QWidget | None = None,
        *,
        pulls: PullScheduler | None = None,
        changes: ChangeNotifier | None = None,
    ) -> None:
        """*pulls* runs the Pull button's pulls (the app's scheduler); *changes*: see module."""
        super().__init__(parent)
        self._store = store
        self._accounts = accounts
        self._site: SiteAccount | None = None
        self._signature: tuple[object, ...] | None = None
        self.puller = PullRunner(PostPulls(store), accounts, pulls, self)
        self._changes = RefreshWhenShown(
            self, changes, lambda c: c.site_posts or c.sites, self.reload_if_changed
        )
        self.model = SitePostsModel()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()
        self.retranslate_ui()  # reads the site and the list too

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.site_label = QLabel(self)
        self.pull_button = QPushButton(self)
        self.pull_button.setObjectName("pullSitePosts")
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stopSitePosts")
        self.stop_button.hide()
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        plain_labels(self.site_label, self.message_label)
        top = QHBoxLayout()
        top.addWidget(self.site_label)
        top.addStretch(1)
        top.addWidget(self.progress_bar)
        top.addWidget(self.stop_button)
        top.addWidget(self.pull_button)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openSitePost")
        self.open_button.setEnabled(False)
        self.context_menu: QMenu | None = None
        top.addWidget(self.open_button)

        self.search = QLineEdit(self)
        self.search.setObjectName("sitePostsSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.author_filter = QComboBox(self)
        self.category_filter = QComboBox(self)
        for combo in (self.status_filter, self.author_filter, self.category_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.author_filter)
        filters.addWidget(self.category_filter)

        self.table = QTableView(self)
        self.table.setObjectName("sitePostsTable")
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        setup_row_table(
            self.table, SitePostsModel.TITLE, ((1, 150), (2, 110), (3, 160), (4, 130), (5, 90))
        )
        self.views = EmptyOrContent(self.table, self)
        self.empty_label = self.views.empty_label
        self.empty_label.setObjectName("sitePostsEmpty")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addLayout(filters)
        layout.addWidget(self.views, 1)

    def _connect(self) -> None:
        self.pull_button.clicked.connect(self.pull)
        self.stop_button.clicked.connect(self.puller.cancel)
        self.puller.running_changed.connect(self._show_running)
        self.puller.progress.connect(self._show_progress)
        self.puller.message.connect(self.message_label.setText)
        self.puller.finished.connect(lambda _outcome: self.refresh())
        self.puller.cancelled.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.reload)
        for combo in (self.status_filter, self.author_filter, self.category_filter):
            combo.activated.connect(self.reload)
        self.table.activated.connect(self._open_index)  # double-click, Enter
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.open_button.clicked.connect(self.open_current)
        self.model.modelReset.connect(self._current_changed)

    # --- behaviour -----------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("On the site")

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again: the active site, or the cache, may have changed meanwhile."""
        if self._site != self._accounts.active():
            self.refresh()
        else:
            self._changes.shown()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the active site, the filters' choices and the list again."""
        self._site = self._accounts.active()
        self.site_label.setText(self._site.name if self._site is not None else "")
        self.pull_button.setEnabled(self._site is not None and not self.puller.running)
        self._fill_choices()
        self.reload()

    def current_filter(self) -> PostFilter:
        """What the search box and the filters ask for."""
        return PostFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            author=self.author_filter.currentData(),
            category=self.category_filter.currentData(),
        )

    def reload(self) -> None:
        """List the cached posts matching the search and filters (or say why there are none)."""
        self._search_timer.stop()
        site = self._site
        if site is None:
            self.model.set_source(None)
            self.views.show_empty(
                self.tr("No site is set up. Add your site in Preferences ▸ Sites to see its posts.")
            )
            return
        if last_pull_at(self._store, site.id) is None:
            self.model.set_source(None)
            self.views.show_empty(
                self.tr(
                    "The posts of {site} have not been pulled yet. Click “Pull” to fetch them; "
                    "after that they can be read offline."
                ).format(site=site.name)
            )
            return
        self._signature = cache_signature(self._store, site.id)
        self.model.set_source(SitePostList(self._store, site.id, self.current_filter()))
        if self.model.total == 0:
            self.views.show_empty(self.tr("No post matches the search and filters."))
        else:
            self.views.show_content()

    def reload_if_changed(self) -> None:
        """Read the list again if a pull (a background sync's) changed the cache meanwhile."""
        if self._site != self._accounts.active():
            self.refresh()
        elif (
            self._site is not None
            and cache_signature(self._store, self._site.id) != self._signature
        ):
            self._fill_choices()
            self.reload()

    def current_post_id(self) -> int | None:
        """The site's id of the post the cursor is on (None: none)."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.remote_id if row is not None else None

    def open_current(self) -> None:
        """Ask to open the post the cursor is on as an interview."""
        post_id = self.current_post_id()
        if post_id is not None:
            self.open_requested.emit(post_id)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_requested.emit(row.remote_id)

    def _current_changed(self) -> None:
        self.open_button.setEnabled(self.current_post_id() is not None)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Open as an interview"), self.open_current)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu  # shown without a nested event loop (see DEVELOPERS.md)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def pull(self) -> None:
        """Pull the active site's posts in the background."""
        if self._site is not None:
            self.puller.start(self._site)

    def _show_running(self, running: bool) -> None:
        self.pull_button.setEnabled(not running and self._site is not None)
        self.stop_button.setVisible(running)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_bar.setRange(0, 0)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _fill_choices(self) -> None:
        """The filters' entries, keeping what is chosen where it still exists."""
        kept = (
            self.status_filter.currentData(),
            self.author_filter.currentData(),
            self.category_filter.currentData(),
        )
        listing = SitePostList(self._store, self._site.id) if self._site is not None else None
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in LISTED_STATUSES:
            self.status_filter.addItem(status_text(status), status)
        self.author_filter.clear()
        self.author_filter.addItem(self.tr("All authors"), None)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), None)
        if listing is not None:
            for choice in listing.author_choices():
                self.author_filter.addItem(choice.name, choice.id)
            for choice in listing.category_choices():
                self.category_filter.addItem(choice.name, choice.id)
        for combo, value in zip(
            (self.status_filter, self.author_filter, self.category_filter), kept, strict=True
        ):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))

    def retranslate_ui(self) -> None:
        """Every text of the page in the current language."""
        self.pull_button.setText(self.tr("Pull"))
        self.pull_button.setToolTip(
            self.tr("Fetch the site's posts: everything the first time, then what changed.")
        )
        self.stop_button.setText(self.tr("Stop"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(
            self.tr(
                "Open the post as an interview (a draft linked to the post: publishing updates it)."
            )
        )
        self.search.setPlaceholderText(self.tr("Search titles (accents not needed)…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        self.refresh()  # the filters' and the empty state's words
