"""The window as it is first shown, before the store and the rest of the app are loaded.

A cold start used to import SQLAlchemy, the ORM models and every page before
the window appeared. Now, when the database is plainly usable (it exists, we
may write to it, it is ours and needs no migration), :func:`quick_first_window`
locks the data folder, reads the interview list with ``storage.quick_look``
(standard ``sqlite3``, read-only) and builds the main window around it: the
Interviews slot shows the list, Comments and Publishing say "Loading…" and
Preferences waits. ``main.py`` shows that window, and :func:`load_the_rest`
imports the application off the GUI thread; the store is then opened the usual
way (``shell.application.open_profile_store``) and
``shell.application.NewsdeskApplication`` takes the window over.

In every other case (first start, migration due, read-only, damaged or locked
database, demo profile) this module answers None and ``main.py`` opens the
store first, as it always did, so each problem is explained before any window.
This module must stay light: nothing here may import SQLAlchemy.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from editor.ui.list_preview import InterviewListPreview, list_preview
from shell.connection_status import ConnectionStatus
from shell.settings import AppSettings
from shell.ui.lazy_page import LazyPage
from shell.ui.main_window import MainWindow
from shell.version import app_version
from storage.errors import StoreError
from storage.instance_lock import DataFolderLock
from uikit.background import TaskContext, run_in_background

STYLE_SHEET = Path(__file__).resolve().parent.parent / "resources" / "styles" / "newsdesk.qss"

# What the application needs that the first window did not: imported off the GUI thread.
REST_OF_THE_APP = ("shell.application",)


@dataclass
class FirstWindow:
    """The main window and its page slots, ready before the store is."""

    window: MainWindow
    connection: ConnectionStatus
    interviews: LazyPage
    comments: LazyPage
    publishing: LazyPage
    site_posts: LazyPage
    review: LazyPage
    lock: DataFolderLock | None = None  # held from the quick look until the store is open

    @property
    def preview(self) -> InterviewListPreview | None:
        """The interview list read at start-up, while the Interviews page is not built."""
        stand_in = self.interviews.stand_in
        return stand_in if isinstance(stand_in, InterviewListPreview) else None


def build_first_window(
    app: QApplication,
    settings: AppSettings,
    log_file: Path,
    preview: InterviewListPreview | None = None,
) -> FirstWindow:
    """The main window with its four page slots (the interview list in the first, if read)."""
    app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    interviews = LazyPage(
        "interviews",
        lambda: QCoreApplication.translate("InterviewsPage", "Interviews"),
        None,
        stand_in=preview,
    )
    comments = LazyPage(
        "comments", lambda: QCoreApplication.translate("CommentsPage", "Comments"), None
    )
    publishing = LazyPage(
        "publishing", lambda: QCoreApplication.translate("OutboxPage", "Publishing"), None
    )
    site_posts = LazyPage(
        "site_posts", lambda: QCoreApplication.translate("SitePostsPage", "On the site"), None
    )
    review = LazyPage("review", lambda: QCoreApplication.translate("ReviewPage", "Review"), None)
    connection = ConnectionStatus(app)
    window = MainWindow(
        settings,
        connection,
        [interviews, comments, publishing, site_posts, review],
        log_file=str(log_file),
    )
    window.preferences_action.setEnabled(False)  # the Sites tab needs the store
    return FirstWindow(window, connection, interviews, comments, publishing, site_posts, review)


def quick_first_window(
    app: QApplication, data_dir: Path, database: Path, settings: AppSettings, log_file: Path
) -> FirstWindow | None:
    """The first window with the interview list, or None: open the store first, as always."""
    lock = DataFolderLock(data_dir)
    try:
        lock.acquire()
    except StoreError:
        return None  # in use: the usual opening says so
    preview = list_preview(database)
    if preview is None:
        lock.release()
        return None
    first = build_first_window(app, settings, log_file, preview)
    first.lock = lock
    return first


def load_the_rest(first: FirstWindow, then: Callable[[], None]) -> None:
    """Import the rest of the application off the GUI thread, then call *then* on it."""

    def work(_context: TaskContext) -> None:
        for name in REST_OF_THE_APP:
            importlib.import_module(name)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # else the first query does it, on the GUI thread
        app_version()  # the package metadata: slow to read, the application sets it

    run_in_background(work, on_success=lambda _none: then(), parent=first.window)
