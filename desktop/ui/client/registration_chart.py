"""A chart over time of the client's own ratings (0–10) and of behaviour registrations (times per day)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCharts import QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...domain import medication_rules as rules
from ...domain.observation import BehaviourRegistration, ClientRating
from ..kit.charts import TimeChart, line_pen
from ..kit.theme import is_dark


class RegistrationChart(TimeChart):
    """Ratings as a line on the left axis; behaviour registrations per day as points on the right axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ratings and behaviour over time"), QMargins(2, 2, 2, 0), parent)
        self.setMinimumHeight(130)
        self.setMaximumHeight(300)   # the list above gets the rest of a small screen
        self.ratings = QLineSeries()
        self.ratings.setName(self.tr("Rating"))
        self.ratings.setPointsVisible(True)
        self.behaviour = QScatterSeries()
        self.behaviour.setName(self.tr("Behaviour per day"))
        self.behaviour.setMarkerSize(9)
        self.add_series(self.ratings, self.behaviour)
        self.rating_axis = QValueAxis()
        self.rating_axis.setRange(0, 10)
        self.rating_axis.setTickCount(3)
        self.rating_axis.setLabelFormat("%d")
        self.count_axis = QValueAxis()
        self.count_axis.setLabelFormat("%d")
        self.count_axis.setTickCount(3)
        self.add_value_axis(self.rating_axis, Qt.AlignmentFlag.AlignLeft, self.ratings)
        self.add_value_axis(self.count_axis, Qt.AlignmentFlag.AlignRight, self.behaviour)
        self.apply_palette()

    def apply_palette(self) -> None:
        """Colours from the current (light or dark) palette."""
        super().apply_palette()
        self.ratings.setPen(line_pen())
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
        self.set_time_range(lo, hi, 0.04)
        top = max([p.y() for p in count_points], default=1)
        self.count_axis.setRange(0, max(2, int(top + 1) + int(top + 1) % 2))   # an even top: a middle tick
