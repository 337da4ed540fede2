"""The view types the UI and the command line read (frozen dataclasses, no behaviour)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..domain import medication_rules as rules
from ..domain.clients import ChildrenAsRelatives, Client
from ..domain.medication import (
    Administration,
    DoubleCheckPolicy,
    MedicationOrder,
)
from ..domain.assessment import Analysis, Assessment
from ..domain.consent import Consent
from ..domain.observation import (BehaviourRegistration, Chapter9Registration, ClientRating, Incident, JournalNote,
                                  Measurement, SubstanceUseStatus)
from ..domain.plan import (
    AgreedTask,
    Evaluation,
    Goal,
    IndividualPlan,
    Measure,
    Meeting,
    ResponsibilityGroup,
)
from ..domain.records import WorkerRef
from ..store.outbox import OutboxCounts


@dataclass(frozen=True)
class Status:
    """What is in the database and what waits for the server."""

    clients: int
    records: dict[str, int]
    outbox: OutboxCounts
    worker: WorkerRef
    last_sync: str | None
    device_id: str = ""     # this laptop's FHIR Device id on the server (what IT sets inactive to revoke it)

    def as_json(self) -> dict[str, Any]:
        return {"clients": self.clients, "records": self.records,
                "outbox": dataclasses.asdict(self.outbox),
                "worker": {"name": self.worker.name, "hpr": self.worker.hpr},
                "last_sync": self.last_sync, "device": self.device_id}


@dataclass(frozen=True)
class SyncStatus:
    """The status bar's line: records waiting to be sent, failed ones, the last sync, who is signed in."""

    pending: int
    failed: int
    last_sync: str | None
    worker: WorkerRef


@dataclass(frozen=True)
class ClientOverview:
    """Everything the three tabs show for one client, read in one go."""

    client: Client
    orders: list[MedicationOrder]
    doses_today: list[rules.DueDose]
    prn_administrations: list[Administration]
    follow_ups: list[rules.PendingFollowUp]
    notes: list[JournalNote]
    measurements: list[Measurement]
    incidents: list[Incident]
    chapter9: list[Chapter9Registration]
    children: ChildrenAsRelatives | None
    goals: list[Goal]
    measures: list[Measure]
    evaluations: list[Evaluation]
    individual_plan: IndividualPlan | None
    groups: list[ResponsibilityGroup]
    meetings: list[Meeting]
    tasks: list[AgreedTask]
    # The working model and the registrations for målrettet miljøarbeid (services.assessment,
    # services.registrations); defaults keep older callers working.
    assessments: list[Assessment] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    ratings: list[ClientRating] = field(default_factory=list)
    substance_use: list[SubstanceUseStatus] = field(default_factory=list)
    behaviours: list[BehaviourRegistration] = field(default_factory=list)


@dataclass(frozen=True)
class MedicationSheetData:
    """Everything the medication sheet is built from (the arguments of ``build_medication_sheet``)."""

    client: Client
    orders: list[MedicationOrder]
    start: dt.date
    days: int
    printed_by: WorkerRef
    printed_at: dt.datetime
    responsible_unit: str
    policy: DoubleCheckPolicy


@dataclass(frozen=True)
class ClientMarks:
    """What needs attention for one client today (marks in the client list)."""

    doses_left: int          # planned doses today not yet signed (upcoming, due or overdue)
    overdue_doses: int
    overdue_follow_ups: int  # as-needed doses waiting for their effect evaluation, and late agreed tasks
    counts_due: int = 0      # controlled-drug ledgers to count today (services/ledger.py)
    plan_revision: dt.date | None = None   # the individual plan's revision date, when it is near or past
    plan_revision_overdue: bool = False

    @property
    def any(self) -> bool:
        return bool(self.doses_left or self.overdue_doses or self.overdue_follow_ups or self.counts_due
                    or self.plan_revision)


@dataclass(frozen=True)
class FailedSyncRecord:
    """An outbox row the server refused, described for the failures list: what, whose, when, and why."""

    seq: int
    kind: str                   # the record kind ("note", "administration", …) or "audit"
    client_name: str | None     # the client it is about, when it is about one
    at: dt.datetime | None      # when it happened (the record's event time, the audit event's time)
    reason: str                 # the server's own words (OperationOutcome text)


# The newest journal notes an overview reads (the window asks for fewer, then more on request).
NOTES_LIMIT = 200
