"""Builds the running application: profile, database, translations, main window."""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from editor.categories import CategoryChoice, preferred_categories, site_categories
from editor.demo import DemoSiteRunner, seed_demo_interviews
from editor.publishing import (
    UNPUBLISH_KIND,
    PublishMode,
    request_publish,
    request_unpublish,
    resolve_keep_mine,
    resolve_take_site,
)
from editor.repository import InterviewRepository
from editor.site_states import PublicationState, SiteState, publication_state, site_states
from editor.ui.conflict_dialog import ConflictChoice, ConflictDialog
from editor.ui.interviews_page import InterviewsPage
from moderation.decisions import REPLY_KIND, STATUS_KIND
from moderation.ui.comments_page import CommentsPage
from portal.accounts import Accounts, PasswordVault, SiteAccount
from portal.outbox import Outbox, OutboxEntry, OutboxState
from shell.checkpoints import WalCheckpointer
from shell.connection_status import ConnectionStatus
from shell.i18n import LanguageManager, resolve_language
from shell.integrity_watch import IntegrityWatch
from shell.settings import AppSettings, sync_interval_ms
from shell.sync_controller import SyncController
from shell.ui.main_window import MainWindow
from shell.ui.outbox_page import OutboxPage
from shell.ui.pages import NavigationPage
from shell.ui.preferences import PreferencesDialog
from shell.ui.sites_tab import SitesTab
from shell.wiring import outbox_handlers, site_pullers
from storage.database import Store, open_store
from storage.errors import DatabaseCorrupt, StoreError
from storage.instance_lock import DataFolderLock

log = logging.getLogger(__name__)

DATABASE_FILE_NAME = "newsdesk.db"
STYLE_SHEET = Path(__file__).resolve().parent.parent / "resources" / "styles" / "newsdesk.qss"

ShowError = Callable[[str, str], None]


def show_startup_error(title: str, text: str) -> None:
    """Tell the user why Newsdesk cannot start (a modal box; no main window yet)."""
    QMessageBox.critical(None, title, text)


