"""No single file loses the data: the key info is kept twice, checked, compared and restored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.services import Ambulant
from desktop.store.database import Database, DatabaseFiles
from desktop.store.errors import KeyFilesForeign, KeyInfoMissing, WrongPassphrase
from desktop.store.key_copies import database_salt
from desktop.store.keys import KeyInfo
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client

from .store_files import snapshot


def make_journal(data_dir: Path) -> str:
    """A closed journal with one client; returns the client's name."""
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    client = add_client(Ambulant(db))
    db.close()
    return client.name


def opens_with_client(data_dir: Path, name: str) -> None:
    db = Database.open(data_dir, PASSPHRASE)
    try:
        assert [c.name for c in Ambulant(db).list_clients()] == [name]
    finally:
        db.close()


def test_two_identical_checked_copies_that_name_their_database(data_dir: Path) -> None:
    make_journal(data_dir)
    files = DatabaseFiles(data_dir)
    assert files.key_info.read_bytes() == files.key_copy.read_bytes()
    info = KeyInfo.load(files.key_copy)
    assert info.db_salt == database_salt(files.db)
    assert "checksum" in json.loads(files.key_info.read_text())


@pytest.mark.parametrize("which", ["key_info", "key_copy"])
@pytest.mark.parametrize("spoil", ["deleted", "emptied", "one-character-changed", "bad-kdf", "huge-kdf"])
def test_one_copy_lost_or_damaged_the_right_passphrase_still_opens_and_the_copy_comes_back(
        data_dir: Path, which: str, spoil: str) -> None:
    name = make_journal(data_dir)
    files = DatabaseFiles(data_dir)
    good = files.key_copy.read_bytes()
    path: Path = getattr(files, which)
    if spoil == "deleted":
        path.unlink()
    elif spoil == "emptied":
        path.write_bytes(b"")
    elif spoil == "one-character-changed":   # still valid JSON with a valid-looking salt: the checksum catches it
        data = json.loads(path.read_text())
        data["salt"] = ("A" if data["salt"][0] != "A" else "B") + data["salt"][1:]
        path.write_text(json.dumps(data, indent=2))
    else:
        data = json.loads(path.read_text())
        data["kdf"]["n"] = 3 if spoil == "bad-kdf" else 2 ** 40    # scrypt would fail / ask for terabytes
        data.pop("checksum")                                         # as a file written before checksums
        path.write_text(json.dumps(data, indent=2))
    opens_with_client(data_dir, name)
    assert files.key_info.read_bytes() == good and files.key_copy.read_bytes() == good


def test_a_wrong_passphrase_restores_nothing(data_dir: Path) -> None:
    make_journal(data_dir)
    files = DatabaseFiles(data_dir)
    files.key_copy.unlink()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        Database.open(data_dir, "feil passordfrase")
    assert snapshot(data_dir) == before and not files.key_copy.exists()


def test_both_copies_gone_the_migration_backup_key_still_opens(data_dir: Path) -> None:
    name = make_journal(data_dir)
    files = DatabaseFiles(data_dir)
    shutil.copy(files.key_info, data_dir / "ambulant-key.json.schema1.bak")   # as the migration leaves it
    files.key_info.unlink()
    files.key_copy.unlink()
    opens_with_client(data_dir, name)
    assert files.key_info.exists() and files.key_copy.exists()


def test_both_copies_gone_says_what_it_means_not_foreign_database(data_dir: Path) -> None:
    make_journal(data_dir)
    files = DatabaseFiles(data_dir)
    files.key_info.unlink()
    files.key_copy.unlink()
    before = snapshot(data_dir)
    with pytest.raises(KeyInfoMissing) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert "ikke en Ambulant-database" not in caught.value.message_nb
    assert "ambulant-key.json" in caught.value.message_nb and "sikkerhetskopi" in caught.value.message_nb
    assert snapshot(data_dir) == before


def test_key_files_of_another_journal_are_named_as_such(tmp_path: Path) -> None:
    make_journal(tmp_path / "a")
    make_journal(tmp_path / "b")
    for name in ("ambulant-key.json", "ambulant-key-copy.json"):
        shutil.copy(tmp_path / "b" / name, tmp_path / "a" / name)
    before = snapshot(tmp_path / "a")
    with pytest.raises(KeyFilesForeign) as caught:
        Database.open(tmp_path / "a", PASSPHRASE)        # the same passphrase would unlock b's key
    assert "hører ikke til databasefilen" in caught.value.message_nb
    assert snapshot(tmp_path / "a") == before


def test_a_copy_of_another_journal_beside_a_good_one_is_ignored_and_replaced(tmp_path: Path) -> None:
    name = make_journal(tmp_path / "a")
    make_journal(tmp_path / "b")
    good = (tmp_path / "a" / "ambulant-key.json").read_bytes()
    shutil.copy(tmp_path / "b" / "ambulant-key.json", tmp_path / "a" / "ambulant-key.json")
    opens_with_client(tmp_path / "a", name)
    assert (tmp_path / "a" / "ambulant-key.json").read_bytes() == good


def test_a_journal_from_before_the_copies_gains_them(data_dir: Path) -> None:
    """Key info as the app wrote it before: one file, no checksum, no database salt."""
    name = make_journal(data_dir)
    files = DatabaseFiles(data_dir)
    data = json.loads(files.key_info.read_text())
    for field in ("checksum", "db_salt"):
        data.pop(field)
    files.key_info.write_text(json.dumps(data, indent=2))
    files.key_copy.unlink()
    opens_with_client(data_dir, name)
    restored = KeyInfo.load(files.key_copy)
    assert restored.db_salt == database_salt(files.db)
    assert files.key_info.read_bytes() == files.key_copy.read_bytes()
