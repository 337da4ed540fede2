"""Offline intake: registering a client, and adding or changing a CAVE entry by hand.

Both are saved on the laptop and sent with the next sync; the sync finds the server's Patient
by national id, so a client already in the municipal record is never made twice.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QWidget

from ...domain.clients import Allergy, Client, Relative
from ...domain.errors import DomainError
from ...services import Ambulant
from ..i18n.language import fill
from ..ops import service_call
from ..session import Session
from .fields import DateField, TextArea
from .form_dialog import FormDialog


def parse_relatives(text: str) -> tuple[Relative, ...]:
    """One relative a line: "name; relation; phone; nærmeste" (phone and next of kin may be left out)."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise DomainError("relatives", f"Linje {number}: skriv «navn; relasjon; telefon».",
                              f'Line {number}: write "name; relation; phone".')
        next_of_kin = len(parts) > 3 and parts[3].lower() in ("ja", "yes", "nærmeste", "x")
        found.append(Relative(parts[0], parts[1], parts[2] if len(parts) > 2 else "", next_of_kin))
    return tuple(found)


class RegisterClientDialog(FormDialog):
    """A new client on this laptop: name, national id or D-number, birth date, address, relatives."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.setWindowTitle(self.tr("Register client"))
        self.set_intro(self.tr("The client is saved on this computer and sent with the next synchronisation. "
                               "If the municipal record already has the person, the record's entry is used."))
        self.name = self.add_field("name", self.tr("Name"), QLineEdit())
        self.national_id = self.add_field("national_id", self.tr("National identity number or D number"),
                                          QLineEdit(), self.tr("11 digits; the check digits are checked"))
        self.national_id.setMaxLength(13)
        self.birth_date = self.add_field("birth_date", self.tr("Birth date"), DateField(optional=True),
                                         self.tr("Must agree with the national identity number"))
        # As wide as the other fields, so an error under it has the row's width to wrap in.
        self.birth_date.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.address = self.add_field("address", self.tr("Address"), QLineEdit())
        self.phone = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.relatives = self.add_field("relatives", self.tr("Relatives"), TextArea(lines=3),
                                        self.tr("One a line: name; relation; phone; yes = next of kin"))
        self.unit = self.add_field("responsible_unit", self.tr("Responsible unit"), QLineEdit())
        self.alias("relation", "relatives")
        self.save_button.setText(self.tr("Register"))
        self.resize(680, self.sizeHint().height())

    def operation(self) -> Callable[[Ambulant], Client]:
        return service_call(Ambulant.register_client, self.name.text(), self.national_id.text(),
                            self.birth_date.value(), self.address.text(), self.phone.text(),
                            parse_relatives(self.relatives.text()), self.unit.text())


class AllergyDialog(FormDialog):
    """Add a CAVE entry, or change one entered by hand (the municipal record's entries are read-only)."""

    def __init__(self, session: Session, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client = client
        self.setWindowTitle(self.tr("CAVE / allergy"))
        own = [a for a in client.allergies if not a.from_server]
        theirs = ", ".join(escape(a.substance) for a in client.allergies if a.from_server)
        intro = fill(self.tr("CAVE for %1, entered by hand with where the information comes from."),
                     f"<b>{escape(client.name)}</b>")
        if theirs:
            intro += "<br>" + fill(self.tr("From the municipal record (read-only here): %1"), theirs)
        self.set_intro(intro)
        self.entry = self.add_field("entry", self.tr("Entry"), QComboBox())
        self.entry.addItem(self.tr("New entry"), None)
        for allergy in own:
            self.entry.addItem(allergy.substance, allergy)
        self.substance = self.add_field("substance", self.tr("Substance or medicine"), QLineEdit())
        self.reaction = self.add_field("reaction", self.tr("Reaction"), QLineEdit())
        self.severity = self.add_field("severity", self.tr("Severity"), QLineEdit(),
                                       self.tr("e.g. mild, moderat, alvorlig"))
        self.source = self.add_field("source", self.tr("Source"), QLineEdit(),
                                     self.tr("Who the information comes from: the client, a relative, the GP …"))
        worker = session.app.worker
        self.recorded_by = self.add_field("recorded_by", self.tr("Recorded by"),
                                          QLineEdit(f"{worker.name} (HPR {worker.hpr})"))
        self.entry.currentIndexChanged.connect(self._chosen)
        self.resize(600, self.sizeHint().height())

    def _chosen(self, _index: int) -> None:
        allergy: Allergy | None = self.entry.currentData()
        self.substance.setText(allergy.substance if allergy else "")
        self.reaction.setText(allergy.reaction if allergy else "")
        self.severity.setText(allergy.severity if allergy else "")
        self.source.setText(allergy.source if allergy else "")
        if allergy is not None and allergy.recorded_by:
            self.recorded_by.setText(allergy.recorded_by)

    def operation(self) -> Callable[[Ambulant], Any]:
        existing: Allergy | None = self.entry.currentData()
        fields = (self.reaction.text(), self.severity.text(), self.source.text(), self.recorded_by.text())
        if existing is None:
            return service_call(Ambulant.add_allergy, self.client.client_id, self.substance.text(), *fields)
        return service_call(Ambulant.change_allergy, self.client.client_id, existing.substance, self.substance.text(),
                            *fields)