@dataclass
class Profile:
    """Where one profile's files live."""

    data_dir: Path
    demo: bool = False

    @property
    def database_path(self) -> Path:
        """The SQLite file of this profile."""
        return self.data_dir / DATABASE_FILE_NAME


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
    ) -> None:
        self.app = app
        self.profile = profile
        self.store = store
        self.settings = settings
        self.languages = languages
        self.connection = ConnectionStatus(app)
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
        self.accounts = Accounts(store, vault or PasswordVault())
        self.outbox = Outbox(store)
        self.outbox.recover_interrupted()
        self.demo_site: DemoSiteRunner | None = None
        repository = InterviewRepository(store)
        if profile.demo:
            seed_demo_interviews(repository)
            self.demo_site = DemoSiteRunner(profile.data_dir, self.accounts)
            self.demo_site.start()
        self.sync = SyncController(
            store, self.accounts, self.connection, outbox_handlers(), site_pullers(), app
        )
        self.sync.set_interval(sync_interval_ms(settings.sync_minutes))
        self.interviews_page = InterviewsPage(repository, profile.data_dir, publisher=self)
        self.comments_page = CommentsPage(store, self.accounts, self.moderator_name)
        self.outbox_page = OutboxPage(
            self.outbox, self.describe_outbox_entry, self.sync.sync_now, self.resolve_conflict
        )
        self.window = MainWindow(
            self.settings, self.connection, self._build_pages(), log_file=str(log_file)
        )
        self.window.add_menu_actions("file", self.interviews_page.menu_actions())
        self.window.connection_indicator.cancel_requested.connect(self.sync.cancel)
        self.sync.outbox_changed.connect(self.outbox_page.refresh)
        self.sync.outbox_changed.connect(self._update_badges)
        self.sync.finished.connect(lambda _report: self._after_sync())
        self.checkpointer = WalCheckpointer(store, app)
        self.checkpointer.start()
        self.sync.password_needed.connect(self.ask_password)
        self.comments_page.pending_count_changed.connect(
            lambda count: self.window.set_badge("comments", count)
        )
        self.comments_page.sync_requested.connect(self.sync.changes_waiting)
        if profile.demo:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Application", "Demo profile: {path}").format(
                    path=profile.data_dir
                )
            )
        self.window.preferences_requested.connect(self.open_preferences)
        app.aboutToQuit.connect(self.shutdown)
        self._asked_password: set[int] = set()
        self._update_badges()
        self.integrity = IntegrityWatch(store.path, app)
        self.integrity.damaged.connect(self.database_damaged)
        if check_integrity:
            QTimer.singleShot(0, self.integrity.start)  # once the window is up
        if autostart_sync:
            QTimer.singleShot(0, self.sync.start)

    def _build_pages(self) -> list[NavigationPage]:
        return [
            self.interviews_page,
            self.comments_page,
            self.outbox_page,
        ]

    # --- publishing (the interviews page's Publisher) ----------------------------------------

    def active_site(self) -> SiteAccount | None:
        """The site Newsdesk works with now."""
        return self.accounts.active()

    def site_state(self, interview_id: int) -> PublicationState | None:
        """The interview's post status and link on the active site, if sent."""
        site = self.accounts.active()
        return publication_state(self.store, interview_id, site.id) if site else None

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
    ) -> None:
        """Queue an interview for the active site and sync soon."""
        site = self.accounts.active()
        if site is not None:
            request_publish(self.store, interview_id, site.id, mode, when, categories)
            self.interviews_page.model.refresh_site_states()
            self.sync.changes_waiting()

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
            self.interviews_page.model.refresh_site_states()
            self.sync.changes_waiting()

    def describe_outbox_entry(self, entry: OutboxEntry) -> str:
        """What an outbox item is about, for the Publishing page."""
        translate = QCoreApplication.translate
        if entry.subject_type == "interview":
            title = str(entry.payload.get("document", {}).get("title", "")) or "—"
            if entry.kind == UNPUBLISH_KIND:
                return translate("Application", "Unpublish interview #{id}").format(
                    id=entry.subject_id
                )
            return translate("Application", "Publish “{title}”").format(title=title)
        if entry.kind == STATUS_KIND:
            return translate("Application", "Comment #{id}: {status}").format(
                id=entry.payload.get("remote_id", entry.subject_id),
                status=entry.payload.get("status", "?"),
            )
        if entry.kind == REPLY_KIND:
            return translate("Application", "Reply to comment #{id}").format(
                id=entry.payload.get("parent", entry.subject_id)
            )
        return f"{entry.kind} #{entry.subject_id}"

    def resolve_conflict(self, entry: OutboxEntry) -> None:
        """Let the editor choose between their version and the site's."""
        dialog = ConflictDialog(entry.payload, self.window)
        dialog.exec()
        if dialog.choice is ConflictChoice.KEEP_MINE:
            resolve_keep_mine(self.store, entry.id)
            self.sync.changes_waiting()
        elif dialog.choice is ConflictChoice.TAKE_SITE:
            resolve_take_site(self.store, entry.id)
            self.interviews_page.refresh()
        self.outbox_page.refresh()

    def moderator_name(self) -> str:
        """Who takes moderation decisions here: the site account's user name."""
        site = self.accounts.active()
        return site.username if site is not None else getpass.getuser()

    def _after_sync(self) -> None:
        self.checkpointer.checkpoint_now()
        self.comments_page.refresh()
        if self.interviews_page.editor is None:
            self.interviews_page.refresh()
        else:
            self.interviews_page.refresh_site_state()
            self.interviews_page.session_status_from_store()

    def _update_badges(self) -> None:
        counts = self.outbox.counts()
        attention = counts[OutboxState.FAILED] + counts[OutboxState.CONFLICT]
        self.window.set_badge("publishing", attention)

    # --- preferences and passwords --------------------------------------------------------------

    def ask_password(self, account: SiteAccount) -> None:
        """Ask once per run for a site's application password when none is stored."""
        if account.id in self._asked_password:
            return
        self._asked_password.add(account.id)
        password, ok = QInputDialog.getText(
            self.window,
            QCoreApplication.translate("Application", "Application password"),
            QCoreApplication.translate(
                "Application", "Application password for {user} on {site}:"
            ).format(user=account.username, site=account.base_url),
            QLineEdit.EchoMode.Password,
        )
        if ok and password.strip():
            self.accounts.vault.set(account, password.strip())
            self.sync.sync_now()

    def open_preferences(self) -> None:
        """Show Preferences; apply and remember what the user chose."""
        sites = SitesTab(self.accounts)
        dialog = PreferencesDialog(
            self.settings.language,
            self.window,
            sites_tab=sites,
            sync_minutes=self.settings.sync_minutes,
        )
        sites.sites_changed.connect(self._sites_changed)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply_language(dialog.chosen_language())
            self.apply_sync_minutes(dialog.chosen_sync_minutes())

    def apply_sync_minutes(self, minutes: int) -> None:
        """Sync every *minutes* from now on (0: only when asked) and remember the choice."""
        self.settings.sync_minutes = minutes
        self.settings.sync()
        self.sync.set_interval(sync_interval_ms(minutes))

    def _sites_changed(self) -> None:
        self._asked_password.clear()
        if self.interviews_page.editor is not None:
            self.interviews_page.editor.set_can_publish(self.accounts.active() is not None)
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
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.app.quit())
        box.open()

    def shutdown(self) -> None:
        """Save open work, stop syncing, wait for background work, close the database."""
        self.interviews_page.save_all()
        self.sync.stop()
        self.integrity.stop()
        self.checkpointer.stop()
        QThreadPool.globalInstance().waitForDone(5000)
        if self.demo_site is not None:
            self.demo_site.stop()
        self.store.close()
