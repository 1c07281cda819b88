"""Who may read, edit and delete which post: WordPress's meta-capability rules, simplified.

Editors may do everything; authors and contributors may handle their own
posts (contributors only while unpublished); anyone may read published posts.
"""

from __future__ import annotations

from portal.devsite.rest import Caller
from portal.devsite.store import Post

PUBLISHED_STATES = ("publish", "future", "private")


def can_read_post(caller: Caller, post: Post) -> bool:
    """``read_post``: published posts for all, the rest for those who may edit them."""
    if post.status == "publish":
        return True
    if post.status == "private" and caller.can("read_private_posts"):
        return True
    return can_edit_post(caller, post)


def can_edit_post(caller: Caller, post: Post) -> bool:
    """``edit_post``."""
    if caller.user is None:
        return False
    if caller.can("edit_others_posts"):
        return True
    if post.author != caller.id or not caller.can("edit_posts"):
        return False
    return post.status not in PUBLISHED_STATES or caller.can("edit_published_posts")


def can_delete_post(caller: Caller, post: Post) -> bool:
    """``delete_post``."""
    if caller.user is None:
        return False
    if caller.can("delete_others_posts"):
        return True
    if post.author != caller.id or not caller.can("delete_posts"):
        return False
    return post.status not in PUBLISHED_STATES or caller.can("delete_published_posts")
