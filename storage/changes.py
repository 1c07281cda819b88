"""What an operation changed in the local data, so that the pages showing it can refresh.

An operation (a sync pass, a pull, a moderator's decision, publishing, discarding an
outbox item…) returns or reports a :class:`Changes`; the application hands it to every
page through one signal (``uikit.changes.ChangeNotifier``), and each page decides
for itself whether what it shows is concerned. Whoever runs an operation never needs
to know which pages show its data. The pattern is Anki's ``OpChanges``.

It sits in ``storage`` so that every layer (portal, the features, the shell) may build one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Changes:
    """Flags for each kind of local data an operation changed (all False: nothing).

    ``interviews``: the interviews themselves (list, titles, statuses, trash);
    ``site_states``: where interviews stand on the site (publications);
    ``comments``: cached reader comments and their decisions;
    ``outbox``: items queued, sent, failed or dropped;
    ``categories``, ``rights``, ``site_posts``: what was pulled from the site;
    ``sites``: the site accounts (added, removed, the active one).
    Combine two with ``|``.
    """

    interviews: bool = False
    site_states: bool = False
    comments: bool = False
    outbox: bool = False
    categories: bool = False
    rights: bool = False
    site_posts: bool = False
    sites: bool = False

    def __or__(self, other: Changes) -> Changes:
        """What either changed."""
        return replace(
            self, **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        """Something changed."""
        return any(getattr(self, f.name) for f in fields(self))

    def names(self) -> list[str]:
        """The kinds of data changed (for logs and test messages)."""
        return [f.name for f in fields(self) if getattr(self, f.name)]


NOTHING = Changes()
"""An operation that changed nothing."""

#: What sending (or dropping) an outbox item changes besides the outbox, by its subject type.
_BY_SUBJECT = {
    "interview": Changes(interviews=True, site_states=True),
    "comment": Changes(comments=True),
    # a review decision (editor.review_outbox): the post's status in the cache
    "site_post": Changes(site_posts=True),
}


def outbox_changes(subject_types: set[str] | frozenset[str]) -> Changes:
    """What an outbox pass or discard changed, given the subject types of its items."""
    changes = Changes(outbox=bool(subject_types))
    for subject_type in subject_types:
        changes |= _BY_SUBJECT.get(subject_type, NOTHING)
    return changes
