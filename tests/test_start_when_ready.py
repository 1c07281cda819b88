"""A cold start: the window first, then the list; nothing loaded that the start does not need."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs the app as main.py does, then tells how it ended and which libraries it had loaded.
_RUN_AND_REPORT = textwrap.dedent(
    """
    import json, sys
    import main
    code = main.run(sys.argv[1:])
    print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
    """
)

# Modules a start without --demo on an up-to-date database, and with no site to
# talk to, has no use for: the migration tool, the demo site, the HTTP client,
# the keyring, the image library, the pages nobody opened.
_NOT_NEEDED_TO_START = (
    "alembic",
    "flask",
    "werkzeug",
    "portal.devsite",
    "requests",
    "keyring",
    "PIL.Image",
    "moderation.ui.comments_page",
    "shell.ui.outbox_page",
)


def _profile_with_interviews(data_dir: Path, titles: list[str]) -> None:
    from editor.document import InterviewDocument
    from editor.repository import InterviewRepository
    from storage.database import open_store

    store = open_store(data_dir / "newsdesk.db")
    repository = InterviewRepository(store)
    for title in titles:
        repository.create(InterviewDocument(title=title, lead="Chuyện ở bản vùng cao."))
    store.close()


def _start(data_dir: Path, *options: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSDESK_QUIT_WHEN_READY="1")
    result = subprocess.run(
        [sys.executable, "-c", _RUN_AND_REPORT, "--data-dir", str(data_dir), *options],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,  # only so that a hang fails instead of blocking the run
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_the_app_quits_by_itself_once_the_list_is_filled_in(data_dir: Path) -> None:
    _profile_with_interviews(data_dir, ["Mùa lúa chín ở Mù Cang Chải", "Đường lên Đồng Văn"])
    report = _start(data_dir, "--language", "vi")
    assert report["code"] == 0
    log = (data_dir / "logs" / "newsdesk.log").read_text(encoding="utf-8")
    assert log.index("Main window shown") < log.index("Ready: 2 interview(s) listed")
    assert "Traceback" not in log


def test_a_start_loads_nothing_it_does_not_need(data_dir: Path) -> None:
    _profile_with_interviews(data_dir, ["Chợ phiên Bắc Hà"])
    modules = set(_start(data_dir)["modules"])  # type: ignore[call-overload]
    assert "PySide6.QtWidgets" in modules and "main" in modules
    loaded = sorted(
        name
        for name in modules
        for unneeded in _NOT_NEEDED_TO_START
        if name == unneeded or name.startswith(unneeded + ".")
    )
    assert loaded == []
