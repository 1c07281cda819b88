"""Background sync with the active site, the pages' pulls, and what the status bar says.

The one scheduler of work with the site: a sync (send the outbox, then pull) and
the pulls the pages ask for (:class:`uikit.pulls.PullScheduler`) take turns, so
two pulls of one kind for one site never run at once. What each step changed
goes to the app's :class:`uikit.changes.ChangeNotifier` with this controller as
the initiator, as soon as the step is done.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from portal.accounts import AccountError, Accounts, SiteAccount
from portal.outbox_worker import Handler
from portal.sync import Puller, SyncReport, sync_site
from shell.connection_status import ConnectionStatus
from shell.crash import bug_message
from storage.changes import Changes
from storage.database import Store
from storage.known_error import KnownError
from uikit.background import BackgroundTask, TaskContext, run_in_background
from uikit.changes import ChangeNotifier
from uikit.pulls import PullQueue, PullTicket, PullWork

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 60_000
OFFLINE_RETRY_MS = 20_000
SOON_MS = 300


class SyncController(QObject):
    """Runs one sync at a time off the GUI thread: now, on a timer, and after each change.

    Also the app's :class:`~uikit.pulls.PullScheduler`: a page's pull waits while a
    sync runs, and a sync that comes due while a pull runs starts after it.
    """

    finished = Signal(object)  # SyncReport
    #: No password stored for the site, or the site refused the one stored (401).
    password_needed = Signal(object)  # SiteAccount
    #: Emitted on the sync's worker thread; delivered queued to the GUI thread.
    _step_changed = Signal(object)  # Changes

    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        status: ConnectionStatus,
        handlers: dict[str, Handler],
        pullers: list[Puller],
        parent: QObject | None = None,
        log_file: Path | None = None,
        changes: ChangeNotifier | None = None,
    ) -> None:
        super().__init__(parent)
        self._changes = changes if changes is not None else ChangeNotifier(self)
        self._step_changed.connect(self._report_step)
        self._pulls = PullQueue(self, self._changes, held=lambda: self._task is not None)
        self._pulls.idle.connect(self._pulls_ended)
        self._log_file = log_file  # named to the user when a bug stops a sync
        self._store = store
        self._accounts = accounts
        self._status = status
        self._handlers = handlers
        self._pullers = pullers
        self._task: BackgroundTask[SyncReport | None] | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._interval_ms: int | None = SYNC_INTERVAL_MS
        self._live = False  # a sync has been asked for: timers may plan the next ones
        self._stopped = False  # stop() was called: nothing more is started or announced
        self.last_report: SyncReport | None = None

    @property
    def interval_ms(self) -> int | None:
        """Time between automatic syncs; None: only when asked (and after each change)."""
        return self._interval_ms

    def set_interval(self, milliseconds: int | None) -> None:
        """Sync every *milliseconds* (None: only when asked); takes effect from now."""
        self._interval_ms = milliseconds if milliseconds and milliseconds > 0 else None
        if not self._live or self._task is not None:
            return  # not syncing yet, or the running sync plans the next one when it ends
        if self._timer.isActive() and self._timer.remainingTime() <= SOON_MS:
            return  # a sync is due in a moment for changes just made: it stays due
        self._schedule(self._interval_ms)

    def next_sync_in_ms(self) -> int | None:
        """How long until the next automatic sync; None when none is planned."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def _schedule(self, milliseconds: int | None) -> None:
        if milliseconds is None:
            self._timer.stop()
        else:
            self._timer.start(milliseconds)

    @property
    def running(self) -> bool:
        """A sync is under way."""
        return self._task is not None

    def start(self) -> None:
        """Sync now and then at the chosen interval."""
        self._stopped = False
        self._pulls.resume()
        self.sync_now()

    def stop(self) -> None:
        """No more syncs or pulls; cancel those running (their outcome is not announced)."""
        self._stopped = True
        self._live = False
        self._timer.stop()
        self.cancel()
        self._pulls.stop()

    @property
    def changes(self) -> ChangeNotifier:
        """Where what a sync or a pull changed is reported."""
        return self._changes

    def request_pull(
        self,
        key: tuple[str, int],
        work: PullWork,
        may_change: Changes,
        initiator: object | None,
    ) -> PullTicket:
        """A page's pull (see :class:`uikit.pulls.PullScheduler`): after the running sync."""
        return self._pulls.request_pull(key, work, may_change, initiator)

    def _pulls_ended(self) -> None:
        """The pages' pulls are done: a sync asked for meanwhile starts now."""
        if self._again and not self._stopped:
            self._again = False
            self._schedule(SOON_MS)

    @Slot(object)
    def _report_step(self, changes: object) -> None:
        if isinstance(changes, Changes) and not self._stopped:
            self._changes.report(changes, self)

    def cancel(self) -> None:
        """Stop the running sync at its next step."""
        if self._task is not None:
            self._task.cancel()

    def changes_waiting(self) -> None:
        """Something was put in the outbox: send it soon."""
        if self.running or self._pulls.busy:
            self._again = True
        else:
            self._timer.start(SOON_MS)

    def sync_now(self) -> None:
        """Start a sync with the active site (if none is running)."""
        if self._stopped:
            return
        self._live = True
        if self._task is not None or self._pulls.busy:
            self._again = True  # after the running sync, or the pages' pulls
            return
        account = self._accounts.active()
        if account is None:
            self._status.set_offline(
                QCoreApplication.translate("SyncController", "no site configured")
            )
            return
        try:
            self._accounts.check_address(account)
        except AccountError as error:  # an address stored before addresses were checked
            log.warning("The stored address of %s cannot be used", account.name)
            self._status.set_offline(error.user_message)
            return
        self._status.set_syncing(0, 0, account.name, account.username)
        self._timer.stop()  # this sync sends what a change asked to be sent soon
        store, handlers, pullers = self._store, self._handlers, self._pullers
        step_changed = self._step_changed.emit
        accounts = self._accounts

        def work(context: TaskContext) -> SyncReport | None:
            client = accounts.client(account)  # the keyring read: off the GUI thread
            if client is None:
                return None  # no password known: asked for on the GUI thread
            with client:
                return sync_site(store, client, account, handlers, pullers, context, step_changed)

        self._task = run_in_background(
            work,
            on_success=lambda report: (
                self._done(account, report)
                if report is not None
                else self._password_unknown(account)
            ),
            on_failure=lambda error: self._failed(account, error),
            on_progress=lambda done, total, _m: self._status.set_syncing(
                done, total, account.name, account.username
            ),
            on_cancelled=lambda: self._cancelled(account),
            parent=self,
        )

    def _password_unknown(self, account: SiteAccount) -> None:
        self._task = None
        if self._stopped:
            return  # the app is closing: plan nothing, ask nothing
        self._status.set_offline(
            QCoreApplication.translate("SyncController", "password needed for {site}").format(
                site=account.name
            ),
            password=True,
        )
        self.password_needed.emit(account)
        self._pulls.start_next()  # a page's pull waited for this sync

    def _done(self, account: SiteAccount, report: SyncReport) -> None:
        self._task = None
        if self._stopped:
            return  # the app is closing: plan nothing, ask nothing
        self.last_report = report
        if report.offline:
            self._status.set_offline(report.drained.offline_reason or "")
            self._schedule(SOON_MS if self._again else self._offline_retry_ms())
        elif report.password_refused:
            # Changes wait; the usual interval (not the quicker offline one) tries again, so
            # a password fixed on the site's side heals too, without knocking every 20 s.
            self._status.set_offline(
                QCoreApplication.translate(
                    "SyncController", "the site refused the password for {site}"
                ).format(site=account.name),
                password=True,
            )
            self._schedule(SOON_MS if self._again else self._interval_ms)
        else:
            self._status.set_connected(account.name, account.username)
            self._schedule(SOON_MS if self._again else self._interval_ms)
        self._again = False
        self.finished.emit(report)
        if report.password_refused:
            self.password_needed.emit(account)
        self._pulls.start_next()  # a page's pull waited for this sync

    def _failed(self, account: SiteAccount, error: BaseException) -> None:
        self._task = None
        if self._stopped:
            return  # the app is closing: plan nothing, ask nothing
        if isinstance(error, KnownError):
            log.warning("Sync with %s failed: %s", account.name, error)
            self._status.set_offline(error.user_message)
        else:
            log.error("Sync with %s failed", account.name, exc_info=error)
            self._status.set_offline(bug_message(self._log_file))
        self._schedule(self._offline_retry_ms())
        # Items may have been sent before it stopped (each step reports what it finished).
        self._changes.report(Changes(outbox=True), self)
        self._pulls.start_next()

    def _cancelled(self, account: SiteAccount) -> None:
        self._task = None
        if self._stopped:
            return  # the app is closing: plan nothing, ask nothing
        self._status.set_connected(account.name, account.username)
        self._schedule(self._interval_ms)
        self._changes.report(Changes(outbox=True), self)
        self._pulls.start_next()

    def _offline_retry_ms(self) -> int | None:
        """Offline, look again sooner than usual, unless syncing only when asked."""
        if self._interval_ms is None:
            return None
        return min(OFFLINE_RETRY_MS, self._interval_ms)
