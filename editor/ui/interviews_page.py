"""The Interviews page: the list of interviews, and the editor for the one opened."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.autosave import SaveWork
from editor.categories import CategoryChoice
from editor.document import DocumentFormatError, InterviewDocument, PhotoBlock
from editor.export import (
    ExportError,
    ExportFormat,
    ExportResult,
    export_to_file,
)
from editor.open_post import read_only_reason
from editor.photos import ImportedPhoto, import_photo
from editor.publish_options import PublicationDefaults, publish_options
from editor.publishing import PublishMode, release_from_trash, waiting_publishes
from editor.repository import InterviewRepository, InterviewStatus
from editor.session import EditingSession
from editor.site_revisions import SiteRevision
from editor.site_rights import SiteRights
from editor.site_states import PublicationState, SiteState
from editor.tone_style import count_styles, in_style, style_problems
from editor.ui.editor_widget import InterviewEditor
from editor.ui.export_dialog import (
    ExportMemory,
    SessionExportMemory,
    export_done_box,
    export_file_dialog,
    export_target,
    file_name_for,
)
from editor.ui.history_dialog import HistoryDialog
from editor.ui.import_dialog import ImportDialog
from editor.ui.list_model import SITE_COLUMN, InterviewListModel
from editor.ui.list_panel import DEFAULT_SORT, TRASH, InterviewListPanel
from editor.ui.publish_dialog import PublishDialog
from editor.ui.spelling import SpellingService
from editor.ui.trash_dialogs import confirm, delete_for_good_text, move_to_trash_text
from editor.ui.unsaved_dialog import UnsavedChangesDialog, UnsavedChoice
from editor.versions import VersionKeeper, VersionStore
from portal.accounts import SiteAccount
from storage.changes import Changes
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors
from uikit.changes import ChangeNotifier
from uikit.modal import open_modal
from uikit.outside_text import information, open_warning, question, warning
from uikit.pages import NavigationPage

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
# The status filter's entry that shows the trash.
PHOTOS_FOLDER = "photos"


SiteRevisionsReader = Callable[[int, TaskContext], list[SiteRevision]]
"""Reads the site's revisions of interview *id* (runs on a worker)."""


class Publisher(Protocol):
    """What the page needs to send interviews to the site (the app provides it)."""

    def active_site(self) -> SiteAccount | None:
        """The site to publish to, if one is configured."""
        ...

    def site_state(self, interview_id: int) -> PublicationState | None:
        """The interview's post status and link on the active site, if sent."""
        ...

    def site_states(self, interview_ids: Sequence[int]) -> Mapping[int, SiteState]:
        """Where each of the interviews stands on the active site (for the list)."""
        ...

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
        """Queue the interview for the site and sync soon."""
        ...

    def publish_setup(self, interview_id: int) -> tuple[SiteRights | None, PublicationDefaults]:
        """What the account may do on the active site, and the interview's address there."""
        ...

    def category_choices(self, interview_id: int) -> tuple[list[CategoryChoice], list[int]]:
        """The active site's categories (as last pulled) and the ones to preselect."""
        ...

    def unpublish(self, interview_id: int) -> None:
        """Queue taking the interview off the site and sync soon."""
        ...


