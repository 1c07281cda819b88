"""The interview document: speakers and an ordered list of blocks.

Pure data, no Qt. Blocks and speakers are immutable values; the
:class:`InterviewDocument` holding them is mutable so editor commands can change
it in place (each mutating method returns what an undo needs).

A turn refers to its speaker by *key*, never by label, so renaming a speaker
changes every one of their turns at once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeAlias

from PySide6.QtCore import QCoreApplication

from storage.known_error import KnownError
from storage.textfold import fold, strip_invisible

#: Version written by :meth:`InterviewDocument.to_dict` for a document of Newsdesk's own.
FORMAT_VERSION = 1
#: Version written for a document opened from a site post (site content, a site layout,
#: photos with their site address, a lead kept out of the text): older Newsdesks refuse it
#: with a clear message instead of dropping what they cannot keep. Both are read.
SITE_FORMAT_VERSION = 2


class Role(StrEnum):
    """Who a speaker is in the interview."""

    INTERVIEWER = "interviewer"
    INTERVIEWEE = "interviewee"


@dataclass(frozen=True)
class Speaker:
    """A person speaking in the interview; ``label`` is printed before their turns."""

    key: str
    label: str
    role: Role


@dataclass(frozen=True)
class ParagraphBlock:
    """A paragraph of the reporter's own text (introduction, transitions)."""

    text: str


@dataclass(frozen=True)
class TurnBlock:
    """One speaker's turn; ``text`` may hold several paragraphs separated by ``"\\n\\n"``."""

    speaker_key: str
    text: str

    def paragraphs(self) -> list[str]:
        """Return the turn's non-empty paragraphs, stripped."""
        return split_paragraphs(self.text)


@dataclass(frozen=True)
class PhotoBlock:
    """A photo with its caption and credit; the image itself may still be missing."""

    caption: str
    credit: str | None = None
    alt_text: str = ""
    image_path: str | None = None
    #: The image's address on the site, for a photo read from a site post (sent back as it
    #: is while no local image file replaces it).
    site_url: str | None = None
    #: The image's media id on the site (``wp-image-ID``), when the post says it.
    site_media_id: int | None = None


@dataclass(frozen=True)
class SiteHtmlBlock:
    """Part of a site post Newsdesk cannot model (a table, an embed, columns, a shortcode…).

    ``html`` is the exact markup the site has; it is sent back byte for byte,
    shown only as a plain-text preview (never rendered), and can be moved or
    deleted as a whole but not edited.
    """

    html: str

    def preview(self, limit: int = 300) -> str:
        """A short plain-text preview of the markup (its words; never HTML)."""
        from editor.site_html import preview_text

        return preview_text(self.html, limit)


Block: TypeAlias = ParagraphBlock | TurnBlock | PhotoBlock | SiteHtmlBlock


class DocumentFormatError(KnownError, ValueError):
    """Raised by :meth:`InterviewDocument.from_dict` when stored data has the wrong shape."""

    @property
    def user_message(self) -> str:
        """One sentence for the reporter."""
        return QCoreApplication.translate(
            "Document", "This interview's stored text is damaged and cannot be opened."
        )


class DocumentTooNew(DocumentFormatError):
    """Written by a newer Newsdesk: a format version or a block kind this one does not know."""

    @property
    def user_message(self) -> str:
        """One sentence for the reporter."""
        return QCoreApplication.translate(
            "Document",
            "This interview was saved by a newer version of Newsdesk. Update Newsdesk to "
            "open it; nothing in it was changed.",
        )


#: One piece of a site post as read: (key of what Newsdesk writes for it, the site's exact markup).
SiteLine: TypeAlias = tuple[str, str]


def split_paragraphs(text: str) -> list[str]:
    """Split *text* on blank lines into stripped, non-empty paragraphs."""
    return [part.strip() for part in re.split(r"\n[ \t]*\n", text) if part.strip()]


def make_speaker_key(label: str, taken: Collection[str]) -> str:
    """Return a readable key for a speaker called *label* that is not in *taken*.

    >>> make_speaker_key("Phóng viên", set())
    'phong-vien'
    """
    base = re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-")[:40].strip("-") or "speaker"
    key, number = base, 2
    while key in taken:
        key = f"{base}-{number}"
        number += 1
    return key


