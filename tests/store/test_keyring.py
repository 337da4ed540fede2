"""The database key in a real OS keyring (Secret Service), wrapped by the passphrase."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import keyring
import pytest
import secretstorage
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from jeepney.io.blocking import open_dbus_connection

from desktop.services import Ambulant
from desktop.store.database import Database, DatabaseFiles
from desktop.store.errors import KeyMissing, KeyringEntryDamaged, KeyringEntryForeign, WrongPassphrase
from desktop.store.keys import KEYRING_SERVICE, KeyInfo, KeyMode, keyring_available, unlock_key
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client

from .secret_service import SecretServiceSession, secret_service  # noqa: F401  (the fixture)
from .store_files import snapshot


def stored_secrets(session: SecretServiceSession, database_id: str) -> list[bytes]:
    """The secrets Secret Service itself holds for this database (read without the keyring library)."""
    conn = open_dbus_connection(bus=session.bus_address)
    try:
        items = secretstorage.search_items(conn, {"service": KEYRING_SERVICE, "username": database_id})
        return [item.get_secret() for item in items]
    finally:
        conn.close()


def forms_of(key: bytes) -> list[bytes]:
    return [key, key.hex().encode(), key.hex().upper().encode(), base64.b64encode(key)]


def test_keyring_mode_with_a_real_secret_service(secret_service: SecretServiceSession,  # noqa: F811
                                                 data_dir: Path) -> None:
    assert keyring_available()
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF, use_keyring=True)
    client = add_client(Ambulant(db))
    db.close()

    files = DatabaseFiles(data_dir)
    info = KeyInfo.load(files.key_info)
    raw_info = files.key_info.read_bytes()
    assert info.mode is KeyMode.KEYRING and json.loads(raw_info)["mode"] == "keyring"
    assert info.check == ""          # nothing in the file can test a passphrase guess offline

    [secret] = stored_secrets(secret_service, info.database_id)
    entry = json.loads(secret)
    assert entry["database_id"] == info.database_id      # names its journal (a mix-up is not a wrong passphrase)
    wrapped = base64.b64decode(entry["wrapped"])
    assert len(wrapped) == 12 + 32 + 16   # nonce + AES-GCM(key) + tag: wrapped, not the key itself
    db_key = unlock_key(info, PASSPHRASE)
    assert len(db_key) == 32
    for form in forms_of(db_key):
        assert form not in raw_info and form not in secret
        assert form not in files.db.read_bytes()

    again = Database.open(data_dir, PASSPHRASE)
    try:
        assert Ambulant(again).list_clients() == [client]
    finally:
        again.close()

    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        Database.open(data_dir, "feil passordfrase")
    assert snapshot(data_dir) == before

    keyring.delete_password(KEYRING_SERVICE, info.database_id)
    assert stored_secrets(secret_service, info.database_id) == []
    with pytest.raises(KeyMissing) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert "nøkkelringen" in caught.value.message_nb
    assert snapshot(data_dir) == before


def test_default_is_keyring_mode_when_a_keyring_exists(secret_service: SecretServiceSession,  # noqa: F811
                                                       data_dir: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    try:
        assert db.key_info is not None and db.key_info.mode is KeyMode.KEYRING
        assert len(stored_secrets(secret_service, db.key_info.database_id)) == 1
    finally:
        db.close()


def test_without_a_keyring_the_key_comes_from_the_passphrase(data_dir: Path) -> None:
    """Under the 'fail' backend (as on a headless box): passphrase mode, still no key on disk."""
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.fail"
    assert not keyring_available()
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    db.close()
    info = KeyInfo.load(DatabaseFiles(data_dir).key_info)
    assert info.mode is KeyMode.PASSPHRASE and info.check
    raw_info = DatabaseFiles(data_dir).key_info.read_bytes()
    for form in forms_of(unlock_key(info, PASSPHRASE)):
        assert form not in raw_info
    with pytest.raises(WrongPassphrase):
        unlock_key(info, "feil passordfrase")


@pytest.mark.parametrize("garbage", ["", "not base64 at all!", base64.b64encode(b"short").decode(),
                                     '{"format": "ambulant-wrapped-key/2"', '{"format": "other/1"}', "[1, 2]"],
                         ids=["empty", "not-base64", "too-short", "broken-json", "foreign-format", "json-list"])
def test_a_garbage_keyring_entry_is_a_message_not_a_traceback(secret_service: SecretServiceSession,  # noqa: F811
                                                              data_dir: Path, garbage: str) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF, use_keyring=True)
    database_id = db.key_info.database_id   # type: ignore[union-attr]
    db.close()
    keyring.set_password(KEYRING_SERVICE, database_id, garbage)
    before = snapshot(data_dir)
    with pytest.raises(KeyringEntryDamaged) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert "skadet" in caught.value.message_nb and "Feil passordfrase" not in caught.value.message_nb
    assert snapshot(data_dir) == before


def test_another_journals_keyring_entry_says_so(secret_service: SecretServiceSession,  # noqa: F811
                                                tmp_path: Path) -> None:
    """The issue: the right passphrase, but the entry belongs to another journal, said "Feil passordfrase"."""
    ids = []
    for name in ("a", "b"):
        db = Database.create(tmp_path / name, PASSPHRASE, WORKER, kdf=FAST_KDF, use_keyring=True)
        ids.append(db.key_info.database_id)   # type: ignore[union-attr]
        db.close()
    keyring.set_password(KEYRING_SERVICE, ids[0], keyring.get_password(KEYRING_SERVICE, ids[1]))
    before = snapshot(tmp_path / "a", every_file=True)
    with pytest.raises(KeyringEntryForeign) as caught:
        Database.open(tmp_path / "a", PASSPHRASE)
    assert "annen Ambulant-journal" in caught.value.message_nb
    assert snapshot(tmp_path / "a", every_file=True) == before    # not counted as a wrong passphrase either


def test_an_entry_from_before_it_named_its_journal_opens_and_is_rewritten(  # noqa: F811
        secret_service: SecretServiceSession, data_dir: Path) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF, use_keyring=True)
    info = db.key_info
    assert info is not None
    db.close()
    key = unlock_key(info, PASSPHRASE)
    kek = info.kdf.derive(PASSPHRASE, base64.b64decode(info.salt))
    nonce = b"\x01" * 12
    legacy = base64.b64encode(nonce + AESGCM(kek).encrypt(nonce, key, info.database_id.encode())).decode()
    keyring.set_password(KEYRING_SERVICE, info.database_id, legacy)
    Database.open(data_dir, PASSPHRASE).close()
    entry = json.loads(keyring.get_password(KEYRING_SERVICE, info.database_id))
    assert entry["database_id"] == info.database_id
