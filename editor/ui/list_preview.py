"""The interview list as the window first shows it, before the store is loaded.

At start-up (``shell/first_window.py``) the window is shown at once with the
interview list read by ``storage.quick_look``; SQLAlchemy and the real
Interviews page load right after. This preview looks exactly like the page's
list (the same panel and model); what the user does in it before the page is
ready (a search typed, a status chosen, a row selected or opened, New or
Import pressed) is handed over to the page, which then does it
(:meth:`InterviewListPreview.hand_over`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor.list_rows import InterviewStatus, InterviewSummary, SortColumn
from editor.ui.list_model import PAGE_SIZE, InterviewListModel
from editor.ui.list_panel import InterviewListPanel
from storage.quick_look import QuickLook, QuickRow, look, read_page
from uikit.pages import NavigationPage

if TYPE_CHECKING:
    from pathlib import Path

    from editor.ui.interviews_page import InterviewsPage


def _summary(row: QuickRow) -> InterviewSummary:
    return InterviewSummary(
        id=row.id,
        title=row.title,
        status=InterviewStatus(row.status),
        updated_at=row.updated_at,
        word_count=row.word_count,
    )


class QuickListSource:
    """The list's rows from the read-only quick look, in the list's default order."""

    def __init__(self, first: QuickLook) -> None:
        """Raises ValueError when a row holds a status this version does not know."""
        self._path = first.path
        self._total = first.total
        self._first = [_summary(row) for row in first.rows]

    def count(
        self, query: str = "", statuses: Collection[InterviewStatus] = (), *, trashed: bool = False
    ) -> int:
        """Every listed interview: the preview is neither searched nor filtered.

        The trash is not read before the store is open: it is shown as empty until then.
        """
        return 0 if trashed else self._total

    def summaries(
        self,
        *,
        query: str = "",
        statuses: Collection[InterviewStatus] = (),
        sort: SortColumn = SortColumn.UPDATED,
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
        trashed: bool = False,
    ) -> Sequence[InterviewSummary]:
        """The rows read at start-up, then further pages read the same way."""
        if trashed:
            return []
        read = len(self._first)
        if offset + limit <= read or (offset < read and read >= self._total):
            return self._first[offset : offset + limit]
        try:
            return [_summary(row) for row in read_page(self._path, offset, limit)]
        except ValueError:
            return []


class InterviewListPreview(NavigationPage):
    """The Interviews page's list, read at start-up; hands what was asked of it to the page."""

    view_name = "interviews"

    def __init__(self, source: QuickListSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = InterviewListModel(source)
        self.panel = InterviewListPanel(self.model, self, fit_once=True)
        self.panel.table.horizontalHeader().setSectionsClickable(False)  # sorts once ready
        self._request: Callable[[InterviewsPage], object] | None = None
        self.panel.table.activated.connect(self._open_later)
        self.panel.new_button.clicked.connect(
            lambda: self._later(lambda page: page.new_interview())
        )
        self.panel.import_button.clicked.connect(
            lambda: self._later(lambda page: page.import_interview())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    @property
    def waiting(self) -> bool:
        """Something was asked (open, new, import) that the page must do once ready."""
        return self._request is not None

    def title(self) -> str:
        """The page's name in the navigation, as the Interviews page says it."""
        return QCoreApplication.translate("InterviewsPage", "Interviews")

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.panel.retranslate_ui()

    def hand_over(self, page: InterviewsPage) -> None:
        """Give *page* what the user typed, chose and selected here; do what was asked."""
        if self.panel.search_edit.text():
            page.search_edit.setText(self.panel.search_edit.text())
            page.search_edit.setCursorPosition(self.panel.search_edit.cursorPosition())
        page.status_filter.setCurrentIndex(self.panel.status_filter.currentIndex())
        current = self.model.interview_id(self.panel.table.currentIndex().row())
        row = page.model.row_of(current) if current is not None else None
        if row is not None:
            page.table.selectRow(row)
        page.table.verticalScrollBar().setValue(self.panel.table.verticalScrollBar().value())
        if self.panel.table.hasFocus():
            page.table.setFocus()
        elif self.panel.search_edit.hasFocus():
            page.search_edit.setFocus()
        request, self._request = self._request, None
        if request is not None:
            QTimer.singleShot(0, lambda: request(page))  # a dialog must not open mid-start

    def _open_later(self, index: QModelIndex) -> None:
        interview_id = self.model.interview_id(index.row())
        if interview_id is not None:
            self._later(lambda page: page.open_interview(interview_id))

    def _later(self, request: Callable[[InterviewsPage], object]) -> None:
        self._request = request


def list_preview(database: Path) -> InterviewListPreview | None:
    """The preview of the list in *database*, or None when the store must open first."""
    first = look(database, PAGE_SIZE)
    if first is None:
        return None
    try:
        source = QuickListSource(first)
    except ValueError:  # a status this version does not know: let the store explain
        return None
    return InterviewListPreview(source)
