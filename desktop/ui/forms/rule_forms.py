"""Dialogs that sign or change medication: CAVE on top, what the rules say, overrides with a reason, a second signer.

A :class:`RuleFormDialog` shows each rule a dose or an order breaks (the
domain's :class:`~desktop.domain.record_rules.Finding`): a hard rule in red
with no way past it, a rule that may be overridden in red with a *reason*
field beside it. Only a reason typed by the worker lets the save go ahead, and
the reason is saved on the record. :class:`SecondSignerRows` asks which
enrolled colleague checked the dose and for that colleague's own passphrase.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ...domain.clients import Client
from ...domain.errors import DomainError
from ...domain.medication import ControlledClass, MedicationOrder, PolicyMatch, PolicyReason
from ...domain.overrides import Rule
from ...domain.record_rules import Finding, RuleBroken
from ...services import SecondSignature
from ..i18n.language import fill, ui_language
from ..kit.theme import banner_style, tones
from ..kit.widgets import Banner
from ..session import Session
from .cave import cave_banner
from .form_dialog import FormDialog


def finding_text(finding: Finding) -> str:
    """A finding's message in the UI language (the domain writes Bokmål and English)."""
    return finding.message_en if ui_language() == "en" else finding.message_nb


def double_check_why(matches: tuple[PolicyMatch, ...]) -> str:
    """Why the local procedure asks for a second signer, in words ("controlled drug, class A; route Subkutan")."""
    parts = []
    for m in matches:
        if m.reason is PolicyReason.ORDER:
            parts.append(QCoreApplication.translate("RuleForms", "the order asks for it"))
        elif m.reason is PolicyReason.CONTROLLED_CLASS:
            parts.append(fill(QCoreApplication.translate("RuleForms", "controlled drug, class %1"),
                              ControlledClass(m.value).value))
        elif m.reason is PolicyReason.ATC:
            parts.append(fill(QCoreApplication.translate("RuleForms", "ATC group %1"), m.value))
        elif m.reason is PolicyReason.DRUG:
            parts.append(fill(QCoreApplication.translate("RuleForms", "the drug %1"), m.value))
        else:
            parts.append(fill(QCoreApplication.translate("RuleForms", "route %1"), m.value))
    return "; ".join(parts)


class SecondSignerRows:
    """The colleague who checked (enrolled on this computer) and their passphrase, typed by them."""

    def __init__(self, dialog: FormDialog, session: Session, why: str, form: QFormLayout | None = None) -> None:
        self.colleague = QComboBox()
        self.colleague.addItem(QCoreApplication.translate("RuleForms", "Choose the colleague who checked"), None)
        colleagues = session.app.colleagues()
        for c in colleagues:
            self.colleague.addItem(f"{c.name} (HPR {c.hpr})", c.hpr)
        hint = fill(QCoreApplication.translate("RuleForms", "Double check: %1."), why) if why else ""
        if not colleagues:
            # A banner, not a hint: hints are one short line, and this one has to be read.
            missing = Banner("warning", QCoreApplication.translate(
                "RuleForms", "No colleague is enrolled on this computer. Enroll one under "
                             "File → Double check and colleagues…"))
            (form or dialog.form).addRow(missing)
            self.colleague.setEnabled(False)
        dialog.add_field("second_signer", QCoreApplication.translate("RuleForms", "Second signer"), self.colleague,
                         hint=hint, form=form)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setEnabled(bool(colleagues))
        typed_by = QCoreApplication.translate("RuleForms", "Typed by the second signer, not by you")
        if session.demo:
            from ...support.demo_data import DEMO_COLLEAGUE, DEMO_COLLEAGUE_PASSPHRASE
            typed_by = fill(QCoreApplication.translate("RuleForms", "Demo: %1 signs with the passphrase %2"),
                            DEMO_COLLEAGUE.name, DEMO_COLLEAGUE_PASSPHRASE)
        dialog.add_field("second_signer_passphrase",
                         QCoreApplication.translate("RuleForms", "Second signer's passphrase"), self.passphrase,
                         hint=typed_by, form=form)

    def signature(self) -> SecondSignature | None:
        """The proof to send, or None when no colleague is chosen (the rules then say if one is needed)."""
        hpr = self.colleague.currentData()
        return None if hpr is None else SecondSignature(str(hpr), self.passphrase.text())


