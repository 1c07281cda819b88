"""Errors raised by the WordPress client (:mod:`portal.wordpress`).

Every failure of a call to the site is a :class:`SiteError`. Each carries

* ``user_message``: a sentence for the person at the desk, in the interface
  language (with the site's own words appended, when it said any); it never
  contains a secret;
* ``message``: the same sentence in English, as the code chose it (the log and
  the outbox's stored record keep it). Only sentences marked for translation
  here (each kind's ``default_message``, the WordPress codes' sentences and the
  few below) are shown as they are; any other English sentence a caller passes
  stays in the log, and the user sees the kind's own sentence;
* ``retryable``: whether sending the same request again later may succeed
  (the outbox uses it to choose between "try again" and "needs attention");
* ``status``, ``code`` and ``site_message``: what the site said, when it said
  anything (``code`` is WordPress's error code such as ``rest_post_invalid_id``);
* ``detail``: a technical description for the log (still free of secrets).

Secrets: the client scrubs the application password and the ``Authorization``
header value out of anything it puts into an error, and raises these errors
``from None`` so that a logged traceback does not drag the HTTP library's
request objects (which hold the headers) along.
"""

from __future__ import annotations

import http.client
import json
import socket
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from portal.markup import html_to_text
from storage.known_error import QT_TRANSLATE_NOOP, KnownError

__all__ = [
    "AuthenticationFailed",
    "BadRequest",
    "Conflict",
    "ConnectionDropped",
    "MalformedResponse",
    "NoRestApi",
    "NotFound",
    "NotWordPress",
    "PermissionDenied",
    "PostGone",
    "RateLimited",
    "ServerError",
    "SiteError",
    "SiteMoved",
    "SiteTLSError",
    "SiteTimeout",
    "SiteUnreachable",
    "error_from_answer",
    "error_from_record",
    "error_from_transport",
    "error_record",
    "looks_like_html",
    "parse_retry_after",
]


class SiteError(KnownError):
    """A call to the site failed; see the module docstring for the attributes."""

    default_message = QT_TRANSLATE_NOOP("SiteErrors", "The site could not complete the request.")
    default_retryable = False

    def __init__(
        self,
        message: str | None = None,
        *,
        status: int | None = None,
        code: str | None = None,
        site_message: str | None = None,
        detail: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.message = message or self.default_message
        self.status = status
        self.code = code
        self.site_message = site_message
        self.detail = detail
        self.retryable = self.default_retryable if retryable is None else retryable
        super().__init__(self.message)

    @property
    def user_message(self) -> str:
        """The sentence in the interface language, then what the site said (plain text)."""
        source = self.message if self.message in _translatable() else self.default_message
        text = QCoreApplication.translate("SiteErrors", source)
        if self.site_message:
            text += " " + QCoreApplication.translate(
                "SiteErrors", "The site said: {message}"
            ).format(message=self.site_message[:_SITE_MESSAGE_LIMIT])
        return text

    def __str__(self) -> str:
        parts = [self.message]
        extra = []
        if self.status is not None:
            extra.append(f"HTTP {self.status}")
        if self.code:
            extra.append(self.code)
        if extra:
            parts.append(f"({', '.join(extra)})")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, status={self.status!r}, "
            f"code={self.code!r}, retryable={self.retryable!r})"
        )


class SiteUnreachable(SiteError):
    """The site could not be reached: name not found, connection refused, no network."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors",
        "The site could not be reached: the name was not found or the connection was "
        "refused. Check the address and the network.",
    )
    default_retryable = True


class ConnectionDropped(SiteUnreachable):
    """The connection broke before the site answered.

    For a request that changes something (create, upload) the site may or may
    not have carried it out: look before sending it again.
    """

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The connection broke before the site answered."
    )


class SiteTLSError(SiteError):
    """The secure connection failed (bad or self-signed certificate, not HTTPS)."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The secure connection failed: the site's certificate is not valid."
    )


class SiteTimeout(SiteError):
    """The site did not answer in time."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The site did not answer in time. Try again later."
    )
    default_retryable = True


class AuthenticationFailed(SiteError):
    """401: the user name or application password is wrong (or never reached WordPress)."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors",
        "Wrong user name or application password (401). Create an application password "
        "in WordPress under Users ▸ Profile.",
    )


