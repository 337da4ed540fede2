"""`ambulant --demo` as a newcomer runs it: a seeded demo database, unlocked with --passphrase-file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.support.demo_data import DEMO_PASSPHRASE
from desktop.ui.app import READY_ENV


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               **{READY_ENV: "1"})
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_demo_opens_unlocked_with_the_demo_clients(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    data = tmp_path / "data"
    done = _run("--demo", "--data-dir", str(data), "--passphrase-file", str(secret), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "ambulant-ready unlocked=True clients=5" in done.stdout, done.stderr   # four, and the one with an A/B ledger
    assert (data / "demo" / "ambulant.db").exists() and not (data / "ambulant.db").exists()
    locked = _run("--demo", "--data-dir", str(data), cwd=tmp_path)     # no passphrase: the unlock screen
    assert "ambulant-ready unlocked=False clients=0" in locked.stdout
