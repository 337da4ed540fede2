"""Chapter 9 in the Observations tab: the registrations, each in full with its own field list, when and to
whom it was sent, the printable report, and the municipality's form."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...domain.observation import Chapter9Recipient, Chapter9Registration, chapter9_field_label
from ..forms.chapter9_forms import Chapter9Dialog, Chapter9SentDialog, Chapter9SettingsDialog
from ..forms.document_dialog import DocumentDialog, chapter9_report_dialog
from ..forms.form_dialog import FormDialog, open_form
from ..i18n import plan_labels
from ..i18n.language import fill, ui_language
from ..kit.formatting import fmt_date, fmt_datetime, fmt_worker
from ..kit.icons import icon
from ..kit.widgets import ReadOnlyTable, button, button_row, muted
from ..session import Session


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
        self.new = button(self.tr("New registration…"), icon("add"))
        self.sent = button(self.tr("Record that it was sent…"))
        self.report = button(self.tr("Print report…"), icon("print"))
        self.form = button(self.tr("Form…"), icon("settings"), tooltip=self.tr("The municipality's chapter 9 form"))
        layout.addLayout(button_row(self.new, self.sent, self.report, self.form))
        self.new.clicked.connect(self.new_registration)
        self.sent.clicked.connect(lambda: self.record_sent())
        self.report.clicked.connect(lambda: self.open_report())
        self.form.clicked.connect(self.edit_form)
        self.table.itemSelectionChanged.connect(self._show_selected)

    def show_registrations(self, client_id: str, registrations: list[Chapter9Registration]) -> None:
        self.client_id = client_id
        self.table.set_rows([([fmt_datetime(r.start), fmt_datetime(r.end), r.answer("what_done"),
                               r.meta.author.name, self._reported(r)], r) for r in registrations])
        if registrations:
            self.table.selectRow(0)
        self._show_selected()

    def _reported(self, r: Chapter9Registration) -> str:
        sent = []
        for recipient in Chapter9Recipient:
            sending = r.sent_to(recipient)
            if sending is not None:
                sent.append(f"{plan_labels.recipient(recipient)} {fmt_date(sending.date)}")
            elif r.is_reported_to(recipient):
                sent.append(plan_labels.recipient(recipient))
        return ", ".join(sent) if sent else self.tr("Not yet")

    def _show_selected(self) -> None:
        r: Chapter9Registration | None = self.table.selected_data()
        self.sent.setEnabled(r is not None and not r.meta.entered_in_error)
        if r is None:
            self.details.setHtml("<p>" + escape(self.tr("No registrations. Register an emergency intervention at "
                                                        "once, with “New registration…”.")) + "</p>")
            return
        language = ui_language()
        rows = "".join(f"<tr><td valign='top'><b>{escape(chapter9_field_label(r, f.key, language))}</b></td>"
                       f"<td>{escape(r.answer(f.key) or '–')}</td></tr>" for f in r.fields_used)
        sendings = []
        for recipient in Chapter9Recipient:
            sending = r.sent_to(recipient)
            if sending is not None:
                how = f" ({sending.how})" if sending.how else ""
                text = fill(self.tr("%1, %2"), sending.name, fmt_date(sending.date)) + how
            elif r.is_reported_to(recipient):
                text = self.tr("sent (no date recorded)")
            else:
                text = self.tr("not yet")
            sendings.append(f"<tr><td><b>{escape(plan_labels.recipient(recipient))}</b></td>"
                            f"<td>{escape(text)}</td></tr>")
        sent_to = self.tr("Sent to")
        self.details.setHtml(
            f"<p>{escape(fmt_datetime(r.start))} – {escape(fmt_datetime(r.end))} · "
            f"{escape(fmt_worker(r.meta.author))}</p><table cellspacing='6'>{rows}</table>"
            f"<p><b>{escape(sent_to)}</b></p><table cellspacing='6'>{''.join(sendings)}</table>")

    def new_registration(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, Chapter9Dialog(self.session, self.client_id, self.window()))

    def record_sent(self, recipient: Chapter9Recipient | None = None) -> FormDialog | None:
        r = self.table.selected_data()
        if r is None:
            return None
        if recipient is None:   # offer the one not sent to yet
            recipient = next((x for x in Chapter9Recipient if not r.is_reported_to(x)),
                             Chapter9Recipient.STATSFORVALTER)
        return open_form(self, Chapter9SentDialog(self.session, r, recipient, self.window()))

    def open_report(self, all_registrations: bool = False) -> DocumentDialog | None:
        """The report of the selected registration (or all of the client's) to preview, save or print."""
        r = self.table.selected_data()
        if self.client_id is None or (r is None and not all_registrations) or not self.session.is_unlocked:
            return None
        record_id = None if all_registrations or r is None else r.meta.record_id
        dialog = chapter9_report_dialog(self.session, self.client_id, record_id, self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_form(self) -> Chapter9SettingsDialog | None:
        """The municipality's field list and code system (a setting, not a record of the client)."""
        if not self.session.is_unlocked:
            return None
        dialog = Chapter9SettingsDialog(self.session, self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.details.clear()
