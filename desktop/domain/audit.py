"""The access log as a domain fact: who read, wrote or printed what about which client, and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .records import WorkerRef


class AuditAction(str, Enum):
    READ = "read"
    CREATE = "create"
    CORRECT = "correct"
    ENTER_IN_ERROR = "entered-in-error"
    PRINT = "print"
    EXPORT = "export"
    PURGE = "purge"     # a client's records removed from this device (left the caseload, all confirmed)


@dataclass(frozen=True)
class AuditEvent:
    """One line of the access log (FHIR AuditEvent when synced)."""

    event_id: str
    at: dt.datetime
    actor: WorkerRef
    action: AuditAction
    client_id: str | None
    record_id: str | None
    detail: str
    device_id: str
