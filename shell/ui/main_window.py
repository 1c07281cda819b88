"""The main window: navigation, the pages, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from shell.connection_status import ConnectionStatus
from shell.settings import AppSettings
from shell.ui.status_bar import ConnectionIndicator
from shell.version import app_version
from uikit.outside_text import question
from uikit.pages import NavigationPage

#: Set on the application when a signal (SIGTERM, Ctrl+C) stops it: quit without asking.
SIGNAL_QUIT = "newsdeskSignalQuit"


class MainWindow(QMainWindow):
    """The one main window. Pages come from the features; the window only navigates."""

    preferences_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        connection: ConnectionStatus,
        pages: Sequence[NavigationPage],
        *,
        log_file: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._settings = settings
        self._log_file = log_file
        self.pages = list(pages)
        self._badges: dict[str, int] = {}
        #: How many changes wait in the outbox (set by the application; asked on quitting).
        self.unsent_changes: Callable[[], int] | None = None
        self.undo_group = QUndoGroup(self)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
            item = QListWidgetItem(self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, page.view_name)
            page.undo_stack_changed.connect(self._activate_undo_stack)
        self.navigation.currentRowChanged.connect(self._show_row)

        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 900])
        self.setCentralWidget(splitter)

        self.connection_indicator = ConnectionIndicator(connection, self)
        self.statusBar().addPermanentWidget(self.connection_indicator)

        self._create_actions()
        self._create_menus()
        self.retranslate_ui()
        self._restore_state()

    # --- views -------------------------------------------------------------

    def current_view(self) -> str:
        """The view name of the page on show."""
        page = self.stack.currentWidget()
        return page.view_name if isinstance(page, NavigationPage) else ""

    def show_view(self, view_name: str) -> bool:
        """Switch to the page called *view_name*; False if there is none."""
        for row, page in enumerate(self.pages):
            if page.view_name == view_name:
                self.navigation.setCurrentRow(row)
                return True
        return False

    def set_badge(self, view_name: str, count: int) -> None:
        """Show *count* next to a page's name in the navigation (0 hides it)."""
        self._badges[view_name] = count
        self._retitle_navigation()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            page = self.pages[row]
            self.stack.setCurrentWidget(page)
            self._activate_undo_stack()
            self._settings.last_view = page.view_name

    def _activate_undo_stack(self) -> None:
        """Edit ▸ Undo works on the undo stack of the page on show, if it has one."""
        page = self.stack.currentWidget()
        stack = page.undo_stack() if isinstance(page, NavigationPage) else None
        if stack is not None:
            if stack not in self.undo_group.stacks():
                self.undo_group.addStack(stack)
            self.undo_group.setActiveStack(stack)
        else:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]

    # --- menus ---------------------------------------------------------------

    def _create_actions(self) -> None:
        self.preferences_action = QAction(self)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setShortcuts(preferences_keys or [QKeySequence("Ctrl+,")])
        self.preferences_action.triggered.connect(self.preferences_requested)

        self.quit_action = QAction(self)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        )
        self.quit_action.triggered.connect(self.close)

        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)

        self.view_actions: list[QAction] = []
        for index, page in enumerate(self.pages):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(
                lambda _checked=False, name=page.view_name: self.show_view(name)
            )
            self.view_actions.append(action)

        self.full_screen_action = QAction(self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcuts(QKeySequence.StandardKey.FullScreen)
        self.full_screen_action.toggled.connect(self._set_full_screen)

        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = QMenu(self)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = QMenu(self)
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.full_screen_action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)

    def add_menu_actions(self, menu_name: str, actions: Sequence[QAction]) -> None:
        """Let a feature put its actions in the File, Edit or View menu."""
        menu = {"file": self.file_menu, "edit": self.edit_menu, "view": self.view_menu}[menu_name]
        first = menu.actions()[0] if menu.actions() else None
        for action in actions:
            menu.insertAction(first, action)  # type: ignore[arg-type]
        if first is not None and menu_name == "file":
            menu.insertSeparator(first)

    # --- translation -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text the window owns in the current language."""
        self.setWindowTitle(self.tr("Newsdesk"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.full_screen_action.setText(self.tr("&Full Screen"))
        self.about_action.setText(self.tr("&About Newsdesk"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self._retitle_navigation()

    def _retitle_navigation(self) -> None:
        for row, page in enumerate(self.pages):
            title = page.title()
            count = self._badges.get(page.view_name, 0)
            item = self.navigation.item(row)
            item.setText(f"{title} ({count})" if count else title)
            self.view_actions[row].setText(title)

    # --- about ------------------------------------------------------------------

    def show_about(self) -> None:
        """The About box: what Newsdesk is, its version, where the log is."""
        QMessageBox.about(self, self.tr("About Newsdesk"), self.about_text())

    def about_text(self) -> str:
        """The About box's text in the current language."""
        return self.tr(
            "<h3>Newsdesk {version}</h3>"
            "<p>Draft interviews offline, moderate reader comments and publish "
            "to your news site.</p><p>Log file: {log}</p>"
        ).format(version=app_version(), log=self._log_file)

    # --- window state -----------------------------------------------------------

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _restore_state(self) -> None:
        geometry = self._settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = self._settings.window_state()
        if state is not None:
            self.restoreState(state)
        if not self.show_view(self._settings.last_view) and self.pages:
            self.navigation.setCurrentRow(0)

    def _confirm_unsent(self) -> bool:
        """Say how many changes still wait for the site, and that they are safe; True: quit."""
        count = self.unsent_changes() if self.unsent_changes is not None else 0
        app = QApplication.instance()
        if count <= 0 or (app is not None and app.property(SIGNAL_QUIT)):
            return True  # stopped by a signal (logout, Ctrl+C): the changes wait, nobody to ask
        answer = question(
            self,
            self.tr("Changes waiting to be sent"),
            self.tr(
                "%n change(s) for the site have not been sent yet. They are saved on this "
                "computer and go out at the first sync after Newsdesk starts again.\n\n"
                "Quit now?",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let each page save its work (or the user keep the window), then remember the layout."""
        if not all(page.confirm_close() for page in self.pages) or not self._confirm_unsent():
            event.ignore()
            return
        self._settings.save_window(self.saveGeometry(), self.saveState())
        self._settings.last_view = self.current_view()
        self._settings.sync()
        super().closeEvent(event)
