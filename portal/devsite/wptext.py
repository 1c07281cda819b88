"""WordPress-like text helpers: slugs, paragraphs, escaping, dates.

Small imitations of ``sanitize_title``, ``wpautop``, ``esc_html`` and the REST
API's date formats, good enough for the demo site to answer in the same shapes
as WordPress.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta, timezone

from storage.textfold import fold

SITE_OFFSET = timedelta(hours=7)
"""The demo site's timezone (Asia/Ho_Chi_Minh, no daylight saving)."""

SITE_TZ = timezone(SITE_OFFSET, "Asia/Ho_Chi_Minh")
DB_FORMAT = "%Y-%m-%d %H:%M:%S"

_NON_SLUG = re.compile(r"[^a-z0-9_-]+")
_DASHES = re.compile(r"-{2,}")


def sanitize_title(text: str, *, limit: int = 200) -> str:
    """Turn a title into a slug: accents removed (đ→d), lower case, dashes for the rest."""
    slug = _NON_SLUG.sub("-", fold(text).lower())
    slug = _DASHES.sub("-", slug).strip("-")
    return slug[:limit].strip("-")


def sanitize_key(text: str) -> str:
    """WordPress's ``sanitize_key``: lower case, keep only ``a-z0-9_-``."""
    return re.sub(r"[^a-z0-9_\-]", "", text.lower())


def esc_html(text: str) -> str:
    """Escape text for HTML, as ``esc_html`` does (quotes included)."""
    return html.escape(text, quote=True)


def autop(text: str) -> str:
    """Wrap blank-line separated blocks in ``<p>`` (a small ``wpautop``).

    Text that already starts with a block-level tag is left alone.
    """
    stripped = text.strip()
    if not stripped:
        return ""
    if re.match(r"<(p|div|h[1-6]|ul|ol|figure|blockquote|table|!--)", stripped, re.IGNORECASE):
        return stripped + "\n"
    blocks = [b.strip() for b in re.split(r"\n\s*\n", stripped) if b.strip()]
    return "".join("<p>" + b.replace("\n", "<br />\n") + "</p>\n" for b in blocks)


def now_gmt() -> datetime:
    """The current time in UTC, to the second (WordPress keeps seconds)."""
    return datetime.now(UTC).replace(microsecond=0)


def to_db(moment: datetime) -> str:
    """Store format: UTC ``YYYY-MM-DD HH:MM:SS``."""
    return moment.astimezone(UTC).strftime(DB_FORMAT)


def from_db(text: str) -> datetime:
    """Read a stored UTC time."""
    return datetime.strptime(text, DB_FORMAT).replace(tzinfo=UTC)


def rfc3339_gmt(text: str) -> str:
    """A stored time as the REST API shows ``*_gmt`` fields (no offset)."""
    return from_db(text).strftime("%Y-%m-%dT%H:%M:%S")


def rfc3339_local(text: str) -> str:
    """A stored time as the REST API shows local fields (site timezone, no offset)."""
    return (from_db(text) + SITE_OFFSET).strftime("%Y-%m-%dT%H:%M:%S")


def parse_request_date(value: str, *, gmt: bool) -> datetime | None:
    """Parse an ISO 8601 date from a request; without an offset it is GMT or site time.

    Returns ``None`` when the text is not a date (the caller answers 400).
    """
    text = value.strip().replace(" ", "T", 1)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC if gmt else SITE_TZ)
    return parsed.astimezone(UTC).replace(microsecond=0)
