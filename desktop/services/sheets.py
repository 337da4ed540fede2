"""The medication sheet: its data, the PDF, and the audit entry for each print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..domain import medication_rules as rules
from ..domain.medication import (
    MedicationOrder,
)
from ..sheets.sheet_model import DEFAULT_DAYS, check_period, select_orders
from .base import ServiceBase
from .views import MedicationSheetData


class SheetServices(ServiceBase):
    """The medication sheet use cases."""

    def sheet_data(self, client_id: str, start: dt.date | None = None,
                   days: int = DEFAULT_DAYS) -> MedicationSheetData:
        """The client, the medication list and the printing worker for a sheet (no audit entry).

        ``start`` defaults to today. Raises DomainError for a bad period or an
        unknown client before anything is read.
        """
        start = start or self.clock().astimezone(rules.LOCAL_TZ).date()
        check_period(start, days)
        client = self.get_client(client_id)
        return MedicationSheetData(client, self.orders(client_id), start, days, self.worker, self.clock(),
                                   client.responsible_unit, self.policy)

    def medication_sheet_pdf(self, client_id: str, start: dt.date | None = None,
                             days: int = DEFAULT_DAYS) -> bytes:
        """The medication sheet as PDF bytes, for a preview (call :meth:`log_sheet_printed` when printed)."""
        # reportlab is imported here, not at start-up: only printing needs it.
        from ..sheets.medication_sheet import build_medication_sheet
        data = self.sheet_data(client_id, start, days)
        return build_medication_sheet(data.client, data.orders, data.start, data.days, data.printed_by,
                                      data.printed_at, data.responsible_unit, data.policy)

    def log_sheet_printed(self, client_id: str, start: dt.date, days: int, destination: str = "skriver") -> None:
        """Audit entry for a printed or saved medication sheet: who (the worker), which client, which period."""
        self._log_sheet(client_id, start, days, self.orders(client_id), destination)

    def _log_sheet(self, client_id: str, start: dt.date, days: int, orders: list[MedicationOrder],
                   destination: str) -> None:
        period = check_period(start, days)
        version = select_orders(orders, period).version.code
        self.log_print(client_id, f"legemiddelark {period.label()}, listeversjon {version}, {destination}")

    def save_medication_sheet(self, client_id: str, path: Path, start: dt.date | None = None,
                              days: int = DEFAULT_DAYS) -> MedicationSheetData:
        """Write the medication sheet to ``path`` (whole or not at all) and log the print."""
        from ..sheets.medication_sheet import write_medication_sheet
        data = self.sheet_data(client_id, start, days)
        write_medication_sheet(data.client, data.orders, data.start, data.days, data.printed_by,
                               data.printed_at, Path(path), data.responsible_unit, data.policy)
        self._log_sheet(client_id, data.start, data.days, data.orders, "lagret som PDF")
        return data
