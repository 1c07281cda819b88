"""``/wp/v2/comments``: list, create, read, moderate and delete comments.

Behaviour follows ``WP_REST_Comments_Controller`` and ``WP_Comment_Query``,
quirks included:

* the ``status`` filter is passed through ``sanitize_key`` and understood as
  ``WP_Comment_Query`` does: ``approve``, ``hold``, ``spam``, ``trash``, ``all``
  (approved + held), ``any`` (everything); ``approved`` or ``hold,spam`` match
  nothing;
* an update with an unknown ``status`` is ignored and answered 200 with the
  comment unchanged (WordPress always has other prepared fields, such as the
  author IP, so it never reaches its "status only" error branch);
* no page-number error past the last page (unlike posts): an empty list;
* a new comment on a draft is refused (``rest_comment_draft_post``), an
  anonymous one needs ``author_name`` and ``author_email``, the same text
  twice by the same author is ``409 comment_duplicate``.
"""

from __future__ import annotations

import re
from typing import Any

from flask import Blueprint, Response, request

from portal.devsite.perms import can_edit_post, can_read_post
from portal.devsite.rest import Caller, Params, RestError, answer, caller, page_headers
from portal.devsite.routes_posts import invalid_post
from portal.devsite.sitectx import current_site
from portal.devsite.store import Comment, CommentQuery, Store
from portal.devsite.wpjson import comment_json, rest_url
from portal.devsite.wptext import filter_kses, now_gmt, sanitize_key, sanitize_name, to_db

bp = Blueprint("comments", __name__, url_prefix="/wp-json/wp/v2")

_ORDERBY = ("date", "date_gmt", "id", "include", "post", "parent", "type")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MAX_LENGTHS = {
    "author_name": ("comment_author_column_length", 245),
    "author_email": ("comment_author_email_column_length", 100),
    "author_url": ("comment_author_url_column_length", 200),
    "content": ("comment_content_column_length", 65525),
}


def statuses_for_query(value: str) -> list[str] | None:
    """What ``WP_Comment_Query`` matches for a (sanitised) ``status``; ``None`` is any."""
    mapping: dict[str, list[str] | None] = {
        "hold": ["hold"],
        "0": ["hold"],
        "approve": ["approved"],
        "1": ["approved"],
        "all": ["hold", "approved"],
        "": ["hold", "approved"],
        "any": None,
        "spam": ["spam"],
        "trash": ["trash"],
        "post-trashed": ["post-trashed"],
    }
    return mapping.get(value, [])


def _load(comment_id: int) -> Comment:
    store = current_site().store
    comment = store.get_comment(comment_id) if comment_id > 0 else None
    if comment is None:
        raise RestError("rest_comment_invalid_id", "Invalid comment ID.", 404)
    if comment.post and store.get_post(comment.post) is None:
        raise invalid_post()
    return comment


def _post_slug(store: Store, comment: Comment) -> str | None:
    post = store.get_post(comment.post)
    return post.slug if post is not None and post.status == "publish" else None


def _can_read(who: Caller, store: Store, comment: Comment) -> bool:
    post = store.get_post(comment.post)
    if post is not None and not can_read_post(who, post):
        return False
    if comment.status == "approved":
        return True
    if who.user is None:
        return False
    # ``edit_comment`` maps to ``edit_post``: a post's author reads the held comments on it
    # (an editor's note on a contributor's pending post), as WordPress 6.1 allows
    mine = post is not None and can_edit_post(who, post)
    return who.id == comment.user_id or who.can("moderate_comments") or mine


def _json(store: Store, comment: Comment, context: str) -> dict[str, Any]:
    return comment_json(comment, context, _post_slug(store, comment))


