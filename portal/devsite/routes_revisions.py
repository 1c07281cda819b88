"""``/wp/v2/posts/ID/revisions``: the revisions WordPress keeps of a post.

As WordPress 6.1 does it (``wp_save_post_revision`` on ``post_updated``,
``WP_REST_Revisions_Controller``):

- a revision is kept after each *update* of a post whose title, content or
  excerpt differs (whitespace normalised) from its newest revision, or when
  it has none yet; creating a post keeps none. The revision copies the three
  fields, its author is the account that made the update, and its dates are
  the post's modification date;
- revisions are rows of the posts table (``type`` ``revision``, ``status``
  ``inherit``, slug ``{parent}-revision-v1``), deleted with their post;
- the listing needs ``edit_post`` on the parent: ``rest_post_invalid_parent``
  (404) for a missing parent, ``rest_cannot_read`` (401/403) otherwise; newest
  first; without ``per_page`` every revision comes in one page.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Response

from portal.devsite.perms import can_edit_post
from portal.devsite.rest import Params, RestError, answer, caller, page_headers
from portal.devsite.sitectx import current_site
from portal.devsite.store import Post, Store
from portal.devsite.wpjson import render_excerpt, render_title, rest_url, site_root
from portal.devsite.wptext import autop, rfc3339_gmt, rfc3339_local

bp = Blueprint("revisions", __name__, url_prefix="/wp-json/wp/v2")

REVISION_FIELDS = ("title", "content", "excerpt")


def _normalise(text: str) -> str:
    """``normalize_whitespace``: trimmed, ``\\n`` line ends, runs of blanks as one."""
    text = text.strip().replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[ \t]+", " ", re.sub(r"\n+", "\n", text))


def save_revision(store: Store, post: Post, author: int) -> None:
    """Keep a revision of *post* (just updated) if its text changed since the newest one."""
    if post.type != "post" or post.status == "auto-draft":
        return
    newest = store.revisions(post.id)[:1]
    if newest and all(
        _normalise(getattr(post, name)) == _normalise(getattr(newest[0], name))
        for name in REVISION_FIELDS
    ):
        return
    store.insert_post(
        {
            "type": "revision",
            "status": "inherit",
            "parent": post.id,
            "author": author,
            "slug": f"{post.id}-revision-v1",
            "date_gmt": post.modified_gmt,
            "modified_gmt": post.modified_gmt,
            "title": post.title,
            "content": post.content,
            "excerpt": post.excerpt,
            "comment_status": "closed",
            "ping_status": "closed",
            "categories": "[]",
        }
    )


def revision_json(revision: Post, context: str) -> dict[str, Any]:
    """A revision as ``/wp/v2/posts/ID/revisions`` shows it."""
    data: dict[str, Any] = {
        "id": revision.id,
        "author": revision.author,
        "date": rfc3339_local(revision.date_gmt),
        "date_gmt": rfc3339_gmt(revision.date_gmt),
        "modified": rfc3339_local(revision.modified_gmt),
        "modified_gmt": rfc3339_gmt(revision.modified_gmt),
        "parent": revision.parent,
        "slug": revision.slug,
        "guid": {"rendered": f"{site_root()}/?p={revision.id}"},
        "title": {"rendered": render_title(revision.title)},
        "content": {"rendered": autop(revision.content)},
        "excerpt": {"rendered": render_excerpt(revision.excerpt, revision.content)},
        "_links": {"parent": [{"href": rest_url(f"wp/v2/posts/{revision.parent}")}]},
    }
    if context == "edit":
        data["guid"]["raw"] = data["guid"]["rendered"]
        for name in REVISION_FIELDS:
            data[name]["raw"] = getattr(revision, name)
    return data


@bp.get("/posts/<int:post_id>/revisions")
def list_revisions(post_id: int) -> Response:
    """GET /wp/v2/posts/ID/revisions."""
    who = caller()
    p = Params()
    parent = current_site().store.get_post(post_id, "post")
    if parent is None:
        raise RestError("rest_post_invalid_parent", "Invalid post parent ID.", 404)
    if not can_edit_post(who, parent):
        raise RestError(
            "rest_cannot_read",
            "Sorry, you are not allowed to view revisions of this post.",
            who.denied_status(),
        )
    context = p.context()
    found = current_site().store.revisions(post_id)
    if p.has("per_page"):
        page, per_page = p.paging()
        start = (page - 1) * per_page
        rows = found[start : start + per_page]
        if page > 1 and not rows and found:
            raise RestError(
                "rest_revision_invalid_page_number",
                "The page number requested is larger than the number of pages available.",
                400,
            )
        headers = page_headers(len(found), per_page, page)
    else:
        rows = found
        headers = {"X-WP-Total": str(len(found)), "X-WP-TotalPages": "1" if found else "0"}
    return answer([revision_json(row, context) for row in rows], headers=headers)
