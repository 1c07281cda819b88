"""Pulling a site's comments in the background: start, progress, cancel, outcome.

:class:`PullRunner` holds no widgets; the Comments page shows what it announces.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from moderation.pull import PullReport, pull_comments
from portal.accounts import AccountError, Accounts, SiteAccount
from storage.database import Store
from storage.known_error import KnownError
from uikit.background import BackgroundTask, TaskContext, run_in_background

log = logging.getLogger(__name__)


class PullRunner(QObject):
    """Runs one pull at a time and reports on it.

    ``running_changed(bool)`` says a pull started or ended. ``progress(int, int)``
    carries comments done and the total while it runs. ``message(str)`` is a
    status line for the moderator. ``finished(object)`` carries the
    :class:`~moderation.pull.PullReport` (also of a pull stopped between pages),
    or the known error a pull failed with; ``cancelled()`` says the pull was
    stopped before it could report. An unknown error is logged and raised again
    (the crash handler shows it).
    """

    running_changed = Signal(bool)
    progress = Signal(int, int)
    message = Signal(str)
    finished = Signal(object)
    cancelled = Signal()

    def __init__(self, store: Store, accounts: Accounts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._accounts = accounts
        self._task: BackgroundTask[PullReport] | None = None

    @property
    def running(self) -> bool:
        """A pull is running."""
        return self._task is not None

    def start(self, site: SiteAccount, *, full: bool = False) -> bool:
        """Pull *site*'s comments in the background; False if it cannot start."""
        if self._task is not None:
            return False
        try:
            client = self._accounts.client(site)
        except AccountError as error:  # an address stored before addresses were checked
            self.message.emit(error.user_message)
            return False
        if client is None:
            self.message.emit(
                QCoreApplication.translate(
                    "CommentsPage",
                    "The application password for {site} is not known; enter it in "
                    "Preferences ▸ Sites.",
                ).format(site=site.name)
            )
            return False
        store, site_id = self._store, site.id

        def work(context: TaskContext) -> PullReport:
            with client:
                return pull_comments(store, client, site_id, context, force_full=full)

        self._task = run_in_background(
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            parent=self,
        )
        self.running_changed.emit(True)
        self.message.emit(
            QCoreApplication.translate("CommentsPage", "Pulling comments from {site}…").format(
                site=site.name
            )
        )
        return True

    def cancel(self) -> None:
        """Stop the running pull after the page it is on (what it stored stays)."""
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.progress.emit(done, total)
        self.message.emit(
            QCoreApplication.translate(
                "CommentsPage", "Pulling comments… {done} of {total}"
            ).format(done=done, total=total)
        )

    def _ended(self) -> None:
        self._task = None
        self.running_changed.emit(False)

    def _done(self, report: PullReport) -> None:
        self._ended()
        if report.cancelled:
            self.message.emit(_stopped_text())
        else:
            self.message.emit(
                QCoreApplication.translate(
                    "CommentsPage",
                    "Pulled {received} comment(s): {new} new, {changed} changed on the site.",
                ).format(received=report.received, new=report.new, changed=report.site_changed)
            )
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._ended()
        if isinstance(error, KnownError):
            reason = error.user_message
        else:
            log.error("Pulling comments failed", exc_info=error)
            raise error
        self.message.emit(
            QCoreApplication.translate(
                "CommentsPage", "Could not pull comments; showing those pulled before. {reason}"
            ).format(reason=reason)
        )
        self.finished.emit(error)

    def _cancelled(self) -> None:
        self._ended()
        self.message.emit(_stopped_text())
        self.cancelled.emit()


def _stopped_text() -> str:
    return QCoreApplication.translate(
        "CommentsPage", "Pull stopped; the comments pulled so far are kept."
    )
