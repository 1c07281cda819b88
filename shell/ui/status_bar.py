"""The status-bar widget that shows the site connection."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from shell.connection_status import ConnectionSnapshot, ConnectionState, ConnectionStatus
from uikit.outside_text import plain_labels, tooltip


class ConnectionIndicator(QWidget):
    """Renders a :class:`ConnectionStatus`; offers Cancel while syncing."""

    cancel_requested = Signal()

    def __init__(self, status: ConnectionStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self.label = QLabel(self)
        plain_labels(self.label)  # may hold the site's own words
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton(self)
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        status.changed.connect(self._render)
        self._render(status.snapshot)

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._render(self._status.snapshot)
        super().changeEvent(event)

    def _render(self, snapshot: ConnectionSnapshot) -> None:
        syncing = snapshot.state is ConnectionState.SYNCING
        self.progress.setVisible(syncing)
        self.cancel_button.setVisible(syncing)
        self.cancel_button.setText(self.tr("Cancel"))
        if snapshot.state is ConnectionState.OFFLINE:
            text = self.tr("● Offline")
            if snapshot.reason:
                text += " — " + snapshot.reason
        elif snapshot.state is ConnectionState.CONNECTED:
            text = self.tr("● Connected to {site} as {user}").format(
                site=snapshot.site, user=snapshot.user
            )
        else:
            text = self.tr("⟳ Syncing with {site}…").format(site=snapshot.site)
            self.progress.setRange(0, max(snapshot.total, 0))
            self.progress.setValue(snapshot.done)
            self.progress.setFormat(self.tr("%v of %m"))
        self.label.setText(text)
        self.label.setToolTip(tooltip(text))  # the whole reason, when the bar is narrow
