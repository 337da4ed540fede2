"""The encrypted store on a real SQLCipher file: opening, refusing, append-only, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain.codec import from_plain
from desktop.domain.kinds import RECORD_KINDS
from desktop.domain.observation import JournalNote
from desktop.domain.records import correct, new_meta
from desktop.services import Ambulant
from desktop.domain.audit import AuditAction
from desktop.store.connection import APPLICATION_ID, DatabaseError, connect
from desktop.store.database import Database, DatabaseFiles, _split_sql
from desktop.store.errors import (DatabaseExists, KeyInfoMissing, NewerSchema, NoDatabase, NotAnAmbulantDatabase,
                                  VersionConflict, WrongPassphrase)
from desktop.store.keys import KeyMode, create_key
from desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock
from tests.helpers import add_client

from .store_files import raw_connection, snapshot

SQLITE_HEADER = b"SQLite format 3\x00"
SCHEMA1 = Path(__file__).with_name("schema1")


def make_db(data_dir: Path) -> None:
    """A closed database with one client in it."""
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    add_client(Ambulant(db))
    db.close()


def counts(db: Database) -> dict[str, int]:
    with db.reading() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("record_versions", "record_heads", "outbox", "audit_log")}


# -- create and open -------------------------------------------------------------

def test_create_then_open_keeps_everything(data_dir: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    client = add_client(Ambulant(db))
    device = db.device_id
    db.close()

    again = Database.open(data_dir, PASSPHRASE)
    try:
        assert Ambulant(again).list_clients() == [client]
        assert again.device_id == device
        assert again.worker == WORKER
        assert again.schema_version == SCHEMA_VERSION
        assert again.key_info is not None and again.key_info.mode is KeyMode.PASSPHRASE  # fail keyring in tests
    finally:
        again.close()


def test_the_file_is_encrypted(data_dir: Path, tmp_path: Path) -> None:
    make_db(data_dir)
    assert not DatabaseFiles(data_dir).db.read_bytes().startswith(SQLITE_HEADER)
    # The same code path with encryption switched off does write the plain header, so the check means something.
    plain = Database.create(tmp_path / "plain", "", WORKER, _plain=True)
    plain.close()
    assert DatabaseFiles(tmp_path / "plain").db.read_bytes().startswith(SQLITE_HEADER)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_are_private(data_dir: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    try:
        add_client(Ambulant(db))
        assert data_dir.stat().st_mode & 0o777 == 0o700
        for path in data_dir.iterdir():   # db, -wal, -shm, key info
            assert path.stat().st_mode & 0o077 == 0, path.name
    finally:
        db.close()


def test_create_refuses_an_existing_database(data_dir: Path) -> None:
    make_db(data_dir)
    before = snapshot(data_dir)
    with pytest.raises(DatabaseExists) as caught:
        Database.create(data_dir, "et annet passord", WORKER, kdf=FAST_KDF)
    assert "overskrevet" in caught.value.message_nb
    assert snapshot(data_dir) == before


def test_create_refuses_a_folder_with_only_a_database_file(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "ambulant.db").write_bytes(b"someone else's file")
    with pytest.raises(DatabaseExists):
        Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    assert (data_dir / "ambulant.db").read_bytes() == b"someone else's file"


def test_open_without_a_database(tmp_path: Path) -> None:
    with pytest.raises(NoDatabase):
        Database.open(tmp_path / "nothing", PASSPHRASE)


# -- wrong passphrase ------------------------------------------------------------

def test_wrong_passphrase_changes_no_byte(data_dir: Path) -> None:
    make_db(data_dir)
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase) as caught:
        Database.open(data_dir, "feil passordfrase")
    assert caught.value.message_nb.startswith("Feil passordfrase")
    assert caught.value.exit_code == 2
    assert snapshot(data_dir) == before


def test_wrong_passphrase_while_the_wal_holds_data(db: Database, data_dir: Path) -> None:
    """Another process has the database open with committed pages still in the WAL."""
    add_client(Ambulant(db))
    before = snapshot(data_dir)
    assert {"ambulant.db-wal", "ambulant.db-shm"} <= set(before)
    assert (data_dir / "ambulant.db-wal").stat().st_size > 0
    with pytest.raises(WrongPassphrase):
        Database.open(data_dir, "feil passordfrase")
    assert snapshot(data_dir) == before


# -- files that are not ours -------------------------------------------------------

def _random(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES ('hei')")
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _first_page_damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:200] = os.urandom(100)
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3 + 17])


@pytest.mark.parametrize("spoil", [_random, _plain_sqlite, _empty, _first_page_damaged, _truncated],
                         ids=["random-bytes", "plain-sqlite", "empty-file", "damaged-first-page", "truncated"])
def test_a_file_that_is_not_an_ambulant_database_is_left_alone(data_dir: Path, spoil) -> None:
    make_db(data_dir)
    spoil(DatabaseFiles(data_dir).db)
    before = snapshot(data_dir)
    for _ in range(2):   # and a second attempt sees the very same file: nothing was re-initialised
        with pytest.raises(NotAnAmbulantDatabase) as caught:
            Database.open(data_dir, PASSPHRASE).close()
        assert "ikke endret" in caught.value.message_nb
        assert caught.value.exit_code == 1
        assert snapshot(data_dir) == before
    with pytest.raises(DatabaseExists):
        Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("key_info", [None, b"", b"{not json", json.dumps({"format": "other/9"}).encode()],
                         ids=["missing", "empty", "not-json", "unknown-format"])
def test_missing_or_foreign_key_info(data_dir: Path, key_info: bytes | None) -> None:
    """Both copies gone or spoilt (one alone is survived: tests/store/test_key_copies.py)."""
    make_db(data_dir)
    files = DatabaseFiles(data_dir)
    for path in (files.key_info, files.key_copy):
        if key_info is None:
            path.unlink()
        else:
            path.write_bytes(key_info)
    before = snapshot(data_dir)
    with pytest.raises(KeyInfoMissing) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert "selv med riktig passordfrase" in caught.value.message_nb and "ikke endret" in caught.value.message_nb
    assert snapshot(data_dir) == before


def test_an_encrypted_file_without_our_application_id(data_dir: Path) -> None:
    """Right key, a real SQLCipher file, but not made by Ambulant."""
    make_db(data_dir)
    conn = raw_connection(data_dir, PASSPHRASE)
    conn.execute("PRAGMA application_id = 12345")
    conn.close()
    before = snapshot(data_dir)
    with pytest.raises(NotAnAmbulantDatabase):
        Database.open(data_dir, PASSPHRASE)
    assert snapshot(data_dir) == before


def test_a_database_from_a_newer_version_is_refused(data_dir: Path) -> None:
    make_db(data_dir)
    conn = raw_connection(data_dir, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = snapshot(data_dir)
    with pytest.raises(NewerSchema) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert f"skjema {SCHEMA_VERSION + 1}" in caught.value.message_nb
    assert snapshot(data_dir) == before


# -- append-only -----------------------------------------------------------------

@pytest.mark.parametrize("sql", [
    "UPDATE record_versions SET payload = '{}'",
    "DELETE FROM record_versions",
    "UPDATE audit_log SET actor_name = 'Noen andre'",
    "DELETE FROM audit_log",
])
def test_journal_and_audit_log_are_append_only(app: Ambulant, sql: str) -> None:
    client = add_client(app)
    app.write_note(client.client_id, "Skal stå.")
    before = counts(app.db)
    with pytest.raises(DatabaseError, match="append-only"):
        with app.db.transaction() as conn:
            conn.execute(sql)
    assert counts(app.db) == before
    assert [n.text for n in app.overview(client).notes] == ["Skal stå."]
    assert app.access_log(client.client_id)[0].actor == WORKER


# -- one transaction ---------------------------------------------------------------

def test_record_outbox_and_audit_are_one_transaction(app: Ambulant, clock: Clock) -> None:
    client = add_client(app)
    note = app.write_note(client.client_id, "Versjon 1")
    before = counts(app.db)

    fresh = JournalNote(new_meta(WORKER, app.db.device_id, clock.now), client.client_id, "Nytt notat")
    skipped = correct(note, WORKER, app.db.device_id, clock.now, text="Versjon 2 (aldri lagret)")
    stale = correct(skipped, WORKER, app.db.device_id, clock.now, text="Versjon 3")  # replaces a version not stored
    with pytest.raises(VersionConflict):
        app.db.save([fresh, stale], WORKER, AuditAction.CREATE, clock.now)

    assert counts(app.db) == before
    with app.db.reading():
        assert app.db.records.get(fresh.meta.record_id) is None
        assert app.db.records.get(note.meta.record_id) == note
        assert app.db.audit.for_client(client.client_id, limit=1000)[0].record_id == note.meta.record_id


def test_a_stale_correction_is_refused(app: Ambulant) -> None:
    client = add_client(app)
    note = app.write_note(client.client_id, "Original")
    app.correct(note.meta.record_id, text="Rettet av meg")
    # A second device corrected the same version it read earlier: it must not silently win.
    other = correct(note, WORKER, "other-device", app.clock(), text="Rettet av en annen")
    with pytest.raises(VersionConflict):
        app.db.save([other], WORKER, AuditAction.CORRECT, app.clock())
    assert [v.text for v in app.history(note.meta.record_id)] == ["Original", "Rettet av meg"]


def test_every_version_and_audit_event_gets_one_outbox_row(app: Ambulant) -> None:
    client = add_client(app)
    note = app.write_note(client.client_id, "En")
    app.correct(note.meta.record_id, text="To")
    app.enter_in_error(note.meta.record_id, "Feil bruker")
    app.open_client(client.client_id)   # a read is audited too
    with app.db.reading() as conn:
        versions = {r[0] for r in conn.execute("SELECT version_id FROM record_versions")}
        events = {r[0] for r in conn.execute("SELECT event_id FROM audit_log")}
        rows = conn.execute("SELECT entity, ref FROM outbox").fetchall()
    assert sorted(ref for entity, ref in rows if entity == "record") == sorted(versions)
    assert sorted(ref for entity, ref in rows if entity == "audit") == sorted(events)
    assert len(versions) == 4 and len(events) == 5   # client, 3 note versions; + one read
    assert app.status().outbox.pending == len(rows)


# -- migrations ------------------------------------------------------------------

def test_split_sql_keeps_triggers_whole() -> None:
    statements = _split_sql(MIGRATIONS[0])
    assert all(sqlite3.complete_statement(s) for s in statements)
    triggers = [s for s in statements if s.lstrip().upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 4 and all(t.rstrip().upper().endswith("END;") for t in triggers)
    assert sum(s.lstrip().upper().startswith("CREATE TABLE") for s in statements) == 5
    assert not any(s.lstrip().startswith("--") for s in statements)


def test_every_migration_splits_into_complete_statements() -> None:
    for number, script in enumerate(MIGRATIONS, start=1):
        statements = _split_sql(script)
        assert statements, number
        assert all(sqlite3.complete_statement(s) for s in statements), number


def test_a_schema_one_file_is_backed_up_and_migrated_without_losing_a_record(tmp_path: Path) -> None:
    """A database written by the schema-1 code (kept in tests/store/schema1/, never regenerated)."""
    data_dir = tmp_path / "data"
    shutil.copytree(SCHEMA1 / "data", data_dir)
    expected = json.loads((SCHEMA1 / "expected.json").read_text(encoding="utf-8"))
    original = (data_dir / "ambulant.db").read_bytes()

    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert db.schema_version == SCHEMA_VERSION
        assert (data_dir / "ambulant.db.schema1.bak").read_bytes() == original
        with db.reading() as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("record_versions", "outbox", "audit_log")} == expected["counts"]
            assert db.records.counts() == Counter(e["kind"] for e in expected["current"].values())
            for record_id, entry in expected["current"].items():
                assert db.records.get(record_id) == from_plain(RECORD_KINDS[entry["kind"]], entry["plain"])
                assert len(db.records.history(record_id)) == expected["history_lengths"][record_id]

        app = Ambulant(db)
        a, b = expected["clients"]["a"], expected["clients"]["b"]
        overview = app.overview(app.get_client(a))
        assert [n.text for n in overview.notes] == ["Første notat, rettet."]
        assert [o.administration_notes for o in overview.orders if not o.as_needed] == ["Gis med mat."]
        [note] = overview.notes
        app.correct(note.meta.record_id, text="Rettet igjen etter migreringen.")
        assert [n.text for n in app.history(note.meta.record_id)] == [
            "Første notat, senere rettet.", "Første notat, rettet.", "Rettet igjen etter migreringen."]
        assert [n.meta.entered_in_error for n in app.overview(app.get_client(b)).notes] == [True]
        assert len(app.list_clients()) == 2
    finally:
        db.close()
    Database.open(data_dir, PASSPHRASE).close()
    # The backup carries its key info: without it the copy could not be opened.
    assert sorted(p.name for p in data_dir.glob("*.bak")) == ["ambulant-key.json.schema1.bak",
                                                              "ambulant.db.schema1.bak"]
    restored = tmp_path / "restored"
    restored.mkdir()
    shutil.copy(data_dir / "ambulant.db.schema1.bak", restored / "ambulant.db")
    shutil.copy(data_dir / "ambulant-key.json.schema1.bak", restored / "ambulant-key.json")
    again = Database.open(restored, PASSPHRASE)    # the backup opens (and is migrated in its own folder)
    try:
        assert len(Ambulant(again).list_clients()) == 2
    finally:
        again.close()


def test_split_sql_with_comments_and_a_multi_statement_trigger() -> None:
    script = """
    -- a comment; with a semicolon
    CREATE TABLE a (x);

    CREATE TRIGGER t AFTER INSERT ON a
    BEGIN
      INSERT INTO b VALUES (1);
      INSERT INTO b VALUES (2);
    END;
    CREATE INDEX a_x ON a (x);
    """
    statements = _split_sql(script)
    assert len(statements) == 3
    assert "INSERT INTO b VALUES (2);" in statements[1] and statements[1].rstrip().endswith("END;")
    assert statements[2].strip() == "CREATE INDEX a_x ON a (x);"


def test_opening_a_current_database_makes_no_backup(data_dir: Path) -> None:
    make_db(data_dir)
    Database.open(data_dir, PASSPHRASE).close()
    assert not list(data_dir.glob("*.bak"))


def test_a_schema_zero_file_is_backed_up_then_migrated(data_dir: Path) -> None:
    """The backup-and-migrate path, on a keyed Ambulant file that no migration has run on yet.

    No released version left such a file (schema 1 is the first release), so this
    exercises the mechanism, not an upgrade of real old data.
    """
    files = DatabaseFiles(data_dir)
    data_dir.mkdir()
    info, key = create_key(PASSPHRASE, FAST_KDF, use_keyring=False)
    info.save(files.key_info)
    conn = connect(files.db, key, create=True)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    original = files.db.read_bytes()

    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert db.schema_version == SCHEMA_VERSION
        backup = data_dir / "ambulant.db.schema0.bak"
        assert backup.read_bytes() == original
        assert not original.startswith(SQLITE_HEADER)
        with db.reading() as c:
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"meta", "record_versions", "record_heads", "outbox", "audit_log"} <= tables
    finally:
        db.close()


def test_times_are_stored_in_utc_and_sort_as_text(app: Ambulant, clock: Clock) -> None:
    client = add_client(app)
    # 00:30 in Oslo is the day before in UTC: the order must still follow the event time.
    late = app.write_note(client.client_id, "Sent", at=clock.now.replace(hour=23, minute=30))
    early = app.write_note(client.client_id, "Tidlig", at=clock.now.replace(hour=0, minute=30))
    with app.db.reading():
        ordered = app.db.records.current("note", client.client_id)
    assert [n.meta.record_id for n in ordered] == [early.meta.record_id, late.meta.record_id]
    with app.db.reading() as conn:
        stored = conn.execute("SELECT occurred_at FROM record_heads WHERE record_id = ?",
                              (early.meta.record_id,)).fetchone()[0]
    assert stored.endswith("Z") and stored.startswith((clock.now.date() - dt.timedelta(days=1)).isoformat())
