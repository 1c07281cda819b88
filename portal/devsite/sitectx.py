"""The demo site's shared state, as the Flask app carries it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from portal.devsite.faults import Faults
from portal.devsite.store import Store


@dataclass
class SiteContext:
    """What every request handler may need.

    ``anonymous_comments`` plays the ``rest_allow_anonymous_comments`` filter
    (off in a bare WordPress, on here as on sites with a headless comment
    form); ``require_name_email`` is WordPress's discussion setting of that name.
    ``plain_permalinks`` plays a site whose permalinks are "Plain": ``/wp-json/``
    is the theme's 404 page and the API answers at ``/index.php?rest_route=/``
    (which works on every WordPress).
    """

    store: Store
    faults: Faults
    uploads_dir: Path
    max_upload_bytes: int = 64 * 1024 * 1024
    anonymous_comments: bool = True
    require_name_email: bool = True
    plain_permalinks: bool = False


def current_site() -> SiteContext:
    """The context of the app handling the current request."""
    site = current_app.config["DEVSITE"]
    assert isinstance(site, SiteContext)
    return site