@bp.get("/comments")
def list_comments() -> Response:
    """GET /wp/v2/comments."""
    who = caller()
    p = Params()
    store = current_site().store
    posts = p.int_list("post")
    for post_id in posts:
        post = store.get_post(post_id)
        if post is not None and not can_read_post(who, post):
            raise RestError(
                "rest_cannot_read_post",
                "Sorry, you are not allowed to read the post for this comment.",
                who.denied_status(),
            )
    context = p.checked_context(
        who, "moderate_comments", "Sorry, you are not allowed to edit comments."
    )
    status = sanitize_key(p.text("status", "approve"))
    comment_type = sanitize_key(p.text("type", "comment"))
    if not who.can("edit_posts"):
        forbidden = [
            name
            for name, bad in (
                ("author", bool(p.text_list("author"))),
                ("author_exclude", bool(p.text_list("author_exclude"))),
                ("author_email", bool(p.text("author_email"))),
                ("type", comment_type != "comment"),
                ("status", status != "approve"),
            )
            if bad
        ]
        if forbidden:
            raise RestError(
                "rest_forbidden_param",
                f"Query parameter not permitted: {', '.join(forbidden)}",
                who.denied_status(),
            )
    page, per_page = p.paging()
    after = p.date("after", gmt=False)
    before = p.date("before", gmt=False)
    offset = p.integer("offset", 0, minimum=0) or (page - 1) * per_page
    query = CommentQuery(
        statuses=statuses_for_query(status),
        posts=posts,
        parents=p.int_list("parent"),
        parent_exclude=p.int_list("parent_exclude"),
        authors=p.int_list("author"),
        author_exclude=p.int_list("author_exclude"),
        author_email=p.text("author_email"),
        include=p.int_list("include"),
        exclude=p.int_list("exclude"),
        search=p.text("search"),
        after=to_db(after) if after else None,
        before=to_db(before) if before else None,
        type=comment_type or None,
        # posts asked for by id were checked above: their comments are read one by one below
        readable_posts=(
            None if who.can("moderate_comments") or posts else store.public_post_ids()
        ),
        orderby=p.enum("orderby", _ORDERBY, "date_gmt"),
        order=p.enum("order", ("asc", "desc"), "desc"),
        limit=per_page,
        offset=offset,
    )
    rows, total = store.query_comments(query)
    items = [_json(store, row, context) for row in rows if _can_read(who, store, row)]
    return answer(items, headers=page_headers(total, per_page, page))


@bp.get("/comments/<int:comment_id>")
def get_comment(comment_id: int) -> Response:
    """GET /wp/v2/comments/ID."""
    who = caller()
    p = Params()
    store = current_site().store
    comment = _load(comment_id)
    context = p.checked_context(
        who, "moderate_comments", "Sorry, you are not allowed to edit comments."
    )
    if not _can_read(who, store, comment):
        raise RestError(
            "rest_cannot_read",
            "Sorry, you are not allowed to read this comment.",
            who.denied_status(),
        )
    return answer(_json(store, comment, context))


def _create_permission(who: Caller, p: Params, store: Store) -> None:
    site = current_site()
    if who.user is None and not site.anonymous_comments:
        raise RestError(
            "rest_comment_login_required", "Sorry, you must be logged in to comment.", 401
        )
    for name, code in (
        ("author", "rest_comment_invalid_author"),
        ("author_ip", "rest_comment_invalid_author_ip"),
        ("status", "rest_comment_invalid_status"),
    ):
        if not p.has(name) or who.can("moderate_comments"):
            continue
        if name == "author" and p.integer("author", 0) == who.id:
            continue
        if name == "author_ip" and p.text("author_ip") == (request.remote_addr or ""):
            continue
        raise RestError(
            code,
            f"Sorry, you are not allowed to edit '{name}' for comments.",
            who.denied_status(),
        )
    post_id = p.integer("post", 0)
    post = store.get_post(post_id, "post") if post_id else None
    if post is None:
        raise RestError(
            "rest_comment_invalid_post_id",
            "Sorry, you are not allowed to create this comment without a post.",
            403,
        )
    if post.status == "draft":
        raise RestError(
            "rest_comment_draft_post",
            "Sorry, you are not allowed to create a comment on this post.",
            403,
        )
    if post.status == "trash":
        raise RestError(
            "rest_comment_trash_post",
            "Sorry, you are not allowed to create a comment on this post.",
            403,
        )
    if not can_read_post(who, post):
        raise RestError(
            "rest_cannot_read_post",
            "Sorry, you are not allowed to read the post for this comment.",
            who.denied_status(),
        )
    if post.comment_status != "open":
        raise RestError("rest_comment_closed", "Sorry, comments are closed for this item.", 403)


