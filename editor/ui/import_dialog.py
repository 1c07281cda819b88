"""Import a plain-text interview: paste or open a file, check what was detected, create."""

from __future__ import annotations

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
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.document import InterviewDocument
from editor.plaintext_import import (
    DetectionKind,
    ImportFileError,
    ImportResult,
    parse_interview,
    read_interview_file,
)
from editor.ui.messages import import_file_message, import_reason_message
from shell.ui.outside_text import information, tooltip, warning

PARSE_DELAY_MS = 250
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
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        top_layout.addWidget(self.source)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
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
        self.source.textChanged.connect(self._timer.start)
        self.retranslate_ui()
        self._show(None)

    @property
    def import_result(self) -> ImportResult | None:
        """What the text was read as, with the reporter's corrections."""
        return self.model.result

    def document(self) -> InterviewDocument | None:
        """The draft to create, or None if nothing was pasted."""
        return self.import_result.document if self.import_result is not None else None

    def set_text(self, text: str) -> None:
        """Put *text* in the paste area and read it at once."""
        self.source.setPlainText(text)
        self.parse_now()

    def parse_now(self) -> None:
        """Read the pasted text (again)."""
        self._timer.stop()
        text = self.source.toPlainText()
        self._show(parse_interview(text) if text.strip() else None)

    def load_file(self, path: Path) -> bool:
        """Read *path* into the paste area; False (after telling the user) if it cannot be read."""
        try:
            text = read_interview_file(path)
        except ImportFileError as error:
            warning(self, self.tr("Cannot import"), import_file_message(error))
            return False
        self.set_text(text)
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
