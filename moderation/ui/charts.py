"""Small charts drawn with QPainter: a line over days, stacked bars, horizontal bars.

PySide6-Essentials has no QtCharts. PySide6-Addons brings it in a 59 MB
wheel (6.12, Linux x86-64; several times that installed, QtWebEngine and the
rest with it); pyqtgraph is a 1.9 MB wheel but needs NumPy (a 15.7 MB wheel,
about 40 MB installed). Five small charts of a few dozen values
are a few hundred lines of QPainter, with nothing to install. Labels are drawn
as plain text (``QPainter.drawText``): reader-supplied names and titles are
never read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Colours of the series (moderators), told apart in greyscale too.
PALETTE = ("#1a5fb4", "#c64600", "#26a269", "#813d9c", "#986a44", "#e5a50a", "#5e5c64")
MARGIN = 8


class Chart(QWidget):
    """A titled chart; subclasses paint the plot area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 170)

    def sizeHint(self) -> QSize:
        """A comfortable size in a two-column grid."""
        return QSize(420, 230)

    def set_texts(self, title: str, empty_text: str) -> None:
        """The title and what the chart says when it has nothing to show."""
        self.title, self.empty_text = title, empty_text
        self.update()

    def has_data(self) -> bool:
        """Whether anything is to be drawn."""
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        """Title on top, then the plot (or the empty text)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        painter.setPen(text_colour)
        metrics = QFontMetrics(self.font())
        title_height = metrics.height() + 4
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRectF(MARGIN, 2, self.width() - 2 * MARGIN, title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 16),
        )
        painter.setFont(self.font())
        area = QRectF(
            MARGIN, title_height + 4, self.width() - 2 * MARGIN, self.height() - title_height - 8
        )
        if not self.has_data():
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            self.paint_plot(painter, area, metrics)
        painter.end()

    def paint_plot(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        """Draw the data inside *area*."""


def _axis(painter: QPainter, area: QRectF, maximum: int, metrics: QFontMetrics) -> QRectF:
    """Draw the value axis (0 and the maximum) and return the plot rectangle inside it."""
    label_width = metrics.horizontalAdvance(str(maximum)) + 6
    plot = area.adjusted(label_width, 0, 0, -(metrics.height() + 4))
    grid = QPen(QColor("#c0bfbc"))
    grid.setStyle(Qt.PenStyle.DotLine)
    painter.setPen(grid)
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.topLeft(), plot.topRight())
    painter.setPen(QColor("#5e5c64"))
    for value, y in ((0, plot.bottom()), (maximum, plot.top())):
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, label_width - 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
    return plot


def _x_labels(painter: QPainter, plot: QRectF, labels: list[str], metrics: QFontMetrics) -> None:
    """Day labels under the plot, as many as fit."""
    if not labels:
        return
    step = plot.width() / len(labels)
    widest = max(metrics.horizontalAdvance(label) for label in labels) + 6
    every = max(1, int(widest // max(step, 1)) + 1)
    for index, label in enumerate(labels):
        if index % every and index != len(labels) - 1:
            continue
        painter.drawText(
            QRectF(
                plot.left() + index * step - widest / 2 + step / 2,
                plot.bottom() + 2,
                widest,
                metrics.height(),
            ),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            label,
        )


class LineChart(Chart):
    """One value per day, joined by a line (pending comments over time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_points(self, labels: list[str], values: list[int]) -> None:
        """Show *values*, one per label."""
        self.labels, self.values = list(labels), list(values)
        self.update()

    def has_data(self) -> bool:
        """Whether any value is there."""
        return bool(self.values)

    def paint_plot(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        """The line, its points and the last value."""
        maximum = max(max(self.values), 1)
        plot = _axis(painter, area, maximum, metrics)
        step = plot.width() / len(self.values)
        points = [
            QPointF(plot.left() + step * (i + 0.5), plot.bottom() - plot.height() * v / maximum)
            for i, v in enumerate(self.values)
        ]
        painter.setPen(QPen(QColor(PALETTE[0]), 2))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor(PALETTE[0]))
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.setPen(self.palette().windowText().color())
        _x_labels(painter, plot, self.labels, metrics)


class StackedBarChart(Chart):
    """Bars per day, stacked by series (decisions per moderator per day), with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.series: list[tuple[str, list[int]]] = []

    def set_series(self, labels: list[str], series: list[tuple[str, list[int]]]) -> None:
        """One bar per label; each series a list of values, one per label."""
        self.labels, self.series = list(labels), [(n, list(v)) for n, v in series]
        self.update()

    def has_data(self) -> bool:
        """Whether any series has a value above zero."""
        return any(any(values) for _name, values in self.series)

    def paint_plot(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        """The bars, then the legend on the right."""
        legend_width = min(
            max(metrics.horizontalAdvance(name) for name, _v in self.series) + 22,
            int(area.width() / 3),
        )
        chart_area = area.adjusted(0, 0, -legend_width - 6, 0)
        totals = [sum(values[i] for _n, values in self.series) for i in range(len(self.labels))]
        maximum = max(max(totals), 1)
        plot = _axis(painter, chart_area, maximum, metrics)
        step = plot.width() / max(len(self.labels), 1)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self.labels)):
            bottom = plot.bottom()
            for number, (_name, values) in enumerate(self.series):
                height = plot.height() * values[index] / maximum
                painter.setBrush(QColor(PALETTE[number % len(PALETTE)]))
                painter.drawRect(
                    QRectF(
                        plot.left() + index * step + step * 0.15,
                        bottom - height,
                        step * 0.7,
                        height,
                    )
                )
                bottom -= height
        painter.setPen(self.palette().windowText().color())
        _x_labels(painter, plot, self.labels, metrics)
        y = area.top()
        for number, (name, _values) in enumerate(self.series):
            painter.setBrush(QColor(PALETTE[number % len(PALETTE)]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(area.right() - legend_width, y + 3, 10, 10))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(area.right() - legend_width + 14, y, legend_width - 14, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, legend_width - 14),
            )
            y += metrics.height() + 2


class HorizontalBarChart(Chart):
    """Labelled horizontal bars, longest first (rejection reasons, busiest articles)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        """The bars as (label, value)."""
        self.bars = list(bars)
        self.update()

    def has_data(self) -> bool:
        """Whether any bar is there."""
        return bool(self.bars)

    def paint_plot(self, painter: QPainter, area: QRectF, metrics: QFontMetrics) -> None:
        """One row per bar: label, bar, value."""
        label_width = area.width() * 0.42
        value_width = metrics.horizontalAdvance(str(max(v for _l, v in self.bars))) + 8
        row = min(area.height() / len(self.bars), metrics.height() * 1.8)
        maximum = max(max(v for _l, v in self.bars), 1)
        for index, (label, value) in enumerate(self.bars):
            top = area.top() + index * row
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(area.left(), top, label_width - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 6)),
            )
            span = (area.width() - label_width - value_width) * value / maximum
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PALETTE[1 if index else 0]))
            painter.drawRect(QRectF(area.left() + label_width, top + row * 0.2, span, row * 0.6))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(area.left() + label_width + span + 4, top, value_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
