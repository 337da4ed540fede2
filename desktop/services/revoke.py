"""A lost laptop can be revoked: the journal's key and files are destroyed (crypto-shredding).

The database is encrypted with a random key (keyring mode) or a key derived from
the passphrase and a random salt (passphrase mode); either way the key cannot be
had without the key info and, in keyring mode, the keyring entry. Destroying
those (overwritten, then removed) makes every copy of the encrypted file —
including one taken from the disk earlier, or left on an SSD's spare blocks —
unreadable for good, whatever happens to the file itself. The database files are
removed too. A small marker (no record content: the time, the reason, the
journal's id) says what happened, so the next start can say so.

The seam for the server-side revoke (the sync is another module and may not
import the services, so the services drive it):

1. At the first sync the engine registers this installation as a FHIR ``Device``
   (id = the journal's device id, ``status = active``).
2. At each server contact the engine reads that ``Device`` back and reports its
   status in the summary (``device_active``).
3. ``services.sync`` then calls :func:`handle_device_status` with it and with
   whether anything is still waiting. When the ``Device`` is ``inactive``:
   :func:`announce_revocation` writes the access-log line (which the engine
   sends like any other), the engine pushes everything pending, and once nothing
   that can be sent is waiting, :func:`crypto_shred` destroys the journal and
   its :class:`ShredReport` is what the window and the command line say.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.audit import AuditAction, AuditEvent
from ..store.keys import forget_key
from ..support.atomic_files import write_file_atomically
from ..support.paths import DB_FILE, KEY_COPY_FILE, KEY_INFO_FILE, SHREDDED_FILE, THROTTLE_FILE
from .facade import Ambulant

REVOKED_AT_KEY = "device.revoked_at"
REVOKED_DETAIL = "device revoked by the server: the journal on this device is destroyed after the last sync"


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
                f"maskinen er slettet ({self.at}). Kontakt IT-kontakten din.")

    @property
    def message_en(self) -> str:
        return (f"The municipality revoked this device. What was waiting has been sent, and the journal on this "
                f"computer was destroyed ({self.at}). Contact your IT contact.")


def announce_revocation(app: Ambulant) -> AuditEvent | None:
    """Write the access-log line that says the device was revoked (once: it is noted in the journal);
    the next push sends it. None when it was written before."""
    if app.db.get_setting(REVOKED_AT_KEY):
        return None
    event = app.db.log_access(app.worker, AuditAction.READ, app.clock(), None, REVOKED_DETAIL)
    app.db.set_setting(REVOKED_AT_KEY, app.clock().isoformat(timespec="seconds"))
    return event


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