def _prepare(p: Params, who: Caller, store: Store) -> dict[str, Any]:
    """``prepare_item_for_database``: the columns a create/update request sets."""
    values: dict[str, Any] = {}
    content = p.raw("content")
    if isinstance(content, dict):
        content = content.get("raw")
    if isinstance(content, str):
        # Stored as sent by an account with unfiltered_html, through kses for the others.
        values["content"] = (
            content if who.can("unfiltered_html") else filter_kses(content)
        ).strip()
    if p.has("post"):
        values["post"] = p.integer("post", 0)
    if p.has("parent"):
        values["parent"] = p.integer("parent", 0, minimum=0)
    if p.has("author"):
        user = store.get_user(p.integer("author", 0))
        if user is None:
            raise RestError("rest_comment_author_invalid", "Invalid comment author ID.", 400)
        values.update(
            user_id=user.id, author_name=user.name, author_email=user.email, author_url=""
        )
    if p.has("author_name"):
        values["author_name"] = sanitize_name(p.text("author_name"))
    if p.has("author_url"):
        values["author_url"] = p.text("author_url")
    if p.has("author_email"):
        email = p.text("author_email").strip()
        if email and not _EMAIL.match(email):
            raise RestError("rest_invalid_email", "Invalid email address.", 400)
        values["author_email"] = email
    if p.has("author_ip") and who.can("moderate_comments"):
        values["author_ip"] = p.text("author_ip")
    else:
        values["author_ip"] = request.remote_addr or "127.0.0.1"
    agent = p.text("author_user_agent") or request.headers.get("User-Agent", "")
    if agent:
        values["agent"] = agent
    moment = p.date("date", gmt=False) if p.has("date") else p.date("date_gmt", gmt=True)
    if moment is not None:
        values["date_gmt"] = to_db(moment)
    for name, (code, limit) in _MAX_LENGTHS.items():
        if len(str(values.get(name, ""))) > limit:
            raise RestError(code, "Comment field exceeds maximum length allowed.", 400)
    return values


@bp.post("/comments")
def create_comment() -> Response:
    """POST /wp/v2/comments."""
    who = caller()
    p = Params()
    store = current_site().store
    _create_permission(who, p, store)
    if p.has("id"):
        raise RestError("rest_comment_exists", "Cannot create existing comment.", 400)
    if p.has("type") and p.text("type") != "comment":
        raise RestError("rest_invalid_comment_type", "Cannot create a comment with that type.", 400)
    values = _prepare(p, who, store)
    if not values.get("content"):
        raise RestError("rest_comment_content_invalid", "Invalid comment content.", 400)
    values.setdefault("date_gmt", to_db(now_gmt()))
    missing_author = not any(
        values.get(k) for k in ("user_id", "author_name", "author_email", "author_url")
    )
    if who.user is not None and missing_author:
        values.update(
            user_id=who.id, author_name=who.user.name, author_email=who.user.email, author_url=""
        )
    if current_site().require_name_email and (
        not values.get("author_name") or not values.get("author_email")
    ):
        raise RestError(
            "rest_comment_author_data_required",
            "Creating a comment requires valid author name and email values.",
            400,
        )
    duplicate = store.find_duplicate_comment(
        int(values.get("post", 0)),
        int(values.get("parent", 0)),
        values["content"],
        str(values.get("author_name", "")),
        str(values.get("author_email", "")),
    )
    if duplicate is not None:
        raise RestError(
            "comment_duplicate",
            "Duplicate comment detected; it looks as though you&#8217;ve already said that!",
            409,
        )
    values["status"] = _initial_status(who, store, values)
    comment = store.insert_comment(values)
    if p.has("status"):
        comment = _apply_status(store, comment, sanitize_key(p.text("status")))
    context = "edit" if who.can("moderate_comments") else "view"
    location = rest_url(f"wp/v2/comments/{comment.id}")
    return answer(_json(store, comment, context), 201, {"Location": location})


