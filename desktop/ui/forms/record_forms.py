"""Forms that change a record by a new version: entered in error, a corrected note, an order's notes."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.medication import MedicationOrder
from ...domain.observation import JournalNote
from ...services import Ambulant
from ..i18n.language import fill
from ..session import Session
from .fields import TextArea
from ..ops import service_call
from .form_dialog import FormDialog


class EnteredInErrorDialog(FormDialog):
    """Mark a record as entered in error; it stays readable, with the reason."""

    def __init__(self, session: Session, record_id: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.record_id = record_id
        self.setWindowTitle(self.tr("Entered in error"))
        self.set_intro(self.tr("The entry is kept and shown as entered in error. Nothing is deleted.") +
                       "<br><i>" + escape(summary) + "</i>")
        self.reason = self.add_field("status_reason", self.tr("Reason"), QLineEdit())
        self.save_button.setText(self.tr("Mark as entered in error"))

    def operation(self) -> Callable[[Ambulant], Any]:
        return service_call(Ambulant.enter_in_error, self.record_id, self.reason.text())


class AdministrationNotesDialog(FormDialog):
    """The one part of an order the worker may change: its local administration notes."""

    def __init__(self, session: Session, order: MedicationOrder, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.order = order
        self.setWindowTitle(self.tr("Administration notes"))
        self.set_intro(fill(self.tr("Local notes on how %1 is given here (e.g. crushed, with food). The order "
                                    "itself comes from the prescriber and cannot be changed."), escape(order.label)))
        self.notes = self.add_field("administration_notes", self.tr("Notes"),
                                    TextArea(order.administration_notes, lines=5))
        self.resize(560, 320)

    def operation(self) -> Callable[[Ambulant], MedicationOrder]:
        return service_call(Ambulant.correct, self.order.order_id, administration_notes=self.notes.text().strip())


class CorrectNoteDialog(FormDialog):
    """Write a corrected version of a journal note; the old text stays visible as corrected."""

    def __init__(self, session: Session, note: JournalNote, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.note = note
        self.setWindowTitle(self.tr("Correct note"))
        self.set_intro(self.tr("The correction is saved as a new version. The earlier text stays readable."))
        self.text = self.add_field("text", self.tr("Corrected text"), TextArea(note.text, lines=8))
        self.resize(560, 360)

    def operation(self) -> Callable[[Ambulant], JournalNote]:
        return service_call(Ambulant.correct, self.note.meta.record_id, text=self.text.text().strip())
