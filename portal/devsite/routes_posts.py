"""``/wp/v2/posts``: list, create, read, update, trash and delete posts.

Behaviour follows ``WP_REST_Posts_Controller`` and ``wp_insert_post``:
drafts keep the slug they are given (or none), published posts get a unique
one (``-2``, ``-3``...), trashing renames the slug to ``…__trashed``, a
``publish`` with a future date becomes ``future`` and the reverse, and the last
write wins (no ``If-Match``).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from flask import Blueprint, Response

from portal.devsite.perms import PUBLISHED_STATES, can_delete_post, can_edit_post, can_read_post
from portal.devsite.rest import (
    Caller,
    Params,
    RestError,
    answer,
    caller,
    invalid_param,
    page_headers,
)
from portal.devsite.routes_revisions import save_revision
from portal.devsite.sitectx import current_site
from portal.devsite.store import Post, PostQuery, Store
from portal.devsite.wpjson import REGISTERED_POST_META, post_json, rest_url
from portal.devsite.wptext import now_gmt, sanitize_title, to_db

bp = Blueprint("posts", __name__, url_prefix="/wp-json/wp/v2")

WRITABLE_STATUSES = ("publish", "future", "draft", "pending", "private")
QUERY_STATUSES = (
    "publish",
    "future",
    "draft",
    "pending",
    "private",
    "trash",
    "auto-draft",
    "inherit",
    "request-pending",
    "request-confirmed",
    "request-failed",
    "request-completed",
    "any",
)
_ANY = ["publish", "future", "draft", "pending", "private"]
_ORDERBY = (
    "author",
    "date",
    "id",
    "include",
    "modified",
    "parent",
    "relevance",
    "slug",
    "include_slugs",
    "title",
)


def invalid_post() -> RestError:
    """``rest_post_invalid_id``."""
    return RestError("rest_post_invalid_id", "Invalid post ID.", 404)


def _load(post_id: int) -> Post:
    post = current_site().store.get_post(post_id, "post")
    if post is None:
        raise invalid_post()
    return post


@bp.get("/posts")
def list_posts() -> Response:
    """GET /wp/v2/posts."""
    who = caller()
    p = Params()
    # WordPress checks the arguments (status) before the permissions (context): an
    # account that may not see drafts gets 400 rest_invalid_param, its details
    # saying rest_forbidden_status (checked on 6.1).
    statuses = p.text_list("status") or ["publish"]
    for i, status in enumerate(statuses):
        if status not in QUERY_STATUSES:
            raise invalid_param("status", f"status[{i}] is not one of {', '.join(QUERY_STATUSES)}.")
        readable = status == "publish" or who.can("edit_posts")
        if not readable and not (status == "private" and who.can("read_private_posts")):
            raise RestError(
                "rest_invalid_param",
                "Invalid parameter(s): status",
                400,
                params={"status": "Status is forbidden."},
                details={
                    "status": {
                        "code": "rest_forbidden_status",
                        "message": "Status is forbidden.",
                        "data": {"status": who.denied_status()},
                    }
                },
            )
    context = p.checked_context(
        who, "edit_posts", "Sorry, you are not allowed to edit posts in this post type."
    )
    page, per_page = p.paging()
    wanted = _ANY if "any" in statuses else statuses
    after = p.date("after", gmt=False)
    before = p.date("before", gmt=False)
    modified_after = p.date("modified_after", gmt=False)
    modified_before = p.date("modified_before", gmt=False)
    offset = p.integer("offset", (page - 1) * per_page, minimum=0)
    query = PostQuery(
        statuses=wanted,
        slugs=[sanitize_title(s) for s in p.text_list("slug")],
        include=p.int_list("include"),
        exclude=p.int_list("exclude"),
        authors=p.int_list("author"),
        search=p.text("search"),
        after=to_db(after) if after else None,
        before=to_db(before) if before else None,
        modified_after=to_db(modified_after) if modified_after else None,
        modified_before=to_db(modified_before) if modified_before else None,
        own_unpublished_only=None if who.can("edit_others_posts") else who.id,
        # In the edit context WordPress lists only the posts the account may edit (6.1).
        editable_by=(
            (who.id, who.can("edit_others_posts"), who.can("edit_published_posts"))
            if context == "edit" and who.user is not None
            else None
        ),
        orderby=p.enum("orderby", _ORDERBY, "date"),
        order=p.enum("order", ("asc", "desc"), "desc"),
        limit=per_page,
        offset=offset,
    )
    rows, total = current_site().store.query_posts(query)
    pages = -(-total // per_page)
    if page > pages and total > 0:
        raise RestError(
            "rest_post_invalid_page_number",
            "The page number requested is larger than the number of pages available.",
            400,
        )
    items = [post_json(row, context) for row in rows if can_read_post(who, row)]
    return answer(items, headers=page_headers(total, per_page, page))


@bp.get("/posts/<int:post_id>")
def get_post(post_id: int) -> Response:
    """GET /wp/v2/posts/ID."""
    who = caller()
    p = Params()
    context = p.context()
    post = _load(post_id)
    if context == "edit" and not can_edit_post(who, post):
        raise RestError(
            "rest_forbidden_context",
            "Sorry, you are not allowed to edit this post.",
            who.denied_status(),
        )
    if not can_read_post(who, post):
        raise RestError(
            "rest_forbidden", "Sorry, you are not allowed to do that.", who.denied_status()
        )
    return answer(post_json(post, context))


@bp.post("/posts")
def create_post() -> Response:
    """POST /wp/v2/posts."""
    who = caller()
    p = Params()
    if p.has("id"):
        raise RestError("rest_post_exists", "Cannot create existing post.", 400)
    if not who.can("edit_posts"):
        raise RestError(
            "rest_cannot_create",
            "Sorry, you are not allowed to create posts as this user.",
            who.denied_status(),
        )
    author = p.integer("author", who.id)
    if author != who.id and not who.can("edit_others_posts"):
        raise RestError(
            "rest_cannot_edit_others",
            "Sorry, you are not allowed to create posts as this user.",
            who.denied_status(),
        )
    store = current_site().store
    now = now_gmt()
    values = _prepare(p, who, store, None)
    values.setdefault("status", "draft")
    values["author"] = author
    if "date_gmt" not in values:
        values["date_gmt"] = to_db(now)
        values["date_floating"] = 1
    values["modified_gmt"] = to_db(now)
    values["type"] = "post"
    _schedule(values, now)
    post = store.insert_post(values)
    post = store.update_post(post.id, {"slug": _final_slug(store, post, values.get("slug"))})
    location = rest_url(f"wp/v2/posts/{post.id}")
    return answer(post_json(post, "edit"), 201, {"Location": location})


@bp.route("/posts/<int:post_id>", methods=["POST", "PUT", "PATCH"])
def update_post(post_id: int) -> Response:
    """POST/PUT/PATCH /wp/v2/posts/ID."""
    who = caller()
    p = Params()
    post = _load(post_id)
    if not can_edit_post(who, post):
        raise RestError(
            "rest_cannot_edit",
            "Sorry, you are not allowed to edit this post.",
            who.denied_status(),
        )
    store = current_site().store
    now = now_gmt()
    values = _prepare(p, who, store, post)
    new_status = values.get("status", post.status)
    if post.status == "trash" and new_status != "trash":
        values.setdefault("slug", post.desired_slug)
        values["desired_slug"] = ""
        store.set_post_comments_trashed(post.id, False)
    if (
        new_status in PUBLISHED_STATES
        and post.status not in PUBLISHED_STATES
        and post.date_floating
        and "date_gmt" not in values
    ):
        values["date_gmt"] = to_db(now)
        values["date_floating"] = 0
    values.setdefault("date_gmt", post.date_gmt)
    values["status"] = new_status
    _schedule(values, now)
    values["modified_gmt"] = to_db(now)
    post = store.update_post(post.id, values)
    post = store.update_post(post.id, {"slug": _final_slug(store, post, values.get("slug"))})
    save_revision(store, post, who.id)
    return answer(post_json(post, "edit"))


@bp.delete("/posts/<int:post_id>")
def delete_post(post_id: int) -> Response:
    """DELETE /wp/v2/posts/ID: to the trash, or for good with ``force=true``."""
    who = caller()
    p = Params()
    post = _load(post_id)
    if not can_delete_post(who, post):
        raise RestError(
            "rest_cannot_delete",
            "Sorry, you are not allowed to delete this post.",
            who.denied_status(),
        )
    store = current_site().store
    if p.boolean("force"):
        previous = post_json(post, "edit")
        store.delete_post(post.id)
        return answer({"deleted": True, "previous": previous})
    if post.status == "trash":
        raise RestError("rest_already_trashed", "The post has already been deleted.", 410)
    meta = post.meta_dict()
    meta["_wp_trash_meta_status"] = post.status
    store.set_post_comments_trashed(post.id, True)
    post = store.update_post(
        post.id,
        {
            "status": "trash",
            "desired_slug": post.slug,
            "slug": f"{post.slug}__trashed" if post.slug else "",
            "meta": json.dumps(meta),
            "modified_gmt": to_db(now_gmt()),
        },
    )
    return answer(post_json(post, "edit"))


def _text_field(p: Params, name: str) -> str | None:
    value = p.raw(name)
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("raw")
        if value is None:
            return None
    if not isinstance(value, str):
        raise invalid_param(name, f"{name} is not of type object,string.")
    return value


def _prepare(p: Params, who: Caller, store: Store, post: Post | None) -> dict[str, Any]:
    """Validate the writable fields of a create/update request into column values."""
    values: dict[str, Any] = {}
    for name in ("title", "content", "excerpt"):
        text = _text_field(p, name)
        if text is not None:
            values[name] = text
    if p.has("status"):
        status = p.enum("status", WRITABLE_STATUSES, "draft")
        if status in PUBLISHED_STATES and not who.can("publish_posts"):
            kind = "create private posts" if status == "private" else "publish posts"
            raise RestError(
                "rest_cannot_publish",
                f"Sorry, you are not allowed to {kind} in this post type.",
                who.denied_status(),
            )
        values["status"] = status
    if p.has("date_gmt"):
        moment = p.date("date_gmt", gmt=True)
        if moment is not None:
            values["date_gmt"] = to_db(moment)
            values["date_floating"] = 0
    elif p.has("date"):
        moment = p.date("date", gmt=False)
        if moment is not None:
            values["date_gmt"] = to_db(moment)
            values["date_floating"] = 0
    if p.has("slug"):
        values["slug"] = sanitize_title(p.text("slug"))
    for name in ("comment_status", "ping_status"):
        if p.has(name):
            values[name] = p.enum(name, ("open", "closed"), "open")
    if p.has("featured_media"):
        media_id = p.integer("featured_media", 0, minimum=0)
        if media_id and store.get_post(media_id, "attachment") is None:
            raise RestError("rest_invalid_featured_media", "Invalid featured media ID.", 400)
        values["featured_media"] = media_id
    if p.has("sticky"):
        values["sticky"] = int(p.boolean("sticky"))
    if p.has("format"):
        values["format"] = p.enum(
            "format",
            (
                "standard",
                "aside",
                "chat",
                "gallery",
                "link",
                "image",
                "quote",
                "status",
                "video",
                "audio",
            ),
            "standard",
        )
    for name in ("categories", "tags"):
        if p.has(name):
            values[name] = json.dumps(p.int_list(name))
    if p.has("meta"):
        values["meta"] = json.dumps(_merge_meta(p.raw("meta"), post))
    return values


def _merge_meta(sent: object, post: Post | None) -> dict[str, Any]:
    if not isinstance(sent, dict):
        raise invalid_param("meta", "meta is not of type object.")
    meta = post.meta_dict() if post else {}
    for key, value in sent.items():
        if key not in REGISTERED_POST_META:
            continue  # WordPress ignores meta keys it has not registered for REST
        if value is None:
            meta.pop(key, None)
        elif not isinstance(value, str):
            raise invalid_param("meta", f"meta.{key} is not of type string.")
        else:
            meta[key] = value
    return meta


def _schedule(values: dict[str, Any], now: datetime) -> None:
    """``publish`` with a future date becomes ``future``; ``future`` in the past, ``publish``."""
    status = values.get("status")
    date_gmt = values.get("date_gmt")
    if status not in ("publish", "future") or not isinstance(date_gmt, str):
        return
    due = date_gmt >= to_db(now + timedelta(minutes=1))
    if status == "publish" and due:
        values["status"] = "future"
    elif status == "future" and not due:
        values["status"] = "publish"


def _final_slug(store: Store, post: Post, requested: str | None) -> str:
    """The slug WordPress would store: kept as is for drafts, made unique once published."""
    slug = requested if requested is not None else post.slug
    if post.status in ("draft", "pending", "auto-draft"):
        return slug
    if post.status == "trash":
        return post.slug
    if not slug:
        slug = sanitize_title(post.title) or str(post.id)
    return unique_slug(store, slug, "post", post.id)


def unique_slug(store: Store, slug: str, type: str, post_id: int) -> str:
    """``wp_unique_post_slug``: append ``-2``, ``-3``... until no other row uses it."""
    if not store.slug_taken(slug, type, post_id):
        return slug
    suffix = 2
    while store.slug_taken(f"{slug}-{suffix}", type, post_id):
        suffix += 1
    return f"{slug}-{suffix}"
