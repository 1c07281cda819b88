"""Plain data exchanged with the site, and the defensive parsing that builds it.

Nothing above ``portal/`` sees WordPress JSON: the client turns each answer into
one of the frozen dataclasses here (:class:`RemotePost`, :class:`RemoteComment`,
:class:`RemoteMedia`, :class:`RemoteUser`). The ``parse_*`` functions accept any
decoded JSON value and either return a dataclass or raise
:class:`portal.errors.MalformedResponse` naming the field that was wrong; they
never let a ``KeyError``/``TypeError`` escape. Every string passes
:func:`storage.textfold.clean_text` (NFC, ``\\n`` line ends, no control characters).

Times are timezone-aware UTC :class:`~datetime.datetime` objects, taken from the
site's ``*_gmt`` fields (the non-GMT fields are in the site's own timezone).

WordPress keeps titles, excerpts, captions, comments and names as HTML (names
escaped): every such field is decoded to plain text here, once, with
:func:`portal.markup.html_to_text`. Only a post's ``content`` stays HTML.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from portal.errors import MalformedResponse
from portal.markup import html_to_text
from storage.textfold import clean_text

__all__ = [
    "COMMENT_STATUSES",
    "POST_STATUSES",
    "CommentPage",
    "CommentStatus",
    "MetaValue",
    "PostInput",
    "PostPage",
    "PostStamp",
    "PostStatus",
    "RemoteCategory",
    "RemoteComment",
    "RemoteMedia",
    "RemotePost",
    "RemoteRevision",
    "RemoteTag",
    "RemoteUser",
    "parse_category",
    "parse_comment",
    "parse_media",
    "parse_post",
    "parse_post_stamp",
    "parse_revision",
    "parse_tag",
    "parse_user",
]

PostStatus = Literal["draft", "pending", "future", "publish", "private"]
"""Statuses a post can be given (``trash`` is reached by deleting)."""

CommentStatus = Literal["approved", "hold", "spam", "trash"]
"""Moderation states of a comment, as the site reports them."""

POST_STATUSES: tuple[PostStatus, ...] = ("draft", "pending", "future", "publish", "private")
COMMENT_STATUSES: tuple[CommentStatus, ...] = ("approved", "hold", "spam", "trash")

MetaValue = str | int | float | bool | None

_MAX_ID = 2**63 - 1


@dataclass(frozen=True)
class RemoteUser:
    """The account the client is logged in as (``/wp/v2/users/me``)."""

    id: int
    name: str
    slug: str
    roles: tuple[str, ...] = ()
    capabilities: frozenset[str] = frozenset()

    def can(self, capability: str) -> bool:
        """Return whether the site grants this account *capability* (e.g. ``"publish_posts"``)."""
        return capability in self.capabilities


@dataclass(frozen=True)
class RemotePost:
    """A post on the site.

    ``title`` and ``excerpt`` are plain text (the raw field when the site sent
    it, else the rendered one, decoded from HTML). ``content`` is the post's
    HTML: raw (edit context) or else rendered.
    """

    id: int
    slug: str
    status: str
    link: str
    title: str
    content: str
    excerpt: str
    date_gmt: datetime | None
    modified_gmt: datetime | None
    author: int = 0
    featured_media: int = 0
    comment_status: str = ""
    meta: Mapping[str, MetaValue] = field(default_factory=dict)
    tags: tuple[int, ...] = ()
    categories: tuple[int, ...] = ()


@dataclass(frozen=True)
class RemoteRevision:
    """A revision the site kept of a post (``/wp/v2/posts/ID/revisions``).

    ``title`` and ``excerpt`` are plain text, ``content`` the post's HTML, as in
    :class:`RemotePost`. ``author`` is the id of the account that saved it.
    """

    id: int
    parent: int
    author: int
    date_gmt: datetime | None
    modified_gmt: datetime | None
    title: str
    content: str
    excerpt: str


@dataclass(frozen=True)
class RemoteCategory:
    """A post category on the site (``parent`` 0 for a top-level one)."""

    id: int
    name: str
    parent: int = 0


@dataclass(frozen=True)
class RemoteTag:
    """A post tag (the ``post_tag`` taxonomy) on the site."""

    id: int
    name: str
    slug: str


@dataclass(frozen=True)
class RemoteComment:
    """A reader comment.

    ``content`` and ``author_name`` are plain text, decoded from the site's HTML
    (the raw content in the edit context, else the rendered one). The text may
    still *read* like markup or script: show it as plain text only.
    ``content_html`` is the site's rendered HTML. ``author_email`` is empty
    unless the account may moderate.
    """

    id: int
    post: int
    parent: int
    author: int
    author_name: str
    author_email: str
    author_url: str
    date_gmt: datetime | None
    content: str
    content_html: str
    status: str
    link: str
    type: str = "comment"


@dataclass(frozen=True)
class RemoteMedia:
    """An uploaded file (attachment)."""

    id: int
    slug: str
    source_url: str
    mime_type: str
    media_type: str
    title: str
    caption: str
    alt_text: str
    date_gmt: datetime | None
    modified_gmt: datetime | None
    post: int | None = None
    width: int | None = None
    height: int | None = None
    filesize: int | None = None


@dataclass(frozen=True)
class CommentPage:
    """One page of a comment listing, with the site's totals (``None`` when it sent none)."""

    comments: tuple[RemoteComment, ...]
    page: int
    total: int | None
    total_pages: int | None


