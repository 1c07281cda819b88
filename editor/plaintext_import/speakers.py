"""The speakers met while reading: merging labels that name the same person."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.document import Role, Speaker, make_speaker_key
from editor.plaintext_import.labels import Label, LabelKind, parse_label
from editor.plaintext_import.text import vkey


def _names_match(known: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Same person: equal names, one a tail (given name) of the other, or the surname."""
    if not known or not new:
        return False
    short, long = sorted((known, new), key=len)
    return long[len(long) - len(short) :] == short or (len(short) == 1 and short[0] == long[0])


@dataclass
class KnownSpeaker:
    """A speaker met while reading, with every alias seen and where it last spoke."""

    key: str
    label: str
    role: Role
    generic: bool
    name: tuple[str, ...]
    aliases: set[str] = field(default_factory=set)
    last: int = -1
    position: int = -1


def _name_keys(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Index keys under which a known *name* is found by :func:`_names_match`."""
    keys = [name[i:] for i in range(len(name))]  # itself and its tails (given name)
    if len(name) >= 2:
        keys.append(("surname:", name[0]))
    return keys


def _name_lookups(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Keys to look up for a new *name*: known names it equals, ends or heads."""
    lookups = [name]  # known names ending with (or equal to) it
    lookups += [("full:", *name[i:]) for i in range(1, len(name))]  # known tails of it
    if len(name) == 1:
        lookups.append(("surname:", name[0]))
    else:
        lookups.append(("full:", name[0]))
    return lookups


class NameIndex:
    """Finds the entries whose name matches a new name, in time independent of their number."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[int]] = {}

    def add(self, name: tuple[str, ...], entry: int) -> None:
        """Index *entry* under *name*."""
        if name:
            for key in [*_name_keys(name), ("full:", *name)]:
                self.entries.setdefault(key, []).append(entry)

    def find(self, name: tuple[str, ...]) -> set[int]:
        """The entries whose name may match *name* (check with the name rules)."""
        if not name:
            return set()
        return {e for key in _name_lookups(name) for e in self.entries.get(key, ())}


class Registry:
    """The speakers met so far, and how a new label maps onto them."""

    def __init__(self) -> None:
        self.speakers: list[KnownSpeaker] = []
        self._aliases: dict[str, int] = {}
        self._keys: set[str] = set()
        self._names = NameIndex()
        self._generic: KnownSpeaker | None = None
        self._last_interviewee: KnownSpeaker | None = None

    def add(self, speaker: KnownSpeaker) -> None:
        """Register *speaker* as known."""
        speaker.position = len(self.speakers)
        self.speakers.append(speaker)
        self._keys.add(speaker.key)
        for alias in speaker.aliases:
            self._aliases.setdefault(alias, speaker.position)
        self._names.add(speaker.name, speaker.position)
        if speaker.generic and self._generic is None:
            self._generic = speaker

    def find(self, label: Label) -> KnownSpeaker | None:
        """The known speaker *label* names, or None."""
        if label.kind is LabelKind.INTERVIEWER and not label.name:
            return self._generic
        known = [self._aliases[a] for a in label.aliases if a in self._aliases]
        if known:
            return self.speakers[min(known)]
        if label.kind is LabelKind.ANSWER:
            return self._last_interviewee
        matches = [
            self.speakers[i]
            for i in self._names.find(label.name)
            if self.speakers[i].role is label.role
            and _names_match(self.speakers[i].name, label.name)
        ]
        return max(matches, key=lambda s: s.last, default=None)

    def resolve(self, label: Label, index: int) -> KnownSpeaker:
        """The speaker of *label* at paragraph *index*, created if new."""
        speaker = self.find(label)
        if speaker is None:
            key = make_speaker_key(label.text, self._keys)
            generic = label.kind is LabelKind.INTERVIEWER and not label.name
            speaker = KnownSpeaker(key, label.text, label.role, generic, label.name)
            self.add(speaker)
        for alias in label.aliases - speaker.aliases:
            self._aliases.setdefault(alias, speaker.position)
        speaker.aliases |= label.aliases
        speaker.last = index
        if speaker.role is Role.INTERVIEWEE:
            self._last_interviewee = speaker
        return speaker


def speaker_for_label(text: str, speakers: list[Speaker]) -> str:
    """Key of the speaker *text* names among *speakers*; a new speaker is appended if none."""
    label = parse_label(text) or Label(
        text, LabelKind.NAME, False, vkey(text), frozenset({vkey(text)})
    )
    registry = Registry()
    for speaker in speakers:
        parsed = parse_label(speaker.label)
        registry.add(
            KnownSpeaker(
                speaker.key,
                speaker.label,
                speaker.role,
                generic=parsed is not None
                and parsed.kind is LabelKind.INTERVIEWER
                and not parsed.name,
                name=parsed.name if parsed else (),
                aliases=set(parsed.aliases) if parsed else {vkey(speaker.label)},
            )
        )
    found = registry.find(label)
    if found is not None:
        return found.key
    new = Speaker(make_speaker_key(text, {s.key for s in speakers}), text, label.role)
    speakers.append(new)
    return new.key
