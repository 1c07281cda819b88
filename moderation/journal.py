"""The moderation log: who decided what on which comment, and when.

Entries are written in the same transaction as the change they describe, so the
log never claims a decision the cache does not hold (or the reverse).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, cast

from sqlalchemy import ColumnElement, Row, Select, Table, func, insert, select
from sqlalchemy.orm import Session

from storage.database import Store
from storage.models import CachedComment, ModerationLogEntry, utc_now

#: The moderator name of decisions taken by a rule's automatic action.
AUTOMATIC = ""
#: The moderator name of what another moderator did on the site (found when sending).
SITE = "(site)"


class LogAction(enum.StrEnum):
    """What a log entry records (the first five are :class:`moderation.statuses.Action`)."""

    APPROVE = "approve"
    TRASH = "trash"
    SPAM = "spam"
    UNAPPROVE = "unapprove"
    RESTORE = "restore"
    UNDO = "undo"  # a decision taken back
    REPLY = "reply"  # a reply written as the newspaper
    KEEP_SITE = "keep_site"  # after a conflict, the site's decision was kept
    CONFLICT = "conflict"  # someone changed it on the site: the decision was not sent
    REVIEW = "review"  # a flagged comment looked at and kept as it is (local only)
    TRUST = "trust"  # the author's next comments are approved on pull (note: on / off)


class LoggedComment(Protocol):
    """What a log entry needs of its comment (an ORM row or a plain copy)."""

    @property
    def id(self) -> int:
        """The local comment id."""
        ...

    @property
    def remote_id(self) -> int:
        """The comment's id on the site."""
        ...


@dataclass(frozen=True)
class LogEntry:
    """One line of the moderation log, with the comment it is about."""

    id: int
    created_at: datetime
    moderator: str
    action: LogAction
    from_status: str
    to_status: str
    note: str
    comment_id: int | None
    remote_comment_id: int
    author_name: str
    excerpt: str


def record(
    session: Session,
    *,
    site_id: int,
    comment: LoggedComment,
    moderator: str,
    action: LogAction,
    from_status: str = "",
    to_status: str = "",
    note: str = "",
) -> None:
    """Add an entry in the caller's transaction (one INSERT, at once)."""
    session.execute(
        _INSERT,
        {
            "site_id": site_id,
            "comment_id": comment.id,
            "remote_comment_id": comment.remote_id,
            "moderator": moderator,
            "action": action.value,
            "from_status": from_status,
            "to_status": to_status,
            "note": note,
            "created_at": utc_now(),
        },
    )


#: Built once (a decision on the GUI thread writes an entry).
_INSERT = insert(cast(Table, ModerationLogEntry.__table__))


@dataclass(frozen=True)
class LogQuery:
    """Which log entries to list: by moderator, action and time (None: any)."""

    moderator: str | None = None
    action: LogAction | None = None
    since: datetime | None = None
    until: datetime | None = None

    def conditions(self, site_id: int) -> list[ColumnElement[bool]]:
        """The WHERE conditions of this query on the log of *site_id*."""
        entry = ModerationLogEntry
        found: list[ColumnElement[bool]] = [entry.site_id == site_id]
        if self.moderator is not None:
            found.append(entry.moderator == self.moderator)
        if self.action is not None:
            found.append(entry.action == self.action.value)
        if self.since is not None:
            found.append(entry.created_at >= self.since)
        if self.until is not None:
            found.append(entry.created_at < self.until)
        return found


def log_count(store: Store, site_id: int, query: LogQuery | None = None) -> int:
    """How many entries the log of *site_id* has (those *query* selects)."""
    with store.session() as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(ModerationLogEntry)
                .where(*(query or LogQuery()).conditions(site_id))
            ).scalar_one()
        )


def log_moderators(store: Store, site_id: int) -> list[str]:
    """Everyone who has an entry in the log of *site_id*, in name order."""
    with store.session() as session:
        return sorted(
            session.scalars(
                select(ModerationLogEntry.moderator)
                .where(ModerationLogEntry.site_id == site_id)
                .distinct()
            )
        )


def log_page(
    store: Store,
    site_id: int,
    *,
    offset: int = 0,
    limit: int = 200,
    query: LogQuery | None = None,
) -> list[LogEntry]:
    """Entries of *site_id* (those *query* selects), newest first."""
    statement = (
        _entry_columns()
        .outerjoin(CachedComment, CachedComment.id == ModerationLogEntry.comment_id)
        .where(*(query or LogQuery()).conditions(site_id))
        .order_by(ModerationLogEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )
    with store.session() as session:
        return [_entry(row) for row in session.execute(statement)]


def entries_for_comment(store: Store, comment_id: int) -> Sequence[LogEntry]:
    """Every entry about one comment, oldest first."""
    statement = (
        _entry_columns()
        .outerjoin(CachedComment, CachedComment.id == ModerationLogEntry.comment_id)
        .where(ModerationLogEntry.comment_id == comment_id)
        .order_by(ModerationLogEntry.id)
    )
    with store.session() as session:
        return [_entry(row) for row in session.execute(statement)]


def _entry_columns() -> Select[*tuple[Any, ...]]:
    return select(
        ModerationLogEntry.id,
        ModerationLogEntry.created_at,
        ModerationLogEntry.moderator,
        ModerationLogEntry.action,
        ModerationLogEntry.from_status,
        ModerationLogEntry.to_status,
        ModerationLogEntry.note,
        ModerationLogEntry.comment_id,
        ModerationLogEntry.remote_comment_id,
        CachedComment.author_name,
        CachedComment.excerpt,
    )


def _entry(row: Row[Any]) -> LogEntry:
    values = row._mapping
    created = values["created_at"]
    return LogEntry(
        id=values["id"],
        created_at=created if created.tzinfo else created.replace(tzinfo=UTC),
        moderator=values["moderator"],
        action=LogAction(values["action"]),
        from_status=values["from_status"],
        to_status=values["to_status"],
        note=values["note"],
        comment_id=values["comment_id"],
        remote_comment_id=values["remote_comment_id"],
        author_name=values["author_name"] or "",
        excerpt=values["excerpt"] or "",
    )
