"""The moderators' rules, as pure functions: limits, banned words, watch words, links.

Words are matched on *folded* text (:func:`storage.textfold.fold`: no diacritics,
đ→d, case ignored) and on word boundaries, so "ngu" matches "NGU" and "ngũ" but
not "người" (folded "nguoi"): a short banned word never fires inside a longer
word. A term of several words matches whatever separates them in the comment
(spaces, punctuation). Folding both sides is deliberate: readers drop or change
tone marks to slip past a filter, so a rule catches every spelling.

The price is that Vietnamese words differing only by their marks match each
other ("đểu", an insult, folds like "đều", "all"). A term written in "quotes"
is therefore *exact*: it matches words with the same marks (case still
ignored), and words written with no marks at all in a comment typed without
marks, as readers without a Vietnamese keyboard write: ``"đểu"`` matches "ĐỂU"
and "bon deu cang" but not "đều". In a comment typed *with* marks, a word without
any is taken as written: ``"đụ"`` does not match the "du" of "Đi du lịch"
(a comment counts as typed without marks when fewer than one word in ten has
any, see :func:`typed_without_marks`). Nothing is decided from the folded
form alone for such a term, and syllables match whole, never inside another
("giáo dục" holds no "du"). Both accepted
tone-mark placements count as the same marks: ``"hoà"`` matches "hòa" and
``"thúy"`` matches "THUÝ" (:func:`storage.textfold.unify_tone_placement` on
term and comment alike).

Severity: a banned word, or a text outside the site's length limits, suggests
rejecting (level 2); a watch word or a link asks for a look (level 1).
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from moderation.statuses import Action, Status
from storage.textfold import clean_text, fold, unify_tone_placement

DEFAULT_MIN_LENGTH = 5
DEFAULT_MAX_LENGTH = 500
MAX_TERM_LENGTH = 100

#: What a rule may do on its own to a comment nobody has decided on yet.
AUTO_ACTIONS = (Action.TRASH, Action.SPAM, Action.UNAPPROVE)
_AUTO_STRENGTH = {Action.UNAPPROVE: 1, Action.TRASH: 2, Action.SPAM: 3}


class RuleKind(enum.StrEnum):
    """Why a comment was flagged."""

    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    BANNED = "banned"
    WATCH = "watch"
    LINK = "link"
    ASSISTANT = "assistant"


class FlagLevel(enum.IntEnum):
    """How strongly the rules speak about a comment."""

    NONE = 0
    LOOK = 1  # flag for a look
    REJECT = 2  # suggest rejecting


_LEVEL = {
    RuleKind.TOO_SHORT: FlagLevel.REJECT,
    RuleKind.TOO_LONG: FlagLevel.REJECT,
    RuleKind.BANNED: FlagLevel.REJECT,
    RuleKind.WATCH: FlagLevel.LOOK,
    RuleKind.LINK: FlagLevel.LOOK,
    RuleKind.ASSISTANT: FlagLevel.LOOK,
}

DEFAULT_ASSISTANT_PERCENT = 90


@dataclass(frozen=True)
class Reason:
    """One thing a rule found: its kind and the word, link or length concerned."""

    kind: RuleKind
    detail: str = ""

    @property
    def level(self) -> FlagLevel:
        """How serious this reason is."""
        return _LEVEL[self.kind]


@dataclass(frozen=True)
class Verdict:
    """What the rules say about one comment."""

    level: FlagLevel = FlagLevel.NONE
    reasons: tuple[Reason, ...] = ()
    auto_action: Action | None = None

    @property
    def flagged(self) -> bool:
        """Whether any rule fired."""
        return self.level > FlagLevel.NONE

    def reasons_of(self, kind: RuleKind) -> tuple[Reason, ...]:
        """The reasons of one kind."""
        return tuple(reason for reason in self.reasons if reason.kind is kind)

    def adding(self, reason: Reason) -> Verdict:
        """This verdict with *reason* added (the level raised to the reason's)."""
        return replace(self, level=max(self.level, reason.level), reasons=(*self.reasons, reason))


@dataclass(frozen=True)
class RuleSet:
    """The rules as the moderators set them; automatic actions are off by default.

    ``max_length`` 0 means no upper limit. Each ``*_action`` is None (only flag)
    or one of :data:`AUTO_ACTIONS`, applied to newly pulled comments that no
    moderator has decided on.

    ``assistant_hold`` (off by default) flags for review the comments the site's
    assistant scores at or above ``assistant_percent`` %: the assistant never
    acts on its own otherwise, and even then it only flags (locally), never
    changes a comment's state on the site.
    """

    min_length: int = DEFAULT_MIN_LENGTH
    max_length: int = DEFAULT_MAX_LENGTH
    banned_words: tuple[str, ...] = ()
    watch_words: tuple[str, ...] = ()
    flag_links: bool = True
    length_action: Action | None = None
    banned_action: Action | None = None
    watch_action: Action | None = None
    link_action: Action | None = None
    assistant_hold: bool = False
    assistant_percent: int = DEFAULT_ASSISTANT_PERCENT
    _compiled: _Compiled | None = field(default=None, compare=False, repr=False)

    def normalised(self) -> RuleSet:
        """The same rules with terms cleaned, de-duplicated (by folded form) and bounded."""
        minimum = max(0, int(self.min_length))
        maximum = max(0, int(self.max_length))
        if maximum and maximum < minimum:
            maximum = minimum
        return replace(
            self,
            min_length=minimum,
            max_length=maximum,
            banned_words=normalise_terms(self.banned_words),
            watch_words=normalise_terms(self.watch_words),
            length_action=_auto(self.length_action),
            banned_action=_auto(self.banned_action),
            watch_action=_auto(self.watch_action),
            link_action=_auto(self.link_action),
            assistant_hold=bool(self.assistant_hold),
            assistant_percent=min(100, max(1, int(self.assistant_percent))),
            _compiled=None,
        )

    def to_json(self) -> str:
        """The rules as a JSON document (for the settings table)."""
        data: dict[str, Any] = {
            "min_length": self.min_length,
            "max_length": self.max_length,
            "banned_words": list(self.banned_words),
            "watch_words": list(self.watch_words),
            "flag_links": self.flag_links,
            "assistant_hold": self.assistant_hold,
            "assistant_percent": self.assistant_percent,
        }
        for name in ("length_action", "banned_action", "watch_action", "link_action"):
            action = getattr(self, name)
            data[name] = action.value if action is not None else None
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> RuleSet:
        """Rules from :meth:`to_json` output; anything unreadable falls back to the default."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls()
        if not isinstance(data, dict):
            return cls()

        def number(name: str, default: int) -> int:
            value = data.get(name)
            return value if isinstance(value, int) and not isinstance(value, bool) else default

        def words(name: str) -> tuple[str, ...]:
            value = data.get(name)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        def action(name: str) -> Action | None:
            value = data.get(name)
            try:
                return Action(value) if isinstance(value, str) else None
            except ValueError:
                return None

        flag_links = data.get("flag_links")
        hold = data.get("assistant_hold")
        return cls(
            min_length=number("min_length", DEFAULT_MIN_LENGTH),
            max_length=number("max_length", DEFAULT_MAX_LENGTH),
            banned_words=words("banned_words"),
            watch_words=words("watch_words"),
            flag_links=flag_links if isinstance(flag_links, bool) else True,
            length_action=action("length_action"),
            banned_action=action("banned_action"),
            watch_action=action("watch_action"),
            link_action=action("link_action"),
            assistant_hold=hold if isinstance(hold, bool) else False,
            assistant_percent=number("assistant_percent", DEFAULT_ASSISTANT_PERCENT),
        ).normalised()

    def compiled(self) -> _Compiled:
        """The regular expressions for these rules (built once per rule set)."""
        if self._compiled is None:
            object.__setattr__(self, "_compiled", _Compiled(self))
        assert self._compiled is not None
        return self._compiled


def _auto(action: Action | None) -> Action | None:
    return action if action in AUTO_ACTIONS else None


def is_exact(term: str) -> bool:
    """Whether *term* is written in "quotes": its tone marks must match (see :func:`evaluate`)."""
    return len(term) > 2 and term[0] == term[-1] == '"'


def exact_form(text: str) -> str:
    """*text* as exact terms compare it: casefolded, one tone-mark placement ("hòa" → "hoà")."""
    return unify_tone_placement(clean_text(text).casefold())


def _term_words(term: str) -> list[str]:
    """The words a term matches: in :func:`exact_form` (exact terms) or folded (the others)."""
    if is_exact(term):
        return _WORD.findall(exact_form(term[1:-1]))
    return _WORD.findall(fold(term))


def normalise_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """Terms cleaned (one line, single spaces), without repeats (by matched form), in order."""
    seen: set[tuple[bool, str]] = set()
    kept: list[str] = []
    for term in terms:
        cleaned = " ".join(clean_text(term).split())[:MAX_TERM_LENGTH]
        key = (is_exact(cleaned), " ".join(_term_words(cleaned)))
        if key[1] and key not in seen:
            seen.add(key)
            kept.append(cleaned)
    return tuple(kept)


_WORD = re.compile(r"[^\W_]+")
_SEPARATOR = r"[\W_]+"
_LINK = re.compile(
    r"(?:https?://|www\.|javascript:)[^\s<>\"']+"
    r"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|info|biz|vn|xyz|top|io|co|me|ru|cn|online|site|shop|club|link|ly)"
    r"(?:/[^\s<>\"']*)?(?![\w-])",
    re.IGNORECASE,
)


class _TermPattern:
    """One regular expression for many terms, and the term each matched form stands for."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.terms = forms
        self.pattern: re.Pattern[str] | None = None
        if forms:
            alternatives = sorted(forms, key=len, reverse=True)
            body = "|".join(
                _SEPARATOR.join(re.escape(word) for word in form.split(" "))
                for form in alternatives
            )
            self.pattern = re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")

    def found(self, text: str) -> list[str]:
        """The terms occurring in *text* (already folded, or in :func:`exact_form`, to match)."""
        if self.pattern is None:
            return []
        found: list[str] = []
        for match in self.pattern.finditer(text):
            term = self.terms.get(" ".join(_WORD.findall(match.group(0))))
            if term is not None and term not in found:
                found.append(term)
        return found


class _TermSet:
    """The terms of one list: loose ones match folded text, exact ones :func:`exact_form` text."""

    def __init__(self, terms: Sequence[str]) -> None:
        loose: dict[str, str] = {}
        exact: dict[str, str] = {}
        unmarked: dict[str, str] = {}
        for term in terms:
            words = " ".join(_term_words(term))
            if not words:
                continue
            if is_exact(term):
                exact.setdefault(words, term)
                # written without any marks, a word still matches where the whole comment
                # is typed so (readers without a Vietnamese keyboard)
                unmarked.setdefault(" ".join(_WORD.findall(fold(words))), term)
            else:
                loose.setdefault(words, term)
        self.loose = _TermPattern(loose)
        self.exact = _TermPattern(exact)
        self.unmarked = _TermPattern(unmarked)

    def found(self, folded: str, exact: str, *, without_marks: bool) -> list[str]:
        """The terms occurring in a text given in both forms (folded, :func:`exact_form`).

        *without_marks*: the text is typed without diacritics
        (:func:`typed_without_marks`), so exact terms also match their unmarked form.
        """
        found = self.loose.found(folded) + self.exact.found(exact)
        if without_marks:
            found += self.unmarked.found(exact)
        return list(dict.fromkeys(found))


class _Compiled:
    """Compiled patterns of one :class:`RuleSet`."""

    def __init__(self, rules: RuleSet) -> None:
        self.banned = _TermSet(rules.banned_words)
        self.watch = _TermSet(rules.watch_words)


def typed_without_marks(text: str) -> bool:
    """Whether *text* is written without diacritics: fewer than one word in ten has any.

    A few marked words (a pasted name, an emoji-like letter) do not make a
    comment typed with marks; one in ten does.
    """
    words = _WORD.findall(text)
    if not words:
        return True
    marked = sum(1 for word in words if fold(word) != word.casefold())
    return marked * 10 < len(words)


def comment_length(text: str) -> int:
    """The length the site's comment box counts: characters of the trimmed NFC text."""
    return len(clean_text(text).strip())


def evaluate(rules: RuleSet, text: str) -> Verdict:
    """What *rules* say about a comment whose text is *text*."""
    compiled = rules.compiled()
    reasons: list[Reason] = []
    actions: list[Action] = []
    length = comment_length(text)
    if length < rules.min_length:
        reasons.append(Reason(RuleKind.TOO_SHORT, str(length)))
    elif rules.max_length and length > rules.max_length:
        reasons.append(Reason(RuleKind.TOO_LONG, str(length)))
    if reasons and rules.length_action is not None:
        actions.append(rules.length_action)
    cleaned = clean_text(text)
    folded = fold(cleaned)
    exact = exact_form(cleaned)
    without_marks = typed_without_marks(cleaned)
    for kind, terms, action in (
        (RuleKind.BANNED, compiled.banned, rules.banned_action),
        (RuleKind.WATCH, compiled.watch, rules.watch_action),
    ):
        found = terms.found(folded, exact, without_marks=without_marks)
        reasons.extend(Reason(kind, term) for term in found)
        if found and action is not None:
            actions.append(action)
    if rules.flag_links:
        links = list(dict.fromkeys(m.group(0) for m in _LINK.finditer(cleaned)))
        reasons.extend(Reason(RuleKind.LINK, link[:80]) for link in links[:5])
        if links and rules.link_action is not None:
            actions.append(rules.link_action)
    if not reasons:
        return Verdict()
    level = max(reason.level for reason in reasons)
    auto = max(actions, key=lambda a: _AUTO_STRENGTH[a]) if actions else None
    return Verdict(FlagLevel(level), tuple(reasons), auto)


def assistant_reason(rules: RuleSet, score: float) -> Reason | None:
    """The reason to flag a comment the assistant scored *score* (0-1), if the rule says so."""
    if not rules.assistant_hold or score < 0:
        return None
    percent = round(score * 100)
    return Reason(RuleKind.ASSISTANT, str(percent)) if percent >= rules.assistant_percent else None


def with_assistant_reasons(verdict: Verdict, rules: RuleSet, stored_json: str) -> Verdict:
    """*verdict* plus the assistant's reason kept in *stored_json*, while its rule is on.

    Re-evaluating a comment's text (a pull, a rules change) must not drop the
    flag the assistant rule gave it after an earlier scoring.
    """
    if not rules.assistant_hold:
        return verdict
    kept = tuple(r for r in reasons_from_json(stored_json) if r.kind is RuleKind.ASSISTANT)
    if not kept:
        return verdict
    for reason in kept:
        verdict = verdict.adding(reason)
    return verdict


def auto_target(verdict: Verdict, site_status: str) -> str | None:
    """The state an automatic action moves a newly pulled comment to, if any.

    Only comments the site holds or shows (not already rejected) are touched.
    """
    if verdict.auto_action is None or site_status not in (Status.HOLD, Status.APPROVED):
        return None
    target = {
        Action.TRASH: Status.TRASH,
        Action.SPAM: Status.SPAM,
        Action.UNAPPROVE: Status.HOLD,
    }[verdict.auto_action].value
    return None if target == site_status else target


def reasons_to_json(reasons: Sequence[Reason]) -> str:
    """Reasons as stored in ``comments.flags_json``."""
    return json.dumps([[r.kind.value, r.detail] for r in reasons], ensure_ascii=False)


def reasons_from_json(text: str) -> tuple[Reason, ...]:
    """Reasons stored by :func:`reasons_to_json` (unknown entries are skipped)."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return ()
    reasons: list[Reason] = []
    for item in data if isinstance(data, list) else []:
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
            try:
                reasons.append(Reason(RuleKind(item[0]), item[1]))
            except ValueError:
                continue
    return tuple(reasons)


@dataclass(frozen=True)
class Span:
    """Where in a comment's text a rule matched: ``text[start:end]``, and the rule's kind."""

    start: int
    end: int
    kind: RuleKind


def _char_map(text: str, form: Callable[[str], str]) -> tuple[str, list[int]]:
    """*text* put in *form*, and for each character of the result the one it came from.

    Whole when *form* keeps the length (tone marks move inside a word), else one
    character at a time.
    """
    whole = form(text)
    if len(whole) == len(text):
        return whole, list(range(len(text)))
    pieces: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(text):
        changed = form(char)
        pieces.append(changed)
        origin.extend([position] * len(changed))
    return "".join(pieces), origin


def match_spans(rules: RuleSet, text: str) -> list[Span]:
    """Where the banned words, watch words and links of *rules* occur in *text*.

    The offsets are into *text* itself (as shown), found the way :func:`evaluate`
    finds them: loose terms on folded text, exact terms on their exact form,
    whole words only. Sorted by start; overlapping spans are kept.
    """
    compiled = rules.compiled()
    folded, folded_origin = _char_map(text, fold)
    exact, exact_origin = _char_map(text, exact_form)
    spans: list[Span] = []
    for kind, terms in ((RuleKind.BANNED, compiled.banned), (RuleKind.WATCH, compiled.watch)):
        for pattern, source, origin in (
            (terms.loose.pattern, folded, folded_origin),
            (terms.exact.pattern, exact, exact_origin),
        ):
            if pattern is None:
                continue
            for match in pattern.finditer(source):
                if match.end() > match.start():
                    start = origin[match.start()]
                    end = origin[match.end() - 1] + 1
                    spans.append(Span(start, end, kind))
    if rules.flag_links:
        spans.extend(Span(m.start(), m.end(), RuleKind.LINK) for m in _LINK.finditer(text))
    return sorted(set(spans), key=lambda span: (span.start, span.end))
