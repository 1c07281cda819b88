"""Pulls a page asks for (comments, the site's posts), run by the app's one scheduler.

A full pull drops what it did not see, judged by the time it began: a second pull
of the same kind running alongside would drop what the first had just stored. So
every pull goes through one :class:`PullScheduler`: the application's is the sync
controller (``shell/sync_controller.py``), which runs a page's pull and the
background sync one after the other, never together. Feature pages never import
the shell: they are handed the scheduler (a page built alone, in a test, makes its
own :class:`PullQueue`).

:class:`PullRunner` is what a page holds: it starts a pull of one
:class:`PullKind`, and announces its progress, its outcome and its status lines.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from portal.accounts import AccountError, Accounts, SiteAccount
from storage.changes import Changes
from storage.known_error import KnownError
from uikit.background import BackgroundTask, TaskContext, run_in_background
from uikit.changes import ChangeNotifier

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

log = logging.getLogger(__name__)


class PullOutcome(Protocol):
    """What a pull returns: whether it was stopped between pages, and what it changed."""

    @property
    def cancelled(self) -> bool:
        """Stopped before the end (what it stored stays)."""
        ...

    @property
    def changes(self) -> Changes:
        """What it changed locally."""
        ...


PullWork = Callable[[TaskContext], PullOutcome]
"""The pull itself, run on a worker thread."""


class PullTicket(QObject):
    """One pull asked of a scheduler: it waits its turn, runs, then ends once.

    Ends with exactly one of ``succeeded(outcome)``, ``failed(error)`` or
    ``cancelled()``; ``started()`` says it left the queue, ``progress(done, total)``
    how far it is.
    """

    started = Signal()
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        key: tuple[str, int],
        work: PullWork,
        may_change: Changes,
        initiator: object | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.work = work
        self.may_change = may_change
        self.initiator = initiator
        self.task: BackgroundTask[PullOutcome] | None = None
        self._cancel_waiting: Callable[[PullTicket], None] | None = None

    def cancel(self) -> None:
        """Stop the pull: at its next page if it runs, at once if it waits its turn."""
        if self.task is not None:
            self.task.cancel()
        elif self._cancel_waiting is not None:
            self._cancel_waiting(self)


class PullScheduler(Protocol):
    """Runs the pulls pages ask for, one at a time, never alongside other site work."""

    def request_pull(
        self,
        key: tuple[str, int],
        work: PullWork,
        may_change: Changes,
        initiator: object | None,
    ) -> PullTicket:
        """Queue the pull *work* of *key* (kind, site id); it starts when its turn comes.

        *may_change* is reported when the pull fails or is stopped (it may have
        stored pages); a finished pull reports its outcome's ``changes``.
        """
        ...


class PullQueue(QObject):
    """Pulls one after another, in the order asked; none while *held()* (a sync runs).

    The scheduler of the app's sync controller, and of a page built alone. ``idle()``
    says the last pull ended and none waits. What each pull changed goes to
    *notifier* with the pull's initiator.
    """

    idle = Signal()

    def __init__(
        self,
        parent: QObject,
        notifier: ChangeNotifier | None = None,
        *,
        held: Callable[[], bool] = lambda: False,
    ) -> None:
        """*parent* owns the queue (its tickets and tasks go with it): the app, a runner."""
        super().__init__(parent)
        self._notifier = notifier
        self._held = held
        self._waiting: deque[PullTicket] = deque()
        self._running: PullTicket | None = None
        self._stopped = False

    @property
    def busy(self) -> bool:
        """A pull is running."""
        return self._running is not None

    @property
    def waiting(self) -> int:
        """How many pulls wait their turn."""
        return len(self._waiting)

    def request_pull(
        self,
        key: tuple[str, int],
        work: PullWork,
        may_change: Changes,
        initiator: object | None,
    ) -> PullTicket:
        """Queue a pull (see :class:`PullScheduler`); it starts at once if nothing runs."""
        ticket = PullTicket(key, work, may_change, initiator, self)
        ticket._cancel_waiting = self._drop
        self._waiting.append(ticket)
        self.start_next()
        return ticket

    def start_next(self) -> None:
        """Start the next waiting pull, unless one runs, none waits, or the queue is held."""
        if self._running is not None or not self._waiting or self._stopped or self._held():
            return
        ticket = self._waiting.popleft()
        self._running = ticket
        ticket.task = run_in_background(
            ticket.work,
            on_success=lambda outcome: self._end(ticket, ticket.succeeded, outcome),
            on_failure=lambda error: self._end(ticket, ticket.failed, error),
            on_progress=lambda done, total, _message: ticket.progress.emit(done, total),
            on_cancelled=lambda: self._end(ticket, ticket.cancelled, None),
            parent=self,
        )
        ticket.started.emit()

    def stop(self) -> None:
        """Start nothing more; stop the running pull, drop the waiting ones, announce nothing.

        For the app closing: no page hears of these pulls again.
        """
        self._stopped = True
        while self._waiting:
            self._waiting.popleft().deleteLater()
        if self._running is not None:
            self._running.cancel()

    def resume(self) -> None:
        """Start pulls again after :meth:`stop`."""
        self._stopped = False

    def _drop(self, ticket: PullTicket) -> None:
        if ticket in self._waiting:
            self._waiting.remove(ticket)
            ticket.cancelled.emit()
            ticket.deleteLater()

    def _end(self, ticket: PullTicket, signal: Any, value: object) -> None:
        """Announce *ticket*'s end (*signal* with *value*), report its changes, go on."""
        self._running = None
        ticket.task = None
        if self._stopped:  # the app is closing: nobody is told
            ticket.deleteLater()
            return
        changes = getattr(value, "changes", None)
        try:
            if value is None:
                signal.emit()
            else:
                signal.emit(value)
        finally:
            ticket.deleteLater()
            if self._notifier is not None:
                self._notifier.report(
                    changes if isinstance(changes, Changes) else ticket.may_change,
                    ticket.initiator,
                )
            self.start_next()
            if self._running is None and not self._waiting:
                self.idle.emit()


