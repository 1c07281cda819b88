"""A navigation page built the first time someone opens it.

The Comments and Publishing pages cost time and memory to build (and their
modules to import) at every start, though many sessions never open them. A
:class:`LazyPage` stands in for such a page in the main window: it has the
page's view name and title, and builds the real page inside itself the first
time it is shown, or when the application asks for it (:meth:`page`).

At start-up the window is shown before the store is open (see
``shell/first_window.py``): the slots then have no builder yet. Until the
application hands one over (:meth:`set_build`), a slot shows its *stand-in*
(the interview list read at start-up, or a "Loading…" line) and builds nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from uikit.pages import NavigationPage

Build = Callable[[], NavigationPage]
OnBuilt = Callable[[NavigationPage], None]


class LazyPage(NavigationPage):
    """Stands in for the page *build* makes, until the page is first needed.

    *title* gives the page's translated name while the page is not built yet;
    *on_built* is called once with the page, to connect it to the application.
    Without *build* (the store is still loading) the slot shows *stand_in*, or a
    "Loading…" line, until :meth:`set_build`.
    """

    def __init__(
        self,
        view_name: str,
        title: Callable[[], str],
        build: Build | None,
        on_built: OnBuilt | None = None,
        parent: QWidget | None = None,
        *,
        stand_in: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view_name = view_name
        self._title = title
        self._build = build
        self._on_built = on_built
        self._page: NavigationPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._stand_in: QWidget | None = None
        if build is None:
            self._stand_in = stand_in if stand_in is not None else self._loading_line()
            self._layout.addWidget(self._stand_in)

    @property
    def built(self) -> NavigationPage | None:
        """The page, if it has been built (never builds it)."""
        return self._page

    @property
    def stand_in(self) -> QWidget | None:
        """What the slot shows while it cannot build its page yet."""
        return self._stand_in

    @property
    def can_build(self) -> bool:
        """The application has handed over how to build the page."""
        return self._build is not None

    def set_build(self, build: Build, on_built: OnBuilt | None = None) -> None:
        """The application is ready: build the page when needed (at once if it is on show)."""
        self._build = build
        self._on_built = on_built
        if self.isVisible():
            self.page()

    def page(self) -> NavigationPage:
        """The page, built now if it was not yet."""
        if self._page is None:
            if self._build is None:
                raise RuntimeError(f"the {self.view_name} page cannot be built before the store")
            page = self._build()
            self._page = page
            self._layout.addWidget(page)
            if self._stand_in is not None:
                self._layout.removeWidget(self._stand_in)
                self._stand_in.hide()
                self._stand_in.deleteLater()
                self._stand_in = None
            page.undo_stack_changed.connect(self.undo_stack_changed)
            if self.isVisible():
                page.show()  # a widget added to a shown parent stays hidden until asked
            if self._on_built is not None:
                self._on_built(page)
            self.undo_stack_changed.emit()  # the main window asks for the page's stack again
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        """Opened for the first time: build the page now (if the store is ready)."""
        if self._build is not None:
            self.page()
        super().showEvent(event)

    def title(self) -> str:
        """The page's name in the navigation."""
        return self._page.title() if self._page is not None else self._title()

    def undo_stack(self) -> QUndoStack | None:
        """The page's undo stack, once it is built."""
        return self._page.undo_stack() if self._page is not None else None

    def confirm_close(self) -> bool:
        """The built page finishes or saves its work first (nothing to save before)."""
        return self._page.confirm_close() if self._page is not None else True

    def retranslate_ui(self) -> None:
        """The "Loading…" line in the current language (the page translates itself)."""
        if isinstance(self._stand_in, QLabel):
            self._stand_in.setText(QCoreApplication.translate("LazyPage", "Loading…"))

    def _loading_line(self) -> QLabel:
        label = QLabel(QCoreApplication.translate("LazyPage", "Loading…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setObjectName("pageLoading")
        return label
