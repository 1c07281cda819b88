"""Sending the outbox: one item after another, each through the handler of its kind.

A *handler* is a plain function ``handler(job)`` that makes the item happen on
the site and stores every remote id the moment it learns it (through
``job.save_progress`` or its own table), so that running it again after a crash
never creates anything twice. Handlers live with their feature
(``editor.publishing``, ``moderation.sending``) and are handed to
:func:`drain` by the application, so ``portal/`` never imports a feature.

What happens to an item after its handler:

- returns: ``done``;
- raises :class:`OutboxConflict`: ``conflict`` (someone else changed it on the site);
- raises :class:`~portal.errors.AuthenticationFailed` (401: the password is
  wrong or was revoked): back to ``pending`` with that reason, and so are the
  site's other due items; the pass stops at this first 401 (every request would
  get one) and the items go out by themselves once the password works;
- raises a retryable :class:`~portal.errors.SiteError` (network, timeout, 5xx,
  429): back to ``pending`` with exponential backoff (429's Retry-After is
  honoured); when the site is unreachable, draining stops: we are offline;
- raises any other :class:`~portal.errors.SiteError` (4xx): ``failed``, with the
  site's message, until a person retries or discards it;
- raises anything else (a bug): ``failed`` with a short note, and the log has it.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication

from portal.errors import (
    AuthenticationFailed,
    RateLimited,
    SiteError,
    SiteTimeout,
    SiteUnreachable,
    error_record,
)
from portal.outbox import Outbox, OutboxEntry, OutboxState, Payload
from storage.changes import Changes, outbox_changes
from storage.database import Store
from storage.known_error import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 2.0
BACKOFF_MAX_S = 15 * 60.0
HANDLER_BUG = QT_TRANSLATE_NOOP(
    "Outbox", "An unexpected problem stopped this change; the details are in the log."
)
"""What an item a handler failed on by a bug keeps as its reason (never the class name)."""


class OutboxConflict(Exception):
    """Raised by a handler when the site's copy changed since we last saw it.

    ``remote`` holds what the user needs to decide (the site's title, text and
    ``modified_gmt``); it is stored in the item's payload under ``"conflict"``.
    """

    def __init__(self, message: str, remote: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.message = message
        self.remote = dict(remote)


class Progress(Protocol):
    """What :func:`drain` needs of a background task's context."""

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        ...

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        """Tell the user how far we are."""
        ...


@dataclass
class Job:
    """One item being sent, with what its handler needs."""

    entry: OutboxEntry
    client: WordPressClient
    store: Store
    outbox: Outbox
    payload: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.payload = dict(self.entry.payload)

    def save_progress(self, **changes: Any) -> None:
        """Remember (durably, at once) what was learnt half-way, e.g. an uploaded media id."""
        self.payload.update(changes)
        self.outbox.save_progress(self.entry.id, self.payload)

    def save_payload(self, payload: Payload) -> None:
        """Like :meth:`save_progress`, with the kind's whole typed payload."""
        self.payload = payload.to_json()
        self.outbox.save_progress(self.entry.id, self.payload)


Handler = Callable[[Job], None]


@dataclass
class DrainReport:
    """What one pass over the outbox did."""

    sent: int = 0
    failed: int = 0
    conflicts: int = 0
    postponed: int = 0
    offline_reason: str | None = None
    #: The site refused the password (401): why, in the site's words; the rest waits for it.
    password_refused: str | None = None
    cancelled: bool = False
    errors: list[str] = field(default_factory=list)
    #: The subject types (``interview``, ``comment``) of the items this pass changed.
    touched: set[str] = field(default_factory=set)
    #: Items failed on a refused password were put back to wait (the outbox changed).
    resumed: int = 0

    @property
    def changes(self) -> Changes:
        """What the pass changed locally: the outbox, and what its items stand for."""
        return outbox_changes(self.touched) | Changes(outbox=self.resumed > 0)

    @property
    def offline(self) -> bool:
        """The site could not be reached; the rest waits for the next pass."""
        return self.offline_reason is not None

    @property
    def all_sent(self) -> bool:
        """Nothing failed, conflicted, was postponed or stopped."""
        return not (
            self.failed
            or self.conflicts
            or self.postponed
            or self.offline
            or self.password_refused
            or self.cancelled
        )


