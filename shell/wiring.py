"""Which feature sends which outbox item, and which feature pulls what from the site.

``portal/`` never imports a feature; the application hands it these.
"""

from __future__ import annotations

from editor.categories import pull_categories
from editor.publishing import HANDLERS as PUBLISHING_HANDLERS
from editor.scheduled import pull_scheduled
from moderation.pull import pull_for_sync
from moderation.sending import HANDLERS as MODERATION_HANDLERS
from portal.outbox_worker import Handler
from portal.sync import Puller


def outbox_handlers() -> dict[str, Handler]:
    """Every outbox kind the app can send, with its handler."""
    return {**PUBLISHING_HANDLERS, **MODERATION_HANDLERS}


def site_pullers() -> list[Puller]:
    """What a sync fetches from the site after sending the outbox.

    Categories, scheduled posts that went live, comments.
    """
    return [pull_categories, pull_scheduled, pull_for_sync]
