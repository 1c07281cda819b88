"""The comment rules in force, and flagging the cached comments again when they change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from moderation.cache import reflag_all
from moderation.rules import RuleSet
from moderation.settings import load_rules, save_rules
from storage.database import Store
from uikit.background import BackgroundTask, TaskContext, run_in_background


class RulesController(QObject):
    """Keeps the rules of the store at hand; saving them re-checks the cache in the background.

    ``rules_changed(object)`` carries the :class:`~moderation.rules.RuleSet` now
    in force. ``message(str)`` is a status line for the moderator.
    ``reflagged(int)`` says the cache was checked again and how many comments
    are flagged differently now; ``reflag_cancelled()`` says the check stopped.
    """

    rules_changed = Signal(object)
    message = Signal(str)
    reflagged = Signal(int)
    reflag_cancelled = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._site_id: int | None = None
        self._rules: RuleSet = load_rules(store)
        self._task: BackgroundTask[int] | None = None

    def use_site(self, site_id: int | None) -> None:
        """Work with the rules of *site_id* (each site has its own)."""
        self._site_id = site_id
        self.reload()

    @property
    def rules(self) -> RuleSet:
        """The rules in force."""
        return self._rules

    def reload(self) -> None:
        """Read the rules again (another window may have saved them)."""
        self._rules = load_rules(self._store, self._site_id)
        self.rules_changed.emit(self._rules)

    def apply(self, rules: RuleSet, site_id: int | None) -> None:
        """Save *rules* and flag the cached comments of *site_id* again in the background."""
        self._rules = save_rules(self._store, rules, site_id)
        self.rules_changed.emit(self._rules)
        if site_id is None:
            return
        store, saved = self._store, self._rules

        def work(context: TaskContext) -> int:
            return reflag_all(store, site_id, saved, context)

        self.message.emit(
            QCoreApplication.translate(
                "CommentsPage", "Checking the comments against the new rules…"
            )
        )
        self._task = run_in_background(
            work, on_success=self._done, on_cancelled=self._cancelled, parent=self
        )

    def _done(self, changed: int) -> None:
        self._task = None
        self.reflagged.emit(changed)

    def _cancelled(self) -> None:
        self._task = None
        self.reflag_cancelled.emit()
