"""Pulling a site's comments into the local cache: a full pull first, then incremental ones.

WordPress cannot list comments "modified since" (comments have no modified
date), nor "with an id above N". So:

* **Full pull** (the first time, after a cancelled full pull, and every
  :data:`FULL_PULL_EVERY` days): every comment in every state the account may
  see (``status=any``, ``context=edit``), paged by id ascending, 100 a page, one
  transaction per page. Ordering by id keeps the pages stable while readers
  keep commenting (new comments land on the last page). At the end, cached
  comments the pull did not see were deleted for good on the site and leave the
  cache too (unless a decision on them still waits to be sent).
* **Incremental pull**: the comments *dated* after ``last pull start −
  recheck window`` (3 days by default), same paging. That brings every comment
  written since the last pull (their ids are above the highest we know) *and*
  the recent comments again, so a status changed on the site (another
  moderator approved or spammed it) is seen. The trade-off: a status change
  made on the site to a comment older than the window, or a comment inserted
  with an old date (an import), is only seen by the next full pull; a wider
  window costs more requests on every pull. The window is counted on our clock
  against the site's dates, so clock skew below the window is harmless.

The app runs one pull of a site's comments at a time: the Comments page's pulls
and the background sync's go through one scheduler (``shell.sync_controller``),
since a full pull running alongside another would drop what the other had just
stored. Memory stays flat whatever the total:
one page is held at a time. The pull checks the task's cancellation between
pages; everything stored up to then stays.

Article titles are fetched once per article and kept in ``comment_posts``,
100 articles a request (``GET /wp/v2/posts?include=…``, see
:meth:`~portal.wordpress.WordPressClient.get_posts`): articles met on the comment
pages are collected across pages and asked for whenever 100 are waiting, the
rest at the end, so a first pull over N articles costs ``ceil(N / 100)`` title
requests. Drafts and scheduled posts come too where the account may edit posts;
an account that may only moderate gets the published ones. An article the site
does not return (deleted, trashed, not readable) is remembered untitled. Titles
a cancelled or failed pull did not get come with the next pull, which goes over
the same comments again (an unfinished pull does not move the dates on).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from moderation.authors import remember_account_user
from moderation.cache import Progress, known_post_ids, store_page, store_post
from moderation.decisions import SUBJECT
from moderation.settings import load_rules
from portal.accounts import SiteAccount
from portal.errors import PermissionDenied, SiteError
from portal.outbox import subjects_waiting
from portal.remote import RemotePost
from portal.sync import Pulled
from storage.changes import Changes
from storage.database import Store
from storage.models import CachedComment, CommentSyncState, utc_now

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

RECHECK_WINDOW = timedelta(days=3)
FULL_PULL_EVERY = timedelta(days=7)
PER_PAGE = 100


@dataclass
class PullReport:
    """What one pull did."""

    full: bool
    after: datetime | None = None
    pages: int = 0
    received: int = 0
    new: int = 0
    updated: int = 0
    site_changed: int = 0
    automatic: int = 0
    trusted: int = 0
    removed: int = 0
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        """What the pull changed: the cache when it stored or removed any comment.

        Every comment received is written again (its text may have been edited on
        the site); decisions taken by rules or for trusted authors go to the outbox.
        """
        decided = bool(self.automatic or self.trusted)
        return Changes(
            comments=bool(self.received or self.removed or self.cancelled), outbox=decided
        )


@dataclass(frozen=True)
class SyncState:
    """How far a site's comments have been pulled."""

    max_remote_id: int = 0
    last_pull_started_at: datetime | None = None
    last_full_pull_at: datetime | None = None


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def sync_state(store: Store, site_id: int) -> SyncState:
    """The pull state of *site_id* (empty before the first pull)."""
    with store.session() as session:
        row = session.get(CommentSyncState, site_id)
        if row is None:
            return SyncState()
        return SyncState(
            row.max_remote_id, _utc(row.last_pull_started_at), _utc(row.last_full_pull_at)
        )


def plan_pull(
    state: SyncState,
    now: datetime,
    *,
    force_full: bool = False,
    recheck: timedelta = RECHECK_WINDOW,
    full_every: timedelta = FULL_PULL_EVERY,
) -> datetime | None:
    """The ``after`` date of the next pull, or None for a full pull."""
    if force_full or state.last_pull_started_at is None or state.last_full_pull_at is None:
        return None
    if now - state.last_full_pull_at >= full_every:
        return None
    return state.last_pull_started_at - recheck


