"""Where the moderation rules are kept: JSON documents in ``moderation_settings``.

Each site has its own rules (``rules:<site id>``): an English edition and the
Vietnamese paper do not ban the same words. A site whose rules were never saved
uses the shared document (``rules``, which is where rules were kept before
they were per site), and the defaults when there is none.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from moderation.rules import RuleSet
from storage.database import Store
from storage.models import ModerationSetting, utc_now

RULES_SETTING = "rules"


def _key(site_id: int | None) -> str:
    return RULES_SETTING if site_id is None else f"{RULES_SETTING}:{int(site_id)}"


def load_rules_in(session: Session, site_id: int | None = None) -> RuleSet:
    """The rules in force for *site_id*, read in the caller's session."""
    row = session.get(ModerationSetting, _key(site_id)) if site_id is not None else None
    if row is None:
        row = session.get(ModerationSetting, RULES_SETTING)
    return RuleSet.from_json(row.value_json) if row is not None else RuleSet()


def load_rules(store: Store, site_id: int | None = None) -> RuleSet:
    """The rules in force for *site_id* (its own, else the shared ones, else the defaults)."""
    with store.session() as session:
        return load_rules_in(session, site_id)


def save_rules(store: Store, rules: RuleSet, site_id: int | None = None) -> RuleSet:
    """Store *rules* (normalised) for *site_id* (None: the shared rules); return them.

    Comments already cached keep their old flags until
    :func:`moderation.cache.reflag_all` runs (the rules editor starts it).
    """
    clean = rules.normalised()
    with store.transaction() as session:
        row = session.get(ModerationSetting, _key(site_id))
        if row is None:
            row = ModerationSetting(name=_key(site_id))
            session.add(row)
        row.value_json = clean.to_json()
        row.updated_at = utc_now()
    return clean
