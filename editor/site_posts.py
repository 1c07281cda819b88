"""The site's posts in the local cache ("On the site"): pulling them, and what a draft learns.

Every post the account may see is kept in ``site_posts`` (one row per site and
post id), with its raw title and content, status, author, categories and
``modified_gmt``: the list shows it offline, and opening a post as an
interview (later) starts from the raw content.

**Pulls.** The first pull lists every post, 100 a page, lowest id first
(``status=publish,future,draft,pending,private,trash``, ``context=edit``; an
account that may not edit posts gets the published ones only). Later pulls are
*incremental*: ``modified_after`` = the site's clock when the previous pull
began (the ``Date`` header of its first answer) minus :data:`OVERLAP`. The
site's own clock is used, so a wrong clock on this computer does not matter;
the overlap covers writes in the same second, a post saved while the previous
pull ran, and the repeated hour when the site's time zone leaves summer time
(WordPress compares ``modified_after`` with the post's *local* modified time,
see :meth:`portal.wordpress.WordPressClient.iter_post_pages`). Trashing a post
changes its modified time, so a trashed post arrives with the next incremental
pull and its row moves to ``trash``. A pull stopped or failed half-way keeps
the pages it stored and does not move the date on: the next pull asks again.

**Deletions and lost updates** are caught by the **id sweep**. A post deleted
for good on the site never shows up in a ``modified_after`` listing, and a
change can slip past one (a post written with an old modified date by an
import or a plugin, a site clock set back). So every :data:`SWEEP_EVERY_PULLS`
pulls, or when the last sweep is older than :data:`SWEEP_EVERY`, the pull also
lists every post's id and ``modified_gmt`` only (``_fields=id,modified_gmt``,
about 3 KB a page of 100): a cached post the site no longer lists becomes
``gone`` (hidden from the list; kept so that a linked draft can say its post
was deleted), and a post whose modified time differs from the cached one is
fetched again (``include=…``, 100 a request). The first pull is a sweep of its
own: what it did not see is ``gone``.

**Comment counts** are not a post field in WordPress (``comments?post=ID``
costs one request per post, far too slow for 20,000 posts); the list counts the
approved comments the moderation pull already keeps (``comments`` table). A
post whose comments were never pulled shows 0.

One pull per site runs at a time; memory stays flat (one page at a time); the
task's cancellation is checked between pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from editor.categories import pull_categories
from portal.accounts import SiteAccount
from portal.errors import BadRequest, PermissionDenied, SiteError
from portal.remote import RemotePost
from portal.sync import Pulled
from storage.changes import Changes
from storage.collation import vietnamese_sort_key
from storage.database import Store
from storage.models import Publication, SitePost, SitePostAuthor, SitePostSync, utc_now
from storage.textfold import fold, strip_invisible

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

OVERLAP = timedelta(hours=2)
SWEEP_EVERY_PULLS = 10
SWEEP_EVERY = timedelta(days=1)
GONE = "gone"
"""The local status of a post the site no longer has."""

_INSERT_SEARCH = text("INSERT INTO site_post_search (rowid, title) VALUES (:id, :title)")
_DELETE_SEARCH = text("DELETE FROM site_post_search WHERE rowid = :id")


class Progress(Protocol):
    """What a pull reports to and checks (a :class:`uikit.background.TaskContext`)."""

    @property
    def cancelled(self) -> bool:
        """True once the pull should stop."""
        ...

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        """How many posts are done, of how many."""
        ...


@dataclass
class PostPullReport:
    """What one pull did."""

    full: bool
    swept: bool = False
    received: int = 0
    new: int = 0
    changed: int = 0
    trashed: int = 0
    gone: int = 0
    view_only: bool = False
    cancelled: bool = False

    @property
    def changes(self) -> Changes:
        """What the pull changed in the cache (a cancelled pull may have stored pages)."""
        touched = self.new or self.changed or self.trashed or self.gone or self.cancelled
        return Changes(site_posts=bool(touched))


def gmt_text(moment: datetime | None) -> str:
    """*moment* as the cache keeps dates: UTC ``YYYY-MM-DDTHH:MM:SS`` ("" for none)."""
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def pull_site_posts(
    store: Store,
    client: WordPressClient,
    account: SiteAccount,
    progress: Progress | None = None,
    *,
    force_sweep: bool = False,
) -> PostPullReport:
    """Bring the cache of *account*'s posts up to date (see the module docstring).

    Raises :class:`portal.errors.SiteError` when the site cannot be read; pages
    stored before the error stay stored.
    """
    return _Pull(store, client, account, progress).run(force_sweep)


class _Pull:
    """One pull of one site's posts."""

    def __init__(
        self,
        store: Store,
        client: WordPressClient,
        account: SiteAccount,
        progress: Progress | None,
    ) -> None:
        self.store = store
        self.client = client
        self.account = account
        self.site_id = account.id
        self.progress = progress
        self.started = utc_now()

    @property
    def cancelled(self) -> bool:
        return self.progress is not None and self.progress.cancelled

    def run(self, force_sweep: bool) -> PostPullReport:
        with self.store.session() as session:
            state = session.get(SitePostSync, self.site_id)
            after = _utc(state.modified_after) if state is not None else None
            view_only = bool(state.view_only) if state is not None else False
            pulls = state.pulls_since_sweep if state is not None else 0
            last_sweep = _utc(state.last_sweep_at) if state is not None else None
        report = PostPullReport(full=after is None, view_only=view_only)
        sweep = not report.full and (
            force_sweep
            or pulls + 1 >= SWEEP_EVERY_PULLS
            or last_sweep is None
            or self.started - last_sweep >= SWEEP_EVERY
        )
        self._names()
        clock = self._listing(report, None if after is None else after - OVERLAP)
        if report.cancelled or self.cancelled:
            report.cancelled = True
            return report
        if report.full:
            with self.store.transaction() as session:
                report.gone = _mark_gone(session, self.site_id, self._unseen(session))
        elif sweep:
            self._sweep(report)
            if report.cancelled:
                return report
        report.swept = report.full or sweep
        with self.store.transaction() as session:
            row = session.get(SitePostSync, self.site_id)
            if row is None:
                row = SitePostSync(site_id=self.site_id, pulls_since_sweep=0)
                session.add(row)
            row.modified_after = clock or after or self.started
            row.view_only = report.view_only
            row.last_pull_at = self.started
            if report.swept:
                row.pulls_since_sweep = 0
                row.last_sweep_at = self.started
            else:
                row.pulls_since_sweep = pulls + 1
        return report

    def _names(self) -> None:
        """Categories and authors' names: one or two requests; a refusal leaves the old ones."""
        try:
            pull_categories(self.store, self.client, self.account, None)
        except SiteError as error:
            if error.retryable:
                raise
        try:
            authors = self.client.authors()
        except SiteError as error:
            if error.retryable:
                raise
            return
        with self.store.transaction() as session:
            known = {
                a.remote_id: a
                for a in session.scalars(
                    select(SitePostAuthor).where(SitePostAuthor.site_id == self.site_id)
                )
            }
            for user in authors:
                row = known.get(user.id)
                name = strip_invisible(user.name)
                if row is None:
                    session.add(SitePostAuthor(site_id=self.site_id, remote_id=user.id, name=name))
                elif row.name != name:
                    row.name = name

    def _listing(self, report: PostPullReport, modified_after: datetime | None) -> datetime | None:
        """Page through the posts changed after *modified_after*; the site's clock at the start."""
        clock: datetime | None = None
        pages = self._pages(report, modified_after)
        for page in pages:
            if clock is None:
                clock = page.server_time or self.started
            if self.cancelled:
                report.cancelled = True
                break
            self._store(report, page.posts)
            if self.progress is not None:
                total = page.total if page.total is not None else report.received
                self.progress.report_progress(report.received, max(total, report.received))
        return clock

    def _pages(
        self, report: PostPullReport, modified_after: datetime | None
    ) -> Iterator[PostPageLike]:
        """The listing pages, falling back to published posts for an account that may not edit."""
        if not report.view_only:
            pages = self.client.iter_post_pages(modified_after=modified_after)
            try:
                first = next(pages, None)
            except (PermissionDenied, BadRequest):
                report.view_only = True
            else:
                if first is not None:
                    yield first
                    yield from pages
                return
        yield from self.client.iter_post_pages(
            statuses=("publish",), modified_after=modified_after, edit_context=False
        )

    def _store(self, report: PostPullReport, posts: Iterable[RemotePost]) -> None:
        batch = {post.id: post for post in posts}
        if not batch:
            return
        with self.store.transaction() as session:
            counts = store_posts(session, self.site_id, batch.values(), now=utc_now())
        report.received += len(batch)
        report.new += counts[0]
        report.changed += counts[1]
        report.trashed += counts[2]

    def _unseen(self, session: Session) -> list[int]:
        """Rows of this site not stored by this pull (a full pull sees every post)."""
        return list(
            session.scalars(
                select(SitePost.id).where(
                    SitePost.site_id == self.site_id,
                    SitePost.pulled_at < self.started,
                    SitePost.status != GONE,
                )
            )
        )

    def _sweep(self, report: PostPullReport) -> None:
        """List every id and modified time: drop what is gone, fetch what changed unseen."""
        stamps: dict[int, str] = {}
        listing = (
            self.client.post_stamps(statuses=("publish",), edit_context=False)
            if report.view_only
            else self.client.post_stamps()
        )
        for count, stamp in enumerate(listing, start=1):
            stamps[stamp.id] = gmt_text(stamp.modified_gmt)
            if count % 100 == 0 and self.cancelled:
                report.cancelled = True
                return
        with self.store.session() as session:
            cached = {
                remote: modified
                for remote, modified in session.execute(
                    select(SitePost.remote_id, SitePost.modified_gmt).where(
                        SitePost.site_id == self.site_id, SitePost.status != GONE
                    )
                )
            }
        missing = [remote for remote in cached if remote not in stamps]
        stale = sorted(
            remote for remote, modified in stamps.items() if cached.get(remote) != modified
        )
        from portal.wordpress import POSTS_PER_REQUEST

        for start in range(0, len(stale), POSTS_PER_REQUEST):
            if self.cancelled:
                report.cancelled = True
                return
            batch = stale[start : start + POSTS_PER_REQUEST]
            pages = (
                self.client.iter_post_pages(
                    statuses=("publish",), include=batch, edit_context=False
                )
                if report.view_only
                else self.client.iter_post_pages(include=batch)
            )
            for page in pages:
                self._store(report, page.posts)
        if missing:
            with self.store.transaction() as session:
                ids = list(
                    session.scalars(
                        select(SitePost.id).where(
                            SitePost.site_id == self.site_id, SitePost.remote_id.in_(missing)
                        )
                    )
                )
                report.gone = _mark_gone(session, self.site_id, ids)


