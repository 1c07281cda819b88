"""What someone changed on the site since Newsdesk's last write, and what stays theirs.

Before an update the publish handler compares the post as the site has it
with what the site held right after Newsdesk's last write (the publication's
``published_json``): title, text and status changed there are a conflict
(:func:`changed_on_site`); the excerpt, featured image and categories are left
to the site instead (:func:`keep_site_edits`), unless the reporter changed the
lead as well (:func:`lead_changed_both_sides`, a conflict too).

Two site changes are not someone else's:

- Newsdesk's own write whose answer was lost (a crash, a dropped connection, a
  500 after WordPress saved): before each write the handler keeps a
  :func:`write_mark` of what it sends; when the site holds exactly that
  (:func:`holds_our_write`), the write is taken as done.
- WordPress publishing a scheduled post on time (``future`` to ``publish``,
  ``modified_gmt`` unchanged): the local state follows the site
  (:func:`changed_on_site` does not count it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from editor.document import InterviewDocument
from portal.markup import html_to_text
from portal.remote import PostInput, RemotePost
from storage.textfold import clean_text

#: Statuses WordPress chooses between by the post's date alone.
_GOING_OUT = frozenset({"future", "publish"})


def conflict_payload(remote: RemotePost, remote_seen: str | None) -> dict[str, Any]:
    """The site's version, as the conflict dialog shows it and 'take the site's' uses it."""
    return {
        "title": remote.title,
        "text": html_to_text(remote.content) if "<" in remote.content else remote.content,
        "status": remote.status,
        "content": remote.content,
        "excerpt": remote.excerpt,
        "tags": list(remote.tags),
        "categories": list(remote.categories),
        "featured_media": remote.featured_media,
        "modified_gmt": remote_seen,
        "link": remote.link,
    }


def _same_text(first: object, second: object) -> bool:
    return " ".join(str(first or "").split()) == " ".join(str(second or "").split())


def _sites_choice(last: dict[str, Any], field_name: str) -> bool:
    """*field_name* was left to the site at Newsdesk's last write (kept, or taken in a conflict)."""
    kept = last.get("site_kept")
    return isinstance(kept, list) and field_name in kept


def _lead_edited_on_site(remote: RemotePost, last: dict[str, Any] | None) -> bool:
    """The post's excerpt is someone else's: changed since Newsdesk's last write, or kept then."""
    if last is None:
        return False
    if _sites_choice(last, "excerpt"):
        return True
    return "excerpt" in last and not _same_text(remote.excerpt, last["excerpt"])


def lead_changed_both_sides(
    remote: RemotePost, document: InterviewDocument, last: dict[str, Any] | None
) -> bool:
    """Someone edited the excerpt on the site, and the reporter changed the lead too."""
    if not _lead_edited_on_site(remote, last):
        return False
    sent = (last or {}).get("document") or {}
    return not _same_text(document.lead, sent.get("lead", ""))


def keep_site_edits(
    data: PostInput, remote: RemotePost, last: dict[str, Any] | None
) -> tuple[PostInput, list[str]]:
    """Leave alone what someone changed on the site since Newsdesk's last write.

    The excerpt (when the reporter did not change the lead since), the featured
    image and the categories: another editor's choice is never overwritten
    without a conflict. Returns what to send and the fields left to the site,
    which stay the site's at the next writes too (until a conflict is resolved
    with "keep mine").
    """
    if last is None:
        return data, []
    kept: list[str] = []
    if _lead_edited_on_site(remote, last):
        data = replace(data, excerpt=None)
        kept.append("excerpt")
    # A record from before Newsdesk sent thumbnails: the one on the site was chosen there.
    thumbnail_sent = last.get("featured_media", 0 if not remote.featured_media else None)
    if _sites_choice(last, "featured_media") or remote.featured_media != thumbnail_sent:
        data = replace(data, featured_media=None)
        kept.append("featured_media")
    categories_sent = last.get("categories")
    if data.categories is not None and (
        categories_sent is None
        or (
            set(remote.categories) != set(categories_sent)
            and set(data.categories) == set(categories_sent)
        )
    ):
        # Moved on the site since our last write, and the editor chose nothing new here.
        data = replace(data, categories=None)
    return data, kept


