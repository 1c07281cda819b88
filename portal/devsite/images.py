"""Image sizes and responsive images, as WordPress 6.1 makes and serves them.

On upload WordPress writes smaller copies of an image (``wp_create_image_subsizes``:
``thumbnail`` 150×150 cropped, ``medium`` 300, ``medium_large`` 768 wide,
``large`` 1024, ``1536x1536``, ``2048x2048``), each only when the original is
larger, named ``name-WIDTHxHEIGHT.ext``. When it shows a post it adds ``srcset``
and ``sizes`` to each ``<img>`` that carries its media item's ``wp-image-ID``
class (``wp_filter_content_tags`` → ``wp_image_add_srcset_and_sizes``): every
copy of the same shape up to 2048 pixels wide, the original included, for an
image whose width and height the tag gives (or the file name tells).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from portal.devsite.store import Post

#: name, width, height, crop (WordPress's default image sizes).
SIZES: tuple[tuple[str, int, int, bool], ...] = (
    ("thumbnail", 150, 150, True),
    ("medium", 300, 300, False),
    ("medium_large", 768, 0, False),
    ("large", 1024, 1024, False),
    ("1536x1536", 1536, 1536, False),
    ("2048x2048", 2048, 2048, False),
)
MAX_SRCSET_WIDTH = 2048
SIZES_META_KEY = "_wp_attachment_sizes"

_IMG = re.compile(r"<img\s[^>]+>", re.IGNORECASE)
_WP_IMAGE = re.compile(r"\bwp-image-([0-9]+)\b", re.IGNORECASE)
_WIDTH = re.compile(r' width="([0-9]+)"')
_HEIGHT = re.compile(r' height="([0-9]+)"')
_SRC = re.compile(r'src="([^"]+)"')


def _fit(width: int, height: int, max_w: int, max_h: int) -> tuple[int, int] | None:
    """``wp_constrain_dimensions``: the size within the box, or None when not smaller."""
    ratios = []
    if max_w and width > max_w:
        ratios.append(max_w / width)
    if max_h and height > max_h:
        ratios.append(max_h / height)
    if not ratios:
        return None
    ratio = min(ratios)
    return max(1, round(width * ratio)), max(1, round(height * ratio))


def make_sizes(path: Path, width: int, height: int) -> dict[str, dict[str, Any]]:
    """Write the smaller copies of the image at *path*; return them as WordPress lists them."""
    sizes: dict[str, dict[str, Any]] = {}
    stem, suffix = path.stem, path.suffix
    with Image.open(path) as original:
        image = original.convert("RGB") if suffix.lower() in (".jpg", ".jpeg") else original.copy()
    mime = Image.MIME.get(original.format or "", "image/jpeg")
    for name, max_w, max_h, crop in SIZES:
        if crop:
            if width <= max_w or height <= max_h:
                continue
            side = min(width, height)
            left, top = (width - side) // 2, (height - side) // 2
            copy = image.crop((left, top, left + side, top + side)).resize((max_w, max_h))
            new_w, new_h = max_w, max_h
        else:
            fitted = _fit(width, height, max_w, max_h)
            if fitted is None:
                continue
            new_w, new_h = fitted
            copy = image.resize((new_w, new_h))
        file_name = f"{stem}-{new_w}x{new_h}{suffix}"
        copy.save(path.with_name(file_name))
        sizes[name] = {"file": file_name, "width": new_w, "height": new_h, "mime_type": mime}
    return sizes


def stored_sizes(item: Post) -> dict[str, dict[str, Any]]:
    """The copies recorded for the upload *item* (empty for other files)."""
    value = item.meta_dict().get(SIZES_META_KEY)
    if isinstance(value, str):
        value = json.loads(value)
    return value if isinstance(value, dict) else {}


def add_srcset(content: str, attachment: Callable[[int], Post | None], uploads_url: str) -> str:
    """*content* with ``srcset`` and ``sizes`` on each image WordPress would give them to."""

    def one(match: re.Match[str]) -> str:
        tag = match.group(0)
        found = _WP_IMAGE.search(tag)
        if found is None or " srcset=" in tag:
            return tag
        item = attachment(int(found.group(1)))
        if item is None or item.type != "attachment" or not item.width or not item.height:
            return tag
        src = _SRC.search(tag)
        directory = item.file.rpartition("/")[0]
        folder = f"{uploads_url}/{directory}/" if directory else f"{uploads_url}/"
        if src is None or not src.group(1).split("?")[0].startswith(folder):
            return tag
        width_match, height_match = _WIDTH.search(tag), _HEIGHT.search(tag)
        if width_match is None or height_match is None:
            return tag
        width, height = int(width_match.group(1)), int(height_match.group(1))
        sources = {item.width: f"{uploads_url}/{item.file}"}
        for size in stored_sizes(item).values():
            same_shape = abs(size["width"] / item.width * item.height - size["height"]) <= 1
            if same_shape and size["width"] <= MAX_SRCSET_WIDTH:
                sources.setdefault(size["width"], folder + size["file"])
        if len(sources) < 2:
            return tag
        srcset = ", ".join(f"{url} {w}w" for w, url in sorted(sources.items()))
        sizes = f"(max-width: {width}px) 100vw, {width}px"
        del height
        end = -2 if tag.endswith("/>") else -1
        return f'{tag[:end].rstrip()} srcset="{srcset}" sizes="{sizes}"{tag[end:]}'

    return _IMG.sub(one, content)
