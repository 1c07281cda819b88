"""WordPress REST API JSON shapes for the demo site's rows.

Each ``*_json`` function builds the object WordPress sends for a post, an
upload, a comment or a user, in the ``view`` or ``edit`` context (``edit``
adds the raw fields, e-mail addresses and the like).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from flask import request

from portal.devsite.auth import capabilities
from portal.devsite.sitectx import current_site
from portal.devsite.store import Comment, Post, User
from portal.devsite.wptext import (
    autop,
    rfc3339_gmt,
    rfc3339_local,
    sanitize_title,
    texturize,
)

REGISTERED_POST_META: dict[str, str] = {"newsdesk_uid": "", "footnotes": ""}
"""Post meta keys the demo site exposes in the REST API (string, single)."""

_TAG = re.compile(r"<[^>]*>")


def site_root() -> str:
    """The site's address as the caller reached it, without a trailing slash."""
    return request.url_root.rstrip("/")


def api_root() -> str:
    """The REST API root WordPress announces: ``/wp-json/``, or with plain permalinks
    ``/index.php?rest_route=/``."""
    if current_site().plain_permalinks:
        return f"{site_root()}/index.php?rest_route=/"
    return f"{site_root()}/wp-json/"


def api_link_header() -> str:
    """The ``Link`` header WordPress sends on every page and REST answer."""
    return f'<{api_root()}>; rel="https://api.w.org/"'


def rest_url(path: str) -> str:
    """An absolute REST URL for *path* (``wp/v2/posts/3``)."""
    return f"{site_root()}/wp-json/{path.lstrip('/')}"


def _links(self_path: str, collection_path: str, **extra: str) -> dict[str, Any]:
    links: dict[str, Any] = {
        "self": [{"href": rest_url(self_path)}],
        "collection": [{"href": rest_url(collection_path)}],
    }
    for rel, path in extra.items():
        links[rel] = [{"embeddable": True, "href": rest_url(path)}]
    return links


def _avatar_urls(email: str) -> dict[str, str]:
    digest = hashlib.md5(email.strip().lower().encode(), usedforsecurity=False).hexdigest()
    return {
        str(size): f"https://secure.gravatar.com/avatar/{digest}?s={size}&d=mm&r=g"
        for size in (24, 48, 96)
    }


def render_title(raw: str) -> str:
    """``title.rendered``: the stored title (HTML) through ``wptexturize``, never escaped."""
    return texturize(raw)


def render_excerpt(excerpt: str, content: str) -> str:
    """``excerpt.rendered``: the excerpt, or the first 55 words of the content."""
    if excerpt.strip():
        return autop(texturize(excerpt))
    words = _TAG.sub(" ", content).split()
    if not words:
        return ""
    text = " ".join(words[:55])
    if len(words) > 55:
        text += " [&hellip;]"
    return f"<p>{text}</p>\n"


def post_link(post: Post) -> str:
    """The public address of a post (pretty only once published)."""
    if post.status == "publish" and post.slug:
        return f"{site_root()}/{post.slug}/"
    return f"{site_root()}/?p={post.id}"


def post_json(post: Post, context: str) -> dict[str, Any]:
    """A post as ``/wp/v2/posts`` shows it."""
    edit = context == "edit"
    stored_meta = post.meta_dict()
    meta = {
        key: str(stored_meta.get(key, default)) for key, default in REGISTERED_POST_META.items()
    }
    data: dict[str, Any] = {
        "id": post.id,
        "date": rfc3339_local(post.date_gmt),
        "date_gmt": rfc3339_gmt(post.date_gmt),
        "guid": {"rendered": f"{site_root()}/?p={post.id}"},
        "modified": rfc3339_local(post.modified_gmt),
        "modified_gmt": rfc3339_gmt(post.modified_gmt),
        "slug": post.slug,
        "status": post.status,
        "type": "post",
        "link": post_link(post),
        "title": {"rendered": render_title(post.title)},
        "content": {"rendered": autop(post.content), "protected": False},
        "excerpt": {"rendered": render_excerpt(post.excerpt, post.content), "protected": False},
        "author": post.author,
        "featured_media": post.featured_media,
        "comment_status": post.comment_status,
        "ping_status": post.ping_status,
        "sticky": bool(post.sticky),
        "template": "",
        "format": post.format,
        "meta": meta,
        "categories": post.int_list("categories"),
        "tags": post.int_list("tags"),
        "class_list": [f"post-{post.id}", "post", "type-post", f"status-{post.status}"],
        "_links": _links(f"wp/v2/posts/{post.id}", "wp/v2/posts"),
    }
    if edit:
        data["guid"]["raw"] = data["guid"]["rendered"]
        data["password"] = ""
        data["title"]["raw"] = post.title
        data["content"]["raw"] = post.content
        data["content"]["block_version"] = 0
        data["excerpt"]["raw"] = post.excerpt
        data["permalink_template"] = f"{site_root()}/%postname%/"
        data["generated_slug"] = sanitize_title(post.title)
    return data


