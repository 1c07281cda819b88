"""The one client for a WordPress site's REST API (``/wp-json/wp/v2``).

:class:`WordPressClient` logs in with an *application password* (HTTP Basic),
keeps one :class:`requests.Session` (connection reuse), puts a timeout on every
call, always verifies TLS certificates, and never follows redirects silently.
It returns the dataclasses of :mod:`portal.remote` and raises only
:class:`portal.errors.SiteError` subclasses for anything that goes wrong on the
way to or at the site. Programming mistakes (an unknown comment status, a naive
datetime) raise :class:`ValueError`; a local file that cannot be read for an
upload raises :class:`OSError`.

Secrets: the password lives only in the session's auth object, whose ``repr``
hides it; error texts and log lines are scrubbed of the password and of the
``Authorization`` header value, and errors are raised ``from None``.

One client per thread: a ``requests.Session`` is not meant to be shared between
threads that use it at the same time.
"""

from __future__ import annotations

import base64
import importlib.metadata
import json
import logging
import mimetypes
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import requests
from requests.auth import AuthBase
from requests.structures import CaseInsensitiveDict

from portal.errors import (
    BadRequest,
    MalformedResponse,
    NoRestApi,
    NotFound,
    NotWordPress,
    PermissionDenied,
    SiteError,
    SiteMoved,
    SiteTimeout,
    error_from_answer,
    error_from_transport,
    looks_like_html,
)
from portal.markup import text_to_html, text_to_term_html
from portal.remote import (
    COMMENT_STATUSES,
    CommentPage,
    CommentStatus,
    PostInput,
    PostPage,
    PostStamp,
    RemoteCategory,
    RemoteComment,
    RemoteMedia,
    RemotePost,
    RemoteRevision,
    RemoteTag,
    RemoteUser,
    parse_category,
    parse_comment,
    parse_media,
    parse_post,
    parse_post_stamp,
    parse_revision,
    parse_tag,
    parse_user,
)
from storage.textfold import fold

__all__ = ["DEFAULT_REQUIRED_CAPABILITIES", "WordPressClient", "user_agent"]

_LOG = logging.getLogger(__name__)

DEFAULT_REQUIRED_CAPABILITIES: tuple[str, ...] = ("edit_posts",)
"""What :meth:`WordPressClient.test_connection` insists on by default."""

_MAX_PAGES = 10_000  # 1 million items at 100 per page: a runaway guard, not a limit in practice
_SITE_MESSAGE_LIMIT = 300
#: The most posts one ``GET /wp/v2/posts?include=…`` answers (WordPress's ``per_page`` limit).
POSTS_PER_REQUEST = 100
#: The statuses the "On the site" pull asks for: all an editing account may see.
LISTED_POST_STATUSES: tuple[str, ...] = (
    "publish",
    "future",
    "draft",
    "pending",
    "private",
    "trash",
)
#: The fields the "On the site" pull keeps (``_fields`` keeps the answers small).
LISTED_POST_FIELDS = (
    "id,slug,status,link,title,content,excerpt,author,categories,tags,featured_media,"
    "date_gmt,modified_gmt,comment_status"
)


def user_agent() -> str:
    """Return the ``User-Agent`` sent to sites: ``Newsdesk/<installed version>``."""
    try:
        version = importlib.metadata.version("newsdesk")
    except importlib.metadata.PackageNotFoundError:
        version = "0.1.0"
    return f"Newsdesk/{version}"


class _Secret:
    """A string that never shows itself in ``str``/``repr``."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


class _AppPasswordAuth(AuthBase):
    """HTTP Basic auth whose credentials stay out of reprs and tracebacks."""

    def __init__(self, username: str, app_password: str) -> None:
        token = base64.b64encode(f"{username}:{app_password}".encode()).decode("ascii")
        self._header = _Secret(f"Basic {token}")
        self._token = _Secret(token)
        self._password = _Secret(app_password)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = self._header.value
        return request

    def __repr__(self) -> str:
        return "<application password auth>"

    def secrets(self) -> list[str]:
        """Every form of the secret that must never be shown, longest first."""
        pw = self._password.value
        forms = {self._header.value, self._token.value, pw, pw.replace(" ", "")}
        return sorted((f for f in forms if len(f) >= 4), key=len, reverse=True)


class _Answer:
    """A successful HTTP answer, already read in full."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: CaseInsensitiveDict[str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