class PermissionDenied(SiteError):
    """403: the account is known but lacks the rights for this action."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "This account is not allowed to do that on the site (403)."
    )


class NotFound(SiteError):
    """404 (or 410) for a resource: the post, comment or media item does not exist."""

    default_message = QT_TRANSLATE_NOOP("SiteErrors", "The site no longer has this item (404).")


class PostGone(SiteError):
    """The post was deleted (or put in the trash) on the site since Newsdesk published it.

    Newsdesk forgets the post when it finds out, so a retry publishes the
    interview again as a new post; nothing is re-created without a person asking.
    """

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors",
        "The post was deleted on the site. Retry to publish the interview again as a new "
        "post, or discard this change.",
    )


class NoRestApi(SiteError):
    """The address answers, but not with the WordPress REST API."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "No WordPress REST API at this address (404). Check the address."
    )


class NotWordPress(NoRestApi):
    """The address answers with something that is not WordPress (an HTML page, other JSON)."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "This address does not answer like a WordPress site."
    )


class SiteMoved(NoRestApi):
    """The site answered with a redirect; ``location`` says where to."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The site answers from another address; use that address instead."
    )

    location: str = ""


class Conflict(SiteError):
    """409: the site refused because of a clash (e.g. a duplicate comment)."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The site refused the change because it clashes with existing content."
    )


class RateLimited(SiteError):
    """429: too many requests; ``retry_after`` is the wait in seconds the site asked for."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The site asks to slow down (429); Newsdesk will try again."
    )
    default_retryable = True

    retry_after: float | None = None


class ServerError(SiteError):
    """5xx: the site failed internally."""

    default_message = QT_TRANSLATE_NOOP(
        "SiteErrors", "The site had an internal error (5xx); Newsdesk will try again."
    )
    default_retryable = True


class BadRequest(SiteError):
    """400 and other 4xx: the site rejected the request; ``code``/``site_message`` say why."""

    default_message = QT_TRANSLATE_NOOP("SiteErrors", "The site rejected the request.")


class MalformedResponse(SiteError):
    """The site answered, but the answer could not be understood."""

    default_message = QT_TRANSLATE_NOOP("SiteErrors", "The site's answer could not be understood.")


# -- classification: from what the HTTP library raised or the site answered ------------

_SITE_MESSAGE_LIMIT = 300


def _plain_text(markup: str) -> str:
    """A site's message (HTML) as plain text on one line: tags dropped, entities decoded once.

    The result may read like markup ("&lt;img&gt;" becomes the text "<img>"): it is
    shown as plain text only.
    """
    return " ".join(html_to_text(markup).split())


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), capped at 1 h."""
    if not value:
        return None
    value = value.strip()
    seconds: float
    if value.isdecimal():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, min(seconds, 3600.0))


def looks_like_html(headers: Mapping[str, str], body: bytes) -> bool:
    """Whether an answer is a web page (by its type or its first bytes) rather than data."""
    ctype = headers.get("Content-Type", "").lower()
    head = body[:512].lstrip().lower()
    starts = (b"<!doctype", b"<html", b"<head", b"<body", b"<?xml")
    return "html" in ctype or head.startswith(starts)


def _exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """Walk an exception, its causes and the reasons/args urllib3 and requests nest."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for nested in (current.__cause__, current.__context__, getattr(current, "reason", None)):
            if isinstance(nested, BaseException):
                stack.append(nested)
        stack.extend(arg for arg in current.args if isinstance(arg, BaseException))


