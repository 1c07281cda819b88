"""The site's post categories: pulled by each sync, offered (offline too) when publishing.

WordPress files a post into one or more categories (the site's sections:
"Thời sự", "Phỏng vấn"…); without one it lands in the site's default
category. Sync keeps a copy of the list per site (:func:`pull_categories`), so
the publish dialog can offer it without the network; the choice goes with the
outbox item, and the next publish of the same interview, or of a new one on
the same site, starts from the last choice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from portal.accounts import SiteAccount
from portal.outbox_worker import Progress
from portal.sync import Pulled
from storage.changes import Changes
from storage.collation import vietnamese_sort_key
from storage.database import Store
from storage.models import Publication, SiteCategory

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient


@dataclass(frozen=True)
class CategoryChoice:
    """One category as the publish dialog lists it: in tree order, with its depth."""

    id: int
    name: str
    depth: int


def pull_categories(
    store: Store, client: WordPressClient, account: SiteAccount, progress: Progress | None
) -> Pulled:
    """Replace the cached categories of *account*'s site with the site's list (a Puller)."""
    del progress  # one or two requests: nothing worth reporting
    remote = client.categories()
    wanted = {(c.id, c.name, c.parent) for c in remote}
    with store.session() as session:
        rows = session.execute(
            select(SiteCategory.remote_id, SiteCategory.name, SiteCategory.parent_remote_id).where(
                SiteCategory.site_id == account.id
            )
        )
        cached = {(remote_id, name, parent) for remote_id, name, parent in rows}
    if cached == wanted:
        return Pulled(f"{len(remote)} categories")  # the usual case: nothing to write
    with store.transaction() as session:
        session.execute(delete(SiteCategory).where(SiteCategory.site_id == account.id))
        session.add_all(
            SiteCategory(
                site_id=account.id,
                remote_id=category.id,
                name=category.name,
                parent_remote_id=category.parent,
            )
            for category in {c.id: c for c in remote}.values()
        )
    return Pulled(f"{len(remote)} categories", Changes(categories=True))


def site_categories(store: Store, site_id: int) -> list[CategoryChoice]:
    """The cached categories of a site, parents before children, names in Vietnamese order."""
    with store.session() as session:
        rows = session.execute(
            select(SiteCategory.remote_id, SiteCategory.name, SiteCategory.parent_remote_id).where(
                SiteCategory.site_id == site_id
            )
        ).all()
    children: dict[int, list[tuple[int, str]]] = {}
    known = {remote_id for remote_id, _name, _parent in rows}
    for remote_id, name, parent in rows:
        children.setdefault(parent if parent in known else 0, []).append((remote_id, name))
    ordered: list[CategoryChoice] = []

    def visit(parent: int, depth: int) -> None:
        for remote_id, name in sorted(
            children.get(parent, []), key=lambda item: vietnamese_sort_key(item[1])
        ):
            if depth > 20 or any(choice.id == remote_id for choice in ordered):
                continue  # a loop in bad data: never recurse forever
            ordered.append(CategoryChoice(remote_id, name, depth))
            visit(remote_id, depth + 1)

    visit(0, 0)
    return ordered


def preferred_categories(store: Store, site_id: int, interview_id: int) -> list[int]:
    """The categories to offer first: this interview's last ones, else the site's last used."""
    with store.session() as session:
        rows = session.execute(
            select(Publication.interview_id, Publication.published_json)
            .where(Publication.site_id == site_id, Publication.published_json.is_not(None))
            .order_by(Publication.updated_at.desc())
            .limit(50)
        ).all()
    last_used: list[int] | None = None
    for row_interview, published_json in rows:
        try:
            chosen = json.loads(published_json or "{}").get("categories")
        except (ValueError, AttributeError):
            continue
        if not isinstance(chosen, list) or not all(isinstance(c, int) for c in chosen):
            continue
        if row_interview == interview_id:
            return list(chosen)
        if last_used is None and chosen:
            last_used = list(chosen)
    return last_used or []
