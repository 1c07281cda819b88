"""Reader text made safe to keep and to show: cleaning, excerpts, author identity.

Comments are untrusted. Everything stored passes :func:`storage.textfold.clean_text`
(NFC, ``\\n`` line ends, no control characters); what is shown also loses the
invisible Unicode controls that can disguise text (bidirectional overrides and
isolates, zero-width characters), see :func:`display_text`. Widgets show the
result as *plain text* only.
"""

from __future__ import annotations

import re

from storage.textfold import clean_text, fold, strip_invisible

EXCERPT_LENGTH = 160

_SPACES = re.compile(r"\s+")


def display_text(text: str) -> str:
    """*text* cleaned for showing: no control or invisible formatting characters."""
    return strip_invisible(text)


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """The start of *text* on one line, at most *length* characters (… when cut)."""
    flat = _SPACES.sub(" ", display_text(text)).strip()
    if len(flat) <= length:
        return flat
    return flat[: length - 1].rstrip() + "…"


def author_key(user_id: int, email: str, name: str) -> str:
    """Who wrote a comment, for the author's history.

    A registered user by id; a guest by e-mail address (case ignored); a guest
    without an address by the folded name (the weakest: namesakes merge).
    """
    if user_id > 0:
        return f"user:{user_id}"
    address = clean_text(email).strip().casefold()
    if address:
        return f"email:{address}"
    return "name:" + " ".join(fold(clean_text(name)).split())
