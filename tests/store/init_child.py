"""``python init_child.py DATA_DIR N``: create a journal, and SIGKILL this process at the N-th file step.

The steps are the file-system calls that make a new journal appear (renames,
links, folder fsyncs, the key copies being written); killing the process at
each one in turn shows what a crash there leaves. Prints ``done`` if the
journal was made before the N-th step came.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from desktop.store import atomic_init, database  # noqa: E402
from desktop.store.database import Database  # noqa: E402
from desktop.store.keys import ScryptParams  # noqa: E402
from desktop.domain.records import WorkerRef  # noqa: E402

steps = 0
kill_at = int(sys.argv[2])


def step(fn):  # noqa: ANN001, ANN201
    def wrapped(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return wrapped


class _Os:
    """The os module as atomic_init sees it, with each step counted."""

    def __getattr__(self, name: str):  # noqa: ANN204
        value = getattr(os, name)
        return step(value) if name in ("rename", "replace", "link") else value


atomic_init.os = _Os()                                      # type: ignore[assignment]
atomic_init._fsync_folder = step(atomic_init._fsync_folder)  # type: ignore[assignment]
database.save_copies = step(database.save_copies)            # type: ignore[assignment]
database.Database._migrate = step(database.Database._migrate)  # type: ignore[method-assign]

Database.create(Path(sys.argv[1]), "korrekt hest batteri", WorkerRef("Test Vernepleier", "1234567"),
                kdf=ScryptParams(n=2 ** 12)).close()
print(f"done {steps}", flush=True)
