"""End to end: main.py started as a user starts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


# How long a started app may take to show what a test waits for before the test gives
# up: a guard against a hang, not a speed limit (start-up time is in benchmarks/).
PATIENCE_S = 90.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[str]) -> bool:
    """Poll *condition* while *process* runs; False if it never held within the patience."""
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        if condition():
            return True
        assert process.poll() is None, process.communicate()
        time.sleep(0.1)
    return False


def test_help_explains_every_option() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    for option in ("--data-dir", "--demo", "--language", "--version"):
        assert option in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_without_a_display_it_says_so_in_one_line_and_how_to_run_headless(
    tmp_path: Path,
) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {name: value for name, value in os.environ.items() if name not in hidden}
    data_dir = tmp_path / "profile"
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert "no display found" in line
    assert "QT_QPA_PLATFORM=offscreen" in line and "xvfb-run" in line
    assert "xcb" not in result.stderr  # not Qt's misleading "install xcb-cursor0"
    assert not data_dir.exists()  # nothing was started


def test_a_display_or_a_chosen_platform_is_enough_and_other_systems_are_left_alone() -> None:
    from main import missing_display_message

    assert missing_display_message({}, "linux") is not None
    assert missing_display_message({"DISPLAY": ""}, "linux") is not None
    assert missing_display_message({"DISPLAY": ":0"}, "linux") is None
    assert missing_display_message({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert missing_display_message({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert missing_display_message({}, "win32") is None
    assert missing_display_message({}, "darwin") is None


@pytest.mark.slow
def test_the_app_starts_shows_its_window_and_quits_cleanly(tmp_path: Path) -> None:
    data_dir = tmp_path / "profile"
    process = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(data_dir), "--language", "vi"],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log_file = data_dir / "logs" / "newsdesk.log"
    try:
        if not _wait_for(
            lambda: log_file.exists() and "Main window shown" in log_file.read_text("utf-8"),
            process,
        ):
            pytest.fail("the main window never showed")
        assert (data_dir / "newsdesk.db").exists()
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)
        assert process.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert "Traceback" not in log_file.read_text("utf-8")


@pytest.mark.slow
def test_the_demo_profile_starts_its_demo_site_and_seeds_interviews(tmp_path: Path) -> None:
    import sqlite3

    data_dir = tmp_path / "demo"
    process = subprocess.Popen(
        [sys.executable, "main.py", "--demo", "--data-dir", str(data_dir)],
        cwd=ROOT,
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    database = data_dir / "newsdesk.db"
    try:
        found: tuple[int, int, int] = (0, 0, 0)

        def seeded_and_pulled() -> bool:
            nonlocal found
            if database.exists():
                connection = sqlite3.connect(database)
                try:
                    found = (
                        connection.execute("SELECT count(*) FROM interviews").fetchone()[0],
                        connection.execute("SELECT count(*) FROM sites WHERE active").fetchone()[0],
                        connection.execute("SELECT count(*) FROM comments").fetchone()[0],
                    )
                except sqlite3.OperationalError:
                    pass
                finally:
                    connection.close()
            # The pull stores a page at a time: wait for more than the first.
            return found[0] >= 2 and found[1] == 1 and found[2] > 100

        _wait_for(seeded_and_pulled, process)
        assert found[0] >= 2, "sample interviews"
        assert found[1] == 1, "the demo site is configured and active"
        assert found[2] > 100, "comments pulled from the demo site"
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=15)
        assert process.returncode == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
