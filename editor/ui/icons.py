"""Icons shipped in ``resources/icons`` (drawn for Newsdesk; see the README there).

Each is read the first time it is asked for, never at start-up, and kept.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    return QIcon(str(ICONS_DIR / f"{name}.svg"))


def photo_icon(has_image: bool) -> QIcon:
    """The photo block's icon: a picture, or a dashed frame while the picture is missing."""
    return icon("photo" if has_image else "photo-missing")
