"""Keeping the assistant's scores in the cache, so a queue can sort and page by them.

:func:`score_site` is a task function for
:func:`shell.background.run_in_background`: it assesses the site
(:func:`moderation.assistant.overview.assess_site`, its own sessions) and
writes each waiting comment's score to ``comments.assist_score`` (-1 for the
others, or for all when no assistant is trained). Nothing here decides: the
assistant only suggests.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import bindparam, update

from moderation.assistant.overview import SiteAssessment, assess_site
from moderation.cache import Progress
from storage.database import Store
from storage.models import CachedComment

NO_SCORE = -1.0
BATCH = 2000


def store_scores(store: Store, site_id: int, scores: dict[int, float]) -> None:
    """Write *scores* for the site's comments; every other comment of the site loses its score."""
    with store.transaction() as session:
        session.execute(
            update(CachedComment)
            .where(CachedComment.site_id == site_id, CachedComment.assist_score != NO_SCORE)
            .values(assist_score=NO_SCORE)
        )
        items = [{"key": key, "value": value} for key, value in scores.items()]
        table = CachedComment.__table__
        statement = (
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == bindparam("key"))
            .values(assist_score=bindparam("value"))
        )
        for start in range(0, len(items), BATCH):
            session.execute(statement, items[start : start + BATCH])


def score_site(context: Progress, store: Store, data_dir: Path, site_id: int) -> SiteAssessment:
    """Assess the site's cache and keep the waiting comments' scores (a background task)."""
    assessment = assess_site(context, store, data_dir, site_id)
    if context.cancelled:
        raise InterruptedError("scoring cancelled")
    store_scores(store, site_id, assessment.scores)
    return assessment
