"""Interviews whose questions carry no speaker label (bold on the page, lost in the copy).

Many papers print the questions in bold without "Phóng viên:"; pasted as plain text
they look like ordinary paragraphs. :func:`find_unlabelled_interview` looks at the
body of a text that has no (or one) speaker label and says which paragraphs are
questions, where each answer starts, whether the last paragraph is the closing
thanks, and who the interviewee is according to the intro. It decides only; the
caller (:mod:`editor.plaintext_import.detect`) marks the paragraphs.

The shape, all of which must hold:

* at least :data:`MIN_QUESTIONS` *question paragraphs*: at most
  :data:`MAX_QUESTION_WORDS` words and :data:`MAX_QUESTION_SENTENCES` sentences,
  ending with "?" (closing quotes or brackets allowed), not opening with a quote
  or a dialogue dash. Questions standing next to each other are one question;
* every question is followed by an answer (at least one other paragraph), and the
  answers hold :data:`MIN_MEAN_ANSWER_WORDS` words on average;
* at most :data:`MAX_INTRO_PARAGRAPHS` paragraphs stand between the lead and the
  first question;
* the questions speak to someone: at least one addresses the interviewee ("Thưa
  ông", "Xin bà cho biết", "chị" used as "you" rather than "chị Hoa" or "chị em"),
  and a second sign exists: another addressed question or the closing thanks
  ("Xin cảm ơn ông!", "Trân trọng cảm ơn đồng chí!") as the last paragraph (or the
  last but one, before a bare name).

A news story with a rhetorical question or two ("Vậy đâu là nguyên nhân?") has
none of the address forms and stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from editor.plaintext_import.captions import is_name_line
from editor.plaintext_import.labels import Label, LabelKind, parse_label
from editor.plaintext_import.text import acronym, capitalised, sentence_count, vkey

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 80
MAX_QUESTION_SENTENCES = 4
MAX_INTRO_PARAGRAPHS = 5
MIN_MEAN_ANSWER_WORDS = 20

INTERVIEWER_LABEL = "Phóng viên"
"""Label of the interviewer asking unlabelled questions (the glossary word)."""
GENERIC_INTERVIEWEE_LABEL = "Nhân vật"
"""Label of the interviewee when the intro names nobody with a title (the glossary word)."""

_QUESTION_END = re.compile(r"\?[\s\"”’'»)\]*_]*$")
_OPENING_QUOTE_OR_DASH = tuple("\"“‘'«-–—•")
_THANKS = re.compile(
    r"^(?:[^,.!?]{1,40},\s*)?(?:(?:xin|trân trọng|chân thành|rất|một lần nữa)\s+)*"
    r"(?:cảm ơn|cám ơn)(?:\s[^?]*)?[.!…]*$",
    re.IGNORECASE,
)
_MAX_THANKS_WORDS = 20
_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_PUNCTUATION = {".", "?", "!", "…", ":", ";", "(", "“", '"', "-", "–", "—"}
_PRONOUNS = {"ông", "bà", "anh", "chị"}
_TWO_WORD_PRONOUNS = {("đồng", "chí")}
_NOT_YOU_BEFORE = {"các", "những", "hai", "ba", "mấy", "vài", "mọi"}
_NOT_YOU_PAIRS = {
    ("bà", "con"),
    ("ông", "bà"),
    ("bà", "mẹ"),
    ("bà", "nội"),
    ("bà", "ngoại"),
    ("ông", "nội"),
    ("ông", "ngoại"),
    ("ông", "cha"),
    ("ông", "trời"),
    ("ông", "chủ"),
    ("bà", "chủ"),
    ("anh", "em"),
    ("anh", "chị"),
    ("chị", "em"),
    ("anh", "hùng"),
    ("anh", "trai"),
    ("chị", "gái"),
    ("anh", "ta"),
    ("chị", "ta"),
    ("ông", "ta"),
    ("bà", "ta"),
    ("anh", "ấy"),
    ("chị", "ấy"),
    ("ông", "ấy"),
    ("bà", "ấy"),
}
_INTRO_TITLES = {"ông": "Ông", "bà": "Bà", "anh": "Anh", "chị": "Chị", "đồng chí": "Đồng chí"}
_INTERVIEW_CUES = re.compile(
    r"phỏng vấn|trò chuyện|trao đổi|tiếp chuyện|chia sẻ với|cuộc gặp|gặp gỡ", re.IGNORECASE
)
_REQUEST = re.compile(r"\b(?:xin|hãy|có thể)\s+(?:\w+\s+){0,2}cho biết\b", re.IGNORECASE)


@dataclass(frozen=True)
class UnlabelledInterview:
    """Where the turns of an unlabelled interview are; positions index the body given.

    ``questions`` are the first paragraphs of the questions, ``question_parts`` the
    further paragraphs of questions standing next to each other, ``answers`` the
    first paragraph of each answer (the rest of an answer continues it), ``thanks``
    the closing thanks if any. ``interviewee`` is the label read from the intro
    ("Ông Giàng A Chứ"), or None when the intro names nobody with a title.
    """

    questions: tuple[int, ...]
    question_parts: tuple[int, ...]
    answers: tuple[int, ...]
    thanks: int | None
    interviewee: str | None


def question_shaped(text: str) -> bool:
    """A short paragraph ending with "?" that is not a quotation or a line of dialogue."""
    if not text or text.startswith(_OPENING_QUOTE_OR_DASH) or not _QUESTION_END.search(text):
        return False
    return (
        2 <= len(text.split()) <= MAX_QUESTION_WORDS
        and sentence_count(text) <= MAX_QUESTION_SENTENCES
    )


def closing_thanks(text: str) -> bool:
    """Whether *text* is an interviewer's closing thanks ("Xin cảm ơn ông!")."""
    return len(text.split()) <= _MAX_THANKS_WORDS and bool(_THANKS.match(text))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _starts_sentence(tokens: list[str], index: int) -> bool:
    return index == 0 or tokens[index - 1] in _SENTENCE_PUNCTUATION


