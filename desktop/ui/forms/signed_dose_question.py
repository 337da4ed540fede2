"""The question when a dose that is already signed is asked to be signed again: say so, and offer what can be done."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...domain.medication import Administration, MedicationOrder
from ..i18n import labels
from ..i18n.language import fill
from ..kit.formatting import fmt_datetime, fmt_time


class SignedDoseChoice(str, Enum):
    CORRECT = "correct"
    IN_ERROR = "in-error"
    CANCEL = "cancel"


class SignedDoseQuestion(QMessageBox):
    """"Already signed": who signed it, when and how; Correct…, Entered in error…, or Cancel (the default)."""

    def __init__(self, order: MedicationOrder, administration: Administration, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Already signed"))
        m = administration.meta
        planned = administration.scheduled_for
        what = order.label + (" " + fill(self.tr("planned %1"), fmt_time(planned)) if planned else "")
        self.setText(fill(self.tr("%1 is already signed: %2 %3 by %4."), what,
                          labels.administration_status(administration.status).lower(),
                          fmt_datetime(m.occurred_at), m.author.name))
        self.setInformativeText(self.tr("Nothing was signed now. If the signature is wrong, correct it or mark it "
                                        "entered in error."))
        self.correct_button: QPushButton = self.addButton(self.tr("Correct…"), QMessageBox.ButtonRole.ActionRole)
        self.error_button: QPushButton = self.addButton(self.tr("Entered in error…"),
                                                        QMessageBox.ButtonRole.ActionRole)
        self.cancel_button: QPushButton = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        # Enter (pressed once too often) must do nothing: the safe answer is the default.
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.cancel_button.setFocus()

    def choice(self) -> SignedDoseChoice:
        """What the worker chose (after the box closed)."""
        clicked = self.clickedButton()
        if clicked is self.correct_button:
            return SignedDoseChoice.CORRECT
        if clicked is self.error_button:
            return SignedDoseChoice.IN_ERROR
        return SignedDoseChoice.CANCEL
