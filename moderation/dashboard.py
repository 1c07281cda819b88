"""The moderation dashboard's figures, worked out from the local log and cache alone.

* **Pending over time**: how many comments were pending at the end of each day.
  A comment counts from the moment it was written while its state then was
  ``hold``; its state at a moment is the ``to_status`` of the last log entry on
  it up to then, else the ``from_status`` of its first entry after, else its
  state now (a comment nobody decided on here kept the state it has). Changes
  made on the site by others and never logged here are not seen.
* **Oldest pending**: when the comment waiting longest was written.
* **Decisions per moderator per day**: log entries that decide (approve, reject,
  spam, back to pending, restore, keep as is), by moderator and local day.
* **Rejection reasons**: the rule reasons of the comments rejected (trash or
  spam) in the period and still rejected, one count per kind of reason
  ("none" without one).
* **Busiest articles**: the articles with most comments written in the period.

Everything here is plain Python over plain rows; it runs in the background.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, or_, select

from moderation.journal import AUTOMATIC, LogAction
from moderation.rules import reasons_from_json
from moderation.statuses import REJECTED_STATUSES, Status
from storage.database import Store
from storage.models import CachedComment, CommentPost, ModerationLogEntry, utc_now

#: Log actions that count as a moderator's decision.
DECIDING = frozenset(
    {
        LogAction.APPROVE.value,
        LogAction.TRASH.value,
        LogAction.SPAM.value,
        LogAction.UNAPPROVE.value,
        LogAction.RESTORE.value,
        LogAction.REVIEW.value,
    }
)
REJECTING = frozenset({LogAction.TRASH.value, LogAction.SPAM.value})
NO_REASON = "none"
BUSIEST_SHOWN = 8


@dataclass(frozen=True)
class Dashboard:
    """The dashboard's figures over the last ``len(days)`` days."""

    now: datetime
    days: tuple[date, ...]
    pending_by_day: tuple[int, ...]  # pending at the end of each day (now, for today)
    oldest_pending: datetime | None
    decisions: dict[str, dict[date, int]]  # moderator → day → decisions
    rejection_reasons: tuple[tuple[str, int], ...]  # rule kind (or "none"), comments
    busiest_articles: tuple[tuple[int, str, int], ...]  # post id, title, comments

    @property
    def oldest_pending_minutes(self) -> int | None:
        """How long the comment waiting longest has waited, in minutes."""
        if self.oldest_pending is None:
            return None
        return max(int((self.now - self.oldest_pending).total_seconds() // 60), 0)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def day_ends(days: int, now: datetime, zone: tzinfo) -> list[tuple[date, datetime]]:
    """The last *days* local days up to *now*, each with the moment it ends (now for today)."""
    today = now.astimezone(zone).date()
    ends: list[tuple[date, datetime]] = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        end = datetime.combine(day + timedelta(days=1), time(), zone)
        ends.append((day, min(end, now)))
    return ends


def status_at(moment: datetime, current: str, entries: list[tuple[datetime, str, str]]) -> str:
    """A comment's state at *moment*, from its log *entries* (time, from, to; oldest first)."""
    before = [to for created, _from, to in entries if created <= moment]
    if before:
        return before[-1]
    after = [source for created, source, _to in entries if created > moment]
    return after[0] if after else current


def compute_dashboard(
    store: Store,
    site_id: int,
    *,
    days: int = 14,
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> Dashboard:
    """The dashboard of *site_id* over the last *days* days (local days of *zone*)."""
    now = now or utc_now()
    zone = zone or datetime.now().astimezone().tzinfo or UTC
    ends = day_ends(days, now, zone)
    start = datetime.combine(ends[0][0], time(), zone)
    log = ModerationLogEntry
    with store.session() as session:
        moves: dict[int, list[tuple[datetime, str, str]]] = defaultdict(list)
        decided: dict[str, dict[date, int]] = defaultdict(lambda: defaultdict(int))
        rejected: set[int] = set()
        for comment_id, created, action, source, target, moderator in session.execute(
            select(
                log.comment_id,
                log.created_at,
                log.action,
                log.from_status,
                log.to_status,
                log.moderator,
            )
            .where(log.site_id == site_id)
            .order_by(log.id)
        ):
            created = _utc(created)
            if comment_id is not None and target and source != target:
                moves[comment_id].append((created, source, target))
            if start <= created <= now and action in DECIDING:
                decided[moderator][created.astimezone(zone).date()] += 1
            if start <= created <= now and action in REJECTING and comment_id is not None:
                rejected.add(comment_id)
        pending = [0] * len(ends)
        rows = session.execute(
            select(CachedComment.id, CachedComment.date_gmt, CachedComment.status).where(
                CachedComment.site_id == site_id,
                CachedComment.date_gmt <= now,
                or_(
                    CachedComment.status == Status.HOLD.value,
                    CachedComment.id.in_(
                        select(log.comment_id).where(log.site_id == site_id).scalar_subquery()
                    ),
                ),
            )
        )
        for comment_id, written, current in rows:
            written = _utc(written)
            entries = moves.get(comment_id, [])
            for index, (_day, end) in enumerate(ends):
                if written <= end and status_at(end, current, entries) == Status.HOLD.value:
                    pending[index] += 1
        oldest = session.execute(
            select(func.min(CachedComment.date_gmt)).where(
                CachedComment.site_id == site_id, CachedComment.status == Status.HOLD.value
            )
        ).scalar_one()
        reasons: Counter[str] = Counter()
        for chunk in _chunks(sorted(rejected)):
            for flags, status in session.execute(
                select(CachedComment.flags_json, CachedComment.status).where(
                    CachedComment.id.in_(chunk)
                )
            ):
                if status not in REJECTED_STATUSES:  # taken back since
                    continue
                kinds = {reason.kind.value for reason in reasons_from_json(flags)}
                reasons.update(kinds or {NO_REASON})
        busiest = session.execute(
            select(CachedComment.post_id, func.count(), func.coalesce(CommentPost.title, ""))
            .outerjoin(
                CommentPost,
                (CommentPost.site_id == CachedComment.site_id)
                & (CommentPost.remote_id == CachedComment.post_id),
            )
            .where(
                CachedComment.site_id == site_id,
                CachedComment.date_gmt >= start,
                CachedComment.date_gmt <= now,
            )
            .group_by(CachedComment.post_id)
            .order_by(func.count().desc(), CachedComment.post_id)
            .limit(BUSIEST_SHOWN)
        ).all()
    return Dashboard(
        now=now,
        days=tuple(day for day, _end in ends),
        pending_by_day=tuple(pending),
        oldest_pending=_utc(oldest) if oldest is not None else None,
        decisions={name: dict(by_day) for name, by_day in sorted(decided.items())},
        rejection_reasons=tuple(sorted(reasons.items(), key=lambda item: (-item[1], item[0]))),
        busiest_articles=tuple((post, title, int(count)) for post, count, title in busiest),
    )


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def dashboard_csv(dashboard: Dashboard) -> str:
    """The dashboard as CSV: one figure a line (section, key, day, value), UTF-8 text.

    Names and titles are written as they are; a cell starting with ``=``, ``+``,
    ``-`` or ``@`` gets a leading apostrophe so a spreadsheet never runs it.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "key", "day", "value"])
    for day, count in zip(dashboard.days, dashboard.pending_by_day, strict=True):
        writer.writerow(["pending", "", day.isoformat(), count])
    minutes = dashboard.oldest_pending_minutes
    writer.writerow(["oldest_pending_minutes", "", "", "" if minutes is None else minutes])
    for moderator, by_day in dashboard.decisions.items():
        for day in dashboard.days:
            if by_day.get(day):
                name = _safe(moderator) if moderator != AUTOMATIC else "(rules)"
                writer.writerow(["decisions", name, day.isoformat(), by_day[day]])
    for kind, count in dashboard.rejection_reasons:
        writer.writerow(["rejection_reason", kind, "", count])
    for post_id, title, count in dashboard.busiest_articles:
        writer.writerow(["article", _safe(f"#{post_id} {title}".strip()), "", count])
    return out.getvalue()


def _safe(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@") else cell
