"""Import a plain-text interview: paste or open a file, check what was detected, create.

A text of a usual size is read at once; a big one (a whole 5 MB file, a long
paste) is read on a worker thread with a progress bar and a Stop button, so the
window never freezes. Typing in the paste box reads the text again only once
typing stops.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.document import InterviewDocument
from editor.plaintext_import import (
    DetectionKind,
    ImportResult,
    parse_interview,
    read_interview_file,
)
from editor.ui.messages import import_reason_message
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors
from uikit.outside_text import information, tooltip

PARSE_DELAY_MS = 250  # typing pause after which a usual text is read again
BIG_PARSE_DELAY_MS = 800  # the same for a big text (copying it out of the box costs too)
FOREGROUND_PARSE_CHARS = 100_000  # up to this size (~15,000 words) a parse takes < 50 ms
ModelIndex = QModelIndex | QPersistentModelIndex


def kind_name(kind: DetectionKind) -> str:
    """What a detected paragraph is, in the interface language."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {
        DetectionKind.TITLE: translate("ImportDialog", "Headline"),
        DetectionKind.LEAD: translate("ImportDialog", "Sapo"),
        DetectionKind.PARAGRAPH: translate("ImportDialog", "Paragraph"),
        DetectionKind.TURN: translate("ImportDialog", "Question/answer"),
        DetectionKind.CONTINUATION: translate("ImportDialog", "… continued"),
        DetectionKind.CAPTION: translate("ImportDialog", "Photo caption"),
        DetectionKind.BYLINE: translate("ImportDialog", "Byline"),
        DetectionKind.TAGS: translate("ImportDialog", "Tags"),
        DetectionKind.IGNORED: translate("ImportDialog", "Ignored"),
    }[kind]


class DetectionsModel(QAbstractTableModel):
    """Each paragraph of the pasted text with what the importer took it for."""

    def __init__(self) -> None:
        super().__init__()
        self.result: ImportResult | None = None

    def set_result(self, result: ImportResult | None) -> None:
        """Show *result*'s detections."""
        self.beginResetModel()
        self.result = result
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per paragraph."""
        if parent.isValid() or self.result is None:
            return 0
        return len(self.result.detections)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Kind, speaker, text."""
        return 0 if parent.isValid() else 3

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The detection's kind, speaker or text."""
        if self.result is None or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.result.detections):
            return None
        detection = self.result.detections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return kind_name(detection.kind)
            if index.column() == 1:
                speaker = next(
                    (s for s in self.result.speakers if s.key == detection.speaker_key), None
                )
                return speaker.label if speaker else ""
            return detection.text
        explained = import_reason_message(detection.reason)
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 2:
                return tooltip(detection.text)
            return tooltip(explained) or None
        if role == Qt.ItemDataRole.FontRole and explained and index.column() < 2:
            font = QFont()
            font.setItalic(True)  # a guess from the text's shape: worth a look
            return font
        if role == Qt.ItemDataRole.ForegroundRole and detection.kind is DetectionKind.IGNORED:
            from PySide6.QtGui import QColor

            return QColor("gray")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Detected as"), self.tr("Speaker"), self.tr("Text")][section]
        return None


Loaded = tuple[str | None, ImportResult | None]
"""What a background read gives: the file's text (None for pasted text) and its reading."""


