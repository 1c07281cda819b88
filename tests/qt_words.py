"""What a Vietnamese screen must not show: the English words Qt draws itself.

Two checks serve the tests in ``tests/shell/test_qt_words.py``:

* :func:`visible_texts` collects what a window shows (labels, buttons, titles, menu
  actions, item-view headers and the first rows of item views, tool tips of tool
  buttons) and :func:`english_qt_words` keeps those that are one of Qt's English words
  (the sources of ``resources/translations/qt_vi.ts``).
* :class:`MissedQtWords` is a translator installed *before* the application's, so Qt
  asks it only when no other translator answered: it records each of Qt's own words
  that went out untranslated, whether or not a test looked at the widget showing it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolButton,
    QWidget,
)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
QT_CATALOGUE = TRANSLATIONS / "qt_vi.ts"

# Qt's contexts whose words stay as they are: key names are printed on the keys
# ("Ctrl+S" reads the same on a Vietnamese keyboard), the layout direction is a code, and
# file type names come from the system's MIME database (which has Vietnamese of its own).
UNTRANSLATED_QT_CONTEXTS = frozenset({"QShortcut", "QGuiApplication", "QMimeType"})
_QT_CONTEXT = re.compile(r"^(Q[A-Z]\w*|CloseButton)$")


@cache
def _our_sources() -> frozenset[str]:
    """The application's own strings (PySide looks one up in the base class's context too)."""
    tree = ElementTree.parse(TRANSLATIONS / "newsdesk_vi.ts")
    return frozenset(message.findtext("source") or "" for message in tree.iter("message"))


def normalise(text: str) -> str:
    """*text* as it reads: no accelerator marks, no trailing dots or colon, any case."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(".:…").strip().casefold()


@cache
def qt_english_words() -> frozenset[str]:
    """Every English word Qt draws that our Qt catalogue translates into something else."""
    words = set()
    for message in ElementTree.parse(QT_CATALOGUE).iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if normalise(source) != normalise(translation):
            words.add(normalise(source))
    return frozenset(words)


def english_qt_words(texts: list[str]) -> list[str]:
    """The *texts* that are one of Qt's English words."""
    return [text for text in texts if normalise(text) in qt_english_words()]


def _model_texts(model: QAbstractItemModel | None, rows: int = 20) -> list[str]:
    if model is None:
        return []
    texts = []
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    for row in range(min(model.rowCount(root), rows)):
        for column in range(columns):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts.append(action.text())
        if action.menu() is not None:
            texts.extend(_menu_texts(action.menu()))  # type: ignore[arg-type]
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every text *root* and the widgets inside it show, as the user reads them."""
    texts = [root.windowTitle()]
    widgets: list[QObject] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QWidget) and not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
            if isinstance(widget, QToolButton):
                texts.append(widget.toolTip())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget.model()))
        if isinstance(widget, QMenu):
            texts.extend(_menu_texts(widget))
        elif isinstance(widget, QWidget):
            texts.extend(action.text() for action in widget.actions())
    return [text for text in texts if text]


class MissedQtWords(QTranslator):
    """Records Qt's own words that no installed translator had (install it first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.missed: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """Note the lookup when it is one of Qt's words; never answer it (None, not "")."""
        if (
            _QT_CONTEXT.match(context or "")
            and context not in UNTRANSLATED_QT_CONTEXTS
            and re.search(r"[^\W\d_]", re.sub(r"%\w", "", source or ""))  # "%p%" is no word
            and source not in _our_sources()
        ):
            self.missed.add((context, source))
        return None  # an empty string would count as a translation and blank the text

    def isEmpty(self) -> bool:
        """Not empty, or Qt would not ask."""
        return False
