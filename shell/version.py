"""The application's name and version, from the installed package metadata."""

from __future__ import annotations

from functools import cache

APP_NAME = "Newsdesk"
ORGANIZATION_NAME = "Newsdesk"
FALLBACK_VERSION = "0.1.0"  # running from a checkout that was never installed


@cache
def app_version() -> str:
    """The installed version (read when first asked: the package metadata is slow to load)."""
    from importlib import metadata

    try:
        return metadata.version("newsdesk")
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION
