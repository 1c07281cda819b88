"""Publishing interviews to the site through the outbox.

``request_publish`` / ``request_unpublish`` write the intent (with a snapshot
of the interview as it is when the editor clicks) in the same transaction as
the publication record; the outbox worker later calls :data:`HANDLERS` (registered,
whole, as outbox kinds in :mod:`editor.outbox_kinds`).

Never a duplicate: each interview has a slug of its own on each site (its
whole headline, :mod:`editor.slugs`, made unique by asking the site and kept
before the post is created), sent with the post, and each photo a slug made
from its content hash. Post and media ids are stored the moment they are
known; when an answer was lost (a crash, a dropped connection), the handler
looks the slug up on the site before creating anything again. A published
post keeps its slug: an update sends one only when the editor changed it in
the Publish dialog.

Photos go into the text as WordPress's editor inserts them
(:mod:`editor.post_content`), their media items are attached to the post, and
their title, caption and alt text follow the interview's.

Never a silent overwrite: WordPress has no ETag, so before updating a post the
handler compares the site's ``modified_gmt`` with the one last seen. If they
differ, the item goes to *conflict* with the site's version; the editor then
keeps theirs (:func:`resolve_keep_mine`), takes the site's
(:func:`resolve_take_site`), or leaves it. Newsdesk's own write whose answer
was lost, and a scheduled post the site published on time, are no conflict
(see :mod:`editor.site_edits`).

The fields editors often change on the site alone are merged instead, against
what the site held after Newsdesk's last write (kept in the publication's
``published_json``): tags three ways (:func:`editor.site_tags.merge_tags`); the excerpt, the
featured image and the categories stay the site's when changed there (and
stay so, ``site_kept``, until "keep mine"), unless the reporter changed the
lead too (a conflict) or the editor chose another category in the dialog.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from editor.document import InterviewDocument, PhotoBlock
from editor.outbox_payloads import PublishPayload, UnpublishPayload
from editor.photo_upload import UploadOptions, upload_copy
from editor.post_content import SiteImage, post_content
from editor.repository import InterviewRepository, InterviewStatus
from editor.site_edits import (
    changed_on_site,
    conflict_payload,
    gmt_text,
    holds_our_write,
    keep_site_edits,
    lead_changed_both_sides,
    write_mark,
)
from editor.site_tags import merge_tags, tag_ids
from editor.site_version import UploadedPhotos, document_from_site
from editor.slugs import free_slug, headline_slug
from editor.versions import VersionKeeper, VersionKind
from portal.errors import NotFound, PostGone, SiteError, error_from_record
from portal.outbox import Outbox, OutboxEntry, OutboxState, enqueue
from portal.outbox_worker import Handler, Job, OutboxConflict
from portal.remote import PostInput, PostStatus, RemoteMedia, RemotePost
from storage.changes import Changes
from storage.database import Store
from storage.known_error import QT_TRANSLATE_NOOP
from storage.models import Interview, OutboxItem, Publication, RemoteMediaRecord, utc_now

PUBLISH_KIND = "publish_interview"
UNPUBLISH_KIND = "unpublish_interview"
SUBJECT = "interview"
# A media item's title is its caption, cut at a word to this many characters.
MEDIA_TITLE = 80


class PublishMode(enum.StrEnum):
    """How the post goes out (WordPress statuses)."""

    DRAFT = "draft"
    PENDING = "pending"
    SCHEDULED = "future"
    PUBLISH = "publish"


_POST_STATUS: dict[PublishMode, PostStatus] = {
    PublishMode.DRAFT: "draft",
    PublishMode.PENDING: "pending",
    PublishMode.SCHEDULED: "future",
    PublishMode.PUBLISH: "publish",
}


def media_title(caption: str, fallback: str) -> str:
    """The media item's title: its caption, cut at a word (*fallback* without a caption)."""
    caption = " ".join(caption.split())
    if len(caption) <= MEDIA_TITLE:
        return caption or fallback
    cut = caption[: MEDIA_TITLE + 1].rsplit(" ", 1)[0]
    return (cut or caption[:MEDIA_TITLE]).rstrip(" ,;:") + "…"


