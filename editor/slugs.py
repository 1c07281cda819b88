"""Post addresses (slugs): the whole headline, folded to ASCII the Vietnamese way.

"Đường lên bản Hua Păng: 12 km đá sỏi" becomes ``duong-len-ban-hua-pang-12-km-da-soi``:
marks dropped, đ to d, every run of anything else one hyphen, no suffix. A slug
stays unique by asking the site (:func:`free_slug`): WordPress itself only makes a
slug unique when a post is *published* (``wp_unique_post_slug`` leaves drafts and
posts pending review alone), so a post sent for review would otherwise share its
address with another until an editor publishes it, then silently get ``-2``.
The editor may change the slug in the Publish dialog (:func:`slug_problem` says
what is wrong with one typed there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from storage.textfold import fold

if TYPE_CHECKING:
    from portal.remote import RemotePost

#: WordPress keeps 200 characters of a slug (``post_name``); room is left for ``-2``.
MAX_SLUG = 190
FALLBACK_SLUG = "bai-phong-van"
_WORDS = re.compile(r"[a-z0-9]+")
_VALID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_MAX_TRIES = 50


def headline_slug(title: str) -> str:
    """The slug of a post titled *title*: every word, ASCII, hyphenated, cut at a word."""
    slug = ""
    for word in _WORDS.findall(fold(title)):
        longer = f"{slug}-{word}" if slug else word
        if len(longer) > MAX_SLUG:
            break
        slug = longer
    return slug or FALLBACK_SLUG


def slug_problem(slug: str) -> str | None:
    """What is wrong with a slug an editor typed, as one translated sentence (None: fine)."""
    if not slug:
        return QCoreApplication.translate("Slugs", "The address cannot be empty.")
    if len(slug) > MAX_SLUG:
        return QCoreApplication.translate(
            "Slugs", "The address is too long: at most {count} characters."
        ).format(count=MAX_SLUG)
    if not _VALID.match(slug):
        return QCoreApplication.translate(
            "Slugs",
            "Use only lower-case letters without accents, digits and single hyphens "
            "(like duong-len-ban).",
        )
    return None


def tidy_slug(text: str) -> str:
    """*text* as typed, made a slug: folded, lower case, hyphens between words."""
    return "-".join(_WORDS.findall(fold(text)))


def free_slug(
    slug: str,
    find_posts: Callable[[str], Sequence[RemotePost]],
    own_post_id: int | None = None,
) -> str:
    """*slug*, or *slug* with ``-2``, ``-3``… if another post on the site uses it.

    *find_posts* asks the site for the posts with a slug (any status but trash:
    :meth:`portal.wordpress.WordPressClient.find_posts_by_slug`); the post
    *own_post_id* (the interview's own post, when it has one) does not count.
    """
    for number in range(1, _MAX_TRIES + 1):
        candidate = slug if number == 1 else f"{slug[:MAX_SLUG]}-{number}"
        if all(post.id == own_post_id for post in find_posts(candidate)):
            return candidate
    return f"{slug[: MAX_SLUG - 9]}-{number + 1}"
