"""``/wp/v2/media``: upload files, edit their caption/alt text/title, list and delete them.

An upload is the raw file as the request body with ``Content-Type`` and
``Content-Disposition: attachment; filename="…"`` (or a multipart form with a
``file`` field), as WordPress takes it. The body is streamed to disk in chunks;
image files must really be images. Uploads are served back under
``/wp-content/uploads/YYYY/MM/name``.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from pathlib import Path
from typing import IO, Any

from flask import Blueprint, Response, request, send_from_directory
from PIL import Image, UnidentifiedImageError

from portal.devsite.rest import Caller, Params, RestError, answer, caller, page_headers
from portal.devsite.routes_posts import invalid_post, unique_slug
from portal.devsite.sitectx import current_site
from portal.devsite.store import Post, PostQuery
from portal.devsite.wpjson import media_json, rest_url
from portal.devsite.wptext import now_gmt, sanitize_text_field, sanitize_title, to_db

bp = Blueprint("media", __name__)

ALLOWED_TYPES: dict[str, str] = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "jpe": "image/jpeg",
    "gif": "image/gif",
    "png": "image/png",
    "webp": "image/webp",
    "bmp": "image/bmp",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "ico": "image/x-icon",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "webm": "video/webm",
    "mp3": "audio/mpeg",
    "m4a": "audio/mpeg",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "txt": "text/plain",
    "csv": "text/csv",
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "zip": "application/zip",
}
"""Extensions WordPress accepts by default (a representative subset)."""

_CHUNK = 64 * 1024
_TOO_LARGE_PAGE = (
    "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
    "<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


class _TooLarge(Exception):
    pass


def _too_large() -> Response:
    """What the web server in front of WordPress answers: an HTML page, not JSON."""
    return Response(_TOO_LARGE_PAGE, status=413, mimetype="text/html")


def filename_from_disposition(header: str) -> str | None:
    """``get_filename_from_disposition``: only the plain ``filename=`` attribute counts."""
    filename = None
    for value in [header]:
        value = value.strip()
        if ";" not in value:
            continue
        _, _, attr_text = value.partition(";")
        attributes: dict[str, str] = {}
        for part in attr_text.split(";"):
            key, sep, val = part.partition("=")
            if sep:
                attributes[key.strip()] = val.strip()
        name = attributes.get("filename", "").strip()
        if not name:
            continue
        if len(name) >= 2 and name.startswith('"') and name.endswith('"'):
            name = name[1:-1]
        filename = name
    return filename


def _sanitize_file_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[?\[\]/\\=<>:;,'\"&$#*()|~`!{}%+\s]+", "-", base)
    base = re.sub(r"-{2,}", "-", base).strip(".-_")
    return base or "unnamed-file"


def _unique_file(folder: Path, name: str) -> Path:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate = folder / name
    n = 1
    while candidate.exists():
        candidate = folder / (f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}")
        n += 1
    return candidate


def _save_stream(stream: IO[bytes], target: Path, limit: int) -> tuple[int, str]:
    """Copy *stream* to *target* in chunks; return the size and the MD5."""
    digest = hashlib.md5(usedforsecurity=False)
    size = 0
    with target.open("wb") as out:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                raise _TooLarge
            digest.update(chunk)
            out.write(chunk)
    return size, digest.hexdigest()


def _upload_error(code: str, message: str, status: int = 400) -> RestError:
    return RestError(code, message, status)


def _sideload_refused() -> RestError:
    return RestError(
        "rest_upload_sideload_error", "Sorry, you are not allowed to upload this file type.", 500
    )


def _source(p: Params) -> tuple[IO[bytes], str, str]:
    """The upload's stream, file name and declared type (multipart or raw body)."""
    upload = request.files.get("file") if request.mimetype == "multipart/form-data" else None
    if upload is not None:
        return upload.stream, upload.filename or "", upload.mimetype or ""
    if not request.content_length and request.headers.get("Transfer-Encoding") != "chunked":
        raise _upload_error("rest_upload_no_data", "No data supplied.")
    content_type = request.headers.get("Content-Type", "")
    if not content_type:
        raise _upload_error("rest_upload_no_content_type", "No Content-Type supplied.")
    disposition = request.headers.get("Content-Disposition", "")
    if not disposition:
        raise _upload_error(
            "rest_upload_no_content_disposition", "No Content-Disposition supplied."
        )
    filename = filename_from_disposition(disposition)
    if not filename:
        raise _upload_error(
            "rest_upload_invalid_disposition",
            "Invalid Content-Disposition supplied. Content-Disposition needs to be formatted as "
            '`attachment; filename="image.png"` or similar.',
        )
    return request.stream, filename, content_type


