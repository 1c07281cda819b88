"""The speaker-label grammar: which "Label: text" prefixes name a speaker, and how."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from editor.document import Role
from editor.plaintext_import.text import (
    PARENS,
    acronym,
    capitalised,
    fkey,
    has_phrase,
    phrases,
    vkey,
)
from storage.textfold import fold


class LabelKind(Enum):
    """What sort of speaker a label names."""

    INTERVIEWER = "interviewer"
    ANSWER = "answer"
    PERSON = "person"
    POSITION = "position"
    NAME = "name"


@dataclass(frozen=True)
class Label:
    """A label read by :func:`parse_label`; *strong* labels are speakers without more evidence."""

    text: str
    kind: LabelKind
    strong: bool
    key: str
    aliases: frozenset[str]
    name: tuple[str, ...] = ()

    @property
    def role(self) -> Role:
        """Interviewer for interviewer labels, interviewee for every other kind."""
        return Role.INTERVIEWER if self.kind is LabelKind.INTERVIEWER else Role.INTERVIEWEE


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
_GENERIC_INTERVIEWEE = {"nhanvat"}  # "Nhân vật": the interviewee of an unlabelled interview
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
_PERSONAL_TITLES = phrases(
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
_POSITION_TITLES = phrases(
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
_SPEECH_VERBS = phrases(
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


def split_label(line: str) -> tuple[str, str] | None:
    """Split "Prefix: text" into (prefix, text) when the prefix is short enough to be a label."""
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


def _person(segment: str) -> tuple[LabelKind, tuple[str, ...]] | None:
    """Read a titled label segment: PERSON with a name, POSITION without, or None."""
    original = segment.split()
    consumed, position = _title_words([vkey(w) for w in original])
    rest = original[consumed:]
    if consumed == 0 or not rest:
        return None
    if has_phrase([vkey(w) for w in rest], _SPEECH_VERBS):
        return None
    all_caps = all(capitalised(w) for w in original)
    if len(rest) <= 5 and all(capitalised(w) and (all_caps or not acronym(w)) for w in rest):
        return LabelKind.PERSON, tuple(vkey(w) for w in rest)
    tail: list[str] = []
    for word in reversed(rest):
        if not capitalised(word) or (acronym(word) and not all_caps):
            break
        tail.insert(0, word)
    if tail and len(tail) <= 5:
        return LabelKind.PERSON, tuple(vkey(w) for w in tail)
    return (LabelKind.POSITION, ()) if position else None


@functools.lru_cache(maxsize=4096)
def parse_label(prefix: str) -> Label | None:
    """Read *prefix* (the text before a colon) as a speaker label, or return None."""
    if re.search(r"[?!;\"“”«»…\d]", prefix):
        return None
    parentheticals = [p.strip() for p in re.findall(r"\(([^()]*)\)", prefix)]
    core = " ".join(PARENS.sub(" ", prefix).split()).strip(" ,")
    if not core or "(" in core or ")" in core or not capitalised(core.split()[0]):
        return None
    words = core.split()
    key = vkey(core)
    compact = re.sub(r"[^a-z]", "", fold(core))
    aliases = {key, vkey(prefix)}
    aliases.update(vkey(p) for p in parentheticals if p and len(p) <= 8 and acronym(p))

    def label(kind: LabelKind, strong: bool, name: tuple[str, ...] = ()) -> Label:
        return Label(prefix, kind, strong, key, frozenset(aliases), name)

    if compact in _GENERIC_INTERVIEWER or _PRESS.match(key):
        return label(LabelKind.INTERVIEWER, True)
    if compact in _ANSWER:
        return label(LabelKind.ANSWER, True)
    if compact in _GENERIC_INTERVIEWEE:
        return label(LabelKind.POSITION, True)
    if fkey(core) in _NOT_LABELS or len(words) > 8:
        return None
    named = _NAMED_INTERVIEWER.match(key)
    if named and all(capitalised(w) for w in words[-len(named.group("name").split()) :]):
        return label(LabelKind.INTERVIEWER, True, tuple(named.group("name").split()))
    segments = [s.strip() for s in core.split(",") if s.strip()]
    readings = [_person(s) for s in segments]
    for reading in readings:
        if reading is not None and reading[0] is LabelKind.PERSON:
            return label(LabelKind.PERSON, True, reading[1])
    if readings and readings[0] is not None:
        return label(LabelKind.POSITION, False)
    if len(segments) == 1 and len(words) <= 6 and all(capitalised(w) for w in words):
        return label(LabelKind.NAME, False, tuple(vkey(w) for w in words))
    return None
