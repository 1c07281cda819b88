"""Training the assistant on decisions: the site's own (the cache) or a file's labels.

A decision is a comment with its outcome: published (approved) or not (spam,
trash; a file's ``spam`` and ``abuse`` labels). The author's history feature
counts the author's *other* decided comments, so a comment never teaches the
model about itself. With fewer than :data:`MIN_DECISIONS` decisions, or fewer
than :data:`MIN_PER_CLASS` of either outcome, training refuses
(:class:`TooFewDecisions`) instead of guessing from a handful of examples.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from moderation.assistant.features import AuthorHistory, extract
from moderation.assistant.model import Example, Model, train
from moderation.errors import ModerationError
from moderation.statuses import Status
from storage.models import CachedComment

# Fewest decisions the assistant learns from, in all and of each outcome.
MIN_DECISIONS = 40
MIN_PER_CLASS = 10
# Retrain after this many new decisions since the model was trained.
RETRAIN_EVERY = 50

_DECIDED = (Status.APPROVED.value, Status.SPAM.value, Status.TRASH.value)


@dataclass(frozen=True)
class Decision:
    """One decided comment: its text, who wrote it, and whether it was rejected."""

    text: str
    rejected: bool
    author: str = ""  # who wrote it (an author key); "" when unknown


class TooFewDecisions(ModerationError):
    """Not enough decisions to learn from: the assistant says so instead of guessing."""

    def __init__(self, approved: int, rejected: int) -> None:
        super().__init__(f"too few decisions: {approved} approved, {rejected} rejected")
        self.approved = approved
        self.rejected = rejected

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "Assistant",
            "Too few decisions to learn from: {approved} approved and {rejected} rejected. "
            "The assistant needs at least {total} decisions, with at least {each} of each kind.",
        ).format(
            approved=self.approved,
            rejected=self.rejected,
            total=MIN_DECISIONS,
            each=MIN_PER_CLASS,
        )


class History:
    """The approved/rejected counts of each author, from a set of decisions."""

    def __init__(self, decisions: Iterable[Decision] = ()) -> None:
        self._approved: Counter[str] = Counter()
        self._rejected: Counter[str] = Counter()
        for decision in decisions:
            self.add(decision.author, decision.rejected)

    @classmethod
    def from_counts(cls, approved: Mapping[str, int], rejected: Mapping[str, int]) -> History:
        """A history from :meth:`counts` output (as the model file keeps it)."""
        history = cls()
        history._approved.update({str(k): int(v) for k, v in approved.items()})
        history._rejected.update({str(k): int(v) for k, v in rejected.items()})
        return history

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """Approved and rejected counts by author."""
        return dict(self._approved), dict(self._rejected)

    def add(self, author: str, rejected: bool) -> None:
        """Count one more decided comment of *author* (ignored when unknown)."""
        if author:
            (self._rejected if rejected else self._approved)[author] += 1

    def of(self, author: str, *, leaving_out: bool | None = None) -> AuthorHistory | None:
        """The history of *author*; None when the author is unknown.

        *leaving_out*: the outcome of the comment being looked at, when it is
        itself one of the counted decisions (it is not counted then).
        """
        if not author:
            return None
        approved = self._approved[author] - (1 if leaving_out is False else 0)
        rejected = self._rejected[author] - (1 if leaving_out is True else 0)
        return AuthorHistory(max(approved, 0), max(rejected, 0))


def check_enough(decisions: Sequence[Decision]) -> None:
    """Raise :class:`TooFewDecisions` when *decisions* are too few to learn from."""
    rejected = sum(1 for d in decisions if d.rejected)
    approved = len(decisions) - rejected
    if len(decisions) < MIN_DECISIONS or min(approved, rejected) < MIN_PER_CLASS:
        raise TooFewDecisions(approved, rejected)


def train_on(
    decisions: Sequence[Decision], *, cancelled: Callable[[], bool] = lambda: False
) -> tuple[Model, History]:
    """A model trained on *decisions*, and the authors' history it was trained with.

    Raises :class:`TooFewDecisions` when there are too few. *cancelled* is
    polled while features are read (a background task's cancellation).
    """
    check_enough(decisions)
    history = History(decisions)
    examples: list[Example] = []
    for number, decision in enumerate(decisions):
        if number % 500 == 0 and cancelled():
            raise InterruptedError("training cancelled")
        own = history.of(decision.author, leaving_out=decision.rejected)
        features = extract(decision.text, own)
        examples.append(Example(features, decision.rejected))
    return train(examples), history


def site_decisions(session: Session, site_id: int) -> list[Decision]:
    """The decided comments of *site_id* in the cache, oldest first.

    Approved comments count as "publish", spam and trash as "not to publish";
    held comments are not decided yet. The state the cache holds is the site's
    outcome, whoever took the decision (a moderator here or on the site).
    """
    statement = (
        select(CachedComment.content, CachedComment.status, CachedComment.author_key)
        .where(CachedComment.site_id == site_id, CachedComment.status.in_(_DECIDED))
        .order_by(CachedComment.id)
    )
    return [
        Decision(content, status != Status.APPROVED.value, author or "")
        for content, status, author in session.execute(statement)
    ]


def count_site_decisions(session: Session, site_id: int) -> int:
    """How many decided comments *site_id* has in the cache (for the retrain trigger)."""
    from sqlalchemy import func

    statement = (
        select(func.count())
        .select_from(CachedComment)
        .where(CachedComment.site_id == site_id, CachedComment.status.in_(_DECIDED))
    )
    return int(session.execute(statement).scalar_one())


def retrain_due(decisions_now: int, trained_with: int | None) -> bool:
    """Whether the model should be trained again.

    *trained_with* is the number of decisions the stored model learnt from
    (None: no model yet). Due when there is no model and enough decisions may
    exist, or after :data:`RETRAIN_EVERY` new decisions (or a big drop, as
    after the cache was emptied).
    """
    if trained_with is None:
        return decisions_now >= MIN_DECISIONS
    return abs(decisions_now - trained_with) >= RETRAIN_EVERY
