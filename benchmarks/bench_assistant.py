"""The moderation assistant and campaign grouping, measured.

    python benchmarks/bench_assistant.py [--generated 6000] [--score 10000] [--group 100000]
        [--evaluate 10000 100000]

Prints:

- precision and recall at the suggested threshold on a held-out half of the
  demo site's seeded comments (approved against spam and trash; the demo site
  trashes ordinary comments at random, so expect little there) and of a larger
  generated set of Vietnamese comments (spam with links and phone numbers,
  abuse with and without diacritics, teencode, 2% wrong labels);
- the time to train, and to score ``--score`` comments, features included
  (budget 2 s for 10,000);
- the time and peak Python memory (tracemalloc) to group ``--group`` comments
  into campaigns, with the campaigns found against those planted; and the time
  to add a pulled page of 100 comments to an index already holding them all
  (budget 50 ms, with 200,000 cached in the issue's words);
- for each ``--evaluate`` size, the time and peak memory (the whole process's
  resident set, Qt included) of ``main.py moderation evaluate`` on a generated
  file of that many comments, trained on 3,000: the file is read as a stream,
  so the memory grows only by a small record a comment (its id, score and
  campaign sketch), shown as the growth per comment from the smallest size.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.figures import report  # noqa: E402
from moderation.assistant.features import extract  # noqa: E402
from moderation.assistant.model import Quality  # noqa: E402
from moderation.assistant.training import Decision, TooFewDecisions, train_on  # noqa: E402
from moderation.campaigns import CampaignIndex  # noqa: E402
from tests.moderation.comment_generator import generate, generate_with_campaigns  # noqa: E402

SCORE_BUDGET_S = 2.0
PAGE_BUDGET_MS = 50.0


def _held_out(name: str, decisions: list[Decision]) -> None:
    """Train on the even-numbered decisions, report on the odd ones."""
    training, held = decisions[0::2], decisions[1::2]
    started = time.perf_counter()
    try:
        model, history = train_on(training)
    except TooFewDecisions as error:
        print(f"{name}: {error.user_message}")
        return
    trained = time.perf_counter() - started
    scores = [model.score(extract(d.text, history.of(d.author))) for d in held]
    quality = Quality.count(scores, [d.rejected for d in held], model.threshold)
    print(
        f"{name}: {len(training)} to train ({trained:.1f} s), {len(held)} held out; "
        f"threshold {model.threshold:.2f} (TP {quality.true_positive}, "
        f"FP {quality.false_positive}, FN {quality.false_negative}, TN {quality.true_negative})"
    )
    report(f"{name}: precision at the threshold", quality.precision, None, "")
    report(f"{name}: recall at the threshold", quality.recall, None, "")
    report(f"{name}: training on {len(training)}", trained, None, "s")


def demo_site_decisions() -> list[Decision]:
    """The demo site's seeded comments, decided (approved, spam, trash)."""
    from portal.devsite.seed import seed_site
    from portal.devsite.store import CommentQuery, Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "site.sqlite3")
        try:
            seed_site(store, comments=2000)
            comments, _total = store.query_comments(
                CommentQuery(statuses=["approved", "spam", "trash"], limit=100_000)
            )
        finally:
            store.close()
    return [
        Decision(c.content, c.status != "approved", f"email:{c.author_email.casefold()}")
        for c in sorted(comments, key=lambda c: c.id)
    ]


def bench_scoring(count: int) -> None:
    comments = generate(count + 4000, seed=99)
    model, history = train_on(
        [Decision(c.text, c.label != "approve", c.email) for c in comments[:4000]]
    )
    texts = [(c.text, c.email) for c in comments[4000:]]
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        for text, author in texts:
            model.score(extract(text, history.of(author)))
        runs.append(time.perf_counter() - started)
    report(
        f"scoring {count:,} comments (features included, median)",
        statistics.median(runs),
        SCORE_BUDGET_S * count / 10_000,
        "s",
    )


