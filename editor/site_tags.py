"""The interview's tags on the site: their ids, created when missing, merged three ways."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from portal.errors import BadRequest, PermissionDenied
from storage.textfold import clean_text, fold

if TYPE_CHECKING:
    from portal.wordpress import WordPressClient

log = logging.getLogger(__name__)


def _tag_key(name: str) -> str:
    """Two tag names are the same tag when they differ only in case (never in tone marks).

    Both sides are plain text: the client sends names escaped and decodes the
    site's (WordPress stores them as "Giáo dục &amp; Đào tạo").
    """
    return " ".join(clean_text(name).split()).casefold()


def tag_ids(
    client: WordPressClient, names: Sequence[str], left_out: list[str] | None = None
) -> list[int]:
    """The site's ids for the interview's tags, creating the tags the site lacks.

    One lookup by slug for all of them; a tag the account may not create (authors
    lack ``manage_categories``) is left out (and added to *left_out*), never a
    reason to hold the interview back.
    """
    wanted: dict[str, str] = {}
    for name in names:
        clean = " ".join(clean_text(name).split())
        if clean:
            wanted.setdefault(_tag_key(clean), clean)
    if not wanted:
        return []
    slugs = ["-".join(re.findall(r"[a-z0-9]+", fold(name))) for name in wanted.values()]
    known = {_tag_key(tag.name): tag.id for tag in client.find_tags(slugs=slugs)}
    ids: list[int] = []
    for key, name in wanted.items():
        tag_id = known.get(key) or _create_tag(client, name)
        if tag_id is None:
            if left_out is not None:
                left_out.append(name)
        elif tag_id not in ids:
            ids.append(tag_id)
    return ids


def _create_tag(client: WordPressClient, name: str) -> int | None:
    try:
        return client.create_tag(name).id
    except PermissionDenied:
        log.warning("The site account may not create the tag %r; sent without it", name)
        return None
    except BadRequest as error:
        if error.code != "term_exists":
            raise
    # Already there under a slug of its own (renamed, or made with a -2 suffix).
    same = [tag.id for tag in client.find_tags(search=name) if _tag_key(tag.name) == _tag_key(name)]
    return same[0] if same else None


def merge_tags(
    ours: Sequence[int],
    on_site: Sequence[int],
    last_sent: Sequence[int] | None,
    ours_before: Sequence[int] | None = None,
) -> list[int]:
    """The tags to send, merged three ways so that nobody's change is lost.

    *last_sent* is what the site held after Newsdesk's last write, *ours_before*
    the interview's own tags then. A tag added on the site stays; one removed on
    the site stays removed (unless the reporter added it since); one removed in
    Newsdesk goes. Without a last write, ours and the site's are joined.
    """
    if last_sent is None:
        return list(dict.fromkeys([*ours, *on_site]))
    last, site = set(last_sent), set(on_site)
    before = set(ours_before) if ours_before is not None else last
    kept = [tag for tag in ours if not (tag in last and tag not in site and tag in before)]
    theirs = [tag for tag in on_site if tag not in before]
    return list(dict.fromkeys([*kept, *theirs]))
