"""What a sync run tells its caller: the outcome, the progress while it runs, the end-of-shift summary.

Plain values (no HTTP, no database): the window, the command line and the tests read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .pull import PullSummary


class SyncOutcome(str, Enum):
    COMPLETE = "complete"          # nothing pending or failed
    INCOMPLETE = "incomplete"      # reached the server; some rows failed or wait
    UNREACHABLE = "unreachable"    # no usable server (down, offline, refused login, stopped mid-way)
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class SyncProgress:
    """Where a running sync is, for a progress bar and a status line."""

    phase: str            # "connecting", "sending", "waiting", "receiving" (the pull), "done"
    total: int            # rows to send in this run
    sent: int
    failed: int
    round_trips: int
    message_nb: str = ""
    received: int = 0     # resources received from the server so far (the pull)


@dataclass(frozen=True)
class FailedRecord:
    """A row (or a Practitioner, seq None) the server refused, with its reason."""

    seq: int | None
    kind: str
    ref: str
    reason: str


@dataclass(frozen=True)
class SyncSummary:
    """The end-of-shift summary: sent, failed with reasons, waiting."""

    outcome: SyncOutcome
    sent: int
    failed: list[FailedRecord]
    waiting: int                 # rows still pending after the run
    failed_total: int            # rows in the failed state after the run (this run's and earlier)
    round_trips: int
    bytes_sent: int
    seconds: float
    message_nb: str
    message_en: str
    waiting_reasons: list[str] = field(default_factory=list)
    json_bytes: int = 0          # the Bundles' JSON before gzip (bytes_sent is what went on the wire)
    conflicts: int = 0           # rows in the conflict state (412: changed on the server by someone else)
    clock_skew_seconds: float | None = None   # device clock minus the server's Date (positive: device ahead)
    clock_warning_nb: str = ""   # set when the clocks differ by more than a few minutes
    clock_warning_en: str = ""
    pull: PullSummary | None = None   # what came down from the server after the push (None: no pull ran)
    device_active: bool | None = None   # this laptop's Device: True active, False revoked, None not known
    journal_destroyed: bool = False     # set by the services: the revoke destroyed the journal after this run

    @property
    def exit_code(self) -> int:
        """0 all synced, 1 some failed or waiting, 2 the server could not be reached."""
        if self.outcome is SyncOutcome.COMPLETE:
            return 0
        if self.outcome is SyncOutcome.INCOMPLETE:
            return 1
        return 2
