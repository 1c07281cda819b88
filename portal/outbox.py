"""The outbox: an ordered, durable list of changes to send to a site.

Every change a user makes that the site must hear of (publish an interview,
approve a comment, …) is written here *in the same transaction* as the local
change, before any request is made. :mod:`portal.outbox_worker` then sends the
items, oldest first.

Order: items are sent in the order they were written. An item that is waiting
(failed, in conflict, or backing off) holds back the later items *of the same
subject* (the same interview, the same comment) but not the others, so one
stuck interview does not stop comment decisions from going out.

States: ``pending`` → ``sending`` → ``done``; or ``failed`` (the site refused:
needs a person), ``conflict`` (someone else changed it on the site). A
``sending`` item found at start-up was interrupted: it goes back to
``pending``, and its handler checks the site before doing anything twice.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, Table, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from portal.errors import SiteError, error_from_record
from storage.database import Store
from storage.models import OutboxItem, utc_now


class OutboxState(enum.StrEnum):
    """Where an outbox item is."""

    PENDING = "pending"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"
    CONFLICT = "conflict"


#: States in which an item still has to go (and holds back its subject's later items).
UNFINISHED = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.FAILED, OutboxState.CONFLICT)


def _due_statement() -> Select[OutboxItem]:
    """Due items of a site after id ``after``, oldest first, a batch at a time.

    Due: pending, ``next_try_at`` reached (``now``), and no earlier unfinished
    item of the same subject. Built once: the drain claims each item with it,
    and building it cost more than running it.
    """
    earlier = OutboxItem.__table__.alias("earlier")
    blocked = (
        select(func.count())
        .select_from(earlier)
        .where(
            and_(
                earlier.c.site_id == OutboxItem.site_id,
                earlier.c.subject_type == OutboxItem.subject_type,
                earlier.c.subject_id == OutboxItem.subject_id,
                earlier.c.id < OutboxItem.id,
                earlier.c.state.in_([s.value for s in UNFINISHED]),
            )
        )
        .scalar_subquery()
    )
    return (
        select(OutboxItem)
        .where(
            OutboxItem.site_id == bindparam("site_id"),
            OutboxItem.state == OutboxState.PENDING.value,
            OutboxItem.next_try_at <= bindparam("now", type_=OutboxItem.next_try_at.type),
            OutboxItem.id > bindparam("after"),
            blocked == 0,
        )
        .order_by(OutboxItem.id)
        .limit(_DUE_BATCH)
    )


_DUE_BATCH = 8
_DUE = _due_statement()
_INSERT = insert(cast(Table, OutboxItem.__table__)).returning(OutboxItem.__table__.c.id)


@dataclass(frozen=True)
class OutboxEntry:
    """A read-only copy of one outbox row."""

    id: int
    site_id: int
    kind: str
    subject_type: str
    subject_id: int
    payload: dict[str, Any]
    state: OutboxState
    attempts: int
    next_try_at: datetime
    last_error: str | None
    created_at: datetime
    #: Why the item stopped or waits, when the site said so (for the interface to translate).
    error: SiteError | None = None
    #: When the item last changed state (for a sent item: when the site took it).
    updated_at: datetime | None = None

    @classmethod
    def from_row(cls, row: OutboxItem) -> OutboxEntry:
        """Copy an ORM row (sessions do not cross threads; entries do)."""
        error = error_from_record(row.last_error)
        return cls(
            id=row.id,
            site_id=row.site_id,
            kind=row.kind,
            subject_type=row.subject_type,
            subject_id=row.subject_id,
            payload=json.loads(row.payload_json),
            state=OutboxState(row.state),
            attempts=row.attempts,
            next_try_at=_utc(row.next_try_at),
            last_error=error.user_message if error is not None else row.last_error,
            created_at=_utc(row.created_at),
            error=error,
            updated_at=_utc(row.updated_at),
        )


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def enqueue(
    session: Session,
    *,
    site_id: int,
    kind: str,
    subject_type: str,
    subject_id: int,
    payload: Mapping[str, Any],
) -> OutboxItem:
    """Add an item in the caller's transaction (commit it with the local change)."""
    item = OutboxItem(**_new_item(site_id, kind, subject_type, subject_id, payload))
    session.add(item)
    session.flush()
    return item