class PostPageLike(Protocol):
    """A page of posts (:class:`portal.remote.PostPage`)."""

    @property
    def posts(self) -> tuple[RemotePost, ...]:
        """The page's posts."""
        ...

    @property
    def total(self) -> int | None:
        """How many posts the whole listing has, if the site said."""
        ...

    @property
    def server_time(self) -> datetime | None:
        """The site's clock when it answered."""
        ...


def store_posts(
    session: Session, site_id: int, posts: Iterable[RemotePost], *, now: datetime
) -> tuple[int, int, int]:
    """Insert or update *posts* in the cache: (new, changed, newly trashed)."""
    batch = {post.id: post for post in posts}
    rows = {
        row.remote_id: row
        for row in session.scalars(
            select(SitePost).where(SitePost.site_id == site_id, SitePost.remote_id.in_(batch))
        )
    }
    new = changed = trashed = 0
    for post in batch.values():
        row = rows.get(post.id)
        title = post.title
        if row is None:
            row = SitePost(site_id=site_id, remote_id=post.id, title=title)
            session.add(row)
            new += 1
        elif row.modified_gmt != gmt_text(post.modified_gmt) or row.status != post.status:
            changed += 1
        if post.status == "trash" and (row.status != "trash"):
            trashed += 1
        # a post back from "gone" (the account may see it again) is searchable again
        title_changed = row.id is None or row.title != title or row.status == GONE
        row.title = title
        row.title_sort = vietnamese_sort_key(strip_invisible(title))
        row.slug = post.slug
        row.status = post.status[:16]
        row.author_id = post.author
        row.categories = "," + ",".join(map(str, post.categories)) + "," if post.categories else ""
        row.date_gmt = gmt_text(post.date_gmt)
        row.modified_gmt = gmt_text(post.modified_gmt)
        row.link = post.link
        row.content = post.content
        row.comment_status = post.comment_status[:16]
        row.pulled_at = now
        if title_changed:
            session.flush()
            session.execute(_DELETE_SEARCH, {"id": row.id})
            session.execute(_INSERT_SEARCH, {"id": row.id, "title": fold(strip_invisible(title))})
    return new, changed, trashed