def _load(media_id: int) -> Post:
    item = current_site().store.get_post(media_id, "attachment")
    if item is None:
        raise invalid_post()
    return item


def _can_edit(who: Caller, item: Post) -> bool:
    if not who.can("upload_files"):
        return False
    return who.can("edit_others_posts") or item.author == who.id


@bp.post("/wp-json/wp/v2/media")
def create_media() -> Response:
    """POST /wp/v2/media: store an uploaded file and answer 201 with its record."""
    who = caller()
    p = Params()
    site = current_site()
    if not who.can("upload_files"):
        raise RestError(
            "rest_cannot_create",
            "Sorry, you are not allowed to upload media on this site.",
            who.denied_status(),
        )
    parent = p.integer("post", 0, minimum=0)
    if parent:
        parent_row = site.store.get_post(parent)
        if parent_row is None or parent_row.type == "attachment":
            raise RestError("rest_invalid_param", "Invalid parent type.", 400)
    if (request.content_length or 0) > site.max_upload_bytes:
        return _too_large()
    stream, filename, _declared = _source(p)
    name = _sanitize_file_name(filename)
    ext = name.rpartition(".")[2].lower() if "." in name else ""
    if ext not in ALLOWED_TYPES:
        raise _sideload_refused()
    now = now_gmt()
    folder = site.uploads_dir / now.strftime("%Y") / now.strftime("%m")
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".upload-{secrets.token_hex(6)}"
    try:
        try:
            size, md5 = _save_stream(stream, temp, site.max_upload_bytes)
        except _TooLarge:
            return _too_large()
        if size == 0:
            raise _upload_error("rest_upload_no_data", "No data supplied.")
        expected = request.headers.get("Content-MD5", "").strip()
        if expected and expected.lower() != md5:
            raise _upload_error(
                "rest_upload_hash_mismatch", "Content hash did not match expected.", 412
            )
        mime = ALLOWED_TYPES[ext]
        width = height = None
        if mime.startswith("image/"):
            try:
                with Image.open(temp) as image:
                    width, height = image.size
            except (UnidentifiedImageError, OSError):
                raise _sideload_refused() from None
        final = _unique_file(folder, name)
        temp.rename(final)
    finally:
        temp.unlink(missing_ok=True)
    relative = final.relative_to(site.uploads_dir).as_posix()
    title = p.text("title") or final.name.rpartition(".")[0] or final.name
    slug = sanitize_title(p.text("slug")) if p.has("slug") else sanitize_title(title)
    values: dict[str, Any] = {
        "type": "attachment",
        "author": who.id,
        "date_gmt": to_db(now),
        "modified_gmt": to_db(now),
        "status": "inherit",
        "title": title,
        "content": p.text("description"),
        "excerpt": p.text("caption"),
        "alt_text": sanitize_text_field(p.text("alt_text")),
        "parent": parent,
        "mime_type": mime,
        "file": relative,
        "filesize": size,
        "width": width,
        "height": height,
        "comment_status": "open",
    }
    item = site.store.insert_post(values)
    item = site.store.update_post(
        item.id, {"slug": unique_slug(site.store, slug or str(item.id), "attachment", item.id)}
    )
    location = rest_url(f"wp/v2/media/{item.id}")
    return answer(media_json(item, "edit"), 201, {"Location": location})


