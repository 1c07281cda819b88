"""Pulling a site's comments from the Comments page: what the pull is and what the page says.

The running, the progress, Stop and the order with the background sync are
:class:`uikit.pulls.PullRunner`'s; this module names the pull and its sentences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from moderation.pull import PullReport, pull_comments
from portal.accounts import Accounts, SiteAccount
from storage.changes import Changes
from storage.database import Store
from uikit.background import TaskContext
from uikit.pulls import PullKind, PullRunner, PullScheduler

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient


class CommentPulls(PullKind):
    """Pulls of a site's comments into the cache (``full=True``: a full pull)."""

    name = "comments"
    may_change = Changes(comments=True, outbox=True)

    def __init__(self, store: Store) -> None:
        self._store = store

    def pull(
        self, client: WordPressClient, site: SiteAccount, context: TaskContext, **options: Any
    ) -> PullReport:
        """Pull *site*'s comments (see :func:`moderation.pull.pull_comments`)."""
        full = bool(options.get("full", False))
        return pull_comments(self._store, client, site.id, context, force_full=full)

    def started_text(self, site: SiteAccount) -> str:
        """Said when the pull is asked for."""
        return QCoreApplication.translate("CommentsPage", "Pulling comments from {site}…").format(
            site=site.name
        )

    def progress_text(self, done: int, total: int) -> str:
        """Said while it runs."""
        return QCoreApplication.translate(
            "CommentsPage", "Pulling comments… {done} of {total}"
        ).format(done=done, total=total)

    def done_text(self, outcome: Any) -> str:
        """Said when it finished."""
        report: PullReport = outcome
        return QCoreApplication.translate(
            "CommentsPage",
            "Pulled {received} comment(s): {new} new, {changed} changed on the site.",
        ).format(received=report.received, new=report.new, changed=report.site_changed)

    def stopped_text(self) -> str:
        """Said when it was stopped."""
        return QCoreApplication.translate(
            "CommentsPage", "Pull stopped; the comments pulled so far are kept."
        )

    def failed_text(self, reason: str) -> str:
        """Said when it failed."""
        return QCoreApplication.translate(
            "CommentsPage", "Could not pull comments; showing those pulled before. {reason}"
        ).format(reason=reason)


def comment_pull_runner(
    store: Store,
    accounts: Accounts,
    scheduler: PullScheduler | None,
    parent: QObject | None = None,
) -> PullRunner:
    """The Comments page's runner: the site's comments, through *scheduler*."""
    return PullRunner(CommentPulls(store), accounts, scheduler, parent)
