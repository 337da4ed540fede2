"""Entering a medication order from the prescriber's paper order (ordinasjonskort)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QLineEdit, QSpinBox, QWidget

from ...domain.clients import Client
from ...domain.drug_catalogue import DrugCatalogue, DrugCatalogueEntry, order_defaults
from ...domain.errors import DomainError, require_text
from ...domain.medication import (ControlledClass, MedicationOrder, OrderKind, parse_dose,
                                  parse_time_of_day)
from ...services import Ambulant, parse_decimal
from ...store.errors import StoreError
from ..ops import service_call
from ..session import Session
from .fields import DateField, TextArea
from .rule_forms import RuleFormDialog

# Display names of Volven 7448 (forms) and 7477 (routes) most used in home care; the field stays free text.
COMMON_FORMS = ("Tablett", "Kapsel", "Depottablett", "Smeltetablett", "Mikstur", "Dråper", "Injeksjonsvæske",
                "Plaster", "Inhalasjonspulver", "Stikkpille", "Krem", "Salve")
COMMON_ROUTES = ("Oral", "Sublingval", "Subkutan", "Intramuskulær", "Intravenøs", "Rektal", "Transdermal",
                 "Inhalasjon", "Kutan", "Okulær", "Nasal")


def _controlled(value: str | None) -> ControlledClass | None:
    return None if value is None else ControlledClass(value)


# The completer shows an entry's label and puts only its name into the drug field.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


def _editable_combo(items: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(items)
    return combo


class OrderDialog(RuleFormDialog):
    """The order as written by the prescriber; after saving only its administration notes may change.

    The client's CAVE stands on top; a drug that matches it (by ATC code, active ingredient or name)
    is warned about in red as it is typed, and can be saved only with a reason to go ahead.
    """

    def __init__(self, session: Session, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(session, client, parent=parent, scroll=True)
        self.client_id = client.client_id
        self.setWindowTitle(self.tr("New order from a paper order"))
        self.set_intro(self.tr("Copy the order exactly as the prescriber wrote it. The vernepleier does not "
                               "prescribe: after saving, only the administration notes can be changed."))
        today = session.now().date()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Fixed dose"), OrderKind.FIXED)
        self.kind.addItem(self.tr("As needed (PRN)"), OrderKind.AS_NEEDED)
        self.add_field("kind", self.tr("Kind"), self.kind)
        self.drug = self.add_field("drug_name", self.tr("Drug name"), QLineEdit(),
                                   hint=self.tr("Type a few letters to pick from the drug list, or write freely"))
        self.strength = self.add_field("strength", self.tr("Strength"), QLineEdit(),
                                       hint=self.tr("e.g. 500 mg"))
        self.form_ = self.add_field("form", self.tr("Form"), _editable_combo(COMMON_FORMS))
        self.route = self.add_field("route", self.tr("Route"), _editable_combo(COMMON_ROUTES))
        self.dose = self.add_field("dose", self.tr("Dose"), QLineEdit(),
                                   hint=self.tr("Amount and unit, e.g. 1 tablett"))
        self.times = self.add_field("times", self.tr("Times of day"), QLineEdit(),
                                    hint=self.tr("Separate with commas, e.g. 08:00, 14:00, 22:00"))
        self.indication = self.add_field("indication", self.tr("Indication"), QLineEdit())
        self.max_24h = QSpinBox()
        self.max_24h.setRange(0, 24)
        self.max_24h.setSpecialValueText("–")
        self.add_field("max_per_24h", self.tr("Max doses per 24 h"), self.max_24h)
        self.interval = self.add_field("min_interval_hours", self.tr("Hours between doses (at least)"), QLineEdit())
        self.start = self.add_field("start", self.tr("Start date"), DateField(today))
        self.stop = self.add_field("stop", self.tr("Stop date"), DateField(None, optional=True),
                                   hint=self.tr("Leave blank for no stop date"))
        self.prescriber = self.add_field("prescriber", self.tr("Ordered by"), QLineEdit(),
                                         hint=self.tr("Prescriber's name (and workplace)"))
        self.ordered_on = self.add_field("ordered_on", self.tr("Ordered on"), DateField(today))
        self.atc = self.add_field("atc", self.tr("ATC code"), QLineEdit())
        self.controlled = QComboBox()
        self.controlled.addItem(self.tr("Not controlled"), None)
        self.controlled.addItem(self.tr("Class A"), ControlledClass.A)
        self.controlled.addItem(self.tr("Class B"), ControlledClass.B)
        self.add_field("controlled", self.tr("Controlled drug"), self.controlled)
        self.double_check = self.add_field("double_check", self.tr("Double check"),
                                           QCheckBox(self.tr("A second person must sign each dose")))
        self.observed = self.add_field("observed_intake", self.tr("Observed intake"),
                                       QCheckBox(self.tr("Intake must be observed (e.g. LAR)")))
        self.multidose = self.add_field("multidose", self.tr("Multidose"),
                                        QCheckBox(self.tr("Packed in multidose bags")))
        self.notes = self.add_field("administration_notes", self.tr("Administration notes"), TextArea(lines=2))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.catalogue: DrugCatalogue = session.app.drug_catalogue()
        self._suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self._suggestions, self)
        # The catalogue does its own matching (accents, x/ks, brand names), so Qt must not filter again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(10)
        self.drug.setCompleter(self.completer)
        self.drug.textEdited.connect(self._suggest)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.drug.textChanged.connect(lambda _t: self.check_cave())
        self.atc.textChanged.connect(lambda _t: self.check_cave())
        self.resize(600, 720)

    def check_cave(self) -> None:
        """Warn (and ask for a reason) as soon as the drug typed or picked matches the client's CAVE."""
        try:
            findings = self.session.app.cave_findings(self.client_id, self.drug.text(), self.atc.text())
        except (DomainError, StoreError):
            return
        shown = bool(self.reasons)
        self.show_findings(findings, focus=False)   # typing goes on; the reason field waits in the warning
        if not findings and shown:
            self.save_button.setText(self.tr("Save"))

    def _suggest(self, text: str) -> None:
        """Fill the completer with catalogue entries matching what has been typed so far."""
        self._suggestions.clear()
        for entry in self.catalogue.search(text, limit=15):
            item = QStandardItem(f"{entry.label}  ({entry.atc})" if entry.atc else entry.label)
            item.setData(entry, ENTRY_ROLE)
            item.setData(entry.name, NAME_ROLE)
            item.setEditable(False)
            self._suggestions.appendRow(item)
        if self._suggestions.rowCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _picked(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, DrugCatalogueEntry):
            self.fill_from(entry)

    def fill_from(self, entry: DrugCatalogueEntry) -> None:
        """Fill name, strength, form, route, ATC and controlled class from ``entry``; all stay editable."""
        defaults = order_defaults(entry)
        self.drug.setText(defaults.drug_name)
        self.strength.setText(defaults.strength)
        self.form_.setCurrentText(defaults.form)
        self.route.setCurrentText(defaults.route)
        self.atc.setText(defaults.atc)
        wanted = None if defaults.controlled is None else defaults.controlled.value
        for row in range(self.controlled.count()):
            data = self.controlled.itemData(row)   # Qt hands str-enums back as plain str
            if (None if data is None else ControlledClass(data).value) == wanted:
                self.controlled.setCurrentIndex(row)

    def _kind_changed(self) -> None:
        as_needed = OrderKind(self.kind.currentData()) is OrderKind.AS_NEEDED
        self.form.setRowVisible(self.times.parentWidget(), not as_needed)
        self.form.setRowVisible(self.max_24h.parentWidget(), as_needed)
        self.form.setRowVisible(self.interval.parentWidget(), as_needed)

    def operation(self) -> Callable[[Ambulant], MedicationOrder]:
        kind = OrderKind(self.kind.currentData())  # Qt hands str-enums back as plain str
        # The order's own checks run when it is built; ask for the name first so errors come top-down.
        require_text(self.drug.text(), "drug_name", "Legemiddelnavn", "Drug name")
        times: tuple = ()
        optional: dict = dict(stop=self.stop.value(), atc=self.atc.text().strip().upper(),
                              controlled=_controlled(self.controlled.currentData()),
                              double_check=self.double_check.isChecked(),
                              observed_intake=self.observed.isChecked(), multidose=self.multidose.isChecked(),
                              administration_notes=self.notes.text().strip())
        if kind is OrderKind.FIXED:
            times = tuple(parse_time_of_day(t) for t in self.times.text().split(",") if t.strip())
        else:
            optional["max_per_24h"] = self.max_24h.value() or None
            if self.interval.text().strip():
                optional["min_interval_hours"] = parse_decimal(self.interval.text(), "min_interval_hours")
        dose = parse_dose(self.dose.text())
        return service_call(Ambulant.add_order, self.client_id, self.drug.text(), self.strength.text().strip(),
                            self.form_.currentText().strip(), self.route.currentText().strip(), dose, kind,
                            self.indication.text().strip(), self.start.value(), self.prescriber.text().strip(),
                            self.ordered_on.value(), times, overrides=self.overrides(), **optional)
