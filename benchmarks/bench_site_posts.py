""" "On the site" figures against the budgets of issue 13.

    python benchmarks/bench_site_posts.py [--posts 20000] [--site-posts 3000]

With ``--posts`` site posts in the local cache (20,000 by default):

- the "On the site" page opening on the whole list (count, first batch, shown):
  budget 300 ms;
- a search without accents, and each filter (status, author, category), the list
  shown again: budget 100 ms;

and, from the demo site on loopback holding ``--site-posts`` posts:

- an incremental pull after 100 posts changed on the site: budget 2 s;
- the first (full) pull and an id sweep, shown without a budget.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QComboBox  # noqa: E402

from benchmarks.figures import report  # noqa: E402
from editor.site_posts import pull_site_posts, store_posts  # noqa: E402
from editor.ui.site_posts_page import SitePostsPage  # noqa: E402
from portal.accounts import Accounts, PasswordVault, SiteAccount  # noqa: E402
from portal.devsite import DemoSite  # noqa: E402
from portal.devsite.wptext import to_db  # noqa: E402
from portal.remote import RemotePost  # noqa: E402
from portal.wordpress import WordPressClient  # noqa: E402
from storage.database import Store, open_store  # noqa: E402
from storage.models import SiteCategory, SitePostAuthor, SitePostSync  # noqa: E402

PASSWORD = "Bench1 Bench2 Bench3 Bench4 Bench5 Bench6"
WORDS = tuple(
    [
        "Đắk",
        "Lắk",
        "Nghệ",
        "An",
        "lũ",
        "lụt",
        "nông",
        "nghiệp",
        "giáo",
        "dục",
        "đồng",
        "chí",
        "Giám",
        "đốc",
        "Sở",
        "mùa",
        "vụ",
        "cà",
        "phê",
    ]
)
STATUSES = ("publish",) * 7 + ("draft", "pending", "future", "private", "trash")


def fill_cache(store: Store, site_id: int, count: int) -> float:
    """*count* posts in the cache (pages of 1,000), 30 authors, 12 categories: seconds."""
    started = time.perf_counter()
    base = datetime(2026, 1, 1, tzinfo=UTC)
    with store.transaction() as session:
        for n in range(1, 31):
            session.add(SitePostAuthor(site_id=site_id, remote_id=n, name=f"Phóng viên {n}"))
        for n in range(1, 13):
            session.add(SiteCategory(site_id=site_id, remote_id=n, name=f"Chuyên mục {n}"))
    for start in range(0, count, 1000):
        posts = [
            RemotePost(
                id=n + 1,
                slug=f"bai-{n}",
                status=STATUSES[n % len(STATUSES)],
                link=f"https://baotinh.example/bai-{n}/",
                title=" ".join(WORDS[(n * k) % len(WORDS)] for k in range(1, 9)) + f" {n}",
                content=f"<p>{' '.join(WORDS)} {n}</p>" * 20,
                excerpt="",
                date_gmt=base + timedelta(minutes=n),
                modified_gmt=base + timedelta(minutes=n, seconds=7),
                author=n % 30 + 1,
                categories=(n % 12 + 1, (n * 7) % 12 + 1),
            )
            for n in range(start, min(start + 1000, count))
        ]
        with store.transaction() as session:
            store_posts(session, site_id, posts, now=datetime.now(UTC))
    with store.transaction() as session:
        session.add(
            SitePostSync(
                site_id=site_id,
                modified_after=base,
                pulls_since_sweep=0,
                last_pull_at=datetime.now(UTC),
                view_only=False,
            )
        )
    return time.perf_counter() - started


def timed(action: Callable[[], None]) -> float:
    """Milliseconds *action* takes."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def bench_page(app: QApplication, store: Store, accounts: Accounts, count: int) -> None:
    """Opening the page on the whole list, then searching and filtering."""
    page: SitePostsPage | None = None

    def open_page() -> None:
        nonlocal page
        page = SitePostsPage(store, accounts)
        page.resize(1300, 820)
        page.show()
        app.processEvents()

    ms = timed(open_page)
    assert page is not None
    report(f"On the site opens ({page.model.total:,} posts)", ms, 300)

    def search() -> None:
        assert page is not None
        page.search.setText("dong chi giam")
        page.reload()
        page.repaint()

    ms = timed(search)
    report(f"Search 'dong chi giam' ({page.model.total:,} found)", ms, 100)
    assert page.model.total > 0
    page.search.setText("")
    for label, combo, index in (
        ("status Pending", page.status_filter, page.status_filter.findData("pending")),
        ("author", page.author_filter, 5),
        ("category", page.category_filter, 3),
    ):

        def choose(combo: QComboBox = combo, index: int = index) -> None:
            assert page is not None
            for other in (page.status_filter, page.author_filter, page.category_filter):
                other.setCurrentIndex(0)
            combo.setCurrentIndex(index)
            page.reload()
            page.repaint()

        ms = timed(choose)
        report(f"Filter {label} ({page.model.total:,} found)", ms, 100)
        assert page.model.total > 0
    page.close()


