"""Which feature sends which outbox item, and which feature pulls what from the site.

``portal/`` never imports a feature; the application hands it these: the outbox
kinds (each registered whole by its feature), the conflict views some kinds
have, and the pullers.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from editor.categories import pull_categories
from editor.outbox_kinds import outbox_kinds as interview_kinds
from editor.publishing import PUBLISH_KIND
from editor.ui.conflict_dialog import choose_for_interview
from moderation.outbox_kinds import outbox_kinds as comment_kinds
from moderation.pull import pull_for_sync
from portal.outbox_kinds import OutboxKinds
from portal.sync import Puller
from shell.ui.outbox_page import ConflictView


def outbox_kinds(moderator: Callable[[], str] = getpass.getuser) -> OutboxKinds:
    """Every outbox kind the app knows; *moderator* names who resolves comment conflicts."""
    return OutboxKinds([*interview_kinds(), *comment_kinds(moderator)])


def conflict_views() -> dict[str, ConflictView]:
    """Kinds whose conflicts have a view of their own (interviews: side by side)."""
    return {PUBLISH_KIND: choose_for_interview}


def site_pullers() -> list[Puller]:
    """What a sync fetches from the site after sending the outbox: categories, comments."""
    return [pull_categories, pull_for_sync]
