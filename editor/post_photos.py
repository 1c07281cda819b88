"""The photos of a post opened from the site: their image files, fetched from the site only.

An interview opened from a site post (:mod:`editor.open_post`) has its photos'
captions, credits and alt text at once, and each photo's address on the site
(``site_url``) and media id (``site_media_id``). :func:`fetch_post_photos`
(background work, cancellable, with progress) brings the image files in:

- **From the site's own address only.** An image whose address has the site's
  scheme, host and port is fetched there; any other address is fetched only
  when the site itself names it as the ``source_url`` of the photo's media
  item (``/wp/v2/media/ID``: a site serving its uploads from another host),
  so a post can never make Newsdesk call a host of its choosing. Redirects
  are followed only to the same scheme, host and port (at most three).
  ``javascript:``, ``data:``, ``file:`` and the like are never fetched. No
  password is sent with an image request.
- **Checked as any attached photo**: at most :data:`editor.photos.MAX_FILE_BYTES`
  (counted while reading, whatever the site says), decoded by Pillow as a
  JPEG, PNG or WebP photo, stored by its content hash
  (:func:`editor.photos.import_photo`). Like an attached photo, the file is
  kept as it is; its upload copy (never sent here: the site has the photo)
  would lose location and serial numbers.
- **Linked to the site's media item** (``remote_media``), so publishing never
  uploads it again: the photo keeps its address and ``wp-image`` id in the text.

A photo without a media id on the site, or whose image cannot be fetched,
stays a photo with its caption and alt text and no image file; the editor
says "the image could not be fetched", and publishing sends it back with its
address on the site, unchanged.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from editor.document import PhotoBlock
from editor.photos import MAX_FILE_BYTES, PhotoError, import_photo
from editor.publishing import media_slug, media_title, publication_of
from editor.repository import InterviewRepository
from portal.errors import SiteError
from portal.wordpress import WordPressClient, user_agent
from storage.database import Store
from storage.models import Interview, RemoteMediaRecord

log = logging.getLogger(__name__)

#: Where fetched photos go, inside the data folder (as attached ones).
PHOTOS_FOLDER = "photos"
#: Seconds to wait for an image server's answer.
TIMEOUT = 20
MAX_REDIRECTS = 3
_CHUNK = 64 * 1024


class Progress(Protocol):
    """What the fetch reports to and checks (a :class:`uikit.background.TaskContext`)."""

    @property
    def cancelled(self) -> bool:
        """True once the fetch should stop."""
        ...

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        """How many photos are done, of how many."""
        ...


@dataclass
class PhotoFetchReport:
    """What one fetch did: photos fetched, and the block indexes of those that could not be."""

    fetched: int = 0
    failed: list[int] = field(default_factory=list)
    cancelled: bool = False


class NotFetchable(Exception):
    """An image Newsdesk will not or could not fetch (the reason, in English, for the log)."""


def _origin(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an http(s) *url*, or None for anything else."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port or (443 if scheme == "https" else 80)


def photos_to_fetch(blocks: list[object]) -> list[int]:
    """The indexes of photo blocks read from the site that have no image file yet."""
    return [
        index
        for index, block in enumerate(blocks)
        if isinstance(block, PhotoBlock) and block.site_url and not block.image_path
    ]


def image_address(photo: PhotoBlock, site_url: str, client: WordPressClient | None) -> str:
    """The address to fetch *photo*'s image from (see the module docstring), or NotFetchable."""
    site = _origin(site_url)
    src = (photo.site_url or "").strip()
    if site is not None and _origin(src) == site:
        return src
    if photo.site_media_id and client is not None:
        try:
            media = client.get_media(photo.site_media_id)
        except SiteError as error:
            raise NotFetchable(f"media {photo.site_media_id}: {error}") from None
        if _origin(media.source_url) is not None:
            return media.source_url
    raise NotFetchable("the image is not on the site's own address")


