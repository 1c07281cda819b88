"""What the comment list needs from the assistant: a score per waiting comment, campaigns.

:func:`assess_site` is a task function for
:func:`uikit.background.run_in_background`: it reads the site's cached comments
in its own session, groups all of them into campaigns (the same
:mod:`moderation.campaigns` the command line uses) and scores the ones waiting
for a decision with the site's trained assistant, if there is one. The
resulting :class:`SiteAssessment` answers the list's questions on the GUI
thread without touching the database ("Similar: N", the score and why) and
takes each pulled page incrementally (:meth:`SiteAssessment.add`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from moderation.assistant import saved
from moderation.assistant.explain import Push
from moderation.assistant.saved import TrainedAssistant
from moderation.cache import Progress
from moderation.campaigns import CampaignIndex
from moderation.statuses import Status
from storage.database import Store
from storage.models import CachedComment

BATCH = 2000


@dataclass(frozen=True)
class CachedText:
    """A cached comment as the assessment reads it."""

    id: int
    text: str
    author: str  # its author key
    status: str


@dataclass
class SiteAssessment:
    """Scores of waiting comments and the campaigns of a site's cache."""

    assistant: TrainedAssistant | None
    campaigns: CampaignIndex[int] = field(default_factory=CampaignIndex)
    scores: dict[int, float] = field(default_factory=dict)  # waiting comments only
    texts: dict[int, tuple[str, str]] = field(default_factory=dict)  # scored: text, author

    def add(self, comments: Iterable[CachedText]) -> None:
        """Take comments in (a pulled page): group them, score the waiting ones."""
        for comment in comments:
            self.campaigns.add(comment.id, comment.text)
            if comment.status == Status.HOLD.value and self.assistant is not None:
                self.scores[comment.id] = self.assistant.score(comment.text, comment.author)
                self.texts[comment.id] = (comment.text, comment.author)

    def similar(self, comment_id: int) -> int:
        """How many comments are in this comment's campaign, itself included (1: none)."""
        return self.campaigns.group_size(comment_id)

    def campaign(self, comment_id: int) -> list[int]:
        """The comments of this comment's campaign (just itself when it has none)."""
        return self.campaigns.group_of(comment_id)

    def score(self, comment_id: int) -> float | None:
        """The assistant's score of a waiting comment; None without a model or score."""
        return self.scores.get(comment_id)

    def why(self, comment_id: int) -> list[Push]:
        """What weighed most on a scored comment's score (empty when not scored)."""
        known = self.texts.get(comment_id)
        if known is None or self.assistant is None:
            return []
        return self.assistant.explain(*known)


def cached_texts(store: Store, site_id: int) -> Iterable[CachedText]:
    """The site's cached comments, oldest first, read in batches (bounded memory)."""
    last = 0
    while True:
        with store.session() as session:
            rows = session.execute(
                select(
                    CachedComment.id,
                    CachedComment.content,
                    CachedComment.author_key,
                    CachedComment.status,
                )
                .where(CachedComment.site_id == site_id, CachedComment.id > last)
                .order_by(CachedComment.id)
                .limit(BATCH)
            ).all()
        if not rows:
            return
        for row in rows:
            yield CachedText(row.id, row.content, row.author_key or "", row.status)
        last = rows[-1].id


def assess_site(context: Progress, store: Store, data_dir: Path, site_id: int) -> SiteAssessment:
    """Group and score the cached comments of *site_id* (a background task function)."""
    assessment = SiteAssessment(saved.load(saved.model_path(data_dir, site_id)))
    batch: list[CachedText] = []
    done = 0
    for comment in cached_texts(store, site_id):
        batch.append(comment)
        if len(batch) == BATCH:
            if context.cancelled:
                raise InterruptedError("assessment cancelled")
            assessment.add(batch)
            done += len(batch)
            context.report_progress(done, 0)
            batch = []
    assessment.add(batch)
    return assessment
