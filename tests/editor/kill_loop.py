"""Kill a steadily typing Newsdesk at a chosen moment and measure what was lost.

Shared by ``tests/editor/test_autosave_kill_loop.py`` (a few trials) and
``benchmarks/bench_autosave_kill.py`` (many, printing the worst loss).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from itertools import cycle, islice
from pathlib import Path

from editor.document import TurnBlock
from editor.repository import InterviewRepository
from storage.database import open_store
from tests.editor.steady_typing_child import TYPED_TEXT

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class KillTrial:
    """What one kill cost."""

    typed: int  # keystrokes the child reported before it died
    reported_saved: int  # keystrokes the child's editor last said were on disk
    saved: int  # keystrokes found in the database afterwards
    lost_s: float  # from the first keystroke not saved to the kill (0: nothing lost)
    integrity: str  # PRAGMA integrity_check's answer


def typed_text(count: int) -> str:
    """The first *count* characters the child types."""
    return "".join(islice(cycle(TYPED_TEXT), count))


def run_trial(data_dir: Path, typing_s: float, turns: int = 60, interval_ms: int = 60) -> KillTrial:
    """Let the child type for about *typing_s* seconds, SIGKILL it, and inspect the database."""
    data_dir.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.editor.steady_typing_child",
            str(data_dir),
            str(turns),
            str(interval_ms),
        ],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stamps: list[float] = []
    reported_saved = 0
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", "the child did not start typing"
        while True:  # the child's own keystroke reports say when to kill it
            line = child.stdout.readline()
            assert line, "the child stopped typing"
            _number, stamp, saved = line.split()
            stamps.append(float(stamp))
            reported_saved = max(reported_saved, int(saved))
            if stamps[-1] - stamps[0] >= typing_s:
                break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        rest, _errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    for line in rest.splitlines():
        if len(line.split()) == 3:  # a last line cut short by the kill is left out
            _number, stamp, saved = line.split()
            stamps.append(float(stamp))
            reported_saved = max(reported_saved, int(saved))
    return _inspect(data_dir / "newsdesk.db", stamps, reported_saved, killed_at)


def _inspect(
    database: Path, stamps: list[float], reported_saved: int, killed_at: float
) -> KillTrial:
    with sqlite3.connect(database) as connection:
        integrity = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    connection.close()
    store = open_store(database)
    try:
        repository = InterviewRepository(store)
        (summary,) = repository.summaries()
        document = repository.get(summary.id).document
    finally:
        store.close()
    last = document.blocks[-1]
    assert isinstance(last, TurnBlock)
    saved = len(last.text)
    assert last.text == typed_text(saved), "the saved answer is not what was typed"
    assert saved <= len(stamps)
    lost = killed_at - stamps[saved] if saved < len(stamps) else 0.0
    return KillTrial(
        typed=len(stamps),
        reported_saved=reported_saved,
        saved=saved,
        lost_s=max(lost, 0.0),
        integrity=integrity,
    )
