"""Reading the cached site posts for the "On the site" list: filters, counts, pages of rows.

:class:`SitePostList` answers the list view's two questions, how many posts
match and which ones are at rows *n*…*m*, newest change first. It is plain
Python over the store, so the Qt model stays thin and the queries are tested
without a window. Search folds accents and đ/d (the ``site_post_search`` FTS5
index holds the folded title, :func:`editor.repository.fts_query` folds the
query the same way). Author and category names are read once per list, and
comment counts only for the rows asked for (see :mod:`editor.site_posts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVarTuple

from sqlalchemy import Select, case, func, select, text
from sqlalchemy.orm import Session

from editor.categories import site_categories
from editor.repository import fts_query
from editor.site_posts import GONE
from storage.collation import vietnamese_sort_key
from storage.database import Store
from storage.models import CachedComment, SitePost, SitePostAuthor, site_post_search
from storage.textfold import strip_invisible

_Columns = TypeVarTuple("_Columns")

#: The statuses the list can filter on, in the order the filter offers them.
LISTED_STATUSES = ("publish", "future", "draft", "pending", "private", "trash")


@dataclass(frozen=True)
class PostFilter:
    """What the list shows: words of the title, a status, an author id, a category id.

    Without a status the list shows every post but those in the trash (and those
    gone from the site): the trash has a status filter of its own.
    """

    text: str = ""
    status: str | None = None
    author: int | None = None
    category: int | None = None


@dataclass(frozen=True)
class SitePostRow:
    """One row of the list, ready to show (texts plain, without invisible characters)."""

    id: int
    remote_id: int
    title: str
    author: str
    author_id: int
    status: str
    categories: str
    modified: datetime | None
    comments: int
    link: str


@dataclass(frozen=True)
class Choice:
    """An entry of the author or category filter."""

    id: int
    name: str


def parse_gmt(value: str) -> datetime | None:
    """A cached ``YYYY-MM-DDTHH:MM:SS`` (UTC) date; None when empty or unreadable."""
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None
    except ValueError:
        return None


def cache_signature(store: Store, site_id: int) -> tuple[object, ...]:
    """What changes whenever a pull changed the cached posts of *site_id* (one short query).

    The number of posts, the newest change, how many are gone or in the trash:
    a list read with the same signature is still right.
    """
    with store.session() as session:
        row = session.execute(
            select(
                func.count(),
                func.max(SitePost.modified_gmt),
                func.sum(case((SitePost.status == GONE, 1), else_=0)),
                func.sum(case((SitePost.status == "trash", 1), else_=0)),
            ).where(SitePost.site_id == site_id)
        ).one()
        return tuple(row)


class CachedPostRows:
    """What every list over one site's cached posts shares: names, the filter, the count.

    Author and category names are read once per list. A subclass says which posts
    it lists (:meth:`_where`) and builds its rows; :meth:`count` is read once, then
    remembered (a new list is made when the cache changes).
    """

    def __init__(self, store: Store, site_id: int) -> None:
        self._store = store
        self._site_id = site_id
        with store.session() as session:
            self._authors = {
                remote: name
                for remote, name in session.execute(
                    select(SitePostAuthor.remote_id, SitePostAuthor.name).where(
                        SitePostAuthor.site_id == site_id
                    )
                )
            }
        self._categories = {c.id: c.name for c in site_categories(store, site_id)}
        self._count: int | None = None
        self._empty = False  # True: nothing can match, no need to ask the database

    def _where(self, statement: Select[*_Columns]) -> Select[*_Columns]:
        """*statement* limited to the posts this list shows."""
        raise NotImplementedError

    def count(self) -> int:
        """How many posts the list has (read once, then remembered)."""
        if self._empty:
            return 0
        if self._count is None:
            with self._store.session() as session:
                self._count = int(
                    session.scalar(self._where(select(func.count()).select_from(SitePost))) or 0
                )
        return self._count

    def _category_names(self, ids: str) -> list[str]:
        """The names of a post's categories (``,3,7,``); an unknown one as ``#id``."""
        return [
            self._categories.get(int(part), f"#{part}")
            for part in ids.strip(",").split(",")
            if part.isdecimal()
        ]


