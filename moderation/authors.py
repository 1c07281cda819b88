"""Who wrote a comment, as moderation treats it: the site's own account, trusted authors.

Both are kept per site in ``moderation_settings`` (JSON documents):

* ``account_user:<site id>``: the user id of the account Newsdesk signs in
  with, learnt from the site (``/wp/v2/users/me``) at each pull. Comments by
  that account (the newspaper's own replies among them) are never flagged.
* ``trusted_authors:<site id>``: authors whose *next* comments are approved when
  a pull brings them in pending ("Approve this author's next comments", the idea
  of WordPress's ``comment_previously_approved``). Each is kept by its author key
  (:func:`moderation.text.author_key`) with the name shown in the list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from moderation.journal import LogAction, record
from storage.database import Store
from storage.models import CachedComment, ModerationSetting, utc_now

#: The note of a log entry for a comment approved because its author is trusted.
TRUSTED_NOTE = "trusted_author"


@dataclass(frozen=True)
class AuthorPolicy:
    """What a pull needs to know about authors of one site."""

    own_user_id: int = 0
    trusted: frozenset[str] = frozenset()

    def is_own(self, user_id: int) -> bool:
        """Whether a comment by *user_id* is the site account's own."""
        return self.own_user_id > 0 and user_id == self.own_user_id


def _read(session: Session, name: str) -> object:
    row = session.get(ModerationSetting, name)
    if row is None:
        return None
    try:
        return json.loads(row.value_json)
    except ValueError:
        return None


def _write(session: Session, name: str, value: object) -> None:
    row = session.get(ModerationSetting, name)
    if row is None:
        row = ModerationSetting(name=name)
        session.add(row)
    row.value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row.updated_at = utc_now()


def _trusted_in(session: Session, site_id: int) -> dict[str, str]:
    data = _read(session, f"trusted_authors:{int(site_id)}")
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def load_policy_in(session: Session, site_id: int) -> AuthorPolicy:
    """The author policy of *site_id*, read in the caller's session."""
    own = _read(session, f"account_user:{int(site_id)}")
    own_id = own if isinstance(own, int) and not isinstance(own, bool) else 0
    return AuthorPolicy(own_id, frozenset(_trusted_in(session, site_id)))


def remember_account_user(store: Store, site_id: int, user_id: int) -> None:
    """Keep the user id of the account Newsdesk signs in to *site_id* with."""
    with store.transaction() as session:
        if _read(session, f"account_user:{int(site_id)}") != user_id:
            _write(session, f"account_user:{int(site_id)}", int(user_id))


def trusted_authors(store: Store, site_id: int) -> dict[str, str]:
    """The trusted authors of *site_id*: author key → name."""
    with store.session() as session:
        return _trusted_in(session, site_id)


def set_trusted(store: Store, site_id: int, comment_id: int, trusted: bool, moderator: str) -> bool:
    """Trust (or stop trusting) the author of *comment_id*; False if nothing changed.

    The change is written to the moderation log (action ``trust``, note ``on``
    or ``off``) in the same transaction.
    """
    with store.transaction() as session:
        row = session.get(CachedComment, comment_id)
        if row is None or row.site_id != site_id or not row.author_key:
            return False
        authors = _trusted_in(session, site_id)
        if (row.author_key in authors) == trusted:
            return False
        if trusted:
            authors[row.author_key] = row.author_name
        else:
            authors.pop(row.author_key, None)
        _write(session, f"trusted_authors:{int(site_id)}", authors)
        record(
            session,
            site_id=site_id,
            comment=row,
            moderator=moderator,
            action=LogAction.TRUST,
            note="on" if trusted else "off",
        )
    return True
