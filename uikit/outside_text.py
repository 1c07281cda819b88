"""Outside text on screen: always shown as plain text, never as Qt rich text.

Reader comments, site answers, imported files and photo metadata are outside
text. Qt shows a tooltip, a :class:`QLabel` or a :class:`QMessageBox` as rich
text whenever the text merely *looks* like markup (``Qt.mightBeRichText``): a
site error reading ``<img src='file:///dev/zero'>`` would load that "image"
and abort the application. Every widget that can hold outside text goes
through this module:

* :func:`tooltip` for tooltips and item-view ``ToolTipRole``;
* :func:`plain_labels` for labels (set once, at creation);
* :func:`warning`, :func:`information`, :func:`question` and
  :func:`critical` instead of the static :class:`QMessageBox` functions, and
  :func:`open_text_prompt` instead of :meth:`QInputDialog.getText`.

Item-view ``DisplayRole`` text is drawn as plain text by Qt's standard
delegate; the application has no delegate that renders HTML.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from uikit.modal import open_modal

__all__ = [
    "critical",
    "information",
    "open_text_prompt",
    "open_warning",
    "plain_labels",
    "question",
    "shows_as_rich_text",
    "text_prompt",
    "tooltip",
    "warning",
]

StandardButton = QMessageBox.StandardButton

_open_boxes: set[QMessageBox] = set()


def shows_as_rich_text(text: str) -> bool:
    """Whether Qt would show *text* as rich text in a tooltip or an automatic label."""
    return bool(QtGui.Qt.mightBeRichText(text))


def tooltip(text: str | None) -> str:
    """*text* as a tooltip that shows exactly that text.

    Text Qt would take for markup is escaped and wrapped in a paragraph that
    keeps its line breaks, so it is shown character for character (a tooltip
    has no plain-text switch); other text is returned unchanged.
    """
    if not text:
        return ""
    if not shows_as_rich_text(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def plain_labels(*labels: QLabel) -> None:
    """Make *labels* show their text as plain text, whatever it looks like."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def _ask(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != StandardButton.NoButton:
        box.setDefaultButton(default)
    # exec(): these helpers answer synchronously, like QMessageBox's static functions;
    # background results arrive meanwhile, so a caller reads its state again afterwards.
    # Inside a background callback, use open_warning instead.
    return StandardButton(box.exec())


def warning(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box showing *text* as plain text (like :meth:`QMessageBox.warning`)."""
    _ask(parent, QMessageBox.Icon.Warning, title, text, StandardButton.Ok, StandardButton.Ok)


def open_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Open a warning box showing *text* as plain text, without waiting for it.

    Unlike :func:`warning` it runs no nested event loop: background results and
    timers go on while it is shown. It deletes itself when closed.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # nothing else holds a box without a parent while it shows
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """An error box showing *text* as plain text (like :meth:`QMessageBox.critical`)."""
    _ask(parent, QMessageBox.Icon.Critical, title, text, StandardButton.Ok, StandardButton.Ok)


def information(parent: QWidget | None, title: str, text: str) -> None:
    """An information box showing *text* as plain text."""
    _ask(parent, QMessageBox.Icon.Information, title, text, StandardButton.Ok, StandardButton.Ok)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = StandardButton.Yes | StandardButton.No,
    default: QMessageBox.StandardButton = StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """A question box showing *text* as plain text; returns the button pressed."""
    return _ask(parent, QMessageBox.Icon.Question, title, text, buttons, default)


def text_prompt(
    parent: QWidget | None,
    title: str,
    label: str,
    echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Normal,
) -> QInputDialog:
    """A dialog asking for one line of text, *label* shown as plain text (not opened yet)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(echo)
    plain_labels(*dialog.findChildren(QLabel))
    return dialog


def open_text_prompt(
    parent: QWidget | None,
    title: str,
    label: str,
    echo: QLineEdit.EchoMode,
    on_text: Callable[[str], None],
) -> QInputDialog:
    """Open a one-line prompt without waiting; ``on_text(text)`` once it is accepted."""
    return open_modal(text_prompt(parent, title, label, echo), lambda d: on_text(d.textValue()))
