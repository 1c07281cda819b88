"""The typed payloads of the moderation outbox kinds (stored as JSON in the outbox row).

The stored JSON keeps the shape earlier versions wrote, so items queued
before an upgrade are read as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Self

from portal.outbox import PayloadError


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PayloadError(f"{key} is not a number")
    return value


def _str(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise PayloadError(f"{key} is not text")
    return value


@dataclass(frozen=True)
class StatusConflict:
    """What the site had when a decision clashed with it."""

    #: The comment's state on the site then.
    status: str
    #: The state the decision expected the site to have.
    expected: str
    #: The state the moderator wanted.
    wanted: str

    def to_json(self) -> dict[str, Any]:
        """The stored JSON object."""
        return {"status": self.status, "expected": self.expected, "wanted": self.wanted}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read it back."""
        return cls(_str(data, "status"), _str(data, "expected", ""), _str(data, "wanted", ""))


@dataclass(frozen=True)
class StatusPayload:
    """``comment_status``: set a comment's state on the site, if it still has *expected*."""

    #: The cached comment (local id).
    comment_id: int
    #: The comment's id on the site.
    remote_id: int
    #: The state the moderator decided.
    status: str
    #: The state the site should have now (what we last saw, or what earlier items leave).
    expected: str
    conflict: StatusConflict | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored JSON object."""
        data: dict[str, Any] = {
            "comment_id": self.comment_id,
            "remote_id": self.remote_id,
            "status": self.status,
            "expected": self.expected,
        }
        if self.conflict is not None:
            data["conflict"] = self.conflict.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read a stored payload (raises :class:`PayloadError` when it is not one)."""
        conflict = data.get("conflict")
        return cls(
            comment_id=_int(data, "comment_id"),
            remote_id=_int(data, "remote_id"),
            status=_str(data, "status"),
            expected=_str(data, "expected", ""),
            conflict=StatusConflict.from_json(conflict) if isinstance(conflict, dict) else None,
        )


@dataclass(frozen=True)
class ReplyPayload:
    """``comment_reply``: the newspaper's reply to a comment."""

    #: The cached comment replied to (local id).
    comment_id: int
    #: The replied-to comment's id on the site.
    parent: int
    #: The post the comments are on (site id).
    post: int
    content: str
    #: The reply's id on the site, once created.
    remote_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored JSON object."""
        data: dict[str, Any] = {
            "comment_id": self.comment_id,
            "parent": self.parent,
            "post": self.post,
            "content": self.content,
        }
        if self.remote_id is not None:
            data["remote_id"] = self.remote_id
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """Read a stored payload (raises :class:`PayloadError` when it is not one)."""
        remote_id = data.get("remote_id")
        return cls(
            comment_id=_int(data, "comment_id"),
            parent=_int(data, "parent"),
            post=_int(data, "post"),
            content=_str(data, "content"),
            remote_id=remote_id if isinstance(remote_id, int) and remote_id > 0 else None,
        )
