"""The one object the window, the command line and the tests hold: every use case on one open journal.

Each use case lives in its own module (clients, colleagues, medication, observations,
plan, policy, records, sheets, status, sync); this class only puts them together.
"""

from __future__ import annotations

import dataclasses
from functools import cached_property
from typing import TYPE_CHECKING

from .assessment import AssessmentServices
from .caseload import CaseloadServices
from .clients import ClientServices
from .ledger import LedgerServices
from .medication import MedicationServices
from .observations import ObservationServices
from .plan import PlanServices
from .policy import PolicyServices
from .records import RecordServices
from .registrations import RegistrationServices
from .reports import ReportServices
from .sheets import SheetServices
from .status import StatusServices
from .views import ClientMarks

if TYPE_CHECKING:  # the sync engine (httpx, FHIR mapping) loads only when a sync is asked for
    from .sync import SyncService


class Ambulant(CaseloadServices, ClientServices, MedicationServices, ObservationServices, PlanServices,
               PolicyServices, RecordServices, SheetServices, StatusServices, LedgerServices, AssessmentServices,
               RegistrationServices, ReportServices):
    """The application's use cases for one unlocked journal and one worker."""

    def day_marks(self, client_id: str | None = None) -> dict[str, ClientMarks]:
        """Today's marks per client: the medication's (doses, follow-ups, late tasks) with the
        individual plan's revision date added where it is near or past."""
        marks = MedicationServices.day_marks(self, client_id)
        for cid, plan in self.plan_marks(client_id).items():
            base = marks.get(cid, plan)
            marks[cid] = dataclasses.replace(base, plan_revision=plan.plan_revision,
                                             plan_revision_overdue=plan.plan_revision_overdue)
        return marks

    @cached_property
    def sync(self) -> SyncService:
        """Sync now, settings, connection test, refused records (loaded on first use)."""
        from .sync import SyncService
        return SyncService(self.db, self.clock, self)

    def cipher_version(self) -> str:
        """The SQLCipher version the journal is encrypted with (the self-test reports it)."""
        return self.db.cipher_version()

    def close(self) -> None:
        """Close the journal; the object is unusable afterwards."""
        self.db.close()
