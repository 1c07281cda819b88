"""A reporter typing without a pause until the process is killed (run by the kill loop).

    python -m tests.editor.steady_typing_child DATA_DIR TURNS INTERVAL_MS

Opens the Interviews page on DATA_DIR with an interview of TURNS turns, adds a
new answer at the end, saves, prints ``ready``, then types
:data:`TYPED_TEXT` into that answer one key every INTERVAL_MS, printing
``<keystroke number> <monotonic time> <keystrokes saved>`` after each key, for
ever; the last figure is how many of the keystrokes the editor knows are on disk.
"""

from __future__ import annotations

import os
import sys
import time
from bisect import bisect_right
from itertools import cycle
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.document import InterviewDocument, ParagraphBlock, Role, TurnBlock
from editor.repository import InterviewRepository
from editor.ui.interviews_page import InterviewsPage
from storage.database import open_store
from tests.typing_helpers import type_text

TYPED_TEXT = (
    "Ghi nhanh: mùa chè năm nay bà con bản Hua Păng hái sớm hơn mọi năm, "
    "giá búp tươi lên tới mười tám nghìn đồng một cân, đường mới giúp xe vào tận đồi. "
)


def long_interview(turns: int) -> InterviewDocument:
    """An interview of *turns* alternating questions and three-paragraph answers."""
    document = InterviewDocument(
        title="Chè Shan tuyết trên đỉnh Hua Păng",
        lead="Phóng viên trò chuyện với trưởng bản về vụ chè đầu năm.",
        byline="Lò Thu Hà",
    )
    reporter = document.add_speaker("Phóng viên", Role.INTERVIEWER)
    guest = document.add_speaker("Ông Giàng A Páo", Role.INTERVIEWEE)
    document.blocks.append(ParagraphBlock("Sương còn phủ kín sườn đồi khi chúng tôi tới bản."))
    for number in range(turns):
        if number % 2 == 0:
            text = f"Câu hỏi số {number}: vụ chè năm nay có gì khác so với năm ngoái?"
            document.blocks.append(TurnBlock(reporter.key, text))
        else:
            paragraph = f"Câu trả lời số {number}: bà con đã quen làm chè sạch, bán được giá."
            document.blocks.append(TurnBlock(guest.key, "\n\n".join([paragraph] * 3)))
    return document


def main() -> None:
    """Set up, then type until killed."""
    data_dir, turns, interval_ms = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    app = QApplication(sys.argv[:1])
    store = open_store(data_dir / "newsdesk.db")
    page = InterviewsPage(InterviewRepository(store), data_dir)
    page.resize(1100, 700)
    page.show()
    page.create_from_document(long_interview(turns))
    editor, session = page.editor, page.session
    assert editor is not None and session is not None
    editor.blocks_view.setCurrentIndex(editor.blocks_model.index(turns, 0))
    editor.add_turn()
    assert session.save_now()
    keys = cycle(TYPED_TEXT)
    typed = [0]
    revisions: list[int] = []  # the document's revision after each keystroke
    print("ready", flush=True)

    def keystroke() -> None:
        type_text(editor.block_editor.turn_text, next(keys))
        typed[0] += 1
        revisions.append(session.autosaver.revision)
        saved = bisect_right(revisions, session.autosaver.saved_revision)
        print(typed[0], f"{time.monotonic():.4f}", saved, flush=True)

    typist = QTimer(app)
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.timeout.connect(keystroke)
    typist.start(interval_ms)
    app.exec()


if __name__ == "__main__":
    main()