class RuleFormDialog(FormDialog):
    """A form whose save the medication rules judge: CAVE on top, findings with reason fields, overrides."""

    def __init__(self, session: Session, client: Client | None, parent: QWidget | None = None,
                 scroll: bool = False) -> None:
        super().__init__(session, parent=parent, scroll=scroll)
        outer: QVBoxLayout = self.layout()  # type: ignore[assignment]
        if client is not None:
            self.cave = cave_banner(client)
            outer.insertWidget(0, self.cave)
        self._rules_box = QWidget()
        self.rules_form = QFormLayout(self._rules_box)
        self.rules_form.setContentsMargins(0, 0, 0, 0)
        self.rules_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.insertWidget(outer.indexOf(self.general_error) + 1, self._rules_box)
        self._rules_box.hide()
        self.finding_banners: list[Banner] = []
        self.reasons: dict[Rule, QLineEdit] = {}
        self._shown: list[tuple[Rule, str]] = []
        self.second: SecondSignerRows | None = None

    def show_findings(self, findings: tuple[Finding, ...] | list[Finding], focus: bool = True) -> None:
        """Show what the rules say; each rule that may be overridden gets a reason field (text typed is kept).

        ``focus`` puts the cursor in the first reason field (not while the worker is typing elsewhere).
        """
        shown_now = [(f.rule, f.message_nb) for f in findings
                     if not (f.rule is Rule.DOUBLE_CHECK and self.second is not None)]
        if shown_now == self._shown:
            return
        self._shown = shown_now
        kept = {rule: edit.text() for rule, edit in self.reasons.items()}
        while self.rules_form.rowCount():
            self.rules_form.removeRow(0)
        self.finding_banners, self.reasons = [], {}
        for key in [k for k in self._fields if k.startswith("override:")]:
            self._fields.pop(key)
            self._errors.pop(key)
            self._initial.pop(key)
        shown = [f for f in findings if not (f.rule is Rule.DOUBLE_CHECK and self.second is not None)]
        for finding in shown:
            banner = Banner("danger", finding_text(finding))
            banner.setTextFormat(Qt.TextFormat.PlainText)
            # Stronger than the CAVE line above it: this is about the dose in hand.
            banner.setStyleSheet(banner_style("danger") + f" font-weight: bold; border-left: 5px solid "
                                 f"{tones().danger_fg.name()};")
            banner.setAccessibleName(QCoreApplication.translate("RuleForms", "Warning"))
            self.rules_form.addRow(banner)
            self.finding_banners.append(banner)
            if finding.overridable:
                edit = QLineEdit(kept.get(finding.rule, ""))
                edit.setPlaceholderText(QCoreApplication.translate(
                    "RuleForms", "Why you go ahead (e.g. agreed with the prescriber)"))
                self.add_field(f"override:{finding.rule.value}",
                               QCoreApplication.translate("RuleForms", "Reason to go ahead"), edit,
                               form=self.rules_form)
                self.reasons[finding.rule] = edit
        self._rules_box.setVisible(bool(shown))
        if self.reasons:
            self.save_button.setText(QCoreApplication.translate("RuleForms", "Go ahead anyway"))
        first = next(iter(self.reasons.values()), None)
        if first is not None and focus:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def overrides(self) -> dict[Rule, str]:
        """The reasons typed for the rules shown (an empty one is refused with a message at its field)."""
        return {rule: edit.text() for rule, edit in self.reasons.items()}

    def handle_domain_error(self, error: DomainError) -> None:
        if isinstance(error, RuleBroken):
            before = set(self.reasons)
            self.show_findings(error.findings)
            if not error.overridable:
                hard = next(f for f in error.findings if not f.overridable)
                if hard.rule is Rule.DOUBLE_CHECK and self.second is not None:
                    self.show_error("second_signer", finding_text(hard))
                else:
                    self.show_error("", finding_text(hard))
            elif set(self.reasons) - before:
                self.show_error("", QCoreApplication.translate(
                    "RuleForms", "Read the warning and give a reason to go ahead, or cancel."))
            return
        super().handle_domain_error(error)


def order_line(order: MedicationOrder) -> str:
    """The order in bold with its dose (escaped rich text)."""
    return f"<b>{escape(order.label)}</b> — {escape(str(order.dose))}"