def download(url: str, http: requests.Session, target: Path) -> None:
    """Write the image at *url* to *target*: same-origin redirects only, size limited."""
    origin = _origin(url)
    for _ in range(MAX_REDIRECTS + 1):
        try:
            answer = http.get(
                url,
                stream=True,
                timeout=TIMEOUT,
                allow_redirects=False,
                verify=True,
                # the environment's proxy, but never a netrc password (trust_env is off)
                proxies=requests.utils.get_environ_proxies(url),
            )
        except requests.RequestException as error:
            raise NotFetchable(f"{type(error).__name__}") from None
        with answer:
            if answer.is_redirect:
                location = urljoin(url, answer.headers.get("Location", ""))
                if _origin(location) != origin:
                    raise NotFetchable("redirected to another host")
                url = location
                continue
            if answer.status_code != 200:
                raise NotFetchable(f"HTTP {answer.status_code}")
            size = 0
            with target.open("wb") as out:
                for chunk in answer.iter_content(_CHUNK):
                    size += len(chunk)
                    if size > MAX_FILE_BYTES:
                        raise NotFetchable("larger than a photo may be")
                    out.write(chunk)
            return
    raise NotFetchable("too many redirects")


def fetch_post_photos(
    store: Store,
    client: WordPressClient | None,
    site_id: int,
    site_url: str,
    interview_id: int,
    data_dir: Path,
    progress: Progress | None = None,
    http: requests.Session | None = None,
) -> PhotoFetchReport:
    """Fetch the missing image files of the interview's site photos; store them with the interview.

    Run it while the interview is not open in the editor (it saves the
    document). Each photo is saved as soon as it is fetched, so a stop or a
    crash keeps what was done; a failed photo is only logged (by index and
    reason, never the address's query).
    """
    repository = InterviewRepository(store)
    wanted = photos_to_fetch(list(repository.get(interview_id).document.blocks))
    report = PhotoFetchReport()
    own = http is None
    session = http or requests.Session()
    session.trust_env = False
    session.headers["User-Agent"] = user_agent()
    photos_dir = data_dir / PHOTOS_FOLDER
    try:
        for done, index in enumerate(wanted):
            if progress is not None:
                if progress.cancelled:
                    report.cancelled = True
                    break
                progress.report_progress(done, len(wanted))
            photo = repository.get(interview_id).document.blocks[index]
            if not isinstance(photo, PhotoBlock) or photo.image_path:
                continue
            try:
                image_path = _fetch_one(photo, site_url, client, session, photos_dir, data_dir)
            except (NotFetchable, PhotoError) as error:
                log.info("Photo %d of interview %d not fetched: %s", index, interview_id, error)
                report.failed.append(index)
                continue
            _keep(store, repository, site_id, interview_id, index, image_path)
            report.fetched += 1
        if progress is not None and not report.cancelled:
            progress.report_progress(len(wanted), len(wanted))
    finally:
        if own:
            session.close()
    return report


def _fetch_one(
    photo: PhotoBlock,
    site_url: str,
    client: WordPressClient | None,
    http: requests.Session,
    photos_dir: Path,
    data_dir: Path,
) -> str:
    if not photo.site_media_id:
        raise NotFetchable("no media item on the site")
    address = image_address(photo, site_url, client)
    with tempfile.TemporaryDirectory(prefix=".fetch-") as folder:
        target = Path(folder) / "image"
        download(address, http, target)
        imported = import_photo(target, photos_dir)
    return imported.image_path.relative_to(data_dir).as_posix()


def _keep(
    store: Store,
    repository: InterviewRepository,
    site_id: int,
    interview_id: int,
    index: int,
    image_path: str,
) -> None:
    """Put the image in the photo and link it to its media item, in one transaction."""
    stored = repository.get(interview_id)
    document = stored.document
    photo = document.blocks[index]
    assert isinstance(photo, PhotoBlock) and photo.site_media_id
    document.blocks[index] = replace(photo, image_path=image_path)

    def link(session: Session, _row: Interview) -> None:
        publication = publication_of(session, site_id, interview_id)
        record = session.scalars(
            select(RemoteMediaRecord).where(
                RemoteMediaRecord.site_id == site_id, RemoteMediaRecord.image_path == image_path
            )
        ).one_or_none()
        if record is not None:
            return  # the same file is already a media item of the site
        slug = publication.slug if publication is not None else "anh"
        session.add(
            RemoteMediaRecord(
                site_id=site_id,
                image_path=image_path,
                slug=media_slug(image_path),
                media_id=photo.site_media_id,
                source_url=photo.site_url or "",
                # What publishing would send, so an unchanged photo is never sent again.
                caption=photo.caption + (f" (Ảnh: {photo.credit})" if photo.credit else ""),
                alt_text=photo.alt_text,
                title=media_title(photo.caption, f"{slug}-{index + 1}"),
                post_id=publication.post_id if publication is not None else None,
            )
        )

    repository.save_document(interview_id, document, also=link)
