"""What the Publish dialog offers and preselects: the workflow decides, the account limits.

- An interview an editor approved goes out: "Published now" is preselected
  (scheduling is offered too). Anything else (a draft, one waiting for
  review) is preselected "Submit for review" (WordPress ``pending``), and
  publishing it anyway asks first (:func:`needs_confirmation`).
- An account that may not publish on the site (a WordPress contributor) is
  offered only a draft or review, with one sentence saying why; one that may
  not upload files cannot send photos (the sentence says so, and the dialog
  does not queue what the site would refuse).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from editor.publishing import PublishMode, publication_of
from editor.repository import InterviewStatus
from editor.site_rights import SiteRights
from editor.slugs import headline_slug
from storage.database import Store
from storage.models import Interview

_GOING_OUT = (PublishMode.PUBLISH, PublishMode.SCHEDULED)
_APPROVED = (InterviewStatus.APPROVED, InterviewStatus.PUBLISHED)


@dataclass(frozen=True)
class PublishOptions:
    """The choices the Publish dialog offers for one interview and account."""

    default: PublishMode
    allowed: tuple[PublishMode, ...]
    #: One sentence on what the account may not do (None: it may do everything here).
    limit_note: str | None = None
    #: False when the interview cannot be sent at all with this account.
    can_send: bool = True


def publish_options(
    status: InterviewStatus,
    rights: SiteRights | None,
    *,
    has_photos: bool = False,
    published_on_site: bool = False,
) -> PublishOptions:
    """The dialog's choices for an interview in workflow *status* and an account with *rights*.

    *rights* None (never read from the site yet) offers everything: the site
    will say no if it must. *published_on_site*: the interview's post is live.
    """
    approved = status in _APPROVED
    every = (PublishMode.DRAFT, PublishMode.PENDING, PublishMode.SCHEDULED, PublishMode.PUBLISH)
    default = PublishMode.PUBLISH if approved else PublishMode.PENDING
    if rights is None:
        return PublishOptions(default, every)
    notes: list[str] = []
    allowed: tuple[PublishMode, ...] = every
    can_send = True
    if not rights.can_publish:
        allowed = (PublishMode.DRAFT, PublishMode.PENDING)
        default = PublishMode.PENDING
        notes.append(
            QCoreApplication.translate(
                "PublishOptions",
                "This account may only submit interviews for review on the site "
                "(a contributor): an editor there publishes them.",
            )
        )
        if published_on_site and not rights.can_edit_published:
            can_send = False
            notes.append(
                QCoreApplication.translate(
                    "PublishOptions",
                    "The post is already published, and this account may not change it.",
                )
            )
    if has_photos and not rights.can_upload:
        can_send = False
        notes.append(
            QCoreApplication.translate(
                "PublishOptions",
                "This account may not upload photos to the site: remove the photos, "
                "or ask for an account that may.",
            )
        )
    return PublishOptions(default, allowed, " ".join(notes) or None, can_send)


def needs_confirmation(status: InterviewStatus, mode: PublishMode) -> bool:
    """Whether to ask before *mode*: publishing (or scheduling) an interview nobody approved."""
    return mode in _GOING_OUT and status not in _APPROVED


@dataclass(frozen=True)
class PublicationDefaults:
    """What the dialog starts from for one interview on one site."""

    #: The post's address: its own once queued, else the headline's.
    slug: str
    #: Whether the featured photo also opens the text (as last chosen for this interview).
    featured_in_text: bool = False
    #: The post exists on the site (its address is then changed only on purpose).
    on_site: bool = False
    #: The post is live on the site (published or scheduled).
    published: bool = False


def publication_defaults(store: Store, site_id: int, interview_id: int) -> PublicationDefaults:
    """The interview's address and choices on the site, as the Publish dialog starts."""
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is not None:
            return PublicationDefaults(
                publication.slug,
                bool(publication.featured_in_text),
                publication.post_id is not None,
                publication.post_status in ("publish", "future"),
            )
        interview = session.get(Interview, interview_id)
        return PublicationDefaults(headline_slug(interview.title if interview else ""))