def enqueue_fast(
    session: Session,
    *,
    site_id: int,
    kind: str,
    subject_type: str,
    subject_id: int,
    payload: Mapping[str, Any],
) -> int:
    """:func:`enqueue` as one INSERT, without an ORM object; returns the new item's id.

    For writes on the GUI thread (a moderator's decision), where the ORM's
    bookkeeping costs as much as the INSERT itself.
    """
    values = _new_item(site_id, kind, subject_type, subject_id, payload)
    return int(session.execute(_INSERT, values).scalar_one())


def _new_item(
    site_id: int, kind: str, subject_type: str, subject_id: int, payload: Mapping[str, Any]
) -> dict[str, Any]:
    """The column values of a new pending item."""
    now = utc_now()
    return {
        "site_id": site_id,
        "kind": kind,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "payload_json": json.dumps(dict(payload), ensure_ascii=False, sort_keys=True),
        "state": OutboxState.PENDING.value,
        "attempts": 0,
        "next_try_at": now,
        "created_at": now,
        "updated_at": now,
    }


class Outbox:
    """Reads and moves outbox items; each method is one short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def claim_next(
        self, site_id: int, now: datetime | None = None, exclude: Collection[int] = ()
    ) -> OutboxEntry | None:
        """Mark the next item due for *site_id* as ``sending`` and return it (None if none).

        Due means pending, ``next_try_at`` reached, not in *exclude* (items
        already tried in this pass), and no earlier unfinished item of the same
        subject.
        """
        now = now or utc_now()
        skipped = set(exclude)
        after = 0
        with self._store.transaction() as session:
            while True:  # items tried in this pass are skipped here, not in SQL: a list
                # of a thousand ids would be bound into every query of a long pass
                rows = (
                    session.execute(_DUE, {"site_id": site_id, "now": now, "after": after})
                    .scalars()
                    .all()
                )
                row = next((r for r in rows if r.id not in skipped), None)
                if row is not None or len(rows) < _DUE_BATCH:
                    break
                after = rows[-1].id
            if row is None:
                return None
            row.state = OutboxState.SENDING.value
            row.attempts += 1
            row.updated_at = now
            session.flush()
            return OutboxEntry.from_row(row)

    def save_progress(self, item_id: int, payload: Mapping[str, Any]) -> None:
        """Store what a handler learnt half-way (an uploaded media id, a post id)."""
        self._set(
            item_id, payload_json=json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
        )

    def complete(self, item_id: int) -> None:
        """The site has the change."""
        self._set(item_id, state=OutboxState.DONE.value, last_error=None)

    def retry_later(self, item_id: int, error: str, delay: timedelta) -> None:
        """A passing problem (network, 5xx, 429): try again after *delay*."""
        self._set(
            item_id,
            state=OutboxState.PENDING.value,
            last_error=error,
            next_try_at=utc_now() + delay,
        )

    def fail(self, item_id: int, error: str) -> None:
        """The site refused the change: stop until a person retries or discards it."""
        self._set(item_id, state=OutboxState.FAILED.value, last_error=error)

    def mark_conflict(self, item_id: int, message: str, payload: Mapping[str, Any]) -> None:
        """Someone changed the subject on the site: wait for the user's choice."""
        self._set(
            item_id,
            state=OutboxState.CONFLICT.value,
            last_error=message,
            payload_json=json.dumps(dict(payload), ensure_ascii=False, sort_keys=True),
        )

    def retry(
        self, item_ids: Iterable[int], payload_changes: Mapping[str, Any] | None = None
    ) -> None:
        """Send failed or conflicting items again now (optionally changing their payload)."""
        with self._store.transaction() as session:
            for row in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(list(item_ids)))):
                if row.state in (OutboxState.FAILED.value, OutboxState.CONFLICT.value):
                    if payload_changes:
                        payload = json.loads(row.payload_json)
                        payload.update(payload_changes)
                        row.payload_json = json.dumps(payload, ensure_ascii=False, sort_keys=True)
                    row.state = OutboxState.PENDING.value
                    row.attempts = 0
                    row.next_try_at = utc_now()
                    row.updated_at = utc_now()

    def discard(self, item_ids: Iterable[int]) -> list[OutboxEntry]:
        """Drop items that have not been sent (pending, failed, conflict); return them."""
        dropped: list[OutboxEntry] = []
        with self._store.transaction() as session:
            rows = session.scalars(
                select(OutboxItem).where(
                    OutboxItem.id.in_(list(item_ids)),
                    OutboxItem.state != OutboxState.SENDING.value,
                    OutboxItem.state != OutboxState.DONE.value,
                )
            ).all()
            for row in rows:
                dropped.append(OutboxEntry.from_row(row))
                session.delete(row)
        return dropped

    def recover_interrupted(self) -> int:
        """Put items left ``sending`` by a crash back to ``pending``; return how many."""
        with self._store.transaction() as session:
            result = session.execute(
                update(OutboxItem)
                .where(OutboxItem.state == OutboxState.SENDING.value)
                .values(state=OutboxState.PENDING.value, updated_at=utc_now())
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def entries(
        self,
        states: Sequence[OutboxState] = UNFINISHED,
        *,
        site_id: int | None = None,
        subject: tuple[str, int] | None = None,
        limit: int = 1000,
    ) -> list[OutboxEntry]:
        """Items in *states*, oldest first."""
        statement = select(OutboxItem).where(OutboxItem.state.in_([s.value for s in states]))
        if site_id is not None:
            statement = statement.where(OutboxItem.site_id == site_id)
        if subject is not None:
            statement = statement.where(
                OutboxItem.subject_type == subject[0], OutboxItem.subject_id == subject[1]
            )
        with self._store.session() as session:
            rows = session.scalars(statement.order_by(OutboxItem.id).limit(limit)).all()
            return [OutboxEntry.from_row(row) for row in rows]

    def recently_sent(self, limit: int = 100) -> list[OutboxEntry]:
        """The last *limit* items the site took, newest first (by when they were queued).

        Walks the primary key backwards, so it stays quick with many sent items.
        """
        statement = (
            select(OutboxItem)
            .where(OutboxItem.state == OutboxState.DONE.value)
            .order_by(OutboxItem.id.desc())
            .limit(limit)
        )
        with self._store.session() as session:
            return [OutboxEntry.from_row(row) for row in session.scalars(statement)]

    def counts(self, site_id: int | None = None) -> dict[OutboxState, int]:
        """How many items are in each state."""
        statement = select(OutboxItem.state, func.count()).group_by(OutboxItem.state)
        if site_id is not None:
            statement = statement.where(OutboxItem.site_id == site_id)
        with self._store.session() as session:
            found = {OutboxState(state): count for state, count in session.execute(statement)}
        return {state: found.get(state, 0) for state in OutboxState}

    def get(self, item_id: int) -> OutboxEntry | None:
        """One item, or None if it was discarded."""
        with self._store.session() as session:
            row = session.get(OutboxItem, item_id)
            return OutboxEntry.from_row(row) if row is not None else None

    def _set(self, item_id: int, **values: Any) -> None:
        """Change one item's columns (nothing when it was discarded): one UPDATE."""
        with self._store.transaction() as session:
            session.execute(
                update(OutboxItem)
                .where(OutboxItem.id == item_id)
                .values(**values, updated_at=utc_now())
            )
