"""Editor figures against the budgets of the interview-editor issue.

    python benchmarks/bench_editor.py

- opening a 200-turn interview in the editor (load + build widgets + show): budget 300 ms
- the list of 10,000 interviews opening (count + first page + shown): budget 300 ms
- a search over those 10,000: budget 50 ms
- an autosave of the 200-turn interview while typing: the GUI thread's share per save
  (snapshot + hand-off + completion) and the longest stall of the GUI event loop while
  the worker writes: budget 16 ms each (one frame); the worker's time and a blocking
  save (leaving the editor) are reported
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.figures import report as report_figure
from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.repository import InterviewRepository
from editor.session import EditingSession
from editor.ui.interviews_page import InterviewsPage
from editor.ui.list_model import InterviewListModel
from storage.database import open_store

WORDS = [
    "chuyển",
    "đổi",
    "số",
    "nông",
    "thôn",
    "mới",
    "đường",
    "giao",
    "thông",
    "bản",
    "làng",
    "hợp",
    "tác",
    "xã",
    "chè",
    "Shan",
    "tuyết",
    "đồng",
    "bào",
    "Mông",
    "Thái",
    "Dao",
    "học",
    "sinh",
    "nội",
    "trú",
    "thu",
    "nhập",
    "du",
    "lịch",
    "cộng",
    "đồng",
    "Đồng",
    "chí",
    "Bí",
    "thư",
]


def _sentence(seed: int, length: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length)).capitalize()


def big_interview(turns: int = 200) -> InterviewDocument:
    """An interview of *turns* alternating turns, answers of three paragraphs."""
    document = InterviewDocument(title=_sentence(1, 10), lead=_sentence(2, 40), byline="Lò Mai")
    reporter = document.add_speaker("Phóng viên", Role.INTERVIEWER)
    guest = document.add_speaker("Đồng chí Hoàng Văn An", Role.INTERVIEWEE)
    document.blocks.append(ParagraphBlock(_sentence(3, 60)))
    for number in range(turns):
        if number % 2 == 0:
            document.blocks.append(TurnBlock(reporter.key, _sentence(number, 25) + "?"))
        else:
            text = "\n\n".join(_sentence(number + k, 60) + "." for k in range(3))
            document.blocks.append(TurnBlock(guest.key, text))
    return document


def median_ms(
    action: Callable[[], object], runs: int = 7, setup: Callable[[], object] | None = None
) -> float:
    """Median wall time of *action* in milliseconds (*setup* runs untimed before each)."""
    samples = []
    for _ in range(runs):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def report(name: str, value: float, budget: float | None) -> None:
    """Print one figure and whether it is within budget (collected by ``python -m benchmarks``)."""
    report_figure(name, value, budget, "ms")


def background_save_figures(session: EditingSession) -> dict[str, float]:
    """One background autosave: GUI-thread share, longest event-loop stall, worker time (ms)."""
    autosaver = session.autosaver
    done = QEventLoop()
    completion = [0.0]
    real_written = autosaver._written  # timed as the GUI thread runs it

    def timed_written(revision: int, saved_at: object) -> None:
        started = time.perf_counter()
        real_written(revision, saved_at)  # type: ignore[arg-type]
        completion[0] = time.perf_counter() - started
        done.quit()

    autosaver._written = timed_written  # type: ignore[method-assign]
    last_tick = [time.perf_counter()]
    longest_gap = [0.0]

    def tick() -> None:
        now = time.perf_counter()
        longest_gap[0] = max(longest_gap[0], now - last_tick[0])
        last_tick[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    session.set_field("title", session.document.title + "!")  # the keystroke (not counted)
    ticker.start(1)
    started = time.perf_counter()
    last_tick[0] = started
    session.save_soon()
    hand_off = time.perf_counter() - started
    done.exec()
    total = time.perf_counter() - started
    ticker.stop()
    del autosaver._written
    return {
        "share": (hand_off + completion[0]) * 1000,
        "stall": max(longest_gap[0] - 0.001, 0.0) * 1000,
        "worker": total * 1000,
    }


def main() -> None:
    """Build the data, measure, print."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        store = open_store(folder / "newsdesk.db", background_checkpoints=True)  # as the app
        repository = InterviewRepository(store)
        big = repository.create(big_interview())
        page = InterviewsPage(repository, folder)
        page.resize(1200, 800)
        page.show()

        def open_big() -> None:
            page.open_interview(big.id)
            app.processEvents()

        report("open a 200-turn interview in the editor", median_ms(open_big), 300)
        assert page.session is not None
        session = page.session

        runs = [background_save_figures(session) for _ in range(9)]
        for key, name, budget in (
            ("share", "autosave: GUI-thread share per save", 16.0),
            ("stall", "autosave: longest GUI stall while it is written", 16.0),
            ("worker", "autosave: written on the worker, start to end", None),
        ):
            report(name, statistics.median(run[key] for run in runs), budget)

        def blocking_save() -> None:
            session.set_field("title", session.document.title + "!")
            session.save_now()

        report("blocking save (leaving the editor, quitting)", median_ms(blocking_save), None)
        page.close_editor()

        print("creating 10,000 interviews…", flush=True)
        for number in range(9_999):
            document = InterviewDocument(title=_sentence(number, 8), lead=_sentence(number + 1, 30))
            reporter = document.add_speaker("PV", Role.INTERVIEWER)
            document.blocks = [TurnBlock(reporter.key, _sentence(number + 2, 40))]
            repository.create(document)

        def open_list() -> None:
            model = InterviewListModel(repository)
            page.table.setModel(model)
            app.processEvents()

        report("open the list of 10,000 interviews", median_ms(open_list), 300)
        model = InterviewListModel(repository)

        def clear() -> None:
            model.query = ""

        for query in ("dong chi", "che shan", "hoc sinh noi tru", "duong", '"hoc sinh noi tru"'):
            elapsed = median_ms(partial(model.set_query, query), setup=clear)
            report(f"search “{query}” over 10,000 ({model.total} found)", elapsed, 50)
        page.close()
        store.close()


if __name__ == "__main__":
    main()
