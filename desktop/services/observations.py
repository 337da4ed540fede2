"""Observations: journal notes, measurements, incidents, chapter 9."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..domain.numbers import parse_decimal
from ..domain.observation import (MEASUREMENT_KINDS, Chapter9Registration, Incident, JournalNote, Measurement,
                                  Severity, parse_blood_pressure)
from .base import ServiceBase


class ObservationServices(ServiceBase):
    """Observations use cases."""

    def write_note(self, client_id: str, text: str, at: dt.datetime | None = None,
                   category: str = "dagsrapport") -> JournalNote:
        """Write a journal note."""
        self.get_client(client_id)
        return self._save(JournalNote(self._meta(at), client_id, text.strip(), category))

    def record_measurement(self, client_id: str, kind: str, value: Decimal | str,
                           at: dt.datetime | None = None, comment: str = "",
                           diastolic: Decimal | None = None) -> Measurement:
        """Record a measurement; text values are read as Norwegian or English decimals.

        Blood pressure (kind ``blood_pressure``) is one value typed as "138/88", or the
        systolic ``value`` with ``diastolic``.
        """
        self.get_client(client_id)
        mk = MEASUREMENT_KINDS.get(kind)
        if isinstance(value, str) and mk is not None and mk.is_panel:
            value, diastolic = parse_blood_pressure(value)
        elif isinstance(value, str):
            value = parse_decimal(value, "value")
        return self._save(Measurement(self._meta(at), client_id, kind, value, comment.strip(), diastolic))

    def record_incident(self, client_id: str, description: str, severity: Severity,
                        actions: str = "", at: dt.datetime | None = None) -> Incident:
        """Record an incident."""
        self.get_client(client_id)
        return self._save(Incident(self._meta(at), client_id, description.strip(), severity, actions))

    def record_chapter9(self, client_id: str, start: dt.datetime, end: dt.datetime,
                        answers: dict[str, str], reported_to_statsforvalter: bool = False,
                        reported_to_professional_lead: bool = False) -> Chapter9Registration:
        """Register an emergency intervention (hol. kap. 9) with the configured fields.

        Sending the report later is recorded as a correction with the ``reported_to_*`` flags set.
        """
        self.get_client(client_id)
        # The municipality's form in force now goes with the registration (services.registrations).
        config = self.chapter9_config()  # type: ignore[attr-defined]
        registration = Chapter9Registration(self._meta(start), client_id, start, end,
                                            tuple((k, v.strip()) for k, v in answers.items()),
                                            reported_to_statsforvalter, reported_to_professional_lead,
                                            field_list=config.fields, code_system=config.code_system)
        return self._save(registration)   # the rules check the required fields (on corrections too)
