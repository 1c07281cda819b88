"""The profile's preferences, kept in ``settings.ini`` inside the data folder.

One settings file per data folder, so the demo profile and a real one never
mix. Never store a secret here: passwords live in the OS keyring only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from storage.tones import ToneStyle

if TYPE_CHECKING:  # the photo modules load when a photo setting is read, not at every start
    from editor.photo_upload import UploadOptions

LANGUAGE_SYSTEM = "system"
#: Minutes between automatic syncs the Preferences offer; 0 means "only when asked".
SYNC_INTERVAL_CHOICES = (1, 2, 5, 15, 30, 0)
DEFAULT_SYNC_MINUTES = 1


def sync_interval_ms(minutes: int) -> int | None:
    """The sync timer's interval for a preference of *minutes* (None: only when asked)."""
    return minutes * 60_000 if minutes > 0 else None


class AppSettings:
    """Typed access to the few preferences the shell keeps."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "settings.ini"
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """``"system"``, ``"vi"`` or ``"en"``."""
        value = self._settings.value("ui/language", LANGUAGE_SYSTEM)
        return value if isinstance(value, str) else LANGUAGE_SYSTEM

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("ui/language", value)

    @property
    def last_view(self) -> str:
        """The name of the view shown when the window was last closed."""
        value = self._settings.value("window/last_view", "")
        return value if isinstance(value, str) else ""

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._settings.setValue("window/last_view", value)

    @property
    def sync_minutes(self) -> int:
        """Minutes between automatic syncs (one of SYNC_INTERVAL_CHOICES; 0: only when asked)."""
        value = self._settings.value("sync/interval_minutes", DEFAULT_SYNC_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_SYNC_MINUTES
        return minutes if minutes in SYNC_INTERVAL_CHOICES else DEFAULT_SYNC_MINUTES

    @sync_minutes.setter
    def sync_minutes(self, value: int) -> None:
        self._settings.setValue("sync/interval_minutes", int(value))

    @property
    def keep_photo_location(self) -> bool:
        """Whether uploaded photos keep their GPS coordinates and sub-location (off by default)."""
        value = self._settings.value("photos/keep_location", False)
        return value is True or (isinstance(value, str) and value.lower() == "true")

    @keep_photo_location.setter
    def keep_photo_location(self, value: bool) -> None:
        self._settings.setValue("photos/keep_location", bool(value))

    @property
    def photo_long_edge(self) -> int:
        """Longest side of uploaded photos in pixels (one of LONG_EDGE_CHOICES)."""
        from editor.photo_upload import DEFAULT_LONG_EDGE, LONG_EDGE_CHOICES

        value = self._settings.value("photos/long_edge", DEFAULT_LONG_EDGE)
        try:
            pixels = int(str(value))
        except ValueError:
            return DEFAULT_LONG_EDGE
        return pixels if pixels in LONG_EDGE_CHOICES else DEFAULT_LONG_EDGE

    @photo_long_edge.setter
    def photo_long_edge(self, value: int) -> None:
        self._settings.setValue("photos/long_edge", int(value))

    def photo_upload_options(self) -> UploadOptions:
        """The photo choices to capture with an interview queued for publishing now."""
        from editor.photo_upload import UploadOptions

        return UploadOptions(keep_location=self.keep_photo_location, long_edge=self.photo_long_edge)

    @property
    def tone_style(self) -> ToneStyle:
        """The house tone-mark style (old, "hòa", by default)."""
        value = self._settings.value("spelling/tone_style", ToneStyle.OLD.value)
        return ToneStyle.NEW if value == ToneStyle.NEW.value else ToneStyle.OLD

    @tone_style.setter
    def tone_style(self, value: ToneStyle) -> None:
        self._settings.setValue("spelling/tone_style", value.value)

    @property
    def spell_check(self) -> bool:
        """Whether unknown words are underlined while typing (on by default)."""
        value = self._settings.value("spelling/check", True)
        return value is True or (isinstance(value, str) and value.lower() == "true")

    @spell_check.setter
    def spell_check(self, value: bool) -> None:
        self._settings.setValue("spelling/check", bool(value))

    @property
    def export_folder(self) -> Path | None:
        """The folder the last interview was exported to, if any."""
        value = self._settings.value("export/folder", "")
        return Path(value) if isinstance(value, str) and value else None

    @export_folder.setter
    def export_folder(self, value: Path) -> None:
        self._settings.setValue("export/folder", str(value))

    @property
    def export_format(self) -> str:
        """The last export's format (``html``, ``pdf`` or ``txt``; ``html`` at first)."""
        value = self._settings.value("export/format", "html")
        return value if isinstance(value, str) else "html"

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._settings.setValue("export/format", value)

    def window_geometry(self) -> QByteArray | None:
        """The saved main-window geometry, if any."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        """The saved main-window state (toolbars, docks), if any."""
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the main window's geometry and state."""
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._settings.sync()
