"""Checks that outside text reaches the screen as plain text only (tooltips, labels, views).

Qt renders a tooltip, or a label in ``AutoText``, as rich text when the text
looks like markup (``Qt.mightBeRichText``): an ``<img src='file:///dev/zero'>``
would be loaded. :func:`assert_shown_as_plain_text` walks a widget tree and
its item models and fails on any text Qt would render as markup.
"""

from __future__ import annotations

import re

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QWidget,
)

HOSTILE = "<img src='file:///dev/zero'> <b>đậm</b> &lt;img src='file:///dev/zero'&gt; & “A&B”"
"""Outside text that Qt would take for markup (and whose image would abort the app)."""

# What uikit.outside_text.tooltip makes of text Qt would take for markup: escaped, no tag.
_ESCAPED_TOOLTIP = re.compile(r"<p style='white-space:pre-wrap'>[^<>]*</p>", re.DOTALL)


def rendered_as_markup(text: str) -> bool:
    """Whether Qt would show *text* (a tooltip, an AutoText label) with markup of its own."""
    if not QtGui.Qt.mightBeRichText(text):
        return False
    return _ESCAPED_TOOLTIP.fullmatch(text) is None


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, depth: int = 0
) -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    if depth > 3:
        return found
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole):
                where = f"{type(model).__name__}[{row},{column}] {role.name}"
                found.append((where, index.data(role)))
            if column == 0 and columns > 1 and model.rowCount(index) > 0:
                found.extend(_model_texts(model, index, depth + 1))
    return found


def _draws_plain(delegate: QAbstractItemDelegate) -> bool:
    """Qt's own combo-box delegates draw item text plain (as menu items)."""
    return delegate.metaObject().className() in {"QComboBoxDelegate", "QComboMenuDelegate"}


def assert_shown_as_plain_text(root: QWidget) -> int:
    """Fail if any label, tooltip or item view under *root* would render markup.

    Returns how many texts were looked at, so a test can tell it saw its data.
    """
    seen = 0
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        tip = widget.toolTip()
        assert not rendered_as_markup(tip), f"{widget.objectName() or widget}: tooltip {tip!r}"
        seen += 1
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            text = widget.text()
            assert widget.textFormat() != Qt.TextFormat.RichText or not text, widget
            assert not rendered_as_markup(text), f"{widget.objectName() or widget}: {text!r}"
            seen += 1
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.model() is not None
        ):
            # The standard delegate draws DisplayRole as plain text; an HTML delegate would not.
            delegate = widget.itemDelegate()
            assert type(delegate) is QStyledItemDelegate or _draws_plain(delegate), delegate
            for where, value in _model_texts(widget.model(), QModelIndex()):
                if "ToolTipRole" in where and isinstance(value, str):
                    assert not rendered_as_markup(value), f"{where}: {value!r}"
                seen += 1
    return seen


def model_shows(model: QAbstractItemModel, text: str) -> bool:
    """Whether some cell of *model* displays *text* (plain, as typed) or a line holding it."""
    return any(
        isinstance(value, str) and text in value
        for where, value in _model_texts(model, QModelIndex())
        if "DisplayRole" in where
    )
