"""The Observations tab: journal notes, measurements with trends, incidents, chapter 9, § 10 a."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSplitter, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from ...domain.observation import MEASUREMENT_KINDS, JournalNote, Measurement
from ...services import NOTES_LIMIT, Ambulant, ClientOverview
from ..i18n import labels
from ..kit.charts import TrendChart
from ..kit.formatting import fmt_date, fmt_datetime, fmt_decimal, fmt_when, fmt_worker, qdatetime
from .record_delegate import RecordDelegate
from ..forms.fields import DateTimeField, TextArea
from ..forms.form_dialog import FormDialog, open_form
from ..forms.observation_forms import Chapter9Dialog, ChildrenDialog, IncidentDialog
from ..forms.record_forms import CorrectNoteDialog, EnteredInErrorDialog
from ..kit.icons import icon
from ..i18n.language import fill, ui_language
from ..ops import Job, service_call
from ..session import Session
from ..kit.theme import error_style, tones
from ..kit.widgets import ReadOnlyTable, button, button_row, heading, muted

_ROLE = Qt.ItemDataRole.UserRole
# Notes listed when a client is opened; the rest of those read are one click away.
NOTES_SHOWN = 25


class NoteComposer(QWidget):
    """Where a new note is written; Ctrl+Enter saves. Drafts are kept per client until saved."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = TextArea(lines=4)
        self.edit.setMaximumHeight(self.edit.minimumHeight() + self.edit.fontMetrics().lineSpacing() * 3)
        self.edit.setPlaceholderText(self.tr("Write what you observed and did…"))
        self.edit.setAccessibleName(self.tr("New journal note"))
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.error = muted()
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        self.save = button(self.tr("Save note"), icon("note"), tooltip=self.tr("Ctrl+Enter"))
        self.save.clicked.connect(self.submitted)
        layout.addLayout(button_row(self.save))

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 (Qt override)
        if (watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)


