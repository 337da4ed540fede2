"""Data on the device is bounded: the retention shuts client data, a sync opens it; a revoke shreds the journal.

Real journals, the real sync engine against the FHIR stand-in, a clock the test moves.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import keyring
import pytest

from desktop.domain.clock import utcnow
from desktop.domain.errors import DomainError
from desktop.services import Ambulant
from desktop.services.journal import open_journal, prepare_demo
from desktop.services.retention import (DEFAULT_RETENTION_DAYS, REFUSAL_DETAIL, last_server_contact,
                                        retention_status, set_retention_days)
from desktop.services.revoke import REVOKED_DETAIL, crypto_shred, handle_device_status
from desktop.store.database import Database, DatabaseFiles
from desktop.store.errors import ClientDataLocked, JournalShredded, KeyInfoMissing
from desktop.store.keys import KEYRING_SERVICE
from desktop.sync.engine import SyncEngine
from desktop.sync.settings import LAST_SYNC_KEY, SyncSettings
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock
from tests.fhir_standin import StandinServer
from tests.helpers import add_client
from tests.store.secret_service import SecretServiceSession, secret_service  # noqa: F401  (the fixture)
from tests.sync.conftest import FAST_RETRY


@pytest.fixture
def now_clock() -> Clock:
    """A clock starting at the real now: the journal's creation time is real."""
    return Clock(utcnow())


@pytest.fixture
def journal(data_dir: Path, now_clock: Clock) -> Ambulant:
    app = Ambulant(Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF), clock=now_clock)
    add_client(app)
    yield app
    if app.db.files.db.exists():
        app.close()


def refusals(app: Ambulant) -> int:
    with app.db.reading() as conn:
        return conn.execute("SELECT count(*) FROM audit_log WHERE detail = ?", (REFUSAL_DETAIL,)).fetchone()[0]


def test_fourteen_days_without_a_server_shut_client_data_until_a_sync(journal: Ambulant, now_clock: Clock) -> None:
    assert retention_status(journal).limit_days == DEFAULT_RETENTION_DAYS == 14
    client_id = journal.list_clients()[0].client_id
    now_clock.advance(days=13, hours=23)
    assert journal.list_clients()                    # a day short: still open
    now_clock.advance(hours=2)
    for read in (journal.list_clients, lambda: journal.open_client(client_id),
                 lambda: journal.history(client_id), lambda: journal.access_log(client_id)):
        with pytest.raises(ClientDataLocked) as caught:
            read()
    assert "14 dager" in caught.value.message_nb and "Synkroniser" in caught.value.message_nb
    assert "Ingenting er slettet" in caught.value.message_nb
    assert refusals(journal) == 1                    # audit-logged, once per session
    assert journal.sync_status().pending > 0         # what waits is still counted (and shown)

    with StandinServer() as standin:                 # the sync is still allowed
        summary = SyncEngine(journal.db, SyncSettings(server_url=standin.base_url), retry=FAST_RETRY,
                             clock=now_clock).run()
        assert summary.sent > 0
        assert standin.resource_count("AuditEvent") >= 2   # the refusal reached the server with the rest
    assert last_server_contact(journal) is not None
    assert [c.client_id for c in journal.list_clients()] == [client_id]   # open again

    now_clock.advance(days=DEFAULT_RETENTION_DAYS)
    with pytest.raises(ClientDataLocked):
        journal.list_clients()                        # counted from the last contact now


def test_the_retention_is_configurable_and_zero_turns_it_off(journal: Ambulant, now_clock: Clock) -> None:
    set_retention_days(journal, 3)
    now_clock.advance(days=3, minutes=1)
    with pytest.raises(ClientDataLocked):
        journal.list_clients()
    set_retention_days(journal, 0)
    now_clock.advance(days=400)
    assert journal.list_clients()
    for bad in (-1, 366, 2.5, True, "14"):
        with pytest.raises(DomainError):
            set_retention_days(journal, bad)  # type: ignore[arg-type]


def test_a_clock_set_back_or_a_stored_last_sync_in_the_future_does_not_shut_anything(journal: Ambulant,
                                                                                    now_clock: Clock) -> None:
    journal.db.set_setting(LAST_SYNC_KEY, (now_clock.now + dt.timedelta(days=30)).isoformat())
    assert not retention_status(journal).locked and journal.list_clients()


def test_the_demo_never_shuts(tmp_path: Path) -> None:
    prepare_demo(tmp_path / "demo", PASSPHRASE, kdf=FAST_KDF)
    far = Clock(utcnow() + dt.timedelta(days=365))
    app = open_journal(tmp_path / "demo", PASSPHRASE, clock=far)
    try:
        assert len(app.list_clients()) == 5
    finally:
        app.close()


# -- revoke: crypto-shredding ----------------------------------------------------------

def test_a_revoked_device_sends_what_waits_then_destroys_key_and_files(journal: Ambulant, data_dir: Path,
                                                                       tmp_path: Path) -> None:
    stolen = tmp_path / "copied-before"                # what a thief copied earlier: the encrypted file alone
    stolen.mkdir()
    shutil.copy(data_dir / "ambulant.db", stolen / "ambulant.db")

    assert handle_device_status(journal, device_active=True, waiting=5) is None
    assert handle_device_status(journal, device_active=False, waiting=5) is None    # announce first
    with journal.db.reading() as conn:
        [(ref,)] = conn.execute("SELECT o.ref FROM outbox o JOIN audit_log a ON a.event_id = o.ref "
                                "WHERE a.detail = ?", (REVOKED_DETAIL,)).fetchall()
    assert handle_device_status(journal, device_active=False, waiting=2) is None    # still sending
    report = handle_device_status(journal, device_active=False, waiting=0)
    assert report is not None and "trukket tilbake" in report.message_nb
    assert {"ambulant.db", "ambulant-key.json", "ambulant-key-copy.json"} <= set(report.destroyed)

    left = sorted(p.name for p in data_dir.iterdir())
    assert left == ["ambulant-shredded.json"]
    marker = (data_dir / "ambulant-shredded.json").read_text()
    assert "Kåre" not in marker and WORKER.name not in marker     # no record content in what is left
    with pytest.raises(JournalShredded) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert "trukket tilbake enheten" in caught.value.message_nb
    with pytest.raises(KeyInfoMissing):
        Database.open(stolen, PASSPHRASE)                          # the old copy is noise without the key info


def test_crypto_shred_removes_the_keyring_entry(secret_service: SecretServiceSession,  # noqa: F811
                                                 data_dir: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF, use_keyring=True)
    database_id = db.key_info.database_id   # type: ignore[union-attr]
    app = Ambulant(db)
    add_client(app)
    report = crypto_shred(app, "test")
    assert report.keyring_entry_removed
    assert keyring.get_password(KEYRING_SERVICE, database_id) is None
    assert not DatabaseFiles(data_dir).exists()
