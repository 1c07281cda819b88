"""Checking the assistant and the campaign grouping on a file of comments.

:func:`evaluate` scores every comment of a file with a trained model, groups
them into campaigns with the app's own :mod:`moderation.campaigns`, and, when
the file has labels, counts precision and recall at the model's threshold.
Scoring never sees the labels: it is given the texts and authors only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from moderation.assistant.dataset import FileComment
from moderation.assistant.features import extract
from moderation.assistant.model import Model, Quality
from moderation.assistant.training import Decision, History
from moderation.campaigns import CampaignIndex

# (stage, done, total): stage is "score" or "group".
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Evaluation:
    """What ``moderation evaluate`` reports."""

    threshold: float
    scores: dict[str, float]  # by comment id, in file order
    groups: list[list[str]]  # campaigns of two or more, ids in file order
    quality: Quality | None  # None when the file has no labels
    labelled: int  # comments with a label

    def to_json(self) -> dict[str, object]:
        """The one JSON object ``--json`` prints."""
        return {
            "threshold": self.threshold,
            "scores": self.scores,
            "groups": self.groups,
            "precision": self.quality.precision if self.quality else None,
            "recall": self.quality.recall if self.quality else None,
        }


def file_decisions(comments: Sequence[FileComment]) -> list[Decision]:
    """The labelled comments of a file as decisions (spam and abuse: not to publish)."""
    return [
        Decision(comment.text, comment.rejected, comment.author_key)
        for comment in comments
        if comment.label is not None
    ]


def score_texts(
    model: Model,
    history: History,
    comments: Sequence[tuple[str, str]],
    progress: ProgressCallback | None = None,
) -> list[float]:
    """Scores of ``(text, author key)`` pairs, rounded to four decimals."""
    scores: list[float] = []
    for number, (text, author) in enumerate(comments, 1):
        scores.append(round(model.score(extract(text, history.of(author))), 4))
        if progress is not None and number % 1000 == 0:
            progress("score", number, len(comments))
    return scores


def evaluate(
    model: Model,
    history: History,
    comments: Sequence[FileComment],
    progress: ProgressCallback | None = None,
) -> Evaluation:
    """Score and group *comments*; count precision and recall where labels exist."""
    total = len(comments)
    scores = score_texts(model, history, [(c.text, c.author_key) for c in comments], progress)
    if progress is not None:
        progress("score", total, total)
    index: CampaignIndex[str] = CampaignIndex()
    for number, comment in enumerate(comments, 1):
        index.add(comment.id, comment.text)
        if progress is not None and number % 1000 == 0:
            progress("group", number, total)
    if progress is not None:
        progress("group", total, total)
    labelled = [(score, c.rejected) for score, c in zip(scores, comments, strict=True) if c.label]
    quality = (
        Quality.count([s for s, _ in labelled], [r for _, r in labelled], model.threshold)
        if labelled
        else None
    )
    return Evaluation(
        model.threshold,
        {c.id: score for c, score in zip(comments, scores, strict=True)},
        index.groups(),
        quality,
        len(labelled),
    )
