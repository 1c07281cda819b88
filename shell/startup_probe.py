"""Start-up figures the benchmark asks for: when to quit, and the longest freeze.

``benchmarks/bench_startup_process.py`` starts the app with
``NEWSDESK_QUIT_WHEN_READY``: ``1`` quits once the window is shown with the
interview list filled in (what the user sees first), ``editing`` once the
store is open and every action works. With ``NEWSDESK_STARTUP_REPORT`` set to
a file name, a :class:`StallMeter` watches the GUI thread from the moment the
window is shown and writes to that file on quitting: when the event loop first
turned with the window shown and when the app was ready for editing (seconds
since the epoch, so the benchmark can count from the moment it started the
process), and the longest time the event loop could not turn in between (in
milliseconds). Users never set these.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

QUIT_WHEN_READY_ENV = "NEWSDESK_QUIT_WHEN_READY"
REPORT_ENV = "NEWSDESK_STARTUP_REPORT"
QUIT_WHEN_SHOWN = "1"
QUIT_WHEN_EDITING = "editing"
TICK_MS = 5


def quit_when() -> str | None:
    """``"1"`` (list shown), ``"editing"`` (store ready), or None: do not quit by itself."""
    value = os.environ.get(QUIT_WHEN_READY_ENV)
    return value if value in (QUIT_WHEN_SHOWN, QUIT_WHEN_EDITING) else None


class StallMeter(QObject):
    """Measures the longest gap between turns of the event loop (a freeze the user would feel)."""

    def __init__(self, report: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self._longest = 0.0
        self._last = time.perf_counter()
        self._first_turn: float | None = None
        self._ready: float | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @classmethod
    def from_environment(cls, parent: QObject) -> StallMeter | None:
        """A meter writing where ``NEWSDESK_STARTUP_REPORT`` says, if it is set."""
        report = os.environ.get(REPORT_ENV)
        return cls(Path(report), parent) if report else None

    def start(self) -> None:
        """Start watching (call it right after the window is shown)."""
        self._last = time.perf_counter()
        self._timer.start()
        QTimer.singleShot(0, self._turned)

    def mark_ready(self) -> None:
        """The store is open and the application has taken the window over."""
        self._ready = time.time()
        self._tick()
        self._timer.stop()  # a stall after this is not the start's

    @property
    def longest_ms(self) -> float:
        """The longest the event loop stood still so far, beyond the tick interval."""
        return self._longest * 1000

    def stop(self) -> None:
        """Stop watching and write the figures."""
        if self._timer.isActive():
            self._tick()
            self._timer.stop()
        lines = [f"longest_stall_ms {self.longest_ms:.1f}"]
        if self._first_turn is not None:
            lines.append(f"first_turn_epoch {self._first_turn:.6f}")
        if self._ready is not None:
            lines.append(f"ready_epoch {self._ready:.6f}")
        self._report.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def _turned(self) -> None:
        self._first_turn = time.time()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last - TICK_MS / 1000)
        self._last = now
