"""Opening a site post in the editor: the linked interview, then its photos, off the GUI thread.

:class:`PostOpener` runs :func:`editor.open_post.open_site_post` in the
background, then (unless the interview is open in the editor already) the
names of its tags (:func:`editor.open_post.name_post_tags`) and
:func:`editor.post_photos.fetch_post_photos` with a progress dialog whose
Cancel stops between photos (what is fetched stays), and finally emits
``opened(interview_id)``. A known error is shown in a message box.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor.open_post import name_post_tags, open_site_post
from editor.post_photos import PhotoFetchReport, fetch_post_photos
from portal.accounts import AccountError, Accounts, SiteAccount
from portal.errors import SiteError
from storage.database import Store
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors
from uikit.outside_text import open_warning


class PostOpener(QObject):
    """Opens the active site's posts as interviews (see the module docstring).

    ``opened(interview_id)``: ready for the editor. ``busy_changed(bool)``.
    """

    opened = Signal(int)
    busy_changed = Signal(bool)

    def __init__(
        self,
        store: Store,
        accounts: Accounts,
        data_dir: Path,
        is_open: Callable[[int], bool],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._accounts = accounts
        self._data_dir = data_dir
        self._is_open = is_open
        self._window = window
        self._task: BackgroundTask[object] | None = None
        self.progress_dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """A post is being opened."""
        return self._task is not None

    def open(self, post_id: int, site: SiteAccount | None = None) -> bool:
        """Open *post_id* of *site* (None: the active site); False if busy or there is no site."""
        site = site or self._accounts.active()
        if site is None or self._task is not None:
            return False
        store = self._store

        def work(_context: TaskContext) -> int:
            return open_site_post(store, site.id, post_id)

        def opened(interview_id: object) -> None:
            assert isinstance(interview_id, int)
            self._fetch_photos(site, interview_id)

        self._start(work, opened)
        return True

    def cancel(self) -> None:
        """Stop fetching photos (the interview then opens with what was fetched)."""
        if self._task is not None:
            self._task.cancel()

    def _start(
        self,
        work: Callable[[TaskContext], object],
        done: Callable[[object], None],
        stopped: Callable[[], None] | None = None,
    ) -> None:
        def finished(result: object) -> None:
            self._task = None
            done(result)

        def cancelled() -> None:
            self._task = None
            (stopped or self._ended)()

        self._task = run_in_background(
            work,
            on_success=finished,
            on_failure=show_known_errors(self._show_error, first=self._ended),
            on_progress=self._progress,
            on_cancelled=cancelled,
            parent=self,
        )
        self.busy_changed.emit(True)

    def _fetch_photos(self, site: SiteAccount, interview_id: int) -> None:
        if self._is_open(interview_id):
            self._finish(interview_id)
            return
        store, accounts, data_dir, site_url = (
            self._store,
            self._accounts,
            self._data_dir,
            site.base_url,
        )

        def work(context: TaskContext) -> PhotoFetchReport:
            try:
                client = accounts.client(site)  # the keyring is read here, off the GUI thread
            except AccountError:
                client = None
            try:
                if client is not None:
                    with contextlib.suppress(SiteError):  # offline: the tags stay the site's
                        name_post_tags(store, client, site.id, interview_id)
                return fetch_post_photos(
                    store, client, site.id, site_url, interview_id, data_dir, context
                )
            finally:
                if client is not None:
                    client.close()

        # Stopped or not, the interview opens with the photos fetched so far.
        self._start(
            work, lambda _report: self._finish(interview_id), lambda: self._finish(interview_id)
        )

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total <= 0:
            return
        if self.progress_dialog is None:
            dialog = QProgressDialog(self._window)
            dialog.setObjectName("postPhotosProgress")
            dialog.setWindowTitle(self.tr("Opening the post"))
            dialog.setLabelText(self.tr("Fetching the post's photos from the site…"))
            dialog.setCancelButtonText(self.tr("Stop"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.progress_dialog = dialog
        self.progress_dialog.setRange(0, total)
        self.progress_dialog.setValue(done)
        self.progress_dialog.show()

    def _finish(self, interview_id: int) -> None:
        self._ended()
        self.opened.emit(interview_id)

    def _ended(self) -> None:
        self._task = None
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.busy_changed.emit(False)

    def _show_error(self, text: str) -> None:
        open_warning(self._window, self.tr("The post cannot be opened"), text)
