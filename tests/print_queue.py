"""A real print queue for tests and the print benchmark: a private CUPS scheduler with a cups-pdf printer.

The scheduler runs from its own configuration in a temporary folder and listens
only on a Unix socket there (``CUPS_SERVER``, set for the whole test run in
tests/conftest.py, points at it), so no test ever sees or prints on the
machine's own printers. The cups-pdf queue writes each job as a PDF into a
temporary output folder; :meth:`PrintQueue.wait_for_pdf` returns the bytes and
removes the file (the sheets hold fictional patient data, but no sheet is left
behind anyway). Debian packages: ``cups``, ``cups-client``, ``printer-driver-cups-pdf``
(tests/run.sh installs them). cups-pdf runs only as root and reads its per-queue
settings from ``/etc/cups/cups-pdf-<queue>.conf``: that file is written for the
queue and removed again when the queue stops.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_CONFIG_DIR = Path("/etc/cups")
QUEUE = "ambulant-test-pdf"


SOCKET_ENV = "AMBULANT_TEST_CUPS_SOCKET"


def socket_path() -> Path:
    """Where the private scheduler of this test run listens (child processes inherit it).

    Short, under the system temp folder: a Unix socket path has a length limit.
    """
    if SOCKET_ENV not in os.environ:
        os.environ[SOCKET_ENV] = str(Path(tempfile.gettempdir()) / f"ambulant-cups-{os.getpid()}" / "cups.sock")
    return Path(os.environ[SOCKET_ENV])


def unavailable_reason() -> str | None:
    """Why a private cups-pdf queue cannot run here (None when it can)."""
    if os.name != "posix" or not hasattr(os, "geteuid"):
        return "CUPS tests need Linux"
    if os.geteuid() != 0:
        return "cups-pdf runs only as root (the backend is root-only)"
    for need in (Path(CUPSD), CUPS_PDF_BACKEND, CUPS_PDF_PPD):
        if not need.exists():
            return f"{need} is missing: install cups and printer-driver-cups-pdf (tests/run.sh does)"
    for tool in ("lpadmin", "lp", "lpstat"):
        if shutil.which(tool) is None:
            return f"{tool} is missing: install cups-client"
    return None


_CUPSD_CONF = """\
Listen {socket}
LogLevel warn
WebInterface No
Browsing No
DefaultAuthType None
MaxJobs 50
PreserveJobFiles No
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

_FILES_CONF = """\
ServerRoot {root}/server
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
Sandboxing relaxed
"""

_CUPS_PDF_CONF = """\
Out {out}
Spool {spool}
AnonDirName {out}
Log {log}
LogType 1
Label 0
Grp lp
"""


class PrintQueue:
    """A private ``cupsd`` with one cups-pdf printer named :data:`QUEUE`; use as a context manager."""

    def __init__(self, queue: str = QUEUE) -> None:
        self.queue = queue
        self.socket = socket_path()
        self.root = self.socket.parent
        self.out = self.root / "out"
        self._config = CUPS_PDF_CONFIG_DIR / f"cups-pdf-{queue}.conf"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        """The environment for CUPS command-line tools that talk to this scheduler."""
        return dict(os.environ, CUPS_SERVER=str(self.socket))

    def __enter__(self) -> PrintQueue:
        reason = unavailable_reason()
        if reason is not None:
            raise RuntimeError(reason)
        if os.environ.get("CUPS_SERVER") != str(self.socket):
            raise RuntimeError("CUPS_SERVER must point at this queue's socket before CUPS is first used")
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)
        self.root.chmod(0o755)           # the filters run as the lp user and need to reach tmp/
        for name in ("server", "spool", "cache", "state", "log", "pdf-spool"):
            (self.root / name).mkdir()
        self.out.mkdir(mode=0o700)
        tmp = self.root / "tmp"
        tmp.mkdir()
        shutil.chown(tmp, "root", "lp")
        tmp.chmod(0o1770)
        (self.root / "cupsd.conf").write_text(_CUPSD_CONF.format(socket=self.socket))
        (self.root / "cups-files.conf").write_text(_FILES_CONF.format(root=self.root))
        self._config.write_text(_CUPS_PDF_CONF.format(out=self.out, spool=self.root / "pdf-spool",
                                                      log=self.root / "log"))
        self._process = subprocess.Popen([CUPSD, "-f", "-c", str(self.root / "cupsd.conf"),
                                          "-s", str(self.root / "cups-files.conf")],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            self._wait_until_running()
            subprocess.run(["lpadmin", "-p", self.queue, "-v", f"cups-pdf:/{self.queue}", "-E",
                            "-P", str(CUPS_PDF_PPD)], env=self.env, check=True, capture_output=True, timeout=30)
        except BaseException:
            self.__exit__()
            raise
        return self

    def _wait_until_running(self, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"cupsd stopped: {self._process.stderr.read().decode() if self._process.stderr else ''}"
                                   f" {self.log_tail()}")
            done = subprocess.run(["lpstat", "-r"], env=self.env, capture_output=True, text=True)
            if done.returncode == 0 and "not running" not in done.stdout:
                return
            time.sleep(0.1)
        raise RuntimeError("cupsd did not start")

    def wait_for_pdf(self, timeout: float = 60.0) -> bytes:
        """The next PDF cups-pdf writes (its bytes); the file is removed at once."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = sorted(self.out.glob("*.pdf"))
            if done:
                path = done[0]
                size = -1
                # cups-pdf lets Ghostscript write the file in place: wait until it stops growing.
                while path.stat().st_size != size or size == 0:
                    size = path.stat().st_size
                    time.sleep(0.2)
                data = path.read_bytes()
                path.unlink()
                return data
            time.sleep(0.05)
        raise TimeoutError(f"no PDF from the {self.queue} queue within {timeout} s: {self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        """The end of the scheduler's and cups-pdf's logs (for a failure message)."""
        text = []
        for log in sorted((self.root / "log").glob("*_log")):
            text += log.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join(text)

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            if self._process.stderr is not None:
                self._process.stderr.close()
            self._process = None
        self._config.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)
