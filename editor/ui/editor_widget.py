"""The interview editor: headline, sapo, byline and tags; blocks; speakers; preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from editor.counts import character_count, word_count
from editor.document import Role
from editor.html_export import export_html_page
from editor.page_photos import preview_images
from editor.repository import InterviewStatus
from editor.session import EditingSession
from editor.site_states import PublicationState, site_line
from editor.tone_style import style_problems
from editor.ui.block_editor import BlockEditor
from editor.ui.blocks_model import BlocksModel
from editor.ui.list_model import status_text
from editor.ui.spelling import InterviewSpelling, SpellingService
from editor.ui.text_inputs import DocumentLineEdit, DocumentTextEdit
from editor.validation import Problem, ProblemPlace
from uikit.outside_text import plain_labels, tooltip

PREVIEW_DELAY_MS = 400
STYLE_CHECK_DELAY_MS = 400
# Room kept beside a photo in the preview (the page's margins), in pixels.
PREVIEW_IMAGE_PADDING = 16


class InterviewEditor(QWidget):
    """Edits one interview through its :class:`EditingSession`."""

    back_requested = Signal()
    choose_image_requested = Signal(int)  # block index
    publish_requested = Signal()
    unpublish_requested = Signal()
    history_requested = Signal()

    def __init__(
        self,
        session: EditingSession,
        photos_root: Path | None,
        parent: QWidget | None = None,
        *,
        spelling: SpellingService | None = None,
    ) -> None:
        """*spelling* turns on spell check and the house tone style (None: neither)."""
        super().__init__(parent)
        self.session = session
        self.photos_root = photos_root
        self.can_publish = False  # set by the page when a site is configured

        # --- header -------------------------------------------------------------------
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back_requested)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusChip")
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.site_label = QLabel(self)
        self.site_label.setObjectName("siteLabel")
        self.site_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_labels(self.site_label, self.saved_label, self.status_label)
        self._site_state: PublicationState | None = None
        self.ready_button = QPushButton(self)
        self.ready_button.clicked.connect(self.mark_ready)
        self.approve_button = QPushButton(self)
        self.approve_button.clicked.connect(session.approve)
        self.draft_button = QPushButton(self)
        self.draft_button.clicked.connect(session.back_to_draft)
        self.publish_button = QPushButton(self)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.clicked.connect(self.publish_requested)
        self.unpublish_button = QPushButton(self)
        self.unpublish_button.clicked.connect(self.unpublish_requested)
        self.history_button = QPushButton(self)
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.history_requested)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.status_label)
        header.addWidget(self.site_label)
        header.addStretch(1)
        header.addWidget(self.saved_label)
        header.addWidget(self.history_button)
        header.addWidget(self.draft_button)
        header.addWidget(self.ready_button)
        header.addWidget(self.approve_button)
        header.addWidget(self.unpublish_button)
        header.addWidget(self.publish_button)

        # --- fields -------------------------------------------------------------------
        self.title_edit = DocumentLineEdit(self)
        self.title_edit.setObjectName("headline")
        self.lead_edit = DocumentTextEdit(self)
        self.lead_edit.setMaximumHeight(80)
        self.byline_edit = DocumentLineEdit(self)
        self.tags_edit = DocumentLineEdit(self)
        self.title_label, self.lead_label = QLabel(self), QLabel(self)
        self.byline_label, self.tags_label = QLabel(self), QLabel(self)
        fields = QFormLayout()
        fields.addRow(self.title_label, self.title_edit)
        fields.addRow(self.lead_label, self.lead_edit)
        byline_row = QHBoxLayout()
        byline_row.addWidget(self.byline_edit, 1)
        byline_row.addWidget(self.tags_label)
        byline_row.addWidget(self.tags_edit, 1)
        fields.addRow(self.byline_label, byline_row)
        for label, buddy in (
            (self.title_label, self.title_edit),
            (self.lead_label, self.lead_edit),
            (self.byline_label, self.byline_edit),
            (self.tags_label, self.tags_edit),
        ):
            label.setBuddy(buddy)

        # --- blocks -------------------------------------------------------------------
        self.blocks_model = BlocksModel(session)
        self.blocks_view = QListView(self)
        self.blocks_view.setObjectName("blocks")
        self.blocks_view.setModel(self.blocks_model)
        self.blocks_view.setWordWrap(True)
        self.blocks_view.setUniformItemSizes(False)
        self.blocks_view.setSpacing(2)
        self.blocks_view.setAlternatingRowColors(True)
        self.blocks_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.blocks_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.blocks_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.blocks_view.selectionModel().currentChanged.connect(self._current_block_changed)
        self.block_toolbar = QToolBar(self)
        self.add_turn_action = QAction(self)
        self.add_turn_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.add_paragraph_action = QAction(self)
        self.add_paragraph_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.add_photo_action = QAction(self)
        self.add_photo_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.move_up_action = QAction(self)
        self.move_up_action.setShortcut(QKeySequence("Alt+Up"))
        self.move_down_action = QAction(self)
        self.move_down_action.setShortcut(QKeySequence("Alt+Down"))
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.blocks_view.addAction(self.delete_action)
        for action in (
            self.add_turn_action,
            self.add_paragraph_action,
            self.add_photo_action,
            self.move_up_action,
            self.move_down_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.block_toolbar.addAction(action)
        self.block_toolbar.addAction(self.delete_action)
        self.add_turn_action.triggered.connect(self.add_turn)
        self.add_paragraph_action.triggered.connect(
            lambda: self._select_block(session.add_paragraph_after(self.current_block()), True)
        )
        self.add_photo_action.triggered.connect(
            lambda: self._select_block(session.add_photo_after(self.current_block()), True)
        )
        self.move_up_action.triggered.connect(lambda: self._move_current(-1))
        self.move_down_action.triggered.connect(lambda: self._move_current(+1))
        self.delete_action.triggered.connect(self.delete_selected_blocks)

        self.block_editor = BlockEditor(session, photos_root, self)
        self.block_editor.new_turn_requested.connect(self.add_turn)
        self.block_editor.choose_image_requested.connect(self.choose_image_requested)

        # --- speakers -----------------------------------------------------------------
        self.speakers_box = QGroupBox(self)
        self.speakers_list = QListWidget(self.speakers_box)
        self.speakers_list.setMaximumHeight(90)
        self.speaker_name_edit = DocumentLineEdit(self.speakers_box)
        self.speaker_role_combo = QComboBox(self.speakers_box)
        self.speaker_role_combo.addItem("", Role.INTERVIEWER.value)
        self.speaker_role_combo.addItem("", Role.INTERVIEWEE.value)
        self.add_speaker_button = QPushButton(self.speakers_box)
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker_name_edit, 1)
        speaker_row.addWidget(self.speaker_role_combo)
        speaker_row.addWidget(self.add_speaker_button)
        speakers_layout = QVBoxLayout(self.speakers_box)
        speakers_layout.addWidget(self.speakers_list)
        speakers_layout.addLayout(speaker_row)
        self.speakers_list.currentRowChanged.connect(self._speaker_selected)
        self.speaker_name_edit.editingFinished.connect(self._rename_speaker)
        self.speaker_role_combo.activated.connect(self._change_speaker_role)
        self.add_speaker_button.clicked.connect(self._add_speaker)

        # --- problems and counts --------------------------------------------------------
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("problems")
        self.problems_list.setMaximumHeight(80)
        self.problems_list.itemActivated.connect(self._go_to_problem)
        self.problems_list.itemClicked.connect(self._go_to_problem)
        self.problems_list.hide()
        self._review_problems: list[Problem] = []
        self._style_problems: list[Problem] = []
        self.normalise_button = QPushButton(self)
        self.normalise_button.setObjectName("normaliseToneStyle")
        self.normalise_button.clicked.connect(self.normalise_tone_style)
        self.normalise_button.hide()
        self.counts_label = QLabel(self)
        bottom_row = QHBoxLayout()
        bottom_row.addWidget(self.counts_label, 1)
        bottom_row.addWidget(self.normalise_button)

        # --- layout -------------------------------------------------------------------
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.block_toolbar)
        left_layout.addWidget(self.blocks_view, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.block_editor, 1)
        right_layout.addWidget(self.speakers_box)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 520])
        write_page = QWidget(self)
        write_layout = QVBoxLayout(write_page)
        write_layout.addLayout(fields)
        write_layout.addWidget(splitter, 1)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("preview")
        self.preview.setOpenLinks(False)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(write_page, "")
        self.tabs.addTab(self.preview, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_preview())
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_list)
        layout.addLayout(bottom_row)

        # --- wiring to the session ------------------------------------------------------------
        self.title_edit.textEdited.connect(lambda text: session.set_field("title", text))
        self.lead_edit.text_edited.connect(lambda text: session.set_field("lead", text))
        self.byline_edit.textEdited.connect(lambda text: session.set_field("byline", text))
        self.tags_edit.editingFinished.connect(
            lambda: session.set_tags(self.tags_edit.text().split(","))
        )
        session.field_changed.connect(self._show_field)
        session.speakers_changed.connect(self._fill_speakers)
        session.changed.connect(self._on_changed)
        session.saved.connect(self._show_saved)
        session.save_failed.connect(self._show_save_failed)
        session.status_changed.connect(lambda _s: self._show_status())
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self._style_timer = QTimer(self)
        self._style_timer.setSingleShot(True)
        self._style_timer.setInterval(STYLE_CHECK_DELAY_MS)
        self._style_timer.timeout.connect(self._check_tone_style)

        # --- spelling and the house tone style -----------------------------------------------
        self.spelling_service = spelling
        self.spelling: InterviewSpelling | None = None
        if spelling is not None:
            self.spelling = InterviewSpelling(spelling, session)
            for line in (self.title_edit, self.byline_edit, self.block_editor.credit_edit):
                self.spelling.attach_line(line)
            for text in (
                self.lead_edit,
                self.block_editor.turn_text,
                self.block_editor.paragraph_text,
                self.block_editor.caption_edit,
                self.block_editor.alt_edit,
            ):
                self.spelling.attach_text(text)
            spelling.changed.connect(self._check_tone_style)

        for name in ("title", "lead", "byline", "tags"):
            self._show_field(name)
        self._fill_speakers()
        self.retranslate_ui()
        self._check_tone_style()
        if session.document.blocks:
            self._select_block(0, False)

    # --- blocks ---------------------------------------------------------------------------

    def current_block(self) -> int:
        """Index of the block being edited (-1 for none)."""
        index = self.blocks_view.currentIndex()
        return index.row() if index.isValid() else len(self.session.document.blocks) - 1

    def add_turn(self) -> None:
        """Add the next question or answer after the current block and start typing it."""
        self._select_block(self.session.add_turn_after(self.current_block()), True)

    def delete_selected_blocks(self) -> None:
        """Delete every selected block."""
        rows = [index.row() for index in self.blocks_view.selectionModel().selectedRows()]
        if not rows and self.blocks_view.currentIndex().isValid():
            rows = [self.blocks_view.currentIndex().row()]
        self.session.remove_blocks(rows)

    def _move_current(self, step: int) -> None:
        source = self.blocks_view.currentIndex().row()
        target = source + step
        if source >= 0 and 0 <= target < len(self.session.document.blocks):
            self.session.move_block(source, target)
            self._select_block(target, False)

    def _select_block(self, row: int, focus_text: bool) -> None:
        index = self.blocks_model.index(row, 0)
        self.blocks_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.blocks_view.scrollTo(index)
        if focus_text:
            self.block_editor.focus_text()

    def _current_block_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.block_editor.show_block(current.row() if current.isValid() else -1)

    # --- fields and speakers -------------------------------------------------------------------

    def _show_field(self, name: str) -> None:
        document = self.session.document
        if name == "title":
            self.title_edit.set_text_quietly(document.title)
        elif name == "lead":
            self.lead_edit.set_text_quietly(document.lead)
        elif name == "byline":
            self.byline_edit.set_text_quietly(document.byline)
        elif name == "tags":
            self.tags_edit.set_text_quietly(", ".join(document.tags))

    def _fill_speakers(self) -> None:
        row = self.speakers_list.currentRow()
        self.speakers_list.blockSignals(True)
        self.speakers_list.clear()
        for speaker in self.session.document.speakers:
            role = (
                self.tr("interviewer")
                if speaker.role is Role.INTERVIEWER
                else self.tr("interviewee")
            )
            item = QListWidgetItem(f"{speaker.label} — {role}", self.speakers_list)
            item.setData(Qt.ItemDataRole.UserRole, speaker.key)
        self.speakers_list.blockSignals(False)
        self.speakers_list.setCurrentRow(min(max(row, 0), self.speakers_list.count() - 1))

    def _selected_speaker_key(self) -> str | None:
        item = self.speakers_list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return key if isinstance(key, str) else None

    def _speaker_selected(self, _row: int) -> None:
        key = self._selected_speaker_key()
        speaker = self.session.document.find_speaker(key) if key else None
        if speaker is not None:
            self.speaker_name_edit.set_text_quietly(speaker.label)
            self.speaker_role_combo.setCurrentIndex(
                self.speaker_role_combo.findData(speaker.role.value)
            )

    def _rename_speaker(self) -> None:
        key = self._selected_speaker_key()
        label = self.speaker_name_edit.text().strip()
        if key and label:
            self.session.rename_speaker(key, label)

    def _change_speaker_role(self, combo_index: int) -> None:
        key = self._selected_speaker_key()
        value = self.speaker_role_combo.itemData(combo_index)
        if key and isinstance(value, str):
            self.session.set_speaker_role(key, Role(value))

    def _add_speaker(self) -> None:
        label = self.speaker_name_edit.text().strip() or self.tr("New speaker")
        value = self.speaker_role_combo.currentData()
        role = Role(value) if isinstance(value, str) else Role.INTERVIEWEE
        self.session.add_speaker(label, role)
        self.speakers_list.setCurrentRow(self.speakers_list.count() - 1)

    # --- status, problems, saving ----------------------------------------------------------------

    def mark_ready(self) -> list[Problem]:
        """Ask for review; lists what is missing instead when something is."""
        problems = self.session.mark_ready()
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        """List *problems* (and the tone-style ones); clicking one goes to the place to fix."""
        self._review_problems = list(problems)
        self.problems_list.clear()
        for problem in self._review_problems + self._style_problems:
            item = QListWidgetItem("⚠ " + problem.message, self.problems_list)
            item.setData(Qt.ItemDataRole.UserRole, (problem.place.value, problem.block_index))
        self.problems_list.setVisible(self.problems_list.count() > 0)

    def _check_tone_style(self) -> None:
        """List syllables in the other tone style (or both styles) and offer to normalise."""
        service = self.spelling_service
        found = (
            style_problems(self.session.document, service.house_style)
            if service is not None
            else []
        )
        self.normalise_button.setVisible(bool(found))
        if found != self._style_problems:
            self._style_problems = found
            self.show_problems(self._review_problems)

    def normalise_tone_style(self) -> None:
        """Rewrite the interview in the house tone style (one undo step)."""
        if self.spelling_service is not None:
            self.session.normalise_tone_style(self.spelling_service.house_style)
            self._check_tone_style()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        place, block_index = item.data(Qt.ItemDataRole.UserRole)
        self.tabs.setCurrentIndex(0)
        if place == ProblemPlace.TITLE:
            self.title_edit.setFocus()
        elif place == ProblemPlace.LEAD:
            self.lead_edit.setFocus()
        elif place == ProblemPlace.BLOCK and block_index is not None:
            self._select_block(block_index, True)
        else:
            self.blocks_view.setFocus()

    def _on_changed(self) -> None:
        self._update_counts()
        self.saved_label.setText(self.tr("Unsaved changes…"))
        if self.tabs.currentIndex() == 1:
            self._preview_timer.start()
        if self._review_problems:
            self.show_problems(self.session.problems())
        self._style_timer.start()

    def _show_saved(self, _when: object) -> None:
        if not self.session.dirty:  # typing may have gone on while the save was written
            self.saved_label.setText(self.tr("All changes saved"))

    def _show_save_failed(self, message: str) -> None:
        self.saved_label.setText("⚠ " + message)

    def set_site_state(self, state: PublicationState | None) -> None:
        """Show where the interview stands with the site (None: never sent, nothing waits)."""
        self._site_state = state
        if state is None:
            self.site_label.setText("")
            self.site_label.setToolTip("")
            return
        text = site_line(state)
        if state.tags_left_out:
            text += "\n" + self.tr(
                "Sent without the tags {tags}: this site account may not create tags. "
                "Ask an editor to add them on the site."
            ).format(tags=", ".join(f"“{tag}”" for tag in state.tags_left_out))
        self.site_label.setText(text)
        # The header is narrow: the whole line (the link too) stays readable on hover.
        self.site_label.setToolTip(tooltip(text))

    def set_can_publish(self, can: bool) -> None:
        """Show the Publish buttons (only when a site is configured)."""
        self.can_publish = can
        self._show_status()

    def _show_status(self) -> None:
        status = self.session.status
        self.status_label.setText(status_text(status))
        self.ready_button.setVisible(status is InterviewStatus.DRAFT)
        self.approve_button.setVisible(status is InterviewStatus.READY)
        self.draft_button.setVisible(status in (InterviewStatus.READY, InterviewStatus.APPROVED))
        self.publish_button.setVisible(self.can_publish)
        self.unpublish_button.setVisible(self.can_publish and status is InterviewStatus.PUBLISHED)

    def _update_counts(self) -> None:
        locale = QLocale()
        words = word_count(self.session.document)
        characters = character_count(self.session.document)
        self.counts_label.setText(
            self.tr("{words} words · {characters} characters").format(
                words=locale.toString(words), characters=locale.toString(characters)
            )
        )

    def _refresh_preview(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        # Only the interview's own photos, inside its photos folder (never a path like
        # "/dev/zero" or "../.." that a stored document might carry), as wide as the
        # preview leaves room for.
        room = self.preview.viewport().width() - 2 * PREVIEW_IMAGE_PADDING
        images = preview_images(self.photos_root, room)
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(export_html_page(self.session.document, images=images))
        self.preview.verticalScrollBar().setValue(scroll)

    # --- translation ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.back_button.setText(self.tr("← All interviews"))
        self.ready_button.setText(self.tr("Mark ready for review"))
        self.approve_button.setText(self.tr("Approve"))
        self.draft_button.setText(self.tr("Back to draft"))
        self.publish_button.setText(self.tr("Publish…"))
        self.unpublish_button.setText(self.tr("Unpublish"))
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr("Every saved version of this interview, compared side by side")
        )
        self.title_label.setText(self.tr("&Headline:"))
        self.lead_label.setText(self.tr("&Sapo:"))
        self.byline_label.setText(self.tr("&Byline:"))
        self.tags_label.setText(self.tr("&Tags:"))
        self.title_edit.setPlaceholderText(self.tr("The interview's headline"))
        self.lead_edit.setPlaceholderText(self.tr("The bold opening paragraph"))
        self.byline_edit.setPlaceholderText(self.tr("Who interviewed (Thực hiện: …)"))
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated"))
        self.add_turn_action.setText(self.tr("+ Question/answer"))
        self.add_turn_action.setToolTip(
            self.tr("Add the next turn, spoken by the other person (Ctrl+Enter)")
        )
        self.add_paragraph_action.setText(self.tr("+ Paragraph"))
        self.add_photo_action.setText(self.tr("+ Photo"))
        self.move_up_action.setText(self.tr("Move up"))
        self.move_down_action.setText(self.tr("Move down"))
        self.delete_action.setText(self.tr("Delete"))
        self.speakers_box.setTitle(self.tr("People in this interview"))
        self.speaker_role_combo.setItemText(0, self.tr("Interviewer"))
        self.speaker_role_combo.setItemText(1, self.tr("Interviewee"))
        self.add_speaker_button.setText(self.tr("Add person"))
        self.speaker_name_edit.setPlaceholderText(self.tr("Label, e.g. Phóng viên"))
        self.tabs.setTabText(0, self.tr("Write"))
        self.tabs.setTabText(1, self.tr("Preview"))
        self.normalise_button.setText(self.tr("Normalise to the house style"))
        self.normalise_button.setToolTip(
            self.tr("Rewrite the whole interview in the newsroom's tone-mark style (one undo step)")
        )
        self._style_problems = []
        self._check_tone_style()
        self._fill_speakers()
        self._show_status()
        self._update_counts()
        self.set_site_state(self._site_state)
        if self.session.dirty:
            self.saved_label.setText(self.tr("Unsaved changes…"))
        else:
            self.saved_label.setText(self.tr("All changes saved"))
