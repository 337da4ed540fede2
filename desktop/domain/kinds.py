"""The kinds of record the app keeps, by the name the store and sync use."""

from __future__ import annotations

from typing import Any

from .assessment import Analysis, Assessment
from .clients import ChildrenAsRelatives, Client, Worker
from .ledger import LEDGER_RECORD_KINDS
from .consent import Consent
from .medication import Administration, EffectEvaluation, MedicationOrder
from .observation import (BehaviourRegistration, Chapter9Registration, ClientRating, Incident,
                          JournalNote, Measurement, SubstanceUseStatus)
from .plan import (AgreedTask, Evaluation, Goal, IndividualPlan, Measure, Meeting,
                   ResponsibilityGroup)

RECORD_KINDS: dict[str, type] = {
    "worker": Worker,
    "client": Client,
    "children_as_relatives": ChildrenAsRelatives,
    "order": MedicationOrder,
    "administration": Administration,
    "effect_evaluation": EffectEvaluation,
    "note": JournalNote,
    "measurement": Measurement,
    "rating": ClientRating,
    "substance_use": SubstanceUseStatus,
    "behaviour": BehaviourRegistration,
    "incident": Incident,
    "chapter9": Chapter9Registration,
    "goal": Goal,
    "measure": Measure,
    "evaluation": Evaluation,
    "individual_plan": IndividualPlan,
    "responsibility_group": ResponsibilityGroup,
    "meeting": Meeting,
    "agreed_task": AgreedTask,
    **LEDGER_RECORD_KINDS,   # the controlled-drug ledger (domain/ledger.py)
    "assessment": Assessment,
    "analysis": Analysis,
    "consent": Consent,
}

_KIND_OF: dict[type, str] = {cls: kind for kind, cls in RECORD_KINDS.items()}

# Kinds counted as observations in status summaries.
OBSERVATION_KINDS = ("measurement", "rating", "substance_use", "behaviour", "incident", "chapter9")


def kind_of(record: Any) -> str:
    """The kind name of a record instance."""
    return _KIND_OF[type(record)]


def client_id_of(record: Any) -> str | None:
    """The client a record belongs to (a client record belongs to itself)."""
    if isinstance(record, Client):
        return record.meta.record_id
    return getattr(record, "client_id", None)
