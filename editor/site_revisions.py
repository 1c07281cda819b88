"""The site's own revisions of an interview's post, read into interview documents.

WordPress keeps a revision at each update of a post that changes its title,
text or excerpt (``/wp/v2/posts/ID/revisions``). :func:`read_site_revisions`
fetches them (on a worker: it talks to the site) and reads each one with the
same reader as "take the site's version" (:func:`editor.site_version.document_from_site`),
so they can be listed and compared like the versions kept locally.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.document import InterviewDocument
from editor.publishing import publication_of, uploaded_photos
from editor.repository import InterviewRepository
from editor.site_version import document_from_site
from portal.accounts import Accounts
from portal.errors import AuthenticationFailed, SiteError
from storage.database import Store
from storage.known_error import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient  # requests: only when a site is used


class NotOnSite(SiteError):
    """The interview has no post on the site yet: the site has no revisions of it."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "This interview has not been sent to the site yet."
    )


class PasswordMissing(AuthenticationFailed):
    """No application password is stored for the site yet."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "Newsdesk has no application password for this site yet."
    )


@dataclass(frozen=True)
class SiteRevision:
    """One revision the site kept, read back into an interview."""

    id: int
    saved_at: datetime | None
    author: str
    document: InterviewDocument


def post_of(store: Store, site_id: int, interview_id: int) -> int | None:
    """The post id of the interview on the site (None: never sent there)."""
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        return publication.post_id if publication is not None else None


def read_site_revisions(
    store: Store, client: WordPressClient, site_id: int, interview_id: int
) -> list[SiteRevision]:
    """The site's revisions of the interview's post, newest first.

    Raises :class:`NotOnSite` when the interview has no post there, and the
    client's :class:`portal.errors.SiteError` for anything the site refuses.
    """
    post_id = post_of(store, site_id, interview_id)
    if post_id is None:
        raise NotOnSite(code="newsdesk_not_on_site")
    revisions = client.post_revisions(post_id)
    local = InterviewRepository(store).get(interview_id).document
    photos = uploaded_photos(store, site_id)
    me = client.me() if revisions else None
    result = []
    for revision in revisions:
        if me is not None and revision.author == me.id:
            author = me.name
        else:
            author = QCoreApplication.translate("SiteRevisions", "site user {id}").format(
                id=revision.author
            )
        document = document_from_site(
            revision.title,
            revision.content,
            excerpt=revision.excerpt,
            local=local,
            uploaded=photos,
        )
        result.append(
            SiteRevision(revision.id, revision.modified_gmt or revision.date_gmt, author, document)
        )
    return result


def read_active_site_revisions(
    store: Store, accounts: Accounts, interview_id: int
) -> list[SiteRevision]:
    """:func:`read_site_revisions` on the active site (call it on a worker).

    Raises :class:`NotOnSite` without an active site, :class:`PasswordMissing`
    while its password is unknown.
    """
    site = accounts.active()
    if site is None:
        raise NotOnSite(code="newsdesk_no_site")
    client = accounts.client(site)
    if client is None:
        raise PasswordMissing(code="newsdesk_no_password")
    with client:
        return read_site_revisions(store, client, site.id, interview_id)
