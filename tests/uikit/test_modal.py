"""Dialogs opened without a nested event loop."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from uikit.background import TaskContext, run_in_background
from uikit.modal import open_modal


class _AskTitle(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.title = QLineEdit(self)
        QVBoxLayout(self).addWidget(self.title)


def test_background_results_arrive_after_the_opener_returned_not_inside_it(
    qtbot: QtBot,
) -> None:
    steps: list[str] = []

    def work(_context: TaskContext) -> str:
        return "đồng bộ xong"

    def ask() -> _AskTitle:
        dialog = open_modal(_AskTitle(), lambda asked: steps.append(asked.title.text()))
        steps.append("the opener returned")
        return dialog

    task = run_in_background(work, on_success=steps.append)
    dialog = ask()
    assert dialog.isVisible() and dialog.isModal()
    qtbot.waitUntil(lambda: task.done, timeout=5000)  # delivered while the dialog shows
    dialog.title.setText("Phỏng vấn bí thư xã")
    dialog.accept()
    assert steps == ["the opener returned", "đồng bộ xong", "Phỏng vấn bí thư xã"]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)  # closed dialogs do not pile up


def test_a_rejected_dialog_runs_nothing(qtbot: QtBot) -> None:
    steps: list[str] = []
    dialog = open_modal(_AskTitle(), lambda _asked: steps.append("accepted"))
    dialog.reject()
    assert steps == []
