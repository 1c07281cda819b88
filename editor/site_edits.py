"""What someone changed on the site since Newsdesk's last write, and what stays theirs.

Before an update the publish handler compares the post as the site has it
with what the site held right after Newsdesk's last write (the publication's
``published_json``): title, text and status changed there are a conflict
(:func:`changed_on_site`); the excerpt, featured image and categories are left
to the site instead (:func:`keep_site_edits`), unless the reporter changed the
lead as well (:func:`lead_changed_both_sides`, a conflict too).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from editor.document import InterviewDocument
from portal.markup import html_to_text
from portal.remote import PostInput, RemotePost


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


def changed_on_site(
    remote: RemotePost, remote_seen: str | None, seen: str | None, last: dict[str, Any] | None
) -> bool:
    """Whether someone changed the post on the site since our last write.

    ``modified_gmt`` has one-second resolution, so two writes in the same second
    look alike: the title, text and status the site had after our last write
    are compared too.
    """
    if last is None:
        return remote_seen != seen
    return (remote.title, remote.content.strip(), remote.status) != (
        last.get("title"),
        str(last.get("content", "")).strip(),
        last.get("status"),
    ) or (remote_seen != seen and remote.content.strip() != str(last.get("content", "")).strip())