def bench_grouping(count: int) -> None:
    campaigns, copies = 20, 25
    comments = generate_with_campaigns(count - campaigns * copies, campaigns, copies, seed=4)
    index: CampaignIndex[int] = CampaignIndex()
    started = time.perf_counter()
    for comment in comments:
        index.add(comment.id, comment.text)
    groups = index.groups()
    elapsed = time.perf_counter() - started
    # Memory in a second run: tracemalloc slows allocation several times over.
    measured: CampaignIndex[int] = CampaignIndex()
    tracemalloc.start()
    for comment in comments:
        measured.add(comment.id, comment.text)
    measured.groups()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del measured
    planted = {c.id: c.campaign for c in comments if c.campaign >= 0}
    whole = sum(
        1 for members in groups if all(i in planted for i in members) and len(members) >= copies - 1
    )
    ordinary = sum(len(m) for m in groups if not any(i in planted for i in m))
    print(
        f"{len(groups)} groups, {whole} of the {campaigns} planted campaigns found whole, "
        f"{ordinary} ordinary comments in groups (the generator repeats clauses past some "
        "ten thousand comments, so some are real repeats)"
    )
    report(f"grouping {len(comments):,} comments", elapsed, None, "s")
    report(f"grouping {len(comments):,}: peak memory (tracemalloc)", peak / 1e6, None, "MB")
    report(f"planted campaigns found whole (of {campaigns})", whole, None, "")
    page = generate_with_campaigns(100, 1, 5, seed=5)
    started = time.perf_counter()
    for comment in page:
        index.add(-comment.id, comment.text)
    page_ms = (time.perf_counter() - started) * 1000
    report(f"a page of {len(page)} added to {len(comments):,} grouped", page_ms, PAGE_BUDGET_MS)


def _write_comments(path: Path, count: int) -> None:
    campaigns, copies = 20, 25
    with path.open("w", encoding="utf-8") as stream:
        for comment in generate_with_campaigns(count - campaigns * copies, campaigns, copies, 4):
            stream.write(json.dumps(comment.to_json(), ensure_ascii=False) + "\n")


def _run_measured(arguments: list[str]) -> tuple[float, float]:
    """Run ``main.py`` with *arguments*: (seconds, peak resident memory in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *arguments],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"moderation evaluate failed ({process.returncode}): {arguments}")
    return elapsed, usage.ru_maxrss / 1024  # kilobytes on Linux


def bench_evaluate(sizes: list[int]) -> None:
    """``moderation evaluate`` on files of *sizes* comments: time and peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        train = Path(folder) / "train.jsonl"
        with train.open("w", encoding="utf-8") as stream:
            for comment in generate(3000, seed=1):
                stream.write(json.dumps(comment.to_json(), ensure_ascii=False) + "\n")
        first: tuple[int, float] | None = None
        for size in sorted(sizes):
            test = Path(folder) / f"test-{size}.jsonl"
            _write_comments(test, size)
            arguments = ["moderation", "evaluate", str(test), "--train", str(train), "--json"]
            elapsed, peak = _run_measured(["--data-dir", str(Path(folder) / "absent"), *arguments])
            test.unlink()
            report(f"evaluate {size:,} comments (file to JSON)", elapsed, None, "s")
            report(f"evaluate {size:,} comments: peak resident memory", peak, None, "MB")
            if first is None:
                first = (size, peak)
            else:
                growth = (peak - first[1]) * 1e6 / (size - first[0])
                report(f"evaluate: memory a comment, {first[0]:,} to {size:,}", growth, None, "B")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generated", type=int, default=6000)
    parser.add_argument("--score", type=int, default=10_000)
    parser.add_argument("--group", type=int, default=100_000)
    parser.add_argument("--evaluate", type=int, nargs="*", default=[10_000, 100_000])
    args = parser.parse_args()
    _held_out("demo site", demo_site_decisions())
    _held_out(
        "generated",
        [Decision(c.text, c.label != "approve", c.email) for c in generate(args.generated, 2026)],
    )
    bench_scoring(args.score)
    bench_grouping(args.group)
    bench_evaluate(args.evaluate)


if __name__ == "__main__":
    main()