class PullKind:
    """One kind of pull a page offers: the pull itself and what the page says about it.

    A feature subclasses it (comments, the site's posts); :class:`PullRunner` does
    the rest. Every text is translated when asked for.
    """

    name = ""
    may_change = Changes()

    def pull(
        self, client: WordPressClient, site: SiteAccount, context: TaskContext, **options: Any
    ) -> PullOutcome:
        """Run the pull on a worker thread (*options* as given to :meth:`PullRunner.start`)."""
        raise NotImplementedError

    def started_text(self, site: SiteAccount) -> str:
        """Said when the pull is asked for."""
        raise NotImplementedError

    def progress_text(self, done: int, total: int) -> str:
        """Said while it runs."""
        raise NotImplementedError

    def done_text(self, outcome: Any) -> str:
        """Said when it finished (*outcome* is what :meth:`pull` returned)."""
        raise NotImplementedError

    def stopped_text(self) -> str:
        """Said when it was stopped."""
        raise NotImplementedError

    def failed_text(self, reason: str) -> str:
        """Said when it failed for a known *reason* (translated)."""
        raise NotImplementedError


def waiting_text(site: SiteAccount) -> str:
    """Why a pull asked for has not started: the sync with *site* runs first."""
    return QCoreApplication.translate(
        "PullRunner", "Waiting for the sync with {site} to finish…"
    ).format(site=site.name)


def password_unknown_text(site: SiteAccount) -> str:
    """Why a pull cannot start: no application password is stored for *site*."""
    return QCoreApplication.translate(
        "PullRunner",
        "The application password for {site} is not known; enter it in Preferences ▸ Sites.",
    ).format(site=site.name)


class PasswordUnknown(KnownError):
    """A pull found no application password for its site in the keyring."""

    def __init__(self, site: SiteAccount) -> None:
        super().__init__(f"No application password is stored for {site.name}")
        self.site = site

    @property
    def user_message(self) -> str:
        """What to do: enter the password in Preferences ▸ Sites."""
        return password_unknown_text(self.site)


class PullRunner(QObject):
    """Runs a page's pulls of one kind, one at a time, through the scheduler; reports on them.

    ``running_changed(bool)`` says a pull was asked for or ended (waiting its turn
    counts as running). ``progress(int, int)`` carries done and total while it runs.
    ``message(str)`` is a status line. ``finished(object)`` carries the pull's
    outcome (also of a pull stopped between pages), or the known error it failed
    with; ``cancelled()`` says it was stopped before it could report. An unknown
    error is logged and raised again (the crash handler shows it).
    """

    running_changed = Signal(bool)
    progress = Signal(int, int)
    message = Signal(str)
    finished = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        kind: PullKind,
        accounts: Accounts,
        scheduler: PullScheduler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._accounts = accounts
        self._scheduler: PullScheduler = scheduler if scheduler is not None else PullQueue(self)
        self._ticket: PullTicket | None = None

    @property
    def running(self) -> bool:
        """A pull was asked for and has not ended (it may be waiting its turn)."""
        return self._ticket is not None

    def start(self, site: SiteAccount, **options: Any) -> bool:
        """Pull *site* in the background; False (and a message) if it cannot start."""
        if self._ticket is not None:
            return False
        try:
            self._accounts.check_address(site)
        except AccountError as error:  # an address stored before addresses were checked
            self.message.emit(error.user_message)
            return False
        kind, accounts = self._kind, self._accounts

        def work(context: TaskContext) -> PullOutcome:
            client = accounts.client(site)  # the keyring read: off the GUI thread
            if client is None:
                raise PasswordUnknown(site)
            with client:
                return kind.pull(client, site, context, **options)

        initiator = self.parent() if self.parent() is not None else self
        ticket = self._scheduler.request_pull(
            (kind.name, site.id), work, kind.may_change, initiator
        )
        self._ticket = ticket
        ticket.progress.connect(self._progress)
        ticket.succeeded.connect(self._done)
        ticket.failed.connect(self._failed)
        ticket.cancelled.connect(self._cancelled)
        self.running_changed.emit(True)
        if ticket.task is None:  # another pull or a sync goes first
            self.message.emit(waiting_text(site))
            ticket.started.connect(lambda: self.message.emit(kind.started_text(site)))
        else:
            self.message.emit(kind.started_text(site))
        return True

    def cancel(self) -> None:
        """Stop the pull after the page it is on (what it stored stays)."""
        if self._ticket is not None:
            self._ticket.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)
        self.message.emit(self._kind.progress_text(done, total))

    def _ended(self) -> None:
        self._ticket = None
        self.running_changed.emit(False)

    def _done(self, outcome: object) -> None:
        self._ended()
        cancelled = bool(getattr(outcome, "cancelled", False))
        self.message.emit(self._kind.stopped_text() if cancelled else self._kind.done_text(outcome))
        self.finished.emit(outcome)

    def _failed(self, error: object) -> None:
        self._ended()
        if not isinstance(error, KnownError):
            log.error("Pulling %s failed", self._kind.name, exc_info=error)  # type: ignore[arg-type]
            raise error  # type: ignore[misc]
        if isinstance(error, PasswordUnknown):
            self.message.emit(error.user_message)
        else:
            self.message.emit(self._kind.failed_text(error.user_message))
        self.finished.emit(error)

    def _cancelled(self) -> None:
        self._ended()
        self.message.emit(self._kind.stopped_text())
        self.cancelled.emit()
