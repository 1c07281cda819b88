"""The interview list's panel: search, status filter, count, buttons and the table.

Built by the Interviews page, and at start-up by the list preview the window
shows before the store is loaded (``editor/ui/list_preview.py``), so that both
look the same. It holds no logic: the page connects its controls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.list_rows import InterviewStatus
from editor.ui.list_model import SITE_COLUMN, InterviewListModel, status_text
from uikit.formatting import show_texts_again

# The list's default order, as the header shows it: the newest change first.
DEFAULT_SORT = (2, Qt.SortOrder.DescendingOrder)
# The status filter's last entry: the interviews moved to the trash.
TRASH = "trash"
_NARROW_COLUMNS = (1, 2, 3, SITE_COLUMN)  # status, updated, words, on the site


class InterviewListPanel(QWidget):
    """The controls above the interview list and the list itself, laid out."""

    def __init__(
        self, model: InterviewListModel, parent: QWidget | None = None, *, fit_once: bool = False
    ) -> None:
        """*fit_once*: size the narrow columns to the rows now, not again at every layout.

        Qt measures every row again at each layout pass for columns sized to their
        contents (a third of the first window's build time): the start-up preview,
        whose rows never change, measures them once.
        """
        super().__init__(parent)
        self.model = model
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("interviewSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("interviewStatusFilter")
        self.status_filter.addItem("", None)
        for status in InterviewStatus:
            self.status_filter.addItem("", status.value)
        self.status_filter.addItem("", TRASH)
        self.count_label = QLabel(self)
        self.new_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.empty_trash_button = QPushButton(self)
        self.empty_trash_button.setObjectName("emptyTrashButton")
        self.empty_trash_button.setVisible(False)  # shown with the trash
        self.table = QTableView(self)
        self.table.setObjectName("interviewTable")
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(*DEFAULT_SORT)  # first: switching sorting on sorts by it
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in _NARROW_COLUMNS:
            if fit_once:
                self.table.resizeColumnToContents(column)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.count_label)
        top.addWidget(self.empty_trash_button)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def update_count(self) -> None:
        """Say how many interviews match (nothing while the list has not been read)."""
        if not self.model.loaded:
            self.count_label.clear()  # not "0 interviews" while the list is being read
            return
        self.count_label.setText(self.tr("%n interview(s)", "", self.model.total))

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.search_edit.setPlaceholderText(
            self.tr("Search headlines and text (accents optional: “dong chi” finds “Đồng chí”)")
        )
        self.search_edit.setToolTip(
            self.tr(
                "Every word must occur, in any order; interviews with the words side by side "
                'come first. Put words in quotes ("chuyển đổi số") to find them only '
                "side by side."
            )
        )
        self.status_filter.setItemText(0, self.tr("All statuses"))
        for status in InterviewStatus:
            self.status_filter.setItemText(
                self.status_filter.findData(status.value), status_text(status)
            )
        self.status_filter.setItemText(self.status_filter.findData(TRASH), self.tr("Trash"))
        self.empty_trash_button.setText(self.tr("Empty Trash…"))
        self.new_button.setText(self.tr("New interview"))
        self.import_button.setText(self.tr("Import…"))
        self.update_count()
        show_texts_again(self.model)  # the table's statuses and dates, in the new language