class _Titles:
    """Articles whose titles a pull still has to fetch, asked for 100 at a time."""

    def __init__(self, store: Store, client: WordPressClient, site_id: int) -> None:
        self._store = store
        self._client = client
        self._site_id = site_id
        self._any_status = True
        self.waiting: set[int] = set()

    def add(self, post_ids: set[int]) -> None:
        """Remember the articles of *post_ids* not known yet."""
        fresh = post_ids - self.waiting
        if not fresh:
            return
        with self._store.session() as session:
            self.waiting |= fresh - known_post_ids(session, self._site_id, fresh)

    def fetch(self, *, everything: bool) -> None:
        """Fetch and store full batches of 100 (with *everything*, the last short one too)."""
        from portal.wordpress import POSTS_PER_REQUEST

        while len(self.waiting) >= POSTS_PER_REQUEST or (everything and self.waiting):
            batch = sorted(self.waiting)[:POSTS_PER_REQUEST]
            posts = {post.id: post for post in self._get(batch)}
            with self._store.transaction() as session:
                for post_id in batch:
                    store_post(session, self._site_id, post_id, posts.get(post_id))
            self.waiting.difference_update(batch)

    def _get(self, batch: list[int]) -> list[RemotePost]:
        """The posts of *batch* the site returns; none when it refuses for good."""
        try:
            if self._any_status:
                try:
                    return self._client.get_posts(batch, any_status=True)
                except PermissionDenied:
                    # may moderate comments but not edit posts: published titles only
                    self._any_status = False
            return self._client.get_posts(batch, any_status=False)
        except SiteError as error:
            if error.retryable:
                raise
            return []


def pull_comments(
    store: Store,
    client: WordPressClient,
    site_id: int,
    progress: Progress | None = None,
    *,
    force_full: bool = False,
    recheck: timedelta = RECHECK_WINDOW,
    per_page: int = PER_PAGE,
) -> PullReport:
    """Bring the cache of *site_id* up to date with the site (see the module docstring).

    Raises :class:`portal.errors.SiteError` when the site cannot be read; pages
    stored before the error stay stored.
    """
    return _pull(store, client, site_id, progress, force_full, recheck, per_page)


def _pull(
    store: Store,
    client: WordPressClient,
    site_id: int,
    progress: Progress | None,
    force_full: bool,
    recheck: timedelta,
    per_page: int,
) -> PullReport:
    started = utc_now()
    state = sync_state(store, site_id)
    after = plan_pull(state, started, force_full=force_full, recheck=recheck)
    report = PullReport(full=after is None, after=after)
    rules = load_rules(store, site_id)
    _learn_account_user(store, client, site_id)
    titles = _Titles(store, client, site_id)
    for page in client.iter_comment_pages(status=None, after=after, per_page=per_page):
        if progress is not None and progress.cancelled:
            report.cancelled = True
            break
        titles.add({c.post for c in page.comments if c.post})
        titles.fetch(everything=False)
        with store.transaction() as session:
            outcome = store_page(session, site_id, page.comments, rules, now=started)
            row = session.get(CommentSyncState, site_id)
            if row is None:
                row = CommentSyncState(site_id=site_id, max_remote_id=0)
                session.add(row)
            row.max_remote_id = max(row.max_remote_id, outcome.max_remote_id)
        report.pages += 1
        report.received += len(page.comments)
        report.new += outcome.new
        report.updated += outcome.updated
        report.site_changed += outcome.site_changed
        report.automatic += outcome.automatic
        report.trusted += outcome.trusted
        if progress is not None:
            total = page.total if page.total is not None else report.received
            progress.report_progress(report.received, max(total, report.received))
    if progress is not None and progress.cancelled:
        report.cancelled = True
    if not report.cancelled:
        titles.fetch(everything=True)
        with store.transaction() as session:
            if report.full:
                report.removed = _remove_unseen(session, site_id, started)
            row = session.get(CommentSyncState, site_id)
            if row is None:
                row = CommentSyncState(site_id=site_id, max_remote_id=0)
                session.add(row)
            row.last_pull_started_at = started
            row.last_pull_finished_at = utc_now()
            if report.full:
                row.last_full_pull_at = started
    return report


def _learn_account_user(store: Store, client: WordPressClient, site_id: int) -> None:
    """Learn which user the site account is, so that its own comments are never flagged.

    A site that will not say (an error other than a network one) leaves what was
    learnt before; a network error stops the pull as any other would.
    """
    try:
        user = client.me()
    except SiteError as error:
        if error.retryable:
            raise
        return
    if user.id > 0:
        remember_account_user(store, site_id, user.id)


def _remove_unseen(session: Session, site_id: int, started: datetime) -> int:
    """After a complete full pull: drop comments the site no longer has."""
    waiting = subjects_waiting(SUBJECT).scalar_subquery()
    gone = list(
        session.scalars(
            select(CachedComment.id).where(
                CachedComment.site_id == site_id,
                CachedComment.pulled_at < started,
                CachedComment.id.not_in(waiting),
            )
        )
    )
    for start in range(0, len(gone), 500):
        chunk = gone[start : start + 500]
        session.execute(
            text(f"DELETE FROM comment_search WHERE rowid IN ({','.join(map(str, chunk))})")
        )
        session.execute(delete(CachedComment).where(CachedComment.id.in_(chunk)))
    return len(gone)


def pull_for_sync(
    store: Store, client: WordPressClient, account: SiteAccount, progress: Progress | None
) -> Pulled:
    """A :data:`portal.sync.Puller`: pull *account*'s comments; a one-line summary."""
    report = pull_comments(store, client, account.id, progress)
    summary = QCoreApplication.translate(
        "Moderation", "Comments: {new} new, {changed} changed on the site"
    ).format(new=report.new, changed=report.site_changed)
    return Pulled(summary, report.changes)