class JournalPage(QWidget):
    """Write notes; read them newest first; correct or mark entered in error."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.drafts: dict[str, str] = {}
        self._saving = False
        layout = QVBoxLayout(self)
        self.composer = NoteComposer()
        layout.addWidget(self.composer)
        layout.addWidget(heading(self.tr("Journal notes, newest first")))
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.notes.setItemDelegate(RecordDelegate(self.notes))
        self.notes.setAlternatingRowColors(True)
        self.notes.setAccessibleName(self.tr("Journal notes"))
        layout.addWidget(self.notes, 1)
        self.correct = button(self.tr("Correct…"))
        self.in_error = button(self.tr("Entered in error…"))
        self.show_more = button(self.tr("Show older notes"))
        layout.addLayout(button_row(self.correct, self.in_error, self.show_more))
        self.shown = NOTES_SHOWN
        self.composer.submitted.connect(self.save_note)
        self.correct.clicked.connect(self.correct_selected)
        self.in_error.clicked.connect(self.mark_selected_in_error)
        self.notes.currentItemChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_client(self, client_id: str | None) -> None:
        """Keep the draft of the client we leave; bring back the draft of the one we open."""
        if client_id == self.client_id:
            return
        self.shown = NOTES_SHOWN
        if self.client_id is not None and self.composer.edit.toPlainText().strip():
            self.drafts[self.client_id] = self.composer.edit.toPlainText()
        self.composer.edit.setPlainText(self.drafts.pop(client_id, "") if client_id else "")
        self.composer.error.hide()
        self.client_id = client_id

    def has_draft(self) -> bool:
        return bool(self.composer.edit.toPlainText().strip()) or any(t.strip() for t in self.drafts.values())

    def show_notes(self, notes: list[JournalNote], history: dict[str, list[JournalNote]]) -> None:
        """The newest notes (``self.shown`` of them; 'Show older notes' shows the rest read)."""
        keep = self.selected_note()
        self.notes.clear()
        muted_colour = tones().muted_fg
        self.show_more.setVisible(len(notes) > self.shown)
        for note in notes[:self.shown]:
            item = QListWidgetItem(self._note_text(note))
            item.setData(_ROLE, note)
            if note.meta.entered_in_error:
                font = QFont(self.notes.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(muted_colour)
            self.notes.addItem(item)
            if keep is not None and keep.meta.record_id == note.meta.record_id:
                self.notes.setCurrentItem(item)
            versions = history.get(note.meta.record_id, [])
            for older, newer in reversed(list(zip(versions, versions[1:]))):
                if older.text == newer.text:
                    continue  # e.g. the version that only marked the note entered in error
                old = QListWidgetItem(fill(self.tr("Earlier version (%1, %2), corrected %3 by %4:"),
                                           fmt_datetime(older.meta.recorded_at), older.meta.author.name,
                                           fmt_datetime(newer.meta.recorded_at), newer.meta.author.name)
                                      + "\n" + older.text)
                font = QFont(self.notes.font())
                font.setItalic(True)
                old.setFont(font)
                old.setForeground(muted_colour)
                old.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.notes.addItem(old)
        self._update_buttons()

    def _note_text(self, note: JournalNote) -> str:
        m = note.meta
        head = f"{fmt_datetime(m.occurred_at)} · {fmt_worker(m.author)}"
        if abs((m.recorded_at - m.occurred_at).total_seconds()) > 600 and m.version == 1:
            head += " · " + fill(self.tr("written %1"), fmt_when(m.recorded_at, m.occurred_at))
        if m.entered_in_error:
            head += " · " + fill(self.tr("ENTERED IN ERROR: %1"), m.status_reason)
        elif m.version > 1:
            head += " · " + fill(self.tr("corrected %1"), fmt_datetime(m.recorded_at))
        return head + "\n" + note.text

    def selected_note(self) -> JournalNote | None:
        item = self.notes.currentItem()
        return None if item is None else item.data(_ROLE)

    def _update_buttons(self, *_: object) -> None:
        note = self.selected_note()
        ok = note is not None and not note.meta.entered_in_error
        self.correct.setEnabled(ok)
        self.in_error.setEnabled(ok)

    def save_note(self) -> Job[JournalNote] | None:
        """Save the composer's text as a new note (the text stays if saving fails)."""
        if self.client_id is None or self._saving:
            return None     # Ctrl+Enter twice must not save the note twice
        client_id, text = self.client_id, self.composer.edit.toPlainText()
        job = self.session.ops.write(self, service_call(Ambulant.write_note, client_id, text),
                                     lambda _note: self._note_saved(client_id, text), lambda _e: self._note_failed(),
                                     errors=self.composer.error)
        self._saving = job is not None and not job.done
        return job

    def _note_saved(self, client_id: str, text: str) -> None:
        """Empty the composer, unless more was typed (or another client opened) while it was saved."""
        self._saving = False
        if self.drafts.get(client_id) == text:
            del self.drafts[client_id]
        if client_id == self.client_id and self.composer.edit.toPlainText() == text:
            self.composer.edit.clear()

    def _note_failed(self) -> None:
        self._saving = False
        self.composer.edit.setFocus()

    def correct_selected(self) -> FormDialog | None:
        note = self.selected_note()
        if note is None:
            return None
        return open_form(self, CorrectNoteDialog(self.session, note, self.window()))

    def mark_selected_in_error(self) -> FormDialog | None:
        note = self.selected_note()
        if note is None:
            return None
        return open_form(self, EnteredInErrorDialog(self.session, note.meta.record_id, note.text[:120], self.window()))


