"""Schema 5: what the rules found in pulled records, per record version, in a real SQLCipher journal.

A schema-4 file gets the table when opened; a clean version supersedes an older finding (the older
row stays); a record marked entered in error shows nothing; a client removed from the device takes
its findings with it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import desktop.store.database as database_module
from desktop.domain.audit import AuditAction
from desktop.domain.overrides import Rule
from desktop.domain.record_rules import Finding
from desktop.domain.records import enter_in_error
from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.store.migrations import SCHEMA_VERSION
from desktop.store.pulled_findings import PulledFindingRepository
from desktop.store.purge import purge_client
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client, add_fixed_order

SERVER = "https://fhir.kommune.example/fhir"
CAVE = Finding(Rule.ALLERGY, "allergy", "CAVE! Penicillin: Amoxicillin har ATC-kode J01CA04.",
               "CAVE! Penicillin: Amoxicillin has ATC code J01CA04.")


def test_a_schema_four_file_gets_the_findings_table(tmp_path: Path, clock, monkeypatch) -> None:
    data_dir = tmp_path / "data"
    with monkeypatch.context() as patch:
        patch.setattr(database_module, "SCHEMA_VERSION", 4)
        db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
        client = add_client(Ambulant(db, clock=clock))
        assert db.schema_version == 4
        db.close()
    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert db.schema_version == SCHEMA_VERSION == 5
        assert (data_dir / "ambulant.db.schema4.bak").exists()
        with db.reading() as conn:
            assert PulledFindingRepository(conn).current(client.client_id) == []
    finally:
        db.close()


def test_the_newest_judged_version_is_what_shows(db: Database, app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Amoxicillin", atc="J01CA04")
    other = add_fixed_order(app, cid, "Metformin")
    with db.transaction() as conn:
        repo = PulledFindingRepository(conn)
        repo.judged(other.order_id, 1, cid, SERVER, [], clock.now)        # clean, nothing to supersede: no row
        repo.judged(order.order_id, 1, cid, SERVER, [CAVE], clock.now)
    with db.reading() as conn:
        repo = PulledFindingRepository(conn)
        assert repo.for_version(other.order_id, 1) is None
        (shown,) = repo.current(cid)
        assert (shown.record_id, shown.version, shown.finding) == (order.order_id, 1, CAVE)
        assert shown.judged_at == clock.now
    with db.transaction() as conn:
        PulledFindingRepository(conn).judged(order.order_id, 2, cid, SERVER, [], clock.now)
    with db.reading() as conn:
        repo = PulledFindingRepository(conn)
        assert repo.current(cid) == []                                    # the clean version 2 supersedes it
        assert repo.for_version(order.order_id, 1) == [CAVE] and repo.for_version(order.order_id, 2) == []


def test_an_entry_in_error_shows_nothing_and_a_purge_takes_the_rows(db: Database, app: Ambulant,
                                                                    clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Amoxicillin", atc="J01CA04")
    with db.transaction() as conn:
        PulledFindingRepository(conn).judged(order.order_id, 1, cid, SERVER, [CAVE], clock.now)
    wrong = enter_in_error(order, "Feil bruker", WORKER, db.device_id, clock.now)
    db.save([wrong], WORKER, AuditAction.ENTER_IN_ERROR, clock.now)
    with db.reading() as conn:
        assert PulledFindingRepository(conn).current(cid) == []
    with db.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'synced'")               # everything confirmed: it may go
        purge_client(conn, cid, WORKER, clock.now + dt.timedelta(minutes=1), db.device_id, "Fjernet")
    with db.reading() as conn:
        assert conn.execute("SELECT count(*) FROM pulled_findings").fetchone()[0] == 0


def test_a_rule_this_version_does_not_know_is_skipped_not_lost(db: Database, app: Ambulant, clock) -> None:
    rule = "no-such-rule"
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Amoxicillin", atc="J01CA04")
    with db.transaction() as conn:
        conn.execute("INSERT INTO pulled_findings VALUES (?,?,?,?,?,?)",
                     (order.order_id, 1, cid, SERVER,
                      json.dumps([{"rule": rule, "field": "x", "message_nb": "a", "message_en": "b"}]),
                      "2026-11-26T08:00:00.000000Z"))
    with db.reading() as conn:
        assert PulledFindingRepository(conn).current(cid) == []
        assert conn.execute("SELECT findings FROM pulled_findings").fetchone()[0].count(rule) == 1
