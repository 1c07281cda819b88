"""What the assistant looks at in a comment: words, letters, links, numbers, its author.

A comment becomes a bag of named features (a ``dict`` from name to value). The
names say what they are, so an explanation can be read back from them:

- ``w:<syllable>``: a folded syllable ("du", "ngu"), so that "dm" and "đm",
  typed with or without marks, count alike;
- ``a:<syllable>``: a syllable *with its marks* (one tone placement), so the
  model can tell "đụ" from the "du" of "du lịch" where the marks are typed:
  the folded form alone never decides (the same rule as :mod:`moderation.rules`);
- ``b:<syllable> <syllable>``: two folded syllables in a row ("oc cho", "du lich");
- ``c:<letters>``: three folded letters in a row inside a syllable (catches
  "nguuu", "vl" glued to other text, misspellings), at most 40 a comment;
- ``s:<signal>``: signals (:class:`Signal`): a link, a phone number, a chat-app
  handle, length, repetition, capitals, no diacritics, the author's history.

Phone numbers are found with any spacing ("0912 345 678", "0912.345.678"),
chat apps by name followed by a number or handle ("zalo 09…", "tele @abc").
"""

from __future__ import annotations

import enum
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass

from storage.textfold import clean_text, unify_tone_placement

MAX_LETTER_GRAMS = 40


class Signal(enum.StrEnum):
    """Features that are not words; their names are translated in explanations."""

    LINK = "link"
    PHONE = "phone"
    CHAT_APP = "chat_app"
    SHORT = "short"
    LONG = "long"
    REPEATED = "repeated"
    SHOUTING = "shouting"
    NO_MARKS = "no_marks"
    MONEY = "money"
    AUTHOR_APPROVED = "author_approved"
    AUTHOR_REJECTED = "author_rejected"
    AUTHOR_NEW = "author_new"


_SYLLABLE = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_LINK = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:com|net|org|info|biz|vn|xyz|top|io|co|me|ru|cn|online|"
    r"site|shop|club|link|ly|pro|bet|vip|live)(?:/\S*)?(?![\w-])",
    re.IGNORECASE,
)
# Vietnamese mobile numbers (0 or +84, nine more digits) with spaces, dots or dashes.
_PHONE = re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.\-]?\d){9}(?!\d)")
_CHAT = re.compile(
    r"\b(?:zalo|zl|tele(?:gram)?|tg|viber|whatsapp|wechat|fb|facebook|inbox|ib)\b[\s:.\-]*"
    r"(?:@\w+|\+?\d[\d\s.\-]{6,})",
    re.IGNORECASE,
)
_MONEY = re.compile(r"\d+\s*(?:k|tr|triệu|trieu|đ|vnd|vnđ|%)(?!\w)", re.IGNORECASE)
_MARKED = re.compile(r"[^\x00-\x7f]")
# The blocks of combining marks (Vietnamese tones and vowel marks are in the first).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})


def quick_fold(text: str) -> str:
    """:func:`storage.textfold.fold` for the Latin script, three times faster.

    Marks are removed by their Unicode blocks instead of one character at a
    time; used where thousands of comments are read at once (scoring, grouping).
    """
    return _COMBINING.sub("", unicodedata.normalize("NFD", text.translate(_D_MAP))).casefold()


@dataclass(frozen=True)
class AuthorHistory:
    """How many of an author's earlier comments the site approved and rejected."""

    approved: int = 0
    rejected: int = 0


def syllables(text: str) -> list[str]:
    """The words of *text* in lower case with their marks (one tone placement), NFC."""
    return _SYLLABLE.findall(unify_tone_placement(clean_text(text).casefold()))


def extract(text: str, history: AuthorHistory | None = None) -> dict[str, float]:
    """The features of one comment (see the module docstring)."""
    cleaned = clean_text(text)
    features: dict[str, float] = {}
    links = _LINK.findall(cleaned)
    without_links = _LINK.sub(" ", cleaned)
    marked = syllables(without_links)
    folded = _SYLLABLE.findall(quick_fold(without_links))
    if len(folded) != len(marked):  # a letter that folds to none or several: word by word
        folded = [quick_fold(word) for word in marked]
    for word, plain in zip(marked, folded, strict=True):
        if word.isdigit():
            continue
        features["w:" + plain] = 1.0
        if word != plain:
            features["a:" + word] = 1.0
    for first, second in itertools.pairwise(folded):
        if not (first.isdigit() or second.isdigit()):
            features[f"b:{first} {second}"] = 1.0
    grams = 0
    for word in folded:
        if grams >= MAX_LETTER_GRAMS:
            break
        padded = f"<{word}>"
        for start in range(len(padded) - 2):
            features["c:" + padded[start : start + 3]] = 1.0
            grams += 1
    _signals(features, cleaned, links, marked, folded)
    _author(features, history)
    return features


def _signal(features: dict[str, float], signal: Signal, value: float = 1.0) -> None:
    features["s:" + signal.value] = value


def _signals(
    features: dict[str, float],
    text: str,
    links: list[str],
    marked: list[str],
    folded: list[str],
) -> None:
    if links:
        _signal(features, Signal.LINK, min(len(links), 3) / 1.5)
    if _PHONE.search(text):
        _signal(features, Signal.PHONE)
    if _CHAT.search(text):
        _signal(features, Signal.CHAT_APP)
    if _MONEY.search(text):
        _signal(features, Signal.MONEY)
    length = len(text.strip())
    if length < 15:
        _signal(features, Signal.SHORT)
    elif length > 600:
        _signal(features, Signal.LONG, min(math.log(length / 600) + 1, 3.0))
    words = [w for w in folded if not w.isdigit()]
    if len(words) >= 6 and len(set(words)) / len(words) < 0.5:
        _signal(features, Signal.REPEATED)
    letters = sum(map(str.isalpha, text))
    if letters >= 12 and sum(map(str.isupper, text)) / letters > 0.6:
        _signal(features, Signal.SHOUTING)
    if len(words) >= 4 and not any(_MARKED.search(w) for w in marked):
        _signal(features, Signal.NO_MARKS)


def _author(features: dict[str, float], history: AuthorHistory | None) -> None:
    if history is None:
        return
    if history.approved == 0 and history.rejected == 0:
        _signal(features, Signal.AUTHOR_NEW)
        return
    if history.approved:
        _signal(features, Signal.AUTHOR_APPROVED, math.log1p(history.approved))
    if history.rejected:
        _signal(features, Signal.AUTHOR_REJECTED, math.log1p(history.rejected))