def address_forms(text: str) -> set[str]:
    """The forms of address *text* uses to speak to someone ("ông", "đồng chí", "thưa")."""
    tokens = _tokens(text)
    lowered = [vkey(t) for t in tokens]
    found: set[str] = set()
    if _REQUEST.search(text):
        found.add("cho biết")
    for index, token in enumerate(tokens):
        word = lowered[index]
        previous = lowered[index - 1] if index else ""
        size = 1
        if word == "thưa":
            found.add(word)
            continue
        if tuple(lowered[index : index + 2]) in _TWO_WORD_PRONOUNS:
            size, word = 2, "đồng chí"
        elif word not in _PRONOUNS:
            continue
        if not (token.islower() or _starts_sentence(tokens, index) or previous == "thưa"):
            continue  # "tiếng Anh", "Bà" inside a sentence: not "you"
        following = tokens[index + size] if index + size < len(tokens) else ""
        if previous == "thưa":
            found.add(word)
            continue
        if previous in _NOT_YOU_BEFORE or (previous, word) in _NOT_YOU_PAIRS:
            continue
        if size == 1 and (word, vkey(following)) in _NOT_YOU_PAIRS:
            continue
        if following[:1].isalpha() and capitalised(following):
            continue  # "ông Lò Văn Tiến": someone spoken about
        found.add(word)
    return found


