"""Translated names for the domain's enums and codes (the domain itself has no UI text)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.clients import YesNoUnknown
from ...domain.medication import AdministrationStatus
from ...domain.medication_rules import DoseState
from ...domain.observation import CHAPTER9_FIELDS, MEASUREMENT_KINDS, Severity
from ...domain.overrides import Rule
from ...domain.plan import GoalStatus
from ...domain.audit import AuditAction

_CONTEXT = "Labels"

_ADMINISTRATION = {
    AdministrationStatus.GIVEN: QT_TRANSLATE_NOOP("Labels", "Given"),
    AdministrationStatus.NOT_GIVEN: QT_TRANSLATE_NOOP("Labels", "Not given"),
    AdministrationStatus.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    AdministrationStatus.SELF_ADMINISTERED: QT_TRANSLATE_NOOP("Labels", "Taken by the client"),
}
_DOSE_STATE = {
    DoseState.UPCOMING: QT_TRANSLATE_NOOP("Labels", "Later"),
    DoseState.DUE: QT_TRANSLATE_NOOP("Labels", "Due now"),
    DoseState.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    DoseState.GIVEN: QT_TRANSLATE_NOOP("Labels", "Given"),
    DoseState.NOT_GIVEN: QT_TRANSLATE_NOOP("Labels", "Not given"),
}
_SEVERITY = {
    Severity.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Severity.MODERATE: QT_TRANSLATE_NOOP("Labels", "Moderate"),
    Severity.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
}
_YES_NO = {
    YesNoUnknown.YES: QT_TRANSLATE_NOOP("Labels", "Yes"),
    YesNoUnknown.NO: QT_TRANSLATE_NOOP("Labels", "No"),
    YesNoUnknown.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "Unknown"),
}
_GOAL_STATUS = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Labels", "Achieved"),
    GoalStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
    GoalStatus.ENDED: QT_TRANSLATE_NOOP("Labels", "Ended"),
}
_MEASUREMENT = {
    "systolic": QT_TRANSLATE_NOOP("Labels", "Blood pressure, systolic"),
    "diastolic": QT_TRANSLATE_NOOP("Labels", "Blood pressure, diastolic"),
    "pulse": QT_TRANSLATE_NOOP("Labels", "Pulse"),
    "temperature": QT_TRANSLATE_NOOP("Labels", "Temperature"),
    "weight": QT_TRANSLATE_NOOP("Labels", "Weight"),
    "glucose": QT_TRANSLATE_NOOP("Labels", "Blood glucose"),
    "spo2": QT_TRANSLATE_NOOP("Labels", "Oxygen saturation"),
    "respiration": QT_TRANSLATE_NOOP("Labels", "Respiratory rate"),
    "blood_pressure": QT_TRANSLATE_NOOP("Labels", "Blood pressure"),
}
# The rules a worker may override, as a record shows the override.
_RULES = {
    Rule.ALLERGY: QT_TRANSLATE_NOOP("Labels", "CAVE"),
    Rule.PRN_MAX: QT_TRANSLATE_NOOP("Labels", "maximum per 24 h"),
    Rule.PRN_INTERVAL: QT_TRANSLATE_NOOP("Labels", "minimum interval"),
    Rule.SIGNING_WINDOW: QT_TRANSLATE_NOOP("Labels", "planned time"),
}
# UCUM units as a reader writes them.
_UNITS = {"mm[Hg]": "mmHg", "Cel": "°C", "/min": "/min", "kg": "kg", "mmol/L": "mmol/l", "%": "%"}
_EFFECT = (QT_TRANSLATE_NOOP("Labels", "No effect"), QT_TRANSLATE_NOOP("Labels", "Little effect"),
           QT_TRANSLATE_NOOP("Labels", "Some effect"), QT_TRANSLATE_NOOP("Labels", "Good effect"))
_COMMON_REASONS = (QT_TRANSLATE_NOOP("Labels", "Not at home"), QT_TRANSLATE_NOOP("Labels", "Asleep"),
                   QT_TRANSLATE_NOOP("Labels", "Nauseous / vomiting"),
                   QT_TRANSLATE_NOOP("Labels", "Did not want to take it"),
                   QT_TRANSLATE_NOOP("Labels", "Medicine missing"))


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def administration_status(status: AdministrationStatus) -> str:
    return _t(_ADMINISTRATION[status])


def dose_state(state: DoseState) -> str:
    return _t(_DOSE_STATE[state])


def severity(value: Severity) -> str:
    return _t(_SEVERITY[value])


def yes_no_unknown(value: YesNoUnknown) -> str:
    return _t(_YES_NO[value])


def yes_no(value: bool) -> str:
    return yes_no_unknown(YesNoUnknown.YES if value else YesNoUnknown.NO)


def goal_status(value: GoalStatus) -> str:
    return _t(_GOAL_STATUS[value])


def measurement_kind(key: str) -> str:
    """The name of a measurement kind in the UI language."""
    return _t(_MEASUREMENT[key]) if key in _MEASUREMENT else MEASUREMENT_KINDS[key].display


def unit(key: str) -> str:
    """The unit of a measurement kind as people write it (mmHg, °C)."""
    ucum = MEASUREMENT_KINDS[key].unit
    return _UNITS.get(ucum, ucum)


def rule_name(rule: Rule) -> str:
    """A short name of a rule that was overridden ("CAVE", "planned time")."""
    return _t(_RULES[rule]) if rule in _RULES else rule.value


def effect_ratings() -> list[str]:
    return [_t(text) for text in _EFFECT]


def common_reasons() -> list[str]:
    """Usual reasons a dose was not given, offered in the reason field."""
    return [_t(text) for text in _COMMON_REASONS]


def chapter9_label(key: str, language: str) -> str:
    """The label of a configured chapter 9 field (the configuration holds nb and en)."""
    for f in CHAPTER9_FIELDS:
        if f.key == key:
            return f.label_en if language == "en" else f.label_nb
    return key


_KIND_NAMES = {
    "worker": QT_TRANSLATE_NOOP("Labels", "Health worker"),
    "practitioner": QT_TRANSLATE_NOOP("Labels", "Health worker"),
    "client": QT_TRANSLATE_NOOP("Labels", "Client details"),
    "children_as_relatives": QT_TRANSLATE_NOOP("Labels", "Children as relatives"),
    "order": QT_TRANSLATE_NOOP("Labels", "Medication order"),
    "administration": QT_TRANSLATE_NOOP("Labels", "Dose record"),
    "effect_evaluation": QT_TRANSLATE_NOOP("Labels", "Effect evaluation"),
    "note": QT_TRANSLATE_NOOP("Labels", "Journal note"),
    "measurement": QT_TRANSLATE_NOOP("Labels", "Measurement"),
    "rating": QT_TRANSLATE_NOOP("Labels", "Client's own rating"),
    "substance_use": QT_TRANSLATE_NOOP("Labels", "Substance use"),
    "behaviour": QT_TRANSLATE_NOOP("Labels", "Behaviour record"),
    "incident": QT_TRANSLATE_NOOP("Labels", "Incident"),
    "chapter9": QT_TRANSLATE_NOOP("Labels", "Chapter 9 record"),
    "goal": QT_TRANSLATE_NOOP("Labels", "Goal"),
    "measure": QT_TRANSLATE_NOOP("Labels", "Measure"),
    "evaluation": QT_TRANSLATE_NOOP("Labels", "Evaluation"),
    "individual_plan": QT_TRANSLATE_NOOP("Labels", "Individual plan"),
    "responsibility_group": QT_TRANSLATE_NOOP("Labels", "Responsibility group"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "agreed_task": QT_TRANSLATE_NOOP("Labels", "Agreed task"),
    "ledger_receipt": QT_TRANSLATE_NOOP("Labels", "Controlled drugs: receipt"),
    "ledger_count": QT_TRANSLATE_NOOP("Labels", "Controlled drugs: count"),
    "ledger_waste": QT_TRANSLATE_NOOP("Labels", "Controlled drugs: waste"),
    "ledger_not_given": QT_TRANSLATE_NOOP("Labels", "Controlled drugs: dose not given"),
    "ledger_deviation": QT_TRANSLATE_NOOP("Labels", "Controlled drugs: deviation"),
    "assessment": QT_TRANSLATE_NOOP("Labels", "Assessment"),
    "analysis": QT_TRANSLATE_NOOP("Labels", "Analysis"),
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "audit": QT_TRANSLATE_NOOP("Labels", "Access log entry"),
}


def kind_name(kind: str) -> str:
    """What a record kind is called in the UI language (the kind itself if unknown)."""
    text = _KIND_NAMES.get(kind)
    return _t(text) if text else kind


_AUDIT_ACTION = {
    AuditAction.READ: QT_TRANSLATE_NOOP("Labels", "Opened the record"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("Labels", "Wrote"),
    AuditAction.CORRECT: QT_TRANSLATE_NOOP("Labels", "Corrected"),
    AuditAction.ENTER_IN_ERROR: QT_TRANSLATE_NOOP("Labels", "Marked entered in error"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("Labels", "Printed"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Exported"),
    AuditAction.PURGE: QT_TRANSLATE_NOOP("Labels", "Removed from this computer"),
}


def audit_action(action: AuditAction) -> str:
    """What an access-log action is called in the UI language."""
    return _t(_AUDIT_ACTION[action])
