"""Measurements in the Observations tab: record a value, the latest of each kind, a trend with the
normal range shaded."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from ...domain.observation import ENTRY_KINDS, MEASUREMENT_KINDS, TREND_KINDS, Measurement
from ...services import Ambulant
from ..i18n import labels
from ..forms.form_dialog import TimeQuestion
from ..kit.charts import TrendChart
from ..kit.formatting import fmt_datetime, fmt_decimal, qdatetime
from ..forms.fields import DateTimeField
from ..kit.icons import icon
from ..ops import Job, service_call
from ..session import Session
from ..kit.theme import error_style, tones
from ..kit.widgets import ReadOnlyTable, button, button_row, heading, muted


class MeasurementsPage(QWidget):
    """Record a measurement; latest values; a trend per kind with the normal range shaded."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.measurements: list[Measurement] = []
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        outer = QHBoxLayout(self)
        outer.addWidget(split)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        lv.addWidget(heading(self.tr("New measurement")))
        form = QFormLayout()
        self.kind = QComboBox()
        for key in ENTRY_KINDS:
            self.kind.addItem(f"{labels.measurement_kind(key)} ({labels.unit(key)})", key)
        self.kind.setAccessibleName(self.tr("Kind"))
        form.addRow(self.tr("Kind"), self.kind)
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("Value"))
        self.value_error = muted()
        self.value_error.setStyleSheet(error_style())
        self.value_error.hide()
        value_box = QVBoxLayout()
        value_box.setSpacing(2)
        value_box.addWidget(self.value)
        value_box.addWidget(self.value_error)
        form.addRow(self.tr("Value"), value_box)
        self.at = DateTimeField(session.now())
        self.at.setAccessibleName(self.tr("Time"))
        form.addRow(self.tr("Time"), self.at)
        # The time follows the clock until the worker sets it: it is when this entry was begun, shown and editable.
        self._time_touched = False
        self._time_question: TimeQuestion | None = None   # the time questioned last (saving again saves it)
        self._setting_time = False
        self.at.dateTimeChanged.connect(self._time_edited)
        self.value.installEventFilter(self)
        self.comment = QLineEdit()
        self.comment.setAccessibleName(self.tr("Comment"))
        form.addRow(self.tr("Comment"), self.comment)
        lv.addLayout(form)
        self.save = button(self.tr("Save measurement"), icon("add"))
        lv.addLayout(button_row(self.save))
        lv.addWidget(heading(self.tr("Latest values")))
        self.latest = ReadOnlyTable([self.tr("Kind"), self.tr("Value"), self.tr("Time"), self.tr("Normal range")],
                                    self.tr("Latest values"), stretch=0)
        lv.addWidget(self.latest, 1)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        pick = QHBoxLayout()
        self.chart_kind = QComboBox()
        for key in TREND_KINDS:
            self.chart_kind.addItem(labels.measurement_kind(key), key)
        self.chart_kind.setAccessibleName(self.tr("Trend for"))
        label = QLabel(self.tr("Trend for"))
        label.setBuddy(self.chart_kind)
        pick.addWidget(label)
        pick.addWidget(self.chart_kind, 1)
        rv.addLayout(pick)
        self.chart = TrendChart()
        rv.addWidget(self.chart, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.save.clicked.connect(self.save_measurement)
        self.value.returnPressed.connect(self.save_measurement)
        self.chart_kind.currentIndexChanged.connect(lambda _i: self._draw())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_chosen())
        self._kind_chosen()
        self.latest.itemSelectionChanged.connect(self._latest_chosen)

    def _kind_chosen(self) -> None:
        key = self.kind.currentData()
        self.value.setPlaceholderText(self.tr("e.g. 138/88") if key == "blood_pressure" else "")
        self.chart_kind.setCurrentIndex(self.chart_kind.findData(_trend_kind(key)))

    def _time_edited(self, *_: object) -> None:
        if not self._setting_time:
            self._time_touched = True

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 (Qt override)
        if watched is self.value and event.type() == QEvent.Type.FocusIn and not self.value.text():
            self.refresh_time()    # a new entry begins now
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        self.refresh_time()
        super().showEvent(event)

    def show_measurements(self, client_id: str, measurements: list[Measurement]) -> None:
        if client_id != self.client_id:
            self.value.clear()
            self.comment.clear()
            self.value_error.hide()
            self._time_touched = False
        self.client_id = client_id
        self.measurements = measurements
        latest: dict[str, Measurement] = {}
        for m in measurements:
            if not m.meta.entered_in_error:
                latest[m.kind] = m
        rows, styles = [], []
        for key in MEASUREMENT_KINDS:
            m = latest.get(key)
            if m is None:
                continue
            mk = MEASUREMENT_KINDS[key]
            normal = (f"{fmt_decimal(mk.low)}–{fmt_decimal(mk.high)}" if mk.low is not None and mk.high is not None
                      else "")
            if mk.is_panel:
                parts = [MEASUREMENT_KINDS[k] for k in mk.components]
                normal = "/".join(f"{fmt_decimal(p.low)}–{fmt_decimal(p.high)}" for p in parts
                                  if p.low is not None and p.high is not None)
            shown = "/".join(fmt_decimal(v) for _, v in m.values())
            rows.append(([labels.measurement_kind(key), f"{shown} {labels.unit(key)}",
                          fmt_datetime(m.meta.occurred_at), normal], key))
            styles.append((tones().late_fg, True, False) if m.outside_normal else (None, False, False))
        self.latest.set_rows(rows, styles)
        drawn = [kind for m in latest.values() for kind, _ in m.values()]   # a panel draws as its parts
        if drawn and self.chart_kind.currentData() not in drawn:
            self.chart_kind.setCurrentIndex(self.chart_kind.findData(drawn[0]))
        self._draw()

    def _latest_chosen(self) -> None:
        key = self.latest.selected_data()
        if key:
            self.chart_kind.setCurrentIndex(self.chart_kind.findData(_trend_kind(key)))

    def _draw(self) -> None:
        self.chart.show_kind(self.chart_kind.currentData(), self.measurements)

    def save_measurement(self) -> Job[Measurement] | None:
        """Record the value typed (kept in the field if it is refused)."""
        if self.client_id is None:
            return None
        typed = self.value.text()
        at = self.at.value()
        question = TimeQuestion.ask(self.session, at, self._time_question)
        if question is not None:   # a wrong clock, a slip of the date: asked once, saving again saves it
            self._time_question = question
            self.value_error.setText(question.text)
            self.value_error.show()
            return None
        return self.session.ops.write(
            self, service_call(Ambulant.record_measurement, self.client_id, self.kind.currentData(), typed,
                               at=at, comment=self.comment.text().strip()),
            lambda m: self._measurement_saved(m, typed), lambda _error: self.value.setFocus(), errors=self.value_error)

    def _measurement_saved(self, m: Measurement, typed: str) -> None:
        """Empty the fields, unless another value was typed (or another client opened) meanwhile."""
        if m.client_id == self.client_id and self.value.text() == typed:
            self.value.clear()
            self.comment.clear()
            self._time_touched = False
            self.refresh_time()
            self.chart_kind.setCurrentIndex(self.chart_kind.findData(_trend_kind(m.kind)))

    def refresh_time(self, new_entry: bool = False) -> None:
        """Set the time field to now, unless the worker has set it for the entry being typed."""
        if new_entry:
            self._time_touched = False
        if self._time_touched:
            return
        self._setting_time = True
        try:
            self.at.setDateTime(qdatetime(self.session.now()))
        finally:
            self._setting_time = False


def _trend_kind(key: str) -> str:
    """The kind a trend shows for ``key`` (blood pressure: its systolic values)."""
    mk = MEASUREMENT_KINDS.get(key)
    return mk.components[0] if mk is not None and mk.is_panel else key
