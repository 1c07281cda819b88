"""The site's errors in the interface language, by kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.publishing import PostGone
from portal import errors
from portal.outbox import OutboxEntry, OutboxState


def site_error_message(error: errors.SiteError) -> str:
    """What went wrong talking to the site, translated; the site's own words appended."""
    translate = QCoreApplication.translate
    kinds: list[tuple[type[errors.SiteError], str]] = [
        (
            errors.SiteTLSError,
            translate(
                "SiteErrors", "The secure connection failed: the site's certificate is not valid."
            ),
        ),
        (
            errors.SiteTimeout,
            translate("SiteErrors", "The site did not answer in time. Try again later."),
        ),
        (
            errors.ConnectionDropped,
            translate("SiteErrors", "The connection broke before the site answered."),
        ),
        (
            errors.SiteUnreachable,
            translate(
                "SiteErrors",
                "The site could not be reached: the name was not found or the connection was "
                "refused. Check the address and the network.",
            ),
        ),
        (
            errors.AuthenticationFailed,
            translate(
                "SiteErrors",
                "Wrong user name or application password (401). Create an application password "
                "in WordPress under Users ▸ Profile.",
            ),
        ),
        (
            errors.PermissionDenied,
            translate("SiteErrors", "This account is not allowed to do that on the site (403)."),
        ),
        (
            errors.NotWordPress,
            translate("SiteErrors", "This address does not answer like a WordPress site."),
        ),
        (
            errors.SiteMoved,
            translate(
                "SiteErrors", "The site answers from another address; use that address instead."
            ),
        ),
        (
            errors.NoRestApi,
            translate(
                "SiteErrors", "No WordPress REST API at this address (404). Check the address."
            ),
        ),
        (
            PostGone,
            translate(
                "SiteErrors",
                "The post was deleted on the site. Retry to publish the interview again as a new "
                "post, or discard this change.",
            ),
        ),
        (errors.NotFound, translate("SiteErrors", "The site no longer has this item (404).")),
        (
            errors.RateLimited,
            translate("SiteErrors", "The site asks to slow down (429); Newsdesk will try again."),
        ),
        (
            errors.ServerError,
            translate(
                "SiteErrors", "The site had an internal error (5xx); Newsdesk will try again."
            ),
        ),
        (
            errors.MalformedResponse,
            translate("SiteErrors", "The site's answer could not be understood."),
        ),
    ]
    message = next((text for kind, text in kinds if isinstance(error, kind)), error.user_message)
    if error.site_message:
        message += " " + translate("SiteErrors", "The site said: {message}").format(
            message=error.site_message[:300]
        )
    return message


def outbox_reason(entry: OutboxEntry) -> str:
    """Why an outbox item stopped or waits, in the interface language."""
    if entry.state is OutboxState.PENDING and isinstance(entry.error, errors.AuthenticationFailed):
        return QCoreApplication.translate(
            "SiteErrors",
            "Needs the site password: the site refused the application password (401). "
            "Enter the right one in Preferences ▸ Sites; the change then goes out by itself.",
        )
    if entry.error is not None:
        return site_error_message(entry.error)
    return entry.last_error or ""
