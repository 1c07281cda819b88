"""Opening any post of the site as an interview linked to it.

:func:`open_site_post` is the one entry point (the "On the site" page and the
review queue call it): it reads the post from the local cache
(:mod:`editor.site_posts`), works offline, and returns the id of the local
interview linked to the post, creating it the first time. A post that already
has a linked interview opens that one, never a second copy; if the site has a
newer version meanwhile, the editor's site line and the publish conflict say so
(the interview is the reporter's work and is never overwritten silently).

**The link** is the publication record the publish flow uses
(``publications``: site, interview, post id, slug, status, ``modified_gmt``),
with ``published_json`` written as if Newsdesk had just written the post:
its title, content, status, tags, categories, excerpt and featured image as
the cache has them. So publishing the interview *updates* that post, with the
same conflict rules as any other (:mod:`editor.publishing`): the cached
``modified_gmt`` is the base, the site's tags and categories are merged, and the
featured image stays the site's (``site_kept``). A post cached before Newsdesk
kept excerpts, or whose excerpt is not its lead, leaves the excerpt to the site as well.

The content becomes the interview by :func:`editor.site_version.document_from_post`
(Newsdesk's paragraphs, turns and photos; site content kept byte for byte),
so publishing with no edits sends nothing at all.

**Rights.** :func:`read_only_reason` says, in one translated sentence, why an
interview linked to a post must open read-only: WordPress's ``edit_post``
rules (:func:`may_edit`) on the post's author and status, against the account's
rights as last read (:mod:`editor.site_rights`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from editor.document import InterviewDocument
from editor.list_rows import InterviewStatus
from editor.publishing import uploaded_photos
from editor.repository import InterviewRepository
from editor.site_posts import GONE
from editor.site_rights import SiteRights, cached_rights
from editor.site_version import document_from_post
from editor.slugs import headline_slug
from storage.database import Store
from storage.known_error import QT_TRANSLATE_NOOP, KnownError
from storage.models import Interview, Publication, SitePost, SitePostSync, utc_now
from storage.textfold import clean_text

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

#: WordPress statuses whose posts need ``edit_published_posts`` to be edited.
PUBLISHED_STATES = frozenset({"publish", "future", "private"})

_STATUS = {
    "publish": InterviewStatus.PUBLISHED,
    "future": InterviewStatus.PUBLISHED,
    "pending": InterviewStatus.READY,
}


class PostNotAvailable(KnownError):
    """The post is not in the local cache (never pulled, or gone from the site)."""

    def __init__(self, post_id: int) -> None:
        super().__init__(f"post {post_id} is not in the cache of the site's posts")
        self.post_id = post_id

    @property
    def user_message(self) -> str:
        """One sentence for the editor."""
        return QCoreApplication.translate(
            "OpenPost",
            "This post is no longer on the site (or has not been pulled yet); "
            "pull the site's posts again.",
        )


def linked_interview(session: Session, site_id: int, post_id: int) -> int | None:
    """The id of the local interview linked to the site's post *post_id*, if there is one."""
    return session.scalars(
        select(Publication.interview_id)
        .where(Publication.site_id == site_id, Publication.post_id == post_id)
        .order_by(Publication.id)
    ).first()


def open_site_post(store: Store, site_id: int, post_id: int) -> int:
    """The id of the interview linked to the site's post *post_id*, created from the cache if new.

    Reuses the interview already linked to the post (taking it out of the
    trash if it was there). Raises :class:`PostNotAvailable` when the cache
    does not have the post. Reads the database only (offline); the post's
    photos are fetched afterwards (:mod:`editor.post_photos`).
    """
    with store.transaction() as session:
        existing = linked_interview(session, site_id, post_id)
        if existing is not None:
            interview = session.get(Interview, existing)
            if interview is not None and interview.trashed_at is not None:
                interview.trashed_at = None
            return existing
        row = _cached(session, site_id, post_id)
        title, content, excerpt = row.title, row.content, row.excerpt
    document = document_from_post(
        title, content, excerpt=excerpt or "", uploaded=uploaded_photos(store, site_id)
    )
    created: list[int] = []

    def link(session: Session, interview: Interview) -> None:
        # Another open of the same post may have won meanwhile: keep one link per post.
        if linked_interview(session, site_id, post_id) is not None:
            raise _AlreadyLinked
        session.add(_publication(session, site_id, post_id, interview.id, document))
        created.append(interview.id)

    status = _STATUS.get(row.status, InterviewStatus.DRAFT)
    try:
        InterviewRepository(store).create(document, status, also=link)
    except _AlreadyLinked:
        with store.session() as session:
            found = linked_interview(session, site_id, post_id)
        if found is None:  # pragma: no cover - the winner's link is committed
            raise PostNotAvailable(post_id) from None
        return found
    return created[0]


class _AlreadyLinked(Exception):
    """Rolls back a second interview for a post that got its link meanwhile."""


def _cached(session: Session, site_id: int, post_id: int) -> SitePost:
    row = session.scalars(
        select(SitePost).where(SitePost.site_id == site_id, SitePost.remote_id == post_id)
    ).one_or_none()
    if row is None or row.status in (GONE, "trash"):
        raise PostNotAvailable(post_id)
    return row


def _ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


