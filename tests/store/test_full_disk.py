"""A full disk refuses one entry with a clear message; everything saved before is still there, and the
worker can go on once there is space again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.services import Ambulant
from desktop.store.database import Database
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client

WRITER = Path(__file__).with_name("full_disk_writer.py")


def test_a_full_disk_loses_nothing_saved_and_says_so(data_dir: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    client_id = add_client(Ambulant(db)).client_id
    db.close()

    done = subprocess.run([sys.executable, str(WRITER), str(data_dir), client_id, "300000"],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    refused = [line for line in lines if line.startswith("refused ")]
    assert len(refused) == 1, done.stdout
    kind, message = refused[0].removeprefix("refused ").split("|", 1)
    assert kind in ("WriteFailed", "DiskFull")
    assert "Det siste ble ikke lagret" in message and "i behold" in message
    saved = [line.removeprefix("saved ") for line in lines if line.startswith("saved ")]
    assert len(saved) >= 5           # some notes went in before the disk was full, and one after

    db = Database.open(data_dir, PASSPHRASE)
    try:
        with db.reading() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = {n.meta.record_id for n in Ambulant(db).overview(Ambulant(db).get_client(client_id)).notes}
        assert notes == set(saved)    # every confirmed note, and not the refused one
        assert db.outbox.counts().pending == len(db.audit.for_client(client_id)) + len(saved) + 1
    finally:
        db.close()