def bench_pull(folder: Path, store: Store, accounts: Accounts, count: int) -> None:
    """A first pull, then an incremental pull of 100 posts changed on the site, then a sweep."""
    site = DemoSite(folder / "site.sqlite3", seed=False)
    user = site.add_user("bench", app_password=PASSWORD, name="Bench")
    old = datetime.now(UTC) - timedelta(days=3)
    with site.store.transaction() as db:
        db.executemany(
            "INSERT INTO posts (type, author, date_gmt, modified_gmt, slug, status, title,"
            " content, excerpt, categories) VALUES ('post', ?, ?, ?, ?, ?, ?, ?, '', ?)",
            [
                (
                    user.user_id,
                    to_db(old),
                    to_db(old),
                    f"tin-{n}",
                    STATUSES[n % len(STATUSES)],
                    f"Tin số {n} " + " ".join(WORDS[:5]),
                    f"<p>{' '.join(WORDS)}</p>" * 10,
                    json.dumps([1]),
                )
                for n in range(count)
            ],
        )
    base_url = site.start()
    account: SiteAccount = accounts.add("Trang thử", base_url, "bench", PASSWORD)
    try:
        with WordPressClient(base_url, "bench", PASSWORD) as client:
            started = time.perf_counter()
            first = pull_site_posts(store, client, account)
            report(
                f"First pull of {first.received:,} posts", time.perf_counter() - started, None, "s"
            )
            now = to_db(datetime.now(UTC))
            with site.store.transaction() as db:
                db.execute(
                    "UPDATE posts SET modified_gmt = ?, title = title || ' (sửa)' WHERE id IN"
                    " (SELECT id FROM posts ORDER BY random() LIMIT 100)",
                    (now,),
                )
            started = time.perf_counter()
            second = pull_site_posts(store, client, account)
            seconds = time.perf_counter() - started
            report(f"Incremental pull ({second.received} changed posts)", seconds, 2, "s")
            started = time.perf_counter()
            swept = pull_site_posts(store, client, account, force_sweep=True)
            seconds = time.perf_counter() - started
            report(
                f"Pull with an id sweep of {count:,} posts ({swept.gone} gone)", seconds, None, "s"
            )
    finally:
        site.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--site-posts", type=int, default=3_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "newsdesk.db", background_checkpoints=True)
        accounts = Accounts(store, PasswordVault())
        site = accounts.add("Báo Bình Lâm", "http://127.0.0.1:9", "bench", "")
        seconds = fill_cache(store, site.id, args.posts)
        store.checkpoint()
        report(f"Cache of {args.posts:,} site posts written (pages of 1,000)", seconds, None, "s")
        bench_page(app, store, accounts, args.posts)
        bench_pull(Path(folder), store, accounts, args.site_posts)
        store.close()


if __name__ == "__main__":
    main()