# Fixed, translatable sentences for the codes WordPress uses; the site's own
# message stays in ``site_message``.
_CODE_MESSAGES: dict[str, str] = {
    "incorrect_password": QT_TRANSLATE_NOOP("SiteErrors", "The application password is wrong."),
    "invalid_username": QT_TRANSLATE_NOOP(
        "SiteErrors", "The user name is not registered on the site."
    ),
    "invalid_email": QT_TRANSLATE_NOOP(
        "SiteErrors", "The e-mail address is not registered on the site."
    ),
    "application_passwords_disabled": QT_TRANSLATE_NOOP(
        "SiteErrors", "Application passwords are turned off on this site."
    ),
    "rest_not_logged_in": QT_TRANSLATE_NOOP(
        "SiteErrors",
        "The user name or application password is wrong (or the site's server drops the "
        "login, or application passwords are turned off).",
    ),
    "rest_comment_draft_post": QT_TRANSLATE_NOOP(
        "SiteErrors", "Comments cannot be added to a post that is still a draft."
    ),
    "rest_comment_trash_post": QT_TRANSLATE_NOOP(
        "SiteErrors", "Comments cannot be added to a post in the trash."
    ),
    "rest_comment_closed": QT_TRANSLATE_NOOP("SiteErrors", "Comments are closed on this post."),
    "rest_comment_invalid_post_id": QT_TRANSLATE_NOOP(
        "SiteErrors", "The post for this comment does not exist."
    ),
    "rest_cannot_publish": QT_TRANSLATE_NOOP("SiteErrors", "This account may not publish posts."),
    "rest_cannot_create": QT_TRANSLATE_NOOP("SiteErrors", "This account may not create this item."),
    "rest_cannot_edit": QT_TRANSLATE_NOOP("SiteErrors", "This account may not edit this item."),
    "rest_cannot_delete": QT_TRANSLATE_NOOP("SiteErrors", "This account may not delete this item."),
    "rest_forbidden_context": QT_TRANSLATE_NOOP(
        "SiteErrors", "This account may not see items for editing or moderation."
    ),
    "rest_forbidden_param": QT_TRANSLATE_NOOP(
        "SiteErrors", "This account may not see comments under moderation."
    ),
    "rest_forbidden_status": QT_TRANSLATE_NOOP(
        "SiteErrors", "This account may not see unpublished posts."
    ),
    "rest_cannot_read_post": QT_TRANSLATE_NOOP(
        "SiteErrors", "This account may not read that post."
    ),
    "rest_post_invalid_id": QT_TRANSLATE_NOOP("SiteErrors", "The post was not found on the site."),
    "rest_comment_invalid_id": QT_TRANSLATE_NOOP(
        "SiteErrors", "The comment was not found on the site."
    ),
    "rest_already_trashed": QT_TRANSLATE_NOOP("SiteErrors", "The item is already in the trash."),
    "rest_no_route": QT_TRANSLATE_NOOP(
        "SiteErrors", "The site does not offer this part of the WordPress REST API."
    ),
    "comment_duplicate": QT_TRANSLATE_NOOP("SiteErrors", "This comment has already been posted."),
    "comment_flood": QT_TRANSLATE_NOOP(
        "SiteErrors", "Comments are being posted too quickly. Wait a moment."
    ),
    "rest_comment_content_invalid": QT_TRANSLATE_NOOP("SiteErrors", "The comment is empty."),
    "rest_comment_author_data_required": QT_TRANSLATE_NOOP(
        "SiteErrors", "A comment needs an author name and e-mail address."
    ),
    "rest_invalid_param": QT_TRANSLATE_NOOP(
        "SiteErrors", "The site rejected one of the values sent."
    ),
    "rest_missing_callback_param": QT_TRANSLATE_NOOP(
        "SiteErrors", "A required value was missing from the request."
    ),
    "rest_post_invalid_page_number": QT_TRANSLATE_NOOP(
        "SiteErrors", "The page of results asked for does not exist."
    ),
    "rest_upload_no_data": QT_TRANSLATE_NOOP("SiteErrors", "The file to upload is empty."),
    "rest_upload_sideload_error": QT_TRANSLATE_NOOP(
        "SiteErrors", "The site refused the file (its type may not be allowed)."
    ),
    "rest_upload_file_too_big": QT_TRANSLATE_NOOP(
        "SiteErrors", "The file is too large for the site."
    ),
    "rest_comment_failed_edit": QT_TRANSLATE_NOOP(
        "SiteErrors", "The site could not change the comment."
    ),
}
_NAME_NOT_FOUND = QT_TRANSLATE_NOOP(
    "SiteErrors", "The site's name could not be found. Check the address."
)
_REFUSED = QT_TRANSLATE_NOOP("SiteErrors", "The site refused the connection.")
_UNDECODABLE = QT_TRANSLATE_NOOP("SiteErrors", "The site sent an answer that could not be decoded.")
_INVALID_ADDRESS = QT_TRANSLATE_NOOP("SiteErrors", "The site address is not a valid web address.")
_SERVER_PASSWORD = QT_TRANSLATE_NOOP(
    "SiteErrors", "The site's web server asked for its own password before WordPress."
)
_FIREWALL = QT_TRANSLATE_NOOP("SiteErrors", "The site's firewall refused the request.")
_MARKED = frozenset(_CODE_MESSAGES.values()) | {
    _NAME_NOT_FOUND,
    _REFUSED,
    _UNDECODABLE,
    _INVALID_ADDRESS,
    _SERVER_PASSWORD,
    _FIREWALL,
}
_NOT_RETRYABLE_5XX = {
    "rest_upload_sideload_error",
    "rest_upload_unknown_error",
    "rest_trash_not_supported",
}


