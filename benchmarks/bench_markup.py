"""Measure decoding the site's HTML to text on hostile input (it must stay linear).

Prints, for each shape of input at two sizes, the time to decode; doubling the
size should about double the time (Python's html.parser took 13 s on 100 KB of
"<a", and longer on unclosed '<a href="').

    .venv/bin/python benchmarks/bench_markup.py [--kb 64]
"""

from __future__ import annotations

import argparse
import time

from portal.markup import html_to_text, text_to_html

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
    """Run the measurements and print one line per figure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--kb", type=int, default=64, help="size of the smaller input")
    args = parser.parse_args()
    for name, unit in SHAPES.items():
        figures = []
        for size in (args.kb * 1024, args.kb * 2048):
            markup = unit * (size // len(unit))
            started = time.perf_counter()
            html_to_text(markup)
            figures.append(f"{size // 1024} KB {1000 * (time.perf_counter() - started):.1f} ms")
        print(f"html_to_text, {name}: " + ", ".join(figures))


if __name__ == "__main__":
    main()