def published_on_time(
    remote: RemotePost, remote_seen: str | None, seen: str | None, last: dict[str, Any]
) -> bool:
    """WordPress published the scheduled post when its time came, and nobody touched it.

    Its cron turns ``future`` into ``publish`` without changing ``modified_gmt``.
    """
    return (
        last.get("status") == "future"
        and remote.status == "publish"
        and seen is not None
        and remote_seen == seen
    )


def changed_on_site(
    remote: RemotePost, remote_seen: str | None, seen: str | None, last: dict[str, Any] | None
) -> bool:
    """Whether someone changed the post on the site since our last write.

    ``modified_gmt`` has one-second resolution, so two writes in the same second
    look alike: the title, text and status the site had after our last write
    are compared too. A scheduled post the site published on time is no change.
    """
    if last is None:
        return remote_seen != seen
    status_changed = remote.status != last.get("status") and not published_on_time(
        remote, remote_seen, seen, last
    )
    content_changed = remote.content.strip() != str(last.get("content", "")).strip()
    return status_changed or remote.title != last.get("title") or content_changed


# --- recognising our own write ------------------------------------------------------------------


def _digest(title: str | None, content: str | None, excerpt: str | None) -> str:
    """A hash of the post's words as WordPress keeps them (NFC, spacing as it trims it)."""
    digest = hashlib.sha256()
    for part in (title, content, excerpt):
        text = "\x00" if part is None else " ".join(clean_text(part).split())
        digest.update(text.encode("utf-8") + b"\x1f")
    return digest.hexdigest()


def write_mark(data: PostInput, site_kept: Sequence[str]) -> dict[str, Any]:
    """What Newsdesk is about to write (kept in the outbox item before the request).

    Every field sent, the words as a hash; *site_kept* is what the handler
    records after the write, so a recognised write is recorded the same way.
    """
    return {
        "digest": _digest(data.title, data.content, data.excerpt),
        "excerpt_sent": data.excerpt is not None,
        "status": data.status,
        "date_gmt": gmt_text(data.date_gmt),
        "featured_media": data.featured_media,
        "tags": sorted(data.tags) if data.tags is not None else None,
        "categories": sorted(data.categories) if data.categories is not None else None,
        "site_kept": list(site_kept),
    }


def gmt_text(moment: datetime | None) -> str | None:
    """*moment* as the publication record keeps site times: UTC ``YYYY-MM-DDTHH:MM:SS``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") if moment else None


def holds_our_write(remote: RemotePost, mark: object) -> bool:
    """The site holds exactly what the write in *mark* sent: that write went through.

    *remote* must carry the raw fields (``context=edit``). A status WordPress
    chose by the date (``future`` or ``publish``) matches either.
    """
    if not isinstance(mark, dict) or not isinstance(mark.get("digest"), str):
        return False
    excerpt = remote.excerpt if mark.get("excerpt_sent") else None
    if _digest(remote.title, remote.content, excerpt) != mark["digest"]:
        return False
    sent_status = mark.get("status")
    if sent_status is not None and not (
        sent_status == remote.status or {sent_status, remote.status} <= _GOING_OUT
    ):
        return False
    expected: list[tuple[object, object]] = [
        (mark.get("date_gmt"), gmt_text(remote.date_gmt)),
        (mark.get("featured_media"), remote.featured_media),
        (mark.get("tags"), sorted(remote.tags)),
        # None: left to the site; empty: WordPress files the post in its default category.
        (mark.get("categories") or None, sorted(remote.categories)),
    ]
    return all(sent is None or sent == held for sent, held in expected)