def _mark_gone(session: Session, site_id: int, ids: list[int]) -> int:
    """Mark the rows *ids* as gone from the site (and out of the search index)."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            update(SitePost)
            .where(SitePost.site_id == site_id, SitePost.id.in_(chunk))
            .values(status=GONE)
        )
        session.execute(
            text(f"DELETE FROM site_post_search WHERE rowid IN ({','.join(map(str, chunk))})")
        )
    return len(ids)


def _utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def pull_posts_for_sync(
    store: Store, client: WordPressClient, account: SiteAccount, progress: Progress | None
) -> Pulled:
    """A :data:`portal.sync.Puller`: an incremental pull once the editor has pulled once.

    The first pull (every post of the site) is started from the "On the site"
    page; a sync never starts it by itself, so a site nobody looks at on this
    computer costs nothing.
    """
    if last_pull_at(store, account.id) is None:
        return Pulled("site posts: never pulled")
    report = pull_site_posts(store, client, account, progress)
    summary = f"site posts: {report.new} new, {report.changed} changed, {report.gone} gone"
    return Pulled(summary, report.changes)


def last_pull_at(store: Store, site_id: int) -> datetime | None:
    """When *site_id*'s posts were last pulled in full (None: never)."""
    with store.session() as session:
        row = session.get(SitePostSync, site_id)
        return _utc(row.last_pull_at) if row is not None else None


def linked_post_states(
    session: Session, interview_ids: Iterable[int], site_id: int | None = None
) -> dict[int, str]:
    """For interviews whose post the cache knows is gone or trashed: ``gone`` or ``trash``.

    Interviews published from Newsdesk carry their post id (``publications``);
    the pull's sweep marks a post deleted on the site ``gone``.
    """
    wanted = list(set(interview_ids))
    if not wanted:
        return {}
    rows = (
        select(Publication.interview_id, SitePost.status)
        .join(
            SitePost,
            (SitePost.site_id == Publication.site_id) & (SitePost.remote_id == Publication.post_id),
        )
        .where(Publication.interview_id.in_(wanted), SitePost.status.in_((GONE, "trash")))
    )
    if site_id is not None:
        rows = rows.where(Publication.site_id == site_id)
    return {interview_id: status for interview_id, status in session.execute(rows)}
