"""Keep secrets out of crash output: no core dumps, and tracebacks that name code, never content.

A core dump holds everything the process had in memory: the database key,
decrypted pages, every client on screen. systemd-coredump and apport keep such
files, readable by the user and often by support staff. :func:`protect_process`
turns dumps off for this process as early as the entry points can call it:

- POSIX (Linux, macOS): ``RLIMIT_CORE`` 0, so no core file is written (the hard
  limit is left as it was: a developer may raise it again deliberately).
- Linux: ``prctl(PR_SET_DUMPABLE, 0)`` as well. A core *pipe* (systemd-coredump,
  apport) is started by the kernel even with ``RLIMIT_CORE`` 0 and left to honour
  it; a non-dumpable process gets no dump at all, and other processes of the
  same user can no longer ``ptrace`` it or read ``/proc/<pid>/mem``.
- Windows: ``SetErrorMode`` without the fault dialog, and Windows Error Reporting
  told to leave the heap out of any report (``WerSetFlags(NOHEAP)``). The frozen
  ``ambulant.exe`` (never ``python.exe``, which would exclude every Python program)
  is also excluded from WER for this user.

A traceback's last line is the exception's message, and messages can carry
record content (a client's name in a file path, a value in a validation error).
:func:`redacted_traceback` writes only the code locations and the exception
types; :func:`install_redacted_hooks` makes it the process's way to report an
unhandled error (main thread and other threads). Python's ``faulthandler`` is
turned on for hard crashes: it prints the Python stack (code locations only).
"""

from __future__ import annotations

import faulthandler
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TextIO

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002
_WER_FAULT_REPORTING_FLAG_NOHEAP = 0x1


@dataclass(frozen=True)
class GuardState:
    """What :func:`protect_process` managed to switch off (each False where the platform has no such thing)."""

    core_limit_zero: bool = False
    not_dumpable: bool = False
    windows_error_reporting: bool = False


_state: GuardState | None = None


def protect_process() -> GuardState:
    """Turn core dumps off for this process (idempotent); never raises."""
    global _state
    if _state is not None:
        return _state
    _state = GuardState(core_limit_zero=_zero_core_limit(), not_dumpable=_linux_not_dumpable(),
                        windows_error_reporting=_windows_no_dumps())
    _enable_faulthandler()
    return _state


def _zero_core_limit() -> bool:
    try:
        import resource
    except ImportError:   # Windows
        return False
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
        return resource.getrlimit(resource.RLIMIT_CORE)[0] == 0
    except (OSError, ValueError):
        return False


def _linux_not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """This process's dumpable flag on Linux (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    return ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0


def _windows_no_dumps() -> bool:
    if os.name != "nt":
        return False
    try:
        import ctypes
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetErrorMode(kernel32.GetErrorMode() | _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
        wer = ctypes.windll.wer  # type: ignore[attr-defined]
        wer.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP)
        if getattr(sys, "frozen", False):
            wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
        return True
    except (OSError, AttributeError):
        return False


def _enable_faulthandler() -> None:
    stream = sys.__stderr__
    if stream is None or faulthandler.is_enabled():
        return
    try:
        stream.fileno()
    except (OSError, ValueError, AttributeError):   # no real stderr (a windowed app on Windows)
        return
    faulthandler.enable(stream)


# -- tracebacks without content ---------------------------------------------------

def _where(filename: str) -> str:
    """A code location without the user's folders (a home folder can carry a name)."""
    path = Path(filename)
    parts = path.parts
    for anchor in ("desktop", "site-packages", "lib"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index:])
    return path.name


def redacted_traceback(kind: type[BaseException], value: BaseException | None,
                       tb: TracebackType | None) -> str:
    """The stack (file, line, function) and the exception types, never a message or a local variable."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[type[BaseException], TracebackType | None]] = []
    current: BaseException | None = value
    chain.append((kind, tb))
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is not None:
            chain.append((type(nxt), nxt.__traceback__))
        current = nxt
    for number, (exc_type, exc_tb) in enumerate(reversed(chain)):
        if number:
            lines.append("During handling of the above, another error occurred:")
        lines.append("Traceback (most recent call last; messages left out, they may hold record content):")
        for frame in traceback.extract_tb(exc_tb):
            lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
        lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}")
    return "\n".join(lines) + "\n"


def print_redacted(kind: type[BaseException], value: BaseException | None, tb: TracebackType | None,
                   stream: TextIO | None = None) -> None:
    """Write :func:`redacted_traceback` to ``stream`` (stderr)."""
    out = stream or sys.stderr
    if out is None:
        return
    try:
        out.write(redacted_traceback(kind, value, tb))
        out.flush()
    except (OSError, ValueError):
        pass


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_redacted_hooks(also: ExceptHook | None = None) -> None:
    """Report unhandled errors (main thread and others) as :func:`redacted_traceback`; ``also`` runs after."""
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        print_redacted(kind, value, tb)
        if also is not None:
            also(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        print_redacted(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
    # The unraisable hook prints the object's repr, which can be a record: code locations only here too.
    sys.unraisablehook = lambda u: print_redacted(u.exc_type, u.exc_value, u.exc_traceback)
