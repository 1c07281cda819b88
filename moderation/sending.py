"""Outbox handlers that tell the site about moderation: ``HANDLERS`` by item kind.

``comment_status``
    Sets a comment's state. It first GETs the comment and compares the site's
    state with the one the decision expected (what we last saw): if another
    moderator changed it on the site meanwhile, it raises
    :class:`portal.outbox_worker.OutboxConflict` with the site's state instead
    of overwriting it. If the site already has the wanted state, nothing is sent.
    Running it twice (after a crash) is harmless for the same reason.
``comment_reply``
    Posts the newspaper's reply (a comment by the account, parent set) and
    stores the created comment in the cache. The created id is saved in the
    item at once, and a "duplicate comment" answer counts as already sent, so
    a retried item never posts the reply twice.

The application merges :data:`HANDLERS` with the other features' handlers and
hands them to :func:`portal.outbox_worker.drain`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moderation.cache import store_page
from moderation.decisions import REPLY_KIND, STATUS_KIND
from moderation.journal import SITE, LogAction, record
from moderation.settings import load_rules_in
from portal.errors import Conflict
from portal.outbox_worker import Handler, Job, OutboxConflict
from portal.remote import COMMENT_STATUSES, CommentStatus
from storage.models import CachedComment, utc_now


def _note_site_status(job: Job, status: str, *, conflict_with: str | None = None) -> None:
    """Remember the state the site has now (the cache row's ``site_status``).

    With *conflict_with* (the state the moderator wanted), the clash goes into
    the moderation log too.
    """
    comment_id = job.payload.get("comment_id")
    if not isinstance(comment_id, int):
        return
    with job.store.transaction() as session:
        row = session.get(CachedComment, comment_id)
        if row is None:
            return
        if conflict_with is not None:
            record(
                session,
                site_id=row.site_id,
                comment=row,
                moderator=SITE,
                action=LogAction.CONFLICT,
                from_status=str(job.payload.get("expected", "")),
                to_status=status,
                note=conflict_with,
            )
        row.site_status = status
        row.updated_at = utc_now()


def _status(value: object) -> CommentStatus:
    for status in COMMENT_STATUSES:
        if value == status:
            return status
    raise ValueError(f"not a comment status: {value!r}")


def send_status(job: Job) -> None:
    """Handler of ``comment_status`` items (see the module docstring)."""
    remote_id = int(job.payload["remote_id"])
    wanted = _status(job.payload["status"])
    expected = str(job.payload.get("expected", ""))
    current = job.client.get_comment(remote_id)
    if current.status == wanted:
        _note_site_status(job, current.status)
        return
    if current.status != expected:
        _note_site_status(job, current.status, conflict_with=wanted)
        message = QCoreApplication.translate(
            "Moderation",
            "The comment was moderated on the site by someone else since the last pull; "
            "your decision was not sent.",
        )
        raise OutboxConflict(
            message, {"status": current.status, "expected": expected, "wanted": wanted}
        )
    changed = job.client.update_comment_status(remote_id, wanted)
    _note_site_status(job, changed.status)


def send_reply(job: Job) -> None:
    """Handler of ``comment_reply`` items (see the module docstring)."""
    if job.payload.get("remote_id"):
        return  # created by an earlier attempt
    try:
        created = job.client.create_comment(
            int(job.payload["post"]),
            str(job.payload["content"]),
            parent=int(job.payload["parent"]),
        )
    except Conflict as error:
        if error.code == "comment_duplicate":
            return  # the site has this reply already (an earlier attempt got through)
        raise
    job.save_progress(remote_id=created.id)
    with job.store.transaction() as session:
        rules = load_rules_in(session, job.entry.site_id)
        store_page(session, job.entry.site_id, [created], rules)


HANDLERS: dict[str, Handler] = {STATUS_KIND: send_status, REPLY_KIND: send_reply}
