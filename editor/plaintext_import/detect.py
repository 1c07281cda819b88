"""Reading each paragraph of a text as a :class:`Detection`: the rules, in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.document import Role, Speaker
from editor.plaintext_import.assemble import ImportResult, assemble
from editor.plaintext_import.byline import byline_name, parse_tags
from editor.plaintext_import.captions import (
    caption_shaped,
    is_name_line,
    photo_caption,
    picture_cue,
    split_caption,
)
from editor.plaintext_import.cleaning import (
    END_OF_ARTICLE,
    FURNITURE,
    clean_raw_lines,
    furniture_key,
)
from editor.plaintext_import.labels import Label, LabelKind, parse_label, split_label
from editor.plaintext_import.model import (
    AUTO_REASON,
    CLOSING_THANKS,
    UNLABELLED_ANSWER,
    UNLABELLED_QUESTION,
    Detection,
    DetectionKind,
)
from editor.plaintext_import.speakers import KnownSpeaker, NameIndex, Registry
from editor.plaintext_import.unlabelled import (
    GENERIC_INTERVIEWEE_LABEL,
    INTERVIEWER_LABEL,
    find_unlabelled_interview,
)
from editor.plaintext_import.wrapping import join_wrapped_lines


@dataclass
class _Para:
    index: int
    text: str
    kind: DetectionKind | None = None
    reason: str = ""
    split: tuple[str, str] | None = None
    label: Label | None = None
    speaker: KnownSpeaker | None = None
    unlabelled: bool = False  # a turn found by its shape: its text is all of the paragraph

    @property
    def body(self) -> str:
        return self.split[1] if self.split else self.text


Progress = Callable[[int, int], None]
"""Told ``(done, total)`` as a parse goes on; it may raise to stop the parse."""

PROGRESS_TOTAL = 100
_LABEL_CHUNK = 2000  # paragraphs between two progress reports while reading labels


def parse_interview(text: str, progress: Progress | None = None) -> ImportResult:
    """Read a plain-text interview; never raises for any string.

    See :mod:`editor.plaintext_import` for the rules. Empty input gives an empty document.
    *progress*, if given, is called now and then with ``(done, PROGRESS_TOTAL)``;
    whatever it raises (a cancellation) ends the parse. Time grows linearly with
    the text: about 2 s for 5 MB (``benchmarks/bench_import.py --megabytes 5``).
    """
    report = progress or _no_progress
    report(0, PROGRESS_TOTAL)
    paras = [_Para(i, line) for i, line in enumerate(join_wrapped_lines(clean_raw_lines(text)))]
    report(40, PROGRESS_TOTAL)  # cleaning and unwrapping: the longest step
    for para in paras:
        para.split = split_label(para.text)
        para.label = parse_label(para.split[0]) if para.split else None
        if para.index % _LABEL_CHUNK == _LABEL_CHUNK - 1:
            report(40 + 5 * para.index // len(paras), PROGRESS_TOTAL)
    _mark_furniture(paras)
    report(50, PROGRESS_TOTAL)
    _mark_specials(paras)
    report(75, PROGRESS_TOTAL)
    content = [p for p in paras if p.kind is None]
    _mark_title_and_lead(content)
    registry = Registry()
    _mark_turns([p for p in content if p.kind is None], registry)
    report(80, PROGRESS_TOTAL)
    _mark_unlabelled_turns(paras, registry)
    _mark_bare_byline(paras)
    _mark_unmarked_captions(paras)
    report(88, PROGRESS_TOTAL)
    speakers = [Speaker(s.key, s.label, s.role) for s in registry.speakers]
    detections = [_detection(p) for p in paras]
    document, final = assemble(detections, speakers)
    report(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return ImportResult(document, tuple(final), tuple(speakers))


def _no_progress(_done: int, _total: int) -> None:
    """The progress callback of a parse nobody watches."""


def _set(para: _Para, kind: DetectionKind, reason: str) -> None:
    para.kind, para.reason = kind, reason


def _is_question(para: _Para) -> bool:
    if para.unlabelled:
        return para.reason in (UNLABELLED_QUESTION, CLOSING_THANKS)
    return para.label is not None and para.label.kind is LabelKind.INTERVIEWER


class _LabelIndex:
    """Answers "does this paragraph's label occur elsewhere in *paras*?" in constant time."""

    def __init__(self, paras: list[_Para]) -> None:
        self.keys: dict[str, int] = {}
        self.names = NameIndex()
        for para in paras:
            if para.label is not None:
                self.keys[para.label.key] = self.keys.get(para.label.key, 0) + 1
                self.names.add(para.label.name, para.index)

    def recurs(self, para: _Para) -> bool:
        label = para.label
        if label is None:
            return False
        if self.keys.get(label.key, 0) > 1:
            return True
        return bool(self.names.find(label.name) - {para.index})


def _mark_furniture(paras: list[_Para]) -> None:
    labelled = [p for p in paras if p.label is not None]
    questions = [
        p.index
        for p in labelled
        if p.label is not None and p.label.kind in (LabelKind.INTERVIEWER, LabelKind.ANSWER)
    ]
    index = _LabelIndex(labelled)
    recurring = [p.index for p in labelled if index.recurs(p)]
    last_turn = max(questions or recurring, default=-1)
    cut = False
    for para in paras:
        key = furniture_key(para.text)
        if cut:
            _set(para, DetectionKind.IGNORED, "after-comment-box")
        elif para.index > last_turn and END_OF_ARTICLE.fullmatch(key):
            cut = True
            _set(para, DetectionKind.IGNORED, "comment-box")
        elif FURNITURE.fullmatch(key):
            _set(para, DetectionKind.IGNORED, "page-furniture")


def _mark_specials(paras: list[_Para]) -> None:
    """Tags, explicit bylines and photo captions with a marker."""
    for para in paras:
        if para.kind is not None:
            continue
        if parse_tags(para.text) is not None:
            _set(para, DetectionKind.TAGS, "tags-prefix")
        elif byline_name(para.text) is not None:
            _set(para, DetectionKind.BYLINE, "byline-form")
        elif (para.label is None or not para.label.strong) and photo_caption(para.text):
            _set(para, DetectionKind.CAPTION, "photo-marker")


def _mark_title_and_lead(content: list[_Para]) -> None:
    if not content:
        return
    first = content[0]
    if _is_question(first):
        return
    _set(first, DetectionKind.TITLE, "first-paragraph")
    unlabelled_turn = (LabelKind.INTERVIEWER, LabelKind.ANSWER)
    candidates = [p for p in content[1:] if p.kind is None]
    if candidates:
        second = candidates[0]
        label = second.label
        recurs = _LabelIndex(candidates).recurs(second)
        if label is None or not (label.kind in unlabelled_turn or recurs):
            _set(second, DetectionKind.LEAD, "second-paragraph")


def _mark_turns(paras: list[_Para], registry: Registry) -> None:
    """Accept speaker labels in order, resolving them to speakers."""
    current: Role | None = None
    index = _LabelIndex(paras)
    for para in paras:
        label = para.label
        if label is None:
            continue
        if label.strong:
            reason = "speaker-label"
        elif registry.find(label) is not None:
            reason = "known-speaker"
        elif index.recurs(para):
            reason = "recurring-label"
        elif current is Role.INTERVIEWER:
            reason = "label-after-question"
        else:
            continue
        para.speaker = registry.resolve(label, para.index)
        current = para.speaker.role
        _set(para, DetectionKind.TURN, reason)


def _mark_unlabelled_turns(paras: list[_Para], registry: Registry) -> None:
    """Questions without labels: see :mod:`editor.plaintext_import.unlabelled`.

    Tried only when at most one paragraph was taken as a labelled turn. The body
    is what follows the headline and lead up to a byline closing it.
    """
    if sum(1 for p in paras if p.kind is DetectionKind.TURN) > 1:
        return
    heads = [p.index for p in paras if p.kind in (DetectionKind.TITLE, DetectionKind.LEAD)]
    start = max(heads, default=-1) + 1
    body = [p for p in paras[start:] if p.kind is None or p.kind is DetectionKind.TURN]
    bylines = [p.index for p in paras[start:] if p.kind is DetectionKind.BYLINE]
    if bylines and body and body[0].index < bylines[-1]:
        body = [p for p in body if p.index < bylines[-1]]
    labelled = {pos for pos, p in enumerate(body) if p.kind is DetectionKind.TURN}
    lead = [p.text for p in paras[:start] if p.kind is DetectionKind.LEAD]
    found = find_unlabelled_interview([p.text for p in body], lead, labelled)
    if found is None:
        return
    interviewee = _interviewee_label(found.interviewee, registry)
    interviewer = parse_label(INTERVIEWER_LABEL)
    assert interviewer is not None
    questions, parts, answers = set(found.questions), set(found.question_parts), set(found.answers)
    for position, para in enumerate(body):
        if position in labelled:
            continue
        if position in questions or position == found.thanks:
            para.speaker = registry.resolve(interviewer, para.index)
            reason = UNLABELLED_QUESTION if position in questions else CLOSING_THANKS
            _set(para, DetectionKind.TURN, reason)
        elif position in parts:
            para.speaker = registry.resolve(interviewer, para.index)
            _set(para, DetectionKind.CONTINUATION, UNLABELLED_QUESTION)
        elif position in answers:
            para.speaker = registry.resolve(interviewee, para.index)
            _set(para, DetectionKind.TURN, UNLABELLED_ANSWER)
        else:
            continue
        para.unlabelled = True


def _interviewee_label(named: str | None, registry: Registry) -> Label:
    """The intro's person; else the one interviewee already labelled; else "Nhân vật"."""
    known = [s.label for s in registry.speakers if s.role is Role.INTERVIEWEE]
    if named is None and len(known) == 1:
        named = known[0]
    label = parse_label(named or GENERIC_INTERVIEWEE_LABEL) or parse_label(
        GENERIC_INTERVIEWEE_LABEL
    )
    assert label is not None  # "Nhân vật" is a label of its own, so exports read back
    return label


