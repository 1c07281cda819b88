"""The pieces of a page that lists rows: a read-only row table, an area empty or not.

:func:`setup_row_table` gives a :class:`QTableView` the look and behaviour of the
newsroom's lists (whole rows selected, nothing edited in place, one column taking
the spare width). :class:`EmptyOrContent` shows a page's content, or a centred
sentence saying why there is nothing to show (no site, nothing pulled, no match).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QStackedWidget, QTableView, QWidget

from uikit.outside_text import plain_labels


def setup_row_table(table: QTableView, stretch: int, widths: Iterable[tuple[int, int]]) -> None:
    """Make *table* a read-only list of rows: column *stretch* wide, the others *widths*."""
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        header.resizeSection(column, width)


class EmptyOrContent(QStackedWidget):
    """A page's main area: its *content*, or a sentence saying why it is empty.

    The sentence is shown as plain text: it may carry a site's name or other
    text from outside.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        plain_labels(self.empty_label)
        self.addWidget(self.empty_label)
        self.addWidget(content)

    def show_empty(self, text: str) -> None:
        """Say *text* instead of the content."""
        self.empty_label.setText(text)
        self.setCurrentWidget(self.empty_label)

    def show_content(self) -> None:
        """Show the content."""
        self.setCurrentWidget(self.content)
