"""One try of a passphrase on a data folder: throttled, on every copy of the key info, nothing written
but the wrong-passphrase count.

Used by :meth:`Database.open` and by the read-only ``check`` and ``repair``, which
must not restore key copies or migrate anything.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from ..domain.clock import utcnow
from .errors import JournalShredded, WrongPassphrase
from .key_copies import UnlockedKey, unlock_from_copies
from .keys import passphrase_forms
from .unlock_throttle import UnlockThrottle


class JournalFiles(Protocol):
    """What :class:`desktop.store.database.DatabaseFiles` offers (not imported: it imports us)."""

    data_dir: Path

    @property
    def throttle(self) -> Path: ...


def unlock_journal(files: JournalFiles, passphrase: str,
                   clock: Callable[[], dt.datetime] = utcnow) -> UnlockedKey:
    """The key of the journal in ``files`` for ``passphrase``.

    :class:`~desktop.store.errors.UnlockThrottled` while a wait after wrong passphrases
    runs; a wrong passphrase is counted (the count file is the only thing written).
    """
    throttle = UnlockThrottle(files.throttle, clock)
    throttle.check()
    try:
        unlocked = unlock_from_copies(files.data_dir, passphrase_forms(passphrase))
    except WrongPassphrase:
        throttle.failed()
        raise
    throttle.succeeded()
    return unlocked


def raise_if_shredded(marker: Path, data_dir: str) -> None:
    """Say so when the journal here was destroyed on the server's request (see services/revoke.py)."""
    try:
        with open(marker, "rb") as handle:
            at = json.loads(handle.read(4096).decode("utf-8")).get("at", "")
    except (OSError, ValueError, AttributeError, RecursionError):
        return
    raise JournalShredded(data_dir, str(at))