class ImportDialog(QDialog):
    """Paste or open a plain-text interview and turn it into a draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.resize(1000, 680)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("importSource")
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.choose_file)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.model = DetectionsModel()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 100)
        self.progress_label = QLabel(self)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("importStop")
        self.stop_button.clicked.connect(self._stop_or_read_again)
        self.busy_row = QWidget(self)
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.progress_label)
        busy_layout.addWidget(self.progress, 1)
        busy_layout.addWidget(self.stop_button)
        self.busy_row.hide()
        # The last background reading. Kept (not set to None inside its own callbacks:
        # dropping a task's wrapper while it delivers corrupts memory in PySide6).
        self._task: BackgroundTask[Loaded] | None = None
        self._busy = False
        self._serial = 0  # the reading whose outcome is still wanted
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        top_layout.addWidget(self.source)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.busy_row)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.hint)
        bottom_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([220, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.parse_now)
        self.source.textChanged.connect(self._text_edited)
        self.retranslate_ui()
        self._show(None)

    @property
    def import_result(self) -> ImportResult | None:
        """What the text was read as, with the reporter's corrections."""
        return self.model.result

    def document(self) -> InterviewDocument | None:
        """The draft to create, or None if nothing was pasted."""
        return self.import_result.document if self.import_result is not None else None

    @property
    def reading(self) -> bool:
        """True while a big text is being read in the background."""
        return self._busy

    def set_text(self, text: str) -> None:
        """Put *text* in the paste area and read it now (in the background if it is big)."""
        self._set_source_quietly(text)
        self.parse_now()

    def parse_now(self) -> None:
        """Read the pasted text (again)."""
        self._timer.stop()
        text = self.source.toPlainText()
        if len(text) <= FOREGROUND_PARSE_CHARS or not text.strip():
            self._cancel_reading()
            self.busy_row.hide()
            self._show(parse_interview(text) if text.strip() else None)
            return

        def work(context: TaskContext) -> Loaded:
            return None, parse_interview(text, _progress_of(context))

        self._read_in_background(work)

    def load_file(self, path: Path) -> None:
        """Read *path* into the paste area, on a worker; a file that cannot be read is explained."""

        def work(context: TaskContext) -> Loaded:
            text = read_interview_file(path)
            context.raise_if_cancelled()
            result = parse_interview(text, _progress_of(context)) if text.strip() else None
            return text, result

        self._read_in_background(work)

    def stop_reading(self) -> None:
        """Stop the background reading; the text stays, and "Read again" starts it over."""
        if not self._cancel_reading():
            return
        self.progress.hide()  # an empty bar would read as "0 % done"
        self.progress_label.setText(self.tr("Stopped."))
        self.stop_button.setText(self.tr("Read again"))
        self.summary.setText(
            self.tr("Reading stopped. Edit the text, open another file, or press “Read again”.")
        )

    def done(self, result: int) -> None:
        """Close the dialog, stopping a reading still under way."""
        self._cancel_reading()
        self._timer.stop()
        super().done(result)

    def _stop_or_read_again(self) -> None:
        if self.reading:
            self.stop_reading()
        else:
            self.parse_now()

    def _text_edited(self) -> None:
        """Read again once typing stops (a pause), never on every key."""
        big = self.source.document().characterCount() > FOREGROUND_PARSE_CHARS
        self._timer.start(BIG_PARSE_DELAY_MS if big else PARSE_DELAY_MS)

    def _set_source_quietly(self, text: str) -> None:
        self._timer.stop()
        self.source.blockSignals(True)
        try:
            self.source.setPlainText(text)
        finally:
            self.source.blockSignals(False)

    def _read_in_background(self, work: Callable[[TaskContext], Loaded]) -> None:
        self._cancel_reading()
        serial = self._serial
        self._show(None)
        self.summary.setText(self.tr("Reading the interview…"))
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(self.tr("Reading…"))
        self.stop_button.setText(self.tr("Stop"))
        self.busy_row.show()

        def wanted() -> bool:
            return serial == self._serial

        def progress(done: int, total: int, _message: str) -> None:
            if wanted():
                self.progress.setValue(done * 100 // max(total, 1))

        def succeeded(loaded: Loaded) -> None:
            if not wanted():
                return
            self._busy = False
            self.busy_row.hide()
            text, result = loaded
            if text is not None:
                self._set_source_quietly(text)
            self._show(result)

        def stop_waiting() -> None:
            if wanted():
                self._busy = False
                self.busy_row.hide()
                self._show(None)

        def failed(message: str) -> None:
            if wanted():
                self.summary.setText("✗ " + message)  # in place, no box to close

        self._busy = True
        self._task = run_in_background(
            work,
            on_success=succeeded,
            on_failure=show_known_errors(failed, first=stop_waiting),
            on_progress=progress,
            parent=self,
        )

    def _cancel_reading(self) -> bool:
        """Stop the reading under way and forget its outcome; True if there was one."""
        self._serial += 1
        if not self._busy or self._task is None:
            return False
        self._busy = False
        self._task.cancel()
        return True

    def choose_file(self) -> None:
        """Ask for a text file and read it."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import interview"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def reclassify(self, row: int, kind: DetectionKind) -> None:
        """Read paragraph *row* as *kind* instead (the reporter's correction)."""
        if self.import_result is None:
            return
        try:
            result = self.import_result.reclassify(row, kind)
        except (ValueError, KeyError, IndexError):
            information(
                self,
                self.tr("Cannot change"),
                self.tr("This paragraph has no speaker label, so it cannot be a turn of its own."),
            )
            return
        self._show(result)
        self.table.selectRow(row)

    def _show(self, result: ImportResult | None) -> None:
        self.model.set_result(result)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(result is not None and bool(result.document.title or result.document.blocks))
        if result is None:
            self.summary.setText(self.tr("Paste the interview above, or open a text file."))
            return
        document = result.document
        speakers = ", ".join(s.label for s in document.speakers) or "—"
        self.summary.setText(
            self.tr(
                "Headline: {title}\nByline: {byline}\nPeople: {speakers}\nBlocks: {count}"
            ).format(
                title=document.title or "—",
                byline=document.byline or "—",
                speakers=speakers,
                count=len(document.blocks),
            )
        )

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        row = index.row()
        for kind in (
            DetectionKind.CAPTION,
            DetectionKind.PARAGRAPH,
            DetectionKind.TURN,
            DetectionKind.CONTINUATION,
            DetectionKind.IGNORED,
        ):
            action = menu.addAction(self.tr("Make it: {kind}").format(kind=kind_name(kind)))
            action.triggered.connect(lambda _checked=False, k=kind: self.reclassify(row, k))
        menu.popup(self.table.viewport().mapToGlobal(position))

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Import interview"))
        self.open_button.setText(self.tr("Open text file…"))
        self.source.setPlaceholderText(
            self.tr("Paste an interview copied from a page or a document here.")
        )
        self.hint.setText(
            self.tr(
                "Check what each paragraph was read as. Right-click a paragraph to correct it, "
                "e.g. to make it a photo caption or a plain paragraph."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create draft"))


def _progress_of(context: TaskContext) -> Callable[[int, int], None]:
    """A parse's progress callback that reports to *context* and stops when it is cancelled."""

    def progress(done: int, total: int) -> None:
        context.raise_if_cancelled()
        context.report_progress(done, total)

    return progress
