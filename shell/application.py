"""Builds the running application: profile, database, translations, main window."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from editor.categories import CategoryChoice, preferred_categories, site_categories
from editor.photo_upload import UploadOptions
from editor.publish_options import PublicationDefaults, publication_defaults
from editor.publishing import (
    PUBLISH_KIND,
    QUEUED,
    PublishMode,
    request_publish,
    request_unpublish,
)
from editor.repository import InterviewRepository
from editor.review_queue import waiting_count
from editor.site_revisions import SiteRevision, read_active_site_revisions
from editor.site_rights import SiteRights, cached_rights
from editor.site_states import (
    PublicationState,
    SiteReach,
    SiteState,
    publication_state,
    site_states,
)
from editor.ui.interviews_page import InterviewsPage
from editor.ui.spelling import SpellingService
from editor.versions import VersionStore
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.outbox import UNFINISHED, Outbox, OutboxState
from shell.checkpoints import WalCheckpointer
from shell.connection_status import ConnectionSnapshot, ConnectionState
from shell.first_window import FirstWindow, build_first_window
from shell.i18n import LanguageManager, resolve_language, use_translatable_dialogs
from shell.integrity_watch import IntegrityWatch
from shell.profile import DATABASE_FILE_NAME as DATABASE_FILE_NAME
from shell.profile import Profile as Profile
from shell.settings import AppSettings, sync_interval_ms
from shell.sync_controller import SyncController
from shell.version import app_version
from shell.wiring import outbox_kinds, site_pullers
from storage.changes import Changes
from storage.database import Store, open_store
from storage.errors import DatabaseCorrupt, StoreError
from storage.instance_lock import DataFolderLock
from storage.tones import ToneStyle
from uikit.background import BackgroundTask, TaskContext, run_in_background
from uikit.changes import ChangeNotifier
from uikit.modal import open_modal
from uikit.outside_text import critical, open_text_prompt
from uikit.pages import NavigationPage

if TYPE_CHECKING:
    from editor.ui.list_preview import InterviewListPreview
    from editor.ui.post_opener import PostOpener
    from moderation.ui.comments_page import CommentsPage
    from moderation.ui.counts import QueueCounter
    from shell.demo_site import DemoSiteRunner
    from shell.ui.lazy_page import LazyPage
    from shell.ui.outbox_page import OutboxPage
    from shell.ui.preferences import PreferencesDialog

log = logging.getLogger(__name__)

#: Kept versions are pruned (editor.versions) a while after start, then every few hours.
PRUNE_VERSIONS_FIRST_MS = 2 * 60_000
PRUNE_VERSIONS_EVERY_MS = 6 * 3600_000

ShowError = Callable[[str, str], None]


def show_startup_error(title: str, text: str) -> None:
    """Tell the user why Newsdesk cannot start (a modal box; no main window yet)."""
    critical(None, title, text)


def open_profile_store(
    profile: Profile, show_error: ShowError = show_startup_error
) -> tuple[DataFolderLock, Store] | None:
    """Lock the data folder and open its database, or explain why not (None)."""
    try:
        profile.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        show_error(
            QCoreApplication.translate("Application", "Newsdesk cannot start"),
            QCoreApplication.translate(
                "Application", "The data folder {path} cannot be created: {reason}"
            ).format(path=profile.data_dir, reason=error.strerror or error),
        )
        return None
    lock = DataFolderLock(profile.data_dir)
    try:
        lock.acquire()
        return lock, open_store(profile.database_path, background_checkpoints=True)
    except StoreError as error:
        lock.release()
        log.warning("Cannot open the database: %s", error)
        show_error(
            QCoreApplication.translate("Application", "Newsdesk cannot start"), error.user_message
        )
        return None


class NewsdeskApplication:
    """The running app: owns the store, settings, translations, sync and main window."""

    def __init__(
        self,
        app: QApplication,
        profile: Profile,
        store: Store,
        *,
        log_file: Path,
        languages: LanguageManager,
        settings: AppSettings,
        vault: PasswordVault | None = None,
        autostart_sync: bool = True,
        check_integrity: bool = True,
        first: FirstWindow | None = None,
    ) -> None:
        """Build the app around *first*, the window shown before the store was open, if any."""
        first = first if first is not None else build_first_window(app, settings, log_file)
        self.app = app
        app.setApplicationVersion(app_version())  # after the window is shown: slow to read
        self.profile = profile
        self.store = store
        self.settings = settings
        self.languages = languages
        self.connection = first.connection
        use_translatable_dialogs()
        self.accounts = Accounts(store, vault or PasswordVault())
        self.outbox = Outbox(store)
        self.outbox.recover_interrupted()
        self.demo_site: DemoSiteRunner | None = None
        repository = InterviewRepository(store)
        if profile.demo:
            from shell.demo_site import DemoSiteRunner, seed_demo_interviews  # Flask: demo only

            seed_demo_interviews(repository)
            self.demo_site = DemoSiteRunner(profile.data_dir, self.accounts)
            self.demo_site.start()
        self.outbox_kinds = outbox_kinds(self.moderator_name)
        #: What every operation changed, for the pages to read again (uikit.changes).
        self.changes = ChangeNotifier(app)
        self.sync = SyncController(
            store,
            self.accounts,
            self.connection,
            self.outbox_kinds.handlers(),
            site_pullers(),
            app,
            log_file=log_file,
            changes=self.changes,
        )
        self.sync.set_interval(sync_interval_ms(settings.sync_minutes))
        self.spelling = SpellingService(
            store, settings.tone_style, enabled=settings.spell_check, parent=app
        )
        self.window = first.window
        # Shown already with the list read at start-up: the page reads it now, to take its place.
        preview = first.preview
        self.interviews_page = InterviewsPage(
            repository,
            profile.data_dir,
            publisher=self,
            load_list=preview is not None,
            spelling=self.spelling,
            version_author=self.moderator_name,
            site_revisions=self._site_revisions,
            export_memory=settings,
            changes=self.changes,
        )
        if preview is None:
            self._place_interviews_page(first.interviews, None)
        else:  # the swap lays the page out: on the next turn, a shorter stall for the window
            slot = first.interviews
            QTimer.singleShot(0, lambda: self._replace_preview(slot, preview))
        # Built the first time they are opened (or asked for): see shell/ui/lazy_page.py.
        self._comment_counter: QueueCounter | None = None
        self._post_opener: PostOpener | None = None
        self._comments_slot = first.comments
        self._comments_slot.set_build(self._build_comments_page, self._comments_page_built)
        self._outbox_slot = first.publishing
        self._outbox_slot.set_build(self._build_outbox_page)
        self._site_posts_slot = first.site_posts
        self._site_posts_slot.set_build(self._build_site_posts_page)
        self._review_slot = first.review
        self._review_slot.set_build(self._build_review_page)
        self.window.preferences_action.setEnabled(True)
        self.window.unsent_changes = self.unsent_changes
        self.window.connection_indicator.cancel_requested.connect(self.sync.cancel)
        self.changes.changed.connect(self._changed)
        self.connection.changed.connect(self._connection_changed)
        self.checkpointer = WalCheckpointer(store, app)
        self.checkpointer.start()
        self.sync.finished.connect(lambda _report: self.checkpointer.checkpoint_now())
        self.sync.password_needed.connect(self.ask_password)
        if profile.demo:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Application", "Demo profile: {path}").format(
                    path=profile.data_dir
                )
            )
        self.window.preferences_requested.connect(self.open_preferences)
        app.aboutToQuit.connect(self.shutdown)
        self._asked_password: set[int] = set()
        self._autostart_sync = autostart_sync
        self._check_integrity = check_integrity
        self.integrity = IntegrityWatch(store.path, app)
        self.integrity.damaged.connect(self.database_damaged)
        self._prune_timer = QTimer(app)
        self._prune_timer.setInterval(PRUNE_VERSIONS_EVERY_MS)
        self._prune_timer.timeout.connect(self.prune_versions)
        self._pruning: BackgroundTask[int] | None = None
        self._ready = False
        self._stopped = False
        self._ready_callbacks: list[Callable[[], None]] = []
        # The window shows first; the list, badges and first sync follow on the first turn
        # of the event loop (main.py shows the window before it starts the loop).
        QTimer.singleShot(0, self._finish_start)

    # --- start-up ------------------------------------------------------------------------------

    def _finish_start(self) -> None:
        """Fill in what the shown window needs: the interview list, the badges, the first sync."""
        if self._stopped or self._ready:
            return
        if not self.interviews_page.model.loaded:  # read already if it replaced the preview
            self.interviews_page.refresh()
        self._update_badges()
        if self._check_integrity:
            self.integrity.start()  # on a worker; the window is up by now
        if self._autostart_sync:
            self.sync.start()
            QTimer.singleShot(PRUNE_VERSIONS_FIRST_MS, self.prune_versions)
            self._prune_timer.start()
        self._ready = True
        QTimer.singleShot(0, self._count_pending_comments)
        log.info("Ready: %d interview(s) listed", self.interviews_page.model.total)
        callbacks, self._ready_callbacks = self._ready_callbacks, []
        for callback in callbacks:
            callback()

    @property
    def ready(self) -> bool:
        """The interview list has been filled in (the window was shown before)."""
        return self._ready

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call *callback* once the interview list is filled in (at once if it is)."""
        if self._ready:
            callback()
        else:
            self._ready_callbacks.append(callback)

    def _replace_preview(self, slot: LazyPage, preview: InterviewListPreview) -> None:
        if not self._stopped:
            self._place_interviews_page(slot, preview)

    def _place_interviews_page(self, slot: LazyPage, preview: InterviewListPreview | None) -> None:
        """Put the Interviews page in its slot, and its actions in the File menu.

        In place of the start-up *preview*, if there is one: the page first takes what
        was typed, chosen or asked there.
        """
        if preview is not None:
            preview.hand_over(self.interviews_page)
        slot.set_build(lambda: self.interviews_page)
        slot.page()
        self.window.add_menu_actions("file", self.interviews_page.menu_actions())

    # --- the pages built on first use ---------------------------------------------------------

    @property
    def comments_page(self) -> CommentsPage:
        """The Comments page (built now if nobody has opened it yet)."""
        return cast("CommentsPage", self._comments_slot.page())

    @property
    def outbox_page(self) -> OutboxPage:
        """The Publishing page (built now if nobody has opened it yet)."""
        return cast("OutboxPage", self._outbox_slot.page())

    def _build_comments_page(self) -> NavigationPage:
        from moderation.ui.comments_page import CommentsPage

        return CommentsPage(
            self.store,
            self.accounts,
            self.moderator_name,
            data_dir=self.profile.data_dir,
            pulls=self.sync,
            changes=self.changes,
        )

    def _comments_page_built(self, page: NavigationPage) -> None:
        comments = cast("CommentsPage", page)
        comments.pending_count_changed.connect(
            lambda count: self.window.set_badge("comments", count)
        )
        if self._comment_counter is not None:  # the page counts for the badge from now on
            self._comment_counter.set_queues(None)
            self._comment_counter.deleteLater()
            self._comment_counter = None

    def _build_outbox_page(self) -> NavigationPage:
        from editor.ui.conflict_dialog import choose_for_interview
        from shell.ui.outbox_page import OutboxPage

        return OutboxPage(
            self.outbox,
            self.outbox_kinds,
            self.store,
            self.sync.sync_now,
            {PUBLISH_KIND: choose_for_interview},
            changes=self.changes,
        )

    def _build_site_posts_page(self) -> NavigationPage:
        from editor.ui.site_posts_page import SitePostsPage

        page = SitePostsPage(self.store, self.accounts, pulls=self.sync, changes=self.changes)
        page.open_requested.connect(self.open_site_post)
        return page

    def open_site_post(self, post_id: int) -> None:
        """Open the active site's post *post_id* in the editor (read off the GUI thread)."""
        from editor.ui.post_opener import PostOpener

        if self._post_opener is None:
            page = self.interviews_page

            def is_open(interview_id: int) -> bool:
                return page.session is not None and page.session.interview_id == interview_id

            self._post_opener = PostOpener(
                self.store, self.accounts, self.profile.data_dir, is_open, self.window
            )
            self._post_opener.opened.connect(self._show_opened_interview)
        self._post_opener.open(post_id)

    def _show_opened_interview(self, interview_id: int) -> None:
        self.interviews_page.refresh()
        self.window.show_view("interviews")
        self.interviews_page.open_interview(interview_id)

    def _build_review_page(self) -> NavigationPage:
        from editor.ui.review_page import ReviewPage

        page = ReviewPage(self.store, self.accounts, self.moderator_name, changes=self.changes)
        page.open_requested.connect(self.open_site_post)  # Enter: the post as a local interview
        return page

    def _changed(self, changes: object, initiator: object) -> None:
        """What the app itself follows of every change: badges, and sending soon."""
        if not isinstance(changes, Changes):
            return
        if changes.outbox or changes.site_posts or changes.sites:
            self._update_badges()  # the review queue's count follows the pulled posts too
        if changes.outbox and initiator is not self.sync:  # queued here: send it soon
            self.sync.changes_waiting()
        if changes.comments or changes.sites:
            self._count_pending_comments()  # the page counts for itself once built

    def _count_pending_comments(self) -> None:
        """The Comments badge while the page is not built: count in the background."""
        if self._comments_slot.built is not None or self._stopped:
            return
        site = self.accounts.active()
        if self._comment_counter is None:
            if site is None:
                return  # no site: no comments, no badge
            from moderation.ui.counts import QueueCounter

            self._comment_counter = QueueCounter(self.window)
            self._comment_counter.counts_changed.connect(self._show_comment_badge)
        from moderation.queues import CommentQueues

        self._comment_counter.set_queues(CommentQueues(self.store, site.id) if site else None)
        self._comment_counter.update()

    def _show_comment_badge(self, counts: object) -> None:
        from moderation.statuses import Queue
        from moderation.ui.counts import QueueCounts

        pending = counts.by_queue[Queue.PENDING] if isinstance(counts, QueueCounts) else 0
        self.window.set_badge("comments", pending)

    # --- publishing (the interviews page's Publisher) ----------------------------------------

    def active_site(self) -> SiteAccount | None:
        """The site Newsdesk works with now."""
        return self.accounts.active()

    def site_state(self, interview_id: int) -> PublicationState | None:
        """The interview's post status and link on the active site, if sent."""
        site = self.accounts.active()
        if site is None:
            return None
        return publication_state(self.store, interview_id, site.id, self._site_reach())

    def unsent_changes(self) -> int:
        """How many changes for the sites are still in the outbox (asked on quitting)."""
        counts = self.outbox.counts()
        return sum(counts[state] for state in UNFINISHED)

    def _connection_changed(self, snapshot: object) -> None:
        """Offline, online or needing the password: the open interview's header says it."""
        if (
            isinstance(snapshot, ConnectionSnapshot)
            and snapshot.state is not ConnectionState.SYNCING
        ):
            self.interviews_page.refresh_site_state()

    def _site_reach(self) -> SiteReach:
        """Whether the last sync reached the site (for the editor's header)."""
        snapshot = self.connection.snapshot
        if snapshot.password:
            return SiteReach.PASSWORD
        # Offline with a reason: a sync found it so (before the first sync there is none).
        if snapshot.state is ConnectionState.OFFLINE and snapshot.reason:
            return SiteReach.OFFLINE
        return SiteReach.ONLINE

    def site_states(self, interview_ids: Sequence[int]) -> Mapping[int, SiteState]:
        """Where each interview stands on the active site (nothing without a site)."""
        site = self.accounts.active()
        return site_states(self.store, site.id, interview_ids) if site else {}

    def publish(
        self,
        interview_id: int,
        mode: PublishMode,
        when: datetime | None,
        categories: Sequence[int] | None = None,
        *,
        slug: str | None = None,
        featured_in_text: bool | None = None,
    ) -> None:
        """Queue an interview for the active site and sync soon."""
        site = self.accounts.active()
        if site is not None:
            request_publish(
                self.store,
                interview_id,
                site.id,
                mode,
                when,
                categories,
                photos=self.settings.photo_upload_options(),
                author=self.moderator_name(),
                slug=slug,
                featured_in_text=featured_in_text,
            )
            self.changes.report(QUEUED)

    def publish_setup(self, interview_id: int) -> tuple[SiteRights | None, PublicationDefaults]:
        """What the account may do on the active site (as last synced), and the address there."""
        site = self.accounts.active()
        if site is None:
            return None, PublicationDefaults("")
        return (
            cached_rights(self.store, site.id),
            publication_defaults(self.store, site.id, interview_id),
        )

    def _site_revisions(self, interview_id: int, _context: TaskContext) -> list[SiteRevision]:
        """The active site's revisions of an interview (on a worker: it asks the site)."""
        return read_active_site_revisions(self.store, self.accounts, interview_id)

    def category_choices(self, interview_id: int) -> tuple[list[CategoryChoice], list[int]]:
        """The active site's categories (as last pulled) and the ones to preselect."""
        site = self.accounts.active()
        if site is None:
            return [], []
        return (
            site_categories(self.store, site.id),
            preferred_categories(self.store, site.id, interview_id),
        )

    def unpublish(self, interview_id: int) -> None:
        """Queue taking an interview off the active site and sync soon."""
        site = self.accounts.active()
        if site is not None:
            request_unpublish(self.store, interview_id, site.id)
            self.changes.report(QUEUED)

    def prune_versions(self) -> None:
        """Thin out the interviews' kept versions by the documented policy, on a worker."""
        if self._stopped or self._pruning is not None:
            return
        store = self.store

        def work(context: TaskContext) -> int:
            return VersionStore(store).prune(stop=lambda: context.cancelled)

        def done(removed: int) -> None:
            self._pruning = None
            log.info("Pruned %d kept version(s)", removed)

        def failed(error: BaseException) -> None:
            self._pruning = None
            if not isinstance(error, StoreError):
                raise error
            log.warning("Pruning versions failed: %s", error)  # tried again later

        self._pruning = run_in_background(
            work, on_success=done, on_failure=failed, parent=self.window
        )

    def moderator_name(self) -> str:
        """Who takes moderation decisions here: the site account's user name."""
        site = self.accounts.active()
        return site.username if site is not None else getpass.getuser()

    def _update_badges(self) -> None:
        counts = self.outbox.counts()
        attention = counts[OutboxState.FAILED] + counts[OutboxState.CONFLICT]
        self.window.set_badge("publishing", attention)
        site = self.accounts.active()
        # One indexed count of the cached pending posts: "Chờ duyệt (3)".
        self.window.set_badge("review", waiting_count(self.store, site.id) if site else 0)

    # --- preferences and passwords --------------------------------------------------------------

    def ask_password(self, account: SiteAccount) -> None:
        """Ask for a site's application password: none is stored, or the site refused it.

        Once per run and site (Cancel means "not now": the status bar and the
        Publishing page say what waits, and Preferences ▸ Sites takes the
        password); a password typed here that the site refuses again is asked again.
        """
        if self._stopped or account.id in self._asked_password:
            return
        self._asked_password.add(account.id)
        translate = QCoreApplication.translate
        if self.accounts.vault.get(account) is not None:
            prompt = translate(
                "Application",
                "{site} refused the application password of {user}.\n"
                "Changes for the site wait until it works.\n\nApplication password:",
            )
        else:
            prompt = translate("Application", "Application password for {user} on {site}:")
        # Opened, not run: the sync that asked goes on settling while the prompt is up.
        open_text_prompt(
            self.window,
            translate("Application", "Application password"),
            prompt.format(user=account.username, site=account.shown_url),
            QLineEdit.EchoMode.Password,
            lambda password: self._password_typed(account, password),
        )

    def _password_typed(self, account: SiteAccount, password: str) -> None:
        if self._stopped or not password.strip():
            return
        self.accounts.vault.set(account, password.strip())
        self._asked_password.discard(account.id)
        self.sync.sync_now()

    def open_preferences(self) -> PreferencesDialog:
        """Open Preferences (no nested event loop); apply and remember what the user chose."""
        from editor.ui.spelling_preferences import SpellingPreferences
        from shell.ui.preferences import PreferencesDialog
        from shell.ui.sites_tab import SitesTab

        sites = SitesTab(self.accounts, waiting_for_password=self.outbox.waiting_for_password)
        self.spelling.load()
        spelling = SpellingPreferences(self.spelling)
        dialog = PreferencesDialog(
            self.settings.language,
            self.window,
            sites_tab=sites,
            sync_minutes=self.settings.sync_minutes,
            photo_options=self.settings.photo_upload_options(),
            spelling_tab=spelling,
        )
        sites.sites_changed.connect(self._sites_changed)

        def apply(chosen: PreferencesDialog) -> None:
            self.apply_language(chosen.chosen_language())
            self.apply_sync_minutes(chosen.chosen_sync_minutes())
            self.apply_photo_options(chosen.chosen_photo_options())
            self.apply_spelling(spelling.chosen_enabled(), spelling.chosen_style())

        return open_modal(dialog, apply)

    def apply_spelling(self, enabled: bool, style: ToneStyle) -> None:
        """Turn spell check on or off and set the house tone style; remember both."""
        self.settings.spell_check = enabled
        self.settings.tone_style = style
        self.settings.sync()
        self.spelling.set_enabled(enabled)
        self.spelling.set_house_style(style)

    def apply_photo_options(self, options: UploadOptions) -> None:
        """Remember the choices for photos of interviews queued from now on."""
        self.settings.keep_photo_location = options.keep_location
        self.settings.photo_long_edge = options.long_edge
        self.settings.sync()

    def apply_sync_minutes(self, minutes: int) -> None:
        """Sync every *minutes* from now on (0: only when asked) and remember the choice."""
        self.settings.sync_minutes = minutes
        self.settings.sync()
        self.sync.set_interval(sync_interval_ms(minutes))

    def _sites_changed(self) -> None:
        self._asked_password.clear()
        self.changes.report(Changes(sites=True))
        self.sync.sync_now()

    def apply_language(self, setting: str) -> None:
        """Switch the interface language now and remember the choice."""
        self.settings.language = setting
        self.settings.sync()
        self.languages.switch(resolve_language(setting))

    def database_damaged(self, error: DatabaseCorrupt) -> None:
        """Tell the user the database is damaged, then close (it must not be used on)."""
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Application", "The database is damaged"),
            error.user_message
            + "\n\n"
            + QCoreApplication.translate("Application", "Newsdesk will close now."),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("databaseDamaged")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message names a file path
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.app.quit())
        box.open()

    def shutdown(self) -> None:
        """Save open work, stop syncing, wait for background work, close the database."""
        self._stopped = True
        self._prune_timer.stop()
        if self._pruning is not None:
            self._pruning.cancel()
        self.interviews_page.save_all()
        self.sync.stop()
        self.integrity.stop()
        self.checkpointer.stop()
        QThreadPool.globalInstance().waitForDone(5000)
        if self.demo_site is not None:
            self.demo_site.stop()
        self.store.close()