def _publication(
    session: Session, site_id: int, post_id: int, interview_id: int, document: InterviewDocument
) -> Publication:
    """The link to the post, recorded as if Newsdesk had just written what the cache has."""
    row = _cached(session, site_id, post_id)
    kept = ["featured_media"]
    # The excerpt is the interview's lead unless it is not known, or is not the lead (a
    # post whose "sapo" paragraph and excerpt differ): then it stays the site's.
    if row.excerpt is None or " ".join(row.excerpt.split()) != " ".join(document.lead.split()):
        kept.append("excerpt")
    record = {
        "title": row.title,
        "content": row.content,
        "status": row.status,
        "date_gmt": row.date_gmt or None,
        "tags": _ids(row.tags),
        "our_tags": [],
        "categories": _ids(row.categories),
        "excerpt": row.excerpt or "",
        "featured_media": row.featured_media,
        "site_kept": kept,
        "document": document.to_dict(),
    }
    return Publication(
        site_id=site_id,
        interview_id=interview_id,
        slug=row.slug or headline_slug(row.title),
        post_id=post_id,
        post_status=row.status,
        link=row.link or None,
        modified_gmt=row.modified_gmt or None,
        published_json=json.dumps(record, ensure_ascii=False),
        updated_at=utc_now(),
        featured_in_text=False,
    )


def name_post_tags(store: Store, client: WordPressClient, site_id: int, interview_id: int) -> bool:
    """Give the opened interview its post's tags by name (network: background).

    The cache keeps tag ids only; the names come from the site. Only an
    interview without tags of its own, whose link has not sent tags yet, is
    given them: the link then records them as the interview's own, so removing
    one in Newsdesk removes it on the site, and publishing unedited sends none.
    False when there was nothing to do.
    """
    with store.session() as session:
        publication = session.scalars(
            select(Publication).where(
                Publication.site_id == site_id, Publication.interview_id == interview_id
            )
        ).first()
        record = json.loads(publication.published_json or "{}") if publication else {}
    ids = record.get("tags") if isinstance(record, dict) else None
    if not ids or record.get("our_tags"):
        return False
    repository = InterviewRepository(store)
    document = repository.get(interview_id).document
    if document.tags:
        return False
    names = {tag.id: tag.name for tag in client.tags_by_id(ids)}
    document.tags = [clean_text(names[i]).strip() for i in ids if i in names]
    if not document.tags:
        return False

    def keep(session: Session, _row: Interview) -> None:
        linked = session.scalars(
            select(Publication).where(
                Publication.site_id == site_id, Publication.interview_id == interview_id
            )
        ).first()
        if linked is not None:
            kept = json.loads(linked.published_json or "{}")
            kept["our_tags"] = [i for i in ids if i in names]
            kept["document"] = document.to_dict()
            linked.published_json = json.dumps(kept, ensure_ascii=False)

    repository.save_document(interview_id, document, also=keep)
    return True


# --- rights -------------------------------------------------------------------------------------

_REASONS = {
    "view_only": QT_TRANSLATE_NOOP(
        "OpenPost", "Read only: this site account may only read the site's published posts."
    ),
    "others": QT_TRANSLATE_NOOP(
        "OpenPost",
        "Read only: this post belongs to another author, and your account may not "
        "edit other people's posts.",
    ),
    "published": QT_TRANSLATE_NOOP(
        "OpenPost",
        "Read only: this post is already published, and your account may not edit published posts.",
    ),
    "private": QT_TRANSLATE_NOOP(
        "OpenPost", "Read only: this post is private, and your account may not edit private posts."
    ),
    "no_edit": QT_TRANSLATE_NOOP("OpenPost", "Read only: your account may not edit posts."),
}


def may_edit(rights: SiteRights, author_id: int, status: str) -> str | None:
    """Why *rights* may not edit a post of *author_id* in *status* (WordPress's ``edit_post``).

    None: it may. Otherwise a key of the reason (``others``, ``published``,
    ``private``, ``no_edit``). A user id not known (rights kept by an older
    Newsdesk) counts as another author only when the account lacks the right
    anyway, so nobody is locked out by a missing id.
    """
    capabilities = rights.capabilities
    if "edit_posts" not in capabilities and "edit_others_posts" not in capabilities:
        return "no_edit"
    own = rights.user_id is None or rights.user_id == author_id
    if not own and "edit_others_posts" not in capabilities:
        return "others"
    if status in ("publish", "future") and "edit_published_posts" not in capabilities:
        return "published"
    if status == "private" and not own and "edit_private_posts" not in capabilities:
        return "private"
    return None


def read_only_reason(store: Store, interview_id: int) -> str | None:
    """One translated sentence saying why the interview opens read-only, or None (editable).

    Only an interview linked to a cached site post can be read-only: the
    account's rights as last read decide (never read: editable, and the site
    itself refuses what the account may not do).
    """
    with store.session() as session:
        linked = session.execute(
            select(Publication.site_id, SitePost.author_id, SitePost.status)
            .join(
                SitePost,
                (SitePost.site_id == Publication.site_id)
                & (SitePost.remote_id == Publication.post_id),
            )
            .where(Publication.interview_id == interview_id)
        ).first()
        if linked is None:
            return None
        site_id, author_id, status = linked
        sync = session.get(SitePostSync, site_id)
        view_only = bool(sync.view_only) if sync is not None else False
    if view_only:
        return QCoreApplication.translate("OpenPost", _REASONS["view_only"])
    rights = cached_rights(store, site_id)
    if rights is None or status == GONE:
        return None
    reason = may_edit(rights, author_id, status)
    return QCoreApplication.translate("OpenPost", _REASONS[reason]) if reason else None
