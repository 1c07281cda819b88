"""Read a plain-text interview (as pasted from a page or a word processor) into a document.

The text is cut into paragraphs, one per non-empty line, after cleaning (NFC,
``\\n`` line ends, no BOM, no control or zero-width characters, any run of
spaces including non-breaking ones becomes one space). Each paragraph gets one
:class:`Detection`; the document is assembled from the detections, so a UI can
show them and :meth:`ImportResult.reclassify` one without parsing again.

Heuristics, in the order they are applied:

1. **Page furniture** ("BÌNH LUẬN", "Bạn còn 500/500 ký tự", "Tin mới", "Chia sẻ",
   "In bài viết", …) is ignored wherever it stands. A comment box or a
   related-news heading ("Bình luận", "Gửi bình luận", "Tin mới", "Tin liên
   quan", …) that comes after the last interviewer label (or, in a text without
   one, the last recurring speaker label) ends the interview: everything from
   there on is ignored.
2. **Tags**: a line "Từ khóa: a, b" / "Tags: a, b" fills the document's tags.
3. **Byline**: "Thực hiện: X", "Bài, ảnh: X", "Bài và ảnh: X", "Bài: X",
   "X (thực hiện)" and "Nhóm PV thực hiện"-style lines (the part before
   "thực hiện" being name-like) anywhere; failing those, a bare name (one to
   eight capitalised words, "-", ",", "và" between them, no final punctuation)
   as the last paragraph after the last turn.
4. **Headline** is the first paragraph unless it opens with an interviewer label.
   The **lead** (sapo) is the next paragraph before any turn, unless it is
   obviously a turn (interviewer or "Đáp" label, or a speaker label that recurs).
5. **Photo captions with a marker** are captions anywhere: text ending with
   "(Ảnh: X)", "- Ảnh: X", ". Ảnh: X", "… Ảnh: Name" (the credit X is split
   off), ending with "(Ảnh minh họa)"-style notes, or starting with "Ảnh:". A
   line that is only "Ảnh: Name" is a credit: it completes the caption just
   above it when that one is short and one sentence, else it is a photo with a
   credit and no caption.
6. **Speaker labels**: "Label: text" or "Label:" alone on its line (the text
   then follows on the next line); markdown bold around it is allowed, case
   does not matter. *Interviewer* labels: "Phóng viên", "PV", "P.V", "Hỏi",
   "BTV", "MC", "Phóng viên Báo …", "Phóng viên (PV)", "PV Name". *Answer*: "Đáp",
   "Trả lời" (the interviewee who spoke last). *Titled people* ("Đồng chí",
   "Ông", "Bà", "Anh", "Chị", "TS", "PGS.TS", "Giám đốc", "Chủ tịch", …) followed
   by a capitalised name are always labels; a title without a name ("Chủ tịch
   UBND tỉnh") and untitled name-like labels (≤ 6 capitalised words) are labels
   only when they recur, match a known speaker, or answer a question. Labels
   with digits, sentence punctuation or a speech verb ("Ông A cho biết:") never
   are. Speakers are merged: every generic interviewer label is one speaker
   ("Phóng viên (PV)" then "PV"); a parenthesised abbreviation is an alias; a
   person is matched by name when the new name is the full name, its tail
   (given name) or its surname ("Đồng chí Hoàng Văn An" … "Ông An"), ignoring
   case and old/new tone-mark placement ("Hoà"/"Hòa"). A speaker keeps the
   label as first written.
7. **Captions without a marker** are short (3 to 30 words), one sentence, end
   neither in "?", "!", ":" nor "…", do not open with a connective ("Và",
   "Bên cạnh đó", "Ngoài ra", …), contain no first-person, modal or opinion
   words ("tôi", "chúng ta", "cần", "phải", "sẽ", "đã", "hy vọng", …; "bên phải"
   is fine) and contain a picture cue
   (a parenthesis such as "(bên phải)", or words such as "tham quan",
   "phỏng vấn", "lãnh đạo", "tại", "các đồng chí"). They are taken only where
   photos sit in the newspaper's layout: right after the lead, right before
   the first turn, or between an answer (which keeps at least one paragraph)
   and the next question. Anywhere else, e.g. a short closing sentence inside
   an answer, the paragraph stays text: a missed caption is cheap to fix, a
   lost sentence of an answer is not.
8. **The rest**: before the first turn, paragraphs are intro paragraphs; after a
   turn they continue it (one turn may hold many paragraphs) until the next
   label, photo or byline. Text resuming after a photo inside an answer becomes
   a new turn of the same speaker.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum
from pathlib import Path

from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Role,
    Speaker,
    TurnBlock,
    make_speaker_key,
)
from storage.textfold import clean_text, fold, nfc

#: Files larger than this are refused by :func:`read_interview_file`.
MAX_FILE_BYTES = 5 * 1024 * 1024


class DetectionKind(StrEnum):
    """What a paragraph of the imported text was read as."""

    TITLE = "title"
    LEAD = "lead"
    PARAGRAPH = "paragraph"
    TURN = "turn"
    CONTINUATION = "continuation"
    CAPTION = "caption"
    BYLINE = "byline"
    TAGS = "tags"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Detection:
    """How one paragraph of the source text was read.

    ``index`` is the paragraph's position in :attr:`ImportResult.detections`;
    ``text`` the cleaned paragraph; ``reason`` a short code for the rule that
    decided (for display and debugging). ``label`` is the label-shaped prefix
    before a colon, as written, whether or not it was taken as a speaker;
    ``body`` the text after it (the whole text when there is no label).
    ``speaker_key`` is set for turns and continuations; ``strip_label`` says a
    turn's text starts after ``label`` rather than being the whole paragraph.
    """

    index: int
    kind: DetectionKind
    text: str
    reason: str
    speaker_key: str | None = None
    label: str | None = None
    body: str = ""
    strip_label: bool = False


@dataclass(frozen=True)
class ImportResult:
    """An imported document, the detection of each paragraph, and all speakers seen.

    ``speakers`` also lists speakers left without turns (after a reclassification),
    so a paragraph can be given back to them.
    """

    document: InterviewDocument
    detections: tuple[Detection, ...]
    speakers: tuple[Speaker, ...]

    def reclassify(
        self, index: int, as_kind: DetectionKind, speaker_key: str | None = None
    ) -> ImportResult:
        """Return a new result where paragraph *index* is read as *as_kind*.

        For ``TURN``, *speaker_key* names the speaker; without it the paragraph's
        own label is used (creating a speaker if needed), and ``ValueError`` is
        raised when it has none. An unknown *speaker_key* raises ``KeyError``;
        a bad *index* ``IndexError``. ``CONTINUATION`` joins the turn before (or
        becomes an intro paragraph when there is none); ``PARAGRAPH`` is a
        paragraph of the reporter's own; ``IGNORED`` drops the paragraph.
        """
        if not 0 <= index < len(self.detections):
            raise IndexError(index)
        detection = self.detections[index]
        speakers = list(self.speakers)
        if as_kind is DetectionKind.TURN:
            if speaker_key is not None:
                if speaker_key not in {s.key for s in speakers}:
                    raise KeyError(speaker_key)
                strip = detection.strip_label and detection.speaker_key is not None
            elif detection.label is not None:
                speaker_key = _speaker_for_label(detection.label, speakers)
                strip = True
            else:
                raise ValueError("this paragraph has no speaker label; choose a speaker")
            updated = replace(
                detection,
                kind=as_kind,
                speaker_key=speaker_key,
                strip_label=strip,
                reason="reclassified",
            )
        else:
            updated = replace(
                detection,
                kind=as_kind,
                speaker_key=None,
                strip_label=False,
                reason="reclassified",
            )
        detections = list(self.detections)
        detections[index] = updated
        document, final = _assemble(detections, speakers)
        return ImportResult(document, tuple(final), tuple(speakers))


# ============================================================ text utilities
_SEPARATORS = str.maketrans(
    {"\u2028": "\n", "\u2029": "\n\n", "\x85": "\n", "\x0b": "\n", "\x0c": "\n"}
)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x80-\x9f]")
_OLD_TONE = re.compile("[òóỏõọ][ae]|[ùúủũụ]y")
_WORD = re.compile(r"\w+")
_PARENS = re.compile(r"\([^()]*\)")
_SENTENCE_BREAK = re.compile(r"[.!?…]+[\"”’')\]]*\s+(\S)")


def _move_tone(match: re.Match[str]) -> str:
    pair = match.group(0)
    decomposed = unicodedata.normalize("NFD", pair[0])
    return decomposed[0] + unicodedata.normalize("NFC", pair[1] + decomposed[1:])


def _vkey(text: str) -> str:
    """Comparison key keeping diacritics: NFC, case-folded, new-style tone marks, one space."""
    folded = _OLD_TONE.sub(_move_tone, nfc(text).casefold())
    return " ".join(folded.split())


def _fkey(text: str) -> str:
    """Folded words only: "Bài, ảnh" -> "bai anh"."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def _words(text: str) -> list[str]:
    return _WORD.findall(_vkey(text))


