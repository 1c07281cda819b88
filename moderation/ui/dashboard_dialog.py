"""The moderation dashboard: the figures of :mod:`moderation.dashboard` as charts, and CSV.

The figures are worked out in the background (a log of many thousand entries
takes a moment); the dialog shows "Reading…" meanwhile and the charts when they
come. Export writes the same figures as CSV to a file the moderator chooses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderation.dashboard import NO_REASON, Dashboard, compute_dashboard, dashboard_csv
from moderation.rules import RuleKind
from moderation.ui.charts import HorizontalBarChart, LineChart, StackedBarChart
from moderation.ui.detail_pane import plain_label
from moderation.ui.texts import Moderation, moderator_text
from storage.database import Store
from uikit.background import BackgroundTask, TaskContext, run_in_background, show_known_errors

DAYS = 14


class DashboardDialog(QDialog):
    """Charts of the moderation of one site over the last two weeks."""

    def __init__(self, store: Store, site_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._site_id = site_id
        # Kept until the next reload, never dropped in its own callback: dropping the last
        # reference to a finished task while its deletion is pending crashes PySide.
        self._task: BackgroundTask[Dashboard] | None = None
        self.dashboard: Dashboard | None = None
        self.status_label = plain_label(self, selectable=False)
        self.status_label.setObjectName("dashboardStatus")
        self.oldest_label = QLabel(self)
        self.oldest_label.setObjectName("dashboardOldest")
        bold = self.oldest_label.font()
        bold.setBold(True)
        self.oldest_label.setFont(bold)
        self.pending_chart = LineChart(self)
        self.decisions_chart = StackedBarChart(self)
        self.reasons_chart = HorizontalBarChart(self)
        self.articles_chart = HorizontalBarChart(self)
        grid = QGridLayout()
        grid.addWidget(self.pending_chart, 0, 0)
        grid.addWidget(self.decisions_chart, 0, 1)
        grid.addWidget(self.reasons_chart, 1, 0)
        grid.addWidget(self.articles_chart, 1, 1)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportDashboard")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.oldest_label)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(980, 640)
        self.retranslate_ui()
        self.reload()

    # --- figures --------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """The figures are being worked out."""
        return self._task is not None and not self._task.done

    def reload(self) -> None:
        """Work the figures out again, in the background."""
        if self.loading:
            return
        if self._site_id is None:
            self.status_label.setText(self.tr("No site is set up."))
            return
        site_id = self._site_id
        store = self._store

        def work(_context: TaskContext) -> Dashboard:
            return compute_dashboard(store, site_id, days=DAYS)

        self.status_label.setText(self.tr("Reading the log…"))
        self._task = run_in_background(
            work,
            on_success=self.show_dashboard,
            on_failure=show_known_errors(self.status_label.setText),
            parent=self,
        )

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Show *dashboard*'s figures (what the background work found)."""
        self.dashboard = dashboard
        self.export_button.setEnabled(True)
        self.status_label.clear()
        self._fill()

    def _fill(self) -> None:
        dashboard = self.dashboard
        if dashboard is None:
            return
        texts = Moderation()
        minutes = dashboard.oldest_pending_minutes
        self.oldest_label.setText(
            texts.oldest_text(texts.age_text(minutes))
            if minutes is not None
            else self.tr("No comment is waiting for a decision.")
        )
        labels = [f"{day.day}/{day.month}" for day in dashboard.days]  # as Vietnamese writes it
        self.pending_chart.set_points(labels, list(dashboard.pending_by_day))
        self.decisions_chart.set_series(
            labels,
            [
                (moderator_text(name), [by_day.get(day, 0) for day in dashboard.days])
                for name, by_day in dashboard.decisions.items()
            ],
        )
        self.reasons_chart.set_bars(
            [(self._reason_text(kind), count) for kind, count in dashboard.rejection_reasons]
        )
        self.articles_chart.set_bars(
            [
                (title or self.tr("Article #{id}").format(id=post_id), count)
                for post_id, title, count in dashboard.busiest_articles
            ]
        )

    def _reason_text(self, kind: str) -> str:
        if kind == NO_REASON:
            return self.tr("No rule")
        return {
            RuleKind.TOO_SHORT.value: self.tr("Too short"),
            RuleKind.TOO_LONG.value: self.tr("Too long"),
            RuleKind.BANNED.value: self.tr("Banned word"),
            RuleKind.WATCH.value: self.tr("Watch word"),
            RuleKind.LINK.value: self.tr("Link"),
            RuleKind.ASSISTANT.value: self.tr("Assistant's score"),
        }.get(kind, kind)

    # --- export ---------------------------------------------------------------------------

    def ask_export(self) -> None:
        """Ask where, then write the figures there as CSV."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the dashboard"),
            str(Path.home() / "moderation-dashboard.csv"),
            self.tr("CSV (*.csv)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".csv":
                target = target.with_name(target.name + ".csv")
            self.export_to(target)

    def export_to(self, path: Path) -> bool:
        """Write the figures as CSV to *path*; False (and a message) if it cannot be written."""
        if self.dashboard is None:
            return False
        try:
            path.write_text(dashboard_csv(self.dashboard), encoding="utf-8-sig")
        except OSError as error:
            self.status_label.setText(
                self.tr("The file could not be written ({reason}).").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            return False
        self.status_label.setText(self.tr("Exported to {name}.").format(name=path.name))
        return True

    # --- translation ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-translate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Moderation dashboard"))
        self.export_button.setText(self.tr("Export CSV…"))
        nothing = self.tr("Nothing in these two weeks.")
        self.pending_chart.set_texts(self.tr("Pending comments, end of each day"), nothing)
        self.decisions_chart.set_texts(self.tr("Decisions per moderator per day"), nothing)
        self.reasons_chart.set_texts(self.tr("Why comments were rejected"), nothing)
        self.articles_chart.set_texts(self.tr("Busiest articles (comments)"), nothing)
        self._fill()
