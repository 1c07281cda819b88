"""What the moderation queues show: filters, search, counts and keyset pages.

Pages are read by keyset (``date, id`` of the last row shown), so the 1,000th
page costs what the first does. Every query is limited to one site and uses the
indexes of migration 0005; the text search goes through the FTS5 index.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    text,
    tuple_,
)
from sqlalchemy.orm import Session

from moderation.decisions import SUBJECT
from moderation.rules import Reason, reasons_from_json
from moderation.search import NothingToFind, match_expression, ranked_expressions
from moderation.statuses import FLAGGED_STATUSES, QUEUE_STATUS, Queue
from portal.outbox import OutboxState, count_subjects, most_urgent_state, subjects_waiting
from storage.database import Store
from storage.models import CachedComment, CommentPost, comment_search

PAGE_SIZE = 200


class SortOrder(enum.StrEnum):
    """The orders a queue can be read in (each a keyset over one index of migration 0005)."""

    NEWEST = "newest"
    OLDEST = "oldest"  # queue age: the comment waiting longest first
    ARTICLE = "article"  # grouped by article (the newest article first), newest first within
    FLAGS = "flags"  # "suggest rejecting" first, then "needs a look", newest first within
    SCORE = "score"  # the assistant's score, highest first (migration 0016), newest within


#: Looking a comment up by id costs about this many steps along an index.
LOOKUP_COST = 6


@dataclass(frozen=True)
class QueueFilter:
    """Which comments a queue view shows."""

    queue: Queue = Queue.PENDING
    search: str = ""
    author: str = ""
    author_key: str | None = None
    post_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    conflicts_only: bool = False
    newest_first: bool = True
    order: SortOrder | None = None  # None: by time, as newest_first says

    @property
    def sort(self) -> SortOrder:
        """The order the rows come in."""
        if self.order is not None:
            return self.order
        return SortOrder.NEWEST if self.newest_first else SortOrder.OLDEST


def _ranked(query: QueueFilter) -> bool:
    """Whether *query* is a search read in two stages (words side by side first)."""
    try:
        return ranked_expressions(query.search, query.author) is not None
    except NothingToFind:
        return False


@dataclass(frozen=True)
class QueueRow:
    """One line of a queue."""

    id: int
    remote_id: int
    author_name: str
    excerpt: str
    post_id: int
    article: str
    date_gmt: datetime
    status: str
    flag_level: int
    flag_open: bool
    flags: tuple[Reason, ...]
    sync_state: str | None  # the comment's outbox state while something waits to be sent
    #: Found by a ranked search with the words side by side (listed before the others).
    side_by_side: bool = False
    #: The assistant's score as stored (-1: none); see :attr:`score`.
    sort_score: float = -1.0

    @property
    def score(self) -> float | None:
        """The assistant's score of this waiting comment (0-1), None when it has none."""
        return self.sort_score if self.sort_score >= 0 else None

    @property
    def waiting(self) -> bool:
        """A decision or reply on this comment has not reached the site yet."""
        return self.sync_state is not None


@dataclass(frozen=True)
class Article:
    """An article that has comments, for the article filter."""

    post_id: int
    title: str


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _sort_key(sort: SortOrder, after: QueueRow | None) -> tuple[list[Any], list[Any]]:
    """The columns of *sort*'s keyset, and the values of *after* for them."""
    date = bindparam(
        "after_date", after.date_gmt if after else None, type_=CachedComment.date_gmt.type
    )
    last: Any = bindparam("after_id", after.id if after else None)
    columns: list[Any] = [CachedComment.date_gmt, CachedComment.id]
    values: list[Any] = [date, last]
    if sort is SortOrder.ARTICLE:
        columns.insert(0, CachedComment.post_id)
        values.insert(0, bindparam("after_post", after.post_id if after else None))
    elif sort is SortOrder.FLAGS:
        columns.insert(0, CachedComment.flag_level)
        values.insert(0, bindparam("after_level", after.flag_level if after else None))
    elif sort is SortOrder.SCORE:
        columns.insert(0, CachedComment.assist_score)
        values.insert(0, bindparam("after_score", after.sort_score if after else None))
    return columns, values


def _sync_state_column() -> Any:
    return most_urgent_state(SUBJECT, CachedComment.id).label("sync_state")


