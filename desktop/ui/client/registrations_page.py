"""Ratings, substance use and behaviour registrations (målrettet miljøarbeid) in the Observations tab: the
forms, the registrations newest first, and a chart over time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ...domain.observation import BehaviourRegistration, ClientRating, SubstanceUseStatus
from ...services import ClientOverview
from ..forms.form_dialog import FormDialog, open_form
from ..forms.registration_forms import BehaviourDialog, RatingDialog, SubstanceUseDialog
from ..i18n import labels, plan_labels
from ..i18n.language import fill
from ..kit.formatting import fmt_datetime
from ..kit.icons import icon
from ..kit.theme import tones
from ..kit.widgets import ReadOnlyTable, button, button_row, heading
from ..session import Session
from .registration_chart import RegistrationChart


class RegistrationsPage(QWidget):
    """The client's rating, substance use and behaviour registrations, and their chart."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.ratings: list[ClientRating] = []
        self.behaviours: list[BehaviourRegistration] = []
        # The list above the chart, both at full width: side by side neither is readable on a small screen.
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        outer = QHBoxLayout(self)
        outer.addWidget(split)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 4)
        self.new_rating = button(self.tr("Rating…"), icon("add"), tooltip=self.tr("The client's own rating"))
        self.new_substance = button(self.tr("Substance use…"), icon("add"))
        self.new_behaviour = button(self.tr("Behaviour…"), icon("add"), tooltip=self.tr("Behaviour registration"))
        row = button_row(self.new_rating, self.new_substance, self.new_behaviour)
        label = QLabel(self.tr("Behaviour shown"))
        self.behaviour_filter = QComboBox()
        self.behaviour_filter.setAccessibleName(self.tr("Behaviour shown"))
        label.setBuddy(self.behaviour_filter)
        row.addWidget(label)
        row.addWidget(self.behaviour_filter)
        lv.addLayout(row)
        lv.addWidget(heading(self.tr("Last 90 days, newest first")))
        self.table = ReadOnlyTable([self.tr("Time"), self.tr("Kind"), self.tr("What"), self.tr("Details")],
                                   self.tr("Registrations"), stretch=3)
        self.table.setWordWrap(True)
        lv.addWidget(self.table, 1)
        split.addWidget(left)
        self.chart = RegistrationChart()
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([3000, 1000])       # three quarters to the list, whatever the screen
        self.new_rating.clicked.connect(self.add_rating)
        self.new_substance.clicked.connect(self.add_substance_use)
        self.new_behaviour.clicked.connect(self.add_behaviour)
        self.behaviour_filter.currentIndexChanged.connect(lambda _i: self._draw())

    def show_registrations(self, overview: ClientOverview) -> None:
        self.client_id = overview.client.client_id
        self.ratings, self.behaviours = overview.ratings, overview.behaviours
        records: list[ClientRating | SubstanceUseStatus | BehaviourRegistration] = [
            *overview.ratings, *overview.substance_use, *overview.behaviours]
        records.sort(key=lambda r: r.meta.occurred_at, reverse=True)
        t = tones()
        rows, styles = [], []
        for r in records:
            rows.append(([fmt_datetime(r.meta.occurred_at), *self._describe(r)], r))
            styles.append((t.muted_fg, False, True) if r.meta.entered_in_error else (None, False, False))
        self.table.set_rows(rows, styles)
        for column, cap in ((0, 130), (1, 170), (2, 170)):   # the details column keeps the room
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), cap))
        self.table.resizeRowsToContents()
        keep = self.behaviour_filter.currentData()
        self.behaviour_filter.blockSignals(True)
        self.behaviour_filter.clear()
        self.behaviour_filter.addItem(self.tr("All behaviours"), "")
        for name in sorted({b.behaviour for b in overview.behaviours if not b.meta.entered_in_error}):
            self.behaviour_filter.addItem(name, name)
        self.behaviour_filter.setCurrentIndex(max(0, self.behaviour_filter.findData(keep)))
        self.behaviour_filter.blockSignals(False)
        self._draw()

    def _describe(self, r: ClientRating | SubstanceUseStatus | BehaviourRegistration) -> list[str]:
        if isinstance(r, ClientRating):
            return [labels.kind_name("rating"), fill(self.tr("%1 of 10"), r.rating), r.comment]
        if isinstance(r, SubstanceUseStatus):
            return [labels.kind_name("substance_use"), plan_labels.substance_use(r.status),
                    " · ".join(p for p in (r.substances, r.comment) if p)]
        details = [fill(self.tr("%1 time(s)"), r.count)]
        if r.duration_minutes is not None:
            details.append(fill(self.tr("%1 min"), r.duration_minutes))
        for label, text in ((self.tr("context"), r.context), (self.tr("before"), r.before),
                            (self.tr("after"), r.after)):
            if text:
                details.append(f"{label}: {text}")
        return [labels.kind_name("behaviour"), r.behaviour, " · ".join(details)]

    def _draw(self) -> None:
        self.chart.show_registrations(self.ratings, self.behaviours, self.behaviour_filter.currentData() or "")

    def add_rating(self) -> FormDialog | None:
        return open_form(self, RatingDialog(self.session, self.client_id, self.window())) if self.client_id else None

    def add_substance_use(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, SubstanceUseDialog(self.session, self.client_id, self.window()))

    def add_behaviour(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        chosen = self.behaviour_filter.currentData() or ""
        return open_form(self, BehaviourDialog(self.session, self.client_id, self.window(), chosen))

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.ratings, self.behaviours = [], []