def _people(text: str) -> list[tuple[str, Label]]:
    """Titled people named in *text*: (title key, label such as "Ông Lò Văn Minh")."""
    tokens = _tokens(text)
    people: list[tuple[str, Label]] = []
    index = 0
    while index < len(tokens):
        word = vkey(tokens[index])
        size = 1
        if tuple(vkey(t) for t in tokens[index : index + 2]) in _TWO_WORD_PRONOUNS:
            size, word = 2, "đồng chí"
        if word not in _INTRO_TITLES or not (
            tokens[index].islower() or _starts_sentence(tokens, index)
        ):
            index += 1
            continue
        name: list[str] = []
        position = index + size
        while (
            position < len(tokens)
            and len(name) < 5
            and tokens[position][:1].isalpha()
            and capitalised(tokens[position])
            and not acronym(tokens[position])
        ):
            name.append(tokens[position])
            position += 1
        if len(name) >= 2:
            label = parse_label(f"{_INTRO_TITLES[word]} {' '.join(name)}")
            if label is not None and label.kind is LabelKind.PERSON and label.name:
                people.append((word, label))
        index = position if name else index + 1
    return people


def intro_person(intro: Sequence[str], forms: Collection[str]) -> str | None:
    """The interviewee's label from the *intro* paragraphs, or None when unsure.

    Each titled person named there scores a point for a sentence about the
    interview ("trò chuyện", "trao đổi", "phỏng vấn" …) and one for a title the
    questions use to address the interviewee (*forms*); the one person with the
    best score, at least one, is taken.
    """
    scores: dict[tuple[str, ...], int] = {}
    labels: dict[tuple[str, ...], str] = {}
    for paragraph in intro:
        for sentence in re.split(r"(?<=[.!?…])\s+", paragraph):
            cue = bool(_INTERVIEW_CUES.search(sentence))
            for title, label in _people(sentence):
                score = int(cue) + int(title in forms)
                labels.setdefault(label.name, label.text)
                scores[label.name] = max(scores.get(label.name, 0), score)
    if not scores:
        return None
    best = max(scores.values())
    winners = [name for name, score in scores.items() if score == best]
    return labels[winners[0]] if best >= 1 and len(winners) == 1 else None


def find_unlabelled_interview(
    body: Sequence[str], intro: Sequence[str], labelled: Collection[int] = ()
) -> UnlabelledInterview | None:
    """Read *body* (the paragraphs after the lead) as an unlabelled interview, or return None.

    *intro* holds paragraphs before the body worth searching for the interviewee's
    name (the lead); *labelled* the body positions already read as labelled turns
    (never questions, and an answer starting there keeps its own speaker). See the
    module doc for the shape required.
    """
    size = len(body)
    end = size - 1 if size and is_name_line(body[-1]) else size
    thanks: int | None = None
    if end and end - 1 not in labelled and closing_thanks(body[end - 1]):
        thanks = end - 1
    limit = thanks if thanks is not None else size
    groups: list[list[int]] = []
    for position in range(limit):
        if position in labelled or not question_shaped(body[position]):
            continue
        if groups and groups[-1][-1] == position - 1:
            groups[-1].append(position)
        else:
            groups.append([position])
    if len(groups) < MIN_QUESTIONS:
        return None
    first = groups[0][0]
    if first > MAX_INTRO_PARAGRAPHS:
        return None
    answers: list[int] = []
    answer_words = 0
    for number, group in enumerate(groups):
        stop = groups[number + 1][0] if number + 1 < len(groups) else limit
        run = [p for p in range(group[-1] + 1, stop) if thanks is None or p < thanks]
        if not run:
            return None
        answers.append(run[0])
        answer_words += sum(len(body[p].split()) for p in run)
    if answer_words < MIN_MEAN_ANSWER_WORDS * len(groups):
        return None
    forms = [{form for p in group for form in address_forms(body[p])} for group in groups]
    addressed = sum(1 for found in forms if found)
    if addressed < 1 or addressed + (thanks is not None) < 2:
        return None
    used = {form for found in forms for form in found}
    if thanks is not None:
        used |= address_forms(body[thanks])
    before = [body[p] for p in range(first) if p not in labelled]
    return UnlabelledInterview(
        questions=tuple(group[0] for group in groups),
        question_parts=tuple(p for group in groups for p in group[1:]),
        answers=tuple(answers),
        thanks=thanks,
        interviewee=intro_person([*intro, *before], used),
    )
