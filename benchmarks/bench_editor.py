"""Editor figures against the budgets of the interview-editor issue.

    python benchmarks/bench_editor.py

- opening a 200-turn interview in the editor (load + build widgets + show): budget 300 ms
- the list of 10,000 interviews opening (count + first page + shown): budget 300 ms
- a search over those 10,000: budget 50 ms
- an autosave of the 200-turn interview (runs on the GUI thread): reported
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

from PySide6.QtWidgets import QApplication

from benchmarks.figures import report as report_figure
from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.repository import InterviewRepository
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


def main() -> None:
    """Build the data, measure, print."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        store = open_store(folder / "newsdesk.db")
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

        def autosave() -> None:
            session.set_field("title", session.document.title + "!")
            session.save_now()

        report("autosave of the 200-turn interview", median_ms(autosave), None)
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

        for query in ("dong chi", "che shan", "hoc sinh noi tru", "duong"):
            elapsed = median_ms(partial(model.set_query, query), setup=clear)
            report(f"search “{query}” over 10,000 ({model.total} found)", elapsed, 50)
        page.close()
        store.close()


if __name__ == "__main__":
    main()