@dataclass
class InterviewDocument:
    """An interview: headline, lead (sapo), byline, tags, speakers and blocks."""

    title: str = ""
    lead: str = ""
    byline: str = ""
    tags: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    #: Words the spell checker must not flag in this interview ("Ignore in this interview").
    spelling_ignored: list[str] = field(default_factory=list)
    #: Whether the lead also opens the post's text (a "sapo" paragraph); a post opened
    #: from the site without one keeps its lead as the excerpt only.
    lead_in_text: bool = True
    #: The site post this document was read from, piece by piece (:mod:`editor.post_content`
    #: sends the site's own markup for every piece the reporter did not change).
    site_layout: tuple[SiteLine, ...] = ()

    def snapshot(self) -> InterviewDocument:
        """A copy later edits do not change (cheap: blocks and speakers are immutable)."""
        return InterviewDocument(
            self.title,
            self.lead,
            self.byline,
            list(self.tags),
            list(self.speakers),
            list(self.blocks),
            list(self.spelling_ignored),
            self.lead_in_text,
            self.site_layout,
        )

    def from_site(self) -> bool:
        """Whether the document was read from a site post Newsdesk did not write."""
        return (
            bool(self.site_layout)
            or not self.lead_in_text
            or any(
                isinstance(block, SiteHtmlBlock)
                or (isinstance(block, PhotoBlock) and block.site_url is not None)
                for block in self.blocks
            )
        )

    # ----------------------------------------------------------------- speakers
    def find_speaker(self, key: str) -> Speaker | None:
        """Return the speaker with *key*, or ``None``."""
        return next((s for s in self.speakers if s.key == key), None)

    def speaker(self, key: str) -> Speaker:
        """Return the speaker with *key*; raise ``KeyError`` if there is none."""
        found = self.find_speaker(key)
        if found is None:
            raise KeyError(key)
        return found

    def add_speaker(self, label: str, role: Role) -> Speaker:
        """Append a new speaker with a fresh key and return it."""
        clean = _clean_label(label)
        speaker = Speaker(make_speaker_key(clean, {s.key for s in self.speakers}), clean, role)
        self.speakers.append(speaker)
        return speaker

    def rename_speaker(self, key: str, new_label: str) -> Speaker:
        """Give speaker *key* a new label (every turn follows); return the old speaker.

        Raises ``KeyError`` for an unknown key, ``ValueError`` for a blank label.
        """
        return self._replace_speaker(key, label=_clean_label(new_label))

    def set_speaker_role(self, key: str, role: Role) -> Speaker:
        """Change the role of speaker *key*; return the old speaker."""
        return self._replace_speaker(key, role=role)

    def merge_speakers(self, keep_key: str, drop_key: str) -> None:
        """Give every turn of *drop_key* to *keep_key* and remove *drop_key*."""
        self.speaker(keep_key)
        dropped = self.speaker(drop_key)
        if keep_key == drop_key:
            return
        self.blocks = [
            replace(b, speaker_key=keep_key)
            if isinstance(b, TurnBlock) and b.speaker_key == drop_key
            else b
            for b in self.blocks
        ]
        self.speakers.remove(dropped)

    def _replace_speaker(self, key: str, **changes: Any) -> Speaker:
        old = self.speaker(key)
        self.speakers[self.speakers.index(old)] = replace(old, **changes)
        return old

    def turn_counts(self) -> dict[str, int]:
        """Return how many turns each speaker key has (speakers without turns give 0)."""
        counts = {s.key: 0 for s in self.speakers}
        for block in self.blocks:
            if isinstance(block, TurnBlock):
                counts[block.speaker_key] = counts.get(block.speaker_key, 0) + 1
        return counts

    def main_speaker(self, role: Role) -> Speaker | None:
        """Return the speaker of *role* with most turns (the earliest listed on a tie)."""
        counts = self.turn_counts()
        candidates = [s for s in self.speakers if s.role is role]
        return max(candidates, key=lambda s: counts[s.key], default=None)

    def next_speaker_after(self, block_index: int) -> Speaker | None:
        """Suggest the speaker of a new turn inserted after block *block_index*.

        The nearest turn at or before *block_index* decides: after the interviewer
        comes the main interviewee (most turns), after an interviewee the main
        interviewer. With no turn before (or ``block_index`` < 0) a new turn is
        a question, so the interviewer is suggested. Falls back to any speaker;
        ``None`` only when the document has no speakers.
        """
        previous: Speaker | None = None
        for block in reversed(self.blocks[: max(block_index + 1, 0)]):
            if isinstance(block, TurnBlock):
                previous = self.find_speaker(block.speaker_key)
                if previous is not None:
                    break
        wanted = (
            Role.INTERVIEWEE
            if previous is not None and previous.role is Role.INTERVIEWER
            else Role.INTERVIEWER
        )
        other = Role.INTERVIEWER if wanted is Role.INTERVIEWEE else Role.INTERVIEWEE
        return self.main_speaker(wanted) or self.main_speaker(other)

    # ------------------------------------------------------------------- blocks
    def is_resumed_turn(self, index: int) -> bool:
        """True when turn *index* continues the previous turn's speaker after photos.

        Such a turn is one answer interrupted by one or more photos; exports print
        it without repeating the speaker label.
        """
        block = self.blocks[index]
        if not isinstance(block, TurnBlock):
            return False
        before = index - 1
        while before >= 0 and isinstance(self.blocks[before], PhotoBlock | SiteHtmlBlock):
            before -= 1
        if before == index - 1 or before < 0:
            return False
        previous = self.blocks[before]
        return isinstance(previous, TurnBlock) and previous.speaker_key == block.speaker_key

    # --------------------------------------------------------------- conversion
    def to_import_json(self) -> dict[str, Any]:
        """Return the publishing view: ``{"title", "lead", "byline", "blocks"}``.

        Turns carry the speaker's label and role instead of the key; photos only
        their caption and credit.
        """
        blocks: list[dict[str, Any]] = []
        for block in self.blocks:
            if isinstance(block, ParagraphBlock):
                blocks.append({"type": "paragraph", "text": block.text})
            elif isinstance(block, TurnBlock):
                speaker = self.speaker(block.speaker_key)
                blocks.append(
                    {
                        "type": "turn",
                        "speaker": speaker.label,
                        "role": speaker.role.value,
                        "text": block.text,
                    }
                )
            elif isinstance(block, PhotoBlock):
                blocks.append({"type": "photo", "caption": block.caption, "credit": block.credit})
            else:
                blocks.append({"type": "site_html", "text": block.preview()})
        return {"title": self.title, "lead": self.lead, "byline": self.byline, "blocks": blocks}

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict; :meth:`from_dict` turns it back exactly."""
        data: dict[str, Any] = {
            "version": SITE_FORMAT_VERSION if self.from_site() else FORMAT_VERSION,
            "title": self.title,
            "lead": self.lead,
            "byline": self.byline,
            "tags": list(self.tags),
            "speakers": [
                {"key": s.key, "label": s.label, "role": s.role.value} for s in self.speakers
            ],
            "blocks": [_block_to_dict(b) for b in self.blocks],
        }
        if self.spelling_ignored:  # written only when used: older copies read the same
            data["spelling_ignored"] = list(self.spelling_ignored)
        if not self.lead_in_text:
            data["lead_in_text"] = False
        if self.site_layout:
            data["site_layout"] = [[key, markup] for key, markup in self.site_layout]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InterviewDocument:
        """Rebuild a document from :meth:`to_dict` output.

        Raises :class:`DocumentFormatError` when the data is malformed, a speaker
        key is repeated, or a turn names an unknown speaker.
        """
        if not isinstance(data, Mapping):
            raise DocumentFormatError("document must be a JSON object")
        version = data.get("version")
        if isinstance(version, int) and version > SITE_FORMAT_VERSION:
            raise DocumentTooNew(f"document version {version} is newer than this Newsdesk reads")
        if version not in (FORMAT_VERSION, SITE_FORMAT_VERSION):
            raise DocumentFormatError(f"unsupported document version {version!r}")
        speakers = [_speaker_from_dict(item) for item in _list(data, "speakers")]
        keys = [s.key for s in speakers]
        if len(set(keys)) != len(keys):
            raise DocumentFormatError("speaker keys must be unique")
        blocks = [_block_from_dict(item) for item in _list(data, "blocks")]
        for block in blocks:
            if isinstance(block, TurnBlock) and block.speaker_key not in keys:
                raise DocumentFormatError(f"turn refers to unknown speaker {block.speaker_key!r}")
        tags = _list(data, "tags")
        if not all(isinstance(t, str) for t in tags):
            raise DocumentFormatError("tags must be strings")
        ignored = data.get("spelling_ignored", [])
        if not isinstance(ignored, list) or not all(isinstance(w, str) for w in ignored):
            raise DocumentFormatError("'spelling_ignored' must be a list of strings")
        lead_in_text = data.get("lead_in_text", True)
        if not isinstance(lead_in_text, bool):
            raise DocumentFormatError("'lead_in_text' must be true or false")
        return cls(
            title=_str(data, "title"),
            lead=_str(data, "lead"),
            byline=_str(data, "byline"),
            tags=list(tags),
            speakers=speakers,
            blocks=blocks,
            spelling_ignored=list(ignored),
            lead_in_text=lead_in_text,
            site_layout=_site_layout(data.get("site_layout", [])),
        )


def clean_headline(text: str) -> str:
    """A headline as kept: NFC, no control, direction-override or zero-width characters."""
    return strip_invisible(text)


def _clean_label(label: str) -> str:
    clean = " ".join(strip_invisible(label).split())
    if not clean:
        raise ValueError("a speaker label cannot be blank")
    return clean


def _block_to_dict(block: Block) -> dict[str, Any]:
    if isinstance(block, ParagraphBlock):
        return {"type": "paragraph", "text": block.text}
    if isinstance(block, TurnBlock):
        return {"type": "turn", "speaker": block.speaker_key, "text": block.text}
    if isinstance(block, SiteHtmlBlock):
        return {"type": "site_html", "html": block.html}
    data: dict[str, Any] = {
        "type": "photo",
        "caption": block.caption,
        "credit": block.credit,
        "alt_text": block.alt_text,
        "image_path": block.image_path,
    }
    if block.site_url is not None:  # written only when known: older copies read the same
        data["site_url"] = block.site_url
        data["site_media_id"] = block.site_media_id
    return data


def _site_layout(value: object) -> tuple[SiteLine, ...]:
    if not isinstance(value, list) or not all(
        isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item)
        for item in value
    ):
        raise DocumentFormatError("'site_layout' must be a list of [key, markup] pairs")
    return tuple((item[0], item[1]) for item in value)


def _block_from_dict(item: object) -> Block:
    if not isinstance(item, Mapping):
        raise DocumentFormatError("each block must be a JSON object")
    kind = item.get("type")
    if kind == "paragraph":
        return ParagraphBlock(_str(item, "text"))
    if kind == "turn":
        return TurnBlock(_str(item, "speaker"), _str(item, "text"))
    if kind == "photo":
        media_id = item.get("site_media_id")
        if media_id is not None and (not isinstance(media_id, int) or isinstance(media_id, bool)):
            raise DocumentFormatError("'site_media_id' must be a number or null")
        return PhotoBlock(
            caption=_str(item, "caption"),
            credit=_optional_str(item, "credit"),
            alt_text=_str(item, "alt_text"),
            image_path=_optional_str(item, "image_path"),
            site_url=_optional_str(item, "site_url"),
            site_media_id=media_id,
        )
    if kind == "site_html":
        return SiteHtmlBlock(_str(item, "html"))
    if isinstance(kind, str):
        raise DocumentTooNew(f"unknown block type {kind!r}: written by a newer Newsdesk?")
    raise DocumentFormatError(f"unknown block type {kind!r}")


def _speaker_from_dict(item: object) -> Speaker:
    if not isinstance(item, Mapping):
        raise DocumentFormatError("each speaker must be a JSON object")
    role = item.get("role")
    if role not in {r.value for r in Role}:
        raise DocumentFormatError(f"unknown speaker role {role!r}")
    return Speaker(_str(item, "key"), _str(item, "label"), Role(role))


def _str(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str):
        raise DocumentFormatError(f"{name!r} must be a string")
    return value


def _optional_str(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is not None and not isinstance(value, str):
        raise DocumentFormatError(f"{name!r} must be a string or null")
    return value


def _list(data: Mapping[str, Any], name: str) -> list[Any]:
    value = data.get(name)
    if not isinstance(value, list):
        raise DocumentFormatError(f"{name!r} must be a list")
    return value