class SitePostList(CachedPostRows):
    """The cached posts of one site that match one :class:`PostFilter`."""

    def __init__(self, store: Store, site_id: int, wanted: PostFilter | None = None) -> None:
        super().__init__(store, site_id)
        self.filter = wanted or PostFilter()
        match = None
        if self.filter.text.strip():
            match = fts_query(self.filter.text)
            self._empty = match is None  # only punctuation: nothing can match
        self._match = match

    def _where(self, statement: Select[*_Columns]) -> Select[*_Columns]:
        statement = statement.where(SitePost.site_id == self._site_id)
        if self.filter.status is not None:
            statement = statement.where(SitePost.status == self.filter.status)
        else:  # "all statuses" leaves the trash out, as WordPress's own list does
            statement = statement.where(SitePost.status.not_in((GONE, "trash")))
        if self.filter.author is not None:
            statement = statement.where(SitePost.author_id == self.filter.author)
        if self.filter.category is not None:
            statement = statement.where(
                SitePost.categories.contains(f",{int(self.filter.category)},", autoescape=True)
            )
        if self._match is not None:
            found = (
                select(site_post_search.c.rowid)
                .where(text("site_post_search MATCH :q"))
                .params(q=self._match)
            )
            statement = statement.where(SitePost.id.in_(found))
        return statement

    def rows(self, offset: int, limit: int) -> list[SitePostRow]:
        """Rows *offset* … *offset + limit* of the list, most recently changed first."""
        if self._empty or limit <= 0:
            return []
        statement = self._where(
            select(
                SitePost.id,
                SitePost.remote_id,
                SitePost.title,
                SitePost.author_id,
                SitePost.status,
                SitePost.categories,
                SitePost.modified_gmt,
                SitePost.link,
            )
        )
        statement = (
            statement.order_by(SitePost.modified_gmt.desc(), SitePost.id.desc())
            .offset(offset)
            .limit(limit)
        )
        with self._store.session() as session:
            found = session.execute(statement).all()
            counts = self._comment_counts(session, [row.remote_id for row in found])
        return [
            SitePostRow(
                id=row.id,
                remote_id=row.remote_id,
                title=strip_invisible(row.title),
                author=self._authors.get(row.author_id, ""),
                author_id=row.author_id,
                status=row.status,
                categories=", ".join(self._category_names(row.categories)),
                modified=parse_gmt(row.modified_gmt),
                comments=counts.get(row.remote_id, 0),
                link=row.link,
            )
            for row in found
        ]

    def _comment_counts(self, session: Session, post_ids: list[int]) -> dict[int, int]:
        """Approved comments per post, from the moderation cache (see editor.site_posts)."""
        if not post_ids:
            return {}
        rows = session.execute(
            select(CachedComment.post_id, func.count())
            .where(
                CachedComment.site_id == self._site_id,
                CachedComment.post_id.in_(post_ids),
                CachedComment.site_status == "approved",
            )
            .group_by(CachedComment.post_id)
        )
        return {post_id: count for post_id, count in rows}

    def author_choices(self) -> list[Choice]:
        """The authors of the cached posts, by name (an unnamed one as ``#id``)."""
        with self._store.session() as session:
            ids = session.scalars(
                select(SitePost.author_id).where(SitePost.site_id == self._site_id).distinct()
            ).all()
        choices = [Choice(i, self._authors.get(i) or f"#{i}") for i in ids if i]
        return sorted(choices, key=lambda c: vietnamese_sort_key(c.name))

    def category_choices(self) -> list[Choice]:
        """The site's categories, by name."""
        choices = [Choice(i, name) for i, name in self._categories.items()]
        return sorted(choices, key=lambda c: vietnamese_sort_key(c.name))
