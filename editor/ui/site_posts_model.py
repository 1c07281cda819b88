"""The table model of the "On the site" list: the cached site posts, read as the view scrolls.

The model shows one :class:`editor.site_posts_list.SitePostList`, read a batch at
a time as the view scrolls (see :class:`uikit.lazy_rows.LazyRowsModel`): opening a
list of 20,000 posts reads one batch, never one widget per row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)

from editor.site_posts_list import SitePostRow
from uikit.formatting import local_time_text
from uikit.lazy_rows import LazyRowsModel, ModelIndex
from uikit.outside_text import tooltip

BATCH = 100


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


class SitePostsModel(LazyRowsModel[SitePostRow]):
    """Rows of one :class:`SitePostList` (:meth:`set_source`), read :data:`BATCH` at a time."""

    batch = BATCH

    TITLE, AUTHOR, STATUS, CATEGORIES, MODIFIED, COMMENTS = range(6)
    RemoteIdRole = Qt.ItemDataRole.UserRole + 1

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Title, author, status, categories, modified, comments."""
        return 0 if parent.isValid() else 6

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
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