def media_json(item: Post, context: str) -> dict[str, Any]:
    """An upload as ``/wp/v2/media`` shows it."""
    edit = context == "edit"
    source_url = f"{site_root()}/wp-content/uploads/{item.file}"
    is_image = item.mime_type.startswith("image/")
    details: dict[str, Any] = {"filesize": item.filesize}
    if is_image:
        details.update(
            width=item.width or 0,
            height=item.height or 0,
            file=item.file,
            sizes={},
            image_meta={},
        )
    data: dict[str, Any] = {
        "id": item.id,
        "date": rfc3339_local(item.date_gmt),
        "date_gmt": rfc3339_gmt(item.date_gmt),
        "guid": {"rendered": source_url},
        "modified": rfc3339_local(item.modified_gmt),
        "modified_gmt": rfc3339_gmt(item.modified_gmt),
        "slug": item.slug,
        "status": "inherit",
        "type": "attachment",
        "link": f"{site_root()}/{item.slug}/",
        "title": {"rendered": render_title(item.title)},
        "author": item.author,
        "featured_media": 0,
        "comment_status": item.comment_status,
        "ping_status": "closed",
        "template": "",
        "meta": [],
        "description": {"rendered": autop(texturize(item.content))},
        "caption": {"rendered": autop(texturize(item.excerpt))},
        "alt_text": item.alt_text,
        "media_type": "image" if is_image else "file",
        "mime_type": item.mime_type,
        "media_details": details,
        "post": item.parent or None,
        "source_url": source_url,
        "_links": _links(f"wp/v2/media/{item.id}", "wp/v2/media"),
    }
    if edit:
        data["guid"]["raw"] = source_url
        data["title"]["raw"] = item.title
        data["description"]["raw"] = item.content
        data["caption"]["raw"] = item.excerpt
        data["permalink_template"] = f"{site_root()}/?attachment_id={item.id}"
        data["generated_slug"] = sanitize_title(item.title)
        data["missing_image_sizes"] = []
    return data


def render_comment(content: str) -> str:
    """``content.rendered`` of a comment: the stored HTML in paragraphs (not escaped)."""
    return autop(texturize(content))


def comment_json(comment: Comment, context: str, post_slug: str | None = None) -> dict[str, Any]:
    """A comment as ``/wp/v2/comments`` shows it."""
    edit = context == "edit"
    if post_slug:
        link = f"{site_root()}/{post_slug}/#comment-{comment.id}"
    else:
        link = f"{site_root()}/?p={comment.post}#comment-{comment.id}"
    extra = {"up": f"wp/v2/posts/{comment.post}"}
    if comment.parent:
        extra["in-reply-to"] = f"wp/v2/comments/{comment.parent}"
    data: dict[str, Any] = {
        "id": comment.id,
        "post": comment.post,
        "parent": comment.parent,
        "author": comment.user_id,
        "author_name": comment.author_name,
        "author_url": comment.author_url,
        "date": rfc3339_local(comment.date_gmt),
        "date_gmt": rfc3339_gmt(comment.date_gmt),
        "content": {"rendered": render_comment(comment.content)},
        "link": link,
        "status": comment.status,
        "type": comment.type,
        "author_avatar_urls": _avatar_urls(comment.author_email),
        "meta": [],
        "_links": _links(f"wp/v2/comments/{comment.id}", "wp/v2/comments", **extra),
    }
    if edit:
        data["author_email"] = comment.author_email
        data["author_ip"] = comment.author_ip
        data["author_user_agent"] = comment.agent
        data["content"]["raw"] = comment.content
    return data


def user_json(user: User, context: str) -> dict[str, Any]:
    """A user as ``/wp/v2/users/me`` shows it."""
    data: dict[str, Any] = {
        "id": user.id,
        "name": user.name,
        "url": "",
        "description": "",
        "link": f"{site_root()}/author/{user.login}/",
        "slug": sanitize_title(user.login),
        "avatar_urls": _avatar_urls(user.email),
        "meta": [],
        "_links": _links(f"wp/v2/users/{user.id}", "wp/v2/users"),
    }
    if context == "edit":
        caps = {cap: True for cap in sorted(capabilities(user.role))}
        caps[user.role] = True
        first, _, last = user.name.partition(" ")
        data.update(
            username=user.login,
            first_name=first,
            last_name=last,
            email=user.email,
            locale="vi",
            nickname=user.login,
            registered_date=rfc3339_gmt(user.registered_gmt) + "+00:00",
            roles=[user.role],
            capabilities=caps,
            extra_capabilities={user.role: True},
        )
    return data