def _normalise_base_url(base_url: str) -> str:
    text = base_url.strip()
    if not text:
        raise SiteError("The site address is empty.")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteError("The site address is not a valid web address.")
    if parts.username or parts.password:
        raise SiteError("The site address must not contain a user name or password.")
    path = parts.path.rstrip("/")
    if path.endswith("/wp-json"):
        path = path[: -len("/wp-json")]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _ascii_filename(name: str) -> str:
    """An ASCII file name for ``Content-Disposition`` (WordPress reads only ``filename=``)."""
    stem, dot, ext = Path(name).name.rpartition(".")
    if not dot:
        stem, ext = ext, ""

    def clean(part: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", fold(part)).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")

    stem_clean = clean(stem)[:80] or "file"
    ext_clean = clean(ext)[:10]
    return f"{stem_clean}.{ext_clean}" if ext_clean else stem_clean


def _format_gmt(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("datetimes sent to the site must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name, "").strip()
    return int(value) if value.isdecimal() and len(value) < 12 else None


def _listing_params(
    statuses: Sequence[str], fields: str, edit_context: bool, per_page: int
) -> dict[str, str]:
    """The query of a post listing by id, lowest first."""
    params = {
        "per_page": str(max(1, min(per_page, POSTS_PER_REQUEST))),
        "orderby": "id",
        "order": "asc",
        "status": ",".join(statuses),
        "_fields": fields,
    }
    if edit_context:
        params["context"] = "edit"
    return params


def _date_header(headers: Mapping[str, str]) -> datetime | None:
    """The answer's ``Date`` header as an aware UTC datetime, or None."""
    value = headers.get("Date", "")
    if not value or len(value) > 64:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


_PHP_MESSAGE = re.compile(rb"<b>(Warning|Notice|Deprecated|Fatal error|Parse error)</b>:")


class WordPressClient:
    """Client for one WordPress site and one account (application password).

    *base_url* is the site's address (``https://baotinh.vn`` or with a path for
    a site in a sub-folder); ``/wp-json`` is added by the client. A site without
    "pretty permalinks" has no ``/wp-json``: when that address answers with a
    web page's 404, the client asks the site's home page for its API root (the
    ``Link: <…>; rel="https://api.w.org/"`` header WordPress sends, e.g.
    ``/index.php?rest_route=/``), uses it from then on, and tries once more. The
    root can also be given as *api_root*. *timeout* is in
    seconds, for connecting and for each wait on the socket; reading a whole
    answer is also bounded (``4 × timeout``, at least 60 s). Answers larger than
    *max_response_bytes* are refused.
    """

    def __init__(
        self,
        base_url: str,
        username: str,
        app_password: str,
        *,
        timeout: float = 20.0,
        max_response_bytes: int = 32 * 1024 * 1024,
        api_root: str | None = None,
    ) -> None:
        self._base = _normalise_base_url(base_url)
        self._api = f"{self._base}/wp-json"
        self._rest_route = False  # the API is reached as ?rest_route=/wp/v2/...
        self._discovered = False
        if api_root is not None:
            self._use_api_root(api_root)
            self._discovered = True
        self._username = username
        self._auth = _AppPasswordAuth(username, app_password)
        self._secrets = self._auth.secrets()
        self._timeout = timeout
        self._body_deadline = max(60.0, 4 * timeout)
        self._max_bytes = max_response_bytes
        self._session = requests.Session()
        self._session.auth = self._auth
        self._session.headers.update({"User-Agent": user_agent(), "Accept": "application/json"})

    # -- lifecycle ---------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The site's address as the client uses it (no trailing slash, no ``/wp-json``)."""
        return self._base

    @property
    def username(self) -> str:
        """The account name the client logs in with."""
        return self._username

    @property
    def api_root(self) -> str:
        """Where the REST API answers: ``…/wp-json`` or ``…/index.php?rest_route=/``."""
        return f"{self._api}?rest_route=/" if self._rest_route else self._api

    def _use_api_root(self, root: str) -> None:
        """Use *root* (an API root on this site's own host) for every later call."""
        parts = urlsplit(root.strip())
        base = urlsplit(self._base)
        if (parts.scheme, parts.netloc) != (base.scheme, base.netloc):
            raise NoRestApi(
                "The site names its REST API on another host; Newsdesk does not send the "
                "password there.",
                detail="api root on another origin",
            )
        self._api = urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
        self._rest_route = "rest_route" in parse_qs(parts.query, keep_blank_values=True)

    def _discover_api_root(self) -> bool:
        """Ask the home page where the REST API is; True if that changed the root."""
        self._discovered = True
        try:
            response = self._session.head(
                self._base + "/", timeout=self._timeout, allow_redirects=False, verify=True
            )
            response.close()
        except requests.exceptions.RequestException:
            return False
        root = _api_link(response.headers.get("Link", ""))
        base_path = urlsplit(self._base).path.rstrip("/") + "/"
        try:
            root_path = urlsplit(root).path.rstrip("/") + "/" if root is not None else None
        except ValueError:  # a malformed address in the header: no root to be had
            return False
        if root is None or root_path is None or not root_path.startswith(base_path):
            # None, or the API of a site above the address given (a page that is not a
            # site of its own; a sub-site that does not exist): never publish there.
            return False
        before = self.api_root
        self._use_api_root(root)
        _LOG.info("REST API of %s found at %s", self._base, self.api_root)
        return self.api_root != before

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    def __enter__(self) -> WordPressClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"WordPressClient(base_url={self._base!r}, username={self._username!r})"

    # -- account -----------------------------------------------------------

    def me(self) -> RemoteUser:
        """Return the logged-in account, with its roles and capabilities."""
        answer = self._call("GET", "/wp/v2/users/me", params={"context": "edit"})
        return parse_user(self._json(answer))

    def test_connection(
        self, required_capabilities: Iterable[str] = DEFAULT_REQUIRED_CAPABILITIES
    ) -> RemoteUser:
        """Check address, REST API, login and rights; return the account.

        Raises the specific error for each way this can fail: the name is not
        found or the connection is refused (:class:`SiteUnreachable`), TLS
        (:class:`SiteTLSError`), no answer in time (:class:`SiteTimeout`), a
        redirect (:class:`SiteMoved`), no REST API (:class:`NoRestApi`), not
        WordPress (:class:`NotWordPress`), wrong password
        (:class:`AuthenticationFailed`), or an account without
        *required_capabilities* (:class:`PermissionDenied`).
        """
        index = self._json(self._call("GET", "/", params={"_fields": "name,namespaces"}))
        namespaces = index.get("namespaces") if isinstance(index, dict) else None
        if not isinstance(namespaces, list):
            raise NotWordPress(detail="the REST index has no namespaces list")
        if "wp/v2" not in namespaces:
            raise NoRestApi(
                "The site's REST API does not offer the WordPress content routes (wp/v2).",
                detail="wp/v2 missing from namespaces",
            )
        user = self.me()
        missing = sorted(c for c in required_capabilities if not user.can(c))
        if missing:
            raise PermissionDenied(
                "This account lacks the rights Newsdesk needs on the site.",
                code="newsdesk_missing_capabilities",
                site_message=", ".join(missing),
            )
        return user

    # -- posts -------------------------------------------------------------

    def create_post(self, data: PostInput) -> RemotePost:
        """Create a post (status ``draft`` unless *data* says otherwise)."""
        answer = self._call("POST", "/wp/v2/posts", json_body=self._post_body(data))
        return parse_post(self._json(answer))

    def update_post(self, post_id: int, data: PostInput) -> RemotePost:
        """Change the fields of *data* that are not ``None``. The last write wins."""
        answer = self._call("POST", f"/wp/v2/posts/{int(post_id)}", json_body=self._post_body(data))
        return parse_post(self._json(answer))

    def get_post(self, post_id: int) -> RemotePost:
        """Fetch one post with its raw fields, whatever its status."""
        answer = self._call("GET", f"/wp/v2/posts/{int(post_id)}", params={"context": "edit"})
        return parse_post(self._json(answer))

    def get_posts(self, post_ids: Iterable[int], *, any_status: bool = True) -> list[RemotePost]:
        """The posts among *post_ids* the account may read: one request per 100 ids.

        Only ``id``, ``status``, ``link``, ``title`` and the dates are asked
        for (the content is left out). With *any_status* drafts, pending, scheduled and
        private posts come too (``status=any``, ``context=edit``: accounts that
        may edit posts; others get :class:`PermissionDenied`); without it only
        published posts. A post that does not exist, is in the trash or that the
        account may not read is simply missing from the answer.
        """
        wanted = sorted({int(post_id) for post_id in post_ids if int(post_id) > 0})
        params = {
            "per_page": str(POSTS_PER_REQUEST),
            "_fields": "id,status,link,title,date_gmt,modified_gmt",
        }
        if any_status:
            params.update(status="any", context="edit")
        found: list[RemotePost] = []
        for start in range(0, len(wanted), POSTS_PER_REQUEST):
            batch = wanted[start : start + POSTS_PER_REQUEST]
            params["include"] = ",".join(map(str, batch))
            items, _, _ = self._collection("/wp/v2/posts", params)
            found.extend(parse_post(item) for item in items)
        return found

    def find_posts_by_slug(self, slug: str) -> list[RemotePost]:
        """Return the posts (any status but trash) whose slug is exactly *slug*.

        Use it before creating a post again after a lost answer. WordPress keeps
        a draft's slug as given but makes a published post's slug unique by
        appending ``-2``: use slugs that are unique to begin with.
        """
        params = {"slug": slug, "status": "any", "context": "edit", "per_page": "100"}
        items, _, _ = self._collection("/wp/v2/posts", params)
        return [parse_post(item) for item in items]

    def post_revisions(self, post_id: int) -> list[RemoteRevision]:
        """The revisions the site kept of a post, newest first, with their raw fields.

        Needs the right to edit the post (:class:`PermissionDenied` otherwise,
        :class:`NotFound` when the post does not exist); 100 a request.
        """
        found: list[RemoteRevision] = []
        route = f"/wp/v2/posts/{int(post_id)}/revisions"
        for page in range(1, _MAX_PAGES + 1):
            params = {"context": "edit", "per_page": "100", "page": str(page)}
            items, _, total_pages = self._collection(route, params)
            found.extend(parse_revision(item) for item in items)
            if not items or page >= (total_pages or 1):
                break
        return found

    # -- listing the site's posts (the "On the site" cache) ------------------

    def iter_post_pages(
        self,
        *,
        statuses: Sequence[str] = LISTED_POST_STATUSES,
        modified_after: datetime | None = None,
        include: Iterable[int] = (),
        fields: str = LISTED_POST_FIELDS,
        edit_context: bool = True,
        per_page: int = POSTS_PER_REQUEST,
    ) -> Iterator[PostPage]:
        """Page through the site's posts, lowest id first, 100 a page.

        *statuses* are asked for together (``status=publish,future,…``); asking
        for ``draft`` or ``trash`` needs an account that may edit posts (others
        get :class:`BadRequest` or :class:`PermissionDenied`: ask for
        ``("publish",)`` without *edit_context* instead). *modified_after* (an
        aware datetime) is sent with its offset: WordPress turns it into the
        site's own time zone and compares it with the post's local
        ``post_modified`` (``WP_Date_Query::build_mysql_datetime``), so a value
        *without* an offset would be read as the site's local time. The bound is
        exclusive and to the second. Ordering by id keeps the pages stable while
        posts change during the pull (a changed post keeps its place). Each page
        carries the site's clock (its ``Date`` header).
        """
        params = _listing_params(statuses, fields, edit_context, per_page)
        if modified_after is not None:
            params["modified_after"] = _format_gmt(modified_after) + "+00:00"
        wanted = sorted({int(i) for i in include if int(i) > 0})
        if wanted:
            params["include"] = ",".join(map(str, wanted[:POSTS_PER_REQUEST]))
        for items, page, total, total_pages, server_time in self._listing(params):
            posts = tuple(parse_post(item) for item in items)
            yield PostPage(posts, page, total, total_pages, server_time)

    def post_stamps(
        self, *, statuses: Sequence[str] = LISTED_POST_STATUSES, edit_context: bool = True
    ) -> Iterator[PostStamp]:
        """Every post's id and ``modified_gmt`` (``_fields=id,modified_gmt``): the id sweep."""
        params = _listing_params(statuses, "id,modified_gmt", edit_context, POSTS_PER_REQUEST)
        for items, *_ in self._listing(params):
            yield from (parse_post_stamp(item) for item in items)

    def _listing(
        self, params: dict[str, str]
    ) -> Iterator[tuple[list[object], int, int | None, int | None, datetime | None]]:
        """The pages of ``GET /wp/v2/posts`` with *params*: items, page, totals, site clock."""
        page = 1
        while page <= _MAX_PAGES:
            params["page"] = str(page)
            answer = self._call("GET", "/wp/v2/posts", params=params)
            items = self._list(answer, "/wp/v2/posts")
            total = _int_header(answer.headers, "X-WP-Total")
            total_pages = _int_header(answer.headers, "X-WP-TotalPages")
            yield items, page, total, total_pages, _date_header(answer.headers)
            if not items or (total_pages is not None and page >= total_pages):
                return
            if total_pages is None and len(items) < int(params["per_page"]):
                return
            page += 1

    def authors(self) -> list[RemoteUser]:
        """The site's users this account may see, with their names (100 a request).

        WordPress lists every user only to accounts with ``list_users``
        (administrators); to others it lists the users who have published posts.
        """
        found: list[RemoteUser] = []
        for page in range(1, _MAX_PAGES + 1):
            params = {"per_page": "100", "page": str(page), "_fields": "id,name,slug"}
            items, _, total_pages = self._collection("/wp/v2/users", params)
            found.extend(parse_user(item) for item in items)
            if not items or page >= (total_pages or 1):
                break
        return found

    # -- tags --------------------------------------------------------------

    def find_tags(self, *, slugs: Iterable[str] = (), search: str = "") -> list[RemoteTag]:
        """Tags with one of *slugs*, or whose name or slug contains *search* (first 100)."""
        params = {"per_page": "100", "hide_empty": "false", "_fields": "id,name,slug"}
        wanted = [slug for slug in slugs if slug]
        if wanted:
            params["slug"] = ",".join(wanted[:100])
        elif search:
            params["search"] = text_to_term_html(search)  # names are stored escaped
        else:
            return []
        items, _, _ = self._collection("/wp/v2/tags", params)
        return [parse_tag(item) for item in items]

    def categories(self) -> list[RemoteCategory]:
        """Every post category of the site (paged through, 100 at a time)."""
        found: list[RemoteCategory] = []
        for page in range(1, _MAX_PAGES + 1):
            params = {"per_page": "100", "page": str(page), "_fields": "id,name,parent"}
            items, _, total_pages = self._collection("/wp/v2/categories", params)
            found.extend(parse_category(item) for item in items)
            if not items or page >= (total_pages or 1):
                return found
        return found

    def tags_by_id(self, ids: Iterable[int]) -> list[RemoteTag]:
        """The tags with these ids (at most 100; names decoded to plain text)."""
        wanted = [str(int(tag_id)) for tag_id in ids][:100]
        if not wanted:
            return []
        params = {
            "per_page": "100",
            "include": ",".join(wanted),
            "hide_empty": "false",
            "_fields": "id,name,slug",
        }
        items, _, _ = self._collection("/wp/v2/tags", params)
        return [parse_tag(item) for item in items]

    def create_tag(self, name: str) -> RemoteTag:
        """Create a tag called *name*; WordPress answers 400 ``term_exists`` if it has one.

        Creating tags needs the ``manage_categories`` capability (editors have it,
        authors do not: :class:`PermissionDenied`).
        """
        body = {"name": text_to_term_html(name)}
        answer = self._call("POST", "/wp/v2/tags", json_body=body)
        return parse_tag(self._json(answer))

    def delete_post(self, post_id: int, *, force: bool = False) -> RemotePost:
        """Move a post to the trash (or delete it for good with *force*); return it.

        Trashing a post that is already in the trash is not an error.
        """
        params = {"force": "true"} if force else None
        try:
            answer = self._call("DELETE", f"/wp/v2/posts/{int(post_id)}", params=params)
        except NotFound as exc:
            if exc.code == "rest_already_trashed":
                return self.get_post(post_id)
            raise
        return parse_post(self._previous_or_item(self._json(answer)))

    def unpublish_post(self, post_id: int) -> RemotePost:
        """Take a post off the site by setting it back to draft."""
        return self.update_post(post_id, PostInput(status="draft"))

    # -- media -------------------------------------------------------------

    def upload_media(
        self,
        path: Path,
        *,
        filename: str | None = None,
        mime_type: str | None = None,
        caption: str | None = None,
        alt_text: str | None = None,
        title: str | None = None,
        slug: str | None = None,
    ) -> RemoteMedia:
        """Upload a file (streamed from disk), then set caption, alt text and title.

        The file name sent is an ASCII form of *filename* (default: the file's
        own name). Give a unique *slug* to be able to find the upload again with
        :meth:`find_media_by_slug` if the answer is lost.
        """
        name = _ascii_filename(filename or path.name)
        mime = mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        size = path.stat().st_size
        headers = {
            "Content-Type": mime,
            "Content-Disposition": f'attachment; filename="{name}"',
            "Content-Length": str(size),
        }
        params = {"slug": slug} if slug else None
        with path.open("rb") as stream:
            answer = self._call("POST", "/wp/v2/media", params=params, data=stream, headers=headers)
        media = parse_media(self._json(answer))
        if caption is not None or alt_text is not None or title is not None:
            media = self.update_media(media.id, caption=caption, alt_text=alt_text, title=title)
        return media

    def update_media(
        self,
        media_id: int,
        *,
        caption: str | None = None,
        alt_text: str | None = None,
        title: str | None = None,
        description: str | None = None,
        post: int | None = None,
    ) -> RemoteMedia:
        """Change the text fields of an uploaded file (``None`` leaves a field alone).

        The texts are plain text; they are sent escaped (WordPress keeps them as HTML).
        """
        body: dict[str, object] = {}
        for key, value in (
            ("caption", caption),
            ("title", title),
            ("description", description),
        ):
            if value is not None:
                body[key] = text_to_html(value)
        if alt_text is not None:
            # Kept through sanitize_text_field, which drops "%ab" octets: escaped as a name is.
            body["alt_text"] = text_to_term_html(alt_text)
        if post is not None:
            body["post"] = post
        answer = self._call("POST", f"/wp/v2/media/{int(media_id)}", json_body=body)
        return parse_media(self._json(answer))

    def get_media(self, media_id: int) -> RemoteMedia:
        """Fetch one uploaded file's record."""
        answer = self._call("GET", f"/wp/v2/media/{int(media_id)}", params={"context": "edit"})
        return parse_media(self._json(answer))

    def find_media_by_slug(self, slug: str) -> list[RemoteMedia]:
        """Return the uploads whose slug is exactly *slug*."""
        params = {"slug": slug, "context": "edit", "per_page": "100"}
        items, _, _ = self._collection("/wp/v2/media", params)
        return [parse_media(item) for item in items]

    # -- comments ----------------------------------------------------------

    def iter_comment_pages(
        self,
        *,
        status: CommentStatus | None = None,
        after: datetime | None = None,
        before: datetime | None = None,
        post: int | None = None,
        per_page: int = 100,
    ) -> Iterator[CommentPage]:
        """Page through comments, oldest id first, 100 a page by default.

        *status* ``None`` means every state (approved, hold, spam, trash).
        *after*/*before* are exclusive bounds on the comment date (aware
        datetimes). Ordering by id keeps pages stable while new comments arrive:
        they land on the last page.
        """
        params: dict[str, str] = {
            "context": "edit",
            "orderby": "id",
            "order": "asc",
            "per_page": str(max(1, min(per_page, 100))),
            "status": _comment_status_query(status),
        }
        if after is not None:
            params["after"] = _format_gmt(after) + "Z"
        if before is not None:
            params["before"] = _format_gmt(before) + "Z"
        if post is not None:
            params["post"] = str(int(post))
        page = 1
        while page <= _MAX_PAGES:
            params["page"] = str(page)
            items, total, total_pages = self._collection("/wp/v2/comments", params)
            comments = tuple(parse_comment(item) for item in items)
            yield CommentPage(comments, page, total, total_pages)
            if not comments or (total_pages is not None and page >= total_pages):
                return
            if total_pages is None and len(comments) < int(params["per_page"]):
                return
            page += 1

    def iter_comments(
        self,
        *,
        status: CommentStatus | None = None,
        after: datetime | None = None,
        before: datetime | None = None,
        post: int | None = None,
        on_page: Callable[[CommentPage], None] | None = None,
    ) -> Iterator[RemoteComment]:
        """Yield comments one by one (see :meth:`iter_comment_pages`).

        *on_page* is called with each page before its comments are yielded
        (progress reporting: ``page.page`` of ``page.total_pages``).
        """
        for page in self.iter_comment_pages(status=status, after=after, before=before, post=post):
            if on_page is not None:
                on_page(page)
            yield from page.comments

    def get_comment(self, comment_id: int) -> RemoteComment:
        """Fetch one comment with its raw text and moderation state."""
        answer = self._call("GET", f"/wp/v2/comments/{int(comment_id)}", params={"context": "edit"})
        return parse_comment(self._json(answer))

    def update_comment_status(self, comment_id: int, status: CommentStatus) -> RemoteComment:
        """Set a comment's moderation state and return the comment as the site now has it.

        WordPress silently ignores a status it does not know; the client
        checks the answer and raises :class:`BadRequest` if the state did not change.
        """
        if status not in COMMENT_STATUSES:
            raise ValueError(f"unknown comment status {status!r}")
        answer = self._call(
            "POST", f"/wp/v2/comments/{int(comment_id)}", json_body={"status": status}
        )
        comment = parse_comment(self._json(answer))
        if comment.status != status:
            raise BadRequest(
                "The site did not apply the new comment status.",
                code="newsdesk_status_not_applied",
                site_message=f"asked {status}, site has {comment.status}",
            )
        return comment

    def create_comment(
        self, post: int, content: str, *, parent: int = 0, status: CommentStatus | None = None
    ) -> RemoteComment:
        """Post a comment (a reply when *parent* is set) as the logged-in account.

        *content* is plain text; it is sent escaped, so it shows on the site as written.
        *status* (accounts that may moderate only) sets its moderation state at once:
        ``hold`` keeps it from the public.
        """
        body: dict[str, object] = {
            "post": int(post),
            "parent": int(parent),
            "content": text_to_html(content),
        }
        if status is not None:
            if status not in COMMENT_STATUSES:
                raise ValueError(f"unknown comment status {status!r}")
            body["status"] = status
        answer = self._call("POST", "/wp/v2/comments", json_body=body)
        return parse_comment(self._json(answer))

    def delete_comment(self, comment_id: int, *, force: bool = False) -> RemoteComment:
        """Move a comment to the trash (or delete it for good with *force*); return it."""
        params = {"force": "true"} if force else None
        try:
            answer = self._call("DELETE", f"/wp/v2/comments/{int(comment_id)}", params=params)
        except NotFound as exc:
            if exc.code == "rest_already_trashed":
                return self.get_comment(comment_id)
            raise
        return parse_comment(self._previous_or_item(self._json(answer)))

    # -- plumbing ----------------------------------------------------------

    @staticmethod
    def _post_body(data: PostInput) -> dict[str, object]:
        body: dict[str, object] = {}
        for key in ("content", "status", "slug", "comment_status"):
            value = getattr(data, key)
            if value is not None:
                body[key] = value
        # Title and excerpt are plain text; WordPress keeps and shows them as HTML.
        if data.title is not None:
            body["title"] = text_to_html(data.title)
        if data.excerpt is not None:
            body["excerpt"] = text_to_html(data.excerpt)
        if data.featured_media is not None:
            body["featured_media"] = int(data.featured_media)
        if data.date_gmt is not None:
            body["date_gmt"] = _format_gmt(data.date_gmt)
        if data.meta is not None:
            body["meta"] = dict(data.meta)
        if data.tags is not None:
            body["tags"] = [int(tag) for tag in data.tags]
        if data.categories is not None:
            body["categories"] = [int(category) for category in data.categories]
        return body

    @staticmethod
    def _previous_or_item(obj: object) -> object:
        if isinstance(obj, dict) and obj.get("deleted") is True and "previous" in obj:
            return obj["previous"]
        return obj

    def _list(self, answer: _Answer, route: str) -> list[object]:
        items = self._json(answer)
        if not isinstance(items, list):
            raise MalformedResponse(
                "The site sent an unexpected answer (a list was expected).",
                detail=f"{route}: got {type(items).__name__}",
            )
        return items

    def _collection(
        self, route: str, params: Mapping[str, str]
    ) -> tuple[list[object], int | None, int | None]:
        answer = self._call("GET", route, params=params)
        items = self._list(answer, route)
        total = _int_header(answer.headers, "X-WP-Total")
        total_pages = _int_header(answer.headers, "X-WP-TotalPages")
        return items, total, total_pages

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def _json(self, answer: _Answer) -> Any:
        if _PHP_MESSAGE.search(answer.body[:4096]):
            raise MalformedResponse(
                "The site printed PHP errors into its answer (a plugin or theme is failing).",
                status=answer.status,
                detail=self._scrub(repr(answer.body[:200])),
            )
        if looks_like_html(answer.headers, answer.body):
            raise NotWordPress(
                "The site answered with a web page instead of data; it may not be WordPress.",
                status=answer.status,
                detail="HTML body on a REST route",
            )
        try:
            return json.loads(answer.body)
        except (ValueError, RecursionError):
            raise MalformedResponse(
                "The site sent an answer that is not valid JSON.",
                status=answer.status,
                detail=self._scrub(repr(answer.body[:80])),
            ) from None

    def _call(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, str] | None = None,
        json_body: object = None,
        data: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> _Answer:
        if not self._discovered and data is not None:
            # A streamed body cannot be sent twice: settle where the API is first.
            self._call("GET", "/", params={"_fields": "name"})
        try:
            answer = self._request(
                method, route, params=params, json_body=json_body, data=data, headers=headers
            )
            self._discovered = True  # the API answered where the client looked
            return answer
        except NoRestApi as error:
            # A web page's 404 where /wp-json should be: a site without pretty permalinks.
            if self._discovered or error.code is not None or not self._discover_api_root():
                raise
        return self._request(
            method, route, params=params, json_body=json_body, data=data, headers=headers
        )

    def _request(
        self,
        method: str,
        route: str,
        *,
        params: Mapping[str, str] | None,
        json_body: object,
        data: Any,
        headers: Mapping[str, str] | None,
    ) -> _Answer:
        if self._rest_route:
            url, params = self._api, {"rest_route": route, **(params or {})}
        else:
            url = self._api + route
        started = time.monotonic()
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                json=json_body,
                data=data,
                headers=dict(headers) if headers else None,
                timeout=self._timeout,
                stream=True,
                allow_redirects=False,
                verify=True,
            )
        except requests.exceptions.RequestException as exc:
            raise self._transport_error(exc, method, route) from None
        try:
            body = self._read_body(response, started, method, route)
        finally:
            response.close()
        status = response.status_code
        elapsed_ms = (time.monotonic() - started) * 1000
        _LOG.debug("%s %s -> %s (%d bytes, %.0f ms)", method, route, status, len(body), elapsed_ms)
        if 300 <= status < 400:
            location = self._scrub(response.headers.get("Location", ""))[:500]
            err = SiteMoved(status=status, detail=f"redirect to {location}")
            err.location = location
            raise err
        if status >= 400 or status < 200:
            raise error_from_answer(status, response.headers, body, self._scrub)
        return _Answer(status, response.headers, body)

    def _read_body(
        self, response: requests.Response, started: float, method: str, route: str
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > self._max_bytes:
                    raise MalformedResponse(
                        "The site's answer was too large.", detail=f"over {self._max_bytes} bytes"
                    )
                if time.monotonic() - started > self._body_deadline:
                    raise SiteTimeout("The site's answer took too long to arrive.")
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            raise self._transport_error(exc, method, route) from None
        return b"".join(chunks)

    def _transport_error(
        self, exc: requests.exceptions.RequestException, method: str, route: str
    ) -> SiteError:
        detail = self._scrub(f"{method} {route}: {type(exc).__name__}: {exc}")[:1000]
        _LOG.debug("transport error: %s", detail)
        return error_from_transport(exc, detail)


_API_LINK = re.compile(r'<([^>]+)>\s*;[^,]*?\brel="?https://api\.w\.org/"?', re.IGNORECASE)


def _api_link(header: str) -> str | None:
    """The REST API root named in a ``Link`` header (``rel="https://api.w.org/"``)."""
    match = _API_LINK.search(header[:4096])
    return match.group(1).strip() if match else None


def _comment_status_query(status: CommentStatus | None) -> str:
    """The ``status`` value for a listing: WordPress filters on ``approve``, not ``approved``."""
    if status is None:
        return "any"
    if status not in COMMENT_STATUSES:
        raise ValueError(f"unknown comment status {status!r}")
    return "approve" if status == "approved" else status
