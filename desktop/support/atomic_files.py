"""Writing a whole file so that a crash leaves either the old file or the new one, never a part."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: temp file in the same folder, fsync, replace.

    The file is created readable by the owner only (it may hold health data or
    key parameters). On any error the temp file is removed and ``path`` is left
    as it was.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    if os.name == "posix":
        # Make the rename itself durable (a crash right after must not lose the file).
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