class MeasurementsPage(QWidget):
    """Record a measurement; latest values; a trend per kind with the normal range shaded."""

    changed = Signal(object)

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
        for key in MEASUREMENT_KINDS:
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
        for key in MEASUREMENT_KINDS:
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
        self.kind.currentIndexChanged.connect(
            lambda _i: self.chart_kind.setCurrentIndex(self.chart_kind.findData(self.kind.currentData())))
        self.latest.itemSelectionChanged.connect(self._latest_chosen)

    def show_measurements(self, client_id: str, measurements: list[Measurement]) -> None:
        if client_id != self.client_id:
            self.value.clear()
            self.comment.clear()
            self.value_error.hide()
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
            rows.append(([labels.measurement_kind(key), f"{fmt_decimal(m.value)} {labels.unit(key)}",
                          fmt_datetime(m.meta.occurred_at), normal], key))
            styles.append((tones().late_fg, True, False) if m.outside_normal else (None, False, False))
        self.latest.set_rows(rows, styles)
        if latest and self.chart_kind.currentData() not in latest:
            self.chart_kind.setCurrentIndex(self.chart_kind.findData(next(iter(latest))))
        self._draw()

    def _latest_chosen(self) -> None:
        key = self.latest.selected_data()
        if key:
            self.chart_kind.setCurrentIndex(self.chart_kind.findData(key))

    def _draw(self) -> None:
        self.chart.show_kind(self.chart_kind.currentData(), self.measurements)

    def save_measurement(self) -> Job[Measurement] | None:
        """Record the value typed (kept in the field if it is refused)."""
        if self.client_id is None:
            return None
        typed = self.value.text()
        return self.session.ops.write(
            self, service_call(Ambulant.record_measurement, self.client_id, self.kind.currentData(), typed,
                               at=self.at.value(), comment=self.comment.text().strip()),
            lambda m: self._measurement_saved(m, typed), lambda _error: self.value.setFocus(), errors=self.value_error)

    def _measurement_saved(self, m: Measurement, typed: str) -> None:
        """Empty the fields, unless another value was typed (or another client opened) meanwhile."""
        if m.client_id == self.client_id and self.value.text() == typed:
            self.value.clear()
            self.comment.clear()
            self.chart_kind.setCurrentIndex(self.chart_kind.findData(m.kind))

    def refresh_time(self) -> None:
        """Set the time field to now (when the client is opened)."""
        self.at.setDateTime(qdatetime(self.session.now()))


class IncidentsPage(QWidget):
    """Incidents at visits, newest first."""

    changed = Signal(object)

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


