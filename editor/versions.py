"""Every version of an interview, kept locally: writing, listing, reading and pruning.

**What is kept.** Every save writes a version, in the same transaction as the
save itself (:meth:`VersionKeeper.record_in`):

- *autosave*: autosaves are coalesced into windows of :data:`COALESCE_WINDOW`
  (5 minutes). A window opens with the first autosave after the newest version
  was closed; each later autosave less than 5 minutes after the window opened
  *replaces* the window's version (so it always holds the latest state of that
  window), and the first one 5 minutes or more after the opening starts a new
  version. So there is at most one autosave version per 5 minutes of editing.
  An autosave identical to the newest version adds nothing.
- *publish*: one at each "Publish" (the document exactly as it was queued).
- *site*: one at each "take the site's version" (the document as taken).

A publish or site version closes the window: the next autosave starts a new one.

**How it is stored.** The document's JSON (as the interview row holds it) is
zlib-compressed. Most versions of an interview differ in a few words, so a
version is compressed with a *base* (the interview's newest full version) as
zlib's preset dictionary: a delta of a few hundred bytes instead of kilobytes.
A version is a full one (no base) when it is the first, or when its delta
would not be under half the full size. Reading any version takes at most two
decompressions (no chains). zlib looks back 32 KiB only, so deltas work best
for documents under about 32 KiB of JSON (a long interview); longer ones still
compress, less well. ``benchmarks/bench_versions.py`` measures the sizes.

**Pruning** (:func:`versions_to_prune`, run in the background by the app):

- publish and site versions are always kept, and so are the newest
  :data:`KEEP_NEWEST` versions of each interview;
- every version from the last 24 hours is kept;
- from 24 hours to 7 days old: the newest of each hour;
- from 7 to 30 days old: the newest of each day;
- older: the newest of each week.

A deleted version that was the base of others hands that role on: the oldest
remaining of them becomes a full version and the rest are re-encoded against it.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from editor.document import InterviewDocument
from storage.database import Store
from storage.models import Interview, InterviewVersion, utc_now

COALESCE_WINDOW = timedelta(minutes=5)
KEEP_NEWEST = 10
_LEVEL = 9
_DELTA_WORTH = 0.5  # a delta is kept only when under half of the full compressed size

Clock = Callable[[], datetime]


class VersionKind(enum.StrEnum):
    """Why a version was kept."""

    AUTOSAVE = "autosave"
    PUBLISH = "publish"
    SITE = "site"


class VersionDamaged(ValueError):
    """A kept version cannot be read back (its data is damaged or its base is gone)."""


@dataclass(frozen=True)
class VersionSummary:
    """One line of the versions list (without the document)."""

    id: int
    kind: VersionKind
    saved_at: datetime
    author: str
    title: str
    word_count: int


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _digest(payload: bytes) -> str:
    return hashlib.sha1(payload, usedforsecurity=False).hexdigest()


def _compress(payload: bytes, base: bytes | None) -> bytes:
    if base is None:
        return zlib.compress(payload, _LEVEL)
    packer = zlib.compressobj(_LEVEL, zdict=base)
    return packer.compress(payload) + packer.flush()


def _decompress(data: bytes, base: bytes | None) -> bytes:
    if base is None:
        return zlib.decompress(data)
    unpacker = zlib.decompressobj(zdict=base)
    return unpacker.decompress(data) + unpacker.flush()


def _payload(session: Session, row: InterviewVersion) -> bytes:
    """The JSON bytes of a stored version."""
    if row.base_id is None:
        return _decompress(row.data, None)
    base = session.get(InterviewVersion, row.base_id)
    if base is None or base.base_id is not None:
        raise LookupError(f"version {row.id} lost its base {row.base_id}")
    return _decompress(row.data, _decompress(base.data, None))


def _encode(session: Session, row: InterviewVersion, payload: bytes) -> None:
    """Store *payload* in *row*: as a delta against the newest full version, or full."""
    full = _compress(payload, None)
    base = session.scalars(
        select(InterviewVersion)
        .where(
            InterviewVersion.interview_id == row.interview_id,
            InterviewVersion.base_id.is_(None),
            InterviewVersion.id != (row.id or 0),  # not itself when re-encoded
        )
        .order_by(InterviewVersion.saved_at.desc(), InterviewVersion.id.desc())
        .limit(1)
    ).first()
    if base is not None:
        delta = _compress(payload, _decompress(base.data, None))
        if len(delta) < len(full) * _DELTA_WORTH:
            row.base_id, row.data = base.id, delta
            return
    row.base_id, row.data = None, full


def _others(session: Session, row: InterviewVersion) -> list[InterviewVersion]:
    return list(
        session.scalars(
            select(InterviewVersion).where(
                InterviewVersion.interview_id == row.interview_id, InterviewVersion.id != row.id
            )
        )
    )


def _has_dependents(session: Session, row: InterviewVersion) -> bool:
    return (
        session.scalars(
            select(InterviewVersion.id).where(InterviewVersion.base_id == row.id).limit(1)
        ).first()
        is not None
    )


class VersionKeeper:
    """Writes versions (inside a caller's transaction), with an injectable clock."""

    def __init__(self, author: Callable[[], str] | None = None, clock: Clock = utc_now) -> None:
        """*author* names who edits (the site account's user, else the computer's user)."""
        self._author = author or getpass.getuser
        self._clock = clock

    def author(self) -> str:
        """Who the versions written now are by."""
        try:
            return self._author()
        except Exception:  # a name is a nicety: never fail a save over it
            return ""

    def record_in(self, session: Session, row: Interview, kind: VersionKind) -> None:
        """Keep *row*'s document (as just written) as a version of *kind*; see the module doc."""
        payload = row.document_json.encode("utf-8")
        digest = _digest(payload)
        now = _utc(self._clock())
        newest = session.scalars(
            select(InterviewVersion)
            .where(InterviewVersion.interview_id == row.id)
            .order_by(InterviewVersion.saved_at.desc(), InterviewVersion.id.desc())
            .limit(1)
        ).first()
        if kind is VersionKind.AUTOSAVE and newest is not None:
            if newest.digest == digest:
                return  # nothing new since the newest version
            opened = _utc(newest.started_at)
            if newest.kind == VersionKind.AUTOSAVE.value and now - opened < COALESCE_WINDOW:
                if newest.base_id is None and _has_dependents(session, newest):
                    _hand_on_base(session, newest, _others(session, newest))
                newest.saved_at, newest.digest = now, digest
                newest.title, newest.word_count = row.title, row.word_count
                _encode(session, newest, payload)
                return
        version = InterviewVersion(
            interview_id=row.id,
            kind=kind.value,
            started_at=now,
            saved_at=now,
            author=self.author(),
            title=row.title,
            word_count=row.word_count,
            digest=digest,
        )
        _encode(session, version, payload)
        session.add(version)


class VersionStore:
    """Reads and prunes kept versions; each method is one short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def summaries(self, interview_id: int) -> list[VersionSummary]:
        """The interview's versions, newest first."""
        with self._store.session() as session:
            rows = session.execute(
                select(
                    InterviewVersion.id,
                    InterviewVersion.kind,
                    InterviewVersion.saved_at,
                    InterviewVersion.author,
                    InterviewVersion.title,
                    InterviewVersion.word_count,
                )
                .where(InterviewVersion.interview_id == interview_id)
                .order_by(InterviewVersion.saved_at.desc(), InterviewVersion.id.desc())
            ).all()
        return [
            VersionSummary(
                id=r.id,
                kind=VersionKind(r.kind),
                saved_at=_utc(r.saved_at),
                author=r.author,
                title=r.title,
                word_count=r.word_count,
            )
            for r in rows
        ]

    def document(self, version_id: int) -> InterviewDocument:
        """The interview as version *version_id* holds it.

        Raises :class:`VersionDamaged` when it is gone or cannot be read back.
        """
        with self._store.session() as session:
            row = session.get(InterviewVersion, version_id)
            if row is None:
                raise VersionDamaged(f"version {version_id} is gone")
            try:
                payload = _payload(session, row)
                return InterviewDocument.from_dict(json.loads(payload))
            except (zlib.error, LookupError, ValueError, RecursionError) as error:
                raise VersionDamaged(f"version {version_id}: {error}") from None

    def prune(
        self,
        now: datetime | None = None,
        interview_ids: Iterable[int] | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> int:
        """Apply the pruning policy to every interview (or to *interview_ids*); how many went.

        One short transaction per interview; *stop* is asked between them (quitting).
        """
        now = _utc(now or utc_now())
        removed = 0
        with self._store.session() as session:
            ids = (
                list(interview_ids)
                if interview_ids is not None
                else list(session.scalars(select(InterviewVersion.interview_id).distinct()))
            )
        for interview_id in ids:
            if stop():
                break
            with self._store.transaction() as session:
                removed += prune_in(session, interview_id, now)
        return removed


def prune_in(session: Session, interview_id: int, now: datetime) -> int:
    """Prune one interview's versions (see the module doc); how many were deleted."""
    rows = list(
        session.scalars(
            select(InterviewVersion)
            .where(InterviewVersion.interview_id == interview_id)
            .order_by(InterviewVersion.saved_at.desc(), InterviewVersion.id.desc())
        )
    )
    doomed = versions_to_prune([(r.id, VersionKind(r.kind), _utc(r.saved_at)) for r in rows], now)
    if not doomed:
        return 0
    by_id = {r.id: r for r in rows}
    for row_id in doomed:
        row = by_id[row_id]
        if row.base_id is None:
            _hand_on_base(session, row, [r for r in rows if r.id not in doomed])
    session.execute(delete(InterviewVersion).where(InterviewVersion.id.in_(doomed)))
    return len(doomed)


def _hand_on_base(
    session: Session, base: InterviewVersion, survivors: Sequence[InterviewVersion]
) -> None:
    """*base* goes: its oldest surviving dependent becomes full, the others deltas of it."""
    dependents = sorted(
        (r for r in survivors if r.base_id == base.id), key=lambda r: (r.saved_at, r.id)
    )
    if not dependents:
        return
    base_payload = _decompress(base.data, None)
    payloads = {r.id: _decompress(r.data, base_payload) for r in dependents}
    heir, rest = dependents[0], dependents[1:]
    heir.base_id, heir.data = None, _compress(payloads[heir.id], None)
    heir_payload = payloads[heir.id]
    for row in rest:
        row.base_id, row.data = heir.id, _compress(payloads[row.id], heir_payload)
    session.flush()


def versions_to_prune(
    versions: Sequence[tuple[int, VersionKind, datetime]], now: datetime
) -> set[int]:
    """The ids the pruning policy drops from one interview's *versions* (id, kind, saved at)."""
    ordered = sorted(versions, key=lambda v: (v[2], v[0]), reverse=True)
    keep: set[int] = {v[0] for v in ordered[:KEEP_NEWEST]}
    seen_buckets: set[tuple[str, int]] = set()
    doomed: set[int] = set()
    for version_id, kind, saved_at in ordered:
        age = now - saved_at
        bucket = _bucket(saved_at, age)
        if kind is not VersionKind.AUTOSAVE or version_id in keep or bucket is None:
            if bucket is not None:
                seen_buckets.add(bucket)
            continue
        if bucket in seen_buckets:
            doomed.add(version_id)
        else:
            seen_buckets.add(bucket)  # the newest of its hour/day/week stays
    return doomed


def _bucket(saved_at: datetime, age: timedelta) -> tuple[str, int] | None:
    """The period a version of *age* is thinned to (None: the last 24 hours, all kept)."""
    stamp = int(saved_at.timestamp())
    if age <= timedelta(hours=24):
        return None
    if age <= timedelta(days=7):
        return ("hour", stamp // 3600)
    if age <= timedelta(days=30):
        return ("day", stamp // 86400)
    return ("week", stamp // (7 * 86400))
