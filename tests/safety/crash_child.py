"""A child that holds an unlocked journal in memory and then crashes with SIGSEGV.

``python crash_child.py DATA_DIR PASSPHRASE_FILE guarded|bare``: *guarded* goes in
through the ``ambulant`` entry point first (``desktop.cli.main.main``, which is
where the window starts too); *bare* opens the journal without it, as the app did
before the crash guard. Either way it then opens the journal, reads every client,
prints ``ready <RLIMIT_CORE soft> <dumpable>`` and waits for a line on stdin
before it kills itself with SIGSEGV.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from desktop.services.journal import open_journal  # noqa: E402
from desktop.support.crash_guard import is_dumpable  # noqa: E402


def main() -> None:
    data_dir, passphrase_file, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "guarded":
        from desktop.cli.main import main as ambulant
        assert ambulant(["--data-dir", data_dir, "--passphrase-file", passphrase_file, "status"]) == 0
    passphrase = Path(passphrase_file).read_text(encoding="utf-8").strip()
    app = open_journal(Path(data_dir), passphrase)
    clients = app.list_clients()            # decrypted names and ids now live in this process
    print(f"ready {resource.getrlimit(resource.RLIMIT_CORE)[0]} {int(bool(is_dumpable()))} {len(clients)}",
          flush=True)
    sys.stdin.readline()
    os.kill(os.getpid(), signal.SIGSEGV)


if __name__ == "__main__":
    main()