def _has_phrase(words: list[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    sizes = {len(p) for p in phrases}
    grams = {tuple(words[i : i + n]) for n in sizes for i in range(len(words) - n + 1)}
    return not grams.isdisjoint(phrases)


def _phrases(*items: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_words(item)) for item in items)


def _capitalised(word: str) -> bool:
    letter = next((ch for ch in word if ch.isalpha()), "")
    return letter.isupper()


def _acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _sentence_count(text: str) -> int:
    starts = (m.group(1)[0] for m in _SENTENCE_BREAK.finditer(text))
    return 1 + sum(1 for ch in starts if ch.isupper() or ch.isdigit())


def _clean_lines(text: str) -> list[str]:
    """Clean *text* and return its non-empty lines, spaces collapsed."""
    cleaned = clean_text(_INVISIBLE.sub("", text.translate(_SEPARATORS)))
    lines: list[str] = []
    for raw in cleaned.split("\n"):
        line = " ".join(raw.split())
        if line.startswith(("**", "__")):
            line = " ".join(line.replace("**", "").replace("__", "").split())
        line = re.sub(r"^#{1,6} +", "", line)
        if line:
            lines.append(line)
    return lines


# ============================================================ page furniture
_FURNITURE = re.compile(
    r"binh luan( \(\d+\))?|\d+ binh luan|gui binh luan|viet binh luan|y kien ban doc"
    r"|ban con \d+ ?/ ?\d+ ky tu|ban vui long nhap tu \d+ ky tu tro len"
    r"|tin moi( nhat)?|tin lien quan|tin cung chuyen muc|bai lien quan|tin khac"
    r"|doc them|xem them|xem tiep|chia se( bai viet)?( (qua|len|tren) \w+)?"
    r"|in bai( viet)?|len dau trang|ve dau trang|quay lai|trang chu|sao chep lien ket"
    r"|copy link|facebook|zalo|twitter|email|print|share|tweet|gui|dang nhap|dang ky"
    r"|\d+ luot xem|luot xem \d+|theo doi .{1,60} tren (google news|facebook|zalo|youtube)"
)
_END_OF_ARTICLE = re.compile(
    r"binh luan( \(\d+\))?|\d+ binh luan|gui binh luan|viet binh luan|y kien ban doc"
    r"|ban con \d+ ?/ ?\d+ ky tu|ban vui long nhap tu \d+ ky tu tro len"
    r"|tin moi( nhat)?|tin lien quan|tin cung chuyen muc|bai lien quan|tin khac"
)


def _furniture_key(line: str) -> str:
    return " ".join(fold(line).rstrip(" !.:…").replace(":", " ").split())


# ============================================================ speaker labels
class _LabelKind(Enum):
    INTERVIEWER = "interviewer"
    ANSWER = "answer"
    PERSON = "person"
    POSITION = "position"
    NAME = "name"


@dataclass(frozen=True)
class _Label:
    text: str
    kind: _LabelKind
    strong: bool
    key: str
    aliases: frozenset[str]
    name: tuple[str, ...] = ()

    @property
    def role(self) -> Role:
        return Role.INTERVIEWER if self.kind is _LabelKind.INTERVIEWER else Role.INTERVIEWEE


_GENERIC_INTERVIEWER = {
    "pv",
    "phongvien",
    "hoi",
    "cauhoi",
    "btv",
    "bientapvien",
    "mc",
    "nguoidanchuongtrinh",
    "nguoiphongvan",
}
_ANSWER = {"dap", "traloi", "tl"}
_PRESS = re.compile(r"^(?:(?:phóng viên|pv|p\. ?v\.?) )?(?:báo|tạp chí|đài|truyền hình|cổng) ")
_NAMED_INTERVIEWER = re.compile(r"^(?:phóng viên|pv|p\. ?v\.?) (?P<name>.+)$")
_NOT_LABELS = {
    "anh",
    "nguon",
    "thuc hien",
    "bai",
    "bai va anh",
    "bai anh",
    "tin anh",
    "ghi chu",
    "chu thich",
    "tu khoa",
    "tags",
    "tag",
    "sapo",
    "tit",
    "tieu de",
    "lts",
    "loi toa soan",
    "video",
    "clip",
    "link",
    "website",
    "email",
    "hotline",
    "dien thoai",
    "fax",
    "tel",
    "dia chi",
    "do hoa",
    "thiet ke",
    "anh minh hoa",
    "vi du",
    "luu y",
    "ket luan",
    "nhom pv",
    "tom tat",
    "tom lai",
    "note",
    "ps",
}
_PERSONAL_TITLES = _phrases(
    "đồng chí",
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "cô",
    "thầy",
    "chú",
    "bác",
    "cụ",
    "cháu",
    "già làng",
    "nghệ nhân",
    "nghệ sĩ",
    "nhà báo",
    "nhà văn",
    "nhà thơ",
    "nhà nghiên cứu",
    "nhạc sĩ",
    "họa sĩ",
    "luật sư",
    "bác sĩ",
    "bác sỹ",
    "kỹ sư",
    "kĩ sư",
    "tiến sĩ",
    "tiến sỹ",
    "thạc sĩ",
    "giáo sư",
    "phó giáo sư",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
    "thiếu tướng",
    "trung tướng",
    "thượng tướng",
    "đại tướng",
    "hòa thượng",
    "thượng tọa",
    "đại đức",
    "linh mục",
    "mục sư",
    "chuyên gia",
    "đại biểu",
    "doanh nhân",
    "vận động viên",
    "huấn luyện viên",
    "cô giáo",
    "thầy giáo",
    "bạn",
    "nông dân",
)
_POSITION_TITLES = _phrases(
    "phó",
    "giám đốc",
    "tổng giám đốc",
    "chủ tịch",
    "bí thư",
    "trưởng phòng",
    "trưởng ban",
    "trưởng khoa",
    "hiệu trưởng",
    "chủ nhiệm",
    "bộ trưởng",
    "thứ trưởng",
    "cục trưởng",
    "vụ trưởng",
    "viện trưởng",
    "tổng biên tập",
    "chánh văn phòng",
    "chánh án",
    "tư lệnh",
    "chính ủy",
    "chỉ huy trưởng",
    "trưởng công an",
    "trưởng bản",
    "trưởng thôn",
    "trưởng đoàn",
    "đại diện",
    "thủ trưởng",
    "giám đốc sở",
    "chủ tịch ubnd",
    "trưởng trạm",
    "trạm trưởng",
    "chủ doanh nghiệp",
    "chủ cơ sở",
    "chủ trang trại",
    "trưởng đài",
    "chủ hộ",
)
_TITLES: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
for _phrase, _is_position in sorted(
    [(p, False) for p in _PERSONAL_TITLES] + [(p, True) for p in _POSITION_TITLES],
    key=lambda item: -len(item[0]),
):
    _TITLES.setdefault(_phrase[0], []).append((_phrase, _is_position))
_ABBREVIATIONS = {
    "pgs",
    "gs",
    "ts",
    "ths",
    "bs",
    "ks",
    "ls",
    "cn",
    "ckii",
    "cki",
    "nsnd",
    "nsưt",
    "nsut",
    "ncs",
    "vđv",
    "hlv",
    "đc",
    "đ/c",
}
_SPEECH_VERBS = _phrases(
    "cho biết",
    "chia sẻ",
    "nói",
    "khẳng định",
    "nhấn mạnh",
    "cho rằng",
    "phát biểu",
    "bày tỏ",
    "nhận định",
    "thông tin",
    "kể",
    "tâm sự",
    "cho hay",
    "giải thích",
    "đề nghị",
    "yêu cầu",
    "nhận xét",
    "đánh giá",
    "tiết lộ",
    "hỏi",
    "trả lời",
    "phân tích",
    "lưu ý",
    "nhớ lại",
)


def _split_label(line: str) -> tuple[str, str] | None:
    match = re.match(r"^([^:：]{1,80}?)\s*[:：]\s*(.*)$", line)
    if match is None:
        return None
    prefix = match.group(1).strip(" *_-–—•")
    if not prefix or len(prefix.split()) > 10:
        return None
    return prefix, match.group(2).strip(" *_")


def _title_words(words: list[str]) -> tuple[int, bool]:
    """Count leading title words of *words* (vkeys); also say if a position title was seen."""
    index, position = 0, False
    while index < len(words):
        word = words[index].strip(",.")
        parts = [p for p in re.split(r"[./]", word) if p]
        if parts and all(p in _ABBREVIATIONS for p in parts):
            index += 1
            continue
        for phrase, is_position in _TITLES.get(word, ()):
            window = tuple(w.strip(",.") for w in words[index : index + len(phrase)])
            if window == phrase:
                index += len(phrase)
                position = position or is_position
                break
        else:
            break
    return index, position


def _person(segment: str) -> tuple[_LabelKind, tuple[str, ...]] | None:
    """Read a titled label segment: PERSON with a name, POSITION without, or None."""
    original = segment.split()
    consumed, position = _title_words([_vkey(w) for w in original])
    rest = original[consumed:]
    if consumed == 0 or not rest:
        return None
    if _has_phrase([_vkey(w) for w in rest], _SPEECH_VERBS):
        return None
    all_caps = all(_capitalised(w) for w in original)
    if len(rest) <= 5 and all(_capitalised(w) and (all_caps or not _acronym(w)) for w in rest):
        return _LabelKind.PERSON, tuple(_vkey(w) for w in rest)
    tail: list[str] = []
    for word in reversed(rest):
        if not _capitalised(word) or (_acronym(word) and not all_caps):
            break
        tail.insert(0, word)
    if tail and len(tail) <= 5:
        return _LabelKind.PERSON, tuple(_vkey(w) for w in tail)
    return (_LabelKind.POSITION, ()) if position else None


@functools.lru_cache(maxsize=4096)
def _parse_label(prefix: str) -> _Label | None:
    """Read *prefix* (the text before a colon) as a speaker label, or return None."""
    if re.search(r"[?!;\"“”«»…\d]", prefix):
        return None
    parentheticals = [p.strip() for p in re.findall(r"\(([^()]*)\)", prefix)]
    core = " ".join(_PARENS.sub(" ", prefix).split()).strip(" ,")
    if not core or "(" in core or ")" in core or not _capitalised(core.split()[0]):
        return None
    words = core.split()
    key = _vkey(core)
    compact = re.sub(r"[^a-z]", "", fold(core))
    aliases = {key, _vkey(prefix)}
    aliases.update(_vkey(p) for p in parentheticals if p and len(p) <= 8 and _acronym(p))

    def label(kind: _LabelKind, strong: bool, name: tuple[str, ...] = ()) -> _Label:
        return _Label(prefix, kind, strong, key, frozenset(aliases), name)

    if compact in _GENERIC_INTERVIEWER or _PRESS.match(key):
        return label(_LabelKind.INTERVIEWER, True)
    if compact in _ANSWER:
        return label(_LabelKind.ANSWER, True)
    if _fkey(core) in _NOT_LABELS or len(words) > 8:
        return None
    named = _NAMED_INTERVIEWER.match(key)
    if named and all(_capitalised(w) for w in words[-len(named.group("name").split()) :]):
        return label(_LabelKind.INTERVIEWER, True, tuple(named.group("name").split()))
    segments = [s.strip() for s in core.split(",") if s.strip()]
    readings = [_person(s) for s in segments]
    for reading in readings:
        if reading is not None and reading[0] is _LabelKind.PERSON:
            return label(_LabelKind.PERSON, True, reading[1])
    if readings and readings[0] is not None:
        return label(_LabelKind.POSITION, False)
    if len(segments) == 1 and len(words) <= 6 and all(_capitalised(w) for w in words):
        return label(_LabelKind.NAME, False, tuple(_vkey(w) for w in words))
    return None


def _names_match(known: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Same person: equal names, one a tail (given name) of the other, or the surname."""
    if not known or not new:
        return False
    short, long = sorted((known, new), key=len)
    return long[len(long) - len(short) :] == short or (len(short) == 1 and short[0] == long[0])


@dataclass
class _Speaker:
    key: str
    label: str
    role: Role
    generic: bool
    name: tuple[str, ...]
    aliases: set[str] = field(default_factory=set)
    last: int = -1
    position: int = -1


def _name_keys(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Index keys under which a known *name* is found by :func:`_names_match`."""
    keys = [name[i:] for i in range(len(name))]  # itself and its tails (given name)
    if len(name) >= 2:
        keys.append(("surname:", name[0]))
    return keys


def _name_lookups(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Keys to look up for a new *name*: known names it equals, ends or heads."""
    lookups = [name]  # known names ending with (or equal to) it
    lookups += [("full:", *name[i:]) for i in range(1, len(name))]  # known tails of it
    if len(name) == 1:
        lookups.append(("surname:", name[0]))
    else:
        lookups.append(("full:", name[0]))
    return lookups


class _NameIndex:
    """Finds the entries whose name matches a new name, in time independent of their number."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, ...], list[int]] = {}

    def add(self, name: tuple[str, ...], entry: int) -> None:
        if name:
            for key in [*_name_keys(name), ("full:", *name)]:
                self.entries.setdefault(key, []).append(entry)

    def find(self, name: tuple[str, ...]) -> set[int]:
        if not name:
            return set()
        return {e for key in _name_lookups(name) for e in self.entries.get(key, ())}


class _Registry:
    """The speakers met so far, and how a new label maps onto them."""

    def __init__(self) -> None:
        self.speakers: list[_Speaker] = []
        self._aliases: dict[str, int] = {}
        self._keys: set[str] = set()
        self._names = _NameIndex()
        self._generic: _Speaker | None = None
        self._last_interviewee: _Speaker | None = None

    def add(self, speaker: _Speaker) -> None:
        speaker.position = len(self.speakers)
        self.speakers.append(speaker)
        self._keys.add(speaker.key)
        for alias in speaker.aliases:
            self._aliases.setdefault(alias, speaker.position)
        self._names.add(speaker.name, speaker.position)
        if speaker.generic and self._generic is None:
            self._generic = speaker

    def find(self, label: _Label) -> _Speaker | None:
        if label.kind is _LabelKind.INTERVIEWER and not label.name:
            return self._generic
        known = [self._aliases[a] for a in label.aliases if a in self._aliases]
        if known:
            return self.speakers[min(known)]
        if label.kind is _LabelKind.ANSWER:
            return self._last_interviewee
        matches = [
            self.speakers[i]
            for i in self._names.find(label.name)
            if self.speakers[i].role is label.role
            and _names_match(self.speakers[i].name, label.name)
        ]
        return max(matches, key=lambda s: s.last, default=None)

    def resolve(self, label: _Label, index: int) -> _Speaker:
        speaker = self.find(label)
        if speaker is None:
            key = make_speaker_key(label.text, self._keys)
            generic = label.kind is _LabelKind.INTERVIEWER and not label.name
            speaker = _Speaker(key, label.text, label.role, generic, label.name)
            self.add(speaker)
        for alias in label.aliases - speaker.aliases:
            self._aliases.setdefault(alias, speaker.position)
        speaker.aliases |= label.aliases
        speaker.last = index
        if speaker.role is Role.INTERVIEWEE:
            self._last_interviewee = speaker
        return speaker


def _speaker_for_label(text: str, speakers: list[Speaker]) -> str:
    """Key of the speaker *text* names among *speakers*; a new speaker is appended if none."""
    label = _parse_label(text) or _Label(
        text, _LabelKind.NAME, False, _vkey(text), frozenset({_vkey(text)})
    )
    registry = _Registry()
    for speaker in speakers:
        parsed = _parse_label(speaker.label)
        registry.add(
            _Speaker(
                speaker.key,
                speaker.label,
                speaker.role,
                generic=parsed is not None
                and parsed.kind is _LabelKind.INTERVIEWER
                and not parsed.name,
                name=parsed.name if parsed else (),
                aliases=set(parsed.aliases) if parsed else {_vkey(speaker.label)},
            )
        )
    found = registry.find(label)
    if found is not None:
        return found.key
    new = Speaker(make_speaker_key(text, {s.key for s in speakers}), text, label.role)
    speakers.append(new)
    return new.key


# ============================================================ captions, bylines, tags
_CREDIT = r"(?P<credit>[^()]{1,80}?)"
_CREDIT_FORMS = [
    re.compile(rf"^(?P<caption>.*?)\s*\(\s*ảnh\s*[:：]\s*{_CREDIT}\s*\)\s*\.?$", re.I),
    re.compile(rf"^(?P<caption>.*?)\s*[-–—]\s*ảnh\s*[:：]\s*{_CREDIT}\s*\.?$", re.I),
    re.compile(rf"^(?P<caption>.*?[.!…])\s*ảnh\s*[:：]\s*{_CREDIT}\s*\.?$", re.I),
]
_BARE_CREDIT = re.compile(rf"^(?P<caption>.*?\S)\s+ảnh\s*[:：]\s*{_CREDIT}\s*\.?$", re.I)
_PHOTO_PREFIX = re.compile(r"^ảnh\s*[:：]\s*(?P<rest>.*)$", re.I)
_PHOTO_NOTE = re.compile(r"\(\s*ảnh\s+[^()]{1,40}\)\s*\.?$", re.I)


def _is_name_line(text: str, max_words: int = 8) -> bool:
    """One to *max_words* capitalised words, joined by spaces, "-", ",", "&" or "và"."""
    if not text or text[-1] in ".?!:;,…":
        return False
    tokens = text.replace(",", " , ").split()
    names = [t for t in tokens if t not in {",", "-", "–", "—", "&", "và", "/"}]
    return 0 < len(names) <= max_words and all(
        _capitalised(t) and t[0].isalpha() and not re.search(r"[?!:;…()\"“”]", t) for t in names
    )


def _photo_caption(text: str) -> tuple[str, str | None] | None:
    """Split a paragraph carrying a photo marker into (caption, credit); None if it has none."""
    prefixed = _PHOTO_PREFIX.match(text)
    if prefixed:
        rest = prefixed.group("rest").strip()
        if len(rest.split()) > 60:
            return None
        if rest and _is_name_line(rest, max_words=5):
            return "", rest
        return rest, None
    if len(text.split()) > 45:
        return None
    for pattern in _CREDIT_FORMS:
        match = pattern.match(text)
        if match:
            return _credit_split(match)
    match = _BARE_CREDIT.match(text)
    if match and _is_name_line(match.group("credit").strip().rstrip("."), max_words=6):
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
    return _photo_caption(text) or (text, None)


_BYLINE_PREFIXES = {
    "thuchien",
    "baivaanh",
    "baianh",
    "bai",
    "tinanh",
    "tinvaanh",
    "nhomthuchien",
    "tacgia",
    "thuchienbai",
}


def _byline_name(text: str) -> str | None:
    """The author in an explicit byline line, or None if *text* is not one."""
    split = _split_label(text)
    if split and re.sub(r"[^a-z0-9]", "", fold(split[0])) in _BYLINE_PREFIXES:
        name = split[1].rstrip(".").strip()
        if name and len(name.split()) <= 12 and _capitalised(name) and name[-1] not in "?!":
            return name
        return None
    match = re.match(r"^(?P<name>.+?)\s*\(\s*thực hiện\s*\)\s*\.?$", text, re.I)
    if match and len(match.group("name").split()) <= 10 and _capitalised(match.group("name")):
        return match.group("name").strip()
    match = re.match(r"^(?P<name>.+?)\s+thực hiện\s*\.?$", text, re.I)
    if match:
        name = match.group("name").strip()
        if _is_name_line(name) or (fold(name).startswith("nhom ") and len(name.split()) <= 8):
            return name
    return None


def _tags(text: str) -> list[str] | None:
    split = _split_label(text)
    if split is None or fold(split[0]) not in {"tu khoa", "tags", "tag"}:
        return None
    return [t.strip() for t in re.split(r"[,;]", split[1]) if t.strip()]


_ANTI_CUES = _phrases(
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
_OPENING_PHRASES = _phrases(
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
_PICTURE_CUES = _phrases(
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


def _caption_shaped(text: str) -> bool:
    """Short, one sentence, no question/exclamation/colon ending, no voice of a speaker."""
    words = text.split()
    if not 3 <= len(words) <= 30 or ":" in text or text.endswith("..."):
        return False
    if text[-1] in "?!:;,…" or _sentence_count(text) > 1:
        return False
    words = _words(_PARENS.sub(" ", text))
    # "phải" is a modal verb ("must") except in "bên phải" / "sang phải" (on the right).
    plain = [
        w
        for i, w in enumerate(words)
        if not (w == "phải" and words[i - 1 : i] in (["bên"], ["sang"]))
    ]
    if not plain or plain[0] in _OPENING_CONNECTIVES or _has_phrase(plain[:3], _OPENING_PHRASES):
        return False
    return not _has_phrase(plain, _ANTI_CUES) and "phải" not in plain


def _picture_cue(text: str) -> bool:
    return bool(_PARENS.search(text)) or _has_phrase(_words(text), _PICTURE_CUES)


# ============================================================ detection
@dataclass
class _Para:
    index: int
    text: str
    kind: DetectionKind | None = None
    reason: str = ""
    split: tuple[str, str] | None = None
    label: _Label | None = None
    speaker: _Speaker | None = None

    @property
    def body(self) -> str:
        return self.split[1] if self.split else self.text


def parse_interview(text: str) -> ImportResult:
    """Read a plain-text interview; never raises for any string.

    See the module docstring for the rules. Empty input gives an empty document.
    """
    paras = [_Para(i, line) for i, line in enumerate(_clean_lines(text))]
    for para in paras:
        para.split = _split_label(para.text)
        para.label = _parse_label(para.split[0]) if para.split else None
    _mark_furniture(paras)
    _mark_specials(paras)
    content = [p for p in paras if p.kind is None]
    _mark_title_and_lead(content)
    registry = _Registry()
    _mark_turns([p for p in content if p.kind is None], registry)
    _mark_bare_byline(paras)
    _mark_unmarked_captions(paras)
    speakers = [Speaker(s.key, s.label, s.role) for s in registry.speakers]
    detections = [_detection(p) for p in paras]
    document, final = _assemble(detections, speakers)
    return ImportResult(document, tuple(final), tuple(speakers))


def _set(para: _Para, kind: DetectionKind, reason: str) -> None:
    para.kind, para.reason = kind, reason


def _is_question(para: _Para) -> bool:
    return para.label is not None and para.label.kind is _LabelKind.INTERVIEWER


class _LabelIndex:
    """Answers "does this paragraph's label occur elsewhere in *paras*?" in constant time."""

    def __init__(self, paras: list[_Para]) -> None:
        self.keys: dict[str, int] = {}
        self.names = _NameIndex()
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
        if p.label is not None and p.label.kind in (_LabelKind.INTERVIEWER, _LabelKind.ANSWER)
    ]
    index = _LabelIndex(labelled)
    recurring = [p.index for p in labelled if index.recurs(p)]
    last_turn = max(questions or recurring, default=-1)
    cut = False
    for para in paras:
        key = _furniture_key(para.text)
        if cut:
            _set(para, DetectionKind.IGNORED, "after-comment-box")
        elif para.index > last_turn and _END_OF_ARTICLE.fullmatch(key):
            cut = True
            _set(para, DetectionKind.IGNORED, "comment-box")
        elif _FURNITURE.fullmatch(key):
            _set(para, DetectionKind.IGNORED, "page-furniture")


def _mark_specials(paras: list[_Para]) -> None:
    """Tags, explicit bylines and photo captions with a marker."""
    for para in paras:
        if para.kind is not None:
            continue
        if _tags(para.text) is not None:
            _set(para, DetectionKind.TAGS, "tags-prefix")
        elif _byline_name(para.text) is not None:
            _set(para, DetectionKind.BYLINE, "byline-form")
        elif (para.label is None or not para.label.strong) and _photo_caption(para.text):
            _set(para, DetectionKind.CAPTION, "photo-marker")


def _mark_title_and_lead(content: list[_Para]) -> None:
    if not content:
        return
    first = content[0]
    if _is_question(first):
        return
    _set(first, DetectionKind.TITLE, "first-paragraph")
    unlabelled_turn = (_LabelKind.INTERVIEWER, _LabelKind.ANSWER)
    candidates = [p for p in content[1:] if p.kind is None]
    if candidates:
        second = candidates[0]
        label = second.label
        recurs = _LabelIndex(candidates).recurs(second)
        if label is None or not (label.kind in unlabelled_turn or recurs):
            _set(second, DetectionKind.LEAD, "second-paragraph")


def _mark_turns(paras: list[_Para], registry: _Registry) -> None:
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


def _mark_bare_byline(paras: list[_Para]) -> None:
    content = [p for p in paras if p.kind not in (DetectionKind.IGNORED, DetectionKind.TAGS)]
    if any(p.kind is DetectionKind.BYLINE for p in content) or not content:
        return
    last = content[-1]
    if (
        last.kind is None
        and any(p.kind is DetectionKind.TURN for p in content)
        and _is_name_line(last.text)
    ):
        _set(last, DetectionKind.BYLINE, "name-on-last-line")


def _mark_unmarked_captions(paras: list[_Para]) -> None:
    """Captions without a marker, only in the layout's photo positions (see module doc)."""
    content = [p for p in paras if p.kind not in (DetectionKind.IGNORED, DetectionKind.TAGS)]
    turns = [i for i, p in enumerate(content) if p.kind is DetectionKind.TURN]
    if not turns:
        return

    def unmarked_caption(pos: int) -> bool:
        para = content[pos]
        return para.kind is None and _caption_shaped(para.text) and _picture_cue(para.text)

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
            and _caption_shaped(previous.text)
        ):
            _set(previous, DetectionKind.CAPTION, "before-credit-line")


_AUTO = "text"  # reason of a plain paragraph until assembly says where it went


def _detection(para: _Para) -> Detection:
    kind = para.kind or DetectionKind.CONTINUATION
    reason = para.reason or _AUTO
    return Detection(
        index=para.index,
        kind=kind,
        text=para.text,
        reason=reason,
        speaker_key=para.speaker.key if para.speaker else None,
        label=para.split[0] if para.split else None,
        body=para.body,
        strip_label=kind is DetectionKind.TURN,
    )


# ============================================================ assembly
def _strip_prefix(text: str, prefixes: set[str]) -> str:
    split = _split_label(text)
    if split and fold(split[0]) in prefixes and split[1]:
        return split[1]
    return text


def _assemble(
    detections: list[Detection], speakers: list[Speaker]
) -> tuple[InterviewDocument, list[Detection]]:
    """Build the document from *detections*; return it with the detections as applied.

    Continuations with no turn to join become intro paragraphs; a continuation
    right after a photo that interrupted a turn resumes that speaker. The
    document lists the speakers that have turns, in order of first appearance.
    """
    titles: list[str] = []
    leads: list[str] = []
    bylines: list[str] = []
    tags: list[str] = []
    blocks: list[Block] = []
    final: list[Detection] = []
    turn: list[str] | None = None
    turn_key: str | None = None
    resume_key: str | None = None

    def flush() -> None:
        nonlocal turn
        if turn is not None and turn_key is not None:
            blocks.append(TurnBlock(turn_key, "\n\n".join(turn)))
        turn = None

    for det in detections:
        kind = det.kind
        if kind is DetectionKind.TITLE:
            titles.append(_strip_prefix(det.text, {"tit", "tieu de"}))
        elif kind is DetectionKind.LEAD:
            leads.append(_strip_prefix(det.text, {"sapo"}))
        elif kind is DetectionKind.TAGS:
            tags.extend(_tags(det.text) or [])
        elif kind is DetectionKind.BYLINE:
            flush()
            resume_key = None
            bylines.append(_byline_name(det.text) or det.text)
        elif kind is DetectionKind.CAPTION:
            flush()
            caption, credit = split_caption(det.text)
            previous = blocks[-1] if blocks else None
            if (
                not caption
                and credit
                and isinstance(previous, PhotoBlock)
                and previous.credit is None
                and final
                and final[-1].kind is DetectionKind.CAPTION
            ):
                blocks[-1] = replace(previous, credit=credit)
            else:
                blocks.append(PhotoBlock(caption, credit))
        elif kind is DetectionKind.TURN and det.speaker_key is not None:
            flush()
            turn_key = resume_key = det.speaker_key
            first = det.body if det.strip_label else det.text
            turn = [first] if first else []
        elif kind in (DetectionKind.CONTINUATION, DetectionKind.TURN):
            why = "continues-turn"
            if turn is None and resume_key is not None:
                turn, turn_key, why = [], resume_key, "resumes-after-photo"
            if turn is not None:
                turn.append(det.text)
                kind, key = DetectionKind.CONTINUATION, turn_key
            else:
                blocks.append(ParagraphBlock(det.text))
                kind, key, why = DetectionKind.PARAGRAPH, None, "outside-turns"
            reason = why if det.reason == _AUTO else det.reason
            det = replace(det, kind=kind, speaker_key=key, reason=reason)
        elif kind is DetectionKind.PARAGRAPH:
            flush()
            blocks.append(ParagraphBlock(det.text))
        final.append(det)
    flush()
    by_key = {s.key: s for s in speakers}
    first_seen = dict.fromkeys(b.speaker_key for b in blocks if isinstance(b, TurnBlock))
    document = InterviewDocument(
        title=" ".join(titles),
        lead="\n\n".join(leads),
        byline=", ".join(bylines),
        tags=tags,
        speakers=[by_key[key] for key in first_seen],
        blocks=blocks,
    )
    return document, final


# ============================================================ files
class ImportFileProblem(StrEnum):
    """Why a file could not be read; a UI translates its message from this."""

    NOT_FOUND = "not-found"
    NOT_A_FILE = "not-a-file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    BINARY = "binary"
    NOT_TEXT = "not-text"


class ImportFileError(Exception):
    """A file that cannot be imported; ``message`` is one line for the user."""

    def __init__(self, problem: ImportFileProblem, path: str, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.message = message


def read_interview_file(path: str | os.PathLike[str]) -> str:
    """Return the text of an interview file for :func:`parse_interview`.

    Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM. Raises
    :class:`ImportFileError` for a missing or unreadable file, a folder, a file
    over :data:`MAX_FILE_BYTES`, binary data (NUL or other control bytes) and
    text in another encoding.
    """
    file = Path(path)
    name = file.name or str(file)

    def fail(problem: ImportFileProblem, message: str) -> ImportFileError:
        return ImportFileError(problem, str(file), message)

    try:
        if not file.exists():
            raise fail(ImportFileProblem.NOT_FOUND, f"“{name}” does not exist.")
        if not file.is_file():
            raise fail(ImportFileProblem.NOT_A_FILE, f"“{name}” is not a file.")
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or "invalid file name"
        raise fail(ImportFileProblem.UNREADABLE, f"“{name}” cannot be read: {reason}.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise fail(
            ImportFileProblem.TOO_LARGE,
            f"“{name}” is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; "
            "an interview file is never that big.",
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise fail(ImportFileProblem.BINARY, f"“{name}” is not a text file (binary data).")
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise fail(
            ImportFileProblem.NOT_TEXT,
            f"“{name}” is not UTF-8 or UTF-16 text; save it as Unicode (UTF-8) text and retry.",
        ) from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise fail(ImportFileProblem.BINARY, f"“{name}” is not a text file (binary data).")
    return text
