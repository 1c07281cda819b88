"""WordPress-like text helpers: slugs, paragraphs, escaping, dates.

Small imitations of ``sanitize_title``, ``wpautop``, ``esc_html``,
``sanitize_text_field``, ``wp_filter_kses`` and the REST API's date formats,
good enough for the demo site to answer in the same shapes as WordPress.

WordPress keeps titles, excerpts, captions and comments as HTML: what an
account with ``unfiltered_html`` sends is stored as sent, other accounts' text
passes :func:`filter_kses`; names (terms, comment authors) and alt text pass
:func:`sanitize_name`. Rendering (:func:`texturize`) never escapes the stored
HTML: markup sent unescaped is live on the site, as on WordPress.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from html.entities import name2codepoint

from portal.devsite.collation import remove_accents

SITE_OFFSET = timedelta(hours=7)
"""The demo site's timezone (Asia/Ho_Chi_Minh, no daylight saving)."""

SITE_TZ = timezone(SITE_OFFSET, "Asia/Ho_Chi_Minh")
DB_FORMAT = "%Y-%m-%d %H:%M:%S"

_NON_SLUG = re.compile(r"[^a-z0-9_-]+")
_DASHES = re.compile(r"-{2,}")


def sanitize_title(text: str, *, limit: int = 200) -> str:
    """Turn a title into a slug: accents removed (đ→d), lower case, dashes for the rest."""
    slug = _NON_SLUG.sub("-", remove_accents(text).lower())
    slug = _DASHES.sub("-", slug).strip("-")
    return slug[:limit].strip("-")


def sanitize_key(text: str) -> str:
    """WordPress's ``sanitize_key``: lower case, keep only ``a-z0-9_-``."""
    return re.sub(r"[^a-z0-9_\-]", "", text.lower())


def esc_html(text: str) -> str:
    """Escape text for HTML as ``esc_html`` does: quotes included, existing entities kept
    (no double encoding: a stored "&amp;" stays "&amp;")."""
    escaped = _BARE_AMP.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace('"', "&quot;").replace("'", "&#039;")


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_BARE_AMP = re.compile(r"&(?![A-Za-z][A-Za-z0-9]{1,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")
_OCTETS = re.compile(r"%[a-fA-F0-9]{2}")
# The tags wp_kses allows in a comment from a reader ($allowedtags, attributes dropped here).
_READER_TAGS = frozenset(
    {
        "a",
        "abbr",
        "acronym",
        "b",
        "blockquote",
        "cite",
        "code",
        "del",
        "em",
        "i",
        "q",
        "s",
        "strike",
        "strong",
    }
)


def texturize(text: str) -> str:
    """A small ``wptexturize``/``convert_chars``: a bare ``&`` becomes ``&#038;``.

    Tags and entities are left as they are (the stored HTML stays live).
    """
    return _BARE_AMP.sub("&#038;", text)


def filter_kses(text: str) -> str:
    """A small ``wp_filter_kses`` for a reader's comment: tags outside the allowed few
    dropped (their attributes too), a bare ``&``, ``<`` or ``>`` escaped."""
    out: list[str] = []
    position = 0
    for match in _TAG.finditer(text):
        out.append(_escape_text(text[position : match.start()]))
        name = match.group(1).lower()
        if name in _READER_TAGS:
            out.append(f"</{name}>" if match.group(0).startswith("</") else f"<{name}>")
        position = match.end()
    out.append(_escape_text(text[position:]))
    return "".join(out)


def normalize_entities(text: str) -> str:
    """``wp_kses_normalize_entities``: every ``&`` escaped, then known named, decimal and
    hex entities put back (so ``&amp;#38;`` becomes the entity ``&#038;``, as on WordPress)."""
    escaped = text.replace("&", "&amp;")
    escaped = re.sub(
        r"&amp;([A-Za-z]{2,8}[0-9]{0,2});",
        lambda m: f"&{m[1]};" if m[1] in name2codepoint else m[0],
        escaped,
    )
    escaped = re.sub(
        r"&amp;#(0*[0-9]{1,7});",
        lambda m: f"&#{m[1].lstrip('0').zfill(3)};" if int(m[1]) <= 0x10FFFF else m[0],
        escaped,
    )
    return re.sub(r"&amp;#[Xx](0*[0-9A-Fa-f]{1,6});", lambda m: f"&#x{m[1]};", escaped)


def _escape_text(text: str) -> str:
    return normalize_entities(text).replace("<", "&lt;").replace(">", "&gt;")


def sanitize_text_field(text: str) -> str:
    """``sanitize_text_field`` (alt text): tags stripped, a lone ``<`` escaped, ``%ab``
    octets and line breaks dropped, spaces collapsed."""
    stripped = _TAG.sub("", text).replace("<", "&lt;")
    return " ".join(_OCTETS.sub("", stripped).split())


def strip_all_tags(text: str) -> str:
    """``wp_strip_all_tags``: scripts and styles with their content, then every tag, removed."""
    without_code = re.sub(r"<(script|style)\b[^<>]*>.*?</\1\s*>", "", text, flags=re.I | re.S)
    return _TAG.sub("", without_code).strip()


def sanitize_name(text: str) -> str:
    """A term or comment author name as WordPress stores it: :func:`sanitize_text_field`,
    then ``&``/``<``/``>`` escaped (``_wp_specialchars``, entities kept)."""
    return _escape_text(sanitize_text_field(text))


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
