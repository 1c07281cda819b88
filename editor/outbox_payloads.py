"""The typed payloads of the interview outbox kinds (stored as JSON in the outbox row).

The stored JSON keeps the shape earlier versions wrote (``document``,
``status``, ``date_gmt``, ``categories``, and after a conflict ``conflict`` and
``overwrite``), so items queued before an upgrade are read as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from editor.photo_upload import UploadOptions
from portal.outbox import PayloadError
from portal.remote import POST_STATUSES, PostStatus


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise PayloadError(f"{key} is not text")


def _ids(value: object) -> tuple[int, ...] | None:
    """A tuple of ids (None when absent or not a list of positive ids)."""
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value
    ):
        return None
    return tuple(value)


@dataclass(frozen=True)
class PublishPayload:
    """``publish_interview``: the interview as it was when the editor clicked, and how."""

    #: The interview document (``InterviewDocument.to_dict()``) to send.
    document: Mapping[str, Any]
    #: The WordPress status to give the post.
    status: PostStatus
    #: When a scheduled post goes out (``YYYY-MM-DDTHH:MM:SS`` UTC), else None.
    date_gmt: str | None = None
    #: The site's category ids to file the post in (None: leave them as they are).
    categories: tuple[int, ...] | None = None
    #: How photos are copied for upload (None, as queued by earlier versions: the defaults).
    photo_upload: UploadOptions | None = None
    #: The site's ``modified_gmt`` the editor chose to overwrite ("keep mine").
    overwrite: str | None = None
    #: The site's version when the item is in conflict (``editor.site_edits.conflict_payload``).
    conflict: Mapping[str, Any] | None = None

    @property
    def title(self) -> str:
        """The interview's headline as queued."""
        return str(self.document.get("title") or "")

    def to_json(self) -> dict[str, Any]:
        """The stored JSON object."""
        data: dict[str, Any] = {
            "document": dict(self.document),
            "status": self.status,
            "date_gmt": self.date_gmt,
            "categories": list(self.categories) if self.categories is not None else None,
        }
        if self.photo_upload is not None:
            data["photo_upload"] = self.photo_upload.to_payload()
        if self.overwrite is not None:
            data["overwrite"] = self.overwrite
        if self.conflict is not None:
            data["conflict"] = dict(self.conflict)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read a stored payload (raises :class:`PayloadError` when it is not one)."""
        document, status = data.get("document"), data.get("status")
        if not isinstance(document, dict):
            raise PayloadError("a publish item needs a document")
        known = next((s for s in POST_STATUSES if s == status), None)
        if known is None:
            raise PayloadError(f"not a post status: {status!r}")
        conflict = data.get("conflict")
        return cls(
            document=document,
            status=known,
            date_gmt=_optional_str(data, "date_gmt"),
            categories=_ids(data.get("categories")),
            photo_upload=(
                UploadOptions.from_payload(data["photo_upload"]) if "photo_upload" in data else None
            ),
            overwrite=_optional_str(data, "overwrite"),
            conflict=conflict if isinstance(conflict, dict) else None,
        )


@dataclass(frozen=True)
class UnpublishPayload:
    """``unpublish_interview``: nothing to carry; the publication record knows the post."""

    def to_json(self) -> dict[str, Any]:
        """The stored JSON object (empty)."""
        return {}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read a stored payload (anything is one)."""
        return cls()
