"""Reading the data folder's decisions without writing anything, for the command line.

The database is opened read-only: a folder without a database is not created,
an older database is not migrated, and no file appears or changes. A closed
database (no write-ahead log beside it) is opened ``immutable``, since even a
read-only SQLite connection would create the ``-wal`` and ``-shm`` files of a
database in WAL mode; while the app runs (both files there) it is opened
``mode=ro`` and reads the log as any reader does. Decisions of every site in the
folder are read together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from moderation.assistant.training import Decision, site_decisions
from moderation.errors import ModerationError
from storage.models import Site

DATABASE_FILE = "newsdesk.db"


class DataFolderUnreadable(ModerationError):
    """The data folder's database is missing or cannot be read."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "Assistant",
            "No decisions to learn from in {path} ({reason}). Give a file of labelled "
            "comments with --train, or choose the data folder with --data-dir.",
        ).format(path=self.path, reason=self.reason)


def read_decisions(data_dir: Path) -> list[Decision]:
    """Every site's decided comments in the database of *data_dir*, read-only."""
    path = data_dir / DATABASE_FILE
    if not path.is_file():
        raise DataFolderUnreadable(
            path, QCoreApplication.translate("Assistant", "there is no database")
        )
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    mode = "mode=ro" if wal.exists() and shm.exists() else "immutable=1"
    engine = create_engine(f"sqlite:///{path.resolve().as_uri()}?{mode}&uri=true")
    try:
        with Session(engine) as session:
            decisions: list[Decision] = []
            for site_id in session.scalars(select(Site.id).order_by(Site.id)):
                decisions.extend(site_decisions(session, site_id))
            return decisions
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error.__class__.__name__)
        raise DataFolderUnreadable(path, reason) from None
    finally:
        engine.dispose()
