"""The installed PySide6 keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` on every call that
returns nothing, and the app aborted ("none_dealloc") after a few thousand calls;
pyproject.toml excludes it. This test fails on any such build.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_do_not_leak_references_to_none(
    qapp: QApplication, qtbot: QtBot
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("đếm")
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Bình luận")
        label.setVisible(False)
    assert abs(sys.getrefcount(None) - before) < 100
