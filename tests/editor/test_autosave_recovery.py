"""Nothing lost on a crash: a killed Newsdesk loses at most the last seconds of typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from editor.document import TurnBlock
from editor.repository import InterviewRepository
from storage.database import open_store

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_draft_survives_sigkill_with_only_the_last_seconds_lost(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.editor.autosave_child", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        # A child that never saves hangs here until the test's timeout (pyproject) ends it.
        assert child.stdout.readline().strip() == "saved"
        assert child.stdout.readline().strip() == "typing"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL

    store = open_store(tmp_path / "newsdesk.db")
    try:
        repository = InterviewRepository(store)
        (summary,) = repository.summaries()
        document = repository.get(summary.id).document
    finally:
        store.close()
    assert document.title == "Phỏng vấn không bao giờ mất"
    (turn,) = [block for block in document.blocks if isinstance(block, TurnBlock)]
    assert turn.text.startswith("Câu hỏi đã được lưu?")
