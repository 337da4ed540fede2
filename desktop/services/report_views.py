"""View types of the printouts and the working model that the UI and the command line read."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.audit import AuditEvent


@dataclass(frozen=True)
class AccessLogLine:
    """One line of a client's access log and whether it was written on this device."""

    event: AuditEvent
    this_device: bool
