"""Killed at random moments while typing without a pause: every save the editor made is kept.

How many seconds of typing a kill costs (the promise: under 2 s) depends on how
busy the machine is, so that figure is measured by
``benchmarks/bench_autosave_kill.py``; this test checks what holds on any machine.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.editor.kill_loop import run_trial

TRIALS = 3  # benchmarks/bench_autosave_kill.py runs many more


@pytest.mark.slow
def test_a_reporter_killed_while_typing_steadily_keeps_what_was_saved(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    moments = random.Random(seed).sample([x / 10 for x in range(20, 50)], TRIALS)
    for number, typing_s in enumerate(moments):
        trial = run_trial(tmp_path / f"trial-{number}", typing_s)
        context = f"seed {seed}, killed after {typing_s} s of typing: {trial}"
        assert trial.integrity == "ok", context
        # Saves happened while typing went on without a pause (not only at the end) ...
        assert trial.reported_saved > 0, context
        # ... and every keystroke the editor had counted as saved is on disk after the kill.
        assert trial.saved >= trial.reported_saved, context
