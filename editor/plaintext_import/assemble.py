"""Building the document from the detections, and :class:`ImportResult`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from editor.document import (
    Block,
    InterviewDocument,
    ParagraphBlock,
    PhotoBlock,
    Speaker,
    TurnBlock,
    clean_headline,
)
from editor.plaintext_import.byline import byline_name, parse_tags
from editor.plaintext_import.captions import split_caption
from editor.plaintext_import.labels import split_label
from editor.plaintext_import.model import (
    AUTO_REASON,
    UNLABELLED_ANSWER,
    Detection,
    DetectionKind,
)
from editor.plaintext_import.speakers import speaker_for_label
from storage.textfold import fold


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
                speaker_key = speaker_for_label(detection.label, speakers)
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
        document, final = assemble(detections, speakers)
        return ImportResult(document, tuple(final), tuple(speakers))


def _strip_prefix(text: str, prefixes: set[str]) -> str:
    split = split_label(text)
    if split and fold(split[0]) in prefixes and split[1]:
        return split[1]
    return text


def assemble(
    detections: list[Detection], speakers: list[Speaker]
) -> tuple[InterviewDocument, list[Detection]]:
    """Build the document from *detections*; return it with the detections as applied.

    Continuations with no turn to join become intro paragraphs; a continuation
    right after a photo that interrupted a turn resumes that speaker. An answer
    found without a label (``UNLABELLED_ANSWER``) that directly follows a turn of
    its own speaker joins it: so a rhetorical question inside an answer, wrongly
    read as a question and made a continuation again, leaves one answer. The
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
            tags.extend(parse_tags(det.text) or [])
        elif kind is DetectionKind.BYLINE:
            flush()
            resume_key = None
            bylines.append(byline_name(det.text) or det.text)
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
        elif (
            kind is DetectionKind.TURN
            and det.reason == UNLABELLED_ANSWER
            and turn is not None
            and turn_key == det.speaker_key
        ):
            turn.append(det.text)
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
            reason = why if det.reason == AUTO_REASON else det.reason
            det = replace(det, kind=kind, speaker_key=key, reason=reason)
        elif kind is DetectionKind.PARAGRAPH:
            flush()
            blocks.append(ParagraphBlock(det.text))
        final.append(det)
    flush()
    by_key = {s.key: s for s in speakers}
    first_seen = dict.fromkeys(b.speaker_key for b in blocks if isinstance(b, TurnBlock))
    document = InterviewDocument(
        title=clean_headline(" ".join(titles)),
        lead="\n\n".join(leads),
        byline=", ".join(bylines),
        tags=tags,
        speakers=[by_key[key] for key in first_seen],
        blocks=blocks,
    )
    return document, final
