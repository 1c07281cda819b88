"""The PDF export is laid out and painted on a worker thread, with the same fonts."""

from __future__ import annotations

import re
import threading

from pytestqt.qtbot import QtBot

from editor.pdf_export import render_pdf
from tests.editor.conftest import sample_document
from uikit.background import TaskContext, run_in_background


def _fonts(pdf: bytes) -> set[bytes]:
    return set(re.findall(rb"/BaseFont\s*/([^\s/>]+)", pdf))


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_a_pdf_painted_on_a_worker_matches_one_painted_on_the_gui_thread(qtbot: QtBot) -> None:
    document = sample_document("Người giữ rừng ở Mường Tè: đặc sản, đường đèo")
    on_gui = render_pdf(document, {})
    painted: dict[str, object] = {}

    def work(_context: TaskContext) -> bytes:
        painted["thread"] = threading.current_thread()
        return render_pdf(document, {})

    task = run_in_background(work, on_success=lambda pdf: painted.update(pdf=pdf))
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    on_worker = painted["pdf"]
    assert isinstance(on_worker, bytes) and on_worker.startswith(b"%PDF")
    assert painted["thread"] is not threading.main_thread()
    assert _fonts(on_worker) and _fonts(on_worker) == _fonts(on_gui)  # Vietnamese text embedded
    assert _pages(on_worker) == _pages(on_gui) >= 1
