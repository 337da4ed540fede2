"""`init` is atomic (a crash leaves nothing or a journal that opens) and leaves an existing folder's mode alone."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import Ambulant
from desktop.store.database import Database, DatabaseFiles
from desktop.store.errors import NoDatabase
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client

CHILD = Path(__file__).with_name("init_child.py")
CHILD_PASSPHRASE = "korrekt hest batteri"


def state_after_crash(data_dir: Path) -> str:
    """'nothing' or 'journal' (anything else fails the test): what status and init make of the folder."""
    try:
        db = Database.open(data_dir, CHILD_PASSPHRASE)
    except NoDatabase:
        db = Database.create(data_dir, CHILD_PASSPHRASE, WORKER, kdf=FAST_KDF)   # init accepts the folder
        add_client(Ambulant(db))
        db.close()
        return "nothing"
    db.close()
    return "journal"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("existing", [False, True], ids=["new-folder", "existing-folder"])
def test_a_crash_at_any_step_of_init_leaves_nothing_or_a_working_journal(tmp_path: Path, existing: bool) -> None:
    seen = []
    for kill_at in range(1, 30):
        data_dir = tmp_path / f"run{kill_at}" / "data"
        data_dir.parent.mkdir()
        if existing:
            data_dir.mkdir()
            (data_dir / "ambulant-ui.json").write_text("{}")     # the window's settings may be there first
        proc = subprocess.run([sys.executable, str(CHILD), str(data_dir), str(kill_at)], capture_output=True,
                              text=True, timeout=120)
        if proc.returncode == 0:
            assert proc.stdout.startswith("done"), proc.stderr
            assert state_after_crash(data_dir) == "journal"
            break
        assert proc.returncode == -signal.SIGKILL, proc.stderr
        seen.append(state_after_crash(data_dir))
        leftovers = [p.name for p in data_dir.parent.iterdir()] + ([p.name for p in data_dir.iterdir()]
                                                                     if data_dir.exists() else [])
        assert not [n for n in leftovers if n.startswith(".ambulant-init-")], leftovers   # cleaned by the next init
    else:
        pytest.fail("init never finished")
    assert "nothing" in seen and len(seen) >= 4     # the kill points really were inside init


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_init_in_a_shared_folder_keeps_its_mode_and_sticky_bit(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    db = Database.create(shared, PASSPHRASE, WORKER, kdf=FAST_KDF)
    try:
        add_client(Ambulant(db))
        assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
        for path in shared.iterdir():
            assert path.stat().st_mode & 0o077 == 0, path.name    # the journal's own files: owner only
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_folders_init_makes_are_owner_only(tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    data_dir = tmp_path / "new" / "nested" / "data"
    Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF).close()
    for folder in (tmp_path / "new", tmp_path / "new" / "nested", data_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
    assert DatabaseFiles(data_dir).key_copy.exists()