@dataclass(frozen=True)
class PostPage:
    """One page of a post listing, with the site's totals (``None`` when it sent none).

    ``server_time`` is the site's clock when it answered (its ``Date`` header),
    UTC; ``None`` when the answer had no readable date.
    """

    posts: tuple[RemotePost, ...]
    page: int
    total: int | None
    total_pages: int | None
    server_time: datetime | None = None


@dataclass(frozen=True)
class PostStamp:
    """A post's id and last change, as an id sweep lists them (``_fields=id,modified_gmt``)."""

    id: int
    modified_gmt: datetime | None


@dataclass(frozen=True)
class PostInput:
    """Fields to send when creating or updating a post; ``None`` leaves a field alone.

    ``date_gmt`` must be timezone-aware (it is sent as UTC). ``meta`` only
    reaches the site for keys the site registered for the REST API.
    """

    title: str | None = None
    content: str | None = None
    excerpt: str | None = None
    status: PostStatus | None = None
    slug: str | None = None
    date_gmt: datetime | None = None
    featured_media: int | None = None
    comment_status: Literal["open", "closed"] | None = None
    meta: Mapping[str, MetaValue] | None = None
    tags: Sequence[int] | None = None
    categories: Sequence[int] | None = None


class _Reader:
    """Typed access to one JSON object, raising MalformedResponse on anything unexpected."""

    def __init__(self, obj: object, what: str) -> None:
        if not isinstance(obj, dict):
            raise MalformedResponse(
                f"The site sent an unexpected answer (a {what} is not a JSON object).",
                detail=f"{what}: got {type(obj).__name__}",
            )
        self._obj: dict[str, object] = obj
        self._what = what

    def _bad(self, key: str, problem: str) -> MalformedResponse:
        return MalformedResponse(
            f"The site sent an unexpected answer ({self._what} field '{key}' {problem}).",
            detail=f"{self._what}.{key}: {problem}",
        )

    def has(self, key: str) -> bool:
        return key in self._obj

    def integer(self, key: str, *, default: int | None = None, positive: bool = False) -> int:
        value = self._obj.get(key)
        if value is None:
            if default is None:
                raise self._bad(key, "is missing")
            return default
        if isinstance(value, str) and value.strip().isdecimal():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._bad(key, "is not a whole number")
        if value < 0 or value > _MAX_ID or (positive and value == 0):
            raise self._bad(key, "is out of range")
        return value

    def optional_int(self, key: str) -> int | None:
        if self._obj.get(key) is None:
            return None
        return self.integer(key)

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self._obj.get(key)
        if value is None:
            if required:
                raise self._bad(key, "is missing")
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self._bad(key, "is not text")
        return clean_text(str(value))

    def rendered(self, key: str) -> tuple[str | None, str]:
        """Read a ``{"raw": ..., "rendered": ...}`` field; a bare string counts as rendered."""
        value = self._obj.get(key)
        if value is None:
            return None, ""
        if isinstance(value, str):
            return None, clean_text(value)
        if not isinstance(value, dict):
            raise self._bad(key, "is not text or an object")
        inner = _Reader(value, f"{self._what}.{key}")
        raw = inner.text("raw") if inner.has("raw") else None
        return raw, inner.text("rendered")

    def plain(self, key: str) -> str:
        """A ``{raw, rendered}`` field as plain text: the raw HTML (else the rendered) decoded."""
        raw, rendered = self.rendered(key)
        return html_to_text(raw if raw is not None else rendered)

    def markup(self, key: str) -> str:
        """A ``{raw, rendered}`` field as HTML: the raw source, else the rendered HTML."""
        raw, rendered = self.rendered(key)
        return raw if raw is not None else rendered

    def name(self, key: str) -> str:
        """A name WordPress stores escaped (terms, authors, users), as plain text."""
        return html_to_text(self.text(key))

    def gmt(self, key: str) -> datetime | None:
        value = self._obj.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise self._bad(key, "is not a date")
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise self._bad(key, "is not a date") from None
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)

    def ids(self, key: str) -> tuple[int, ...]:
        """A list of ids (``tags``, ``categories``); missing means none."""
        value = self._obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or len(value) > 10_000:
            raise self._bad(key, "is not a list of ids")
        items = _Reader({str(n): item for n, item in enumerate(value)}, f"{self._what}.{key}")
        return tuple(items.integer(str(n), positive=True) for n in range(len(value)))

    def obj(self, key: str) -> _Reader | None:
        value = self._obj.get(key)
        if value is None or value == [] or value == "":
            return None  # PHP encodes an empty map as [] and some plugins send ""
        return _Reader(value, f"{self._what}.{key}")

    def items(self) -> list[tuple[str, object]]:
        return list(self._obj.items())


