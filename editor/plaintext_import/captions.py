"""Photo captions and credits: with a marker ("Ảnh: X") or caption-shaped text."""

from __future__ import annotations

import re

from editor.plaintext_import.text import (
    PARENS,
    capitalised,
    has_phrase,
    phrases,
    sentence_count,
    words_of,
)

_CREDIT = r"(?P<credit>[^()]{1,80}?)"
_CREDIT_FORMS = [
    re.compile(rf"^(?P<caption>.*?)\s*\(\s*ảnh\s*[:：]\s*{_CREDIT}\s*\)\s*\.?$", re.I),
    re.compile(rf"^(?P<caption>.*?)\s*[-–—]\s*ảnh\s*[:：]\s*{_CREDIT}\s*\.?$", re.I),
    re.compile(rf"^(?P<caption>.*?[.!…])\s*ảnh\s*[:：]\s*{_CREDIT}\s*\.?$", re.I),
]
_BARE_CREDIT = re.compile(rf"^(?P<caption>.*?\S)\s+ảnh\s*[:：]\s*{_CREDIT}\s*\.?$", re.I)
_PHOTO_PREFIX = re.compile(r"^ảnh\s*[:：]\s*(?P<rest>.*)$", re.I)
_PHOTO_NOTE = re.compile(r"\(\s*ảnh\s+[^()]{1,40}\)\s*\.?$", re.I)


def is_name_line(text: str, max_words: int = 8) -> bool:
    """One to *max_words* capitalised words, joined by spaces, "-", ",", "&" or "và"."""
    if not text or text[-1] in ".?!:;,…":
        return False
    tokens = text.replace(",", " , ").split()
    names = [t for t in tokens if t not in {",", "-", "–", "—", "&", "và", "/"}]
    return 0 < len(names) <= max_words and all(
        capitalised(t) and t[0].isalpha() and not re.search(r"[?!:;…()\"“”]", t) for t in names
    )


def photo_caption(text: str) -> tuple[str, str | None] | None:
    """Split a paragraph carrying a photo marker into (caption, credit); None if it has none."""
    prefixed = _PHOTO_PREFIX.match(text)
    if prefixed:
        rest = prefixed.group("rest").strip()
        if len(rest.split()) > 60:
            return None
        if rest and is_name_line(rest, max_words=5):
            return "", rest
        return rest, None
    if len(text.split()) > 45:
        return None
    for pattern in _CREDIT_FORMS:
        match = pattern.match(text)
        if match:
            return _credit_split(match)
    match = _BARE_CREDIT.match(text)
    if match and is_name_line(match.group("credit").strip().rstrip("."), max_words=6):
        return _credit_split(match)
    if _PHOTO_NOTE.search(text):
        return text, None
    return None


def _credit_split(match: re.Match[str]) -> tuple[str, str | None] | None:
    credit = match.group("credit").strip().rstrip(".").strip()
    if not credit or len(credit.split()) > 8:
        return None
    return match.group("caption").strip(), credit


def split_caption(text: str) -> tuple[str, str | None]:
    """Split a caption paragraph into (caption, credit); without a marker the credit is None."""
    return photo_caption(text) or (text, None)


_ANTI_CUES = phrases(
    "tôi",
    "chúng tôi",
    "chúng ta",
    "mình",
    "cảm ơn",
    "xin",
    "hy vọng",
    "hi vọng",
    "mong",
    "tin rằng",
    "cần",
    "nên",
    "sẽ",
    "vì",
    "nhưng",
    "tuy nhiên",
    "do đó",
    "vì vậy",
    "bởi vậy",
    "như vậy",
    "ngoài ra",
    "đó là",
    "đây là",
    "thì",
    "rằng",
    "nếu",
    "sau đây",
    "dưới đây",
    "bạn đọc",
    "như sau",
    "ta",
    "đã",
    "có cuộc",
)
_OPENING_CONNECTIVES = {"và", "còn", "cũng", "bởi", "mà", "song", "do", "để"}
_OPENING_PHRASES = phrases(
    "bên cạnh đó",
    "ngoài ra",
    "hơn nữa",
    "đồng thời",
    "mặt khác",
    "trong khi đó",
    "theo đó",
    "tuy vậy",
    "thực tế",
    "qua đó",
    "từ đó",
    "nhờ đó",
    "cụ thể",
)
_PICTURE_CUES = phrases(
    "tham quan",
    "thăm",
    "kiểm tra",
    "phỏng vấn",
    "trao đổi",
    "trò chuyện",
    "làm việc",
    "chụp ảnh",
    "trao",
    "tặng",
    "phát biểu",
    "khảo sát",
    "dự",
    "tại",
    "quang cảnh",
    "toàn cảnh",
    "đồng chí",
    "lãnh đạo",
    "đại biểu",
    "người dân",
    "nông dân",
    "học sinh",
    "bà con",
    "cán bộ",
    "du khách",
    "khai trương",
    "ra mắt",
    "hướng dẫn",
    "thu hoạch",
    "chăm sóc",
    "thu hái",
    "biểu diễn",
    "trưng bày",
    "giới thiệu",
    "hội nghị",
    "buổi",
    "lễ",
    "ông",
    "bà",
)


def caption_shaped(text: str) -> bool:
    """Short, one sentence, no question/exclamation/colon ending, no voice of a speaker."""
    words = text.split()
    if not 3 <= len(words) <= 30 or ":" in text or text.endswith("..."):
        return False
    if text[-1] in "?!:;,…" or sentence_count(text) > 1:
        return False
    words = words_of(PARENS.sub(" ", text))
    # "phải" is a modal verb ("must") except in "bên phải" / "sang phải" (on the right).
    plain = [
        w
        for i, w in enumerate(words)
        if not (w == "phải" and words[i - 1 : i] in (["bên"], ["sang"]))
    ]
    if not plain or plain[0] in _OPENING_CONNECTIVES or has_phrase(plain[:3], _OPENING_PHRASES):
        return False
    return not has_phrase(plain, _ANTI_CUES) and "phải" not in plain


def picture_cue(text: str) -> bool:
    """Whether *text* has a parenthesis or a word that describes a picture."""
    return bool(PARENS.search(text)) or has_phrase(words_of(text), _PICTURE_CUES)
