"""Moderation figures against the budgets of the comment-moderation issue.

    python benchmarks/bench_moderation.py [--comments 200000] [--pull 10000]

With ``--comments`` cached comments (200,000 by default):

- the Comments page opening on the Pending queue (counts, first page, first comment
  shown), and switching to each queue: budget 300 ms;
- from a decision key press (A, S, D) to the next comment shown, measured in the
  GUI (shortcut → local transaction with outbox item → row dimmed → next row
  selected → detail shown → what changed repainted), each key after 250 ms of
  "reading" (the page reads the next comment ahead and turns the list's page
  meanwhile), and again with keys pressed back to back: budget 16 ms;
- a filter or a search (the list shown again): budget 100 ms;

and, from the demo site in its own process over loopback:

- pulling ``--pull`` new comments (10,000 by default): budget 10 s;
- the Python memory a pull holds at its peak after 2,000 and after all comments
  (tracemalloc): it must not grow with the total.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))



from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.figures import report  # noqa: E402
from moderation.cache import store_page, store_post  # noqa: E402
from moderation.pull import pull_comments  # noqa: E402
from moderation.queues import CommentQueues, QueueFilter  # noqa: E402
from moderation.rules import RuleSet  # noqa: E402
from moderation.settings import save_rules  # noqa: E402
from moderation.statuses import Queue  # noqa: E402
from moderation.ui.comments_page import QUEUES, CommentsPage  # noqa: E402
from moderation.ui.counts import COUNTS_DELAY_MS  # noqa: E402
from portal.accounts import Accounts, PasswordVault  # noqa: E402
from portal.devsite import DemoSite  # noqa: E402
from portal.remote import RemoteComment, RemotePost  # noqa: E402
from portal.wordpress import WordPressClient  # noqa: E402
from storage.database import Store, open_store  # noqa: E402

READING_MS = 250  # a (very fast) moderator's look at a comment before the key
APP_PASSWORD = "Bm1a Bm2b Bm3c Bm4d Bm5e Bm6f"

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Lò",
    "Quàng",
    "Giàng",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "A", "Đức", "Thu"]
GIVEN = ["An", "Bình", "Chiến", "Dũng", "Giang", "Hà", "Khải", "Lan", "Mai", "Nam", "Páo", "Sơn"]
OPENINGS = [
    "Cảm ơn tòa soạn đã đưa tin",
    "Tôi ở xã bên cạnh và thấy",
    "Đề nghị chính quyền xem lại",
    "Bài viết phản ánh đúng thực tế",
    "Mong phóng viên theo dõi tiếp",
    "Xin hỏi tòa soạn",
]
MIDDLES = [
    "con đường liên xã mùa mưa vẫn lầy lội",
    "giá chè búp tươi năm nay xuống thấp",
    "trường bán trú cần thêm phòng ở cho các cháu",
    "cây cầu treo qua suối đã xuống cấp",
    "bà con trồng mận mong có đầu ra ổn định",
    "trạm y tế thiếu bác sĩ trực đêm",
    "chuyện tham nhũng ở ban quản lý dự án cần làm rõ",
    "trang này lừa đảo, đừng ai chuyển tiền",
]
ENDINGS = ["", "Trân trọng.", "Cảm ơn!", "Mong sớm có hồi âm.", "Xem thêm tại www.khuyen-mai.vn"]
STATES = ["approved"] * 55 + ["hold"] * 25 + ["spam"] * 12 + ["trash"] * 8


def synthetic_comments(count: int, seed: int = 7) -> Iterator[RemoteComment]:
    """*count* invented reader comments, oldest first."""
    rng = random.Random(seed)
    start = datetime.now(UTC) - timedelta(days=730)
    step = timedelta(days=730) / max(count, 1)
    for index in range(1, count + 1):
        person = rng.randrange(20_000)
        name = f"{FAMILY[person % 12]} {MIDDLE[person // 12 % 10]} {GIVEN[person // 120 % 12]}"
        text = f"{rng.choice(OPENINGS)}: {rng.choice(MIDDLES)}. {rng.choice(ENDINGS)}".strip()
        yield RemoteComment(
            id=index,
            post=1 + rng.randrange(400),
            parent=rng.randrange(1, index) if index > 1 and rng.random() < 0.1 else 0,
            author=0,
            author_name=name,
            author_email=f"bandoc{person}@example.com",
            author_url="",
            date_gmt=start + step * index,
            content=text,
            content_html="",
            status=rng.choice(STATES),
            link="",
        )


def fill_cache(store: Store, site_id: int, count: int) -> float:
    """Store *count* comments in pages of 1,000; return the seconds it took."""
    rules = RuleSet(banned_words=("lừa đảo",), watch_words=("tham nhũng",)).normalised()
    save_rules(store, rules)
    started = time.perf_counter()
    batch: list[RemoteComment] = []
    for comment in synthetic_comments(count):
        batch.append(comment)
        if len(batch) == 1000:
            with store.transaction() as session:
                store_page(session, site_id, batch, rules)
            batch = []
    with store.transaction() as session:
        store_page(session, site_id, batch, rules)
        for post_id in range(1, 401):
            store_post(session, site_id, post_id, article(post_id))
    return time.perf_counter() - started


def article(post_id: int) -> RemotePost:
    """An invented article."""
    subject = MIDDLES[post_id % len(MIDDLES)].capitalize()
    return RemotePost(
        id=post_id,
        slug=f"bai-{post_id}",
        status="publish",
        link=f"https://baobinhlam.example/bai-{post_id}/",
        title=f"{subject} ({post_id})",
        content="",
        excerpt="",
        date_gmt=None,
        modified_gmt=None,
    )


def timed(function: Callable[[], object], repeat: int = 5) -> float:
    """Median milliseconds of *function* over *repeat* runs."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


