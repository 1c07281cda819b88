"""A reporter's Newsdesk that gets killed: run by test_autosave_recovery as a subprocess.

    python -m tests.editor.autosave_child DATA_DIR

Opens the Interviews page on DATA_DIR, types a headline and a first answer into a
new interview, prints ``saved`` once autosave has written them, then keeps typing
and prints ``typing`` — and waits to be killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor.repository import InterviewRepository
from editor.ui.interviews_page import InterviewsPage
from storage.database import open_store
from tests.typing_helpers import type_text


def main() -> None:
    """Type, wait for autosave, type more, wait to be killed."""
    data_dir = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])
    store = open_store(data_dir / "newsdesk.db")
    page = InterviewsPage(InterviewRepository(store), data_dir)
    page.show()
    page.new_interview()
    editor, session = page.editor, page.session
    assert editor is not None and session is not None

    def type_first() -> None:
        type_text(editor.title_edit, "Phỏng vấn không bao giờ mất")
        editor.add_turn()
        type_text(editor.block_editor.turn_text, "Câu hỏi đã được lưu?")
        session.saved.connect(announce_saved)

    def announce_saved() -> None:
        session.saved.disconnect(announce_saved)
        print("saved", flush=True)
        QTimer.singleShot(0, type_more)

    def type_more() -> None:
        type_text(editor.block_editor.turn_text, " Thêm chữ chưa kịp lưu")
        print("typing", flush=True)

    QTimer.singleShot(0, type_first)
    app.exec()


if __name__ == "__main__":
    main()
