"""Wrong passphrases slow down: after a few in a row, each further try has to wait longer.

scrypt makes one guess cost a fraction of a second; without more, someone at
an unlocked laptop could still try thousands of passphrases in an evening. The
first :data:`FREE_TRIES` wrong passphrases in a row cost nothing extra (people
mistype); after that the next try must wait :data:`FIRST_WAIT_S`, then twice as
long after each further failure, up to :data:`MAX_WAIT_S`. The count survives a
restart: it is kept in a small file beside the database
(``ambulant-unlock.json``, written atomically), never in the database, so a
wrong passphrase changes no byte of the journal. A right passphrase resets it.

This slows guessing through the app. Someone who copies the files can guess
offline at the KDF's pace; that is what the KDF cost and the keyring are for.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.clock import utcnow
from ..support.atomic_files import write_file_atomically
from .errors import UnlockThrottled

FREE_TRIES = 5
FIRST_WAIT_S = 2
MAX_WAIT_S = 300
_FORMAT = "ambulant-unlock-throttle/1"

Clock = Callable[[], dt.datetime]


def wait_after(failures: int) -> int:
    """Seconds the next try waits after ``failures`` wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** min(failures - FREE_TRIES, 30))


@dataclass(frozen=True)
class ThrottleState:
    failures: int = 0
    last_failure: dt.datetime | None = None


class UnlockThrottle:
    """The wrong-passphrase count for one data folder, read from and written to ``path``."""

    def __init__(self, path: Path, clock: Clock = utcnow) -> None:
        self.path = Path(path)
        self.clock = clock

    def state(self) -> ThrottleState:
        """The stored count; a missing or unreadable file counts as none (deleting it is no gain:
        whoever can delete it can copy the files and guess offline)."""
        try:
            with open(self.path, "rb") as handle:
                data = json.loads(handle.read(4096).decode("utf-8"))
            if data.get("format") != _FORMAT:
                return ThrottleState()
            failures = int(data["failures"])
            last = dt.datetime.fromisoformat(data["last_failure"]) if data.get("last_failure") else None
            if failures < 0 or (last is not None and last.tzinfo is None):
                return ThrottleState()
            return ThrottleState(failures, last)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            return ThrottleState()

    def wait_seconds(self) -> int:
        """How long until the next try is allowed (0: now)."""
        state = self.state()
        wait = wait_after(state.failures)
        if wait == 0 or state.last_failure is None:
            return 0
        now = self.clock()
        # A clock set back must not lock anyone out for longer than one wait.
        allowed_at = min(state.last_failure, now) + dt.timedelta(seconds=wait)
        return max(0, math.ceil((allowed_at - now).total_seconds()))

    def check(self) -> None:
        """Raise :class:`UnlockThrottled` while a wait is running."""
        wait = self.wait_seconds()
        if wait > 0:
            raise UnlockThrottled(wait)

    def failed(self) -> int:
        """Count a wrong passphrase; returns the wait the next try will have."""
        failures = self.state().failures + 1
        self._write(ThrottleState(failures, self.clock()))
        return wait_after(failures)

    def succeeded(self) -> None:
        """A right passphrase: the count starts again (its file goes; nothing is written when there is none)."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass

    def _write(self, state: ThrottleState) -> None:
        data = {"format": _FORMAT, "failures": state.failures,
                "last_failure": state.last_failure.isoformat() if state.last_failure else None}
        try:
            write_file_atomically(self.path, json.dumps(data).encode())
        except OSError:
            pass   # a read-only folder: the try still failed; the wait just cannot be kept
