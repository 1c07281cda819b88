"""The table model of the "On the site" list: the cached site posts, read as the view scrolls.

The model holds one :class:`editor.site_posts_list.SitePostList` and the rows
read so far; the view asks for more (``canFetchMore``/``fetchMore``) a batch at
a time, so opening a list of 20,000 posts reads one batch, never one widget per row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from editor.site_posts_list import SitePostList, SitePostRow
from uikit.formatting import local_time_text
from uikit.outside_text import tooltip

BATCH = 100

_Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    """A post's status on the site, in the newsroom's words."""
    translate = QCoreApplication.translate
    return {
        "publish": translate("SitePosts", "Published"),
        "future": translate("SitePosts", "Scheduled"),
        "draft": translate("SitePosts", "Draft"),
        "pending": translate("SitePosts", "Pending review"),
        "private": translate("SitePosts", "Private"),
        "trash": translate("SitePosts", "Trash"),
    }.get(status, status)


class SitePostsModel(QAbstractTableModel):
    """Rows of one :class:`SitePostList`, fetched in batches of :data:`BATCH`."""

    TITLE, AUTHOR, STATUS, CATEGORIES, MODIFIED, COMMENTS = range(6)
    RemoteIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._list: SitePostList | None = None
        self._rows: list[SitePostRow] = []
        self._total = 0

    def set_list(self, listing: SitePostList | None) -> None:
        """Show *listing* (None: nothing), reading its first batch."""
        self.beginResetModel()
        self._list = listing
        self._total = listing.count() if listing is not None else 0
        self._rows = listing.rows(0, BATCH) if listing is not None else []
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many posts the list has (read or not yet)."""
        return self._total

    def row_at(self, row: int) -> SitePostRow | None:
        """The post on *row*, if it has been read."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Rows read so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Title, author, status, categories, modified, comments."""
        return 0 if parent.isValid() else 6

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """More posts match than have been read."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next batch."""
        if parent.isValid() or self._list is None:
            return
        more = self._list.rows(len(self._rows), BATCH)
        if not more:
            self._total = len(self._rows)  # the cache changed under the list
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The cell's text, alignment, tooltip (plain), or the post id."""
        post = self.row_at(index.row())
        if post is None or not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(post, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.CATEGORIES):
            return tooltip(self._text(post, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COMMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RemoteIdRole:
            return post.remote_id
        return None

    def _text(self, post: SitePostRow, column: int) -> str:
        if column == self.TITLE:
            return post.title or QCoreApplication.translate("SitePosts", "(no title)")
        if column == self.AUTHOR:
            return post.author or (f"#{post.author_id}" if post.author_id else "")
        if column == self.STATUS:
            return status_text(post.status)
        if column == self.CATEGORIES:
            return post.categories
        if column == self.MODIFIED:
            return local_time_text(post.modified) if post.modified is not None else ""
        return QLocale().toString(post.comments)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column names."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        names = (
            translate("SitePosts", "Title"),
            translate("SitePosts", "Author"),
            translate("SitePosts", "Status"),
            translate("SitePosts", "Categories"),
            translate("SitePosts", "Modified"),
            translate("SitePosts", "Comments"),
        )
        return names[section] if 0 <= section < len(names) else None
