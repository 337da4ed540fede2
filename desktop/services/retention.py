"""Data on the device is bounded: too long without a successful server contact, client data stays shut.

Normen (fact sheets 18 and 30): keep on a laptop only what the work needs, for
as long as it needs it. A laptop that has not reached the municipal server for
:data:`DEFAULT_RETENTION_DAYS` days (configurable per journal; 0 turns it off, as
for the demo) may be lost or out of use: the services then refuse to show client
data (:class:`~desktop.store.errors.ClientDataLocked`) until a sync succeeds.
Nothing is deleted, and the sync itself is still allowed, so what waits is sent
and the lock lifts with it. The first refusal of a session is written to the
access log (and so reaches the server with the next sync).

The clock starts at the last successful sync (the ``last_sync`` setting the sync
engine writes), or at the journal's creation when it never synced.

A laptop the municipality revoked (``desktop.services.revoke``) shuts client data the
same way, until the sync has sent everything and the journal is destroyed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.audit import AuditAction
from ..domain.errors import DomainError
from ..store.errors import ClientDataLocked, DeviceRevoked, StoreError
from ..sync.settings import LAST_SYNC_KEY

if TYPE_CHECKING:
    from .base import ServiceBase

DEFAULT_RETENTION_DAYS = 14
RETENTION_DAYS_KEY = "retention.days_without_server_contact"
CREATED_AT_KEY = "created_at"
REFUSAL_DETAIL = "retention: client data locked until the next successful sync"
REVOKED_AT_KEY = "device.revoked_at"     # set while the server says this laptop is revoked
REVOKED_REFUSAL_DETAIL = "device revoked: client data locked until the journal is destroyed"


@dataclass(frozen=True)
class RetentionStatus:
    """How long since the server was reached, and whether client data is shut because of it."""

    limit_days: int                    # 0: no limit
    last_server_contact: dt.datetime | None
    counted_from: dt.datetime | None   # the last contact, or the journal's creation
    days_without_contact: int

    @property
    def locked(self) -> bool:
        return self.limit_days > 0 and self.days_without_contact >= self.limit_days


def _parse(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.timezone.utc)


def last_server_contact(services: ServiceBase) -> dt.datetime | None:
    """When a sync last finished with the server answering (None: never)."""
    return _parse(services.db.get_setting(LAST_SYNC_KEY))


def retention_days(services: ServiceBase) -> int:
    """The configured limit in days (0: off)."""
    text = services.db.get_setting(RETENTION_DAYS_KEY)
    try:
        return max(0, int(text)) if text is not None else DEFAULT_RETENTION_DAYS
    except ValueError:
        return DEFAULT_RETENTION_DAYS


def set_retention_days(services: ServiceBase, days: int) -> None:
    """Set the limit (whole days, 0 to 365; 0 turns it off)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365:
        raise DomainError("retention_days", "Oppbevaringstiden må være et helt antall dager fra 0 til 365.",
                          "The retention must be a whole number of days from 0 to 365.")
    services.db.set_setting(RETENTION_DAYS_KEY, str(days))


def retention_status(services: ServiceBase) -> RetentionStatus:
    """The limit, the last contact and the days since (by the services' clock)."""
    limit = retention_days(services)
    contact = last_server_contact(services)
    since = contact or _parse(services.db.get_setting(CREATED_AT_KEY))
    days = 0
    if since is not None:
        days = max(0, (services.clock() - since).days)   # a clock set back counts as no time
    return RetentionStatus(limit, contact, since, days)


def client_data_shut(services: ServiceBase) -> ClientDataLocked | None:
    """Why client data is shut now (the device revoked, or the retention ran out), else None."""
    if services.db.get_setting(REVOKED_AT_KEY):
        with services.db.reading():
            counts = services.db.outbox.counts()
        return DeviceRevoked(counts.pending + counts.failed + counts.conflict)
    status = retention_status(services)
    return ClientDataLocked(status.days_without_contact, status.limit_days) if status.locked else None


def require_client_access(services: ServiceBase) -> None:
    """Raise :class:`ClientDataLocked` when client data is shut (the first refusal of a session logged)."""
    shut = client_data_shut(services)
    if shut is None:
        return
    if not getattr(services, "_retention_refusal_logged", False):
        with contextlib.suppress(StoreError):   # a full disk must not hide why the data is shut
            detail = REVOKED_REFUSAL_DETAIL if isinstance(shut, DeviceRevoked) else REFUSAL_DETAIL
            services.db.log_access(services.worker, AuditAction.READ, services.clock(), None, detail)
            services._retention_refusal_logged = True  # type: ignore[attr-defined]
    raise shut
