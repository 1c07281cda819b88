"""A cold start: the window with its list first, then the store; nothing loaded unneeded."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

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


def _start(data_dir: Path, *options: str, quit_when: str = "editing") -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSDESK_QUIT_WHEN_READY=quit_when)
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


def test_the_window_shows_the_list_before_sqlalchemy_is_loaded(data_dir: Path) -> None:
    _profile_with_interviews(data_dir, ["Mùa lúa chín ở Mù Cang Chải", "Đường lên Đồng Văn"])
    report = _start(data_dir, "--language", "vi", quit_when="1")
    assert report["code"] == 0
    modules = set(report["modules"])  # type: ignore[call-overload]
    assert "editor.ui.list_preview" in modules
    assert not {name for name in modules if name.split(".")[0] == "sqlalchemy"}
    assert "editor.repository" not in modules
    log = (data_dir / "logs" / "newsdesk.log").read_text(encoding="utf-8")
    assert "Main window shown with the interview list" in log
    assert "Ready:" not in log and "Traceback" not in log


def test_ready_for_editing_follows_the_shown_window(data_dir: Path) -> None:
    _profile_with_interviews(data_dir, ["Mùa lúa chín ở Mù Cang Chải", "Đường lên Đồng Văn"])
    report = _start(data_dir, "--language", "vi")
    assert report["code"] == 0
    log = (data_dir / "logs" / "newsdesk.log").read_text(encoding="utf-8")
    shown = log.index("Main window shown with the interview list")
    assert shown < log.index("Ready for editing") < log.index("Ready: 2 interview(s) listed")
    assert "Traceback" not in log


def test_a_start_that_needs_a_migration_migrates_before_the_window(data_dir: Path) -> None:
    from storage import migrate
    from storage.database import open_store

    graph = migrate._revision_graph()
    before_head = graph[migrate.head_revision()]
    assert before_head is not None
    open_store(data_dir / "newsdesk.db", target_revision=before_head).close()
    report = _start(data_dir, quit_when="1")
    assert report["code"] == 0
    log = (data_dir / "logs" / "newsdesk.log").read_text(encoding="utf-8")
    assert "Main window shown with the interview list" not in log  # the usual opening ran
    assert log.index("Migrating") < log.index("Main window shown") < log.index("Ready:")
    connection = sqlite3.connect(data_dir / "newsdesk.db")
    try:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    assert revision == migrate.head_revision()


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


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["terminated", "killed"])
def test_a_start_stopped_right_after_the_window_shows_leaves_the_profile_usable(
    data_dir: Path, stop: signal.Signals
) -> None:
    _profile_with_interviews(data_dir, ["Tiếng khèn trên đỉnh Pha Luông"])
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NEWSDESK_QUIT_WHEN_READY", None)
    log = data_dir / "logs" / "newsdesk.log"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120  # only so that a hang fails instead of blocking
        while "Main window shown with the interview list" not in _text(log):
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "the window was never shown"
            time.sleep(0.02)  # polling the log for a condition, not waiting a fixed time
        process.send_signal(stop)
        code = process.wait(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
    if stop == signal.SIGTERM:
        assert code == 0  # quit as from the menu, the folder unlocked
        assert not (data_dir / "newsdesk.lock").exists()
    assert "Traceback" not in _text(log)
    report = _start(data_dir)  # the next start finds everything as it was
    assert report["code"] == 0
    assert "Ready: 1 interview(s) listed" in _text(log)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""
