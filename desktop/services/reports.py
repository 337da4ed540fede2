"""Printouts other than the medication sheet: the chapter 9 report, the client's access log, and
responsibility-group minutes. Each is built in memory (a preview leaves no trace); printing or
saving one is an entry in the access log.

reportlab is imported inside the methods: only printing needs it.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.audit import AuditEvent
from ..domain.errors import DomainError
from ..domain.observation import Chapter9Registration
from ..domain.plan import AgreedTask, Meeting, ResponsibilityGroup
from .base import ServiceBase
from .report_views import AccessLogLine

# SQLite reads a negative LIMIT as "no limit": the printed log must hold every line.
_ALL = -1


class ReportServices(ServiceBase):
    """The chapter 9 report, the access log and the minutes: data, PDF bytes, saved files."""

    # -- chapter 9 -----------------------------------------------------------------------

    def chapter9_for_report(self, client_id: str, record_id: str | None = None) -> list[Chapter9Registration]:
        """The client's chapter 9 registrations (or the one ``record_id``), oldest first.

        Raises :class:`DomainError` for an unknown client or registration, a registration
        of another client, or when there is none.
        """
        self.get_client(client_id)
        if record_id is not None:
            registration = self._get(record_id.strip(), Chapter9Registration)
            if registration.client_id != client_id:
                raise DomainError("record", "Registreringen gjelder en annen bruker.",
                                  "The registration concerns another client.")
            return [registration]
        with self.db.reading():
            found = self.db.records.current("chapter9", client_id, include_in_error=False)
        if not found:
            raise DomainError("record", "Brukeren har ingen kapittel 9-registreringer.",
                              "The client has no chapter 9 registrations.")
        return found

    def chapter9_report_pdf(self, client_id: str, record_id: str | None = None) -> bytes:
        """The report as PDF bytes for a preview (call :meth:`log_report_printed` when it is printed)."""
        from ..sheets.chapter9_report import build_chapter9_report
        client = self.get_client(client_id)
        return build_chapter9_report(client, self.chapter9_for_report(client_id, record_id), self.worker,
                                     self.clock(), client.responsible_unit)

    def save_chapter9_report(self, client_id: str, path: Path, record_id: str | None = None) -> int:
        """Write the report to ``path`` (whole or not at all) and log it; returns the number of registrations."""
        from ..sheets.chapter9_report import write_chapter9_report
        client = self.get_client(client_id)
        registrations = self.chapter9_for_report(client_id, record_id)
        write_chapter9_report(client, registrations, self.worker, self.clock(), Path(path), client.responsible_unit)
        self.log_report_printed(client_id, "chapter9", "lagret som PDF", len(registrations))
        return len(registrations)

    # -- the access log ----------------------------------------------------------------------

    def access_log_lines(self, client_id: str) -> list[AccessLogLine]:
        """Every line of the client's access log, newest first: this device's, and those pulled
        from the server (:meth:`pulled_access_events`)."""
        self.get_client(client_id)
        with self.db.reading():
            local = self.db.audit.for_client(client_id, limit=_ALL)
        device = self.db.device_id
        seen = {e.event_id for e in local}
        events = local + [e for e in self.pulled_access_events(client_id) if e.event_id not in seen]
        events.sort(key=lambda e: e.at, reverse=True)
        return [AccessLogLine(e, e.device_id == device) for e in events]

    def pulled_access_events(self, client_id: str) -> list[AuditEvent]:
        """Access-log lines of *other* devices, pulled from the server's AuditEvents.

        The seam for the pull: until the sync stores pulled AuditEvents there are none.
        ``desktop.sync.fhir_access_log.audit_event_from_fhir`` reads one AuditEvent
        resource into the :class:`AuditEvent` this returns.
        """
        return []

    def access_log_pdf(self, client_id: str) -> bytes:
        """The access log as PDF bytes (for a preview)."""
        from ..sheets.access_log_sheet import build_access_log
        client = self.get_client(client_id)
        events = [line.event for line in self.access_log_lines(client_id)]
        return build_access_log(client, events, self.db.device_id, self.worker, self.clock())

    def save_access_log(self, client_id: str, path: Path) -> int:
        """Write the access log to ``path`` and log that it was printed; returns the number of lines."""
        from ..sheets.access_log_sheet import write_access_log
        client = self.get_client(client_id)
        events = [line.event for line in self.access_log_lines(client_id)]
        write_access_log(client, events, self.db.device_id, self.worker, self.clock(), Path(path))
        self.log_report_printed(client_id, "access_log", "lagret som PDF", len(events))
        return len(events)

    # -- minutes --------------------------------------------------------------------------

    def _minutes_parts(self, meeting_id: str) -> tuple[Meeting, ResponsibilityGroup, list[AgreedTask],
                                                       list[AgreedTask]]:
        meeting: Meeting = self._get(meeting_id, Meeting)
        group: ResponsibilityGroup = self._get(meeting.group_id, ResponsibilityGroup)
        with self.db.reading():
            tasks = self.db.records.current("agreed_task", meeting.client_id, include_in_error=False)
            # A reviewed task as it stood before this meeting changed it (its deadline then).
            reviewed = []
            for review in meeting.reviews:
                versions = self.db.records.history(review.task_id)
                before = [v for v in versions if v.reviewed_in != meeting_id] or versions
                if before:
                    reviewed.append(before[-1])
        agreed = sorted((t for t in tasks if t.meeting_id == meeting_id), key=lambda t: t.deadline)
        return meeting, group, agreed, reviewed

    def minutes_pdf(self, meeting_id: str) -> bytes:
        """The minutes of a meeting as PDF bytes (for a preview)."""
        from ..sheets.minutes_sheet import build_minutes
        meeting, group, agreed, reviewed = self._minutes_parts(meeting_id)
        return build_minutes(self.get_client(meeting.client_id), group, meeting, agreed, reviewed, self.worker,
                             self.clock())

    def save_minutes(self, meeting_id: str, path: Path) -> Meeting:
        """Write the minutes to ``path`` and log the print."""
        from ..sheets.minutes_sheet import write_minutes
        meeting, group, agreed, reviewed = self._minutes_parts(meeting_id)
        write_minutes(self.get_client(meeting.client_id), group, meeting, agreed, reviewed, self.worker,
                      self.clock(), Path(path))
        self.log_report_printed(meeting.client_id, "minutes", "lagret som PDF", 1)
        return meeting

    # -- the audit entry ------------------------------------------------------------------

    def log_report_printed(self, client_id: str, report: str, destination: str = "skriver", count: int = 1) -> None:
        """Audit entry for a printed or saved report: ``report`` is 'chapter9', 'access_log' or 'minutes'."""
        names = {"chapter9": f"kapittel 9-rapport ({count} registrering{'er' if count != 1 else ''})",
                 "access_log": f"innsynslogg ({count} linjer)", "minutes": "referat fra ansvarsgruppemøte"}
        self.log_print(client_id, f"{names[report]}, {destination}")  # type: ignore[attr-defined]
