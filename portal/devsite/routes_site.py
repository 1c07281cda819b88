"""The rest of the demo site: REST index, ``users/me``, a tiny public front end,
and the ``/__devsite/`` control endpoints (faults, health)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, request

from portal.devsite.rest import Params, RestError, answer, caller, page_headers
from portal.devsite.sitectx import current_site
from portal.devsite.store import CommentQuery, PostQuery
from portal.devsite.wpjson import (
    api_link_header,
    api_root,
    render_comment,
    render_title,
    site_root,
    user_json,
)
from portal.devsite.wptext import autop, esc_html, rfc3339_local, strip_all_tags, texturize

bp = Blueprint("site", __name__)

ROUTES = (
    "/wp/v2/posts",
    "/wp/v2/posts/(?P<id>[\\d]+)",
    "/wp/v2/comments",
    "/wp/v2/comments/(?P<id>[\\d]+)",
    "/wp/v2/media",
    "/wp/v2/media/(?P<id>[\\d]+)",
    "/wp/v2/tags",
    "/wp/v2/categories",
    "/wp/v2/users",
    "/wp/v2/users/me",
)


def _route_map(namespace_only: bool) -> dict[str, Any]:
    routes: dict[str, Any] = {"/wp/v2": {"namespace": "wp/v2", "methods": ["GET"]}}
    for route in ROUTES:
        methods = ["GET"] if route.endswith("me") else ["GET", "POST"]
        if "(?P<id>" in route:
            methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        routes[route] = {"namespace": "wp/v2", "methods": methods}
    if not namespace_only:
        routes = {"/": {"namespace": "", "methods": ["GET"]}, **routes}
    return routes


@bp.get("/wp-json/")
@bp.get("/wp-json")
def index() -> Response:
    """GET /wp-json/: what the site is and which namespaces it offers."""
    store = current_site().store
    root = site_root()
    return answer(
        {
            "name": store.get_option("blogname", "Báo Demo"),
            "description": store.get_option("blogdescription", ""),
            "url": root,
            "home": root,
            "gmt_offset": 7,
            "timezone_string": "Asia/Ho_Chi_Minh",
            "namespaces": ["oembed/1.0", "wp/v2", "wp-site-health/v1"],
            "authentication": {
                "application-passwords": {
                    "endpoints": {"authorization": f"{root}/wp-admin/authorize-application.php"}
                }
            },
            "routes": _route_map(namespace_only=False),
            "site_logo": 0,
            "site_icon": 0,
            "site_icon_url": "",
        }
    )


@bp.get("/wp-json/wp/v2")
@bp.get("/wp-json/wp/v2/")
def namespace_index() -> Response:
    """GET /wp-json/wp/v2."""
    return answer({"namespace": "wp/v2", "routes": _route_map(namespace_only=True)})


@bp.get("/wp-json/wp/v2/users/me")
def users_me() -> Response:
    """GET /wp/v2/users/me: the logged-in account."""
    who = caller()
    context = Params().context()
    if who.user is None:
        raise RestError("rest_not_logged_in", "You are not currently logged in.", 401)
    return answer(user_json(who.user, context))


@bp.get("/wp-json/wp/v2/users")
def list_users() -> Response:
    """GET /wp/v2/users: every user for accounts with ``list_users``, else published authors.

    As ``WP_REST_Users_Controller::get_items`` does (``has_published_posts``);
    ``context=edit`` needs ``list_users``. Ordered by name, as WordPress does by default.
    """
    who = caller()
    p = Params()
    context = p.checked_context(who, "list_users", "Sorry, you are not allowed to list users.")
    page, per_page = p.paging()
    users, total = current_site().store.list_users(
        published_only=not who.can("list_users"), limit=per_page, offset=(page - 1) * per_page
    )
    return answer(
        [user_json(u, context) for u in users], headers=page_headers(total, per_page, page)
    )


# -- control endpoints for tests running the site in another process ---------


@bp.route("/__devsite/faults", methods=["GET", "POST", "DELETE"])
def faults() -> Response:
    """GET the fault plan, POST a new one (JSON object), DELETE to clear it."""
    plan = current_site().faults
    if request.method == "POST":
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return answer({"error": "send a JSON object"}, 400)
        try:
            plan.set(**body)
        except ValueError as exc:
            return answer({"error": str(exc)}, 400)
    elif request.method == "DELETE":
        plan.clear()
    return answer(plan.snapshot())


@bp.route("/__devsite/redirect/<path:rest>", methods=["GET", "POST", "DELETE"])
def redirect_elsewhere(rest: str) -> Response:
    """Answer every request with a permanent redirect (as a moved site does)."""
    target = f"{site_root()}/{rest}"
    response = Response("", status=301)
    response.headers["Location"] = target
    return response


@bp.get("/__devsite/health")
def health() -> Response:
    """A cheap liveness check (no authentication, no faults)."""
    return answer({"ok": True, "comments": current_site().store.count_comments()})


# -- a minimal public front end, for a person looking at the demo site -------

_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<link rel="https://api.w.org/" href="{api}"></head>
<body><header><a href="{root}/">{site}</a></header><main>{body}</main></body></html>
"""


def _page(title: str, body: str, status: int = 200) -> Response:
    store = current_site().store
    site = esc_html(store.get_option("blogname", "Báo Demo"))
    html_text = _PAGE.format(
        title=esc_html(title), root=site_root(), site=site, body=body, api=esc_html(api_root())
    )
    response = Response(html_text, status=status, mimetype="text/html")
    response.headers["Link"] = api_link_header()
    return response


def not_found_page() -> Response:
    """The theme's 404 page (HTML, as WordPress answers outside the REST API)."""
    return _page("Không tìm thấy trang", "<h1>Không tìm thấy trang</h1>", 404)


@bp.get("/")
def home() -> Response:
    """The front page: the latest published interviews."""
    rows, _ = current_site().store.query_posts(PostQuery(statuses=["publish"], limit=20))
    items = "".join(
        f'<li><a href="{site_root()}/{esc_html(r.slug)}/">{render_title(r.title)}</a></li>'
        for r in rows
    )
    return _page("Trang chủ", f"<ul>{items}</ul>")


@bp.get("/<slug>/")
def single(slug: str) -> Response:
    """A published post with its approved comments, printed as WordPress's theme prints
    them: the stored HTML as it is (titles, content, comments; names are stored escaped)."""
    store = current_site().store
    rows, _ = store.query_posts(PostQuery(statuses=["publish"], slugs=[slug], limit=1))
    if not rows:
        return not_found_page()
    post = rows[0]
    comments, _ = store.query_comments(
        CommentQuery(posts=[post.id], statuses=["approved"], order="asc", limit=500)
    )
    listed = "".join(
        f'<li id="comment-{c.id}"><b>{c.author_name}</b> '
        f"<time>{rfc3339_local(c.date_gmt)}</time>{render_comment(c.content)}</li>"
        for c in comments
    )
    body = (
        f"<article><h1>{render_title(post.title)}</h1>{autop(texturize(post.content))}</article>"
        f"<section><h2>Bình luận</h2><ol>{listed}</ol></section>"
    )
    return _page(texturize(strip_all_tags(post.title)), body)  # wp_get_document_title
