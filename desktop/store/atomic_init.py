"""Making a new journal all at once: built in a temporary folder beside it, then moved into place.

A crash during ``init`` must leave either nothing or a journal that opens. The
database and both key copies are made and closed in a temporary folder on the
same file system, then:

- when the data folder does not exist yet, the whole temporary folder is renamed
  to it (one atomic step);
- when it exists (the user chose it, or the window's settings are already there),
  the key copies are moved in first and the database file last: the database file
  is the commit point. A crash between the two leaves key copies without a
  database, which nothing treats as a journal; the next ``init`` moves them aside
  (never deletes them) and starts again.

A folder that exists is never chmod-ed: only folders made here are owner-only.
Leftover temporary folders of an interrupted ``init`` hold no records (only the
worker's name and a device id) and are removed by the next one, or when the
journal is next opened.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..support.paths import DB_FILE, KEY_COPY_FILE, KEY_INFO_FILE, ensure_private_dir
from .errors import DatabaseExists

_PREFIX = ".ambulant-init-"


def build_journal_folder(data_dir: Path, build: Callable[[Path], None]) -> None:
    """Run ``build(folder)`` in a fresh private folder, then move its journal files to ``data_dir``.

    ``build`` must leave the database closed (no -wal/-shm). Raises :class:`DatabaseExists`
    when a database file is (or appears) in ``data_dir``; nothing in it is touched then.
    """
    data_dir = Path(data_dir)
    if (data_dir / DB_FILE).exists():
        raise DatabaseExists(str(data_dir))
    fresh = not data_dir.exists()
    parent = data_dir.parent if fresh else data_dir
    ensure_private_dir(parent)
    _remove_leftovers(parent)
    work = Path(tempfile.mkdtemp(prefix=_PREFIX, dir=parent))   # 0700
    try:
        build(work)
        _fsync_folder(work)
        if fresh and _rename_folder(work, data_dir):
            _fsync_folder(data_dir.parent)
            return
        _move_files_in(work, data_dir)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _rename_folder(work: Path, data_dir: Path) -> bool:
    """Rename the whole folder into place; False when ``data_dir`` appeared meanwhile."""
    try:
        os.rename(work, data_dir)
    except OSError:
        if not data_dir.exists():
            raise
        return False
    return True


def _move_files_in(work: Path, data_dir: Path) -> None:
    if (data_dir / DB_FILE).exists():
        raise DatabaseExists(str(data_dir))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for name in (KEY_INFO_FILE, KEY_COPY_FILE):
        stale = data_dir / name
        if stale.exists():   # key copies without a database: an interrupted init, or a lost database
            os.replace(stale, data_dir / f"{name}.orphan-{stamp}")
    for name in (KEY_INFO_FILE, KEY_COPY_FILE):
        os.replace(work / name, data_dir / name)
    _fsync_folder(data_dir)
    # The commit point. A hard link fails if a database appeared meanwhile (never replace one).
    try:
        os.link(work / DB_FILE, data_dir / DB_FILE)
    except FileExistsError:
        raise DatabaseExists(str(data_dir)) from None
    except OSError:   # no hard links here (FAT, some network shares)
        if (data_dir / DB_FILE).exists():
            raise DatabaseExists(str(data_dir)) from None
        os.rename(work / DB_FILE, data_dir / DB_FILE)
    _fsync_folder(data_dir)


def remove_leftovers(parent: Path) -> None:
    """Remove what an ``init`` killed before it tidied up left in ``parent`` (no records are in it)."""
    _remove_leftovers(parent)


def _remove_leftovers(parent: Path) -> None:
    for leftover in parent.glob(f"{_PREFIX}*"):
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
