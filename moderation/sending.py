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

:mod:`moderation.outbox_kinds` registers them, with their payloads, descriptions,
conflict choices and discard hook, as whole outbox kinds.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from moderation.cache import store_page
from moderation.decisions import REPLY_KIND, STATUS_KIND
from moderation.journal import SITE, LogAction, record
from moderation.outbox_payloads import ReplyPayload, StatusConflict, StatusPayload
from moderation.settings import load_rules_in
from portal.errors import Conflict
from portal.outbox_worker import Handler, Job, OutboxConflict
from portal.remote import COMMENT_STATUSES, CommentStatus
from storage.models import CachedComment, utc_now


def _note_site_status(
    job: Job, payload: StatusPayload, status: str, *, conflict_with: str | None = None
) -> None:
    """Remember the state the site has now (the cache row's ``site_status``).

    With *conflict_with* (the state the moderator wanted), the clash goes into
    the moderation log too.
    """
    with job.store.transaction() as session:
        row = session.get(CachedComment, payload.comment_id)
        if row is None:
            return
        if conflict_with is not None:
            record(
                session,
                site_id=row.site_id,
                comment=row,
                moderator=SITE,
                action=LogAction.CONFLICT,
                from_status=payload.expected,
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
    payload = StatusPayload.from_json(job.payload)
    wanted = _status(payload.status)
    expected = payload.expected
    current = job.client.get_comment(payload.remote_id)
    if current.status == wanted:
        _note_site_status(job, payload, current.status)
        return
    if current.status != expected:
        _note_site_status(job, payload, current.status, conflict_with=wanted)
        message = QCoreApplication.translate(
            "Moderation",
            "The comment was moderated on the site by someone else since the last pull; "
            "your decision was not sent.",
        )
        raise OutboxConflict(message, StatusConflict(current.status, expected, wanted).to_json())
    changed = job.client.update_comment_status(payload.remote_id, wanted)
    _note_site_status(job, payload, changed.status)


def send_reply(job: Job) -> None:
    """Handler of ``comment_reply`` items (see the module docstring)."""
    payload = ReplyPayload.from_json(job.payload)
    if payload.remote_id is not None:
        return  # created by an earlier attempt
    try:
        created = job.client.create_comment(payload.post, payload.content, parent=payload.parent)
    except Conflict as error:
        if error.code == "comment_duplicate":
            return  # the site has this reply already (an earlier attempt got through)
        raise
    job.save_payload(replace(payload, remote_id=created.id))
    with job.store.transaction() as session:
        rules = load_rules_in(session, job.entry.site_id)
        store_page(session, job.entry.site_id, [created], rules)


HANDLERS: dict[str, Handler] = {STATUS_KIND: send_status, REPLY_KIND: send_reply}
