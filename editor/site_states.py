"""Where interviews stand on a site: for the interview list and the editor's site line."""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from editor.list_rows import SiteState as SiteState
from editor.publishing import SUBJECT, publication_of
from editor.site_posts import GONE, linked_post_states
from portal.outbox import OutboxState, subject_states_in
from storage.database import Store
from storage.models import Publication, SitePost

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


class SiteReach(enum.StrEnum):
    """Whether Newsdesk can reach the site now (from the last sync)."""

    ONLINE = "online"
    OFFLINE = "offline"
    PASSWORD = "password"  # the site needs (or refused) the application password


@dataclass(frozen=True)
class PublicationState:
    """Where the interview stands with a site, as the editor's header shows it."""

    #: The post's status on the site ("" before it was ever sent).
    status: str
    link: str
    #: Tags the site account may not create, sent without them at the last publish.
    tags_left_out: tuple[str, ...] = ()
    #: Changes of this interview in the outbox, not sent yet.
    waiting: int = 0
    #: The most urgent of them: WAITING, FAILED or CONFLICT (None when nothing waits).
    outbox: SiteState | None = None
    #: Whether the site can be reached now.
    reach: SiteReach = SiteReach.ONLINE
    #: The last pull saw the post changed on the site since Newsdesk last wrote or opened it.
    newer_on_site: bool = False


def publication_state(
    store: Store, interview_id: int, site_id: int, reach: SiteReach = SiteReach.ONLINE
) -> PublicationState | None:
    """Where the interview stands with the site: its post, and changes waiting to go there.

    None when it was never sent and nothing waits.
    """
    with store.session() as session:
        publication = publication_of(session, site_id, interview_id)
        waiting = [
            state for _id, state in subject_states_in(session, site_id, SUBJECT, [interview_id])
        ]
        sent = publication is not None and publication.post_id is not None
        if not sent and not waiting:
            return None
        outbox = min((_OUTBOX_STATES[s] for s in waiting), key=_OUTBOX_RANK.index, default=None)
        record: object = {}
        if publication is not None and sent:
            try:
                record = json.loads(publication.published_json or "{}")
            except ValueError:
                record = {}
        left_out = record.get("tags_left_out") if isinstance(record, dict) else None
        # A post deleted or trashed on the site (the "On the site" pull saw it) shows so.
        gone = linked_post_states(session, [interview_id], site_id).get(interview_id)
        cached = (
            session.execute(
                select(SitePost.modified_gmt, SitePost.content, SitePost.title).where(
                    SitePost.site_id == site_id, SitePost.remote_id == publication.post_id
                )
            ).first()
            if publication is not None and sent
            else None
        )
        seen = publication.modified_gmt if publication is not None else None
        newer = False
        if cached is not None and isinstance(record, dict) and seen and not gone:
            # modified_gmt has one-second resolution: in the same second the words are compared
            # (a cache older than Newsdesk's own last write is only behind, not newer)
            newer = cached.modified_gmt > seen or (
                cached.modified_gmt == seen
                and "content" in record
                and (
                    str(cached.content).strip() != str(record.get("content") or "").strip()
                    or cached.title != record.get("title", cached.title)
                )
            )
        return PublicationState(
            gone or ((publication.post_status or "") if publication is not None and sent else ""),
            (publication.link or "") if publication is not None and sent else "",
            tuple(str(name) for name in left_out) if isinstance(left_out, list) else (),
            waiting=len(waiting),
            outbox=outbox,
            reach=reach,
            newer_on_site=newer,
        )


def site_line(state: PublicationState) -> str:
    """The editor's header line for *state*: the post on the site, and what still waits."""
    parts: list[str] = []
    if state.outbox is SiteState.CONFLICT:
        parts.append(
            QCoreApplication.translate(
                "SiteStates", "Conflict: the post was changed on the site too; choose in Publishing"
            )
        )
    elif state.outbox is SiteState.FAILED:
        parts.append(
            QCoreApplication.translate(
                "SiteStates", "The site refused the last change; see Publishing"
            )
        )
    elif state.waiting:
        # A number, not a plural form: the string extractor does not see plurals outside tr().
        parts.append(
            QCoreApplication.translate("SiteStates", "Changes waiting to send: {count}").format(
                count=state.waiting
            )
        )
    if state.waiting and state.reach is SiteReach.OFFLINE:
        parts.append(
            QCoreApplication.translate(
                "SiteStates", "offline: they go out when the site can be reached"
            )
        )
    elif state.waiting and state.reach is SiteReach.PASSWORD:
        parts.append(
            QCoreApplication.translate(
                "SiteStates", "needs the site password (Preferences ▸ Sites)"
            )
        )
    if state.newer_on_site and state.outbox is not SiteState.CONFLICT:
        parts.append(
            QCoreApplication.translate(
                "SiteStates",
                "The site has a newer version of this post; publishing will ask which one to "
                "keep (or take the site's version)",
            )
        )
    if state.status == GONE:
        parts.append(
            QCoreApplication.translate(
                "SiteStates",
                "The post was deleted on the site. Publishing again makes a new post, "
                "only after you confirm it in Publishing.",
            )
        )
    elif state.status:
        names = {
            "publish": QCoreApplication.translate("SiteStates", "published"),
            "future": QCoreApplication.translate("SiteStates", "scheduled"),
            "draft": QCoreApplication.translate("SiteStates", "draft"),
            "pending": QCoreApplication.translate("SiteStates", "pending review"),
            "private": QCoreApplication.translate("SiteStates", "private"),
            "trash": QCoreApplication.translate("SiteStates", "in the site's trash"),
        }
        parts.append(
            QCoreApplication.translate("SiteStates", "On the site: {status} — {link}").format(
                status=names.get(state.status, state.status), link=state.link
            )
        )
    return " · ".join(parts)
