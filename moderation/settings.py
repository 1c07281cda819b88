"""Where the moderation rules are kept: one JSON document in ``moderation_settings``."""

from __future__ import annotations

from sqlalchemy.orm import Session

from moderation.rules import RuleSet
from storage.database import Store
from storage.models import ModerationSetting, utc_now

RULES_SETTING = "rules"


def load_rules_in(session: Session) -> RuleSet:
    """The rules in force, read in the caller's session (defaults when never saved)."""
    row = session.get(ModerationSetting, RULES_SETTING)
    return RuleSet.from_json(row.value_json) if row is not None else RuleSet()


def load_rules(store: Store) -> RuleSet:
    """The rules in force (defaults when never saved)."""
    with store.session() as session:
        return load_rules_in(session)


def save_rules(store: Store, rules: RuleSet) -> RuleSet:
    """Store *rules* (normalised) and return what was stored.

    Comments already cached keep their old flags until
    :func:`moderation.cache.reflag_all` runs (the rules editor starts it).
    """
    clean = rules.normalised()
    with store.transaction() as session:
        row = session.get(ModerationSetting, RULES_SETTING)
        if row is None:
            row = ModerationSetting(name=RULES_SETTING)
            session.add(row)
        row.value_json = clean.to_json()
        row.updated_at = utc_now()
    return clean