def media_slug(image_path: str) -> str:
    """The slug of an uploaded photo: its content hash, so one file is one media item."""
    return "nd-" + Path(image_path).stem.lower()


# --- asking for it (GUI side) ------------------------------------------------------------


QUEUED = Changes(outbox=True, site_states=True)
"""What :func:`request_publish` and :func:`request_unpublish` change (report it)."""


def request_publish(
    store: Store,
    interview_id: int,
    site_id: int,
    mode: PublishMode,
    scheduled_at: datetime | None = None,
    categories: Sequence[int] | None = None,
    photos: UploadOptions | None = None,
    author: str | None = None,
    *,
    slug: str | None = None,
    featured_in_text: bool | None = None,
) -> int:
    """Queue the interview, as it is now, for the site; return the outbox item id.

    The interview as queued is kept as a *publish* version (:mod:`editor.versions`)
    by *author* (None: the computer's user), in the same transaction.

    *categories* are the site's category ids to file the post in (None: leave
    them as the site has them; a new post then goes to the site's default).
    *photos* are the user's choices for the uploaded copies of its photos
    (location, size), captured now so a later change of preference does not
    alter what was queued; ``None`` is the defaults (no location).
    *slug* is the address the editor typed (None: the post's own, or for a new
    post the headline's); *featured_in_text* whether the featured photo also
    opens the text (None: as last chosen for this interview).
    """
    if mode is PublishMode.SCHEDULED and (scheduled_at is None or scheduled_at.tzinfo is None):
        raise ValueError("a scheduled post needs a timezone-aware date")
    with store.transaction() as session:
        row = session.get(Interview, interview_id)
        if row is None:
            raise LookupError(interview_id)
        publication = publication_of(session, site_id, interview_id)
        if publication is None:
            publication = Publication(
                site_id=site_id,
                interview_id=interview_id,
                slug=slug or headline_slug(row.title),
                featured_in_text=False,
            )
            session.add(publication)
        changed_slug = slug if slug and slug != publication.slug else None
        if changed_slug is not None and publication.post_id is None:
            publication.slug, changed_slug = changed_slug, None  # not on the site yet
        if featured_in_text is not None:
            publication.featured_in_text = featured_in_text
        publication.updated_at = utc_now()
        _keeper(author).record_in(session, row, VersionKind.PUBLISH)
        item = enqueue(
            session,
            site_id=site_id,
            kind=PUBLISH_KIND,
            subject_type=SUBJECT,
            subject_id=interview_id,
            payload=PublishPayload(
                document=json.loads(row.document_json),
                status=_POST_STATUS[mode],
                date_gmt=gmt_text(scheduled_at),
                categories=tuple(categories) if categories is not None else None,
                photo_upload=photos or UploadOptions(),
                slug=changed_slug,
                featured_in_text=bool(publication.featured_in_text),
            ),
        )
        return item.id


def _keeper(author: str | None) -> VersionKeeper:
    return VersionKeeper(author=(lambda: author) if author is not None else None)


def request_unpublish(store: Store, interview_id: int, site_id: int) -> int:
    """Queue taking the interview off the site (back to a draft there)."""
    with store.transaction() as session:
        item = enqueue(
            session,
            site_id=site_id,
            kind=UNPUBLISH_KIND,
            subject_type=SUBJECT,
            subject_id=interview_id,
            payload=UnpublishPayload(),
        )
        return item.id


def publication_of(session: Session, site_id: int, interview_id: int) -> Publication | None:
    """The publication record of the interview on the site, if it was ever queued there."""
    return session.scalars(
        select(Publication).where(
            Publication.site_id == site_id, Publication.interview_id == interview_id
        )
    ).one_or_none()


class InterviewInTrash(SiteError):
    """The interview went to the trash after it was queued: its publish is held, not sent.

    Nothing that was in the trash goes live at the next sync. The item stops (failed,
    with this reason) before any request; restoring the interview sends it again
    (:func:`release_from_trash`), discarding it drops it. Unpublishing is never held.
    """

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors",
        "The interview is in the trash, so it was not sent. Restore the interview to send "
        "it, or discard this change.",
    )


