"""What one row of the interview list holds, with no database behind it.

The interview list is the first thing the window shows, read at start-up
before SQLAlchemy is loaded (``storage.quick_look``); so the row's types live
here, free of the ORM. :mod:`editor.repository` and :mod:`editor.site_states`
fill them from the store.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class InterviewStatus(enum.StrEnum):
    """Where an interview is in the newsroom's workflow."""

    DRAFT = "draft"
    READY = "ready"
    APPROVED = "approved"
    PUBLISHED = "published"


class SortColumn(enum.StrEnum):
    """What the interview list can be sorted by."""

    TITLE = "title"
    STATUS = "status"
    UPDATED = "updated"
    WORDS = "words"


@dataclass(frozen=True)
class InterviewSummary:
    """One row of the interview list."""

    id: int
    title: str
    status: InterviewStatus
    updated_at: datetime
    word_count: int


class SiteState(enum.StrEnum):
    """Where an interview stands on one site, as the interview list shows it."""

    NOT_SENT = "not_sent"
    WAITING = "waiting"  # a change is in the outbox
    FAILED = "failed"  # the site refused a change: a person must retry or discard
    CONFLICT = "conflict"  # changed on the site too: a person must choose
    DRAFT = "draft"
    PENDING_REVIEW = "pending"
    SCHEDULED = "future"
    PUBLISHED = "publish"
    PRIVATE = "private"
    TRASHED = "trash"  # the last pull of the site's posts found it in the trash
    DELETED = "gone"  # the last pull of the site's posts found it deleted on the site
