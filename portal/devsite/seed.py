"""Fill a new demo site with sample interviews and a few hundred reader comments.

Generation is deterministic for a given ``seed``: the same posts and comments
(texts, authors, states, dates, reply threads) every time. Dates are counted
back from a fixed anchor, except the scheduled interview, which is put a week
after the real "now" so that it stays scheduled.

Comments come in every moderation state (approved, hold, spam, trash), some
with replies (also from the newsroom), and some hostile: HTML and script tags,
``javascript:`` links, very long text, control characters, right-to-left
overrides, decomposed (NFD) Vietnamese, emoji.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from portal.devsite import seed_text as text
from portal.devsite.collation import remove_accents
from portal.devsite.store import Store
from portal.devsite.wptext import filter_kses, now_gmt, sanitize_name, sanitize_title, to_db

ANCHOR = datetime(2024, 5, 20, 3, 0, tzinfo=UTC)
"""Seeded dates are counted back from here, so they do not depend on the day of seeding."""

NEWSROOM_LOGIN = "toasoan"
NEWSROOM_NAME = "Tòa soạn Báo Bình Lâm"

_STATES = (("approved", 55), ("hold", 25), ("spam", 12), ("trash", 8))
_DOMAINS = ("example.com", "example.net", "example.org")


@dataclass(frozen=True)
class SeedSummary:
    """What seeding created."""

    posts: int
    comments: int
    by_status: dict[str, int]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.12:
        return rng.choice(text.NICKNAMES)
    parts = (text.FAMILY_NAMES, text.MIDDLE_NAMES, text.GIVEN_NAMES)
    return " ".join(rng.choice(part) for part in parts)


def _email(rng: random.Random, name: str) -> str:
    if rng.random() < 0.04:
        return ""  # imported or very old comments may have none
    local = "".join(ch for ch in remove_accents(name).lower() if ch.isalnum())[:20] or "bandoc"
    return f"{local}{rng.randint(1, 999)}@{rng.choice(_DOMAINS)}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:db8::{rng.randint(1, 0xFFFF):x}"
    return f"{rng.choice(('203.0.113', '198.51.100', '192.0.2'))}.{rng.randint(1, 254)}"


def _ordinary(rng: random.Random) -> str:
    sentences = [rng.choice(text.OPENERS), rng.choice(text.BODIES) + "."]
    if rng.random() < 0.4:
        sentences.append(rng.choice(text.BODIES) + ".")
    closer = rng.choice(text.CLOSERS)
    if closer:
        sentences.append(closer)
    joined = " ".join(sentences)
    return joined if rng.random() > 0.15 else joined + "\n\n" + rng.choice(text.BODIES) + "!"


def _long(rng: random.Random) -> str:
    paragraphs = [
        " ".join(rng.choice(text.BODIES) + "." for _ in range(rng.randint(6, 12)))
        for _ in range(rng.randint(6, 10))
    ]
    return "\n\n".join(paragraphs)


def _content(rng: random.Random, status: str) -> tuple[str, str]:
    """A comment text and author URL for a comment in *status*."""
    if status == "spam":
        return rng.choice(text.SPAM), rng.choice(text.SPAM_URLS)
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(text.HOSTILE), ""
    if roll < 0.11:
        return _long(rng), ""
    url = "https://facebook.example.com/" + str(rng.randint(1000, 9999)) if roll > 0.95 else ""
    return _ordinary(rng), url


def _state(rng: random.Random) -> str:
    roll = rng.uniform(0, sum(w for _, w in _STATES))
    for state, weight in _STATES:
        roll -= weight
        if roll <= 0:
            return state
    return _STATES[0][0]


def _ensure_newsroom(store: Store) -> int:
    user = store.find_user(NEWSROOM_LOGIN)
    if user is None:
        user = store.add_user(
            NEWSROOM_LOGIN, NEWSROOM_NAME, "toasoan@example.com", "editor", to_db(ANCHOR)
        )
    return user.id


def _insert_posts(store: Store, author: int, rng: random.Random) -> list[tuple[int, datetime]]:
    """Insert the interviews; return (id, date) of the published ones."""
    published: list[tuple[int, datetime]] = []
    for index, interview in enumerate(text.INTERVIEWS):
        if interview.status == "future":
            date = now_gmt() + timedelta(days=7)
        else:
            date = ANCHOR - timedelta(
                days=(len(text.INTERVIEWS) - index) * 6, hours=rng.randint(0, 8)
            )
        slug = sanitize_title(interview.title) if interview.status != "draft" else ""
        post = store.insert_post(
            {
                "type": "post",
                "author": author,
                "date_gmt": to_db(date),
                "date_floating": int(interview.status in ("draft", "pending")),
                "modified_gmt": to_db(date + timedelta(hours=2)),
                "slug": slug,
                "status": interview.status,
                "title": interview.title,
                "content": interview.body(),
                "excerpt": interview.lead,
                "comment_status": "open",
                "meta": json.dumps({"newsdesk_uid": f"seed-{index + 1}"}),
            }
        )
        if interview.status == "publish":
            published.append((post.id, date))
    return published


def seed_site(store: Store, *, seed: int = 2023, comments: int = 320) -> SeedSummary:
    """Add the sample interviews and *comments* reader comments to *store*."""
    rng = random.Random(seed)
    newsroom = _ensure_newsroom(store)
    published = _insert_posts(store, newsroom, rng)
    rows: list[dict[str, Any]] = []
    # (post id, date, index in rows) of approved comments, to reply to
    approved: list[tuple[int, datetime, int]] = []
    for _ in range(comments):
        post_id, post_date = rng.choice(published)
        status = _state(rng)
        date = post_date + timedelta(minutes=rng.randint(10, 60 * 24 * 20))
        parent_index: int | None = None
        candidates = [a for a in approved if a[0] == post_id]
        if candidates and status != "spam" and rng.random() < 0.18:
            _, parent_date, parent_index = rng.choice(candidates)
            date = max(date, parent_date + timedelta(minutes=rng.randint(3, 600)))
        from_newsroom = parent_index is not None and rng.random() < 0.3
        if from_newsroom:
            status = "approved"
            name, email, url, user_id = NEWSROOM_NAME, "toasoan@example.com", "", newsroom
            content = rng.choice(text.EDITOR_REPLIES)
        else:
            name = _name(rng)
            email, user_id = _email(rng, name), 0
            if parent_index is not None:
                content, url = rng.choice(text.REPLIES), ""
            else:
                content, url = _content(rng, status)
        rows.append(
            {
                "post": post_id,
                "parent": parent_index,
                "user_id": user_id,
                "author_name": name,
                "author_email": email,
                "author_url": url,
                "author_ip": "127.0.0.1" if from_newsroom else _ip(rng),
                "agent": rng.choice(text.USER_AGENTS),
                "date_gmt": date,
                "content": content,
                "status": status,
                "previous_status": "hold" if status in ("spam", "trash") else "",
            }
        )
        if status == "approved":
            approved.append((post_id, date, len(rows) - 1))
    _spread_hostile(rows)
    _insert_comments(store, rows)
    counts = store.count_comments()
    return SeedSummary(posts=len(text.INTERVIEWS), comments=len(rows), by_status=counts)


def _spread_hostile(rows: list[dict[str, Any]]) -> None:
    """Make sure every hostile sample occurs: put them on every 11th plain reader comment."""
    plain = [
        row
        for row in rows
        if row["status"] != "spam" and row["parent"] is None and row["user_id"] == 0
    ]
    for sample, row in zip(text.HOSTILE, plain[5::11], strict=False):
        row["content"] = sample


def _insert_comments(store: Store, rows: list[dict[str, Any]]) -> None:
    """Insert in date order so ids grow with time; map parent indexes to ids."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["date_gmt"], i))
    with store.transaction():
        ids: dict[int, int] = {}
        for index in order:
            row = dict(rows[index])
            parent_index = row["parent"]
            row["parent"] = ids.get(parent_index, 0) if parent_index is not None else 0
            row["date_gmt"] = to_db(row["date_gmt"])
            # Kept as WordPress keeps them: readers' HTML through kses, names escaped.
            if not row["user_id"]:
                row["content"] = filter_kses(row["content"])
            row["author_name"] = sanitize_name(row["author_name"])
            ids[index] = store.insert_comment(row).id