def backoff_delay(attempts: int, retry_after: float | None = None) -> timedelta:
    """How long to wait before attempt ``attempts + 1``: 2 s, 4 s, 8 s … up to 15 min.

    A site's Retry-After wins when it asks for longer. A little jitter keeps
    several desks from knocking at the same moment.
    """
    delay = min(BACKOFF_BASE_S * (2 ** max(attempts - 1, 0)), BACKOFF_MAX_S)
    delay *= random.uniform(0.8, 1.2)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return timedelta(seconds=delay)


def drain(
    store: Store,
    client: WordPressClient,
    site_id: int,
    handlers: Mapping[str, Handler],
    progress: Progress | None = None,
    *,
    max_items: int | None = None,
    on_changes: Callable[[Changes], None] | None = None,
) -> DrainReport:
    """Send every due item of *site_id*, oldest first.

    Stops when offline, when the site refuses the password, or when cancelled.
    *on_changes* (called on this thread) hears each change to the outbox as it
    happens: items put back to wait, an item taken to be sent, an item's outcome
    (with what its subject stands for); ``report.changes`` sums them up.
    """

    def tell(changes: Changes) -> None:
        if changes and on_changes is not None:
            on_changes(changes)

    outbox = Outbox(store)
    report = DrainReport()
    report.resumed = outbox.resume_refused(site_id)
    tell(Changes(outbox=report.resumed > 0))
    total = outbox.counts(site_id)[OutboxState.PENDING]
    done = 0
    tried: set[int] = set()  # one attempt per item per pass: backoff decides the next
    while max_items is None or done < max_items:
        if progress is not None and progress.cancelled:
            report.cancelled = True
            break
        entry = outbox.claim_next(site_id, exclude=tried)
        if entry is None:
            break
        tried.add(entry.id)
        report.touched.add(entry.subject_type)
        done += 1
        if progress is not None:
            progress.report_progress(done, max(total, done), entry.kind)
        tell(Changes(outbox=True))  # "sending…"
        _send_one(Job(entry, client, store, outbox), handlers, report)
        tell(outbox_changes({entry.subject_type}))
        if report.offline or report.password_refused:
            break
    return report


def _send_one(job: Job, handlers: Mapping[str, Handler], report: DrainReport) -> None:
    entry, outbox = job.entry, job.outbox
    handler = handlers.get(entry.kind)
    if handler is None:
        outbox.fail(entry.id, f"Newsdesk does not know how to send '{entry.kind}'.")
        report.failed += 1
        return
    try:
        handler(job)
    except OutboxConflict as conflict:
        outbox.mark_conflict(
            entry.id, conflict.message, {**job.payload, "conflict": conflict.remote}
        )
        report.conflicts += 1
    except AuthenticationFailed as error:
        outbox.wait_for_password(entry.site_id, entry.id, error_record(error))
        report.postponed += 1
        report.password_refused = error.user_message
    except SiteError as error:
        if error.retryable:
            retry_after = error.retry_after if isinstance(error, RateLimited) else None
            outbox.retry_later(
                entry.id, error_record(error), backoff_delay(entry.attempts, retry_after)
            )
            report.postponed += 1
            if isinstance(error, SiteUnreachable | SiteTimeout):
                report.offline_reason = error.user_message
        else:
            outbox.fail(entry.id, error_record(error))
            report.failed += 1
            report.errors.append(error.user_message)
    except Exception:  # a bug in a handler must not stop the queue or lose the item
        log.exception("Outbox handler for %s failed", entry.kind)
        outbox.fail(entry.id, HANDLER_BUG)  # English; translated where it is shown
        report.failed += 1
        report.errors.append(QCoreApplication.translate("Outbox", HANDLER_BUG))
    else:
        outbox.complete(entry.id)
        report.sent += 1