class InterviewsPage(NavigationPage):
    """Lists interviews (search, sort) and edits one at a time."""

    view_name = "interviews"

    def __init__(
        self,
        repository: InterviewRepository,
        data_dir: Path,
        publisher: Publisher | None = None,
        parent: QWidget | None = None,
        *,
        load_list: bool = True,
        spelling: SpellingService | None = None,
        version_author: Callable[[], str] | None = None,
        site_revisions: SiteRevisionsReader | None = None,
        export_memory: ExportMemory | None = None,
        changes: ChangeNotifier | None = None,
    ) -> None:
        """With *load_list* False the list stays empty until :meth:`refresh` (after show).

        *spelling* turns on spell check and the house tone style in the editor.
        *version_author* names who the kept versions are by (None: the computer's
        user); *site_revisions* reads the site's revisions of an interview (on a
        worker; None: the History dialog offers none).
        *export_memory* keeps the last export's folder and format (the profile's
        settings; without it they last while the program runs).
        *changes* is the app's change notifier: the page reports moving interviews to
        and from the trash, and reads the list again when others change interviews
        (a sync) or only their site states when those change.
        """
        super().__init__(parent)
        self.repository = repository
        self.spelling = spelling
        self.data_dir = data_dir
        self.publisher = publisher
        self.export_memory: ExportMemory = (
            export_memory if export_memory is not None else SessionExportMemory()
        )
        self.export_task: BackgroundTask[ExportResult] | None = None
        self.context_menu: QMenu | None = None  # the list's menu while it is open
        self.session: EditingSession | None = None
        self.editor: InterviewEditor | None = None
        self.versions = VersionStore(repository.store)
        self.version_keeper = VersionKeeper(author=version_author)
        self.site_revisions = site_revisions
        self.history: HistoryDialog | None = None
        self._notifier = changes
        if changes is not None:
            changes.changed.connect(self._changed)

        self.model = InterviewListModel(
            repository, publisher.site_states if publisher is not None else None, load=load_list
        )
        self.list_panel = InterviewListPanel(self.model, self)
        self.search_edit = self.list_panel.search_edit
        self.status_filter = self.list_panel.status_filter
        self.status_filter.currentIndexChanged.connect(self._apply_status_filter)
        self.count_label = self.list_panel.count_label
        self.new_button = self.list_panel.new_button
        self.import_button = self.list_panel.import_button
        self.table = self.list_panel.table
        self._sorted_by = DEFAULT_SORT
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.activated.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        self.empty_trash_button = self.list_panel.empty_trash_button
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.new_action = QAction(self)
        self.new_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_interview)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_interview)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_interview)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self._open_current)
        self.delete_action = QAction(self)
        self.delete_action.setObjectName("moveToTrashAction")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.restore_selected)
        self.empty_trash_action = QAction(self)
        self.empty_trash_action.setObjectName("emptyTrashAction")
        self.empty_trash_action.triggered.connect(self.empty_trash)
        self.empty_trash_button.clicked.connect(self.empty_trash)
        self.new_button.clicked.connect(self.new_interview)
        self.import_button.clicked.connect(self.import_interview)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.retranslate_ui()

    @property
    def photos_dir(self) -> Path:
        """Where attached photos are copied."""
        return self.data_dir / PHOTOS_FOLDER

    def menu_actions(self) -> list[QAction]:
        """Actions for the File menu."""
        return [self.new_action, self.import_action, self.export_action, self.delete_action]

    def title(self) -> str:
        """The page's name in the navigation."""
        return self.tr("Interviews")

    def undo_stack(self) -> QUndoStack | None:
        """The open interview's undo history."""
        return self.session.undo_stack if self.session is not None else None

    # --- list ---------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self.model.set_query(self.search_edit.text())
        self._update_count()

    def _apply_status_filter(self) -> None:
        value = self.status_filter.currentData()
        in_trash = value == TRASH
        chosen = (
            frozenset({InterviewStatus(value)})
            if isinstance(value, str) and not in_trash
            else frozenset()
        )
        self.model.set_statuses(chosen)
        self.model.set_trashed(in_trash)
        self.empty_trash_button.setVisible(in_trash)
        self._retranslate_trash_texts()
        self._update_count()

    @property
    def showing_trash(self) -> bool:
        """The list shows the interviews in the trash."""
        return self.model.trashed

    def show_trash(self) -> None:
        """Show the interviews in the trash."""
        self.status_filter.setCurrentIndex(self.status_filter.findData(TRASH))

    def show_status(self, status: InterviewStatus | None) -> None:
        """Show only interviews in *status* (None: every status)."""
        index = self.status_filter.findData(status.value if status is not None else None)
        self.status_filter.setCurrentIndex(max(index, 0))

    def _update_count(self) -> None:
        self.list_panel.update_count()

    def refresh(self) -> None:
        """Reload the list (after an edit, import or delete)."""
        self.model.reload()
        self._update_count()

    def _report(self, changes: Changes) -> None:
        """Tell the app's other pages what this page changed."""
        if self._notifier is not None:
            self._notifier.report(changes, self)

    def _changed(self, changes: object, initiator: object) -> None:
        """Another operation changed data: read again what this page shows of it."""
        if not isinstance(changes, Changes) or initiator is self:
            return
        if changes.interviews or changes.sites:
            if self.editor is None:
                self.refresh()
            else:  # the list is read again when the editor closes
                self.session_status_from_store()
            if changes.sites and self.editor is not None and self.publisher is not None:
                self.editor.set_can_publish(self.publisher.active_site() is not None)
        elif changes.site_states or changes.outbox:
            self.model.refresh_site_states()
        if changes.interviews or changes.site_states or changes.outbox or changes.sites:
            self.refresh_site_state()

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """The site column cannot be sorted in the database: keep the previous order."""
        header = self.table.horizontalHeader()
        if column == SITE_COLUMN:
            header.blockSignals(True)
            header.setSortIndicator(*self._sorted_by)
            header.blockSignals(False)
        else:
            self._sorted_by = (column, order)

    def _open_index(self, index: QModelIndex) -> None:
        interview_id = self.model.interview_id(index.row())
        if interview_id is not None:
            self.open_interview(interview_id)

    def _selected_ids(self) -> list[int]:
        return [
            interview_id
            for index in self.table.selectionModel().selectedRows()
            if (interview_id := self.model.interview_id(index.row())) is not None
        ]

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)

    def _show_context_menu(self, position: QPoint) -> None:
        """The list's menu: what can be done with the interviews under the mouse."""
        index = self.table.indexAt(position)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("interviewListMenu")
        has_selection = bool(self._selected_ids())
        if self.showing_trash:
            menu.addAction(self.restore_action)
            menu.addAction(self.delete_action)
            menu.addSeparator()
            menu.addAction(self.empty_trash_action)
            self.empty_trash_action.setEnabled(self.model.total > 0)
        else:
            menu.addAction(self.open_action)
            menu.addAction(self.export_action)
            menu.addSeparator()
            menu.addAction(self.delete_action)
        actions = (self.open_action, self.restore_action, self.delete_action)
        for action in actions:
            action.setEnabled(has_selection)

        def enable_again() -> None:  # the same actions serve the File menu and the Delete key
            for action in (*actions, self.empty_trash_action):
                action.setEnabled(True)

        menu.aboutToHide.connect(enable_again)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))

    def delete_selected(self) -> None:
        """Move the selected (or open) interviews to the trash after asking.

        In the Trash view, delete the selected ones for good instead. A post
        already on a site stays there either way, and the question says so.
        """
        if self.session is not None and self.stack.currentWidget() is self.editor:
            ids = [self.session.interview_id]
        else:
            ids = self._selected_ids()
        if not ids:
            return
        titles = self.repository.titles(ids)
        on_site = self.repository.posts_on_sites(ids)
        if self.showing_trash and self.session is None:
            text = delete_for_good_text(titles, on_site)
            if confirm(self, self.tr("Delete for good"), text, self.tr("Delete for good")):
                self.repository.delete(ids)
                self.refresh()
                self._report(Changes(interviews=True))
            return
        held = waiting_publishes(self.repository.store, ids)
        text = move_to_trash_text(titles, on_site, held)
        if not confirm(self, self.tr("Move to Trash"), text, self.tr("Move to Trash")):
            return
        if self.session is not None and self.session.interview_id in ids:
            if not self.close_editor():
                return  # its last changes could not be saved: it stays open
            self.stack.setCurrentWidget(self.list_panel)
        self.repository.move_to_trash(ids)
        self.refresh()
        self._report(Changes(interviews=True))
        self.table.setFocus()

    def restore_selected(self) -> None:
        """Take the selected interviews out of the trash, back into the list."""
        ids = self._selected_ids()
        if ids:
            self.repository.restore(ids)
            released = release_from_trash(self.repository.store, ids)  # held while trashed
            self.refresh()
            self._report(Changes(interviews=True, outbox=released > 0))

    def empty_trash(self) -> None:
        """Delete every interview in the trash for good, after asking."""
        ids = self.repository.trashed_ids()
        if not ids:
            return
        text = delete_for_good_text(
            self.repository.titles(ids), self.repository.posts_on_sites(ids)
        )
        if confirm(self, self.tr("Empty Trash"), text, self.tr("Empty Trash")):
            self.repository.delete(ids)
            self.refresh()
            self._report(Changes(interviews=True))

    # --- opening and closing ------------------------------------------------------------------

    def new_interview(self) -> None:
        """Create an empty draft and open it."""
        stored = self.repository.create()
        self.refresh()
        self.open_interview(stored.id)
        if self.editor is not None:
            self.editor.title_edit.setFocus()

    def create_from_document(self, document: InterviewDocument) -> int:
        """Store *document* as a new draft, open it, and return its id."""
        stored = self.repository.create(document)
        self.refresh()
        self.open_interview(stored.id)
        return stored.id

    def open_interview(self, interview_id: int) -> None:
        """Open interview *interview_id* in the editor (or say why it cannot be opened)."""
        self.close_editor()
        try:
            stored = self.repository.get(interview_id)
        except DocumentFormatError as error:  # also reached from background callbacks: no wait
            open_warning(self, self.tr("The interview cannot be opened"), error.user_message)
            return
        self.session = EditingSession(
            self.repository,
            stored,
            photos_root=self.data_dir,
            save_runner=self._save_in_background,
            versions=self.version_keeper,
            parent=self,
        )
        self.editor = InterviewEditor(self.session, self.data_dir, self, spelling=self.spelling)
        self.editor.back_requested.connect(self.show_list)
        self.editor.choose_image_requested.connect(self.choose_image)
        self.editor.publish_requested.connect(self.publish_open_interview)
        self.editor.unpublish_requested.connect(self.unpublish_open_interview)
        self.editor.history_requested.connect(self.show_history)
        self.editor.copy_requested.connect(self.save_copy_as_new)
        self.editor.set_can_publish(
            self.publisher is not None and self.publisher.active_site() is not None
        )
        self.editor.set_read_only(read_only_reason(self.repository.store, interview_id))
        self.refresh_site_state()
        self.stack.addWidget(self.editor)
        self.stack.setCurrentWidget(self.editor)
        self.undo_stack_changed.emit()

    def save_copy_as_new(self) -> None:
        """Keep the open interview's text as a new interview of its own (not linked to a post)."""
        if self.session is not None:
            self.create_from_document(self.session.document.snapshot())

    def close_editor(self) -> bool:
        """Save and close the open interview; False if saving failed (it stays open)."""
        if self.session is None:
            return True
        if not self.session.close():
            return False
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
        self.session.deleteLater()
        self.session, self.editor = None, None
        self.undo_stack_changed.emit()
        return True

    def show_list(self) -> None:
        """Back to the list (saving the open interview)."""
        if self.close_editor():
            self.stack.setCurrentWidget(self.list_panel)
            self.refresh()
            self.table.setFocus()

    def save_all(self) -> bool:
        """Save the open interview now (before quitting)."""
        return self.session.save_now() if self.session is not None else True

    def confirm_close(self) -> bool:
        """Save the open interview before the window closes; if that fails, ask what to do.

        False: the reporter chose to keep working (the window stays open).
        """
        session = self.session
        if session is None or session.save_now():
            return True
        while True:
            failure = session.autosaver.failure
            choice = self.ask_about_unsaved(
                session.document.title, failure.message if failure is not None else ""
            )
            if choice is UnsavedChoice.RETRY:
                if session.save_now():
                    return True
            elif choice is UnsavedChoice.SAVE_COPY:
                if self.save_copy_as_text(session.document):
                    return True
            elif choice is UnsavedChoice.QUIT_WITHOUT_SAVING:
                log.warning("Quitting without saving interview %s", session.interview_id)
                return True
            else:
                return False

    def ask_about_unsaved(self, title: str, reason: str) -> UnsavedChoice:
        """Show why the changes are not saved; the reporter's choice."""
        dialog = UnsavedChangesDialog(title, reason, self)
        # exec(), not open(): asked from the window's close event, which must be answered
        # before it returns; the session asked about is saved or dropped by the caller.
        dialog.exec()
        return dialog.choice()

    def save_copy_as_text(self, document: InterviewDocument) -> bool:
        """Ask where, then write *document* there as plain text; False if not written."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy as text"),
            str(Path.home() / f"{file_name_for(document.title)}.txt"),
            self.tr("Plain text in the newspaper's format (*.txt)"),
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ".txt":
            target = target.with_name(target.name + ".txt")
        return self._export(document, ExportFormat.TXT, target)

    def _save_in_background(
        self,
        work: SaveWork,
        on_done: Callable[[datetime], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """The session's save runner: serialise and write on a worker (then say so)."""

        def saved(moment: datetime) -> None:
            on_done(moment)
            self._report(Changes(interviews=True))  # a title the Publishing page shows

        run_in_background(
            lambda _context: work(), on_success=saved, on_failure=on_error, parent=self
        )

    def hideEvent(self, event: QHideEvent) -> None:
        """Another page is shown (or the window hidden): save the open interview at once."""
        if self.session is not None:
            self.session.save_soon()
        super().hideEvent(event)

    # --- history ---------------------------------------------------------------------------

    def show_history(self) -> None:
        """Show the open interview's versions (saving first, so the newest is listed)."""
        session = self.session
        if session is None:
            return
        session.save_now()
        fetch = None
        reader = self.site_revisions
        if reader is not None:
            interview_id = session.interview_id

            def fetch(context: TaskContext) -> list[SiteRevision]:
                return reader(interview_id, context)

        self.history = HistoryDialog(session, self.versions, fetch, self)
        self.history.finished.connect(self._history_closed)
        self.history.open()

    def _history_closed(self, _result: int) -> None:
        if self.history is not None:
            self.history.deleteLater()
            self.history = None

    # --- publishing -----------------------------------------------------------------------

    def session_status_from_store(self) -> None:
        """Show the status a sync gave the open interview (e.g. published)."""
        if self.session is not None:
            self.session.reload_status()

    def refresh_site_state(self) -> None:
        """Show where the open interview stands on the site (after a sync, say)."""
        if self.editor is not None and self.session is not None and self.publisher is not None:
            self.editor.set_site_state(self.publisher.site_state(self.session.interview_id))

    def publish_open_interview(self) -> None:
        """Ask how to publish the open interview, then queue it for the site."""
        site = self.publisher.active_site() if self.publisher is not None else None
        if self.session is None or self.publisher is None or site is None:
            return
        problems = self.session.problems()
        if problems and self.editor is not None:
            self.editor.show_problems(problems)
            information(
                self,
                self.tr("Not ready to publish"),
                self.tr("Fix what is listed under the editor before publishing."),
            )
            return
        if not self.session.save_now():
            return
        interview_id = self.session.interview_id
        categories, preferred = self.publisher.category_choices(interview_id)
        rights, defaults = self.publisher.publish_setup(interview_id)
        has_photos = any(
            isinstance(block, PhotoBlock) and block.image_path
            for block in self.session.document.blocks
        )
        status = self.session.status
        dialog = PublishDialog(
            site.name,
            self,
            categories=categories,
            preferred=preferred,
            options=publish_options(
                status, rights, has_photos=has_photos, published_on_site=defaults.published
            ),
            status=status,
            defaults=defaults,
            has_photos=has_photos,
        )
        publisher = self.publisher

        def publish(chosen: PublishDialog) -> None:
            publisher.publish(
                interview_id,
                chosen.mode(),
                chosen.scheduled_at(),
                chosen.categories(),
                slug=chosen.slug(),
                featured_in_text=chosen.featured_in_text(),
            )

        open_modal(dialog, publish)

    def unpublish_open_interview(self) -> None:
        """Queue taking the open interview off the site, after asking."""
        if self.session is None or self.publisher is None:
            return
        interview_id = self.session.interview_id  # the box's event loop may close the editor
        answer = question(
            self,
            self.tr("Unpublish"),
            self.tr("Take this interview off the site? It stays there as a draft."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.publisher.unpublish(interview_id)

    # --- import, export, photos -------------------------------------------------------------------

    def import_interview(self, text: str | None = None) -> ImportDialog:
        """Open the import dialog; the draft the reporter accepts is created and opened."""
        dialog = ImportDialog(self)
        if text:
            dialog.set_text(text)

        def create(accepted: ImportDialog) -> None:
            document = accepted.document()
            if document is not None:
                self.create_from_document(self._offer_house_style(document))

        return open_modal(dialog, create)

    def _offer_house_style(self, document: InterviewDocument) -> InterviewDocument:
        """Offer to rewrite an imported interview in the house tone style, if it is not."""
        if self.spelling is None or not style_problems(document, self.spelling.house_style):
            return document
        counted = count_styles(document)
        text = (
            self.tr("The imported text mixes the two tone-mark styles (hòa/hoà).")
            if counted.mixed
            else self.tr("The imported text is not in the house tone-mark style (hòa/hoà).")
        )
        answer = question(
            self,
            self.tr("Normalise to the house style"),
            text + " " + self.tr("Rewrite it in the house style?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return in_style(document, self.spelling.house_style)
        return document

    def export_interview(self) -> None:
        """Export the open (or selected) interview as a web page, PDF or text.

        Asks where (starting from the last export's folder and format), then
        writes the file on a worker (photos are resized for it) and says where
        it went.
        """
        document = self._document_to_export()
        if document is None or self.export_task is not None:
            return
        chosen = self.ask_export_target(document.title)
        if chosen is None:
            return
        target, fmt = chosen
        self.export_memory.export_folder = target.parent
        self.export_memory.export_format = fmt.value
        snapshot = document.snapshot()
        data_dir = self.data_dir

        def work(context: TaskContext) -> ExportResult:
            return export_to_file(snapshot, fmt, target, data_dir, lambda: context.cancelled)

        def finished() -> None:
            self.export_task = None
            self.export_action.setEnabled(True)

        def done(result: ExportResult) -> None:
            finished()
            self.show_export_done(result)

        def failed(message: str) -> None:
            open_warning(self, self.tr("Export failed"), message)

        self.export_action.setEnabled(False)
        self.export_task = run_in_background(
            work,
            on_success=done,
            on_failure=show_known_errors(failed, first=finished),
            on_cancelled=finished,  # a cancelled export ends here, whatever it raised
            parent=self,
        )

    def ask_export_target(self, headline: str) -> tuple[Path, ExportFormat] | None:
        """Ask where to export and in which format; None when the reporter cancels."""
        dialog = export_file_dialog(self, self.export_memory, headline)
        try:
            # exec(): only a path comes back; the export then works on the snapshot taken
            # after it, and a second export cannot start while the modal dialog shows.
            if dialog.exec() != QFileDialog.DialogCode.Accepted:
                return None
            return export_target(dialog)
        finally:
            dialog.deleteLater()

    def show_export_done(self, result: ExportResult) -> None:
        """Say where the export was written, with a button that opens its folder."""
        box = export_done_box(self, result)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _export(self, document: InterviewDocument, fmt: ExportFormat, target: Path) -> bool:
        """Write *document* to *target*; say why when that fails (False)."""
        try:
            export_to_file(document, fmt, target, self.data_dir)
        except ExportError as error:
            warning(self, self.tr("Export failed"), error.user_message)
            return False
        return True

    def _document_to_export(self) -> InterviewDocument | None:
        if self.session is not None:
            return self.session.document
        index = self.table.currentIndex()
        interview_id = self.model.interview_id(index.row()) if index.isValid() else None
        return self.repository.get(interview_id).document if interview_id is not None else None

    def choose_image(self, block_index: int) -> None:
        """Ask for an image file and attach it to photo *block_index*."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose photo"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp);;All files (*)"),
        )
        if path:
            self.attach_image(block_index, Path(path))

    def attach_image(self, block_index: int, source: Path) -> None:
        """Copy *source* into the data folder and put it in photo *block_index*.

        The file is checked and copied off the GUI thread (a large photo takes a
        while); the photo lands on the block that was at *block_index*, wherever
        it is by then, and is dropped with a message if that block was deleted.
        """
        session = self.session
        if session is None:
            return
        mark = session.mark_block(block_index)
        photos_dir = self.photos_dir

        def work(_context: TaskContext) -> ImportedPhoto:
            return import_photo(source, photos_dir)

        def done(photo: ImportedPhoto) -> None:
            if session is not self.session:
                return  # the interview was closed meanwhile
            if mark.index is None:
                failed(self.tr("The photo block was deleted while the photo was being copied."))
                return
            block = session.document.blocks[mark.index]
            changes: dict[str, str | None] = {
                "image_path": photo.image_path.relative_to(self.data_dir).as_posix()
            }
            if not getattr(block, "caption", "") and photo.caption:
                changes["caption"] = photo.caption
            if not getattr(block, "credit", None) and photo.credit:
                changes["credit"] = photo.credit
            session.update_photo(mark.index, **changes)

        def failed(message: str) -> None:
            open_warning(self, self.tr("Photo not attached"), message)

        self.photo_task = run_in_background(
            work, on_success=done, on_failure=show_known_errors(failed), parent=self
        )

    # --- translation ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.list_panel.retranslate_ui()
        self.new_action.setText(self.tr("&New Interview"))
        self.import_action.setText(self.tr("&Import Interview…"))
        self.export_action.setText(self.tr("&Export Interview…"))
        self.open_action.setText(self.tr("Open"))
        self.restore_action.setText(self.tr("Restore"))
        self.empty_trash_action.setText(self.tr("Empty Trash…"))
        self._retranslate_trash_texts()
        self._update_count()

    def _retranslate_trash_texts(self) -> None:
        """The Delete action's name, which depends on whether the trash is shown."""
        if self.showing_trash:
            self.delete_action.setText(self.tr("Delete for Good…"))
        else:
            self.delete_action.setText(self.tr("Move to Trash…"))
