"""Where one profile's files live (the data folder and its database)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DATABASE_FILE_NAME = "newsdesk.db"


@dataclass
class Profile:
    """Where one profile's files live."""

    data_dir: Path
    demo: bool = False

    @property
    def database_path(self) -> Path:
        """The SQLite file of this profile."""
        return self.data_dir / DATABASE_FILE_NAME
