"""How the demo site compares and slugs text, as WordPress on MariaDB does.

The demo site stands alone as a fake WordPress: it does not borrow Newsdesk's
own search folding. Two WordPress behaviours need a folded copy of text:

- **Search** (``?search=``) runs SQL ``LIKE`` under the tables' collation,
  ``utf8mb4_unicode_520_ci``, which ignores case and accents and, checked on
  MariaDB, also takes "đ" for "d" and "ß" for "ss" (:func:`search_key`).
- **Slugs** go through ``remove_accents`` before ``sanitize_title``, which maps
  every Latin letter with a mark to its base letter, "đ" to "d" included
  (:func:`remove_accents`).
"""

from __future__ import annotations

import unicodedata

# Letters a collation or remove_accents takes as others although Unicode does not
# decompose them.
_BASE_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "ø": "o", "Ø": "O"}
)


def remove_accents(text: str) -> str:
    """Return *text* with the marks of its letters removed (WordPress's ``remove_accents``)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_BASE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_key(text: str) -> str:
    """Return what the site's collation compares of *text*: no accents, no case.

    >>> search_key("Đồng chí HOÀ")
    'dong chi hoa'
    """
    return remove_accents(text).casefold()