def _initial_status(who: Caller, store: Store, values: dict[str, Any]) -> str:
    """``wp_allow_comment``: moderators and the post's author are approved at once;
    others too once they have an approved comment (``comment_previously_approved``)."""
    post = store.get_post(int(values.get("post", 0)))
    if who.can("moderate_comments") or (post is not None and post.author == who.id != 0):
        return "approved"
    email = str(values.get("author_email", ""))
    if email:
        earlier, _ = store.query_comments(
            CommentQuery(statuses=["approved"], author_email=email, type=None, limit=1)
        )
        if earlier:
            return "approved"
    return "hold"


def _apply_status(store: Store, comment: Comment, status: str) -> Comment:
    """``handle_status_param``: change the state; an unknown status changes nothing."""
    target: str | None
    if status in ("approved", "approve", "1"):
        target = "approved"
    elif status in ("hold", "0"):
        target = "hold"
    elif status in ("spam", "trash"):
        target = status
    elif status in ("unspam", "untrash"):
        wanted = "spam" if status == "unspam" else "trash"
        target = (comment.previous_status or "hold") if comment.status == wanted else None
    else:
        target = None
    if target is None or target == comment.status:
        return comment
    previous = comment.status if target in ("spam", "trash") else ""
    return store.update_comment(comment.id, {"status": target, "previous_status": previous})


def _check_edit(who: Caller, comment: Comment, code: str, message: str) -> None:
    if who.can("moderate_comments"):
        return
    raise RestError(code, message, who.denied_status())


@bp.route("/comments/<int:comment_id>", methods=["POST", "PUT", "PATCH"])
def update_comment(comment_id: int) -> Response:
    """POST/PUT/PATCH /wp/v2/comments/ID: edit fields and/or change the status."""
    who = caller()
    p = Params()
    store = current_site().store
    comment = _load(comment_id)
    _check_edit(
        who, comment, "rest_cannot_edit", "Sorry, you are not allowed to edit this comment."
    )
    if p.has("type") and p.text("type") != comment.type:
        raise RestError(
            "rest_comment_invalid_type",
            "Sorry, you are not allowed to change the comment type.",
            404,
        )
    values = _prepare(p, who, store)
    if "post" in values and store.get_post(int(values["post"])) is None:
        raise RestError("rest_comment_invalid_post_id", "Invalid post ID.", 403)
    if "content" in values and not values["content"]:
        raise RestError("rest_comment_content_invalid", "Invalid comment content.", 400)
    comment = store.update_comment(comment.id, values)
    if p.has("status"):
        comment = _apply_status(store, comment, sanitize_key(p.text("status")))
    return answer(_json(store, comment, "edit"))


@bp.delete("/comments/<int:comment_id>")
def delete_comment(comment_id: int) -> Response:
    """DELETE /wp/v2/comments/ID: to the trash, or for good with ``force=true``."""
    who = caller()
    p = Params()
    store = current_site().store
    comment = _load(comment_id)
    _check_edit(
        who, comment, "rest_cannot_delete", "Sorry, you are not allowed to delete this comment."
    )
    if p.boolean("force"):
        previous = _json(store, comment, "edit")
        store.delete_comment(comment.id)
        return answer({"deleted": True, "previous": previous})
    if comment.status == "trash":
        raise RestError("rest_already_trashed", "The comment has already been trashed.", 410)
    comment = _apply_status(store, comment, "trash")
    return answer(_json(store, comment, "edit"))
