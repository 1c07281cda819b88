"""Scheduled posts the site published on time: the local state follows the site.

WordPress's cron turns a ``future`` post into ``publish`` when its date comes,
without changing ``modified_gmt``. :func:`pull_scheduled` (a sync puller)
asks the site about the scheduled posts whose time has come and records that
they are live, with their link (a scheduled post's link is a ``?p=`` address
until then). A post that was also edited on the site since Newsdesk's last
write is left alone: its next update compares it, as for any site edit.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from editor.site_edits import gmt_text
from portal.sync import Pulled
from storage.changes import NOTHING, Changes
from storage.models import Publication, utc_now

if TYPE_CHECKING:  # the site client (requests) loads only when a site is used
    from portal.accounts import SiteAccount
    from portal.outbox_worker import Progress
    from portal.wordpress import WordPressClient
    from storage.database import Store


def _due(published_json: str | None, now: str) -> bool:
    """The post's scheduled time has come (or is not known: ask the site)."""
    try:
        record = json.loads(published_json or "{}")
    except ValueError:
        return True
    when = record.get("date_gmt") if isinstance(record, dict) else None
    return not isinstance(when, str) or when <= now


def pull_scheduled(
    store: Store, client: WordPressClient, account: SiteAccount, progress: Progress | None
) -> Pulled:
    """Record the scheduled posts of *account*'s site that went live (a Puller)."""
    del progress  # one request per 100 posts, only for posts whose time has come
    now = gmt_text(datetime.now(UTC)) or ""
    with store.session() as session:
        rows = session.execute(
            select(Publication.post_id, Publication.published_json).where(
                Publication.site_id == account.id,
                Publication.post_status == "future",
                Publication.post_id.is_not(None),
            )
        ).all()
    due = [post_id for post_id, record in rows if post_id is not None and _due(record, now)]
    if not due:
        return Pulled("scheduled posts: none due")
    live = {post.id: post for post in client.get_posts(due) if post.status == "publish"}
    went_live = 0
    with store.transaction() as session:
        publications = session.scalars(
            select(Publication).where(
                Publication.site_id == account.id, Publication.post_id.in_(list(live))
            )
        )
        for publication in publications:
            post = live[publication.post_id or 0]
            if publication.post_status != "future" or (
                gmt_text(post.modified_gmt) != publication.modified_gmt
            ):
                continue  # changed here or on the site meanwhile: the next update decides
            publication.post_status = "publish"
            publication.link = post.link or publication.link
            publication.updated_at = utc_now()
            if publication.published_json:
                record = json.loads(publication.published_json)
                record["status"] = "publish"
                publication.published_json = json.dumps(record, ensure_ascii=False)
            went_live += 1
    changes = Changes(interviews=True, site_states=True) if went_live else NOTHING
    return Pulled(f"scheduled posts: {went_live} went live", changes)
