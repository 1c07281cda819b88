"""Spell-check figures against the budgets of the Vietnamese writing tools issue.

    python benchmarks/bench_spelling.py

- loading the Vietnamese dictionary (off the GUI thread): time and Python memory
- checking a 5,000-word interview: budget 50 ms
- one keystroke in a 5,000-word turn with squiggles on (key event, highlighter,
  undo command): budget 16 ms
- suggestions for a typo: budget 300 ms (median and slowest of a set of typos)
"""

from __future__ import annotations

import os
import sys
import time
import tracemalloc
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from benchmarks.bench_editor import median_ms, report
from editor.document import InterviewDocument, Role, TurnBlock
from editor.spelling import Lexicon, SpellChecker, find_dictionary
from storage.tones import ToneStyle, to_style

# Our own sentences (old style, with one typo in the last).
SENTENCES = [
    "Sáng nay, ông chủ tịch xã cùng bà con ra đồng xem lúa mới cấy.",
    "Năm nay thời tiết thuận hòa, sâu bệnh ít nên ai cũng phấn khởi.",
    "Theo ông, điều khó nhất là giữ nước tưới cho cả cánh đồng mùa khô.",
    "Chị Thủy kể rằng sức khỏe cả nhà tốt hơn từ khi bỏ thuốc trừ sâu.",
    "Huyện đã hỗ trợ làm đường bê tông vào khu sản xuất tập trung.",
    "Chúng tôi sẽ mở thêm lớp tập huấn cho thanh niên muốn ở lại quê.",
    "Nhiều nguời dân đã đến dự buổi họp tổ chức tại nhà văn hóa thôn.",
]
TYPOS = ["nguời", "truờng", "khỏee", "chiển", "nhièu", "đuờng", "xlin", "tôii", "homestay"]


def interview_text(words: int = 5000) -> str:
    """About *words* words of interview text, one sentence a line."""
    lines: list[str] = []
    count = 0
    while count < words:
        sentence = SENTENCES[len(lines) % len(SENTENCES)]
        lines.append(sentence)
        count += len(sentence.split())
    return "\n".join(lines)


def load_figures(path: Path) -> tuple[float, float]:
    """Median load time (ms) and the Python memory it takes (MB)."""
    from storage import tones

    def load() -> None:
        tones._place.cache_clear()
        Lexicon.load(path)

    elapsed = median_ms(load, runs=5)
    tones._place.cache_clear()
    tracemalloc.start()
    Lexicon.load(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 1e6


def keystroke_ms(text: str) -> float:
    """Median time of one key typed at the end of a 5,000-word turn, squiggles on."""
    import tempfile

    from editor.repository import InterviewRepository
    from editor.ui.interviews_page import InterviewsPage
    from editor.ui.spelling import SpellingService
    from storage.database import open_store

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        service = SpellingService(store)
        page = InterviewsPage(InterviewRepository(store), Path(folder), spelling=service)
        page.resize(1100, 700)
        page.show()
        document = InterviewDocument(title="Đo tốc độ gõ")
        guest = document.add_speaker("Bà Thủy", Role.INTERVIEWEE)
        document.blocks = [TurnBlock(guest.key, text)]
        page.create_from_document(document)
        while not service.active:
            app.processEvents()
        assert page.editor is not None
        page.editor._select_block(0, True)
        edit = page.editor.block_editor.turn_text
        cursor = edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        edit.setTextCursor(cursor)
        app.processEvents()

        def key() -> None:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
                QApplication.sendEvent(edit, event)

        figure = median_ms(key, runs=41)
        page.close_editor()
        page.deleteLater()
        store.close()
    return figure


def main() -> None:
    """Print every figure."""
    path = find_dictionary()
    if path is None:
        print("The Vietnamese dictionary is not installed (Debian package hunspell-vi).")
        sys.exit(1)
    load, memory = load_figures(path)
    report("dictionary load (off the GUI thread)", load, None)
    print(f"{'dictionary memory (Python objects)':<48} {memory:8.1f} MB")
    checker = SpellChecker(Lexicon.load(path))
    text = interview_text()
    print(f"interview: {len(text.split())} words")
    for style in ToneStyle:
        figure = median_ms(partial(checker.check, to_style(text, style)))
        report(f"check 5,000 words ({style.value} style)", figure, 50)
    report("keystroke in a 5,000-word turn, squiggles on", keystroke_ms(text), 16)
    timings = []
    for typo in TYPOS:
        started = time.perf_counter()
        checker.suggest(typo)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    report("suggestions for a typo (median)", timings[len(timings) // 2], 300)
    report("suggestions for a typo (slowest)", timings[-1], 300)


if __name__ == "__main__":
    main()
