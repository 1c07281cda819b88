"""Kill loop: how much typing a SIGKILL costs a reporter who types without a pause.

    python benchmarks/bench_autosave_kill.py [TRIALS] [--turns 200] [--interval-ms 60]

Each trial starts Newsdesk's editor in a child process on a fresh data folder,
types steadily into a new answer of a long interview, and SIGKILLs it after a
random 1.5-8 s of typing. Printed: per trial the keystrokes typed and saved and
the seconds of typing lost; reported (``benchmarks.figures``): the worst loss
(the promise: under 2 s), the median loss and how many trials ended with
``PRAGMA integrity_check`` not ok (budget 0).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import report
from tests.editor.kill_loop import KillTrial, run_trial


def main() -> int:
    """Run the trials and report the figures; exit 1 if the promise was broken."""
    parser = argparse.ArgumentParser()
    parser.add_argument("trials", nargs="?", type=int, default=20)
    parser.add_argument("--turns", type=int, default=200)
    parser.add_argument("--interval-ms", type=int, default=60)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    chance = random.Random(seed)
    print(
        f"{args.trials} trials, {args.turns}-turn interview, a key every "
        f"{args.interval_ms} ms, seed {seed}"
    )
    trials: list[KillTrial] = []
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(args.trials):
            typing_s = round(chance.uniform(1.5, 8.0), 2)
            trial = run_trial(
                Path(scratch) / f"trial-{number}", typing_s, args.turns, args.interval_ms
            )
            trials.append(trial)
            print(
                f"trial {number + 1:3}: killed after {typing_s:5.2f} s  typed {trial.typed:4}"
                f"  saved {trial.saved:4}  lost {trial.lost_s:5.2f} s  integrity {trial.integrity}",
                flush=True,
            )
    losses = [trial.lost_s for trial in trials]
    damaged = sum(trial.integrity != "ok" for trial in trials)
    report(f"kill loop: worst typing lost ({args.trials} trials)", max(losses), 2.0, "s")
    report("kill loop: median typing lost", statistics.median(losses), None, "s")
    report("kill loop: trials whose integrity_check was not ok", damaged, 0, "")
    return 0 if damaged == 0 and max(losses) < 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
