"""Uncaught exceptions: logged, explained, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from shell.crash import CrashHandler
from storage.errors import DiskFull


def _raise_and_handle(handler: CrashHandler, error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        kind, value, trace = sys.exc_info()
        assert kind is not None and value is not None
        handler.handle(kind, value, trace)


def test_a_bug_is_logged_with_traceback_and_shown_with_the_log_path(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str, bool]] = []
    handler = CrashHandler(tmp_path / "newsdesk.log", show_dialog=lambda *a: shown.append(a))
    with caplog.at_level(logging.ERROR):
        _raise_and_handle(handler, ZeroDivisionError("chia cho không"))
    assert "Traceback" in caplog.text and "ZeroDivisionError" in caplog.text
    assert len(shown) == 1
    title, text, is_bug = shown[0]
    assert is_bug and title == "Unexpected error"
    assert str(tmp_path / "newsdesk.log") in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text  # no class name


def test_a_known_error_shows_its_own_message(qapp: QApplication, tmp_path: Path) -> None:
    shown: list[tuple[str, str, bool]] = []
    handler = CrashHandler(tmp_path / "newsdesk.log", show_dialog=lambda *a: shown.append(a))
    _raise_and_handle(handler, DiskFull(tmp_path / "newsdesk.db"))
    assert shown == [("Newsdesk", DiskFull(tmp_path / "newsdesk.db").user_message, False)]


def test_a_failing_dialog_does_not_take_the_app_down(qapp: QApplication, tmp_path: Path) -> None:
    def broken_dialog(*_args: object) -> None:
        raise RuntimeError("no screen")

    handler = CrashHandler(tmp_path / "newsdesk.log", show_dialog=broken_dialog)
    _raise_and_handle(handler, KeyError("x"))
    _raise_and_handle(handler, KeyError("y"))
    assert [str(e) for e in handler.handled] == ["'x'", "'y'"]