FILTERS: list[tuple[str, str, str | int]] = [
    ("search 'duong' (common word)", "search", "duong"),
    ("search 'tham nhung' (rarer)", "search", "tham nhung"),
    ("search 'cà phê' (no match)", "search", "cà phê"),
    ("search 'du an quan ly' (ranked, none side by side)", "search", "du an quan ly"),
    ("search '\"tham nhung\"' (a phrase)", "search", '"tham nhung"'),
    ("author 'giang pao'", "author", "giang pao"),
    ("one article", "article", 5),
    ("last 30 days", "period", 3),
]


def set_filter(page: CommentsPage, kind: str, value: str | int | None) -> None:
    """Set one filter control (None: back to no filter)."""
    if kind == "search":
        page.search_edit.setText(str(value or ""))
    elif kind == "author":
        page.author_edit.setText(str(value or ""))
    elif kind == "article":
        page.article_box.setCurrentIndex(int(value or 0))
    else:
        page.period_box.setCurrentIndex(int(value or 0))


# --- GUI ----------------------------------------------------------------------------------


def bench_gui(app: QApplication, store: Store, accounts: Accounts) -> None:
    """Opening the page, switching queues, deciding by key, filtering."""
    started = time.perf_counter()
    page = CommentsPage(store, accounts, lambda: "Benchmark")
    page.resize(1300, 820)
    page.show()
    app.processEvents()
    opened = (time.perf_counter() - started) * 1000
    report(f"Comments page opens on Pending ({page.model.total:,} pending)", opened, 300)
    for queue in QUEUES:

        def switch(queue: Queue = queue) -> None:
            page.show_queue(Queue.ALL if queue is not Queue.ALL else Queue.PENDING)
            started = time.perf_counter()
            page.show_queue(queue)
            page.repaint()
            switch.ms = (time.perf_counter() - started) * 1000  # type: ignore[attr-defined]

        runs = []
        for _ in range(3):
            switch()
            runs.append(switch.ms)  # type: ignore[attr-defined]
        ms = statistics.median(runs)
        report(f"  open queue {queue.value} ({page.model.total:,} comments)", ms, 300)

    page.show_queue(Queue.PENDING)
    page.activateWindow()
    page.table.setFocus()
    app.processEvents()
    keys = [Qt.Key.Key_A, Qt.Key.Key_S, Qt.Key.Key_D] * 40
    runs = []
    context: list[float] = []
    for key in keys:
        QTest.qWait(READING_MS)  # the moderator reads the comment before deciding
        before = page.current_comment_id()
        started = time.perf_counter()
        QTest.keyClick(page.table, key)
        app.processEvents()  # paints what changed: the list rows and the next comment
        runs.append((time.perf_counter() - started) * 1000)
        assert page.current_comment_id() not in (None, before), "no next comment shown"
        assert page.detail.detail is not None and page.detail.detail.id == page.current_comment_id()
        while page.detail.context_pending:  # the comment answered and the author's history
            QTest.qWait(1)
        context.append((time.perf_counter() - started) * 1000)
    runs.sort()
    median = statistics.median(runs)
    p95 = runs[int(len(runs) * 0.95) - 1]
    print(
        f"Decision key → next comment shown ({len(runs)} presses, {READING_MS} ms of reading "
        f"before each): median {median:.1f} ms, worst {runs[-1]:.1f} ms"
    )
    report("Decision key → next comment shown, p95", p95, 16)
    report("  the answered comment and author's history follow", statistics.median(context), None)
    queues = CommentQueues(store, 1)
    counts_ms = timed(lambda: (queues.counts(), queues.sync_counts()))
    report(f"  {COUNTS_DELAY_MS} ms after the last key, in the background: counts", counts_ms, None)
    held = []
    for key in [Qt.Key.Key_A, Qt.Key.Key_S, Qt.Key.Key_D] * 10:
        started = time.perf_counter()
        QTest.keyClick(page.table, key)
        app.processEvents()
        held.append((time.perf_counter() - started) * 1000)
    print(f"  keys pressed with no pause (no read-ahead, no counts): worst {max(held):.1f} ms")
    report("Keys pressed back to back, median", statistics.median(held), 16)

    page.show_queue(Queue.ALL)
    for label, kind, value in FILTERS:
        runs = []
        for _ in range(3):
            set_filter(page, kind, value)
            started = time.perf_counter()
            page.apply_filters()
            page.repaint()
            runs.append((time.perf_counter() - started) * 1000)
            found = page.model.total
            set_filter(page, kind, None)
            page.apply_filters()
        ms = statistics.median(runs)
        report(f"Filter {label} ({found:,} found)", ms, 100)
    page.close()


