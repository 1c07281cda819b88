"""One application-wide signal saying what an operation changed (Anki's ``operation_did_execute``).

The application owns one :class:`ChangeNotifier` and hands it to the pages. Whoever
runs an operation reports the :class:`storage.changes.Changes` it returned, with
itself as the *initiator*; every page that shows such data hears it and decides
whether to read again. See DEVELOPERS.md, *Change notifications*.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from storage.changes import Changes

log = logging.getLogger(__name__)


class ChangeNotifier(QObject):
    """Carries ``changed(Changes, initiator)`` to every subscriber, on the GUI thread.

    *initiator* is the object that ran the operation (a page, a controller), or None;
    a page that refreshed itself already skips what it initiated.
    """

    changed = Signal(object, object)  # Changes, initiator (object | None)

    def report(self, changes: Changes, initiator: object | None = None) -> None:
        """Tell every subscriber that *changes* happened (nothing is said for no change).

        Call it on the GUI thread; work in the background reports from its
        ``on_success`` callback (or the scheduler that ran it does).
        """
        if changes:
            log.debug("Changed: %s", ", ".join(changes.names()))
            self.changed.emit(changes, initiator)


class RefreshWhenShown(QObject):
    """Runs a page's refresh for changes it cares about, now if shown, else when next shown.

    ``RefreshWhenShown(page, notifier, wanted, refresh)`` subscribes *page*: when
    ``wanted(changes)`` is true for a change another object initiated, ``refresh()``
    runs at once if the page is visible, otherwise the page is marked stale and the
    page's ``showEvent`` calls :meth:`shown` to catch up.
    """

    def __init__(
        self,
        page: QWidget,
        notifier: ChangeNotifier | None,
        wanted: Callable[[Changes], bool],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(page)  # goes with the page: no call reaches a deleted page
        self._page = page
        self._wanted = wanted
        self._refresh = refresh
        self.stale = False
        if notifier is not None:
            notifier.changed.connect(self._changed)

    @Slot(object, object)
    def _changed(self, changes: object, initiator: object) -> None:
        if not isinstance(changes, Changes) or initiator is self._page:
            return
        if not self._wanted(changes):
            return
        if self._page.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def shown(self) -> None:
        """The page came into view: refresh if a change was missed while it was hidden."""
        if self.stale:
            self.stale = False
            self._refresh()
