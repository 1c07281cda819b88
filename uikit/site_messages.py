"""Why an outbox item stopped or waits, in the interface language.

The site's errors translate themselves (:attr:`portal.errors.SiteError.user_message`);
this adds what only the outbox knows: a change held back for the site's password.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from portal import errors
from portal.outbox import OutboxEntry, OutboxState


def outbox_reason(entry: OutboxEntry) -> str:
    """Why an outbox item stopped or waits, in the interface language."""
    if entry.state is OutboxState.PENDING and isinstance(entry.error, errors.AuthenticationFailed):
        return QCoreApplication.translate(
            "SiteErrors",
            "Needs the site password: the site refused the application password (401). "
            "Enter the right one in Preferences ▸ Sites; the change then goes out by itself.",
        )
    if entry.error is not None:
        return entry.error.user_message
    # Plain text: a sentence marked for translation where it was stored (the outbox
    # worker's HANDLER_BUG) is translated; anything else is shown as it was kept.
    return QCoreApplication.translate("Outbox", entry.last_error or "")
