"""Is the encrypted file whole? SQLCipher's per-page HMAC and SQLite's own checks, without writing a byte.

Two depths:

- *quick*: ``PRAGMA quick_check`` reads every page of every table and index once
  (each read verifies that page's HMAC) and checks each b-tree's structure. It
  skips the cross-check of indexes against tables.
- *full*: ``PRAGMA cipher_integrity_check`` verifies the HMAC of every page in the
  file (free pages too, which no query reads), then ``PRAGMA integrity_check``
  (b-trees, and every index against its table) and ``foreign_key_check``.

A page whose HMAC fails makes SQLite stop at the first error it meets
("database disk image is malformed"), so the full check reports the pages
SQLCipher names and says that SQLite's check could not finish.

:func:`check_closed_journal` is for ``ambulant check``: through :func:`frozen_view`
it opens the file ``immutable`` (no -wal, no -shm, no lock, nothing written) when
no WAL is there, and otherwise checks a private copy of the database and its WAL,
so the data folder stays byte-identical either way. :func:`check_connection` runs on a
connection the caller has (the window's second, read-only one).
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .connection import Connection, DatabaseError, connect
from .errors import NotAnAmbulantDatabase

_PAGE = re.compile(r"page (\d+)")
_DEFAULT_PAGE_SIZE = 4096     # SQLCipher 4's; the real one is on the page that could not be read


@dataclass(frozen=True)
class IntegrityReport:
    """What a check found. ``problems`` name pages and tables, never content."""

    full: bool
    pages: int = 0
    bad_pages: tuple[int, ...] = ()
    problems: tuple[str, ...] = ()
    sqlite_check_finished: bool = True

    @property
    def sound(self) -> bool:
        return not self.bad_pages and not self.problems and self.sqlite_check_finished

    def summary_nb(self) -> str:
        """A plain Norwegian sentence for the user."""
        if self.sound:
            depth = "full kontroll" if self.full else "rask kontroll"
            return f"Databasen er hel ({depth} av {self.pages} sider)."
        damaged = (f"{len(self.bad_pages)} av {self.pages} sider kan ikke leses" if self.bad_pages
                   else "deler av den kan ikke leses" if not self.sqlite_check_finished
                   else "strukturen i databasen har feil")
        return (f"Databasen er skadet: {damaged}. Alt som kan leses, er i behold. Behold filen som den er. "
                "«ambulant repair --out MAPPE» kopierer alt som kan leses over i en ny kryptert database; "
                "det som mangler, hentes fra serveren ved neste synkronisering.")

    def summary_en(self) -> str:
        """The same in English."""
        if self.sound:
            return f"The database is sound ({'full' if self.full else 'quick'} check of {self.pages} pages)."
        damaged = (f"{len(self.bad_pages)} of {self.pages} pages cannot be read" if self.bad_pages
                   else "parts of it cannot be read" if not self.sqlite_check_finished
                   else "the database structure has errors")
        return (f"The database is damaged: {damaged}. Everything readable is intact. Keep the file as it is. "
                "'ambulant repair --out FOLDER' copies everything readable into a new encrypted database; "
                "what is missing is fetched from the server at the next synchronisation.")


def check_connection(conn: Connection, full: bool) -> IntegrityReport:
    """Check the database behind ``conn`` (which only reads); never raises for damage."""
    pages = _page_count(conn)
    bad: list[int] = []
    problems: list[str] = []
    if full:
        try:
            for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
                match = _PAGE.search(str(line))
                if match:
                    bad.append(int(match.group(1)))
                else:
                    problems.append(str(line))
        except DatabaseError as exc:
            _raise_if_interrupted(exc)
            problems.append(f"cipher_integrity_check: {exc}")
    finished = True
    pragmas = ("integrity_check", "foreign_key_check") if full else ("quick_check",)
    for pragma in pragmas:
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        except DatabaseError as exc:
            _raise_if_interrupted(exc)
            finished = False   # SQLite stops at the first page it cannot read
            break
        if pragma == "foreign_key_check":
            problems += [f"foreign key: {row[0]} row {row[1]} → {row[2]}" for row in rows]
        else:
            problems += [str(row[0]) for row in rows if row[0] != "ok"]
    return IntegrityReport(full, pages, tuple(sorted(set(bad))), tuple(problems), finished)


@contextlib.contextmanager
def frozen_view(db_path: Path, key: bytes | None) -> Iterator[Callable[[], Connection]]:
    """Connections to the journal as it is now, that can write nothing to its folder.

    Yields a function that opens such a connection (call it again after a bad page: SQLCipher
    keeps failing on a connection that met one). With no WAL the file itself is opened
    ``immutable``; with committed pages still in the WAL (the app is running or was killed),
    a private copy of the file and its WAL is made, the WAL folded in, and the copy opened.
    The copy is encrypted like the original and removed afterwards.
    """
    db_path = Path(db_path)
    wal = Path(f"{db_path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        yield lambda: connect(db_path, key, create=False, immutable=True)
        return
    with tempfile.TemporaryDirectory(prefix="ambulant-check-") as scratch:
        copy = Path(scratch) / db_path.name
        shutil.copyfile(db_path, copy)
        shutil.copyfile(wal, Path(f"{copy}-wal"))
        conn = connect(copy, key, create=False)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        yield lambda: connect(copy, key, create=False, immutable=True)


def check_closed_journal(db_path: Path, key: bytes | None) -> IntegrityReport:
    """The full check of a journal as it is on disk; its folder is left byte for byte as it was."""
    try:
        with frozen_view(db_path, key) as open_view:
            conn = open_view()
            try:
                return check_connection(conn, full=True)
            finally:
                conn.close()
    except NotAnAmbulantDatabase:
        # The passphrase was shown right and the key files were made for this file: its first page is damaged.
        pages = max(1, Path(db_path).stat().st_size // _DEFAULT_PAGE_SIZE)
        return IntegrityReport(True, pages, (1,), (), sqlite_check_finished=False)


class CheckInterrupted(Exception):
    """The check was stopped from another thread (``Connection.interrupt``): it says nothing about the file."""


def _raise_if_interrupted(exc: DatabaseError) -> None:
    if "interrupt" in str(exc).lower():
        raise CheckInterrupted() from exc


def _page_count(conn: Connection) -> int:
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])
    except DatabaseError:
        return 0
