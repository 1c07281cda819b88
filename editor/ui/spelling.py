"""Spell check in the editor's inputs: red squiggles and the context menu.

:class:`SpellingService` is one per application: it loads the dictionary off the
GUI thread the first time an interview is opened, holds the newsroom dictionary
and the house tone style. :class:`InterviewSpelling` is one per open interview:
it knows the interview's own words (speakers' names, words ignored in it),
underlines unknown syllables in the inputs attached to it (a
``QSyntaxHighlighter`` for multi-line inputs, re-checking only the paragraph
that changed; text formats for one-line inputs) and adds suggestions, "Add to
the newsroom dictionary" and "Ignore in this interview" to their context menus.
The checking itself is :mod:`editor.spelling`, plain Python.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu

from editor.newsroom_words import NewsroomDictionary
from editor.session import EditingSession
from editor.ui.text_inputs import DocumentLineEdit, DocumentTextEdit, Replace, utf16_index
from storage.database import Store
from storage.known_error import KnownError
from storage.tones import ToneStyle
from uikit.background import TaskContext, run_in_background

if TYPE_CHECKING:
    from editor.spelling import SpellChecker

log = logging.getLogger(__name__)

# Suggestions shown in the context menu.
MENU_SUGGESTIONS = 5


def squiggle_format() -> QTextCharFormat:
    """The red wavy underline of an unknown word."""
    squiggle = QTextCharFormat()
    squiggle.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    squiggle.setUnderlineColor(QColor("#d32f2f"))
    return squiggle


@dataclass(frozen=True)
class _Loaded:
    checker: SpellChecker | None
    missing: bool = False


class SpellingService(QObject):
    """The dictionary, the newsroom's words and the house style, for every editor."""

    changed = Signal()  # the dictionary arrived, a word was added, the style changed

    def __init__(
        self,
        store: Store | None,
        house_style: ToneStyle = ToneStyle.OLD,
        *,
        enabled: bool = True,
        dictionary_dirs: Iterable[Path] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """*store* holds the newsroom dictionary (None: no newsroom words, as in tests)."""
        super().__init__(parent)
        self.store = store
        self.house_style = house_style
        self.enabled = enabled
        self.checker: SpellChecker | None = None
        self.dictionary_missing = False
        self.failure = ""
        self._dirs = None if dictionary_dirs is None else tuple(dictionary_dirs)
        self._loading = False

    @property
    def active(self) -> bool:
        """Whether squiggles are shown (enabled, and the dictionary is loaded)."""
        return self.enabled and self.checker is not None

    def status_text(self) -> str:
        """One sentence on the state of spell check, for Preferences."""
        translate = QCoreApplication.translate
        if self.dictionary_missing:
            return translate(
                "Spelling",
                "Spell check is off: the Vietnamese dictionary is not installed "
                "(Debian package hunspell-vi).",
            )
        if self.failure:
            return self.failure
        if not self.enabled:
            return translate("Spelling", "Spell check is off.")
        if self.checker is None:
            return translate("Spelling", "The Vietnamese dictionary is loading…")
        return translate("Spelling", "Spell check is on.")

    def load(self) -> None:
        """Load the dictionary and the newsroom's words off the GUI thread (once)."""
        if self._loading or self.checker is not None or self.dictionary_missing:
            return
        self._loading = True
        store, dirs = self.store, self._dirs

        def work(_context: TaskContext) -> _Loaded:
            from editor.spelling import DICTIONARY_DIRS, Lexicon, SpellChecker, find_dictionary

            path = find_dictionary(DICTIONARY_DIRS if dirs is None else dirs)
            if path is None:
                return _Loaded(None, missing=True)
            checker = SpellChecker(Lexicon.load(path))
            if store is not None:
                checker.add_newsroom_words(NewsroomDictionary(store).words())
            return _Loaded(checker)

        run_in_background(work, on_success=self._loaded, on_failure=self._failed, parent=self)

    def _loaded(self, loaded: _Loaded) -> None:
        self._loading = False
        self.checker, self.dictionary_missing = loaded.checker, loaded.missing
        if loaded.missing:
            log.info("spell check off: no Vietnamese Hunspell dictionary installed")
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        if isinstance(error, KnownError):
            self.failure = error.user_message
            log.warning("spell check off: %s", error)
        else:
            self.failure = QCoreApplication.translate(
                "Spelling", "Spell check is off: an unexpected problem occurred; see the log."
            )
            log.error("spell check off", exc_info=error)
        self.changed.emit()

    def set_enabled(self, enabled: bool) -> None:
        """Show squiggles or not."""
        if enabled != self.enabled:
            self.enabled = enabled
            self.changed.emit()

    def set_house_style(self, style: ToneStyle) -> None:
        """The tone style suggestions and the problem panel follow."""
        if style is not self.house_style:
            self.house_style = style
            self.changed.emit()

    def newsroom(self) -> NewsroomDictionary | None:
        """The newsroom dictionary in the database (None without a store)."""
        return NewsroomDictionary(self.store) if self.store is not None else None

    def add_to_newsroom(self, words: Iterable[str]) -> list[str]:
        """Add *words* to the newsroom dictionary (one short write); the new ones."""
        words = list(words)
        newsroom = self.newsroom()
        added = newsroom.add(words) if newsroom is not None else words
        if self.checker is not None:
            self.checker.add_newsroom_words(words)
        self.changed.emit()
        return added


class InterviewSpelling(QObject):
    """Spell check for the inputs of one open interview."""

    changed = Signal()  # the known words or the service changed: redraw

    def __init__(self, service: SpellingService, session: EditingSession) -> None:
        super().__init__(session)
        self.service = service
        self.session = session
        self._known: frozenset[str] | None = None
        self._highlighters: list[SpellHighlighter] = []
        service.changed.connect(self._refresh)
        session.speakers_changed.connect(self._refresh)
        session.spelling_ignored_changed.connect(self._refresh)
        service.load()

    @property
    def checker(self) -> SpellChecker | None:
        """The checker, when spell check is on and loaded."""
        return self.service.checker if self.service.enabled else None

    def known(self) -> Collection[str]:
        """The interview's own words: its speakers' names and the words ignored in it."""
        if self._known is None:
            from editor.spelling import interview_words

            document = self.session.document
            self._known = interview_words(
                [s.label for s in document.speakers] + document.spelling_ignored
            )
        return self._known

    def _refresh(self) -> None:
        self._known = None
        self.changed.emit()

    # --- inputs ---------------------------------------------------------------------------

    def attach_text(self, edit: DocumentTextEdit) -> SpellHighlighter:
        """Squiggles and menu entries for a multi-line input."""
        highlighter = SpellHighlighter(edit.document(), self)
        self._highlighters.append(highlighter)
        edit.menu_additions = self
        return highlighter

    def attach_line(self, edit: DocumentLineEdit) -> LineSquiggles:
        """Squiggles and menu entries for a one-line input."""
        edit.menu_additions = self
        return LineSquiggles(edit, self)

    # --- the context menu -------------------------------------------------------------------

    def add_menu_actions(self, menu: QMenu, text: str, index: int, replace: Replace) -> None:
        """Suggestions, "Add to the newsroom dictionary" and "Ignore" for an unknown word."""
        checker = self.checker
        if checker is None:
            return
        hit = next(
            (m for m in checker.check(text, self.known()) if m.start <= index <= m.end), None
        )
        if hit is None:
            return
        translate = QCoreApplication.translate
        entries: list[QAction | None] = []  # None: a separator
        suggestions = checker.suggest(hit.word, self.service.house_style)[:MENU_SUGGESTIONS]
        for word in suggestions:
            action = QAction(word, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(
                lambda _checked=False, w=word: self._replace(replace, hit.start, hit.end, w)
            )
            entries.append(action)
        if not suggestions:
            empty = QAction(translate("Spelling", "No suggestions"), menu)
            empty.setEnabled(False)
            entries.append(empty)
        add = QAction(translate("Spelling", "Add to the newsroom dictionary"), menu)
        add.setObjectName("addToNewsroomDictionary")
        add.triggered.connect(lambda: self.service.add_to_newsroom([hit.word]))
        ignore = QAction(translate("Spelling", "Ignore in this interview"), menu)
        ignore.setObjectName("ignoreInInterview")
        ignore.triggered.connect(lambda: self.session.ignore_spelling(hit.word))
        entries += [None, add, ignore, None]
        before = menu.actions()[0] if menu.actions() else None
        for entry in entries:
            if entry is not None and before is not None:
                menu.insertAction(before, entry)
            elif entry is not None:
                menu.addAction(entry)
            elif before is not None:
                menu.insertSeparator(before)

    def _replace(self, replace: Replace, start: int, end: int, word: str) -> None:
        with self.session.stand_alone_change():
            replace(start, end, word)


class SpellHighlighter(QSyntaxHighlighter):
    """Red squiggles under unknown syllables of a multi-line input.

    Qt calls :meth:`highlightBlock` only for the paragraphs that changed, so a
    keystroke re-checks one paragraph.
    """

    def __init__(self, document: QTextDocument, spelling: InterviewSpelling) -> None:
        super().__init__(document)
        self._spelling = spelling
        self._format = squiggle_format()
        spelling.changed.connect(self.rehighlight)

    def highlightBlock(self, text: str) -> None:
        """Underline the unknown syllables of one paragraph."""
        checker = self._spelling.checker
        if checker is None or not text:
            return
        for miss in checker.check(text, self._spelling.known()):
            start = utf16_index(text, miss.start)
            self.setFormat(start, utf16_index(text, miss.end) - start, self._format)


class LineSquiggles(QObject):
    """Red squiggles under unknown syllables of a one-line input.

    ``QLineEdit`` has no highlighter; it draws the text formats an input method
    hands it, so the squiggles are given to it that way (with no text to insert).
    """

    def __init__(self, edit: QLineEdit, spelling: InterviewSpelling) -> None:
        super().__init__(edit)
        self._edit = edit
        self._spelling = spelling
        self._format = squiggle_format()
        self.misspelt: list[tuple[int, int]] = []
        edit.textChanged.connect(self.refresh)
        spelling.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Check the input's text again and redraw its squiggles."""
        text = self._edit.text()
        checker = self._spelling.checker
        found = checker.check(text, self._spelling.known()) if checker and text else []
        spans = [(utf16_index(text, m.start), utf16_index(text, m.end)) for m in found]
        if not spans and not self.misspelt:
            return
        self.misspelt = spans
        cursor = self._edit.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat,
                start - cursor,
                end - start,
                self._format,
            )
            for start, end in spans
        ]
        QCoreApplication.sendEvent(self._edit, QInputMethodEvent("", attributes))