def held_in_trash(session: Session, interview_ids: Sequence[int]) -> list[int]:
    """The publish items of *interview_ids* stopped because the interview was in the trash."""
    rows = session.execute(
        select(OutboxItem.id, OutboxItem.last_error).where(
            OutboxItem.kind == PUBLISH_KIND,
            OutboxItem.subject_type == SUBJECT,
            OutboxItem.subject_id.in_(list(interview_ids)),
            OutboxItem.state == OutboxState.FAILED.value,
        )
    ).all()
    return [row.id for row in rows if _held(row.last_error)]


def _held(stored_error: str | None) -> bool:
    return isinstance(error_from_record(stored_error), InterviewInTrash)


def waiting_publishes(store: Store, interview_ids: Sequence[int]) -> int:
    """How many publishes of *interview_ids* are queued and not sent yet (the trash holds them)."""
    with store.session() as session:
        counted = select(func.count()).select_from(OutboxItem).where(
            OutboxItem.kind == PUBLISH_KIND,
            OutboxItem.subject_type == SUBJECT,
            OutboxItem.subject_id.in_(list(interview_ids)),
            OutboxItem.state.in_([OutboxState.PENDING.value, OutboxState.FAILED.value]),
        )
        return int(session.scalar(counted) or 0)


def release_from_trash(store: Store, interview_ids: Sequence[int]) -> int:
    """Send again what the trash held of *interview_ids* (they were restored); how many."""
    with store.session() as session:
        held = held_in_trash(session, interview_ids)
    Outbox(store).retry(held)
    return len(held)


# --- sending it (outbox worker side) --------------------------------------------------------


