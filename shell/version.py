"""The application's name and version, from the installed package metadata."""

from __future__ import annotations

from importlib import metadata

APP_NAME = "Newsdesk"
ORGANIZATION_NAME = "Newsdesk"

try:
    APP_VERSION = metadata.version("newsdesk")
except metadata.PackageNotFoundError:  # running from a checkout that was never installed
    APP_VERSION = "0.1.0"
