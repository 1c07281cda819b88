"""Why the assistant scored a comment so: its strongest features, in a moderator's words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from moderation.assistant.features import Signal
from moderation.assistant.model import Model

TOP = 5


@dataclass(frozen=True)
class Push:
    """One feature's weight on a score: positive pushes towards "not to publish"."""

    feature: str  # the feature's name, as in :mod:`moderation.assistant.features`
    weight: float

    @property
    def towards_rejecting(self) -> bool:
        """Whether it makes the comment look like one not to publish."""
        return self.weight > 0

    def describe(self) -> str:
        """The feature in words, translated ("the word “vay”", "a phone number")."""
        return describe_feature(self.feature)


def _signal_text(signal: Signal) -> str:
    texts = {
        Signal.LINK: QCoreApplication.translate("Assistant", "a link"),
        Signal.PHONE: QCoreApplication.translate("Assistant", "a phone number"),
        Signal.CHAT_APP: QCoreApplication.translate(
            "Assistant", "a chat-app contact (Zalo, Telegram…)"
        ),
        Signal.SHORT: QCoreApplication.translate("Assistant", "very short"),
        Signal.LONG: QCoreApplication.translate("Assistant", "very long"),
        Signal.REPEATED: QCoreApplication.translate("Assistant", "the same words again and again"),
        Signal.SHOUTING: QCoreApplication.translate("Assistant", "written in capitals"),
        Signal.NO_MARKS: QCoreApplication.translate("Assistant", "typed without diacritics"),
        Signal.MONEY: QCoreApplication.translate("Assistant", "an amount of money or a percentage"),
        Signal.AUTHOR_APPROVED: QCoreApplication.translate(
            "Assistant", "the author's comments approved before"
        ),
        Signal.AUTHOR_REJECTED: QCoreApplication.translate(
            "Assistant", "the author's comments rejected before"
        ),
        Signal.AUTHOR_NEW: QCoreApplication.translate("Assistant", "the author's first comment"),
    }
    return texts[signal]


def describe_feature(name: str) -> str:
    """A feature name (``w:vay``, ``s:phone``…) as a moderator reads it."""
    kind, _, value = name.partition(":")
    if kind == "s":
        try:
            return _signal_text(Signal(value))
        except ValueError:
            return value
    if kind == "w":
        return QCoreApplication.translate("Assistant", "the word “{word}”").format(word=value)
    if kind == "a":
        return QCoreApplication.translate(
            "Assistant", "the word “{word}” with these diacritics"
        ).format(word=value)
    if kind == "b":
        return QCoreApplication.translate("Assistant", "the words “{words}”").format(words=value)
    if kind == "c":
        return QCoreApplication.translate("Assistant", "the letters “{letters}”").format(
            letters=value.strip("<>")
        )
    return name


def explain(model: Model, features: Mapping[str, float], top: int = TOP) -> list[Push]:
    """The *top* features that weighed most on this comment's score, strongest first."""
    return [Push(name, weight) for name, weight in model.contributions(features)[:top]]