def send_publish(job: Job) -> None:
    """Upload missing photos, then create or update the post; see the module docstring."""
    store, client, site_id = job.store, job.client, job.entry.site_id
    interview_id = job.entry.subject_id
    with store.session() as session:
        trashed = session.scalar(select(Interview.trashed_at).where(Interview.id == interview_id))
    if trashed is not None:  # before any request: nothing in the trash goes live
        raise InterviewInTrash(code="newsdesk")
    payload = PublishPayload.from_json(job.payload)
    document = InterviewDocument.from_dict(dict(payload.document))
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is None:
            raise PostGone("The interview's publication record is missing.", code="newsdesk")
        slug, post_id, seen = publication.slug, publication.post_id, publication.modified_gmt
        record = _record(publication)
    mark = _our_mark(record, job.entry.id)
    ours: RemotePost | None = None
    if post_id is None:  # settled before the photos go up, so their files are named after it
        slug, ours = _address_for_new_post(job, interview_id, slug, mark)
    photos_root = _photos_root(store)
    options = payload.photo_upload or UploadOptions()
    photos = [b for b in document.blocks if isinstance(b, PhotoBlock) and b.image_path]
    images: dict[str, SiteImage] = {}
    for number, block in enumerate(photos, start=1):
        if block.image_path not in images:
            name = f"{payload.slug or slug}-{number}"
            images[block.image_path or ""] = _ensure_media(job, block, photos_root, options, name)
    content = post_content(document, images, featured_in_text=bool(payload.featured_in_text))
    date = payload.date_gmt
    data = PostInput(
        title=document.title,
        content=content,
        excerpt=document.lead,
        status=payload.status,
        date_gmt=datetime.fromisoformat(date).replace(tzinfo=UTC) if date else None,
        # The first photo is the post's featured image (the thumbnail on the site's lists);
        # without photos, whatever the site has stays.
        featured_media=next(iter(images.values())).media_id if images else None,
        categories=list(payload.categories) if payload.categories is not None else None,
    )
    last_sent = {key: value for key, value in record.items() if key != "writing"} or None
    tags_left_out: list[str] = []
    our_tags = tag_ids(client, document.tags, tags_left_out)
    if post_id is None:
        if ours is not None:  # created, but the answer was lost
            kept = _kept(mark)
            _remember_post(
                store, site_id, interview_id, ours, document, our_tags, kept, tags_left_out
            )
            _attach_media(job, images.values(), ours.id)
            return
        data = replace(data, slug=slug, tags=our_tags)
        _mark_write(job, data, ())
        post = client.create_post(data)
        _remember_post(store, site_id, interview_id, post, document, our_tags, (), tags_left_out)
        _attach_media(job, images.values(), post.id)
        return
    try:
        remote = client.get_post(post_id)
    except NotFound:
        _forget_post(store, site_id, interview_id)
        raise PostGone(code="rest_post_invalid_id") from None
    if remote.status == "trash":
        _forget_post(store, site_id, interview_id)
        raise PostGone(code="trash")
    if holds_our_write(remote, mark):  # sent before, but the answer was lost
        kept = _kept(mark)
        _remember_post(
            store, site_id, interview_id, remote, document, our_tags, kept, tags_left_out
        )
        _attach_media(job, images.values(), remote.id)
        return
    remote_seen = gmt_text(remote.modified_gmt)
    overwrite = payload.overwrite == remote_seen
    if not overwrite and changed_on_site(remote, remote_seen, seen, last_sent):
        raise OutboxConflict(
            QCoreApplication.translate(
                "Publishing", "The post was changed on the site since Newsdesk last sent it."
            ),
            conflict_payload(remote, remote_seen),
        )
    if not overwrite and lead_changed_both_sides(remote, document, last_sent):
        raise OutboxConflict(
            QCoreApplication.translate(
                "Publishing", "The lead (excerpt) was changed on the site and in Newsdesk."
            ),
            conflict_payload(remote, remote_seen),
        )
    tags = merge_tags(
        our_tags,
        remote.tags,
        last_sent.get("tags") if last_sent else None,
        last_sent.get("our_tags") if last_sent else None,
    )
    kept = []
    if not overwrite:
        data, kept = keep_site_edits(data, remote, last_sent)
    data = replace(data, tags=tags)
    if payload.slug and payload.slug != remote.slug:  # the editor changed the address
        data = replace(data, slug=free_slug(payload.slug, client.find_posts_by_slug, post_id))
    if site_holds(remote, data):  # nothing to change: the post stays as it is, untouched
        _remember_post(
            store, site_id, interview_id, remote, document, our_tags, kept, tags_left_out
        )
        _attach_media(job, images.values(), remote.id)
        return
    _mark_write(job, data, kept)
    post = client.update_post(post_id, data)
    _remember_post(store, site_id, interview_id, post, document, our_tags, kept, tags_left_out)
    _attach_media(job, images.values(), post.id)


def site_holds(remote: RemotePost, data: PostInput) -> bool:
    """Whether the post on the site already is what *data* would make it (no write needed)."""
    same = (
        (data.title is None or data.title == remote.title)
        and (data.content is None or data.content == remote.content)
        and (data.excerpt is None or data.excerpt.strip() == remote.excerpt.strip())
        and (data.status is None or data.status == remote.status)
        and (data.slug is None or data.slug == remote.slug)
        and (data.featured_media is None or data.featured_media == remote.featured_media)
        and (data.tags is None or set(data.tags) == set(remote.tags))
        and (data.categories is None or set(data.categories) == set(remote.categories))
    )
    return same and (data.date_gmt is None or data.date_gmt == remote.date_gmt)


def _address_for_new_post(
    job: Job, interview_id: int, slug: str, mark: dict[str, Any] | None
) -> tuple[str, RemotePost | None]:
    """The slug a new post will have, and the post already there if it is ours.

    A post at *slug* holding our mark is ours (created, but the answer was lost). Another
    post at *slug* means the next free one, kept before anything is created, so a retry
    asks for the same address.
    """
    found = job.client.find_posts_by_slug(slug)
    ours = next((post for post in found if holds_our_write(post, mark)), None)
    if not found or ours is not None:
        return slug, ours
    free = free_slug(slug, job.client.find_posts_by_slug)
    _keep_slug(job.store, job.entry.site_id, interview_id, free)
    return free, None


