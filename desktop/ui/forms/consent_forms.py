"""The client's consent to the individual plan and to sharing information, and its withdrawal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...domain.consent import Consent, ConsentKind, ConsentRecipient
from ...domain.errors import DomainError
from ...services import Ambulant
from ..i18n import plan_labels
from ..kit.formatting import fmt_date
from ..ops import service_call
from ..session import Session
from .fields import DateField
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size
from .table_field import TableField


class ConsentDialog(FormDialog):
    """A consent (or a refusal): to what, when, until when, and for sharing who may see what."""

    def __init__(self, session: Session, client_id: str, kind: ConsentKind = ConsentKind.SHARING,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.client_id = client_id
        self.setWindowTitle(self.tr("Consent"))
        self.kind = QComboBox()
        for value in ConsentKind:
            self.kind.addItem(plan_labels.consent_kind(value), value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.add_field("kind", self.tr("Consent to"), self.kind)
        self.given = QComboBox()
        self.given.addItem(self.tr("The client consents"), True)
        self.given.addItem(self.tr("The client does not consent"), False)
        self.add_field("given", self.tr("Answer"), self.given)
        today = session.now().date()
        self.date = self.add_field("date", self.tr("Date"), DateField(today))
        self.scope = self.add_field("scope", self.tr("What the consent covers"), QLineEdit(),
                                    hint=self.tr("e.g. information needed for the work with the plan"))
        self.valid_until = self.add_field("valid_until", self.tr("Valid until"), DateField(None, optional=True))
        self.oral = self.add_field("oral", self.tr("Form"), QCheckBox(self.tr("Given orally (not in writing)")))
        self.recipients = self.add_field("recipients", self.tr("Who may see what"),
                                         TableField([self.tr("Who (person, role or service)"),
                                                     self.tr("What they may see")], min_rows=2))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        initial_dialog_size(self, QSize(640, 620))

    def _kind_changed(self) -> None:
        self.recipients.setEnabled(ConsentKind(self.kind.currentData()) is ConsentKind.SHARING)

    def operation(self) -> Callable[[Ambulant], Consent]:
        kind = ConsentKind(self.kind.currentData())
        recipients: list[ConsentRecipient] = []
        if kind is ConsentKind.SHARING:
            for line, cells in self.recipients.rows():
                if not all(cells):
                    raise DomainError("recipients", f"Linje {line}: skriv både hvem og hva de kan se.",
                                      f"Line {line}: enter both who and what they may see.")
                recipients.append(ConsentRecipient(cells[0], cells[1]))
        return service_call(Ambulant.record_consent, self.client_id, kind, bool(self.given.currentData()),
                            self.date.value(), self.scope.text(), tuple(recipients), self.valid_until.value(),
                            self.oral.isChecked())


class WithdrawConsentDialog(FormDialog):
    """The client withdraws a consent from a date; the consent as given stays in the record."""

    def __init__(self, session: Session, consents: Sequence[Consent], parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.consent = QComboBox()
        for c in consents:
            self.consent.addItem(f"{plan_labels.consent_kind(c.kind)} – {fmt_date(c.date)} – {c.scope}",
                                 c.meta.record_id)
        self.add_field("consent", self.tr("Consent"), self.consent)
        self.on = self.add_field("withdrawn_on", self.tr("Withdrawn from"), DateField(session.now().date()))

    def operation(self) -> Callable[[Ambulant], Consent]:
        if self.consent.currentData() is None:
            raise DomainError("consent", "Det finnes ikke noe gjeldende samtykke.", "There is no consent in force.")
        return service_call(Ambulant.withdraw_consent, self.consent.currentData(), self.on.value())
