"""Run every benchmark script and print one table: figure, budget, result.

    python -m benchmarks                 # every benchmarks/bench_*.py
    python -m benchmarks moderation      # only the scripts whose name contains a word
    python -m benchmarks --list          # which scripts there are

Each script runs alone in its own process (as ``python benchmarks/bench_x.py``
would), its output shown as it comes. The figures it reports through
:func:`benchmarks.figures.report` are collected; a script that does not report
figures yet is shown with its last output lines instead. The exit status is 1
when a figure misses its budget by more than the margin (50 % unless
``--margin`` says otherwise) or a script fails, else 0. Not part of CI: the
figures depend on the machine; run it on a quiet one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.figures import RECORDS_ENV, Figure, Verdict, read_records  # noqa: E402

FOLDER = Path(__file__).resolve().parent
RAW_LINES_SHOWN = 15


@dataclass
class ScriptRun:
    """What one benchmark script did: its figures, its output, how it ended."""

    script: Path
    figures: list[Figure] = field(default_factory=list)
    output: list[str] = field(default_factory=list)
    returncode: int | None = None  # None: stopped after the time limit
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        """The script crashed, or was stopped after the time limit."""
        return self.returncode != 0

    def how_it_ended(self) -> str:
        """``""`` for a clean end, else why it did not end well."""
        if self.returncode is None:
            return "stopped after the time limit"
        if self.returncode != 0:
            return f"failed (exit status {self.returncode})"
        return ""


def discover(folder: Path = FOLDER, words: Sequence[str] = ()) -> list[Path]:
    """The benchmark scripts in *folder* (``bench_*.py``), those matching any of *words*."""
    scripts = sorted(folder.glob("bench_*.py"))
    if words:
        scripts = [s for s in scripts if any(w.lower() in s.stem.lower() for w in words)]
    return scripts


def run_script(script: Path, *, timeout_s: float, echo: bool = True) -> ScriptRun:
    """Run *script* in its own Python process and collect what it reported."""
    run = ScriptRun(script)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as scratch:
        records = Path(scratch) / "figures.jsonl"
        env[RECORDS_ENV] = str(records)
        started = time.perf_counter()
        with subprocess.Popen(
            [sys.executable, str(script)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
        ) as process:
            output = process.stdout
            assert output is not None

            def read_output() -> None:
                for line in output:
                    run.output.append(line.rstrip("\n"))
                    if echo:
                        print(f"  | {line}", end="", flush=True)

            reader = threading.Thread(target=read_output, daemon=True)
            reader.start()
            try:
                run.returncode = process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            reader.join(timeout=10)
        run.seconds = time.perf_counter() - started
        run.figures = read_records(records)
    return run


def render_table(runs: Sequence[ScriptRun], margin: float) -> str:
    """One table of every figure of every run; raw output where a script reported none."""
    header = ("script", "figure", "budget", "result", "verdict")
    rows: list[tuple[str, ...]] = []
    notes: dict[int, list[str]] = {}
    for run in runs:
        name = run.script.stem
        for figure in run.figures:
            rows.append(
                (
                    name,
                    figure.name,
                    figure.budget_text(),
                    figure.result_text(),
                    figure.verdict(margin).value,
                )
            )
        ending = run.how_it_ended()
        if ending:
            rows.append((name, f"({ending})", "", "", "FAILED"))
        if not run.figures:
            if not ending:
                rows.append((name, "(no figures reported; its last output lines:)", "", "", ""))
            lines = [line for line in run.output if line.strip()][-RAW_LINES_SHOWN:]
            notes[len(rows) - 1] = lines or ["(no output)"]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))

    out = [line(header), line(["-" * width for width in widths])]
    for number, row in enumerate(rows):
        out.append(line(row).rstrip())
        out.extend(f"    {raw}" for raw in notes.get(number, []))
    return "\n".join(out)


def exit_status(runs: Sequence[ScriptRun], margin: float) -> int:
    """1 when a script failed or a figure missed its budget by more than *margin*; else 0."""
    for run in runs:
        if run.failed or any(f.verdict(margin) is Verdict.MISSED for f in run.figures):
            return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark scripts, print the table, return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run every benchmarks/bench_*.py and print one table: figure, budget, result.",
    )
    parser.add_argument("words", nargs="*", help="run only scripts whose name contains one")
    parser.add_argument("--list", action="store_true", help="list the scripts and stop")
    parser.add_argument(
        "--margin",
        type=float,
        default=0.5,
        help="how far past its budget a figure may be before the run fails (default 0.5: 50%%)",
    )
    parser.add_argument(
        "--timeout", type=float, default=1800, help="seconds one script may take (default 1800)"
    )
    parser.add_argument("--folder", type=Path, default=FOLDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    scripts = discover(args.folder, args.words)
    if not scripts:
        print("no benchmark scripts match", file=sys.stderr)
        return 2
    if args.list:
        print("\n".join(script.name for script in scripts))
        return 0
    runs: list[ScriptRun] = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        run = run_script(script, timeout_s=args.timeout)
        print(f"   ({run.seconds:.0f} s{', ' + run.how_it_ended() if run.failed else ''})")
        runs.append(run)
    print()
    print(render_table(runs, args.margin))
    status = exit_status(runs, args.margin)
    if status:
        print(f"\nA script failed, or a figure missed its budget by more than {args.margin:.0%}.")
    return status


if __name__ == "__main__":
    sys.exit(main())
