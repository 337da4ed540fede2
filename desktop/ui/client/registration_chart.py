"""A chart over time of the client's own ratings (0–10) and of behaviour registrations (times per day)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from ...domain import medication_rules as rules
from ...domain.observation import BehaviourRegistration, ClientRating
from ..kit.formatting import date_format
from ..kit.theme import is_dark


class RegistrationChart(QChartView):
    """Ratings as a line on the left axis; behaviour registrations per day as points on the right axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Ratings and behaviour over time"))
        self.setMinimumHeight(130)
        self.setMaximumHeight(300)   # the list above gets the rest of a small screen
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(2, 2, 2, 0))
        self.ratings = QLineSeries()
        self.ratings.setName(self.tr("Rating"))
        self.ratings.setPointsVisible(True)
        self.behaviour = QScatterSeries()
        self.behaviour.setName(self.tr("Behaviour per day"))
        self.behaviour.setMarkerSize(9)
        chart.addSeries(self.ratings)
        chart.addSeries(self.behaviour)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat(date_format().replace("yyyy", "yy"))
        self.x_axis.setTickCount(6)
        self.rating_axis = QValueAxis()
        self.rating_axis.setRange(0, 10)
        self.rating_axis.setTickCount(3)
        self.rating_axis.setLabelFormat("%d")
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTickCount(3)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.rating_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.count_axis, Qt.AlignmentFlag.AlignRight)
        for series, axis in ((self.ratings, self.rating_axis), (self.behaviour, self.count_axis)):
            series.attachAxis(self.x_axis)
            series.attachAxis(axis)
        self.apply_palette()

    def apply_palette(self) -> None:
        chart = self.chart()
        palette = self.palette()
        chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
        text = palette.color(QPalette.ColorRole.Text)
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        for axis in (self.x_axis, self.rating_axis, self.count_axis):
            axis.setLabelsColor(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        self.ratings.setPen(QPen(QColor("#64b5f6") if is_dark() else QColor("#1565c0"), 2))
        orange = QColor("#ffb74d") if is_dark() else QColor("#e65100")
        self.behaviour.setColor(orange)
        self.behaviour.setBorderColor(orange)

    def show_registrations(self, ratings: Sequence[ClientRating], behaviours: Sequence[BehaviourRegistration],
                           behaviour: str = "") -> None:
        """Plot the ratings and the behaviour registrations (of ``behaviour`` only, when given)."""
        live_ratings = sorted((r for r in ratings if not r.meta.entered_in_error), key=lambda r: r.meta.occurred_at)
        per_day: Counter[dt.date] = Counter()
        for b in behaviours:
            if not b.meta.entered_in_error and (not behaviour or b.behaviour == behaviour):
                per_day[b.meta.occurred_at.astimezone(rules.LOCAL_TZ).date()] += b.count
        rating_points = [QPointF(r.meta.occurred_at.timestamp() * 1000, r.rating) for r in live_ratings]
        noon = dt.time(12)
        count_points = [QPointF(dt.datetime.combine(day, noon, tzinfo=rules.LOCAL_TZ).timestamp() * 1000, n)
                        for day, n in sorted(per_day.items())]
        self.ratings.replace(rating_points)
        self.behaviour.replace(count_points)
        xs = [p.x() for p in rating_points + count_points]
        chart = self.chart()
        if not xs:
            chart.setTitle(self.tr("No ratings or behaviour registrations in the last 90 days"))
            return
        chart.setTitle("")
        lo, hi = min(xs), max(xs)
        if hi - lo < 86_400_000:
            lo, hi = lo - 43_200_000, hi + 43_200_000
        pad = (hi - lo) * 0.04
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(lo - pad)), QDateTime.fromMSecsSinceEpoch(int(hi + pad)))
        top = max([p.y() for p in count_points], default=1)
        self.count_axis.setRange(0, max(2, int(top + 1) + int(top + 1) % 2))   # an even top: a middle tick
