"""A client's name and a note's words appear in no file under the data folder."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.services import Ambulant
from desktop.store.database import Database
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock
from tests.helpers import add_client, add_fixed_order

from .store_files import data_files

NAME = "Qwzyxa Ærlighetsdottir-Wumpelsen"
NOTE = "Snorkelbjørn spiste sytten grønne kaktuser i kjelleren"
# Pieces too, in case a name is split or escaped on its way to disk.
NEEDLES = (NAME, NOTE, "Qwzyxa", "Wumpelsen", "Snorkelbj", "kaktuser i kjelleren")


def encodings(text: str) -> set[bytes]:
    return {text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"),
            json.dumps(text).encode("ascii")}


def leaks(data_dir: Path) -> list[str]:
    """'file: needle' for every needle found in any file under ``data_dir``."""
    found = []
    for path in data_files(data_dir):
        content = path.read_bytes()
        for needle in NEEDLES:
            if any(form in content for form in encodings(needle)):
                found.append(f"{path.name}: {needle}")
    return found


def write_secrets(app: Ambulant, clock: Clock) -> str:
    client = add_client(app, NAME, address=f"Hos {NAME}")
    order = add_fixed_order(app, client.client_id, administration_notes=NOTE)
    for i in range(30):      # enough writes that the WAL holds many pages
        clock.advance(minutes=10)
        app.write_note(client.client_id, f"{NOTE} ({i})")
    note = app.write_note(client.client_id, NOTE)
    app.correct(note.meta.record_id, text=f"{NOTE}, rettet")
    app.correct(order.order_id, administration_notes=f"{NOTE} igjen")
    return client.client_id


def test_name_and_note_are_in_no_file(tmp_path: Path, clock: Clock) -> None:
    data_dir = tmp_path / "data"
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    client_id = write_secrets(Ambulant(db, clock=clock), clock)

    names = {p.name for p in data_files(data_dir)}
    assert {"ambulant.db", "ambulant.db-wal", "ambulant.db-shm", "ambulant-key.json"} <= names
    assert (data_dir / "ambulant.db-wal").stat().st_size > 10_000
    assert leaks(data_dir) == []          # while open, with the writes still in the WAL
    db.close()
    assert leaks(data_dir) == []          # after the checkpoint folded the WAL into the file

    again = Database.open(data_dir, PASSPHRASE)
    app = Ambulant(again, clock=clock)
    overview = app.open_client(client_id)
    assert overview.client.name == NAME and overview.notes[0].text.startswith(NOTE)
    assert leaks(data_dir) == []          # reading writes an audit entry; still nothing in clear
    again.close()
    assert leaks(data_dir) == []


def test_the_search_finds_plain_text_when_it_is_there(tmp_path: Path, clock: Clock) -> None:
    """The same writes to an unencrypted file are found: the check above can fail."""
    data_dir = tmp_path / "plain"
    db = Database.create(data_dir, "", WORKER, _plain=True)
    write_secrets(Ambulant(db, clock=clock), clock)
    db.close()
    found = leaks(data_dir)
    assert f"ambulant.db: {NAME}" in found and f"ambulant.db: {NOTE}" in found
