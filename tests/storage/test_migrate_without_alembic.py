"""Alembic stays unloaded on a start that needs no migration, and still migrates when needed."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from alembic.script import ScriptDirectory

from storage import migrate
from storage.database import open_store

ROOT = Path(__file__).resolve().parent.parent.parent

# Opens the database at argv[1] and tells what it loaded and which revision the file is at.
_OPEN_AND_REPORT = textwrap.dedent(
    """
    import json, sqlite3, sys
    from pathlib import Path
    from storage.database import open_store
    path = Path(sys.argv[1])
    target = sys.argv[2] if len(sys.argv) > 2 else "head"
    open_store(path, target_revision=target).close()
    row = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()
    print(json.dumps({"alembic": "alembic" in sys.modules, "revision": row[0]}))
    """
)


def _open_in_a_fresh_process(path: Path, target: str = "head") -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_REPORT, str(path), target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_revisions_read_from_the_scripts_are_alembics_own() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {script.revision for script in scripts.walk_revisions()}


def test_an_up_to_date_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.db"
    open_store(path).close()
    report = _open_in_a_fresh_process(path)
    assert report == {"alembic": False, "revision": migrate.head_revision()}


def test_an_old_database_is_still_migrated_to_the_newest_schema(tmp_path: Path) -> None:
    path = tmp_path / "newsdesk.db"
    first = sorted(migrate.known_revisions())[0]
    assert _open_in_a_fresh_process(path, first)["revision"] == first
    report = _open_in_a_fresh_process(path)
    assert report == {"alembic": True, "revision": migrate.head_revision()}
    assert list(tmp_path.glob("newsdesk.db.bak-*")), "a backup is made before migrating"
