"""How a benchmark script reports a measured figure: name, budget, result.

Each script calls :func:`report` once per figure. Run alone, a script prints
one readable line per figure, as always. Run by ``python -m benchmarks``, the
same call also appends the figure as one JSON line to the file named by the
``NEWSDESK_BENCH_RECORDS`` environment variable, and the runner reads them back
to print one table for every script::

    from benchmarks.figures import report

    report("decision key → next comment, p95", p95_ms, budget=16, unit="ms")
    report("search results per second", rate, budget=500, unit="/s", higher_is_better=True)

A figure without a budget (``budget=None``) is shown but never judged.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import Any

__all__ = ["RECORDS_ENV", "Figure", "Verdict", "read_records", "report"]

#: Environment variable naming the file a script appends its figures to (JSON lines).
RECORDS_ENV = "NEWSDESK_BENCH_RECORDS"


class Verdict(Enum):
    """How a figure compares with its budget."""

    OK = "ok"
    OVER = "over"  # missed, but within the runner's margin: worth a look
    MISSED = "MISSED"  # missed by more than the margin: a regression
    UNJUDGED = "-"  # no budget


@dataclass(frozen=True)
class Figure:
    """One measured figure and the budget it is held to."""

    name: str
    result: float
    budget: float | None
    unit: str = "ms"
    higher_is_better: bool = False

    def verdict(self, margin: float = 0.5) -> Verdict:
        """OK within budget; OVER when missed by at most *margin* (0.5 = 50 %); else MISSED."""
        if self.budget is None:
            return Verdict.UNJUDGED
        if self.higher_is_better:
            if self.result >= self.budget:
                return Verdict.OK
            return Verdict.OVER if self.result >= self.budget / (1 + margin) else Verdict.MISSED
        if self.result <= self.budget:
            return Verdict.OK
        return Verdict.OVER if self.result <= self.budget * (1 + margin) else Verdict.MISSED

    def budget_text(self) -> str:
        """The budget as the table shows it: ``≤ 16 ms``, ``≥ 500 /s`` or ``-``."""
        if self.budget is None:
            return "-"
        sign = "≥" if self.higher_is_better else "≤"
        return f"{sign} {_number(self.budget)} {self.unit}".rstrip()

    def result_text(self) -> str:
        """The result with its unit."""
        return f"{_number(self.result)} {self.unit}".rstrip()


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.1f}"


def report(
    name: str,
    result: float,
    budget: float | None,
    unit: str = "ms",
    *,
    higher_is_better: bool = False,
) -> Figure:
    """Print one figure with its budget and verdict; record it for the runner when asked."""
    figure = Figure(name, float(result), budget, unit, higher_is_better)
    verdict = figure.verdict()
    judged = (
        "" if verdict is Verdict.UNJUDGED else f"  (budget {figure.budget_text()}: {verdict.value})"
    )
    print(f"{name:<52} {figure.result_text():>12}{judged}", flush=True)
    target = os.environ.get(RECORDS_ENV)
    if target:
        with Path(target).open("a", encoding="utf-8") as records:
            records.write(json.dumps(asdict(figure), ensure_ascii=False) + "\n")
    return figure


def read_records(path: Path) -> list[Figure]:
    """The figures a script recorded in *path*; lines that are not figures are skipped."""
    figures: list[Figure] = []
    if not path.exists():
        return figures
    for line in path.read_text("utf-8").splitlines():
        try:
            data: Any = json.loads(line)
            figures.append(
                Figure(
                    name=str(data["name"]),
                    result=float(data["result"]),
                    budget=None if data.get("budget") is None else float(data["budget"]),
                    unit=str(data.get("unit", "")),
                    higher_is_better=bool(data.get("higher_is_better", False)),
                )
            )
        except (ValueError, KeyError, TypeError):
            continue
    return figures
