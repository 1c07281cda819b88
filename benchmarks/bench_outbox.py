"""Outbox and upload figures against the budgets of the site-connection issue.

    python benchmarks/bench_outbox.py

- 1,000 queued outbox items drained against the demo site (in another process,
  over loopback): total time per item, the time of the same HTTP calls made
  directly, and the difference, which is Newsdesk's own overhead per item
  (budget: under 5 ms);
- uploading ten 5 MB photos: the process's peak memory above its idle size
  (budget: within 50 MB), since uploads are streamed from disk.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image

from benchmarks.figures import report as report_figure
from portal.accounts import Accounts, PasswordVault
from portal.outbox import enqueue
from portal.outbox_worker import Job, drain
from portal.remote import PostInput
from portal.wordpress import WordPressClient
from storage.database import open_store

PASSWORD = "Bnch 1111 2222 3333 4444 5555"
ITEMS = 1000


def start_site(folder: Path) -> tuple[subprocess.Popen[str], str]:
    """The demo site in its own process, so its work does not count as ours."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "portal.devsite",
            "--port",
            "0",
            "--data",
            str(folder / "site.db"),
            "--user",
            "bench",
            "--app-password",
            PASSWORD,
            "--no-seed",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("URL:"):
            return process, line.split(":", 1)[1].strip()
    raise RuntimeError("the demo site did not start")


def rss_peak_mb() -> float:
    """The process's peak resident memory so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Measure and print."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        process, url = start_site(folder)
        try:
            store = open_store(folder / "newsdesk.db")
            account = Accounts(store, PasswordVault()).add("bench", url, "bench", PASSWORD)
            with WordPressClient(url, "bench", PASSWORD) as client:
                post = client.create_post(PostInput(title="Bài thử", status="publish"))
                comment = client.create_comment(post.id, "Bình luận để đo")

                started = time.perf_counter()
                for _ in range(ITEMS):
                    client.get_comment(comment.id)
                direct = (time.perf_counter() - started) / ITEMS

                with store.transaction() as session:
                    for number in range(ITEMS):
                        enqueue(
                            session,
                            site_id=account.id,
                            kind="touch",
                            subject_type="comment",
                            subject_id=number,
                            payload={"comment": comment.id},
                        )

                def touch(job: Job) -> None:
                    job.client.get_comment(int(job.payload["comment"]))

                started = time.perf_counter()
                report = drain(store, client, account.id, {"touch": touch})
                drained = (time.perf_counter() - started) / ITEMS
                assert report.sent == ITEMS, report
            print(f"HTTP call alone (GET comment):          {direct * 1000:6.2f} ms per item")
            print(f"drained through the outbox:             {drained * 1000:6.2f} ms per item")
            overhead = (drained - direct) * 1000
            report_figure("outbox: Newsdesk's overhead per item", overhead, 5)

            photos = []
            for number in range(10):
                path = folder / f"photo-{number}.png"
                Image.frombytes("RGB", (1400, 1250), os.urandom(1400 * 1250 * 3)).save(path)
                photos.append(path)
            size = photos[0].stat().st_size / 1e6
            with WordPressClient(url, "bench", PASSWORD, timeout=60) as client:
                client.me()
                idle = rss_peak_mb()
                started = time.perf_counter()
                for path in photos:
                    client.upload_media(path, mime_type="image/png", caption="Ảnh đo")
                elapsed = time.perf_counter() - started
            grown = rss_peak_mb() - idle
            print(f"10 uploads of {size:.1f} MB:                  {elapsed:6.2f} s")
            report_figure("uploads: peak memory above idle", grown, 50, "MB")
            store.close()
        finally:
            process.terminate()
            process.wait(10)


if __name__ == "__main__":
    main()
