"""A lost laptop can be revoked: the journal's key and files are destroyed (crypto-shredding).

The database is encrypted with a random key (keyring mode) or a key derived from
the passphrase and a random salt (passphrase mode); either way the key cannot be
had without the key info and, in keyring mode, the keyring entry. Destroying
those (overwritten, then removed) makes every copy of the encrypted file —
including one taken from the disk earlier, or left on an SSD's spare blocks —
unreadable for good, whatever happens to the file itself. The database files are
removed too. A small marker (no record content: the time, the reason, the
journal's id) says what happened, so the next start can say so.

How the server revokes it (``desktop.sync.device`` reads the Device; the sync may not
import the services, so the services decide — :func:`settle_device`, called by
``services.sync`` after every run that reached the server):

1. At the first contact the sync registers this installation as a FHIR ``Device``
   (id = the journal's device id, ``status = active``); at every contact it reads it back.
2. When municipal IT has set it ``inactive``: the access-log line saying so is written
   (:func:`announce_revocation`), client data is shut (``services.retention``), and the
   sync runs again at once to send that line and everything else not yet confirmed.
3. Once nothing written on this laptop is unconfirmed, :func:`crypto_shred` destroys the
   journal, and its :class:`ShredReport` is what the window and the command line say.
   Records the server refused stay (nothing is lost): the laptop keeps them shut and
   tries again at every contact, and the message asks for the IT contact.
4. A Device set back to ``active`` before that opens client data again (logged).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.audit import AuditAction, AuditEvent
from ..domain.clock import local_text
from ..store.keys import forget_key
from ..support.atomic_files import write_file_atomically
from ..support.paths import DB_FILE, KEY_COPY_FILE, KEY_INFO_FILE, SHREDDED_FILE, THROTTLE_FILE
from ..sync.summary import SyncOutcome, SyncSummary
from .retention import REVOKED_AT_KEY

if TYPE_CHECKING:
    from .facade import Ambulant

REVOKED_DETAIL = "device revoked by the server: the journal on this device is destroyed after the last sync"
REINSTATED_DETAIL = "device active again on the server: client data opened"


@dataclass(frozen=True)
class ShredReport:
    """What was destroyed, and when."""

    data_dir: Path
    at: str
    destroyed: tuple[str, ...]
    keyring_entry_removed: bool

    @property
    def message_nb(self) -> str:
        return (f"Kommunen har trukket tilbake denne enheten. Det som ventet, er sendt, og journalen på denne "
                f"maskinen er slettet ({local_text(dt.datetime.fromisoformat(self.at))}). Kontakt IT-kontakten din.")

    @property
    def message_en(self) -> str:
        return (f"The municipality revoked this device. What was waiting has been sent, and the journal on this "
                f"computer was destroyed ({local_text(dt.datetime.fromisoformat(self.at))}). Contact your IT contact.")


def announce_revocation(app: Ambulant) -> AuditEvent | None:
    """Write the access-log line that says the device was revoked (once: it is noted in the journal);
    the next push sends it. None when it was written before."""
    if app.db.get_setting(REVOKED_AT_KEY):
        return None
    event = app.db.log_access(app.worker, AuditAction.READ, app.clock(), None, REVOKED_DETAIL)
    app.db.set_setting(REVOKED_AT_KEY, app.clock().isoformat(timespec="seconds"))
    return event


def reinstate(app: Ambulant) -> AuditEvent | None:
    """The server holds the Device as active again before the journal was destroyed: open client data
    (logged). None when it was not revoked."""
    if not app.db.get_setting(REVOKED_AT_KEY):
        return None
    event = app.db.log_access(app.worker, AuditAction.READ, app.clock(), None, REINSTATED_DETAIL)
    app.db.set_setting(REVOKED_AT_KEY, "")
    return event


def unconfirmed(summary: SyncSummary) -> int:
    """Rows written here that the server has not confirmed after a run: waiting, refused or in conflict."""
    return summary.waiting + summary.failed_total + summary.conflicts


def settle_device(app: Ambulant, summary: SyncSummary, send_again: Callable[[], SyncSummary]) -> SyncSummary:
    """Act on what a sync learnt about this laptop's Device (see the module docstring).

    ``send_again`` runs one more push (the revoke's own log line and what still waits). Returns
    the summary to show: the run's, or both runs' with the revoke's message and, once the journal
    is gone, ``journal_destroyed``.
    """
    if summary.device_active is None:
        return summary
    if summary.device_active:
        reinstate(app)
        return summary
    combined = summary
    report = handle_device_status(app, False, unconfirmed(summary))
    if report is None:
        again = send_again()
        combined = _both(summary, again)
        if again.outcome not in (SyncOutcome.UNREACHABLE, SyncOutcome.CANCELLED):
            report = handle_device_status(app, False, unconfirmed(again))
    if report is not None:
        return replace(combined, journal_destroyed=True, message_nb=report.message_nb, message_en=report.message_en)
    left = unconfirmed(combined)
    return replace(combined,
                   message_nb=(f"Kommunen har trukket tilbake denne enheten. {left} oppføringer er ennå ikke "
                               "bekreftet av serveren; journalen slettes når de er sendt. Brukerdata er stengt. "
                               "Kontakt IT-kontakten din."),
                   message_en=(f"The municipality revoked this device. {left} records are not yet confirmed by "
                               "the server; the journal is destroyed once they are sent. Client data is closed. "
                               "Contact your IT contact."))


def _both(first: SyncSummary, again: SyncSummary) -> SyncSummary:
    """One summary for the run and the push after it: counts added, the state after the second."""
    return replace(again, sent=first.sent + again.sent, failed=first.failed + again.failed,
                   round_trips=first.round_trips + again.round_trips, bytes_sent=first.bytes_sent + again.bytes_sent,
                   seconds=first.seconds + again.seconds, json_bytes=first.json_bytes + again.json_bytes,
                   pull=first.pull, device_active=False, clock_skew_seconds=first.clock_skew_seconds,
                   clock_warning_nb=first.clock_warning_nb, clock_warning_en=first.clock_warning_en)


def handle_device_status(app: Ambulant, device_active: bool, waiting: int) -> ShredReport | None:
    """The hook the sync calls after reading its ``Device``: nothing while it is active; when it is
    inactive, the announcement first (sent with the rest), and the shredding once ``waiting``
    (rows that can still be sent) is 0. Returns the report once the journal is destroyed."""
    if device_active:
        return None
    if announce_revocation(app) is not None or waiting > 0:
        return None          # the engine sends the announcement and what waits, then calls again
    return crypto_shred(app, "device revoked")


def crypto_shred(app: Ambulant, reason: str) -> ShredReport:
    """Destroy the journal: key copies overwritten and removed, keyring entry removed, files removed.

    The app is closed first and unusable afterwards. Leaves ``ambulant-shredded.json``.
    """
    db = app.db
    data_dir = db.files.data_dir
    info = db.key_info
    at = app.clock().isoformat(timespec="seconds")
    app.close()
    destroyed: list[str] = []
    keyring_removed = False
    if info is not None:
        forget_key(info)
        keyring_removed = info.mode.value == "keyring"
    key_files = [data_dir / KEY_INFO_FILE, data_dir / KEY_COPY_FILE,
                 *data_dir.glob(f"{KEY_INFO_FILE}.*"), *data_dir.glob(f"{KEY_COPY_FILE}.*")]
    for path in key_files:
        if _overwrite_and_remove(path):
            destroyed.append(path.name)
    data_files = [data_dir / DB_FILE, data_dir / f"{DB_FILE}-wal", data_dir / f"{DB_FILE}-shm",
                  *data_dir.glob(f"{DB_FILE}.*"), data_dir / THROTTLE_FILE]
    for path in data_files:
        if path.exists():
            path.unlink()
            destroyed.append(path.name)
    marker = {"format": "ambulant-shredded/1", "at": at, "reason": reason,
              "database_id": info.database_id if info is not None else None}
    write_file_atomically(data_dir / SHREDDED_FILE, json.dumps(marker).encode())
    return ShredReport(data_dir, at, tuple(sorted(set(destroyed))), keyring_removed)


def _overwrite_and_remove(path: Path) -> bool:
    """Random bytes over the file's content (durably), then remove it; False when it was not there."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    with open(path, "r+b") as handle:
        handle.write(os.urandom(max(size, 1)))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    return True
