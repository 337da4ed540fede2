"""Charts over time (QtCharts): :class:`TimeChart`, the date axis, the palette and the padded time range
every chart of the window shares, and :class:`TrendChart`, one kind of measurement with its normal
range shaded. The registrations chart (ratings, behaviour) is built on :class:`TimeChart` too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (QAbstractSeries, QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries,
                              QScatterSeries, QValueAxis)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ...domain.observation import MEASUREMENT_KINDS, Measurement, value_outside_normal
from ..i18n import labels
from .formatting import date_format
from .theme import is_dark, tones


def line_pen() -> QPen:
    """The pen of a chart's main line (measured values, ratings): blue, lighter on a dark palette."""
    return QPen(QColor("#64b5f6") if is_dark() else QColor("#1565c0"), 2)


class TimeChart(QChartView):
    """A chart over time: dates along the bottom, value axes beside it, the legend below, colours from the
    palette. Subclasses add their series with :meth:`add_series`, their axes with :meth:`add_value_axis`,
    colour their series in :meth:`apply_palette` (calling this one) and call it at the end of ``__init__``."""

    def __init__(self, accessible_name: str, margins: QMargins, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible_name)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(margins)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat(date_format().replace("yyyy", "yy"))
        self.x_axis.setTickCount(6)
        self._axes: list[QDateTimeAxis | QValueAxis] = [self.x_axis]

    def add_series(self, *series: QAbstractSeries) -> None:
        """Put ``series`` on the chart (before their axes are added)."""
        for one in series:
            self.chart().addSeries(one)

    def add_value_axis(self, axis: QValueAxis, alignment: Qt.AlignmentFlag, *series: QAbstractSeries) -> QValueAxis:
        """Add ``axis`` beside the chart (the date axis goes in with the first one) and plot ``series``
        against the dates and it."""
        chart = self.chart()
        if self.x_axis not in chart.axes():
            chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, alignment)
        for one in series:
            one.attachAxis(self.x_axis)
            one.attachAxis(axis)
        self._axes.append(axis)
        return axis

    def apply_palette(self) -> None:
        """Colours from the current (light or dark) palette."""
        chart = self.chart()
        palette = self.palette()
        chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        text = palette.color(QPalette.ColorRole.Text)
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        for axis in self._axes:
            axis.setLabelsColor(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))

    def set_time_range(self, low_ms: float, high_ms: float, pad: float) -> tuple[float, float]:
        """Show the dates from ``low_ms`` to ``high_ms`` (ms since the epoch) with ``pad`` (a fraction of the
        span) of room on each side for the first and last markers; returns the range shown."""
        margin = (high_ms - low_ms) * pad
        low_ms, high_ms = low_ms - margin, high_ms + margin
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(low_ms)), QDateTime.fromMSecsSinceEpoch(int(high_ms)))
        return low_ms, high_ms


class TrendChart(TimeChart):
    """One chart, reused: :meth:`show_kind` replaces its points (cheap when switching clients)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trend chart"), QMargins(4, 4, 4, 4), parent)
        self.setMinimumHeight(240)
        self.chart().legend().setVisible(True)
        self._upper, self._lower = QLineSeries(), QLineSeries()
        self.normal = QAreaSeries(self._upper, self._lower)
        self.normal.setName(self.tr("Normal range"))
        self.values = QLineSeries()
        self.values.setName(self.tr("Measured"))
        self.values.setPointsVisible(True)
        self.outside = QScatterSeries()
        self.outside.setName(self.tr("Outside normal range"))
        self.outside.setMarkerSize(10)
        self.add_series(self.normal, self.values, self.outside)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.1f")
        self.add_value_axis(self.y_axis, Qt.AlignmentFlag.AlignLeft, self.normal, self.values, self.outside)
        self.apply_palette()

    def apply_palette(self) -> None:
        """Colours from the current (light or dark) palette."""
        super().apply_palette()
        band = QColor("#4caf50")
        band.setAlpha(70 if is_dark() else 50)
        self.normal.setBrush(QBrush(band))
        self.normal.setPen(QPen(Qt.PenStyle.NoPen))
        self.values.setPen(line_pen())
        self.outside.setColor(tones().late_fg)
        self.outside.setBorderColor(tones().late_fg)

    def show_kind(self, kind: str, measurements: Sequence[Measurement]) -> None:
        """Plot ``measurements`` of ``kind`` (oldest to newest) with its normal range."""
        mk = MEASUREMENT_KINDS[kind]
        # A blood-pressure panel draws its systolic and diastolic values under their own kinds.
        points = sorted(((m.meta.occurred_at, float(value), value_outside_normal(kind, value))
                         for m in measurements if not m.meta.entered_in_error
                         and (value := m.value_of(kind)) is not None), key=lambda p: p[0])
        chart = self.chart()
        chart.setTitle(f"{labels.measurement_kind(kind)} ({labels.unit(kind)})")
        xy = [QPointF(when.timestamp() * 1000, value) for when, value, _ in points]
        self.values.replace(xy)
        self.outside.replace([p for p, (_, _, out) in zip(xy, points) if out])
        if not points:
            self._upper.clear()
            self._lower.clear()
            chart.setTitle(chart.title() + " — " + self.tr("no measurements in the last 90 days"))
            return
        first, last = points[0][0], points[-1][0]
        if first == last:
            first = first.replace(hour=0, minute=0)
            last = last.replace(hour=23, minute=59)
        lo_x, hi_x = self.set_time_range(first.timestamp() * 1000, last.timestamp() * 1000, 0.03)
        values = [v for _, v, _ in points]
        low = float(mk.low) if mk.low is not None else None
        high = float(mk.high) if mk.high is not None else None
        if low is not None and high is not None:
            self._upper.replace([QPointF(lo_x, high), QPointF(hi_x, high)])
            self._lower.replace([QPointF(lo_x, low), QPointF(hi_x, low)])
            values += [low, high]
        else:
            self._upper.clear()
            self._lower.clear()
        self.normal.setVisible(low is not None and high is not None)
        span = (max(values) - min(values)) or 1.0
        self.y_axis.setRange(min(values) - span * 0.1, max(values) + span * 0.1)
        self.y_axis.applyNiceNumbers()   # ticks at round values (80, 100, 120 …)
        self.y_axis.setLabelFormat("%.1f" if span < 10 else "%.0f")