def _keep_slug(store: Store, site_id: int, interview_id: int, slug: str) -> None:
    """Store the post's address before it is used, so a retry looks for the same one."""
    with store.transaction() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is not None:
            publication.slug = slug


def _attach_media(job: Job, images: Iterable[SiteImage], post_id: int) -> None:
    """Attach the post's photos that are attached to no post yet (WordPress's ``post`` field).

    A photo already attached to another post stays there: WordPress keeps one
    parent per media item, and the first post that used it keeps it.
    """
    store, site_id = job.store, job.entry.site_id
    wanted = {image.media_id for image in images}
    if not wanted:
        return
    with store.session() as session:
        loose = session.scalars(
            select(RemoteMediaRecord.media_id).where(
                RemoteMediaRecord.site_id == site_id,
                RemoteMediaRecord.media_id.in_(wanted),
                RemoteMediaRecord.post_id.is_(None),
            )
        ).all()
    for media_id in loose:
        media = job.client.update_media(media_id, post=post_id)
        with store.transaction() as session:
            for row in session.scalars(
                select(RemoteMediaRecord).where(
                    RemoteMediaRecord.site_id == site_id, RemoteMediaRecord.media_id == media_id
                )
            ):
                row.post_id = media.post or post_id


def _kept(mark: object) -> list[str]:
    """The fields left to the site by the write in *mark*."""
    kept = mark.get("site_kept") if isinstance(mark, dict) else None
    return [str(name) for name in kept] if isinstance(kept, list) else []


def _record(publication: Publication) -> dict[str, Any]:
    """The publication's record of the last write (empty when none, or unreadable)."""
    try:
        record = json.loads(publication.published_json or "{}")
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


def _our_mark(record: dict[str, Any], item_id: int) -> dict[str, Any] | None:
    """The mark of a write this outbox item made before (see :func:`_mark_write`)."""
    mark = record.get("writing")
    return mark if isinstance(mark, dict) and mark.get("item") == item_id else None


def _mark_write(job: Job, data: PostInput, site_kept: Sequence[str]) -> None:
    """Keep what is about to be sent, durably, before sending it.

    It goes into the publication's ``published_json`` (``writing``), with the
    outbox item's id. If the answer is lost (a crash, a dropped connection, a
    500 after the site saved), the item's next attempt finds the site holding
    exactly this and takes the write as done instead of calling it someone
    else's change. The record of the write, once answered, replaces it.
    """
    site_id, interview_id = job.entry.site_id, job.entry.subject_id
    with job.store.transaction() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is None:
            return
        record = _record(publication)
        record["writing"] = {**write_mark(data, site_kept), "item": job.entry.id}
        publication.published_json = json.dumps(record, ensure_ascii=False)


def send_unpublish(job: Job) -> None:
    """Set the post back to a draft on the site (if there is one)."""
    store, site_id, interview_id = job.store, job.entry.site_id, job.entry.subject_id
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        post_id = publication.post_id if publication is not None else None
    if post_id is None:
        return
    try:
        post = job.client.unpublish_post(post_id)
    except NotFound:
        return  # already gone from the site: nothing to take down
    _remember_post(store, site_id, interview_id, post, None)


def _photos_root(store: Store) -> Path:
    return store.path.parent


