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
needs a person), ``conflict`` (someone else changed it on the site). A refused
*password* is no refusal of the change: the items stay ``pending`` with that
reason (:meth:`Outbox.wait_for_password`) and go out once the password works. A
``sending`` item found at start-up was interrupted: it goes back to
``pending``, and its handler checks the site before doing anything twice.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, Self, cast

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from portal.errors import AuthenticationFailed, SiteError, error_from_record
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
_UNFINISHED_VALUES = [state.value for state in UNFINISHED]
#: States in which a person may still drop an item (the worker is not holding it).
DROPPABLE = (OutboxState.PENDING, OutboxState.FAILED, OutboxState.CONFLICT)


class Payload(Protocol):
    """The typed payload of one kind: a dataclass stored as a JSON object."""

    def to_json(self) -> dict[str, Any]:
        """The JSON object stored in the outbox row."""
        ...

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read a stored payload; raise :class:`PayloadError` when it is not one."""
        ...


class PayloadError(ValueError):
    """A stored payload does not have the shape its kind expects."""


def payload_json(payload: Payload | Mapping[str, Any]) -> str:
    """The stored form of a payload (sorted keys, UTF-8 text as it is)."""
    data = payload if isinstance(payload, Mapping) else payload.to_json()
    return json.dumps(dict(data), ensure_ascii=False, sort_keys=True)


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
                earlier.c.state.in_(_UNFINISHED_VALUES),
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
_QUEUED = (
    select(OutboxItem.id, OutboxItem.subject_id, OutboxItem.state)
    .where(
        OutboxItem.subject_type == bindparam("subject_type"),
        OutboxItem.kind == bindparam("kind"),
        OutboxItem.subject_id.in_(bindparam("ids", expanding=True)),
        OutboxItem.state.in_(_UNFINISHED_VALUES),
    )
    .order_by(OutboxItem.id)
)


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
    payload: Payload | Mapping[str, Any],
) -> OutboxEntry:
    """Add an item in the caller's transaction (commit it with the local change)."""
    item = OutboxItem(**_new_item(site_id, kind, subject_type, subject_id, payload))
    session.add(item)
    session.flush()
    return OutboxEntry.from_row(item)


def enqueue_fast(
    session: Session,
    *,
    site_id: int,
    kind: str,
    subject_type: str,
    subject_id: int,
    payload: Payload | Mapping[str, Any],
) -> int:
    """:func:`enqueue` as one INSERT, without an ORM object; returns the new item's id.

    For writes on the GUI thread (a moderator's decision), where the ORM's
    bookkeeping costs as much as the INSERT itself.
    """
    values = _new_item(site_id, kind, subject_type, subject_id, payload)
    return int(session.execute(_INSERT, values).scalar_one())


def _new_item(
    site_id: int,
    kind: str,
    subject_type: str,
    subject_id: int,
    payload: Payload | Mapping[str, Any],
) -> dict[str, Any]:
    """The column values of a new pending item."""
    now = utc_now()
    return {
        "site_id": site_id,
        "kind": kind,
        "subject_type": subject_type,
        "subject_id": subject_id,
        "payload_json": payload_json(payload),
        "state": OutboxState.PENDING.value,
        "attempts": 0,
        "next_try_at": now,
        "created_at": now,
        "updated_at": now,
    }


# --- for features, in their own transaction ------------------------------------------------------
#
# Only this module queries the outbox table; features ask these helpers (the ones
# returning SQL expressions are for queries that must stay one statement, for speed).


def unfinished_in(
    session: Session,
    subject_type: str,
    subject_ids: Iterable[int],
    *,
    kind: str | None = None,
    states: Sequence[OutboxState] = UNFINISHED,
) -> dict[int, list[OutboxEntry]]:
    """The unfinished items (or those in *states*) of each subject, oldest first."""
    ids = list(subject_ids)
    found: dict[int, list[OutboxEntry]] = {}
    if not ids:
        return found
    statement = select(OutboxItem).where(
        OutboxItem.subject_type == subject_type,
        OutboxItem.subject_id.in_(ids),
        OutboxItem.state.in_([state.value for state in states]),
    )
    if kind is not None:
        statement = statement.where(OutboxItem.kind == kind)
    for row in session.scalars(statement.order_by(OutboxItem.id)):
        found.setdefault(row.subject_id, []).append(OutboxEntry.from_row(row))
    return found


