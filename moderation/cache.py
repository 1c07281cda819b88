"""The local copy of a site's comments: upsert by (site, remote id), search index, flags.

:func:`store_page` writes one page of pulled comments in the caller's
transaction (the pull commits once per page). A comment with a decision still
waiting in the outbox keeps its local state; only ``site_status`` follows the
site. Every text passes :func:`storage.textfold.clean_text`; the search index
(``comment_search``, FTS5) holds the folded author and text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from moderation.authors import TRUSTED_NOTE, AuthorPolicy, load_policy_in
from moderation.decisions import SUBJECT, apply_in
from moderation.journal import AUTOMATIC
from moderation.rules import (
    RuleKind,
    RuleSet,
    Verdict,
    assistant_reason,
    auto_target,
    evaluate,
    reasons_to_json,
    with_assistant_reasons,
)
from moderation.statuses import Action
from moderation.text import author_key, excerpt
from portal.outbox import subjects_waiting
from portal.remote import RemoteComment, RemotePost
from storage.collation import vietnamese_sort_key
from storage.database import Store
from storage.models import CachedComment, CommentPost, ReviewDecision, utc_now
from storage.textfold import clean_text, fold

SEARCH_TABLE = "comment_search"
_INSERT_SEARCH = text(
    "INSERT INTO comment_search (rowid, author, body) VALUES (:id, :author, :body)"
)
_DELETE_SEARCH = text("DELETE FROM comment_search WHERE rowid = :id")


class Progress(Protocol):
    """What long cache jobs need of a background task's context."""

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        ...

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        """Tell the user how far the job is."""
        ...


@dataclass
class PageOutcome:
    """What storing one page did."""

    new: int = 0
    updated: int = 0
    site_changed: int = 0  # comments whose state changed on the site since the last pull
    automatic: int = 0  # decisions taken by a rule's automatic action
    trusted: int = 0  # pending comments approved because their author is trusted
    max_remote_id: int = 0
    post_ids: set[int] = field(default_factory=set)


def search_author(name: str, email: str) -> str:
    """The folded author field of the search index."""
    return fold(f"{name} {email}")


def _verdict_columns(verdict: Verdict) -> dict[str, Any]:
    return {"flag_level": int(verdict.level), "flags_json": reasons_to_json(verdict.reasons)}


def _columns(comment: RemoteComment, now: datetime) -> dict[str, Any]:
    content = clean_text(comment.content)
    name = clean_text(comment.author_name)
    email = clean_text(comment.author_email)
    return {
        "post_id": comment.post,
        "parent_remote_id": comment.parent,
        "author_user_id": comment.author,
        "author_name": name,
        "author_email": email,
        "author_url": clean_text(comment.author_url),
        "author_key": author_key(comment.author, email, name),
        "date_gmt": comment.date_gmt or now,
        "content": content,
        "excerpt": excerpt(content),
        "link": clean_text(comment.link),
        "pulled_at": now,
        "updated_at": now,
    }


def waiting_comment_ids(session: Session, comment_ids: Iterable[int]) -> set[int]:
    """Those of *comment_ids* with a decision or reply still in the outbox."""
    ids = list(comment_ids)
    if not ids:
        return set()
    return set(session.scalars(subjects_waiting(SUBJECT, subject_ids=ids)))


