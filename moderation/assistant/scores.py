"""Keeping the assistant's scores in the cache, so a queue can sort and page by them.

:func:`score_site` is a task function for
:func:`uikit.background.run_in_background`: it assesses the site
(:func:`moderation.assistant.overview.assess_site`, its own sessions) and
writes each waiting comment's score to ``comments.assist_score`` (-1 for the
others, or for all when no assistant is trained). Nothing here decides: the
assistant only suggests, unless the site's rules hold high scores for review
(:attr:`moderation.rules.RuleSet.assistant_hold`, off by default); even then a
comment is only *flagged* here, in the cache, and its state on the site stays
as it is (no outbox item).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from moderation.assistant.overview import SiteAssessment, assess_site
from moderation.authors import load_policy_in
from moderation.cache import Progress
from moderation.rules import (
    FlagLevel,
    RuleKind,
    RuleSet,
    Verdict,
    assistant_reason,
    reasons_from_json,
    reasons_to_json,
)
from moderation.settings import load_rules_in
from moderation.statuses import Status
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
        flag_high_scores_in(session, site_id, scores)


#: The states a comment the assistant rule flags may be in: held, or published already.
_FLAGGABLE = (Status.HOLD.value, Status.APPROVED.value)


def flag_high_scores_in(session: Session, site_id: int, scores: dict[int, float]) -> int:
    """Flag for review the comments scored at or above the rule's threshold; how many changed.

    Nothing happens while the rule is off. A comment a moderator already
    reviewed, the site's own account's comments, and rejected ones are left
    alone. The reason ("Assistant: 93%") joins the rules' reasons; the
    comment's status is not touched.
    """
    rules: RuleSet = load_rules_in(session, site_id)
    wanted = {
        key: reason
        for key, score in scores.items()
        if (reason := assistant_reason(rules, score)) is not None
    }
    if not wanted:
        return 0
    policy = load_policy_in(session, site_id)
    changes: list[dict[str, object]] = []
    keys = list(wanted)
    for start in range(0, len(keys), BATCH):
        rows = session.execute(
            select(
                CachedComment.id,
                CachedComment.flags_json,
                CachedComment.flag_level,
                CachedComment.flag_open,
                CachedComment.reviewed_at,
                CachedComment.author_user_id,
                CachedComment.status,
            ).where(
                CachedComment.site_id == site_id,
                CachedComment.id.in_(keys[start : start + BATCH]),
            )
        ).all()
        for row in rows:
            if (
                row.reviewed_at is not None
                or row.status not in _FLAGGABLE
                or policy.is_own(row.author_user_id)
            ):
                continue
            others = tuple(
                r for r in reasons_from_json(row.flags_json) if r.kind is not RuleKind.ASSISTANT
            )
            verdict = Verdict(FlagLevel(max((r.level for r in others), default=0)), others)
            verdict = verdict.adding(wanted[row.id])
            flags_json = reasons_to_json(verdict.reasons)
            if (flags_json, int(verdict.level), True) != (
                row.flags_json,
                row.flag_level,
                row.flag_open,
            ):
                changes.append(
                    {
                        "id": row.id,
                        "flags_json": flags_json,
                        "flag_level": int(verdict.level),
                        "flag_open": True,
                    }
                )
    if changes:
        session.execute(update(CachedComment), changes)
    return len(changes)


def score_site(context: Progress, store: Store, data_dir: Path, site_id: int) -> SiteAssessment:
    """Assess the site's cache and keep the waiting comments' scores (a background task)."""
    assessment = assess_site(context, store, data_dir, site_id)
    if context.cancelled:
        raise InterruptedError("scoring cancelled")
    store_scores(store, site_id, assessment.scores)
    return assessment
