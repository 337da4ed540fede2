"""A damaged page is found early and handled calmly: `ambulant check`, the window's checks, the repair copy.

Real SQLCipher files with bytes flipped in a middle page; nothing mocked.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import Ambulant
from desktop.services.integrity import (check_journal, full_check, put_repaired_in_place, quick_check,
                                        repair_journal, repair_open_journal)
from desktop.services.journal import open_journal, prepare_demo
from desktop.store.database import Database
from desktop.store.errors import DatabaseDamaged
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client
from tests.store.store_files import snapshot

from .damage import flip, page_count, page_of

DELETE_WORDS = ("slett", "delete", "fjern", "remove")


def passphrase_file(folder: Path) -> Path:
    path = folder / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def journal_with_notes(data_dir: Path, clients: int = 3, notes: int = 120) -> dict[str, int]:
    """A closed journal: a few clients, many long notes (so record_versions spans many pages)."""
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    app = Ambulant(db)
    for c in range(clients):
        client = add_client(app, name=f"Klient {c}", birth=dt.date(1960 + c, 1, 2))
        for n in range(notes):
            app.write_note(client.client_id, f"Notat {n} for klient {c}. " + "Observert og samtalt. " * 12)
    with db.reading() as conn:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("record_versions", "audit_log", "outbox")}
    db.close()
    return counts


def assert_calm(text: str) -> None:
    lowered = text.lower()
    assert not any(word in lowered for word in DELETE_WORDS), text


# -- ambulant check ---------------------------------------------------------------

def test_check_on_the_demo_database_then_a_flipped_middle_page(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "demo"
    prepare_demo(data_dir, PASSPHRASE, kdf=FAST_KDF)
    pw = passphrase_file(tmp_path)
    before = snapshot(data_dir, every_file=True)
    assert main(["--data-dir", str(data_dir), "--passphrase-file", str(pw), "check"]) == 0
    out = capsys.readouterr().out
    assert "Databasen er hel" in out
    assert snapshot(data_dir, every_file=True) == before

    db_file = data_dir / "ambulant.db"
    middle = page_count(db_file) // 2
    flip(db_file, middle)
    damaged = snapshot(data_dir, every_file=True)
    assert main(["--data-dir", str(data_dir), "--passphrase-file", str(pw), "check"]) == 1
    err = capsys.readouterr().err
    assert "Databasen er skadet: 1 av" in err and "Alt som kan leses, er i behold" in err
    assert "ambulant repair --out" in err and str(middle) in err
    assert "Traceback" not in err
    assert_calm(err)
    assert snapshot(data_dir, every_file=True) == damaged      # byte-identical: no -wal, no -shm, no key copy


def test_check_reads_committed_pages_still_in_the_wal_without_touching_the_folder(tmp_path: Path) -> None:
    """The app is running (or was killed): the WAL holds committed pages, and the check leaves them be."""
    data_dir = tmp_path / "data"
    journal_with_notes(data_dir, clients=1, notes=5)
    app = open_journal(data_dir, PASSPHRASE)
    try:
        add_client(app, name="Bare i WAL-en", birth=dt.date(1999, 9, 9))
        assert (data_dir / "ambulant.db-wal").stat().st_size > 0
        before = snapshot(data_dir, every_file=True)
        report = check_journal(data_dir, PASSPHRASE)
        assert report.sound and report.full
        assert snapshot(data_dir, every_file=True) == before
    finally:
        app.close()


# -- the open journal: calm errors, the rest readable, the window's checks ------------

def test_a_damaged_record_page_costs_only_its_rows(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    counts = journal_with_notes(data_dir)
    page = page_of(data_dir, PASSPHRASE, "record_versions")
    flip(data_dir / "ambulant.db", page)

    app = open_journal(data_dir, PASSPHRASE)
    try:
        assert len(app.list_clients()) == 3          # the heads (what the tabs show) are elsewhere
        quick = quick_check(app)
        full = full_check(app)
        assert not quick.sound and not full.sound
        assert page in full.bad_pages
        assert_calm(full.summary_nb() + full.summary_en())
        with pytest.raises(DatabaseDamaged) as caught:
            with app.db.reading() as conn:
                conn.execute("SELECT payload FROM record_versions").fetchall()
        assert "Alt annet er i behold" in caught.value.message_nb
        assert_calm(caught.value.message_nb + caught.value.message_en)
        # SQLCipher fails every read on a connection that met a bad page: the store opened a new one.
        assert len(app.list_clients()) == 3
        client = app.list_clients()[0]
        assert app.open_client(client.client_id).notes

        out = tmp_path / "repaired"
        outcome = repair_open_journal(app, out)
    finally:
        app.close()
    copied = outcome.report.copied
    lost = counts["record_versions"] - copied["record_versions"]
    assert 0 < lost < 20                               # one page of long notes
    assert copied["audit_log"] == counts["audit_log"] + 1     # and the read logged just now
    assert outcome.report.lost_unsent == lost          # nothing was synced: those are the real losses
    assert_calm(outcome.summary_nb() + outcome.summary_en())

    repaired = check_journal(out, PASSPHRASE)          # same passphrase, same key info
    assert repaired.sound
    kept = put_repaired_in_place(data_dir, out)
    assert (kept / "ambulant.db").exists()             # the damaged journal is kept, never deleted
    again = open_journal(data_dir, PASSPHRASE)
    try:
        assert len(again.list_clients()) == 3
        assert again.status().outbox.pending == counts["outbox"] + 1 - lost
        assert again.db.device_id == Database.open(kept, PASSPHRASE).device_id
    finally:
        again.close()


def test_repair_from_the_command_line_changes_nothing_in_the_damaged_folder(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    journal_with_notes(data_dir, clients=2, notes=60)
    flip(data_dir / "ambulant.db", page_of(data_dir, PASSPHRASE, "record_versions"))
    before = snapshot(data_dir, every_file=True)
    pw = passphrase_file(tmp_path)
    out = tmp_path / "repaired"
    assert main(["--data-dir", str(data_dir), "--passphrase-file", str(pw), "repair", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Ny kryptert database" in text and "Den skadede databasen er ikke endret" in text
    assert snapshot(data_dir, every_file=True) == before
    assert main(["--data-dir", str(out), "--passphrase-file", str(pw), "check"]) == 0
    assert not repair_journal(data_dir, PASSPHRASE, tmp_path / "second").report.complete


def test_a_sync_still_sends_what_can_be_read(tmp_path: Path) -> None:
    """The issue: one bad page and the sync sent 0 of 1,836. Now it sends everything readable."""
    from desktop.sync.engine import SyncEngine
    from desktop.sync.settings import SyncSettings
    from tests.fhir_standin import StandinServer
    from tests.sync.conftest import FAST_RETRY

    data_dir = tmp_path / "data"
    counts = journal_with_notes(data_dir, clients=2, notes=80)
    flip(data_dir / "ambulant.db", page_of(data_dir, PASSPHRASE, "record_versions", "payload"))
    app = open_journal(data_dir, PASSPHRASE)
    try:
        with StandinServer() as standin:
            summary = SyncEngine(app.db, SyncSettings(server_url=standin.base_url), retry=FAST_RETRY).run()
        status = app.status().outbox
    finally:
        app.close()
    assert summary.sent > counts["outbox"] - 40        # all but the rows on the one page (and their audit lines)
    assert status.synced == summary.sent and status.pending == 0
    assert 0 < status.failed < 40                      # the unreadable ones, each with a reason


def test_no_store_message_invites_deleting_the_journal() -> None:
    """Every StoreError the user can see, in both languages: "nothing was deleted" is fine, "delete it" is not."""
    import inspect
    import re

    from desktop.store import errors

    invites = re.compile(r"\b(slett|slette|delete|remove|fjern|fjerne)\b", re.IGNORECASE)
    samples = {"path": "/data/ambulant.db", "data_dir": "/data", "found": 3, "known": 2, "wait_seconds": 4,
               "days": 20, "limit": 14, "at": "2026-12-01T10:00:00", "unconfirmed": 2}
    checked = 0
    for _name, cls in inspect.getmembers(errors, inspect.isclass):
        if not issubclass(cls, errors.StoreError) or cls is errors.StoreError:
            continue
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        error = cls(*[samples[p] for p in params])
        for text in (error.message_nb, error.message_en):
            assert not invites.search(text), text
        checked += 1
    assert checked >= 15


def test_a_damaged_first_page_is_damage_not_a_traceback(tmp_path: Path, capsys) -> None:
    data_dir = tmp_path / "data"
    journal_with_notes(data_dir, clients=1, notes=3)
    flip(data_dir / "ambulant.db", 1, offset=200)
    before = snapshot(data_dir, every_file=True)
    assert main(["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file(tmp_path)), "check"]) == 1
    err = capsys.readouterr().err
    assert "Databasen er skadet: 1 av " in err and "Traceback" not in err and " av 0 " not in err
    assert snapshot(data_dir, every_file=True) == before