def error_from_transport(exc: BaseException, detail: str) -> SiteError:
    """The :class:`SiteError` for a failure before any answer arrived.

    *exc* is what the HTTP library raised; *detail* (already free of secrets)
    becomes the error's ``detail``.
    """
    import requests  # only when something went wrong on the way to a site
    import urllib3.exceptions

    chain = list(_exception_chain(exc))
    timeout_kinds = (requests.exceptions.Timeout, urllib3.exceptions.TimeoutError, TimeoutError)

    def has(*kinds: type[BaseException]) -> bool:
        return any(isinstance(e, kinds) for e in chain)

    if has(requests.exceptions.SSLError, urllib3.exceptions.SSLError):
        return SiteTLSError(detail=detail)
    # urllib3's NewConnectionError (and NameResolutionError) derive from its
    # TimeoutError for old compatibility: test them before any timeout.
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror):
        return SiteUnreachable(_NAME_NOT_FOUND, detail=detail)
    if has(ConnectionRefusedError):
        return SiteUnreachable(_REFUSED, detail=detail)
    timeouts = [
        e
        for e in chain
        if isinstance(e, timeout_kinds) and not isinstance(e, urllib3.exceptions.NewConnectionError)
    ]
    if timeouts:
        return SiteTimeout(detail=detail)
    if has(
        http.client.RemoteDisconnected,
        ConnectionResetError,
        BrokenPipeError,
        ConnectionAbortedError,
        urllib3.exceptions.ProtocolError,
        requests.exceptions.ChunkedEncodingError,
        http.client.IncompleteRead,
    ):
        return ConnectionDropped(detail=detail)
    if has(requests.exceptions.ContentDecodingError):
        return MalformedResponse(_UNDECODABLE, detail=detail)
    if has(requests.exceptions.InvalidURL, requests.exceptions.URLRequired):
        return SiteError(_INVALID_ADDRESS, detail=detail)
    if has(requests.exceptions.ConnectionError):
        return SiteUnreachable(detail=detail)
    return SiteError(detail=detail, retryable=False)


def _forbidden_argument(body: dict[str, Any]) -> tuple[str, int] | None:
    """The ``rest_forbidden_*`` code (and 401 or 403) inside a ``rest_invalid_param`` answer."""
    data = body.get("data")
    details = data.get("details") if isinstance(data, dict) else None
    if not isinstance(details, dict):
        return None
    for detail in details.values():
        if not isinstance(detail, dict):
            continue
        inner = detail.get("code")
        if isinstance(inner, str) and inner.startswith("rest_forbidden"):
            inner_data = detail.get("data")
            inner_status = inner_data.get("status") if isinstance(inner_data, dict) else None
            return inner, 401 if inner_status == 401 else 403
    return None


