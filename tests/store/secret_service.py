"""A private, real Secret Service for tests: a D-Bus session bus and gnome-keyring-daemon.

The fixture :func:`secret_service` starts ``dbus-daemon --session`` on a socket
in the test's temp folder and ``gnome-keyring-daemon --unlock`` (password on
stdin) on that bus, with HOME and the XDG folders in the temp folder too, so the
user's own keyring is never touched. It points ``DBUS_SESSION_BUS_ADDRESS`` at
the private bus and selects keyring's SecretService backend; afterwards it
restores the 'fail' backend and the environment and stops both daemons.

If the daemons cannot be started the test fails with the reason: the
architecture asks for a real keyring in at least one test, so a missing
keyring is a broken test machine, not something to skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService, fail

KEYRING_PASSWORD = "test-login-keyring"
START_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class SecretServiceSession:
    """The running private Secret Service."""

    bus_address: str
    home: Path


def _stop(proc: subprocess.Popen | None) -> str:
    """Terminate one daemon we started; return what it wrote to stderr (for failure messages)."""
    if proc is None:
        return ""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    err = ""
    if proc.stderr is not None:
        err = proc.stderr.read() or ""
        proc.stderr.close()
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None and not pipe.closed:
            pipe.close()
    return err


def _service_ready(bus_address: str) -> bool:
    """True once org.freedesktop.secrets answers on the private bus."""
    import secretstorage
    from jeepney.io.blocking import open_dbus_connection

    try:
        conn = open_dbus_connection(bus=bus_address)
    except (OSError, ValueError):
        return False
    try:
        return secretstorage.check_service_availability(conn)
    finally:
        conn.close()


@pytest.fixture
def secret_service(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                   ) -> Iterator[SecretServiceSession]:
    """A real, unlocked Secret Service on a private session bus, selected as the keyring backend."""
    for program in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is not installed: apt-get install dbus gnome-keyring "
                        "(the real-keyring test needs it; see .ci/run)")
    home = tmp_path_factory.mktemp("secret-service")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_RUNTIME_DIR": str(runtime)}
    bus = keyring_daemon = None
    try:
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                                f"--address=unix:path={runtime / 'bus'}"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
        address = bus.stdout.readline().strip() if bus.stdout else ""
        if not address:
            pytest.fail(f"dbus-daemon did not start: {_stop(bus)}")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(KEYRING_PASSWORD)   # --unlock reads the login password from stdin
        keyring_daemon.stdin.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not _service_ready(address):
            if keyring_daemon.poll() is not None or time.monotonic() > deadline:
                pytest.fail("gnome-keyring-daemon did not provide org.freedesktop.secrets on the private bus: "
                            f"{_stop(keyring_daemon)}")
            time.sleep(0.05)

        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        backend = SecretService.Keyring()
        if backend.priority <= 0:   # type: ignore[operator]
            pytest.fail("keyring's SecretService backend does not see the private Secret Service")
        keyring.set_keyring(backend)
        try:
            yield SecretServiceSession(address, home)
        finally:
            keyring.set_keyring(fail.Keyring())
    finally:
        _stop(keyring_daemon)
        _stop(bus)
