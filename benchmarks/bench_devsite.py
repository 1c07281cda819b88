"""Measure the WordPress client against the local demo site (loopback HTTP).

Prints: start-up with seeding, paging through a few thousand comments,
moderation round trips, and a streamed upload (with the Python heap peak, to
show that neither side holds the whole file in memory).

    .venv/bin/python benchmarks/bench_devsite.py [--comments 5000] [--upload-mb 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import report
from portal.devsite import DemoSite
from portal.devsite.seed import seed_site
from portal.wordpress import WordPressClient


def main() -> None:
    """Run the measurements and print one line per figure."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=5000)
    parser.add_argument("--upload-mb", type=int, default=20)
    parser.add_argument("--updates", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        site = DemoSite(folder / "bench.sqlite3", seed=False)
        seed_site(site.store, comments=args.comments)
        seeded = time.perf_counter() - started
        report(f"demo site: seed {args.comments:,} comments", seeded, None, "s")
        account = site.add_user("bench")
        with site, WordPressClient(site.base_url, account.login, account.app_password) as client:
            started = time.perf_counter()
            pages = 0
            count = 0
            for page in client.iter_comment_pages():
                pages += 1
                count += len(page.comments)
            elapsed = time.perf_counter() - started
            report(f"demo site: page through {count:,} comments", elapsed, None, "s")
            report("demo site: one page of 100 comments", elapsed / pages * 1000, None)
            ids = [c.id for c in next(client.iter_comment_pages()).comments]
            started = time.perf_counter()
            for i in range(args.updates):
                client.update_comment_status(ids[i % len(ids)], "hold" if i % 2 else "approved")
            elapsed = time.perf_counter() - started
            report("demo site: one comment status update", elapsed / args.updates * 1000, None)
            big = folder / "video.mp4"
            with big.open("wb") as out:
                for _ in range(args.upload_mb):
                    out.write(os.urandom(1024 * 1024))
            tracemalloc.start()
            started = time.perf_counter()
            media = client.upload_media(big, caption="Bench")
            elapsed = time.perf_counter() - started
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            mib = 1024 * 1024
            stored = (media.filesize or 0) / mib
            print(f"upload {args.upload_mb} MiB: {elapsed:.2f} s (stored {stored:.0f} MiB)")
            rate = args.upload_mb / elapsed
            report(f"demo site: upload {args.upload_mb} MiB", rate, None, "MiB/s")
            report("demo site: Python heap peak during the upload", peak / mib, None, "MiB")


if __name__ == "__main__":
    main()
