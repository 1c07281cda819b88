"""Which feature sends which outbox item, and which feature pulls what from the site.

``portal/`` never imports a feature; the application hands it these: the outbox
kinds (each registered whole by its feature) and the pullers. No widgets here:
``main.py sync`` uses this module headless.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from editor.categories import pull_categories
from editor.outbox_kinds import outbox_kinds as interview_kinds
from editor.scheduled import pull_scheduled
from editor.site_posts import pull_posts_for_sync
from moderation.outbox_kinds import outbox_kinds as comment_kinds
from moderation.pull import pull_for_sync
from portal.outbox_kinds import OutboxKinds
from portal.sync import Puller


def outbox_kinds(moderator: Callable[[], str] = getpass.getuser) -> OutboxKinds:
    """Every outbox kind the app knows; *moderator* names who resolves comment conflicts."""
    return OutboxKinds([*interview_kinds(), *comment_kinds(moderator)])


def site_pullers() -> list[Puller]:
    """What a sync fetches from the site after sending the outbox.

    Categories, scheduled posts that went live, comments, the site's posts
    (incremental, once the "On the site" page has pulled them once).
    """
    return [pull_categories, pull_scheduled, pull_for_sync, pull_posts_for_sync]