def store_page(
    session: Session,
    site_id: int,
    comments: Sequence[RemoteComment],
    rules: RuleSet,
    *,
    now: datetime | None = None,
) -> PageOutcome:
    """Upsert *comments* of *site_id* in the caller's transaction; return what changed."""
    outcome = PageOutcome()
    if not comments:
        return outcome
    now = now or utc_now()
    unique = list({comment.id: comment for comment in comments}.values())
    unique = _without_review_notes(session, site_id, unique)
    if not unique:
        return outcome
    existing = {
        row.remote_id: row
        for row in session.execute(
            select(
                CachedComment.id,
                CachedComment.remote_id,
                CachedComment.site_status,
                CachedComment.content,
                CachedComment.author_name,
                CachedComment.author_email,
                CachedComment.reviewed_at,
                CachedComment.flags_json,
            ).where(
                CachedComment.site_id == site_id,
                CachedComment.remote_id.in_([c.id for c in unique]),
            )
        )
    }
    waiting = waiting_comment_ids(session, (row.id for row in existing.values()))
    policy = load_policy_in(session, site_id)
    inserts: list[dict[str, Any]] = []
    verdicts: dict[int, Verdict] = {}
    updates: list[dict[str, Any]] = []
    reindex: list[dict[str, Any]] = []
    for comment in unique:
        columns = _columns(comment, now)
        # the newspaper's own comments (its replies among them) are never flagged
        own = policy.is_own(comment.author)
        verdict = Verdict() if own else evaluate(rules, columns["content"])
        columns.update(_verdict_columns(verdict))
        outcome.max_remote_id = max(outcome.max_remote_id, comment.id)
        if comment.post:
            outcome.post_ids.add(comment.post)
        old = existing.get(comment.id)
        if old is None:
            verdicts[comment.id] = verdict
            inserts.append(
                {
                    **columns,
                    "site_id": site_id,
                    "remote_id": comment.id,
                    "status": comment.status,
                    "site_status": comment.status,
                    "previous_status": "",
                    "flag_open": verdict.flagged,
                    "reviewed_at": None,
                }
            )
            continue
        outcome.updated += 1
        if not own:
            verdict = with_assistant_reasons(verdict, rules, old.flags_json)
            columns.update(_verdict_columns(verdict))
        if old.site_status != comment.status:
            outcome.site_changed += 1
        columns.update(
            id=old.id,
            site_status=comment.status,
            flag_open=verdict.flagged and old.reviewed_at is None,
        )
        if old.id not in waiting:
            columns["status"] = comment.status
        updates.append(columns)
        if (old.content, old.author_name, old.author_email) != (
            columns["content"],
            columns["author_name"],
            columns["author_email"],
        ):
            reindex.append(_search_row(old.id, columns))
    if updates:
        for group in _same_keys(updates):
            session.execute(update(CachedComment), group)
    for row in reindex:
        session.execute(_DELETE_SEARCH, {"id": row["id"]})
    if reindex:
        session.execute(_INSERT_SEARCH, reindex)
    if inserts:
        # Another pull of the same site (the app's background sync) may have stored some of
        # these meanwhile: those are left to it.
        statement = (
            sqlite_insert(CachedComment)
            .on_conflict_do_nothing(index_elements=["site_id", "remote_id"])
            .returning(CachedComment.id, CachedComment.remote_id)
        )
        created = session.execute(statement, inserts).all()
        ids = {remote_id: local_id for local_id, remote_id in created}
        inserts = [row for row in inserts if row["remote_id"] in ids]
        if inserts:
            session.execute(
                _INSERT_SEARCH, [_search_row(ids[row["remote_id"]], row) for row in inserts]
            )
        outcome.new = len(inserts)
        outcome.automatic = _automatic_decisions(session, site_id, ids, verdicts, inserts)
        outcome.trusted = _trusted_approvals(session, site_id, policy, ids, inserts)
    return outcome


def _without_review_notes(
    session: Session, site_id: int, comments: list[RemoteComment]
) -> list[RemoteComment]:
    """*comments* but the held notes editors sent contributors (editor.review_outbox).

    Such a note is no reader comment: it never enters the moderation queues (where
    someone could approve it and make it public); one cached before its id was known
    leaves the cache. A note whose id Newsdesk has not learnt yet (the site's answer
    was lost, the retry is still to come) is told by its post and its text.
    """
    notes = set(
        session.scalars(
            select(ReviewDecision.note_comment_id).where(
                ReviewDecision.site_id == site_id,
                ReviewDecision.note_comment_id.in_([c.id for c in comments]),
            )
        )
    )
    held = [c for c in comments if c.status == "hold" and c.id not in notes]
    if held:
        sent_notes = {
            (post, note)
            for post, note in session.execute(
                select(ReviewDecision.post_id, ReviewDecision.note).where(
                    ReviewDecision.site_id == site_id,
                    ReviewDecision.post_id.in_({c.post for c in held}),
                    ReviewDecision.note != "",
                )
            )
        }
        notes.update(c.id for c in held if (c.post, c.content.strip()) in sent_notes)
    if not notes:
        return comments
    cached = list(
        session.scalars(
            select(CachedComment.id).where(
                CachedComment.site_id == site_id, CachedComment.remote_id.in_(notes)
            )
        )
    )
    for comment_id in cached:
        session.execute(_DELETE_SEARCH, {"id": comment_id})
    if cached:
        session.execute(delete(CachedComment).where(CachedComment.id.in_(cached)))
    return [comment for comment in comments if comment.id not in notes]


def _trusted_approvals(
    session: Session,
    site_id: int,
    policy: AuthorPolicy,
    ids: dict[int, int],
    inserts: list[dict[str, Any]],
) -> int:
    """Approve newly pulled pending comments of trusted authors (through the outbox, logged)."""
    if not policy.trusted:
        return 0
    local_ids = [
        ids[row["remote_id"]]
        for row in inserts
        if row["status"] == "hold" and row["author_key"] in policy.trusted
    ]
    if not local_ids:
        return 0
    comments = session.scalars(
        select(CachedComment).where(
            CachedComment.id.in_(local_ids), CachedComment.status == "hold"
        )
    ).all()
    return len(apply_in(session, comments, Action.APPROVE, AUTOMATIC, note=TRUSTED_NOTE))


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def _search_row(comment_id: int, columns: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": comment_id,
        "author": search_author(columns["author_name"], columns["author_email"]),
        "body": fold(columns["content"]),
    }


