"""What the site account may do with posts: read from the site, kept per site.

WordPress says it at ``/wp/v2/users/me?context=edit`` (roles and capabilities).
Each sync reads it again (:func:`pull_rights`, a Puller) and keeps it with the
site (``sites.rights_json``), so the Publish dialog knows it offline too; the
dialog also asks once more, in the background, when it opens
(:func:`refresh_rights`). A contributor (no ``publish_posts``) can only send
interviews for review; an account without ``upload_files`` cannot send photos.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from portal.sync import Pulled
from storage.changes import Changes
from storage.database import Store
from storage.models import Site

if TYPE_CHECKING:
    from portal.accounts import SiteAccount
    from portal.outbox_worker import Progress
    from portal.remote import RemoteUser
    from portal.wordpress import WordPressClient

#: The capabilities Newsdesk looks at (WordPress's names).
CAPABILITIES = ("publish_posts", "upload_files", "edit_published_posts", "edit_others_posts")


@dataclass(frozen=True)
class SiteRights:
    """The account's role(s) on the site and the capabilities that matter for publishing."""

    roles: tuple[str, ...] = ()
    capabilities: frozenset[str] = frozenset()

    @property
    def can_publish(self) -> bool:
        """May publish or schedule posts (authors, editors, administrators)."""
        return "publish_posts" in self.capabilities

    @property
    def can_upload(self) -> bool:
        """May upload photos (not contributors)."""
        return "upload_files" in self.capabilities

    @property
    def can_edit_published(self) -> bool:
        """May change its posts once they are published (not contributors)."""
        return "edit_published_posts" in self.capabilities

    def to_json(self) -> str:
        """The form kept in the database."""
        return json.dumps({"roles": list(self.roles), "capabilities": sorted(self.capabilities)})

    @classmethod
    def from_json(cls, text: str | None) -> SiteRights | None:
        """Read the kept form (None when nothing, or nothing readable, is kept)."""
        try:
            data = json.loads(text or "null")
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        roles, capabilities = data.get("roles"), data.get("capabilities")
        if not isinstance(roles, list) or not isinstance(capabilities, list):
            return None
        return cls(tuple(str(r) for r in roles), frozenset(str(c) for c in capabilities if c))

    @classmethod
    def of_user(cls, user: RemoteUser) -> SiteRights:
        """The rights of the account *user* (``users/me``)."""
        return cls(user.roles, frozenset(c for c in CAPABILITIES if user.can(c)))


def cached_rights(store: Store, site_id: int) -> SiteRights | None:
    """The account's rights as last read from the site (None: never read yet)."""
    with store.session() as session:
        site = session.get(Site, site_id)
        return SiteRights.from_json(site.rights_json) if site is not None else None


def keep_rights(store: Store, site_id: int, rights: SiteRights) -> None:
    """Keep *rights* for the site (written only when they changed)."""
    with store.transaction() as session:
        site = session.get(Site, site_id)
        if site is not None and SiteRights.from_json(site.rights_json) != rights:
            site.rights_json = rights.to_json()


def refresh_rights(store: Store, client: WordPressClient, site_id: int) -> SiteRights:
    """Ask the site what the account may do now, keep it and return it (network: background)."""
    rights = SiteRights.of_user(client.me())
    keep_rights(store, site_id, rights)
    return rights


def pull_rights(
    store: Store, client: WordPressClient, account: SiteAccount, progress: Progress | None
) -> Pulled:
    """Read the account's rights again at each sync (a Puller)."""
    del progress  # one request
    before = cached_rights(store, account.id)
    rights = refresh_rights(store, client, account.id)
    summary = "roles " + (", ".join(rights.roles) or "none")
    return Pulled(summary, Changes(rights=rights != before))
