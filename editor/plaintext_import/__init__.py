"""Read a plain-text interview (as pasted from a page or a word processor) into a document.

The text is cut into paragraphs, one per non-empty line, after cleaning (NFC,
``\\n`` line ends, no BOM, no control or zero-width characters, any run of
spaces including non-breaking ones becomes one space). Text that is clearly
hard-wrapped (e-mail, a word processor's "plain text": lines ending near one width
of 40 to 100 characters) has its wrapped lines joined back into paragraphs first;
a speaker label, a caption, a byline or furniture starting a line still starts a
new paragraph (see :mod:`editor.plaintext_import.wrapping`). Each paragraph gets one
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
   label as first written. "Nhân vật" is a label of its own (the interviewee
   of an unlabelled interview, as rule 7 names it), so exported text reads back.
7. **Questions without labels** (bold on the page, lost in the copy): in a text
   with at most one accepted speaker label, short paragraphs ending with "?"
   (at least two, each followed by an answer, the first within five paragraphs
   after the lead, at least one addressing the interviewee as "ông", "bà",
   "anh", "chị", "đồng chí", "thưa …" or "xin … cho biết", and a second sign:
   another such question or a closing "Xin cảm ơn ông!") are questions of
   "Phóng viên"; the paragraphs up to the next question are one answer; the
   closing thanks after the last answer is the interviewer's. The interviewee
   is the titled person the intro names ("… ông Lò Văn Minh, Chủ tịch …"; if
   several, the one in a sentence about the interview or titled as the
   questions address him), else the one labelled interviewee, else "Nhân vật".
   Their reasons are ``unlabelled-question``, ``unlabelled-answer`` and
   ``closing-thanks``. A news story with a rhetorical question or two, which
   speak to nobody, stays as it was (see
   :mod:`editor.plaintext_import.unlabelled`).
8. **Captions without a marker** are short (3 to 30 words), one sentence, end
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
9. **The rest**: before the first turn, paragraphs are intro paragraphs; after a
   turn they continue it (one turn may hold many paragraphs) until the next
   label, photo or byline. Text resuming after a photo inside an answer becomes
   a new turn of the same speaker.

The package is laid out by job; only the names in ``__all__`` are its API:
``reading`` (files: size, encodings, not-text detection), ``cleaning`` (NFC,
lines, page furniture), ``wrapping`` (rejoining hard-wrapped lines), ``text``
(comparison keys, word helpers), ``labels`` (the speaker-label grammar),
``speakers`` (merging labels into speakers), ``unlabelled`` (questions without
labels), ``captions`` (photo captions and
credits), ``byline`` (bylines and tags), ``model`` (:class:`Detection`), ``detect``
(the rules above, in order) and ``assemble`` (the document, :class:`ImportResult`).
"""

from __future__ import annotations

from editor.plaintext_import.assemble import ImportResult
from editor.plaintext_import.captions import split_caption
from editor.plaintext_import.detect import PROGRESS_TOTAL, Progress, parse_interview
from editor.plaintext_import.model import (
    CLOSING_THANKS,
    UNLABELLED_ANSWER,
    UNLABELLED_QUESTION,
    Detection,
    DetectionKind,
)
from editor.plaintext_import.reading import (
    MAX_FILE_BYTES,
    ImportFileError,
    ImportFileProblem,
    read_interview_file,
)

__all__ = [
    "CLOSING_THANKS",
    "MAX_FILE_BYTES",
    "PROGRESS_TOTAL",
    "UNLABELLED_ANSWER",
    "UNLABELLED_QUESTION",
    "Detection",
    "DetectionKind",
    "ImportFileError",
    "ImportFileProblem",
    "ImportResult",
    "Progress",
    "parse_interview",
    "read_interview_file",
    "split_caption",
]