def _automatic_decisions(
    session: Session,
    site_id: int,
    ids: dict[int, int],
    verdicts: dict[int, Verdict],
    inserts: list[dict[str, Any]],
) -> int:
    """Apply the rules' automatic actions (off by default) to newly pulled comments."""
    wanted: dict[Action, list[int]] = {}
    for row in inserts:
        verdict = verdicts[row["remote_id"]]
        if verdict.auto_action is not None and auto_target(verdict, row["status"]) is not None:
            wanted.setdefault(verdict.auto_action, []).append(ids[row["remote_id"]])
    done = 0
    for action, local_ids in wanted.items():
        comments = session.scalars(
            select(CachedComment).where(
                CachedComment.site_id == site_id, CachedComment.id.in_(local_ids)
            )
        ).all()
        for comment in comments:
            reasons = verdicts[comment.remote_id].reasons
            note = ", ".join(f"{r.kind.value}:{r.detail}" for r in reasons)
            done += len(apply_in(session, [comment], action, AUTOMATIC, note=note))
    return done


def known_post_ids(session: Session, site_id: int, post_ids: Iterable[int]) -> set[int]:
    """Those of *post_ids* whose article is already known."""
    ids = list(post_ids)
    if not ids:
        return set()
    return set(
        session.scalars(
            select(CommentPost.remote_id).where(
                CommentPost.site_id == site_id, CommentPost.remote_id.in_(ids)
            )
        )
    )


def store_post(session: Session, site_id: int, post_id: int, post: RemotePost | None) -> None:
    """Remember the article *post_id* (its title and address; empty when unreadable)."""
    row = session.scalars(
        select(CommentPost).where(CommentPost.site_id == site_id, CommentPost.remote_id == post_id)
    ).one_or_none()
    if row is None:
        row = CommentPost(site_id=site_id, remote_id=post_id)
        session.add(row)
    title = " ".join(clean_text(post.title).split()) if post is not None else ""
    row.title = title
    row.title_sort = vietnamese_sort_key(title)
    row.link = clean_text(post.link) if post is not None else ""
    row.fetched_at = utc_now()


def reflag_all(store: Store, site_id: int, rules: RuleSet, progress: Progress | None = None) -> int:
    """Evaluate *rules* again on every cached comment of *site_id*; return how many changed.

    Runs in batches (one transaction each) so the queue stays usable meanwhile;
    a moderator's earlier review keeps a comment out of the Flagged queue.
    Automatic actions are not applied to comments already cached.
    """
    batch = 2000
    changed = 0
    with store.session() as session:
        policy = load_policy_in(session, site_id)
        total = session.execute(
            select(func.count()).select_from(CachedComment).where(CachedComment.site_id == site_id)
        ).scalar_one()
    last_id = 0
    done = 0
    while True:
        if progress is not None and progress.cancelled:
            break
        with store.transaction() as session:
            rows = session.execute(
                select(
                    CachedComment.id,
                    CachedComment.content,
                    CachedComment.flag_level,
                    CachedComment.flags_json,
                    CachedComment.flag_open,
                    CachedComment.reviewed_at,
                    CachedComment.author_user_id,
                    CachedComment.assist_score,
                )
                .where(CachedComment.site_id == site_id, CachedComment.id > last_id)
                .order_by(CachedComment.id)
                .limit(batch)
            ).all()
            if not rows:
                break
            updates: list[dict[str, Any]] = []
            for row in rows:
                own = policy.is_own(row.author_user_id)
                verdict = Verdict() if own else evaluate(rules, row.content)
                if not own:
                    verdict = with_assistant_reasons(verdict, rules, row.flags_json)
                    scored = assistant_reason(rules, row.assist_score)
                    if scored is not None and not verdict.reasons_of(RuleKind.ASSISTANT):
                        verdict = verdict.adding(scored)
                columns = _verdict_columns(verdict)
                flag_open = verdict.flagged and row.reviewed_at is None
                if (columns["flag_level"], columns["flags_json"], flag_open) != (
                    row.flag_level,
                    row.flags_json,
                    row.flag_open,
                ):
                    updates.append({"id": row.id, **columns, "flag_open": flag_open})
            if updates:
                session.execute(update(CachedComment), updates)
            changed += len(updates)
            last_id = rows[-1].id
            done += len(rows)
        if progress is not None:
            progress.report_progress(done, max(total, done))
    return changed
