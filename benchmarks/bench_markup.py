"""Measure decoding the site's HTML to text on hostile input (it must stay linear).

Reports, for each shape of input at two sizes, the time to decode and the
ratio of the two (budget 3: doubling the size should about double the time;
Python's html.parser took 13 s on 100 KB of "<a", and longer on unclosed
'<a href="').

    .venv/bin/python benchmarks/bench_markup.py [--kb 64]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import report
from portal.markup import html_to_text, text_to_html

#: Decoding twice the input may take at most this many times as long (linear: 2).
GROWTH_BUDGET = 3.0

SHAPES = {
    "unclosed tags": "<a",
    "unclosed attributes": '<a href="',
    "unclosed comments": "<!--",
    "lone <": "<",
    "ampersands": "&",
    "paragraphs": "<p>Bình luận &amp; trả lời</p>",
    "escaped text": text_to_html("<img src='file:///dev/zero'> & “A&B” "),
}


def main() -> None:
    """Run the measurements and report one figure per size and one growth per shape."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", type=int, default=64, help="size of the smaller input")
    args = parser.parse_args()
    for name, unit in SHAPES.items():
        timings: list[float] = []
        for size in (args.kb * 1024, args.kb * 2048):
            markup = unit * (size // len(unit))
            started = time.perf_counter()
            html_to_text(markup)
            timings.append(1000 * (time.perf_counter() - started))
            report(f"html_to_text, {name}, {size // 1024} KB", timings[-1], None)
        growth = timings[1] / max(timings[0], 1e-6)
        report(f"html_to_text, {name}: twice the input, times as long", growth, GROWTH_BUDGET, "×")


if __name__ == "__main__":
    main()
