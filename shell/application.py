"""Builds the running application: profile, database, translations, main window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.demo import seed_demo_interviews
from editor.repository import InterviewRepository
from editor.ui.interviews_page import InterviewsPage
from shell.connection_status import ConnectionStatus
from shell.i18n import LanguageManager, resolve_language
from shell.settings import AppSettings
from shell.ui.main_window import MainWindow
from shell.ui.pages import EmptyStatePage, NavigationPage
from shell.ui.preferences import PreferencesDialog
from storage.database import Store, open_store
from storage.errors import StoreError
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
        return lock, open_store(profile.database_path)
    except StoreError as error:
        lock.release()
        log.warning("Cannot open the database: %s", error)
        show_error(
            QCoreApplication.translate("Application", "Newsdesk cannot start"), error.user_message
        )
        return None


class NewsdeskApplication:
    """The running app: owns the store, settings, translations and main window."""

    def __init__(
        self,
        app: QApplication,
        profile: Profile,
        store: Store,
        *,
        log_file: Path,
        languages: LanguageManager,
        settings: AppSettings,
    ) -> None:
        self.app = app
        self.profile = profile
        self.store = store
        self.settings = settings
        self.languages = languages
        self.connection = ConnectionStatus(app)
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
        repository = InterviewRepository(store)
        if profile.demo:
            seed_demo_interviews(repository)
        self.interviews_page = InterviewsPage(repository, profile.data_dir)
        self.window = MainWindow(
            self.settings, self.connection, self._build_pages(), log_file=str(log_file)
        )
        self.window.add_menu_actions("file", self.interviews_page.menu_actions())
        if profile.demo:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("Application", "Demo profile: {path}").format(
                    path=profile.data_dir
                )
            )
        self.window.preferences_requested.connect(self.open_preferences)
        app.aboutToQuit.connect(self.shutdown)

    def _build_pages(self) -> list[NavigationPage]:
        return [
            self.interviews_page,
            EmptyStatePage(
                "comments",
                lambda: QCoreApplication.translate("Application", "Comments"),
                lambda: QCoreApplication.translate(
                    "Application", "Reader comments waiting for moderation will be listed here."
                ),
            ),
            EmptyStatePage(
                "publishing",
                lambda: QCoreApplication.translate("Application", "Publishing"),
                lambda: QCoreApplication.translate(
                    "Application",
                    "Changes waiting to be sent to the site (the outbox) will be listed here.",
                ),
            ),
        ]

    def open_preferences(self) -> None:
        """Show Preferences; apply and remember what the user chose."""
        dialog = PreferencesDialog(self.settings.language, self.window)
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.apply_language(dialog.chosen_language())

    def apply_language(self, setting: str) -> None:
        """Switch the interface language now and remember the choice."""
        self.settings.language = setting
        self.settings.sync()
        self.languages.switch(resolve_language(setting))

    def shutdown(self) -> None:
        """Save open work, wait for background work, then close the database."""
        self.interviews_page.save_all()
        QThreadPool.globalInstance().waitForDone(5000)
        self.store.close()