def queued_in(
    session: Session, subject_type: str, kind: str, subject_ids: Sequence[int]
) -> dict[int, list[tuple[int, OutboxState]]]:
    """:func:`unfinished_in` of one *kind* as (item id, state) pairs, oldest first.

    One statement built once, no ORM object: for reads on the GUI thread (a
    moderator's decision), where building the query cost more than running it.
    """
    found: dict[int, list[tuple[int, OutboxState]]] = {}
    if not subject_ids:
        return found
    rows = session.execute(
        _QUEUED, {"subject_type": subject_type, "kind": kind, "ids": list(subject_ids)}
    )
    for item_id, subject_id, state in rows:
        found.setdefault(subject_id, []).append((item_id, OutboxState(state)))
    return found


def entry_in(session: Session, item_id: int) -> OutboxEntry | None:
    """One item, read in the caller's transaction (None once discarded)."""
    row = session.get(OutboxItem, item_id)
    return OutboxEntry.from_row(row) if row is not None else None


def drop_in(session: Session, item_ids: Iterable[int]) -> int:
    """Delete unsent items in the caller's transaction (a feature replacing its own intent).

    Items being sent or already sent are left alone; returns how many were dropped.
    """
    ids = list(item_ids)
    if not ids:
        return 0
    result = session.execute(
        delete(OutboxItem).where(
            OutboxItem.id.in_(ids),
            OutboxItem.state.in_([state.value for state in DROPPABLE]),
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def retry_in(session: Session, item_id: int, payload: Payload) -> bool:
    """Send a failed or conflicting item again with *payload*, in the caller's transaction."""
    row = session.get(OutboxItem, item_id)
    if row is None or row.state not in (OutboxState.FAILED.value, OutboxState.CONFLICT.value):
        return False
    row.payload_json = payload_json(payload)
    row.state = OutboxState.PENDING.value
    row.attempts = 0
    row.next_try_at = row.updated_at = utc_now()
    return True


def subjects_waiting(
    subject_type: str,
    *,
    site_id: int | None = None,
    subject_ids: Iterable[int] | None = None,
    states: Sequence[OutboxState] = UNFINISHED,
) -> Select[Any]:
    """SQL: the ids of subjects with an item in *states* (for ``IN`` / ``NOT IN``).

    Limited to *site_id* and to *subject_ids* when given.
    """
    statement = select(OutboxItem.subject_id).where(
        OutboxItem.subject_type == subject_type,
        OutboxItem.state.in_([state.value for state in states]),
    )
    if site_id is not None:
        statement = statement.where(OutboxItem.site_id == site_id)
    if subject_ids is not None:
        statement = statement.where(OutboxItem.subject_id.in_(list(subject_ids)))
    return statement


#: A state that needs a person first: conflict, then failed, then the rest.
_URGENCY = case(
    (OutboxItem.state == OutboxState.CONFLICT.value, 0),
    (OutboxItem.state == OutboxState.FAILED.value, 1),
    else_=2,
)


def most_urgent_state(
    subject_type: str, subject_id: ColumnElement[int] | InstrumentedAttribute[int]
) -> Any:
    """SQL: a correlated scalar subquery, the most urgent unfinished state of a subject.

    Conflict first, then failed, then the newest waiting item; NULL when
    nothing waits. *subject_id* is the outer query's column holding the subject's id.
    """
    return (
        select(OutboxItem.state)
        .where(
            OutboxItem.subject_type == subject_type,
            OutboxItem.subject_id == subject_id,
            OutboxItem.state.in_(_UNFINISHED_VALUES),
        )
        .order_by(_URGENCY, OutboxItem.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def count_subjects(
    session: Session, subject_type: str, site_id: int, states: Sequence[OutboxState] = UNFINISHED
) -> int:
    """How many subjects of *site_id* have an item in *states*."""
    return int(
        session.execute(
            select(func.count(func.distinct(OutboxItem.subject_id))).where(
                OutboxItem.site_id == site_id,
                OutboxItem.subject_type == subject_type,
                OutboxItem.state.in_([state.value for state in states]),
            )
        ).scalar_one()
    )


def subject_states_in(
    session: Session, site_id: int, subject_type: str, subject_ids: Iterable[int]
) -> list[tuple[int, OutboxState]]:
    """(subject id, state) of every unfinished item of these subjects on *site_id*."""
    ids = list(subject_ids)
    if not ids:
        return []
    rows = session.execute(
        select(OutboxItem.subject_id, OutboxItem.state).where(
            OutboxItem.site_id == site_id,
            OutboxItem.subject_type == subject_type,
            OutboxItem.subject_id.in_(ids),
            OutboxItem.state.in_(_UNFINISHED_VALUES),
        )
    )
    return [(subject_id, OutboxState(state)) for subject_id, state in rows]


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

    def save_progress(self, item_id: int, payload: Payload | Mapping[str, Any]) -> None:
        """Store what a handler learnt half-way (an uploaded media id, a post id)."""
        self._set(item_id, payload_json=payload_json(payload))

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

    def wait_for_password(self, site_id: int, item_id: int, error: str) -> int:
        """The site refused the password: the item, and the site's other due items, wait.

        The item goes back to ``pending`` (the attempt is not counted: the site
        never judged the change) and every pending item of *site_id* that is due
        gets *error* as the reason it waits. Nothing needs a person to retry it:
        the next pass with a working password sends it. Returns how many wait.
        """
        now = utc_now()
        with self._store.transaction() as session:
            row = session.get(OutboxItem, item_id)
            if row is not None and row.state == OutboxState.SENDING.value:
                row.state = OutboxState.PENDING.value
                row.attempts = max(row.attempts - 1, 0)
                session.flush()  # before the update below, which the session does not follow
            result = session.execute(
                update(OutboxItem)
                .where(
                    OutboxItem.site_id == site_id,
                    OutboxItem.state == OutboxState.PENDING.value,
                    OutboxItem.next_try_at <= now,
                )
                .values(last_error=error, next_try_at=now, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def waiting_for_password(self, site_id: int) -> int:
        """How many of *site_id*'s items wait because the site refused the password."""
        with self._store.session() as session:
            reasons = session.scalars(
                select(OutboxItem.last_error).where(
                    OutboxItem.site_id == site_id,
                    OutboxItem.state == OutboxState.PENDING.value,
                    OutboxItem.last_error.is_not(None),
                )
            ).all()
        return sum(isinstance(error_from_record(r), AuthenticationFailed) for r in reasons)

    def resume_refused(self, site_id: int) -> int:
        """Put items that *failed* on a refused password back to ``pending``; return how many.

        Earlier versions stopped them for good; a password is fixed without
        retrying each change by hand.
        """
        with self._store.transaction() as session:
            rows = session.scalars(
                select(OutboxItem).where(
                    OutboxItem.site_id == site_id,
                    OutboxItem.state == OutboxState.FAILED.value,
                )
            ).all()
            resumed = 0
            for row in rows:
                if isinstance(error_from_record(row.last_error), AuthenticationFailed):
                    row.state = OutboxState.PENDING.value
                    row.next_try_at = row.updated_at = utc_now()
                    resumed += 1
            return resumed

    def mark_conflict(self, item_id: int, message: str, payload: Mapping[str, Any]) -> None:
        """Someone changed the subject on the site: wait for the user's choice."""
        self._set(
            item_id,
            state=OutboxState.CONFLICT.value,
            last_error=message,
            payload_json=payload_json(payload),
        )

    def retry(self, item_ids: Iterable[int]) -> None:
        """Send failed or conflicting items again now, as they are."""
        with self._store.transaction() as session:
            for row in session.scalars(select(OutboxItem).where(OutboxItem.id.in_(list(item_ids)))):
                if row.state in (OutboxState.FAILED.value, OutboxState.CONFLICT.value):
                    row.state = OutboxState.PENDING.value
                    row.attempts = 0
                    row.next_try_at = utc_now()
                    row.updated_at = utc_now()

    def retry_with(self, item_id: int, payload: Payload) -> bool:
        """Send a failed or conflicting item again now with *payload* (e.g. "overwrite")."""
        with self._store.transaction() as session:
            return retry_in(session, item_id, payload)

    def discard(
        self,
        item_ids: Iterable[int],
        on_discard: Callable[[Session, OutboxEntry], None] | None = None,
    ) -> list[OutboxEntry]:
        """Drop items that have not been sent (pending, failed, conflict); return them.

        *on_discard* runs for each item in the same transaction (its kind's hook:
        what the item stood for locally is put back with the item's removal).
        """
        dropped: list[OutboxEntry] = []
        with self._store.transaction() as session:
            rows = session.scalars(
                select(OutboxItem).where(
                    OutboxItem.id.in_(list(item_ids)),
                    OutboxItem.state.in_([state.value for state in DROPPABLE]),
                )
            ).all()
            for row in rows:
                dropped.append(OutboxEntry.from_row(row))
                session.delete(row)
            session.flush()
            if on_discard is not None:
                for entry in dropped:
                    on_discard(session, entry)
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
