"""Is the journal whole, and what to do when it is not: check it, copy what can be read into a new one.

Damage is said calmly: what it means (some pages cannot be read; everything
else is there and is still shown and sent), and the way out (a repair copy of
everything readable; what is missing comes back from the server). Nothing here
deletes the damaged journal or invites anyone to: a repair moves it aside, kept.

- :func:`check_journal` — ``ambulant check``: the full check of a closed journal,
  without writing a byte to its folder (no migration, no key copy restored).
- :func:`quick_check` / :func:`full_check` — the window's checks on an open
  journal, on a second read-only connection (the full one takes seconds on a
  large journal: the window runs it off the GUI thread; neither blocks a write).
- :func:`repair_journal` / :func:`repair_open_journal` — the repair copy.
- :func:`put_repaired_in_place` — the repaired copy becomes the journal; the
  damaged one is kept beside it under a dated name.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from ..domain.clock import utcnow
from ..store.database import DatabaseFiles
from ..store.errors import DatabaseExists, NoDatabase
from ..store.connection import Connection
from ..store.integrity import CheckInterrupted, IntegrityReport, check_closed_journal, check_connection
from ..store.salvage import SalvageReport, repair_copy
from ..store.unlocking import unlock_journal
from .facade import Ambulant
from .journal import Clock

__all__ = ["CheckRun", "IntegrityReport", "RepairOutcome", "check_journal", "full_check", "put_repaired_in_place",
           "quick_check", "repair_journal", "repair_open_journal"]


@dataclass(frozen=True)
class RepairOutcome:
    """Where the repaired copy is, and what the copy holds."""

    out_dir: Path
    report: SalvageReport

    def summary_nb(self) -> str:
        copied = self.report.copied
        text = (f"Ny kryptert database i {self.out_dir}: {copied.get('record_versions', 0)} journalversjoner, "
                f"{copied.get('audit_log', 0)} tilgangslogglinjer. Den skadede databasen er ikke endret.")
        if self.report.lost_unsent:
            text += (f" {self.report.lost_unsent} oppføringer som ikke var sendt, kunne ikke leses; "
                     "skriv dem inn på nytt om de trengs.")
        if self.report.requeued:
            text += f" {self.report.requeued} sendes (på nytt) ved neste synkronisering; ingenting blir dobbelt."
        return text + " Det som allerede er på serveren, hentes ved neste synkronisering."

    def summary_en(self) -> str:
        copied = self.report.copied
        text = (f"New encrypted database in {self.out_dir}: {copied.get('record_versions', 0)} record versions, "
                f"{copied.get('audit_log', 0)} access-log lines. The damaged database was not changed.")
        if self.report.lost_unsent:
            text += (f" {self.report.lost_unsent} entries that had not been sent could not be read; enter them "
                     "again if they are needed.")
        if self.report.requeued:
            text += f" {self.report.requeued} are sent (again) at the next sync; nothing is doubled."
        return text + " What is already on the server is fetched at the next synchronisation."


def check_journal(data_dir: Path, passphrase: str, clock: Clock = utcnow) -> IntegrityReport:
    """The full check of the journal in ``data_dir``; the folder is left byte for byte as it was
    (a wrong passphrase is counted, as for any try)."""
    files = DatabaseFiles(Path(data_dir))
    if not files.exists():
        raise NoDatabase(str(files.data_dir))
    unlocked = unlock_journal(files, passphrase, clock)
    return check_closed_journal(files.db, unlocked.key)


def quick_check(app: Ambulant) -> IntegrityReport:
    """Every table and index page read once (each page's HMAC checked on the way): run after unlock."""
    return CheckRun(app).run(full=False) or IntegrityReport(False)


def full_check(app: Ambulant) -> IntegrityReport:
    """Every page's HMAC and SQLite's full integrity check: run in the background."""
    return CheckRun(app).run(full=True) or IntegrityReport(True)


class CheckRun:
    """One check of the open journal that another thread may stop (the window locks, or quits)."""

    def __init__(self, app: Ambulant) -> None:
        self._app = app
        self._conn: Connection | None = None
        self._lock = threading.Lock()
        self._cancelled = False

    def run(self, full: bool) -> IntegrityReport | None:
        """The report, or None when :meth:`cancel` stopped it."""
        with self._app.db.reader() as conn:
            with self._lock:
                if self._cancelled:
                    return None
                self._conn = conn
            try:
                return check_connection(conn, full)
            except CheckInterrupted:
                return None
            finally:
                with self._lock:
                    self._conn = None

    def cancel(self) -> None:
        """Stop the check at SQLite's next step (safe from any thread)."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def repair_journal(data_dir: Path, passphrase: str, out_dir: Path, clock: Clock = utcnow) -> RepairOutcome:
    """Copy everything readable of the journal in ``data_dir`` into a new one in ``out_dir``.

    The new journal opens with the same passphrase (same key and key info). ``data_dir`` is
    not written (but for the wrong-passphrase count).
    """
    files = DatabaseFiles(Path(data_dir))
    if not files.exists():
        raise NoDatabase(str(files.data_dir))
    _refuse_same_folder(files.data_dir, Path(out_dir))
    unlocked = unlock_journal(files, passphrase, clock)
    report = repair_copy(files.db, unlocked.key, unlocked.info, None, Path(out_dir), clock())
    return RepairOutcome(Path(out_dir), report)


def repair_open_journal(app: Ambulant, out_dir: Path) -> RepairOutcome:
    """The same from the open journal (the window): writes wait while the file is copied aside."""
    _refuse_same_folder(app.db.files.data_dir, Path(out_dir))
    return RepairOutcome(Path(out_dir), app.db.repair_copy_to(Path(out_dir), app.clock()))


def put_repaired_in_place(data_dir: Path, repaired_dir: Path, now: dt.datetime | None = None) -> Path:
    """Make ``repaired_dir`` the journal in ``data_dir``; the damaged folder is kept, renamed.

    Both must be closed. Returns where the damaged journal now is (``<name>-skadet-<time>``).
    """
    data_dir, repaired_dir = Path(data_dir), Path(repaired_dir)
    if not DatabaseFiles(repaired_dir).exists():
        raise NoDatabase(str(repaired_dir))
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    kept = data_dir.with_name(f"{data_dir.name}-skadet-{stamp}")
    if kept.exists():
        raise DatabaseExists(str(kept))
    os.rename(data_dir, kept)
    try:
        os.rename(repaired_dir, data_dir)
    except OSError:
        os.rename(kept, data_dir)    # put it back as it was: never leave the journal missing
        raise
    return kept


def _refuse_same_folder(data_dir: Path, out_dir: Path) -> None:
    if out_dir.resolve() == data_dir.resolve() or DatabaseFiles(out_dir).exists():
        raise DatabaseExists(str(out_dir))
