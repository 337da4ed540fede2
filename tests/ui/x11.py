"""A real X desktop for the tests where focus and keyboard matter: Xvfb, the openbox window manager,
real key presses from ``xdotool`` (through the X server to whichever window the manager has made
active), and the Ambulant window running in a child process on that display
(``tests/ui/x11_window.py``), which reports its state as JSON on request.

Offscreen, pytest-qt hands a key straight to a widget, and activation is whatever the test asks for;
here the window manager decides which window gets the key, as on the worker's laptop.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("Xvfb", "openbox", "xdotool")   # Debian: xvfb, openbox, xdotool (tests/run.sh installs them)


def missing_tools() -> list[str]:
    """The programs of the X desktop this machine lacks."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class XDesktop:
    """One Xvfb display with openbox on it; ``xdotool`` runs against it."""

    def __init__(self, width: int = 1366, height: int = 768) -> None:
        self.size = (width, height)
        self.display = ""
        self._processes: list[subprocess.Popen[bytes]] = []

    def start(self) -> XDesktop:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{self.size[0]}x{self.size[1]}x24",
                                 "-nolisten", "tcp", "-noreset"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self._processes.append(xvfb)
        with os.fdopen(read) as announced:
            number = announced.readline().strip()     # Xvfb writes its display number once it accepts clients
        if not number:
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self._processes.append(subprocess.Popen(["openbox", "--sm-disable"], env=self.env(),
                                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        self._wait(lambda: self.xdotool("get_desktop", check=False).returncode == 0, "openbox")   # EWMH is up
        return self

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a program on this display (no Wayland, no offscreen)."""
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        return {**env, "DISPLAY": self.display, "QT_QPA_PLATFORM": "xcb", **extra}

    def xdotool(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run xdotool on this display."""
        return subprocess.run(["xdotool", *args], env=self.env(), capture_output=True, text=True, timeout=20,
                              check=check)

    def window_named(self, name: str) -> str:
        """The id of the visible window whose title matches ``name`` (waits for it)."""
        found: list[str] = []

        def look() -> bool:
            found[:] = self.xdotool("search", "--onlyvisible", "--name", name, check=False).stdout.split()
            return bool(found)
        self._wait(look, f"a window named {name!r}")
        return found[-1]

    def activate(self, window_id: str) -> None:
        """Make the window manager activate (raise and focus) a window, and wait until it has."""
        self.xdotool("windowactivate", "--sync", window_id)
        self._wait(lambda: self.xdotool("getactivewindow", check=False).stdout.strip() == window_id, "activation")

    def key(self, *keys: str) -> None:
        """Real key presses, to whichever window has the focus now (xdotool key names: Return, Down, ctrl+2)."""
        self.xdotool("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "40", text)

    @staticmethod
    def _wait(done: Any, what: str, seconds: float = 20.0) -> None:
        end = time.monotonic() + seconds
        while not done():
            if time.monotonic() > end:
                raise AssertionError(f"timed out waiting for {what}")
            time.sleep(0.05)

    def stop(self) -> None:
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
        self._processes.clear()


class WindowProcess:
    """The Ambulant window in a child process on the X display; :meth:`state` asks it what it shows."""

    def __init__(self, desktop: XDesktop, script: str, *args: str) -> None:
        self.desktop = desktop
        self.process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "ui" / script), *args],
                                        env=desktop.env(PYTHONPATH=str(ROOT)), cwd=ROOT, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = self._line()
        if line != "ready":
            raise AssertionError(f"the window did not start: {line!r} {self._stderr()}")

    def state(self) -> dict[str, Any]:
        """What the window shows now (after Qt has handled every event that arrived)."""
        assert self.process.stdin is not None
        self.process.stdin.write("state\n")
        self.process.stdin.flush()
        return json.loads(self._line())

    def settle(self, seconds: float = 0.4) -> dict[str, Any]:
        """The state once the keys sent have arrived and been handled."""
        time.sleep(seconds)
        return self.state()

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise AssertionError(f"the window process ended: {self._stderr()}")
        return line.strip()

    def _stderr(self) -> str:
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read()[-2000:]

    def close(self) -> str:
        """Quit the window (the journal closes); returns what it wrote to stderr."""
        if self.process.poll() is None and self.process.stdin is not None:
            self.process.stdin.write("quit\n")
            self.process.stdin.flush()
        try:
            _out, err = self.process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err or ""


@contextmanager
def x_desktop() -> Iterator[XDesktop]:
    """A started X desktop, stopped afterwards."""
    desktop = XDesktop().start()
    try:
        yield desktop
    finally:
        desktop.stop()
