"""A writer for the crash test: signs doses in a loop until it is killed.

Usage: python kill_writer.py DATA_DIR ORDER_ID  (passphrase on the first line of stdin)

Prints each administration's record id on its own line, flushed, only after
the service call returned, i.e. after the transaction committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.domain.medication import AdministrationStatus
from desktop.services import Ambulant
from desktop.store.database import Database


def main() -> None:
    data_dir, order_id = Path(sys.argv[1]), sys.argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    app = Ambulant(Database.open(data_dir, passphrase))
    n = 0
    while True:
        n += 1
        # A longer note makes each transaction span more pages, so a kill lands mid-write more often.
        adm = app.record_administration(order_id, AdministrationStatus.GIVEN, note=f"Dose {n}. " + "x" * 3000)
        sys.stdout.write(adm.meta.record_id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
