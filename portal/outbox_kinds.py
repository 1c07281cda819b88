"""What an outbox kind is, and the registry of the kinds the application knows.

An *outbox kind* (``publish_interview``, ``comment_status``, …) is registered
whole by the feature that owns it: its subject type, its typed payload, how to
send it, how to describe it to a person, and, when the site disagreed (a
conflict), which choices a person has and what each one does. The Publishing
page, ``main.py sync`` and the worker only ever ask the registry, so nothing
guesses what an item is from its subject id, and no item is ever offered a
choice that belongs to another kind.

``portal/`` never imports a feature: ``shell/wiring.py`` builds the registry
from the kinds each feature hands over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from portal.outbox import Outbox, OutboxEntry, OutboxState, Payload, PayloadError
from portal.outbox_worker import Handler
from storage.database import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Choice:
    """One way out of a conflict: an id the kind understands and what a person reads."""

    id: str
    label: str


#: What a person reads about an item (one translated line).
Describe = Callable[[Session, OutboxEntry], str]
#: The facts a person needs to choose, as (translated label, value) lines.
ConflictFacts = Callable[[Session, OutboxEntry], Sequence[tuple[str, str]]]
#: Carries out a choice (an id from the kind's choices) for a conflicting item.
Resolve = Callable[[Store, OutboxEntry, str], None]
#: Runs in the transaction that drops an unsent item (undo what the item stood for locally).
OnDiscard = Callable[[Session, OutboxEntry], None]


def _no_choices() -> Sequence[Choice]:
    return ()


@dataclass(frozen=True)
class OutboxKind:
    """Everything Newsdesk knows about one kind of outbox item."""

    name: str
    subject_type: str
    payload_type: type[Payload]
    send: Handler
    describe: Describe
    #: The choices a conflicting item of this kind offers (translated when called).
    conflict_choices: Callable[[], Sequence[Choice]] = _no_choices
    resolve: Resolve | None = None
    conflict_facts: ConflictFacts | None = None
    on_discard: OnDiscard | None = None

    def payload(self, entry: OutboxEntry) -> Payload:
        """The item's payload, typed."""
        return self.payload_type.from_json(entry.payload)


class UnknownChoice(ValueError):
    """A choice was asked for that the item's kind does not offer (or it is not in conflict)."""


class OutboxKinds:
    """The registry: every outbox kind the application can send, by name."""

    def __init__(self, kinds: Iterable[OutboxKind]) -> None:
        self._kinds: dict[str, OutboxKind] = {}
        for kind in kinds:
            if kind.name in self._kinds:
                raise ValueError(f"outbox kind {kind.name!r} registered twice")
            self._kinds[kind.name] = kind

    def __contains__(self, name: object) -> bool:
        return name in self._kinds

    def get(self, name: str) -> OutboxKind | None:
        """The kind called *name*, if registered."""
        return self._kinds.get(name)

    def handlers(self) -> dict[str, Handler]:
        """The send handler of each kind, for :func:`portal.outbox_worker.drain`."""
        return {name: kind.send for name, kind in self._kinds.items()}

    def describe(self, store: Store, entries: Sequence[OutboxEntry]) -> list[str]:
        """What each item is about, in one session (the Publishing page, ``sync`` output)."""
        with store.session() as session:
            return [self.describe_in(session, entry) for entry in entries]

    def describe_in(self, session: Session, entry: OutboxEntry) -> str:
        """What one item is about; a plain fallback for an unknown kind or a damaged payload."""
        kind = self._kinds.get(entry.kind)
        if kind is not None:
            try:
                return kind.describe(session, entry)
            except PayloadError:
                log.warning("Outbox item %s has a damaged payload", entry.id)
        return f"{entry.kind} #{entry.subject_id}"

    def choices(self, entry: OutboxEntry) -> list[Choice]:
        """The choices a person has for *entry*: none unless it is in conflict."""
        kind = self._kinds.get(entry.kind)
        if kind is None or kind.resolve is None or entry.state is not OutboxState.CONFLICT:
            return []
        try:
            kind.payload(entry)
        except PayloadError:
            return []  # nothing sensible to resolve; it can still be discarded
        return list(kind.conflict_choices())

    def conflict_facts(self, store: Store, entry: OutboxEntry) -> list[tuple[str, str]]:
        """What a person needs to know to choose (empty when the kind has nothing to add)."""
        kind = self._kinds.get(entry.kind)
        if kind is None or kind.conflict_facts is None:
            return []
        with store.session() as session:
            try:
                return list(kind.conflict_facts(session, entry))
            except PayloadError:
                return []

    def resolve(self, store: Store, entry: OutboxEntry, choice: str) -> None:
        """Carry out *choice* for the conflicting *entry* (read again, it may have moved on).

        Raises :class:`UnknownChoice` for a choice *entry*'s kind does not offer.
        Does nothing when the item is no longer in conflict.
        """
        current = Outbox(store).get(entry.id)
        if current is None or current.state is not OutboxState.CONFLICT:
            return
        if choice not in {offered.id for offered in self.choices(current)}:
            raise UnknownChoice(f"{current.kind} offers no choice {choice!r}")
        kind = self._kinds[current.kind]
        assert kind.resolve is not None  # choices() offers none otherwise
        kind.resolve(store, current, choice)

    def discard(self, outbox: Outbox, item_ids: Iterable[int]) -> list[OutboxEntry]:
        """Drop unsent items, each kind undoing locally what its item stood for."""
        return outbox.discard(item_ids, on_discard=self._on_discard)

    def _on_discard(self, session: Session, entry: OutboxEntry) -> None:
        kind = self._kinds.get(entry.kind)
        if kind is not None and kind.on_discard is not None:
            try:
                kind.on_discard(session, entry)
            except PayloadError:  # a damaged item must still go away
                log.warning("Outbox item %s has a damaged payload; discarded as it is", entry.id)
