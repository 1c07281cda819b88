"""Accounts of the demo site: roles, capabilities, application passwords.

Application passwords work as in WordPress: 24 letters and digits, shown in
groups of four; anything that is not a letter or digit is ignored when
checking, so the password works with or without its spaces. They are stored
salted and hashed (SHA-256; this is a demo, not a vault).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import string

ROLE_CAPABILITIES: dict[str, frozenset[str]] = {
    "editor": frozenset(
        {
            "moderate_comments",
            "manage_categories",
            "manage_links",
            "upload_files",
            "unfiltered_html",
            "edit_posts",
            "edit_others_posts",
            "edit_published_posts",
            "publish_posts",
            "edit_pages",
            "read",
            "level_7",
            "level_6",
            "level_5",
            "level_4",
            "level_3",
            "level_2",
            "level_1",
            "level_0",
            "edit_others_pages",
            "edit_published_pages",
            "publish_pages",
            "delete_pages",
            "delete_others_pages",
            "delete_published_pages",
            "delete_posts",
            "delete_others_posts",
            "delete_published_posts",
            "delete_private_posts",
            "edit_private_posts",
            "read_private_posts",
            "delete_private_pages",
            "edit_private_pages",
            "read_private_pages",
        }
    ),
    "author": frozenset(
        {
            "upload_files",
            "edit_posts",
            "edit_published_posts",
            "publish_posts",
            "read",
            "level_2",
            "level_1",
            "level_0",
            "delete_posts",
            "delete_published_posts",
        }
    ),
    "contributor": frozenset({"edit_posts", "read", "level_1", "level_0", "delete_posts"}),
    "subscriber": frozenset({"read", "level_0"}),
}
"""WordPress's default capabilities for the roles the demo site offers."""

_ALPHABET = string.ascii_letters + string.digits


def capabilities(role: str) -> frozenset[str]:
    """The capabilities of *role* (unknown roles have none)."""
    return ROLE_CAPABILITIES.get(role, frozenset())


def generate_app_password() -> str:
    """A new application password, grouped like WordPress shows it: ``abcd efgh …``."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(24))
    return " ".join(raw[i : i + 4] for i in range(0, 24, 4))


def normalise_app_password(password: str) -> str:
    """Drop everything but letters and digits (WordPress does the same)."""
    return re.sub(r"[^A-Za-z0-9]", "", password)


def hash_app_password(password: str, salt: str) -> str:
    """Hash a (normalised) application password with *salt*."""
    return hashlib.sha256(f"{salt}:{normalise_app_password(password)}".encode()).hexdigest()


def new_salt() -> str:
    """A random salt for :func:`hash_app_password`."""
    return secrets.token_hex(8)


def check_app_password(password: str, salt: str, expected_hash: str) -> bool:
    """Compare in constant time."""
    return hmac.compare_digest(hash_app_password(password, salt), expected_hash)


def parse_basic_auth(header: str | None) -> tuple[str, str] | None:
    """Return ``(user, password)`` from a ``Basic`` header, or ``None`` when there is none.

    A header PHP could not decode is treated as absent, as WordPress does.
    """
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep:
        return None
    return user, password
