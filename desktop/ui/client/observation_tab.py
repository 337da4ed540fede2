"""The Observations tab: journal notes, measurements with trends, incidents, chapter 9, § 10 a."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ...domain.errors import DomainError
from ...domain.observation import ENTRY_KINDS, MEASUREMENT_KINDS, TREND_KINDS, JournalNote, Measurement
from ...services import NOTES_LIMIT, ClientOverview
from ...store.errors import StoreError
from ..i18n import labels
from ...services.changes import Changes
from ..kit.charts import TrendChart
from ..kit.formatting import fmt_date, fmt_datetime, fmt_decimal, fmt_when, fmt_worker, qdatetime
from .chapter9_page import Chapter9Page
from .record_delegate import RecordDelegate
from .registrations_page import RegistrationsPage
from ..forms.fields import DateTimeField, TextArea
from ..forms.form_dialog import FormDialog, open_form
from ..forms.observation_forms import ChildrenDialog, IncidentDialog
from ..forms.record_forms import CorrectNoteDialog, EnteredInErrorDialog
from ..kit.icons import icon
from ..i18n.language import error_text, fill
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

    def save_note(self) -> JournalNote | None:
        """Save the composer's text as a new note (the text stays if saving fails)."""
        if self.client_id is None or not self.session.is_unlocked:
            return None
        try:
            note = self.session.app.write_note(self.client_id, self.composer.edit.toPlainText())
        except (DomainError, StoreError) as exc:
            self.composer.error.setText(error_text(exc))
            self.composer.error.show()
            self.composer.edit.setFocus()
            return None
        self.composer.error.hide()
        self.composer.edit.clear()
        self.drafts.pop(self.client_id, None)
        self.changed.emit(Changes.of(note))
        return note

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

    def save_measurement(self) -> Measurement | None:
        """Record the value typed (kept in the field if it is refused)."""
        if self.client_id is None or not self.session.is_unlocked:
            return None
        try:
            m = self.session.app.record_measurement(self.client_id, self.kind.currentData(), self.value.text(),
                                                    at=self.at.value(), comment=self.comment.text().strip())
        except (DomainError, StoreError) as exc:
            self.value_error.setText(error_text(exc))
            self.value_error.show()
            self.value.setFocus()
            return None
        self.value_error.hide()
        self.value.clear()
        self.comment.clear()
        self._time_touched = False
        self.refresh_time()
        self.chart_kind.setCurrentIndex(self.chart_kind.findData(_trend_kind(m.kind)))
        self.changed.emit(Changes.of(m))
        return m

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
        for page in (self.journal, self.measurements, self.registrations, self.incidents, self.chapter9,
                     self.children):
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
            self.measurements.refresh_time(new_entry=True)
        self.journal.set_client(cid)
        self._overview = overview
        self._stale = {self.journal, self.measurements, self.registrations, self.incidents, self.chapter9,
                       self.children}
        self._render_current()

    def _render_current(self, *_: object) -> None:
        page, overview = self.currentWidget(), self._overview
        if overview is None or page not in self._stale:
            return
        self._stale.discard(page)
        cid = overview.client.client_id
        if page is self.journal:
            history = {}
            if self.session.is_unlocked:
                # Only corrected notes need their earlier versions (rare, so read one by one).
                for note in overview.notes[:self.journal.shown]:
                    if note.meta.version > 1:
                        history[note.meta.record_id] = self.session.app.history(note.meta.record_id)
            self.journal.show_notes(overview.notes, history)
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
        self._overview = None
        self._stale.clear()
        self.journal.notes.clear()
        self.measurements.latest.setRowCount(0)
        self.measurements.measurements = []
        self.incidents.table.setRowCount(0)
        self.chapter9.clear()
        self.registrations.clear()
        self.children.summary.clear()

    def has_draft(self) -> bool:
        return self.journal.has_draft() or bool(self.measurements.value.text().strip())
