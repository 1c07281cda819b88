"""What the status bar says about the site: offline, connected as …, or syncing."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


class ConnectionState(enum.Enum):
    """The three things the site connection can be doing."""

    OFFLINE = "offline"
    CONNECTED = "connected"
    SYNCING = "syncing"


@dataclass(frozen=True)
class ConnectionSnapshot:
    """The connection as the status bar shows it."""

    state: ConnectionState
    site: str = ""
    user: str = ""
    reason: str = ""
    done: int = 0
    total: int = 0
    #: Offline because the site needs the application password (or refused it).
    password: bool = False


class ConnectionStatus(QObject):
    """Holds the current :class:`ConnectionSnapshot` and announces changes."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snapshot = ConnectionSnapshot(ConnectionState.OFFLINE)

    @property
    def snapshot(self) -> ConnectionSnapshot:
        """The connection right now."""
        return self._snapshot

    def set_offline(self, reason: str = "", *, password: bool = False) -> None:
        """No site reachable (or none configured); *reason* says why, if known.

        *password*: the site cannot be used until the application password is given again.
        """
        self._set(ConnectionSnapshot(ConnectionState.OFFLINE, reason=reason, password=password))

    def set_connected(self, site: str, user: str) -> None:
        """Reached *site*, signed in as *user*."""
        self._set(ConnectionSnapshot(ConnectionState.CONNECTED, site=site, user=user))

    def set_syncing(self, done: int, total: int, site: str = "", user: str = "") -> None:
        """Sending or fetching: *done* of *total* items (0 of 0: not counted yet)."""
        current = self._snapshot
        self._set(
            ConnectionSnapshot(
                ConnectionState.SYNCING,
                site=site or current.site,
                user=user or current.user,
                done=done,
                total=total,
            )
        )

    def _set(self, snapshot: ConnectionSnapshot) -> None:
        if snapshot != self._snapshot:
            self._snapshot = snapshot
            self.changed.emit(snapshot)
