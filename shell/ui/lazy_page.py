"""A navigation page built the first time someone opens it.

The Comments and Publishing pages cost time and memory to build (and their
modules to import) at every start, though many sessions never open them. A
:class:`LazyPage` stands in for such a page in the main window: it has the
page's view name and title, and builds the real page inside itself the first
time it is shown, or when the application asks for it (:meth:`page`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from shell.ui.pages import NavigationPage


class LazyPage(NavigationPage):
    """Stands in for the page *build* makes, until the page is first needed.

    *title* gives the page's translated name while the page is not built yet;
    *on_built* is called once with the page, to connect it to the application.
    """

    def __init__(
        self,
        view_name: str,
        title: Callable[[], str],
        build: Callable[[], NavigationPage],
        on_built: Callable[[NavigationPage], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.view_name = view_name
        self._title = title
        self._build = build
        self._on_built = on_built
        self._page: NavigationPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> NavigationPage | None:
        """The page, if it has been built (never builds it)."""
        return self._page

    def page(self) -> NavigationPage:
        """The page, built now if it was not yet."""
        if self._page is None:
            page = self._build()
            self._page = page
            self._layout.addWidget(page)
            page.undo_stack_changed.connect(self.undo_stack_changed)
            if self.isVisible():
                page.show()  # a widget added to a shown parent stays hidden until asked
            if self._on_built is not None:
                self._on_built(page)
            self.undo_stack_changed.emit()  # the main window asks for the page's stack again
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        """Opened for the first time: build the page now."""
        self.page()
        super().showEvent(event)

    def title(self) -> str:
        """The page's name in the navigation."""
        return self._page.title() if self._page is not None else self._title()

    def undo_stack(self) -> QUndoStack | None:
        """The page's undo stack, once it is built."""
        return self._page.undo_stack() if self._page is not None else None
