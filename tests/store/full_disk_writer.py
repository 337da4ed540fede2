"""A writer for the full-disk test: writes journal notes until the file-size limit stops a write.

Usage: python full_disk_writer.py DATA_DIR CLIENT_ID BUDGET_BYTES  (passphrase on the first line of stdin)

RLIMIT_FSIZE stands in for a full disk (no mount needed): a write past it
fails like one on a full disk. Prints "saved <record id>" after each committed
note, "refused <error class>|<Norwegian message>" for the refused one, and,
after the limit is lifted again, "saved" for one more note: the worker can go
on once there is space.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.store.errors import StoreError


def main() -> None:
    data_dir, client_id, budget = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = Ambulant(Database.open(data_dir, sys.stdin.readline().rstrip("\n")))
    used = sum(p.stat().st_size for p in data_dir.iterdir())
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # a failed write, not a killed process
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (used + budget, hard))
    n = 0
    while True:
        n += 1
        try:
            note = app.write_note(client_id, f"Notat {n}. " + "x" * 4000)
        except StoreError as exc:
            print(f"refused {type(exc).__name__}|{exc.message_nb}", flush=True)
            break
        print(f"saved {note.meta.record_id}", flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    note = app.write_note(client_id, "Etter at det ble plass igjen.")
    print(f"saved {note.meta.record_id}", flush=True)
    app.db.close()
    os._exit(0)


if __name__ == "__main__":
    main()