def error_from_answer(
    status: int, headers: Mapping[str, str], body: bytes, scrub: Callable[[str], str]
) -> SiteError:
    """The :class:`SiteError` for an HTTP error answer (status 4xx/5xx).

    Reads WordPress's ``{"code", "message"}`` body when there is one; *scrub*
    removes secrets from anything taken from the answer.
    """
    code: str | None = None
    site_message: str | None = None
    answered = status  # the HTTP status; *status* below is how the answer is classified
    is_html = looks_like_html(headers, body)
    if not is_html:
        try:
            parsed = json.loads(body) if body else None
        except (ValueError, RecursionError):
            parsed = None
        if isinstance(parsed, dict):
            if isinstance(parsed.get("code"), str):
                code = scrub(parsed["code"])[:100]
            if isinstance(parsed.get("message"), str):
                text = _plain_text(scrub(parsed["message"]))
                site_message = scrub(text)[:_SITE_MESSAGE_LIMIT]
            forbidden = _forbidden_argument(parsed) if code == "rest_invalid_param" else None
            if forbidden is not None:
                # WordPress checks arguments before permissions: "status=draft" from an
                # account that may not see drafts is a 400 whose details say forbidden
                # (401 inside when not logged in at all, 403 for an account without rights).
                code, answered, status = scrub(forbidden[0])[:100], status, forbidden[1]
    kw: dict[str, Any] = {"status": answered, "code": code, "site_message": site_message}
    known = _CODE_MESSAGES.get(code or "")
    if status == 401:
        if code is None:
            return AuthenticationFailed(_SERVER_PASSWORD, **kw)
        if code.startswith("rest_cannot") or code.startswith("rest_forbidden"):
            known = _CODE_MESSAGES["rest_not_logged_in"]
        return AuthenticationFailed(known, **kw)
    if status == 403:
        if code is None:
            return PermissionDenied(_FIREWALL, **kw)
        return PermissionDenied(known, **kw)
    if status == 404:
        if code is None or code == "rest_no_route":
            return NoRestApi(known, **kw)
        return NotFound(known, **kw)
    if status == 410:
        return NotFound(known, **kw)
    if status == 409:
        return Conflict(known, **kw)
    if status == 429:
        err = RateLimited(**kw)
        err.retry_after = parse_retry_after(headers.get("Retry-After"))
        return err
    if status == 413:
        return BadRequest(_CODE_MESSAGES["rest_upload_file_too_big"], **kw)
    if status >= 500:
        return ServerError(known, retryable=code not in _NOT_RETRYABLE_5XX, **kw)
    return BadRequest(known, **kw)


# --- keeping an error for later (the outbox stores why an item stopped) -----------------------

_RECORD_MARK = "newsdesk-site-error"


def _translatable() -> frozenset[str]:
    """Every sentence marked for translation: the kinds' own (features' too) and the module's."""
    return _MARKED | {kind.default_message for kind in _error_classes().values()}


def _error_classes() -> dict[str, type[SiteError]]:
    """Every SiteError class loaded so far (features add their own), by class name."""
    found: dict[str, type[SiteError]] = {}
    pending: list[type[SiteError]] = [SiteError]
    while pending:
        kind = pending.pop()
        found.setdefault(kind.__name__, kind)
        pending.extend(kind.__subclasses__())
    return found


def error_record(error: SiteError) -> str:
    """*error* as a line of JSON to store: kind, message, status, code and the site's words.

    The English ``message`` is stored; the error read back (:func:`error_from_record`)
    translates it when it is shown, in the language of that moment.
    """
    return json.dumps(
        {
            _RECORD_MARK: 1,
            "kind": type(error).__name__,
            "message": error.message,
            "status": error.status,
            "code": error.code,
            "site_message": error.site_message,
        },
        ensure_ascii=False,
    )


def error_from_record(text: str | None) -> SiteError | None:
    """The error stored by :func:`error_record`; None for plain text or anything else."""
    if not text or not text.startswith("{"):
        return None
    try:
        record = json.loads(text)
    except ValueError:
        return None
    if not isinstance(record, dict) or record.get(_RECORD_MARK) != 1:
        return None

    def text_or_none(key: str) -> str | None:
        value = record.get(key)
        return value if isinstance(value, str) else None

    status = record.get("status")
    kind = _error_classes().get(str(record.get("kind")), SiteError)
    return kind(
        text_or_none("message"),
        status=status if isinstance(status, int) and not isinstance(status, bool) else None,
        code=text_or_none("code"),
        site_message=text_or_none("site_message"),
    )
