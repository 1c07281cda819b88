"""Modal dialogs without nested event loops.

``QDialog.exec()`` runs an event loop of its own: background results, sync
callbacks and timers are delivered *inside* the call, so the code after it
runs in a world that changed under it (the interview closed, the list
refreshed). :func:`open_modal` shows the dialog window-modal with
``open()`` instead and runs what follows as a callback when the dialog is
accepted, from the application's one event loop.

``exec()`` stays where the caller must have the answer before it returns (a
close event asking about unsaved changes, the crash handler): each such place
says why in a comment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_modal(dialog: D, on_accepted: Callable[[D], None]) -> D:
    """Open *dialog* (window-modal, no nested event loop); ``on_accepted(dialog)`` if accepted.

    The dialog deletes itself once closed; *on_accepted* reads it before that.
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_accepted(dialog))
    dialog.open()
    return dialog