def _ensure_media(
    job: Job, photo: PhotoBlock, photos_root: Path, options: UploadOptions, name: str
) -> SiteImage:
    """The photo's media item on the site, uploading it (once) if needed.

    What is uploaded is the photo's upload copy (:mod:`editor.photo_upload`:
    resized, upright, without location or device identifiers unless *options*
    allow location), never the original file; the file is called *name* (the
    post's slug and the photo's number: ``ten-bai-1.jpg``). A media item
    uploaded before gets the photo's caption, alt text and title again when
    they changed in the interview.
    """
    store, client, site_id = job.store, job.client, job.entry.site_id
    assert photo.image_path is not None
    caption = photo.caption + (f" (Ảnh: {photo.credit})" if photo.credit else "")
    title = media_title(photo.caption, name)
    with store.session() as session:
        record = _media_record(session, site_id, photo.image_path)
        known = (
            (record.media_id, record.source_url, record.caption, record.alt_text, record.title)
            if record is not None
            else None
        )
        size = (record.width, record.height) if record is not None else (None, None)
    if known is not None:
        media_id, url, old_caption, old_alt, old_title = known
        if (old_caption, old_alt, old_title) != (caption, photo.alt_text, title):
            changed = client.update_media(
                media_id, caption=caption, alt_text=photo.alt_text, title=title
            )
            size = (changed.width, changed.height) if changed.width else size
            _remember_media(
                store, site_id, photo.image_path, changed, caption, photo.alt_text, title
            )
        return SiteImage(media_id, url, *size)
    slug = media_slug(photo.image_path)
    found = client.find_media_by_slug(slug)
    if found:
        media: RemoteMedia = client.update_media(
            found[0].id, caption=caption, alt_text=photo.alt_text, title=title
        )
    else:
        path = photos_root / photo.image_path
        with upload_copy(path, options) as copy:
            media = client.upload_media(
                copy.path,
                filename=name + copy.photo.format.extension,
                mime_type=copy.mime_type,
                caption=caption,
                alt_text=photo.alt_text,
                title=title,
                slug=slug,
            )
    _remember_media(store, site_id, photo.image_path, media, caption, photo.alt_text, title)
    return SiteImage(media.id, media.source_url, media.width, media.height)


def _media_record(session: Session, site_id: int, image_path: str) -> RemoteMediaRecord | None:
    return session.scalars(
        select(RemoteMediaRecord).where(
            RemoteMediaRecord.site_id == site_id, RemoteMediaRecord.image_path == image_path
        )
    ).one_or_none()


def _remember_media(
    store: Store,
    site_id: int,
    image_path: str,
    media: RemoteMedia,
    caption: str,
    alt: str,
    title: str,
) -> None:
    with store.transaction() as session:
        record = _media_record(session, site_id, image_path)
        if record is None:
            record = RemoteMediaRecord(
                site_id=site_id, image_path=image_path, slug=media_slug(image_path)
            )
            session.add(record)
        record.media_id, record.source_url = media.id, media.source_url
        record.caption, record.alt_text, record.title = caption, alt, title
        if media.width and media.height:
            record.width, record.height = media.width, media.height
        record.post_id = media.post


def _remember_post(
    store: Store,
    site_id: int,
    interview_id: int,
    post: RemotePost,
    sent: InterviewDocument | None,
    our_tags: Sequence[int] | None = None,
    site_kept: Sequence[str] = (),
    tags_left_out: Sequence[str] = (),
) -> None:
    """Store what the site said at once: the post id, its link and version.

    ``published_json`` keeps the title, text and status the site holds after our
    write (to tell later whether someone else changed them) and, for a publish,
    the document that was sent.
    """
    with store.transaction() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is None:
            return
        publication.post_id = post.id
        if post.slug:  # WordPress may have made it unique ("-2") on publishing
            publication.slug = post.slug
        publication.post_status = post.status
        publication.link = post.link
        publication.modified_gmt = gmt_text(post.modified_gmt)
        publication.updated_at = utc_now()
        previous = json.loads(publication.published_json) if publication.published_json else {}
        publication.published_json = json.dumps(
            {
                "title": post.title,
                "content": post.content,
                "status": post.status,
                "date_gmt": gmt_text(post.date_gmt),
                "tags": list(post.tags),
                "our_tags": list(our_tags) if our_tags is not None else previous.get("our_tags"),
                "categories": list(post.categories),
                "excerpt": post.excerpt,
                "featured_media": post.featured_media,
                "site_kept": list(site_kept),
                "tags_left_out": list(tags_left_out),
                "document": sent.to_dict() if sent is not None else previous.get("document"),
            },
            ensure_ascii=False,
        )
        interview = session.get(Interview, interview_id)
        if interview is not None:
            if post.status in ("publish", "future"):
                interview.status = InterviewStatus.PUBLISHED.value
            elif interview.status == InterviewStatus.PUBLISHED.value:
                interview.status = InterviewStatus.APPROVED.value


