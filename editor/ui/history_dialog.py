"""History ("Lịch sử phiên bản"): the open interview's versions, compared side by side.

The list holds the text open in the editor, the versions kept on this computer
and, once fetched, the site's own revisions. Select one entry to compare it
with the open text, or two to compare them with each other (older on the
left). "Restore this version" makes the selected version the interview's
content as one undo step of the editor.

The diff is written with text formats into read-only text views: outside text
never becomes HTML here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.document import InterviewDocument
from editor.session import EditingSession
from editor.site_revisions import NotOnSite, PasswordMissing, SiteRevision
from editor.version_diff import Change, PartDiff, Piece, diff_documents
from editor.versions import VersionDamaged, VersionKind, VersionStore
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors
from uikit.formatting import local_time_text
from uikit.outside_text import plain_labels

SiteRevisionsFetch = Callable[[TaskContext], list[SiteRevision]]
"""Fetches the site's revisions of the open interview (runs on a worker)."""

_REMOVED = QColor("#fbd3d0")
_ADDED = QColor("#cdeccd")


@dataclass(frozen=True)
class _Entry:
    """One row of the list: the open text, a local version or a site revision."""

    kind: str  # "current", a VersionKind value, or "revision"
    saved_at: datetime | None
    author: str
    version_id: int | None = None
    document: InterviewDocument | None = None


