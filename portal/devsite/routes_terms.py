"""``/wp/v2/tags`` and ``/wp/v2/categories``: post terms, as WordPress 6.1 answers.

Tags can be listed, searched and created; categories listed (a fresh WordPress
has "Uncategorized" as category 1; the demo adds a few newsroom sections).

What was checked on the real thing: the duplicate check compares names with
PHP's ``strtolower``, which lowers ASCII letters only (``400 term_exists`` with
``data.term_id`` for "Hoa ban" after "hoa ban"; but "đắk" after "Đắk" is a new
tag whose slug gets ``-2``); creating needs ``manage_categories``
(``403 rest_cannot_create`` otherwise); ``slug`` takes a comma-separated list;
``search`` looks in names and slugs. Tags live in their own table, created
here on first use.
"""

from __future__ import annotations

import html
import sqlite3
from typing import Any

from flask import Blueprint, Response

from portal.devsite.collation import search_key
from portal.devsite.rest import Params, RestError, answer, caller
from portal.devsite.sitectx import current_site
from portal.devsite.store import Store
from portal.devsite.wpjson import rest_url, site_root
from portal.devsite.wptext import sanitize_name, sanitize_title

bp = Blueprint("terms", __name__, url_prefix="/wp-json/wp/v2")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS terms (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    taxonomy TEXT NOT NULL DEFAULT 'post_tag',
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    parent INTEGER NOT NULL DEFAULT 0,
    UNIQUE (taxonomy, slug)
)
"""
#: Categories every demo site starts with: (id, name, slug, parent).
_CATEGORIES = (
    (1, "Chưa được phân loại", "khong-phan-loai", 0),
    (2, "Thời sự", "thoi-su", 0),
    (3, "Phỏng vấn", "phong-van", 2),
    (4, "Kinh tế", "kinh-te", 0),
    (5, "Văn hóa - Xã hội", "van-hoa-xa-hoi", 0),
)


def _rows(store: Store, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
    with store.transaction() as db:
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'terms'").fetchone() is None:
            db.execute(_SCHEMA)
            db.executemany(
                "INSERT INTO terms (id, taxonomy, name, slug, parent)"
                " VALUES (?, 'category', ?, ?, ?)",
                _CATEGORIES,
            )
        cursor = db.execute(sql, args)
        cursor.row_factory = sqlite3.Row
        return list(cursor.fetchall())


def _json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "count": 0,
        "description": "",
        "link": f"{site_root()}/tag/{row['slug']}/",
        "name": row["name"],
        "slug": row["slug"],
        "taxonomy": "post_tag",
        "meta": [],
        "_links": {"self": [{"href": rest_url(f"wp/v2/tags/{row['id']}")}]},
    }


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    """PHP's ``strtolower``: only A-Z change."""
    return text.translate(_ASCII_LOWER)


@bp.get("/tags")
def list_tags() -> Response:
    """GET /wp/v2/tags (``slug``, ``search``, ``include``, paging)."""
    p = Params()
    page, per_page = p.paging()
    slugs = [s for s in p.text_list("slug") if s]
    include = p.int_list("include")
    rows = _rows(
        current_site().store,
        "SELECT id, name, slug FROM terms WHERE taxonomy = 'post_tag' ORDER BY name, id",
    )
    matched = [
        r for r in rows if (not slugs or r["slug"] in slugs) and (not include or r["id"] in include)
    ]
    search = search_key(p.text("search"))
    if search:
        matched = [r for r in matched if search in search_key(r["name"]) or search in r["slug"]]
    total = len(matched)
    items = matched[(page - 1) * per_page : page * per_page]
    pages = max(1, -(-total // per_page)) if total else 0
    headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
    return answer([_json(r) for r in items], 200, headers)


@bp.post("/tags")
def create_tag() -> Response:
    """POST /wp/v2/tags: a new tag, unless one has exactly that name."""
    who = caller()
    if not who.can("manage_categories"):
        raise RestError(
            "rest_cannot_create",
            "Sorry, you are not allowed to create terms in this taxonomy.",
            who.denied_status(),
        )
    p = Params()
    name = sanitize_name(p.text("name"))  # markup dropped, "&" kept as "&amp;"
    if not name:
        raise RestError(
            "rest_missing_callback_param", "Missing parameter(s): name", 400, params=["name"]
        )
    store = current_site().store
    same = [
        r
        for r in _rows(store, "SELECT id, name, slug FROM terms WHERE taxonomy = 'post_tag'")
        if _ascii_lower(r["name"]) == _ascii_lower(name)
    ]
    if same:
        raise RestError(
            "term_exists",
            "A term with the name provided already exists in this taxonomy.",
            400,
            term_id=same[0]["id"],
        )
    base = sanitize_title(html.unescape(name)) or "tag"  # the slug comes from the raw name
    taken = {r["slug"] for r in _rows(store, "SELECT slug FROM terms WHERE taxonomy = 'post_tag'")}
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    _rows(store, "INSERT INTO terms (name, slug) VALUES (?, ?)", (name, slug))
    (row,) = _rows(
        store, "SELECT id, name, slug FROM terms WHERE taxonomy = 'post_tag' AND slug = ?", (slug,)
    )
    return answer(_json(row), 201, {"Location": rest_url(f"wp/v2/tags/{row['id']}")})


@bp.get("/categories")
def list_categories() -> Response:
    """GET /wp/v2/categories (paging; every category, empty ones too, as WordPress)."""
    page, per_page = Params().paging()
    rows = _rows(
        current_site().store,
        "SELECT id, name, slug, parent FROM terms WHERE taxonomy = 'category' ORDER BY name, id",
    )
    total = len(rows)
    items = rows[(page - 1) * per_page : page * per_page]
    pages = max(1, -(-total // per_page)) if total else 0
    body = [
        {**_json(r), "taxonomy": "category", "parent": r["parent"], "link": _category_link(r)}
        for r in items
    ]
    return answer(body, 200, {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages)})


def _category_link(row: sqlite3.Row) -> str:
    return f"{site_root()}/category/{row['slug']}/"
