"""The Observations tab: journal notes, measurements with trends, incidents, chapter 9, § 10 a."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services import NOTES_LIMIT, ClientOverview
from ..i18n import labels
from ..kit.formatting import fmt_date, fmt_datetime, fmt_worker
from .chapter9_page import Chapter9Page
from .lazy_tabs import LazyTabs
from .registrations_page import RegistrationsPage
from ..forms.form_dialog import FormDialog, open_form
from ..forms.observation_forms import ChildrenDialog, IncidentDialog
from ..forms.record_forms import EnteredInErrorDialog
from ..kit.icons import icon
from ..i18n.language import fill
from ..session import Session
from ..kit.theme import tones
from ..kit.widgets import ReadOnlyTable, button, button_row, muted
from .journal_page import NOTES_SHOWN, JournalPage
from .measurements_page import MeasurementsPage

__all__ = ["NOTES_SHOWN", "JournalPage", "MeasurementsPage", "ObservationTab"]


class IncidentsPage(QWidget):
    """Incidents at visits, newest first."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        layout = QVBoxLayout(self)
        self.table = ReadOnlyTable([self.tr("Time"), self.tr("Severity"), self.tr("What happened"),
                                    self.tr("What was done"), self.tr("Recorded by")], self.tr("Incidents"), stretch=2)
        layout.addWidget(self.table, 1)
        self.new = button(self.tr("New incident…"), icon("add"))
        self.in_error = button(self.tr("Entered in error…"))
        layout.addLayout(button_row(self.new, self.in_error))
        self.new.clicked.connect(self.new_incident)
        self.in_error.clicked.connect(self.mark_in_error)

    def show_incidents(self, client_id: str, incidents) -> None:  # noqa: ANN001
        self.client_id = client_id
        rows, styles = [], []
        for i in incidents:
            in_error = i.meta.entered_in_error
            what = i.description + (" — " + fill(self.tr("ENTERED IN ERROR: %1"), i.meta.status_reason)
                                    if in_error else "")
            rows.append(([fmt_datetime(i.meta.occurred_at), labels.severity(i.severity), what, i.actions,
                          i.meta.author.name], i))
            styles.append((tones().muted_fg, False, True) if in_error else (None, False, False))
        self.table.set_rows(rows, styles)

    def new_incident(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, IncidentDialog(self.session, self.client_id, self.window()))

    def mark_in_error(self) -> FormDialog | None:
        incident = self.table.selected_data()
        if incident is None or incident.meta.entered_in_error:
            return None
        return open_form(self, EnteredInErrorDialog(self.session, incident.meta.record_id, incident.description,
                                                self.window()))


class ChildrenPage(QWidget):
    """Helsepersonelloven § 10 a: the current assessment of children as relatives."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.current = None
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("Helsepersonelloven § 10 a: whether the client has minor children or "
                                       "siblings, and whether their need for information and follow-up has "
                                       "been considered.")))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Children as relatives"))
        layout.addWidget(self.summary)
        self.record = button(self.tr("Record assessment…"), icon("add"))
        layout.addLayout(button_row(self.record))
        layout.addStretch(1)
        self.record.clicked.connect(self.record_assessment)

    def show_record(self, client_id: str, record) -> None:  # noqa: ANN001
        self.client_id = client_id
        self.current = record
        if record is None:
            self.summary.setText(self.tr("Not recorded yet."))
            return
        count = "" if record.children_count is None else str(record.children_count)
        rows = [(self.tr("Minor children or siblings"), labels.yes_no_unknown(record.has_minor_children)),
                (self.tr("Number of children"), count),
                (self.tr("Need for information and follow-up assessed"), labels.yes_no(record.assessment_made)),
                (self.tr("Follow-up"), record.follow_up),
                (self.tr("Recorded"),
                 f"{fmt_date(record.meta.occurred_at.date())} · {fmt_worker(record.meta.author)}")]
        self.summary.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v or '–')}</td></tr>" for k, v in rows) + "</table>")

    def record_assessment(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, ChildrenDialog(self.session, self.client_id, self.current, self.window()))


class ObservationTab(LazyTabs):
    """Journal, measurements, incidents, chapter 9 and § 10 a as inner tabs."""

    more_notes_wanted = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = JournalPage(session)
        self.measurements = MeasurementsPage(session)
        self.incidents = IncidentsPage(session)
        self.chapter9 = Chapter9Page(session)
        self.children = ChildrenPage(session)
        self.registrations = RegistrationsPage(session)
        self.addTab(self.journal, self.tr("Journal"))
        self.addTab(self.measurements, self.tr("Measurements"))
        self.addTab(self.registrations, self.tr("Rating and behaviour"))
        self.addTab(self.incidents, self.tr("Incidents"))
        self.addTab(self.chapter9, self.tr("Chapter 9"))
        self.addTab(self.children, self.tr("Children as relatives"))
        self.journal.show_more.clicked.connect(self._show_all_notes)

    def _show_all_notes(self) -> None:
        self.journal.shown = NOTES_LIMIT
        self.more_notes_wanted.emit()     # the client view reads the older notes and renders again

    def show_overview(self, overview: ClientOverview) -> None:
        """Take a new overview; the page on screen is rendered now, the others when first shown."""
        cid = overview.client.client_id
        if cid != self.journal.client_id:
            self.measurements.refresh_time(new_entry=True)
        self.journal.set_client(cid)
        super().show_overview(overview)

    def render_page(self, page: QWidget, overview: ClientOverview) -> None:
        cid = overview.client.client_id
        if page is self.journal:
            # Only corrected notes need their earlier versions (rare, so read one by one).
            corrected = [n.meta.record_id for n in overview.notes[:self.journal.shown] if n.meta.version > 1]
            if not corrected:
                self.journal.show_notes(overview.notes, {})
            else:
                self.session.ops.read(self, lambda app: {rid: app.history(rid) for rid in corrected},
                                      lambda history: self.overview is overview and
                                      self.journal.show_notes(overview.notes, history))
        elif page is self.measurements:
            self.measurements.show_measurements(cid, overview.measurements)
        elif page is self.registrations:
            self.registrations.show_registrations(overview)
        elif page is self.incidents:
            self.incidents.show_incidents(cid, overview.incidents)
        elif page is self.chapter9:
            self.chapter9.show_registrations(cid, overview.chapter9)
        elif page is self.children:
            self.children.show_record(cid, overview.children)

    def clear(self) -> None:
        """Forget what is shown (on lock); drafts in the composer stay in memory."""
        self.forget()
        self.journal.notes.clear()
        self.measurements.latest.setRowCount(0)
        self.measurements.measurements = []
        self.incidents.table.setRowCount(0)
        self.chapter9.clear()
        self.registrations.clear()
        self.children.summary.clear()

    def has_draft(self) -> bool:
        return self.journal.has_draft() or bool(self.measurements.value.text().strip())
