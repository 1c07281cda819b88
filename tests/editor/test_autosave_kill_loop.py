"""Killed at random moments while typing without a pause: at most 2 s of typing lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.editor.kill_loop import run_trial

TRIALS = 3  # benchmarks/bench_autosave_kill.py runs many more


@pytest.mark.slow
def test_a_reporter_killed_while_typing_steadily_loses_under_two_seconds(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    moments = random.Random(seed).sample([x / 10 for x in range(20, 50)], TRIALS)
    for number, typing_s in enumerate(moments):
        trial = run_trial(tmp_path / f"trial-{number}", typing_s)
        context = f"seed {seed}, killed after {typing_s} s of typing: {trial}"
        assert trial.integrity == "ok", context
        assert trial.saved > 0, context  # several saves happened while typing went on
        assert trial.lost_s < 2.0, context