class CommentQueues:
    """Reads the cached comments of one site for the queue views."""

    def __init__(self, store: Store, site_id: int) -> None:
        self._store = store
        self.site_id = site_id
        self._sizes: dict[Queue, int] | None = None  # as last counted (a hint for searches)

    # --- conditions --------------------------------------------------------------

    def _conditions(
        self,
        session: Session,
        query: QueueFilter,
        *,
        paging: bool = False,
        stage: int | None = None,
    ) -> list[ColumnElement[bool]] | None:
        """The WHERE conditions of *query*; None when it can match nothing.

        *paging*: for one page (newest first), rather than for a count; it
        decides which way a text search is best read (:meth:`_read_from_index`).
        *stage*: of a ranked search, 0 for the comments with the words side by
        side, 1 for the others (:func:`moderation.search.ranked_expressions`).
        """
        conditions: list[ColumnElement[bool]] = []
        if query.queue is Queue.FLAGGED:
            conditions += [
                CachedComment.flag_open.is_(True),
                CachedComment.status.in_(FLAGGED_STATUSES),
            ]
        elif query.queue is not Queue.ALL:
            conditions.append(CachedComment.status == QUEUE_STATUS[query.queue])
        narrowed = (
            query.post_id is not None
            or query.author_key is not None
            or query.since is not None
            or query.until is not None
            or query.conflicts_only
        )
        if query.post_id is not None:
            conditions.append(CachedComment.post_id == query.post_id)
        if query.author_key is not None:
            conditions.append(CachedComment.author_key == query.author_key)
        if query.since is not None:
            conditions.append(CachedComment.date_gmt >= query.since)
        if query.until is not None:
            conditions.append(CachedComment.date_gmt < query.until)
        if query.conflicts_only:
            conflicted = subjects_waiting(
                SUBJECT, site_id=self.site_id, states=(OutboxState.CONFLICT,)
            )
            conditions.append(CachedComment.id.in_(conflicted))
        try:
            match = match_expression(query.search, query.author)
            if stage is not None:
                stages = ranked_expressions(query.search, query.author)
                match = stages[stage] if stages is not None else match
        except NothingToFind:
            return None
        site = CachedComment.site_id == self.site_id
        if match is not None:
            matches = text("comment_search MATCH :match").bindparams(match=match)
            # Counting in the text index alone costs a few milliseconds: a search that
            # matches nothing never walks the comments.
            found = session.execute(
                select(func.count()).select_from(comment_search).where(matches)
            ).scalar_one()
            if not found:
                return None
            if not narrowed and self._read_from_index(query.queue, int(found), paging):
                # SQLite would walk the site's (or the queue's) index and look each entry
                # up among the matches; with few matches, looking the matches up by id is
                # cheaper. "site_id + 0" keeps it from using an index on the site.
                site = CachedComment.site_id + literal_column("0") == self.site_id
            conditions.append(CachedComment.id.in_(select(comment_search.c.rowid).where(matches)))
        return [site, *conditions]

    def _read_from_index(self, queue: Queue, found: int, paging: bool) -> bool:
        """Whether a search matching *found* comments is best read from the text index.

        Looking a comment up by id costs about six steps along an index (measured
        on 200,000 comments). A count walks the whole queue's index; a page walks
        it newest first until it has a page, about ``PAGE_SIZE * site / found``
        entries. Without the queue sizes (no count yet) SQLite chooses.
        """
        sizes = self._sizes
        if sizes is None:
            return False
        walked = PAGE_SIZE * sizes[Queue.ALL] / found if paging else sizes[queue]
        return found * LOOKUP_COST < walked

    # --- reading -----------------------------------------------------------------

    def count(self, query: QueueFilter) -> int:
        """How many comments *query* matches."""
        with self._store.session() as session:
            conditions = self._conditions(session, query)
            if conditions is None:
                return 0
            return int(
                session.execute(
                    select(func.count()).select_from(CachedComment).where(and_(*conditions))
                ).scalar_one()
            )

    def matching(self, query: QueueFilter, comment_ids: Iterable[int]) -> set[int]:
        """Those of *comment_ids* that *query* matches (a campaign's members in this queue)."""
        wanted = list(dict.fromkeys(comment_ids))
        found: set[int] = set()
        with self._store.session() as session:
            conditions = self._conditions(session, query)
            if conditions is None:
                return found
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                found.update(
                    session.execute(
                        select(CachedComment.id).where(
                            and_(*conditions), CachedComment.id.in_(chunk)
                        )
                    ).scalars()
                )
        return found

    def page(
        self, query: QueueFilter, after: QueueRow | None = None, limit: int = PAGE_SIZE
    ) -> list[QueueRow]:
        """Up to *limit* rows of *query* following *after* (from the start when None).

        A search of two or more unquoted words lists the comments holding them side by
        side first (in the queue's order), then the others: two stages, each paged alike.
        """
        if not _ranked(query):
            return self._page(query, after, limit, stage=None)
        if after is not None and not after.side_by_side:
            return self._page(query, after, limit, stage=1)
        rows = [replace(row, side_by_side=True) for row in self._page(query, after, limit, 0)]
        if len(rows) >= limit:
            return rows
        # None side by side at all: the other matches are all matches (no NOT to evaluate).
        rest = 1 if rows or after is not None else None
        return rows + self._page(query, None, limit - len(rows), stage=rest)

    def _page(
        self, query: QueueFilter, after: QueueRow | None, limit: int, stage: int | None
    ) -> list[QueueRow]:
        """One page of one stage of *query* (stage None: the whole search)."""
        with self._store.session() as session:
            conditions = self._conditions(session, query, paging=True, stage=stage)
            if conditions is None:
                return []
            sort = query.sort
            columns, values = _sort_key(sort, after)
            if after is not None:
                bound = tuple_(*values)
                key = tuple_(*columns)
                conditions.append(key > bound if sort is SortOrder.OLDEST else key < bound)
            order = [c.asc() if sort is SortOrder.OLDEST else c.desc() for c in columns]
            statement = self._rows().where(and_(*conditions)).order_by(*order).limit(limit)
            return [self._row(row) for row in session.execute(statement)]

    def oldest_pending(self) -> datetime | None:
        """When the comment waiting longest for a decision was written (None: none waits)."""
        with self._store.session() as session:
            found = session.execute(
                select(func.min(CachedComment.date_gmt)).where(
                    CachedComment.site_id == self.site_id,
                    CachedComment.status == QUEUE_STATUS[Queue.PENDING],
                )
            ).scalar_one()
        return _utc(found) if found is not None else None

    def pending_by_author(self, author_key: str) -> list[int]:
        """The pending comments of one author, newest first."""
        with self._store.session() as session:
            return list(
                session.scalars(
                    select(CachedComment.id)
                    .where(
                        CachedComment.site_id == self.site_id,
                        CachedComment.author_key == author_key,
                        CachedComment.status == QUEUE_STATUS[Queue.PENDING],
                    )
                    .order_by(CachedComment.date_gmt.desc(), CachedComment.id.desc())
                )
            )

    def row(self, comment_id: int) -> QueueRow | None:
        """One comment as a queue row (after a decision changed it)."""
        statement = self._rows().where(
            CachedComment.id == comment_id, CachedComment.site_id == self.site_id
        )
        with self._store.session() as session:
            found = session.execute(statement).first()
            return self._row(found) if found is not None else None

    @staticmethod
    def _rows() -> Select[*tuple[Any, ...]]:
        return select(
            CachedComment.id,
            CachedComment.remote_id,
            CachedComment.author_name,
            CachedComment.excerpt,
            CachedComment.post_id,
            func.coalesce(CommentPost.title, "").label("article"),
            CachedComment.date_gmt,
            CachedComment.status,
            CachedComment.flag_level,
            CachedComment.flag_open,
            CachedComment.flags_json,
            CachedComment.assist_score,
            _sync_state_column(),
        ).outerjoin(
            CommentPost,
            and_(
                CommentPost.site_id == CachedComment.site_id,
                CommentPost.remote_id == CachedComment.post_id,
            ),
        )

    @staticmethod
    def _row(row: Any) -> QueueRow:
        return QueueRow(
            id=row.id,
            remote_id=row.remote_id,
            author_name=row.author_name,
            excerpt=row.excerpt,
            post_id=row.post_id,
            article=row.article,
            date_gmt=_utc(row.date_gmt),
            status=row.status,
            flag_level=row.flag_level,
            flag_open=bool(row.flag_open),
            flags=reasons_from_json(row.flags_json) if row.flag_level else (),
            sync_state=row.sync_state,
            sort_score=float(row.assist_score),
        )

    def counts(self) -> dict[Queue, int]:
        """How many comments each queue holds (no filters)."""
        with self._store.session() as session:
            by_status = dict(
                session.execute(
                    select(CachedComment.status, func.count())
                    .where(CachedComment.site_id == self.site_id)
                    .group_by(CachedComment.status)
                ).all()
            )
            flagged = session.execute(
                select(func.count())
                .select_from(CachedComment)
                .where(
                    CachedComment.site_id == self.site_id,
                    CachedComment.flag_open.is_(True),
                    CachedComment.status.in_(FLAGGED_STATUSES),
                )
            ).scalar_one()
        result = {queue: int(by_status.get(status, 0)) for queue, status in QUEUE_STATUS.items()}
        result[Queue.FLAGGED] = int(flagged)
        result[Queue.ALL] = int(sum(by_status.values()))
        self._sizes = result
        return dict(result)

    def sync_counts(self) -> tuple[int, int]:
        """Comments of this site with something waiting to be sent, and those in conflict."""
        with self._store.session() as session:
            waiting = count_subjects(session, SUBJECT, self.site_id)
            conflicts = count_subjects(session, SUBJECT, self.site_id, (OutboxState.CONFLICT,))
        return waiting, conflicts

    def pending_count(self) -> int:
        """How many comments wait for a decision (the navigation badge)."""
        return self.count(QueueFilter(Queue.PENDING))

    def articles(self) -> list[Article]:
        """Articles known to have comments, in Vietnamese title order."""
        with self._store.session() as session:
            rows = session.execute(
                select(CommentPost.remote_id, CommentPost.title)
                .where(CommentPost.site_id == self.site_id)
                .order_by(CommentPost.title_sort, CommentPost.remote_id)
            ).all()
        return [Article(post_id, title) for post_id, title in rows]