class Chapter9Page(QWidget):
    """Emergency interventions (chapter 9): the list and each registration in full."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("Emergency interventions (skadeavvergende tiltak i nødssituasjon, "
                                       "helse- og omsorgstjenesteloven § 9-5 third paragraph a).")))
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = ReadOnlyTable([self.tr("Start"), self.tr("End"), self.tr("What was done"),
                                    self.tr("Registered by"), self.tr("Reported")],
                                   self.tr("Chapter 9 registrations"), stretch=2)
        split.addWidget(self.table)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Registration details"))
        split.addWidget(self.details)
        layout.addWidget(split, 1)
        self.error = QLabel()
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        self.new = button(self.tr("New registration…"), icon("add"))
        self.sent_statsforvalter = button(self.tr("Sent to the Statsforvalter"))
        self.sent_lead = button(self.tr("Sent to the professional lead"))
        layout.addLayout(button_row(self.new, self.sent_statsforvalter, self.sent_lead))
        self.new.clicked.connect(self.new_registration)
        self.sent_statsforvalter.clicked.connect(lambda: self.mark_reported("reported_to_statsforvalter"))
        self.sent_lead.clicked.connect(lambda: self.mark_reported("reported_to_professional_lead"))
        self.table.itemSelectionChanged.connect(self._show_selected)

    def show_registrations(self, client_id: str, registrations) -> None:  # noqa: ANN001
        self.client_id = client_id
        self.table.set_rows([([fmt_datetime(r.start), fmt_datetime(r.end), r.answer("what_done"),
                               r.meta.author.name, self._reported(r)], r) for r in registrations])
        if registrations:
            self.table.selectRow(0)
        self._show_selected()

    def _reported(self, r) -> str:  # noqa: ANN001 (Chapter9Registration)
        sent = [name for flag, name in ((r.reported_to_statsforvalter, self.tr("Statsforvalter")),
                                        (r.reported_to_professional_lead, self.tr("professional lead"))) if flag]
        return ", ".join(sent) if sent else self.tr("Not yet")

    def mark_reported(self, flag: str) -> None:
        """Record that the report was sent (a correction: the registration itself stays as written)."""
        r = self.table.selected_data()
        if r is not None:
            self.session.ops.write(self, service_call(Ambulant.correct, r.meta.record_id, **{flag: True}),
                                   errors=self.error)

    def _show_selected(self) -> None:
        r = self.table.selected_data()
        self.sent_statsforvalter.setEnabled(r is not None and not r.reported_to_statsforvalter)
        self.sent_lead.setEnabled(r is not None and not r.reported_to_professional_lead)
        if r is None:
            self.details.setHtml("<p>" + escape(self.tr("No registrations. Register an emergency intervention at "
                                                        "once, with “New registration…”.")) + "</p>")
            return
        language = ui_language()
        reported = escape(self.tr("Reported"))
        rows = "".join(f"<tr><td><b>{escape(labels.chapter9_label(k, language))}</b></td>"
                       f"<td>{escape(v)}</td></tr>" for k, v in r.fields)
        self.details.setHtml(
            f"<p>{escape(fmt_datetime(r.start))} – {escape(fmt_datetime(r.end))} · "
            f"{escape(fmt_worker(r.meta.author))}</p><table cellspacing='6'>{rows}</table>"
            f"<p><b>{reported}:</b> {escape(self._reported(r))}</p>")

    def new_registration(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, Chapter9Dialog(self.session, self.client_id, self.window()))


class ChildrenPage(QWidget):
    """Helsepersonelloven § 10 a: the current assessment of children as relatives."""

    changed = Signal(object)

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
                (self.tr("Recorded"), f"{fmt_date(record.meta.occurred_at.date())} · {fmt_worker(record.meta.author)}")]
        self.summary.setText("<table cellspacing='6'>" + "".join(
            f"<tr><td><b>{escape(k)}</b></td><td>{escape(v or '–')}</td></tr>" for k, v in rows) + "</table>")

    def record_assessment(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, ChildrenDialog(self.session, self.client_id, self.current, self.window()))


class ObservationTab(QTabWidget):
    """Journal, measurements, incidents, chapter 9 and § 10 a as inner tabs."""

    changed = Signal(object)
    more_notes_wanted = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)   # no frame inside the client view's own tabs (and a cheaper paint)
        self.session = session
        self.journal = JournalPage(session)
        self.measurements = MeasurementsPage(session)
        self.incidents = IncidentsPage(session)
        self.chapter9 = Chapter9Page(session)
        self.children = ChildrenPage(session)
        self.addTab(self.journal, self.tr("Journal"))
        self.addTab(self.measurements, self.tr("Measurements"))
        self.addTab(self.incidents, self.tr("Incidents"))
        self.addTab(self.chapter9, self.tr("Chapter 9"))
        self.addTab(self.children, self.tr("Children as relatives"))
        for page in (self.journal, self.measurements, self.incidents, self.chapter9, self.children):
            page.changed.connect(self.changed)
        self._overview: ClientOverview | None = None
        self._stale: set[QWidget] = set()
        self.currentChanged.connect(self._render_current)
        self.journal.show_more.clicked.connect(self._show_all_notes)

    def _show_all_notes(self) -> None:
        self.journal.shown = NOTES_LIMIT
        self.more_notes_wanted.emit()     # the client view reads the older notes and renders again

    def show_overview(self, overview: ClientOverview) -> None:
        """Take a new overview; the page on screen is rendered now, the others when first shown."""
        cid = overview.client.client_id
        if cid != self.journal.client_id:
            self.measurements.refresh_time()
        self.journal.set_client(cid)
        self._overview = overview
        self._stale = {self.journal, self.measurements, self.incidents, self.chapter9, self.children}
        self._render_current()

    def _render_current(self, *_: object) -> None:
        page, overview = self.currentWidget(), self._overview
        if overview is None or page not in self._stale:
            return
        self._stale.discard(page)
        cid = overview.client.client_id
        if page is self.journal:
            # Only corrected notes need their earlier versions (rare, so read one by one).
            corrected = [n.meta.record_id for n in overview.notes[:self.journal.shown] if n.meta.version > 1]
            if not corrected:
                self.journal.show_notes(overview.notes, {})
            else:
                self.session.ops.read(self, lambda app: {rid: app.history(rid) for rid in corrected},
                                      lambda history: self._overview is overview and
                                      self.journal.show_notes(overview.notes, history))
        elif page is self.measurements:
            self.measurements.show_measurements(cid, overview.measurements)
        elif page is self.incidents:
            self.incidents.show_incidents(cid, overview.incidents)
        elif page is self.chapter9:
            self.chapter9.show_registrations(cid, overview.chapter9)
        elif page is self.children:
            self.children.show_record(cid, overview.children)

    def clear(self) -> None:
        """Forget what is shown (on lock); drafts in the composer stay in memory."""
        self._overview = None
        self._stale.clear()
        self.journal.notes.clear()
        self.measurements.latest.setRowCount(0)
        self.measurements.measurements = []
        self.incidents.table.setRowCount(0)
        self.chapter9.table.setRowCount(0)
        self.chapter9.details.clear()
        self.children.summary.clear()

    def has_draft(self) -> bool:
        return self.journal.has_draft() or bool(self.measurements.value.text().strip())