# --- pulling ------------------------------------------------------------------------------


@contextmanager
def demo_site_process(data: Path) -> Iterator[str]:
    """The demo site on *data*, served by its own process; yields its address."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "portal.devsite",
            "--port",
            "0",
            "--data",
            str(data),
            "--no-seed",
            "--user",
            "bench",
            "--app-password",
            APP_PASSWORD,
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("URL: "):
            raise RuntimeError(f"the demo site did not start: {line!r}")
        yield line.removeprefix("URL: ").strip()
    finally:
        process.terminate()
        process.wait(10)


def prepare_site(path: Path, extra: int) -> int:
    """A seeded demo site file with *extra* more reader comments; the total."""
    site = DemoSite(path, seed=True)
    post = site.store.get_comment(1).post  # type: ignore[union-attr]
    now = datetime.now(UTC)
    site.store.insert_comments(
        {
            "post": post,
            "author_name": f"Bạn đọc {n}",
            "author_email": f"bandoc{n}@example.org",
            "date_gmt": (now - timedelta(seconds=extra - n)).strftime("%Y-%m-%d %H:%M:%S"),
            "content": f"Ý kiến số {n}: đường lên bản mùa này đi lại khó khăn, mong được sửa.",
            "status": "hold",
        }
        for n in range(extra)
    )
    total = sum(site.store.count_comments().values())
    site.store.close()
    return total


class MemoryProbe:
    """Progress that records the traced memory peak after 2,000 comments and at the end."""

    def __init__(self) -> None:
        self.at_2000: int | None = None
        self.cancelled = False

    def report_progress(self, done: int, total: int, message: str = "") -> None:
        if self.at_2000 is None and done >= 2000:
            self.at_2000 = tracemalloc.get_traced_memory()[1]


def bench_pull(folder: Path, store: Store, accounts: Accounts, extra: int) -> None:
    """Pull the new comments twice: once timed, once under tracemalloc."""
    total = prepare_site(folder / "site.sqlite3", extra)
    with demo_site_process(folder / "site.sqlite3") as url:
        timed_site = accounts.add("Demo (timed)", url, "bench", APP_PASSWORD)
        client = WordPressClient(url, "bench", APP_PASSWORD, timeout=30)
        started = time.perf_counter()
        pulled = pull_comments(store, client, timed_site.id)
        seconds = time.perf_counter() - started
        cached = CommentQueues(store, 1).count(QueueFilter(Queue.ALL))
        print(
            f"Pull of {pulled.received:,} comments ({extra:,} new on the site, {pulled.pages} "
            f"pages, into a cache of {cached:,}): {pulled.received / seconds:,.0f} comments/s"
        )
        report(f"Pull of {pulled.received:,} comments", seconds, 10, "s")
        assert pulled.received == total

        traced_site = accounts.add("Demo (traced)", url, "bench", APP_PASSWORD)
        probe = MemoryProbe()
        tracemalloc.start()
        pull_comments(store, client, traced_site.id, probe)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        client.close()
        # Flat: one page at a time.
        early_peak = (probe.at_2000 or 0) / 1e6
        report("  pull: traced memory peak after 2,000 comments", early_peak, None, "MB")
        report(f"  pull: traced memory peak after {total:,}", peak / 1e6, None, "MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=200_000)
    parser.add_argument("--pull", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        # As the application opens it: commits never checkpoint, a background timer does.
        store = open_store(Path(folder) / "newsdesk.db", background_checkpoints=True)
        accounts = Accounts(store, PasswordVault())
        site = accounts.add("Báo Bình Lâm", "http://127.0.0.1:9", "bench", "")
        seconds = fill_cache(store, site.id, args.comments)
        store.checkpoint()
        report(f"Cache of {args.comments:,} comments written (pages of 1,000)", seconds, None, "s")
        bench_gui(app, store, accounts)
        bench_pull(Path(folder), store, accounts, args.pull)
        store.close()


if __name__ == "__main__":
    main()
