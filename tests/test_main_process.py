"""End to end: main.py started as a user starts it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


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
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log_file.exists() and "Main window shown" in log_file.read_text("utf-8"):
                break
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        else:
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
