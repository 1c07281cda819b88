"""Where interviews stand on a site: for the interview list and the editor's site line."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from editor.list_rows import SiteState as SiteState
from editor.publishing import SUBJECT, publication_of
from editor.site_posts import linked_post_states
from portal.outbox import OutboxState, subject_states_in
from storage.database import Store
from storage.models import Publication

#: An outbox state that needs a person outranks one that only waits.
_OUTBOX_STATES = {
    OutboxState.CONFLICT: SiteState.CONFLICT,
    OutboxState.FAILED: SiteState.FAILED,
    OutboxState.PENDING: SiteState.WAITING,
    OutboxState.SENDING: SiteState.WAITING,
}
_OUTBOX_RANK = [SiteState.CONFLICT, SiteState.FAILED, SiteState.WAITING]


def site_states(store: Store, site_id: int, interview_ids: Sequence[int]) -> dict[int, SiteState]:
    """Where each interview stands on the site: unsent changes first, else the post's status.

    Two queries for a whole page of the list, whatever its length.
    """
    states = dict.fromkeys(interview_ids, SiteState.NOT_SENT)
    if not states:
        return states
    ids = list(states)
    with store.session() as session:
        posts = session.execute(
            select(Publication.interview_id, Publication.post_status).where(
                Publication.site_id == site_id,
                Publication.interview_id.in_(ids),
                Publication.post_id.is_not(None),
            )
        )
        for interview_id, post_status in posts:
            try:
                states[interview_id] = SiteState(post_status or "")
            except ValueError:
                states[interview_id] = SiteState.DRAFT
        for interview_id, status in linked_post_states(session, ids, site_id).items():
            states[interview_id] = SiteState(status)
        waiting = subject_states_in(session, site_id, SUBJECT, ids)
        outbox: dict[int, SiteState] = {}
        for interview_id, state in waiting:
            candidate = _OUTBOX_STATES[state]
            known = outbox.get(interview_id)
            if known is None or _OUTBOX_RANK.index(candidate) < _OUTBOX_RANK.index(known):
                outbox[interview_id] = candidate
    states.update(outbox)
    return states


@dataclass(frozen=True)
class PublicationState:
    """Where the interview's post stands on a site, as the editor shows it."""

    status: str
    link: str
    #: Tags the site account may not create, sent without them at the last publish.
    tags_left_out: tuple[str, ...] = ()


def publication_state(store: Store, interview_id: int, site_id: int) -> PublicationState | None:
    """The post's status and link on the site, once it has been sent there."""
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        if publication is None or publication.post_id is None:
            return None
        try:
            record = json.loads(publication.published_json or "{}")
        except ValueError:
            record = {}
        left_out = record.get("tags_left_out") if isinstance(record, dict) else None
        gone = linked_post_states(session, [interview_id], site_id).get(interview_id)
        return PublicationState(
            gone or publication.post_status or "",
            publication.link or "",
            tuple(str(name) for name in left_out) if isinstance(left_out, list) else (),
        )