def _mark_bare_byline(paras: list[_Para]) -> None:
    content = [p for p in paras if p.kind not in (DetectionKind.IGNORED, DetectionKind.TAGS)]
    if any(p.kind is DetectionKind.BYLINE for p in content) or not content:
        return
    last = content[-1]
    if (
        last.kind is None
        and any(p.kind is DetectionKind.TURN for p in content)
        and is_name_line(last.text)
    ):
        _set(last, DetectionKind.BYLINE, "name-on-last-line")


def _mark_unmarked_captions(paras: list[_Para]) -> None:
    """Captions without a marker, only in the layout's photo positions (see the package doc)."""
    content = [p for p in paras if p.kind not in (DetectionKind.IGNORED, DetectionKind.TAGS)]
    turns = [i for i, p in enumerate(content) if p.kind is DetectionKind.TURN]
    if not turns:
        return

    def unmarked_caption(pos: int) -> bool:
        para = content[pos]
        return para.kind is None and caption_shaped(para.text) and picture_cue(para.text)

    lead = next((i for i, p in enumerate(content) if p.kind is DetectionKind.LEAD), None)
    if lead is not None and lead < turns[0]:
        pos = lead + 1
        while pos < turns[0] and unmarked_caption(pos):
            _set(content[pos], DetectionKind.CAPTION, "short-after-lead")
            pos += 1
        pos = turns[0] - 1
        while pos > lead and unmarked_caption(pos):
            _set(content[pos], DetectionKind.CAPTION, "short-before-first-turn")
            pos -= 1
    for position, turn in enumerate(turns[1:], start=1):
        question, answer = content[turn], content[turns[position - 1]]
        if not _is_question(question) or answer.speaker is None:
            continue
        if answer.speaker.role is not Role.INTERVIEWEE:
            continue
        pos = turn - 1
        while pos > turns[position - 1] + (0 if answer.body else 1) and unmarked_caption(pos):
            _set(content[pos], DetectionKind.CAPTION, "short-before-question")
            pos -= 1
    for pos in range(1, len(content)):
        para, previous = content[pos], content[pos - 1]
        credit_only = para.kind is DetectionKind.CAPTION and split_caption(para.text)[0] == ""
        opens_answer = (
            pos >= 2 and content[pos - 2].kind is DetectionKind.TURN and (not content[pos - 2].body)
        )
        if (
            credit_only
            and not opens_answer
            and previous.kind is None
            and caption_shaped(previous.text)
        ):
            _set(previous, DetectionKind.CAPTION, "before-credit-line")


def _detection(para: _Para) -> Detection:
    kind = para.kind or DetectionKind.CONTINUATION
    reason = para.reason or AUTO_REASON
    return Detection(
        index=para.index,
        kind=kind,
        text=para.text,
        reason=reason,
        speaker_key=para.speaker.key if para.speaker else None,
        label=para.split[0] if para.split else None,
        body=para.body,
        strip_label=kind is DetectionKind.TURN and not para.unlabelled,
    )
