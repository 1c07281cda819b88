"""Checking the assistant and the campaign grouping on a file of comments.

:func:`evaluate` scores every comment of a file with a trained model, groups
them into campaigns with the app's own :mod:`moderation.campaigns`, and, when
the file has labels, counts precision and recall at the model's threshold.
Scoring never sees the labels: it is given the texts and authors only.

The comments are taken one at a time (a file is read as a stream, see
:func:`moderation.assistant.dataset.iter_comments`) and each is scored, added
to the campaign index and counted in the confusion table as it comes, since the
model and its threshold are fixed once trained. What is kept of a comment is
what the result needs: its id and score, and the campaign index's fixed-size
sketch; not its text, except for the few highest scores a person is shown.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from moderation.assistant.dataset import FileComment
from moderation.assistant.features import extract
from moderation.assistant.model import Model, Quality
from moderation.assistant.training import Decision, History
from moderation.campaigns import CampaignIndex

# (stage, done, total): stage is "score".
ProgressCallback = Callable[[str, int, int], None]
# Longest text kept of each of the highest scores (enough for a table's excerpt).
HIGHEST_TEXT = 200


@dataclass(frozen=True)
class Scored:
    """One of the highest-scored comments, kept to be shown to a person."""

    id: str
    score: float
    text: str  # the start of the comment's text (at most HIGHEST_TEXT characters)


@dataclass(frozen=True)
class Evaluation:
    """What ``moderation evaluate`` reports."""

    threshold: float
    scores: dict[str, float]  # by comment id, in file order
    groups: list[list[str]]  # campaigns of two or more, ids in file order
    quality: Quality | None  # None when the file has no labels
    labelled: int  # comments with a label
    highest: list[Scored] = field(default_factory=list)  # highest first, ties in file order

    def to_json(self) -> dict[str, object]:
        """The one JSON object ``--json`` prints."""
        return {
            "threshold": self.threshold,
            "scores": self.scores,
            "groups": self.groups,
            "precision": self.quality.precision if self.quality else None,
            "recall": self.quality.recall if self.quality else None,
        }


def file_decisions(comments: Iterable[FileComment]) -> list[Decision]:
    """The labelled comments of a file as decisions (spam and abuse: not to publish)."""
    return [
        Decision(comment.text, comment.rejected, comment.author_key)
        for comment in comments
        if comment.label is not None
    ]


def score_text(model: Model, history: History, text: str, author: str) -> float:
    """The score of one comment by *author* (an author key), rounded to four decimals."""
    return round(model.score(extract(text, history.of(author))), 4)


class _Confusion:
    """The confusion table at a fixed threshold, counted one comment at a time."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.counts = [0, 0, 0, 0]  # true positive, false positive, false negative, true negative

    def add(self, score: float, rejected: bool) -> None:
        flagged = score >= self.threshold
        self.counts[(0 if rejected else 1) if flagged else (2 if rejected else 3)] += 1

    def quality(self) -> Quality | None:
        return Quality(*self.counts) if any(self.counts) else None


def evaluate(
    model: Model,
    history: History,
    comments: Iterable[FileComment],
    progress: ProgressCallback | None = None,
    *,
    highest: int = 0,
) -> Evaluation:
    """Score and group *comments*; count precision and recall where labels exist.

    *comments* are taken one at a time (an iterator reading a file will do):
    memory grows by an id, a score and a campaign sketch a comment. *progress*
    is told of the "score" stage when *comments* has a length. The *highest*
    scored comments are kept with the start of their text.
    """
    total = len(comments) if isinstance(comments, Sequence) else 0
    scores: dict[str, float] = {}
    index: CampaignIndex[str] = CampaignIndex()
    confusion = _Confusion(model.threshold)
    top: list[tuple[float, int, str, str]] = []  # a min-heap: (score, -number, id, text)
    for number, comment in enumerate(comments, 1):
        score = score_text(model, history, comment.text, comment.author_key)
        scores[comment.id] = score
        index.add(comment.id, comment.text)
        if comment.label is not None:
            confusion.add(score, comment.rejected)
        if highest:
            entry = (score, -number, comment.id, comment.text[:HIGHEST_TEXT])
            if len(top) < highest:
                heapq.heappush(top, entry)
            elif entry > top[0]:
                heapq.heapreplace(top, entry)
        if progress is not None and total and number % 500 == 0:
            progress("score", number, total)
    if progress is not None and total:
        progress("score", total, total)
    quality = confusion.quality()
    return Evaluation(
        model.threshold,
        scores,
        index.groups(),
        quality,
        sum(confusion.counts),
        [Scored(i, s, t) for s, _n, i, t in sorted(top, reverse=True)],
    )