class HistoryDialog(QDialog):
    """Lists the versions of the open interview, diffs two of them, restores one."""

    def __init__(
        self,
        session: EditingSession,
        versions: VersionStore,
        fetch_site_revisions: SiteRevisionsFetch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """*fetch_site_revisions* None: no site configured (the button is hidden)."""
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.session = session
        self.versions = versions
        self._fetch = fetch_site_revisions
        self._task: BackgroundTask[list[SiteRevision]] | None = None
        self.entries: list[_Entry] = []

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("versionList")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.site_button = QPushButton(self)
        self.site_button.setObjectName("loadSiteRevisions")
        self.site_button.setVisible(fetch_site_revisions is not None)
        self.site_button.clicked.connect(self.load_site_revisions)
        self.site_status = QLabel(self)
        self.site_status.setObjectName("siteRevisionsStatus")
        self.site_status.setWordWrap(True)
        self.compared_label = QLabel(self)
        self.compared_label.setObjectName("comparedLabel")
        self.compared_label.setWordWrap(True)
        plain_labels(self.site_status, self.compared_label)
        self.left_view = self._text_view("diffLeft")
        self.right_view = self._text_view("diffRight")
        diff_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        diff_splitter.addWidget(self.left_view)
        diff_splitter.addWidget(self.right_view)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        site_row = QHBoxLayout()
        site_row.addWidget(self.site_button)
        site_row.addWidget(self.site_status, 1)
        left_layout.addLayout(site_row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compared_label)
        right_layout.addWidget(diff_splitter, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([430, 770])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1200, 660)

        self.retranslate_ui()
        self.reload()

    def _text_view(self, name: str) -> QTextEdit:
        view = QTextEdit(self)
        view.setObjectName(name)
        view.setReadOnly(True)
        view.setAcceptRichText(False)
        return view

    # --- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again: the open text, then the kept versions, newest first."""
        site = [entry for entry in self.entries if entry.kind == "revision"]
        self.entries = [_Entry("current", None, "")]
        self.entries.extend(
            _Entry(v.kind.value, v.saved_at, v.author, version_id=v.id)
            for v in self.versions.summaries(self.session.interview_id)
        )
        self.entries.extend(site)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            when = local_time_text(entry.saved_at) if entry.saved_at else ""
            for column, text in enumerate((when, self._kind_text(entry.kind), entry.author)):
                item = QTableWidgetItem(text)
                if entry.kind == "current":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        if self.entries and not self.table.selectedItems():
            self.table.selectRow(min(1, len(self.entries) - 1))
        self._selection_changed()

    def _kind_text(self, kind: str) -> str:
        names = {
            "current": self.tr("Open in the editor now"),
            VersionKind.AUTOSAVE.value: self.tr("Autosave"),
            VersionKind.PUBLISH.value: self.tr("Published"),
            VersionKind.SITE.value: self.tr("Taken from the site"),
            "revision": self.tr("Revision on the site"),
        }
        return names.get(kind, kind)

    def select_rows(self, *rows: int) -> None:
        """Select the given rows of the list (as a user would, with Ctrl)."""
        self.table.clearSelection()
        model = self.table.selectionModel()
        for row in rows:
            index = self.table.model().index(row, 0)
            model.select(
                index,
                model.SelectionFlag.Select | model.SelectionFlag.Rows,
            )

    def _selected(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def document_of(self, row: int) -> InterviewDocument:
        """The interview as list row *row* holds it."""
        entry = self.entries[row]
        if entry.kind == "current":
            return self.session.document.snapshot()
        if entry.document is not None:
            return entry.document
        assert entry.version_id is not None
        return self.versions.document(entry.version_id)

    # --- comparing -------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self._selected()
        self.restore_button.setEnabled(len(rows) == 1 and self.entries[rows[0]].kind != "current")
        if not rows or len(rows) > 2:
            self.compared_label.setText(
                self.tr("Select one version to compare with the open text, or two to compare.")
            )
            self.left_view.clear()
            self.right_view.clear()
            return
        if len(rows) == 1:
            rows = [rows[0], 0]  # a version against the open text
        # The list is newest first (the open text on top): the older goes on the left.
        older, newer = max(rows), min(rows)
        try:
            documents = self.document_of(older), self.document_of(newer)
        except VersionDamaged:
            self.restore_button.setEnabled(False)
            self.compared_label.setText(
                self.tr("This version cannot be read back: its stored copy is damaged.")
            )
            self.left_view.clear()
            self.right_view.clear()
            return
        self.compared_label.setText(
            self.tr("Left: {older}. Right: {newer}.").format(
                older=self._describe(older), newer=self._describe(newer)
            )
        )
        self.show_diff(diff_documents(*documents))

    def _describe(self, row: int) -> str:
        entry = self.entries[row]
        if entry.saved_at is None:
            return self._kind_text(entry.kind)
        return f"{self._kind_text(entry.kind)}, {local_time_text(entry.saved_at)}"

    def show_diff(self, parts: list[PartDiff]) -> None:
        """Write *parts* into the two views: removed text red and struck, added text green."""
        for view, side in ((self.left_view, "left"), (self.right_view, "right")):
            view.clear()
            cursor = QTextCursor(view.document())
            label_format = QTextCharFormat()
            label_format.setFontWeight(QFont.Weight.Bold)
            first = True
            for part in parts:
                label = part.left_label if side == "left" else part.right_label
                pieces = part.left if side == "left" else part.right
                if not first:
                    cursor.insertBlock()
                first = False
                if label is None:
                    cursor.insertText("—", label_format)  # the part is only on the other side
                    continue
                marker = "● " if part.changed else ""
                cursor.insertText(f"{marker}{label}", label_format)
                cursor.insertBlock()
                for piece in pieces:
                    cursor.insertText(piece.text, _piece_format(piece))
            view.moveCursor(QTextCursor.MoveOperation.Start)

    # --- restoring -------------------------------------------------------------------------

    def restore_selected(self) -> None:
        """Make the selected version the interview's text (one undo step), then close."""
        rows = self._selected()
        if len(rows) != 1 or self.entries[rows[0]].kind == "current":
            return
        try:
            document = self.document_of(rows[0])
        except VersionDamaged:
            return  # said in the comparison line already
        self.session.restore(document)
        self.accept()

    # --- the site's revisions ---------------------------------------------------------------

    def load_site_revisions(self) -> None:
        """Fetch the site's revisions in the background and add them to the list."""
        if self._fetch is None or self._task is not None:
            return
        self.site_button.setEnabled(False)
        self.site_status.setText(self.tr("Asking the site…"))
        self._task = run_in_background(
            self._fetch,
            on_success=self._site_revisions_arrived,
            on_failure=self._site_revisions_failed,
            parent=self,
        )

    def _site_revisions_arrived(self, revisions: list[SiteRevision]) -> None:
        self._task = None
        self.site_button.setEnabled(True)
        self.entries = [entry for entry in self.entries if entry.kind != "revision"]
        self.entries.extend(
            _Entry("revision", r.saved_at, r.author, document=r.document) for r in revisions
        )
        self.site_status.setText(self.tr("%n revision(s) on the site.", "", len(revisions)))
        self._fill()

    def _site_revisions_failed(self, error: BaseException) -> None:
        self._task = None
        self.site_button.setEnabled(True)
        if isinstance(error, NotOnSite):
            self.site_status.setText(self.tr("This interview has not been sent to the site yet."))
        elif isinstance(error, PasswordMissing):
            self.site_status.setText(
                self.tr(
                    "Newsdesk has no application password for this site yet: "
                    "enter it in Preferences ▸ Sites."
                )
            )
        else:
            show_known_errors(self.site_status.setText)(error)

    # --- translation ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Version history"))
        self.table.setHorizontalHeaderLabels([self.tr("Saved"), self.tr("Kind"), self.tr("By")])
        self.site_button.setText(self.tr("Show the site's revisions"))
        self.restore_button.setText(self.tr("Restore this version"))
        self.restore_button.setToolTip(
            self.tr("Replace the open text by the selected version (Undo takes it back)")
        )
        if self.entries:
            self._fill()


def _piece_format(piece: Piece) -> QTextCharFormat:
    text_format = QTextCharFormat()
    if piece.change is Change.REMOVED:
        text_format.setBackground(QBrush(_REMOVED))
        text_format.setFontStrikeOut(True)
    elif piece.change is Change.ADDED:
        text_format.setBackground(QBrush(_ADDED))
        text_format.setFontUnderline(True)
    return text_format