def _forget_post(store: Store, site_id: int, interview_id: int) -> None:
    """The post is gone from the site: the next publish creates a new one."""
    with store.transaction() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is None:
            return
        publication.post_id = None
        publication.post_status = None
        publication.link = None
        publication.modified_gmt = None
        publication.published_json = None
        publication.updated_at = utc_now()
        interview = session.get(Interview, interview_id)
        if interview is not None and interview.status == InterviewStatus.PUBLISHED.value:
            interview.status = InterviewStatus.APPROVED.value


HANDLERS: dict[str, Handler] = {PUBLISH_KIND: send_publish, UNPUBLISH_KIND: send_unpublish}


# --- conflicts ---------------------------------------------------------------------------------


def _conflict(outbox: Outbox, item_id: int) -> OutboxEntry | None:
    """The outbox item if it is (still) in conflict."""
    entry = outbox.get(item_id)
    return entry if entry is not None and entry.state is OutboxState.CONFLICT else None


def resolve_keep_mine(store: Store, item_id: int) -> None:
    """Overwrite the site's changes with ours: send the item again, past the check."""
    outbox = Outbox(store)
    entry = _conflict(outbox, item_id)
    if entry is None:
        return
    payload = PublishPayload.from_json(entry.payload)
    remote = payload.conflict or {}
    outbox.retry_with(item_id, replace(payload, overwrite=remote.get("modified_gmt")))


def resolve_take_site(store: Store, item_id: int, author: str | None = None) -> None:
    """Take the site's version into the interview and drop our change.

    What is taken is kept as a *site* version by *author* (None: the computer's user).
    """
    outbox = Outbox(store)
    entry = _conflict(outbox, item_id)
    if entry is None:
        return
    remote = PublishPayload.from_json(entry.payload).conflict or {}
    repository = InterviewRepository(store)
    stored = repository.get(entry.subject_id)
    imported = document_from_site(
        str(remote.get("title", "")),
        str(remote.get("content") or remote.get("text", "")),
        excerpt=str(remote.get("excerpt") or ""),
        local=stored.document,
        uploaded=uploaded_photos(store, entry.site_id),
    )
    keeper = _keeper(author)
    repository.save_document(
        entry.subject_id,
        imported,
        also=lambda session, row: keeper.record_in(session, row, VersionKind.SITE),
    )
    with store.transaction() as session:
        publication = publication_of(session, entry.site_id, entry.subject_id)
        if publication is not None:
            previous = json.loads(publication.published_json) if publication.published_json else {}
            publication.modified_gmt = remote.get("modified_gmt")
            publication.published_json = json.dumps(
                {
                    "title": remote.get("title"),
                    "content": remote.get("content", ""),
                    "status": remote.get("status"),
                    "tags": remote.get("tags", previous.get("tags")),
                    "our_tags": previous.get("our_tags"),
                    "excerpt": remote.get("excerpt", previous.get("excerpt")),
                    "categories": remote.get("categories", previous.get("categories")),
                    "featured_media": remote.get("featured_media", previous.get("featured_media")),
                    # The site's version was chosen: its excerpt and thumbnail stay the site's.
                    "site_kept": ["excerpt", "featured_media"],
                    # The interview now is the site's version: what "we sent" from here on.
                    "document": imported.to_dict(),
                },
                ensure_ascii=False,
            )
    outbox.discard([item_id])


def uploaded_photos(store: Store, site_id: int) -> UploadedPhotos:
    """The photos Newsdesk uploaded to the site, by URL and media id, to their local files."""
    with store.session() as session:
        records = session.scalars(
            select(RemoteMediaRecord).where(RemoteMediaRecord.site_id == site_id)
        ).all()
        return UploadedPhotos(
            by_url={r.source_url: r.image_path for r in records if r.source_url},
            by_media_id={r.media_id: r.image_path for r in records},
        )
