"""Chapter 9: the registration (with the municipality's field list), that it was sent (to whom, when),
and the field list and code system URL the municipality sets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QWidget

from ...domain.errors import DomainError
from ...domain.observation import Chapter9Config, Chapter9Field, Chapter9Recipient, Chapter9Registration
from ...services import Ambulant
from ..i18n import plan_labels
from ..i18n.language import ui_language
from ..kit.formatting import fmt_datetime
from ..ops import service_call
from ..session import Session
from .fields import DateField, DateTimeField, TextArea
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size
from .table_field import TableField


class Chapter9Dialog(FormDialog):
    """An emergency intervention (hol. kap. 9, § 9-5 third paragraph a) with the municipality's fields."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Chapter 9: emergency intervention"))
        self.set_intro(self.tr("Register at once. The registration goes to the Statsforvalter and to the "
                               "person with overall professional responsibility."))
        now = session.now()
        self.start = self.add_field("start", self.tr("Start"), DateTimeField(now - dt.timedelta(minutes=30)))
        self.end = self.add_field("end", self.tr("End"), DateTimeField(now))
        english = ui_language() == "en"
        self.answers: dict[str, TextArea] = {}
        # Who it concerned is nearly always the client whose record this is: filled in, and editable.
        concerned = session.app.get_client(client_id).name if session.is_unlocked else ""
        for f in session.app.chapter9_config().fields:
            label = (f.label_en if english else f.label_nb) + ("" if f.required else " " + self.tr("(optional)"))
            self.answers[f.key] = self.add_field(f.key, label, TextArea(concerned if f.key == "concerned" else "",
                                                                        lines=2))
        initial_dialog_size(self, QSize(620, 760))

    def operation(self) -> Callable[[Ambulant], Chapter9Registration]:
        return service_call(Ambulant.record_chapter9, self.client_id, self.start.value(), self.end.value(),
                            {k: w.text() for k, w in self.answers.items()})


class Chapter9SentDialog(FormDialog):
    """That the registration was sent: to the Statsforvalter or the professional lead, by name, on a date."""

    def __init__(self, session: Session, registration: Chapter9Registration,
                 recipient: Chapter9Recipient = Chapter9Recipient.STATSFORVALTER,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.registration = registration
        self.setWindowTitle(self.tr("Record that it was sent"))
        self.set_intro(self.tr("Registration") + f" {fmt_datetime(registration.start)}")
        self.recipient = QComboBox()
        for value in Chapter9Recipient:
            self.recipient.addItem(plan_labels.recipient(value), value)
        self.recipient.setCurrentIndex(self.recipient.findData(recipient))
        self.add_field("recipient", self.tr("Sent to"), self.recipient)
        self.name = self.add_field("name", self.tr("Recipient"), QLineEdit(),
                                   hint=self.tr("e.g. Statsforvalteren i Vestland, or the lead's name"))
        self.date = self.add_field("date", self.tr("Date"), DateField(session.now().date()))
        self.how = self.add_field("how", self.tr("How"), QLineEdit(), hint=self.tr("e.g. Altinn, letter"))

    def operation(self) -> Callable[[Ambulant], Chapter9Registration]:
        return service_call(Ambulant.record_chapter9_sent, self.registration.meta.record_id,
                            Chapter9Recipient(self.recipient.currentData()), self.name.text(), self.date.value(),
                            self.how.text())


class Chapter9SettingsDialog(FormDialog):
    """The municipality's chapter 9 form: the fields the law requires (relabel only) and its own, and the
    URL of the code system its codes are published under. Kept in the database."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.setWindowTitle(self.tr("Chapter 9 form"))
        self.set_intro(self.tr("The fields the law requires cannot be removed or made optional. New fields apply "
                               "to new registrations; earlier ones keep the form they were made with."))
        config = session.app.chapter9_config()
        self.fields = self.add_field("fields", self.tr("Fields"), TableField(
            [self.tr("Key"), self.tr("Label (Bokmål)"), self.tr("Label (English)"), self.tr("Required")],
            [[f.key, f.label_nb, f.label_en, "ja" if f.required else "nei"] for f in config.fields]),
            hint=self.tr("Key: lower-case letters, digits, - and _. Required: ja or nei."))
        self.fields.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.code_system = self.add_field("code_system", self.tr("Code system URL"), QLineEdit(config.code_system),
                                          hint=self.tr("The municipality's own, e.g. https://fhir.kommune.no/…"))
        initial_dialog_size(self, QSize(760, 520))

    def chosen_fields(self) -> tuple[Chapter9Field, ...]:
        chosen = []
        for line, cells in self.fields.rows():
            key, nb, en, required = (cells + [""] * 4)[:4]
            flag = required.strip().lower()
            if flag not in ("ja", "nei", "yes", "no", ""):
                raise DomainError("fields", f"Linje {line}: skriv «ja» eller «nei» under Påkrevd.",
                                  f"Line {line}: write 'ja' or 'nei' under Required.")
            chosen.append(Chapter9Field(key, nb, en or nb, flag not in ("nei", "no")))
        return tuple(chosen)

    def operation(self) -> Callable[[Ambulant], Chapter9Config]:
        return service_call(Ambulant.set_chapter9_config, self.chosen_fields(), self.code_system.text())
