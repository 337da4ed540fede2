"""Translated names for the working model's enums (kartlegging, evaluation outcome, consent, chapter 9 sending,
substance use). The domain holds no UI text; :mod:`labels` has the older enums."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.assessment import AssessmentArea, AssessmentMethod, Participation
from ...domain.consent import ConsentKind
from ...domain.observation import Chapter9Recipient, SubstanceUse
from ...domain.plan import EvaluationOutcome, TaskOutcome

_CONTEXT = "PlanLabels"

_AREA = {
    AssessmentArea.DAILY_LIVING: QT_TRANSLATE_NOOP("PlanLabels", "Daily living"),
    AssessmentArea.HEALTH: QT_TRANSLATE_NOOP("PlanLabels", "Health"),
    AssessmentArea.HOUSING: QT_TRANSLATE_NOOP("PlanLabels", "Housing"),
    AssessmentArea.WORK_ACTIVITY: QT_TRANSLATE_NOOP("PlanLabels", "Work and activity"),
    AssessmentArea.NETWORK: QT_TRANSLATE_NOOP("PlanLabels", "Network and relatives"),
    AssessmentArea.SUBSTANCE_USE: QT_TRANSLATE_NOOP("PlanLabels", "Substance use"),
    AssessmentArea.OWN_VIEW: QT_TRANSLATE_NOOP("PlanLabels", "The client's own view"),
    AssessmentArea.OTHER: QT_TRANSLATE_NOOP("PlanLabels", "Other"),
}
_METHOD = {
    AssessmentMethod.CONVERSATION: QT_TRANSLATE_NOOP("PlanLabels", "Conversation"),
    AssessmentMethod.OBSERVATION: QT_TRANSLATE_NOOP("PlanLabels", "Observation"),
    AssessmentMethod.TOOL: QT_TRANSLATE_NOOP("PlanLabels", "A named tool"),
}
_PARTICIPATION = {
    Participation.TOOK_PART: QT_TRANSLATE_NOOP("PlanLabels", "The client took part"),
    Participation.PARTLY: QT_TRANSLATE_NOOP("PlanLabels", "The client took part in some of it"),
    Participation.DID_NOT: QT_TRANSLATE_NOOP("PlanLabels", "The client did not take part"),
}
_OUTCOME = {
    EvaluationOutcome.REACHED: QT_TRANSLATE_NOOP("PlanLabels", "Reached"),
    EvaluationOutcome.PARTLY: QT_TRANSLATE_NOOP("PlanLabels", "Partly reached"),
    EvaluationOutcome.NOT_REACHED: QT_TRANSLATE_NOOP("PlanLabels", "Not reached"),
}
_TASK_OUTCOME = {
    TaskOutcome.DONE: QT_TRANSLATE_NOOP("PlanLabels", "Done"),
    TaskOutcome.CONTINUED: QT_TRANSLATE_NOOP("PlanLabels", "Carried on"),
    TaskOutcome.DROPPED: QT_TRANSLATE_NOOP("PlanLabels", "Dropped"),
}
_CONSENT = {
    ConsentKind.PLAN: QT_TRANSLATE_NOOP("PlanLabels", "Consent to the plan"),
    ConsentKind.SHARING: QT_TRANSLATE_NOOP("PlanLabels", "Consent to share information"),
}
_RECIPIENT = {
    Chapter9Recipient.STATSFORVALTER: QT_TRANSLATE_NOOP("PlanLabels", "The Statsforvalter"),
    Chapter9Recipient.PROFESSIONAL_LEAD: QT_TRANSLATE_NOOP("PlanLabels", "The professional lead"),
}
_SUBSTANCE = {
    SubstanceUse.NONE_OBSERVED: QT_TRANSLATE_NOOP("PlanLabels", "None observed"),
    SubstanceUse.SUSPECTED: QT_TRANSLATE_NOOP("PlanLabels", "Suspected"),
    SubstanceUse.CONFIRMED: QT_TRANSLATE_NOOP("PlanLabels", "Confirmed"),
    SubstanceUse.NOT_ASSESSED: QT_TRANSLATE_NOOP("PlanLabels", "Not assessed"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def area(value: AssessmentArea) -> str:
    return _t(_AREA[value])


def method(value: AssessmentMethod) -> str:
    return _t(_METHOD[value])


def participation(value: Participation) -> str:
    return _t(_PARTICIPATION[value])


def outcome(value: EvaluationOutcome) -> str:
    return _t(_OUTCOME[value])


def task_outcome(value: TaskOutcome) -> str:
    return _t(_TASK_OUTCOME[value])


def consent_kind(value: ConsentKind) -> str:
    return _t(_CONSENT[value])


def recipient(value: Chapter9Recipient) -> str:
    return _t(_RECIPIENT[value])


def substance_use(value: SubstanceUse) -> str:
    return _t(_SUBSTANCE[value])
