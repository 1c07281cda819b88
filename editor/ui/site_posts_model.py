"""The table model of the "On the site" list: the cached site posts, read as the view scrolls.

The model shows one :class:`editor.site_posts_list.SitePostList`, read a batch at
a time as the view scrolls (see :class:`uikit.lazy_rows.LazyRowsModel`): opening a
list of 20,000 posts reads one batch, never one widget per row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)

from editor.site_posts_list import SitePostRow
from uikit.formatting import local_time_text
from uikit.lazy_rows import LazyRowsModel

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

    column_count = 6
    tooltip_columns = frozenset({TITLE, CATEGORIES})
    right_aligned = frozenset({COMMENTS})

    def row_value(self, row: SitePostRow, role: int) -> object:
        """The post's id on the site (:attr:`RemoteIdRole`)."""
        return row.remote_id if role == self.RemoteIdRole else None

    def cell_text(self, post: SitePostRow, column: int) -> str:
        """What the post shows in *column* (plain text)."""
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

    def column_names(self) -> tuple[str, ...]:
        """Title, author, status, categories, modified, comments."""
        translate = QCoreApplication.translate
        return (
            translate("SitePosts", "Title"),
            translate("SitePosts", "Author"),
            translate("SitePosts", "Status"),
            translate("SitePosts", "Categories"),
            translate("SitePosts", "Modified"),
            translate("SitePosts", "Comments"),
        )
