"""One sync with a site: send the outbox, then pull what changed there.

Used by the app's background sync and by ``main.py sync`` (cron). Pulling is
done by *pullers* the features hand in (comments, for moderation), so
``portal/`` stays free of feature code. Each step (the outbox pass, each puller)
says what it changed locally (:class:`storage.changes.Changes`); the report adds
them up, and ``on_changes`` hears each step's as soon as it is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from portal.accounts import SiteAccount
from portal.errors import AuthenticationFailed, SiteError
from portal.outbox import Outbox
from portal.outbox_worker import DrainReport, Handler, Progress, drain
from storage.changes import NOTHING, Changes
from storage.database import Store

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pulled:
    """What a puller did: a one-line summary (English, for the log and cron) and its changes."""

    summary: str
    changes: Changes = NOTHING


Puller = Callable[[Store, "WordPressClient", SiteAccount, Progress | None], Pulled]
"""Fetches what changed on the site; says what it stored (:class:`Pulled`)."""


@dataclass
class SyncReport:
    """What a sync did, for the status bar and for cron's exit code."""

    site: str
    drained: DrainReport = field(default_factory=DrainReport)
    pulled: list[str] = field(default_factory=list)
    pull_errors: list[str] = field(default_factory=list)
    #: What the pullers changed locally (the outbox pass's is ``drained.changes``).
    pulled_changes: Changes = NOTHING

    @property
    def changes(self) -> Changes:
        """Everything the sync changed locally (nothing: no page needs to read again)."""
        return self.drained.changes | self.pulled_changes

    @property
    def ok(self) -> bool:
        """Everything was sent and pulled."""
        return self.drained.all_sent and not self.pull_errors

    @property
    def offline(self) -> bool:
        """The site could not be reached."""
        return self.drained.offline

    @property
    def password_refused(self) -> bool:
        """The site refused the application password: nothing more was tried."""
        return self.drained.password_refused is not None


def sync_site(
    store: Store,
    client: WordPressClient,
    account: SiteAccount,
    handlers: Mapping[str, Handler],
    pullers: Sequence[Puller] = (),
    progress: Progress | None = None,
    on_changes: Callable[[Changes], None] | None = None,
) -> SyncReport:
    """Send every due outbox item of *account*, then run the pullers.

    Not the pullers when offline or when the site refused the password: a 401 while
    pulling is reported the same way (``password_refused``), not as a pull error.
    *on_changes* (called on this thread) hears what each step changed, when it changed
    something.
    """

    def tell(changes: Changes) -> None:
        if changes and on_changes is not None:
            on_changes(changes)

    report = SyncReport(account.name)
    if Outbox(store).recover_interrupted():
        tell(Changes(outbox=True))
    report.drained = drain(store, client, account.id, handlers, progress, on_changes=tell)
    if report.offline or report.password_refused or report.drained.cancelled:
        return report
    for pull in pullers:
        if progress is not None and progress.cancelled:
            report.drained.cancelled = True
            break
        try:
            pulled = pull(store, client, account, progress)
        except AuthenticationFailed as error:
            report.drained.password_refused = error.user_message
            break
        except SiteError as error:
            report.pull_errors.append(error.user_message)
            if error.retryable:
                report.drained.offline_reason = error.user_message
                break
        else:
            report.pulled.append(pulled.summary)
            report.pulled_changes |= pulled.changes
            tell(pulled.changes)
    return report
