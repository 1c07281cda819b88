"""Interviews in the local database: create, load, save, list, search.

The document itself is stored as JSON (``InterviewDocument.to_dict``) so a save
is one row write; the columns next to it (title, status, counts, sort key) and
the FTS5 search index are derived from it on every save, in the same
transaction.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select, case, delete, func, select, text, update
from sqlalchemy.orm import Session

from editor.counts import character_count, word_count
from editor.document import InterviewDocument, ParagraphBlock, PhotoBlock, TurnBlock
from editor.list_rows import InterviewStatus as InterviewStatus
from editor.list_rows import InterviewSummary as InterviewSummary
from editor.list_rows import SortColumn as SortColumn
from storage.collation import vietnamese_sort_key
from storage.database import Store
from storage.models import (
    INTERVIEW_STATUSES,
    Interview,
    Publication,
    interview_search,
    utc_now,
)
from storage.search_query import SearchQuery, with_phrase_breaks
from storage.textfold import fold, nfc

assert tuple(InterviewStatus) == INTERVIEW_STATUSES


class InterviewNotFound(LookupError):
    """The interview was deleted (or never existed)."""

    def __init__(self, interview_id: int) -> None:
        super().__init__(f"interview {interview_id} not found")
        self.interview_id = interview_id


@dataclass
class StoredInterview:
    """An interview as loaded for editing."""

    id: int
    uid: str
    status: InterviewStatus
    document: InterviewDocument
    updated_at: datetime


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every one we store is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def search_parts(document: InterviewDocument) -> list[str]:
    """Everything but the headline that a search should find."""
    parts = [document.lead, document.byline, " ".join(document.tags)]
    parts.extend(speaker.label for speaker in document.speakers)
    for block in document.blocks:
        if isinstance(block, ParagraphBlock | TurnBlock):
            parts.append(block.text)
        elif isinstance(block, PhotoBlock):
            parts.extend([block.caption, block.credit or "", block.alt_text])
        else:  # site content: its words
            parts.append(block.preview(limit=len(block.html) + 1))
    return parts


def search_body(document: InterviewDocument) -> str:
    """Everything but the headline that a search should find, as one string."""
    return "\n".join(search_parts(document))


# Folding is per character; an autosave while typing changes one part of hundreds.
_fold_part = lru_cache(maxsize=8192)(fold)


def folded_search_body(document: InterviewDocument) -> str:
    """What the index holds of the body: ``fold(search_body(document))`` with phrase breaks.

    Only the parts not folded before are folded; a line break (between parts or
    paragraphs) becomes a phrase break, so a quoted search never runs across it.
    """
    return with_phrase_breaks("\n".join(_fold_part(part) for part in search_parts(document)))


def fts_query(query: str) -> str | None:
    """The FTS5 query for what a user typed (see :mod:`storage.search_query`).

    ``dong chi`` becomes ``"dong"* AND "chi"*`` (both anywhere), ``"dong chi"`` the
    phrase ``"dong chi"``. Returns None when the query holds no word at all.
    """
    return SearchQuery.parse(query).match_expression()


_STATUS_ORDER = case(
    {status.value: index for index, status in enumerate(InterviewStatus)},
    value=Interview.status,
    else_=len(InterviewStatus),
)
_SORT_COLUMNS = {
    SortColumn.TITLE: Interview.title_sort,
    SortColumn.STATUS: _STATUS_ORDER,
    SortColumn.UPDATED: Interview.updated_at,
    SortColumn.WORDS: Interview.word_count,
}


_Columns = TypeVarTuple("_Columns")


def _filtered(
    statement: Select[*_Columns],
    query: str,
    statuses: Collection[InterviewStatus],
    trashed: bool = False,
) -> Select[*_Columns] | None:
    """*statement* limited to interviews matching *query* and *statuses*; None: none can.

    Only interviews in the trash when *trashed*, only the others otherwise.
    """
    statement = statement.where(
        Interview.trashed_at.is_not(None) if trashed else Interview.trashed_at.is_(None)
    )
    if statuses:
        statement = statement.where(Interview.status.in_([s.value for s in statuses]))
    if not query.strip():
        return statement
    match = fts_query(query)
    if match is None:
        return None
    return (
        statement.join(interview_search, interview_search.c.rowid == Interview.id)
        .where(text("interview_search MATCH :q"))
        .params(q=match)
    )


def _phrase_first(query: str) -> ColumnElement[int] | None:
    """0 for interviews holding the typed syllables side by side, 1 for the others."""
    ranking = SearchQuery.parse(query).ranking_expression() if query.strip() else None
    if ranking is None:
        return None
    side_by_side = select(interview_search.c.rowid).where(
        text("interview_search MATCH :phrase").bindparams(phrase=ranking)
    )
    return case((Interview.id.in_(side_by_side), 0), else_=1)


class InterviewRepository:
    """Reads and writes interviews; every method uses its own short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def store(self) -> Store:
        """The database the interviews are in."""
        return self._store

    # --- writing -----------------------------------------------------------------

    def create(
        self,
        document: InterviewDocument | None = None,
        status: InterviewStatus = InterviewStatus.DRAFT,
        *,
        also: Callable[[Session, Interview], None] | None = None,
    ) -> StoredInterview:
        """Store a new interview (empty unless *document* is given) and return it.

        *also* runs in the same transaction with the new row (linking it to a site post).
        """
        document = document if document is not None else InterviewDocument()
        with self._store.transaction() as session:
            row = Interview(uid=str(uuid.uuid4()), status=status.value, created_at=utc_now())
            session.add(row)
            self._write(session, row, document)
            session.flush()
            interview_id = row.id
            self._index(session, interview_id, document)
            if also is not None:
                also(session, row)
            updated = row.updated_at
            uid = row.uid
        return StoredInterview(interview_id, uid, status, document, _utc(updated))

    def save_document(
        self,
        interview_id: int,
        document: InterviewDocument,
        *,
        also: Callable[[Session, Interview], None] | None = None,
    ) -> datetime:
        """Write *document* as the interview's current content; return the save time.

        *also* runs in the same transaction with the written row (keeping a version).
        """
        with self._store.transaction() as session:
            row = self._row(session, interview_id)
            self._write(session, row, document)
            self._index(session, interview_id, document)
            if also is not None:
                also(session, row)
            return _utc(row.updated_at)

    def set_status(self, interview_id: int, status: InterviewStatus) -> None:
        """Move the interview to *status* (validation is the caller's job)."""
        with self._store.transaction() as session:
            row = self._row(session, interview_id)
            row.status = status.value
            row.updated_at = utc_now()

    def move_to_trash(self, interview_ids: Iterable[int]) -> int:
        """Move interviews to the trash (nothing else changes); how many were moved."""
        ids = list(interview_ids)
        with self._store.transaction() as session:
            moved = session.execute(
                update(Interview)
                .where(Interview.id.in_(ids), Interview.trashed_at.is_(None))
                .values(trashed_at=utc_now())
            )
            return int(getattr(moved, "rowcount", 0) or 0)

    def restore(self, interview_ids: Iterable[int]) -> int:
        """Take interviews out of the trash, back into the list; how many came back."""
        ids = list(interview_ids)
        with self._store.transaction() as session:
            restored = session.execute(
                update(Interview)
                .where(Interview.id.in_(ids), Interview.trashed_at.is_not(None))
                .values(trashed_at=None)
            )
            return int(getattr(restored, "rowcount", 0) or 0)

    def titles(self, interview_ids: Iterable[int]) -> list[str]:
        """The headlines of *interview_ids*, in that order (unknown ids left out)."""
        ids = list(interview_ids)
        with self._store.session() as session:
            rows = session.execute(
                select(Interview.id, Interview.title).where(Interview.id.in_(ids))
            )
            found = {row.id: row.title for row in rows}
        return [found[interview_id] for interview_id in ids if interview_id in found]

    def trashed_ids(self) -> list[int]:
        """The interviews in the trash, oldest first."""
        with self._store.session() as session:
            return list(
                session.scalars(
                    select(Interview.id)
                    .where(Interview.trashed_at.is_not(None))
                    .order_by(Interview.trashed_at, Interview.id)
                )
            )

    def posts_on_sites(self, interview_ids: Iterable[int]) -> list[str]:
        """Headlines of those of *interview_ids* that have a post on a site (it stays there)."""
        ids = list(interview_ids)
        with self._store.session() as session:
            return list(
                session.scalars(
                    select(Interview.title)
                    .where(
                        Interview.id.in_(ids),
                        select(Publication.id)
                        .where(
                            Publication.interview_id == Interview.id,
                            Publication.post_id.is_not(None),
                        )
                        .exists(),
                    )
                    .order_by(Interview.id)
                )
            )

    def delete(self, interview_ids: Iterable[int]) -> None:
        """Remove interviews for good, with their search entries.

        What a site knows of them goes too; their posts stay on the sites.
        """
        ids = list(interview_ids)
        with self._store.transaction() as session:
            session.execute(delete(Interview).where(Interview.id.in_(ids)))
            for interview_id in ids:
                session.execute(
                    text("DELETE FROM interview_search WHERE rowid = :id"), {"id": interview_id}
                )

    @staticmethod
    def _write(session: Session, row: Interview, document: InterviewDocument) -> None:
        # Whatever form the editor holds (a paste or an input method may give NFD),
        # the store keeps NFC; the JSON's own syntax is ASCII, so normalising the
        # whole text normalises each string in it.
        row.title = nfc(document.title)
        row.title_sort = vietnamese_sort_key(row.title)
        row.lead = nfc(document.lead)
        row.byline = nfc(document.byline)
        row.document_json = nfc(json.dumps(document.to_dict(), ensure_ascii=False))
        row.word_count = word_count(document)
        row.char_count = character_count(document)
        row.updated_at = utc_now()

    @staticmethod
    def _index(session: Session, interview_id: int, document: InterviewDocument) -> None:
        session.execute(
            text("DELETE FROM interview_search WHERE rowid = :id"), {"id": interview_id}
        )
        session.execute(
            text("INSERT INTO interview_search (rowid, title, body) VALUES (:id, :title, :body)"),
            {
                "id": interview_id,
                "title": fold(document.title),
                "body": folded_search_body(document),
            },
        )

    # --- reading -----------------------------------------------------------------

    @staticmethod
    def _row(session: Session, interview_id: int) -> Interview:
        row = session.get(Interview, interview_id)
        if row is None:
            raise InterviewNotFound(interview_id)
        return row

    def get(self, interview_id: int) -> StoredInterview:
        """Load one interview for editing."""
        with self._store.session() as session:
            row = self._row(session, interview_id)
            document = InterviewDocument.from_dict(json.loads(row.document_json))
            return StoredInterview(
                id=row.id,
                uid=row.uid,
                status=InterviewStatus(row.status),
                document=document,
                updated_at=_utc(row.updated_at),
            )

    def count(
        self, query: str = "", statuses: Collection[InterviewStatus] = (), *, trashed: bool = False
    ) -> int:
        """How many interviews match *query* and have one of *statuses* (any when empty).

        Counts the trash when *trashed*, the list otherwise.
        """
        statement = _filtered(select(func.count(Interview.id)), query, statuses, trashed)
        if statement is None:
            return 0
        with self._store.session() as session:
            found: int = session.execute(statement).scalar_one()
            return found

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
        """One page of the interview list (the trash when *trashed*), sorted and filtered."""
        order = _SORT_COLUMNS[sort]
        statement = _filtered(
            select(
                Interview.id,
                Interview.title,
                Interview.status,
                Interview.updated_at,
                Interview.word_count,
            ),
            query,
            statuses,
            trashed,
        )
        if statement is None:
            return []
        phrase_first = _phrase_first(query)
        if phrase_first is not None:  # interviews with the words side by side come first
            statement = statement.order_by(phrase_first)
        statement = (
            statement.order_by(
                order.desc() if descending else order.asc(),
                Interview.id.desc() if descending else Interview.id.asc(),
            )
            .offset(offset)
            .limit(limit)
        )
        with self._store.session() as session:
            return [
                InterviewSummary(
                    id=row.id,
                    title=row.title,
                    status=InterviewStatus(row.status),
                    updated_at=_utc(row.updated_at),
                    word_count=row.word_count,
                )
                for row in session.execute(statement)
            ]
