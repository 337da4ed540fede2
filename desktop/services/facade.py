"""The one object the window, the command line and the tests hold: every use case on one open journal.

Each use case lives in its own module (clients, medication, observations, plan,
records, sheets, status, sync); this class only puts them together.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .caseload import CaseloadServices
from .clients import ClientServices
from .medication import MedicationServices
from .observations import ObservationServices
from .plan import PlanServices
from .records import RecordServices
from .sheets import SheetServices
from .status import StatusServices

if TYPE_CHECKING:  # the sync engine (httpx, FHIR mapping) loads only when a sync is asked for
    from .sync import SyncService


class Ambulant(CaseloadServices, ClientServices, MedicationServices, ObservationServices, PlanServices,
               RecordServices, SheetServices, StatusServices):
    """The application's use cases for one unlocked journal and one worker."""

    @cached_property
    def sync(self) -> SyncService:
        """Sync now, settings, connection test, refused records (loaded on first use)."""
        from .sync import SyncService
        return SyncService(self.db, self.clock)

    def cipher_version(self) -> str:
        """The SQLCipher version the journal is encrypted with (the self-test reports it)."""
        return self.db.cipher_version()

    def close(self) -> None:
        """Close the journal; the object is unusable afterwards."""
        self.db.close()