def _meta(reader: _Reader) -> dict[str, MetaValue]:
    inner = reader.obj("meta")
    if inner is None:
        return {}
    meta: dict[str, MetaValue] = {}
    for key, value in inner.items():
        if isinstance(value, str):
            meta[clean_text(key)] = clean_text(value)
        elif value is None or isinstance(value, bool | int | float):
            meta[clean_text(key)] = value
        # Lists and objects (multi-valued meta) are not used by Newsdesk: skipped.
    return meta


def parse_user(obj: object) -> RemoteUser:
    """Build a :class:`RemoteUser` from a ``/users/me`` answer."""
    r = _Reader(obj, "user")
    roles_value = obj.get("roles") if isinstance(obj, dict) else None
    roles: tuple[str, ...] = ()
    if isinstance(roles_value, list):
        roles = tuple(clean_text(x) for x in roles_value if isinstance(x, str))
    caps_reader = r.obj("capabilities")
    caps = frozenset(
        clean_text(k) for k, v in (caps_reader.items() if caps_reader else []) if v is True
    )
    return RemoteUser(
        id=r.integer("id", positive=True),
        name=r.name("name"),
        slug=r.text("slug"),
        roles=roles,
        capabilities=caps,
    )


def parse_post(obj: object) -> RemotePost:
    """Build a :class:`RemotePost` from a ``/wp/v2/posts`` item."""
    r = _Reader(obj, "post")
    return RemotePost(
        id=r.integer("id", positive=True),
        slug=r.text("slug"),
        status=r.text("status", required=True),
        link=r.text("link"),
        title=r.plain("title"),
        content=r.markup("content"),
        excerpt=r.plain("excerpt"),
        date_gmt=r.gmt("date_gmt"),
        modified_gmt=r.gmt("modified_gmt"),
        author=r.integer("author", default=0),
        featured_media=r.integer("featured_media", default=0),
        comment_status=r.text("comment_status"),
        meta=_meta(r),
        tags=r.ids("tags"),
        categories=r.ids("categories"),
    )


def parse_revision(obj: object) -> RemoteRevision:
    """Build a :class:`RemoteRevision` from a ``/wp/v2/posts/ID/revisions`` item."""
    r = _Reader(obj, "revision")
    return RemoteRevision(
        id=r.integer("id", positive=True),
        parent=r.integer("parent", default=0),
        author=r.integer("author", default=0),
        date_gmt=r.gmt("date_gmt"),
        modified_gmt=r.gmt("modified_gmt"),
        title=r.plain("title"),
        content=r.markup("content"),
        excerpt=r.plain("excerpt"),
    )


def parse_post_stamp(obj: object) -> PostStamp:
    """Build a :class:`PostStamp` from a ``/wp/v2/posts?_fields=id,modified_gmt`` item."""
    r = _Reader(obj, "post")
    return PostStamp(id=r.integer("id", positive=True), modified_gmt=r.gmt("modified_gmt"))


def parse_category(obj: object) -> RemoteCategory:
    """Build a :class:`RemoteCategory` from a ``/wp/v2/categories`` item."""
    r = _Reader(obj, "category")
    return RemoteCategory(
        id=r.integer("id", positive=True),
        name=r.name("name"),
        parent=r.integer("parent", default=0),
    )


def parse_tag(obj: object) -> RemoteTag:
    """Build a :class:`RemoteTag` from a ``/wp/v2/tags`` item."""
    r = _Reader(obj, "tag")
    return RemoteTag(id=r.integer("id", positive=True), name=r.name("name"), slug=r.text("slug"))


def parse_comment(obj: object) -> RemoteComment:
    """Build a :class:`RemoteComment` from a ``/wp/v2/comments`` item."""
    r = _Reader(obj, "comment")
    raw, rendered = r.rendered("content")
    return RemoteComment(
        id=r.integer("id", positive=True),
        post=r.integer("post", default=0),
        parent=r.integer("parent", default=0),
        author=r.integer("author", default=0),
        author_name=r.name("author_name"),
        author_email=r.text("author_email"),
        author_url=r.text("author_url"),
        date_gmt=r.gmt("date_gmt"),
        content=html_to_text(raw if raw is not None else rendered),
        content_html=rendered,
        status=r.text("status", required=True),
        link=r.text("link"),
        type=r.text("type", default="comment"),
    )


def parse_media(obj: object) -> RemoteMedia:
    """Build a :class:`RemoteMedia` from a ``/wp/v2/media`` item."""
    r = _Reader(obj, "media item")
    details = r.obj("media_details")
    width = height = filesize = None
    if details is not None:
        width = details.optional_int("width")
        height = details.optional_int("height")
        filesize = details.optional_int("filesize")
    post = r.optional_int("post")
    return RemoteMedia(
        id=r.integer("id", positive=True),
        slug=r.text("slug"),
        source_url=r.text("source_url"),
        mime_type=r.text("mime_type"),
        media_type=r.text("media_type"),
        title=r.plain("title"),
        caption=r.plain("caption"),
        alt_text=r.name("alt_text"),
        date_gmt=r.gmt("date_gmt"),
        modified_gmt=r.gmt("modified_gmt"),
        post=post or None,
        width=width,
        height=height,
        filesize=filesize,
    )