@bp.route("/wp-json/wp/v2/media/<int:media_id>", methods=["POST", "PUT", "PATCH"])
def update_media(media_id: int) -> Response:
    """POST /wp/v2/media/ID: change title, caption, description, alt text, parent or slug."""
    who = caller()
    p = Params()
    site = current_site()
    item = _load(media_id)
    if not _can_edit(who, item):
        raise RestError(
            "rest_cannot_edit", "Sorry, you are not allowed to edit this post.", who.denied_status()
        )
    values: dict[str, Any] = {}
    for name, column in (
        ("title", "title"),
        ("caption", "excerpt"),
        ("description", "content"),
        ("alt_text", "alt_text"),
    ):
        value = p.raw(name)
        if isinstance(value, dict):
            value = value.get("raw")
        if value is not None:
            if not isinstance(value, str):
                raise RestError("rest_invalid_param", f"Invalid parameter(s): {name}", 400)
            values[column] = sanitize_text_field(value) if column == "alt_text" else value
    if p.has("post"):
        values["parent"] = p.integer("post", 0, minimum=0)
    if p.has("slug"):
        values["slug"] = unique_slug(
            site.store, sanitize_title(p.text("slug")), "attachment", item.id
        )
    values["modified_gmt"] = to_db(now_gmt())
    item = site.store.update_post(item.id, values)
    return answer(media_json(item, "edit"))


@bp.get("/wp-json/wp/v2/media/<int:media_id>")
def get_media(media_id: int) -> Response:
    """GET /wp/v2/media/ID."""
    who = caller()
    p = Params()
    context = p.context()
    item = _load(media_id)
    if context == "edit" and not _can_edit(who, item):
        raise RestError(
            "rest_forbidden_context",
            "Sorry, you are not allowed to edit this post.",
            who.denied_status(),
        )
    return answer(media_json(item, context))


@bp.get("/wp-json/wp/v2/media")
def list_media() -> Response:
    """GET /wp/v2/media."""
    who = caller()
    p = Params()
    context = p.checked_context(
        who, "upload_files", "Sorry, you are not allowed to edit posts in this post type."
    )
    page, per_page = p.paging()
    media_type = p.text("media_type")
    query = PostQuery(
        type="attachment",
        slugs=[sanitize_title(s) for s in p.text_list("slug")],
        include=p.int_list("include"),
        exclude=p.int_list("exclude"),
        parent=p.int_list("parent"),
        search=p.text("search"),
        mime_prefix=(media_type + "/") if media_type else p.text("mime_type"),
        orderby=p.enum(
            "orderby",
            ("author", "date", "id", "include", "modified", "parent", "slug", "title"),
            "date",
        ),
        order=p.enum("order", ("asc", "desc"), "desc"),
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    rows, total = current_site().store.query_posts(query)
    if page > -(-total // per_page) and total > 0:
        raise RestError(
            "rest_post_invalid_page_number",
            "The page number requested is larger than the number of pages available.",
            400,
        )
    return answer(
        [media_json(r, context) for r in rows], headers=page_headers(total, per_page, page)
    )


@bp.delete("/wp-json/wp/v2/media/<int:media_id>")
def delete_media(media_id: int) -> Response:
    """DELETE /wp/v2/media/ID: uploads cannot be trashed, only deleted with ``force=true``."""
    who = caller()
    p = Params()
    site = current_site()
    item = _load(media_id)
    if not _can_edit(who, item):
        raise RestError(
            "rest_cannot_delete",
            "Sorry, you are not allowed to delete this post.",
            who.denied_status(),
        )
    if not p.boolean("force"):
        raise RestError(
            "rest_trash_not_supported",
            "The post does not support trashing. Set 'force=true' to delete.",
            501,
        )
    previous = media_json(item, "edit")
    (site.uploads_dir / item.file).unlink(missing_ok=True)
    site.store.delete_post(item.id)
    return answer({"deleted": True, "previous": previous})


@bp.get("/wp-content/uploads/<path:name>")
def uploaded_file(name: str) -> Response:
    """Serve an uploaded file, as the web server would."""
    return send_from_directory(current_site().uploads_dir, name)
