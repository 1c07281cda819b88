"""What happens to an exception nobody caught: log it, tell the user, keep running.

Known errors (:class:`storage.known_error.KnownError`) get a plain warning with
their translated message. Anything else is a bug: the traceback goes to the log,
and the user sees a short message with the log file's path (never the name of
the exception, which means nothing to a reporter).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from storage.known_error import KnownError
from uikit.outside_text import critical, warning

log = logging.getLogger(__name__)

ShowDialog = Callable[[str, str, bool], None]


def user_message(error: BaseException) -> str | None:
    """The translated message of a known error, or None for a bug."""
    return error.user_message if isinstance(error, KnownError) else None


def bug_message(log_file: Path | None) -> str:
    """One translated sentence for a bug: something unexpected happened, see the log."""
    if log_file is None:
        return QCoreApplication.translate(
            "CrashHandler", "An unexpected problem occurred; the details are in the log."
        )
    return QCoreApplication.translate(
        "CrashHandler", "An unexpected problem occurred; the details are in the log: {log}"
    ).format(log=log_file)


def show_message_box(title: str, text: str, is_bug: bool) -> None:
    """Show *text* in a modal message box over the active window."""
    parent: QWidget | None = QApplication.activeWindow()
    if is_bug:
        critical(parent, title, text)
    else:
        warning(parent, title, text)


class CrashHandler:
    """Installed as ``sys.excepthook``; also routes Qt's own warnings to the log."""

    def __init__(self, log_file: Path, show_dialog: ShowDialog = show_message_box) -> None:
        self.log_file = log_file
        self._show_dialog = show_dialog
        self._showing = False
        self.handled: list[BaseException] = []

    def install(self) -> None:
        """Take over uncaught exceptions on every thread and Qt's messages."""
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        qInstallMessageHandler(self._qt_message)

    def uninstall(self) -> None:
        """Give the default hooks back (tests use this)."""
        sys.excepthook = sys.__excepthook__
        threading.excepthook = threading.__excepthook__
        qInstallMessageHandler(None)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        """Log *error*, then tell the user (once at a time) and return to the event loop."""
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.handled.append(error)
        known = user_message(error)
        if known is not None:
            log.warning("Known error reached the top: %s", error)
        else:
            log.error(
                "Uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, trace))
            )
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            if known is not None:
                self._show_dialog(
                    QCoreApplication.translate("CrashHandler", "Newsdesk"), known, False
                )
            else:
                text = QCoreApplication.translate(
                    "CrashHandler",
                    "Something went wrong inside Newsdesk.\n\n"
                    "Your work is saved; you can keep working. The details are in the log:\n{log}",
                ).format(log=self.log_file)
                self._show_dialog(
                    QCoreApplication.translate("CrashHandler", "Unexpected error"), text, True
                )
        except Exception:  # never let the error dialog itself crash the app
            log.exception("Could not show the error dialog")
        finally:
            self._showing = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error(
                "Uncaught exception in thread %s:\n%s",
                args.thread.name if args.thread else "?",
                "".join(
                    traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
                ),
            )

    @staticmethod
    def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(kind, logging.WARNING)
        logging.getLogger("qt").log(level, "%s", message)
