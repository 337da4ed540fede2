"""The ``ambulant`` command, in-process through ``main()`` and once as ``python -m desktop``.

Every command that opens the database runs the real (slow) KDF, so the demo
folder is made once per module and the number of invocations is kept small.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.support.demo_data import _CLIENTS
from desktop.support.demo_ledger import LEDGER_DEMO_BIRTH, LEDGER_DEMO_NAME
from desktop.store.database import DatabaseFiles

from .store.store_files import snapshot

PASSPHRASE = "en lang nok passordfrase"


def passphrase_file(folder: Path, text: str = PASSPHRASE) -> Path:
    path = folder / "passphrase.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def run(data_dir: Path, pw: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "--passphrase-file", str(pw), *args])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder seeded by ``python -m desktop demo`` in a child process: (data_dir, passphrase file)."""
    base = tmp_path_factory.mktemp("cli-demo")
    pw = passphrase_file(base)
    data_dir = base / "data"
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}  # never the user's keyring
    proc = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--passphrase-file",
                           str(pw), "demo"], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr
    assert f"{len(_CLIENTS) + 1} nye brukere" in proc.stdout and "new clients" not in proc.stdout   # Norwegian only
    assert "ingen nøkkelring" in proc.stderr and "no OS keyring" not in proc.stderr
    return data_dir, pw


def json_out(capsys: pytest.CaptureFixture[str], code: int) -> object:
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


# -- init ------------------------------------------------------------------------

@pytest.mark.parametrize("hpr", ["12ab", "0", "1234567890", ""])
def test_init_with_a_bad_hpr_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], hpr: str) -> None:
    data_dir = tmp_path / "data"
    code = run(data_dir, passphrase_file(tmp_path), "init", "--name", "Test Vernepleier", "--hpr", hpr)
    assert code == 2
    err = capsys.readouterr().err
    assert "HPR-nummer må være" in err and "HPR number" not in err
    assert not DatabaseFiles(data_dir).exists()


def test_init_makes_an_encrypted_database_and_never_a_second(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, pw = tmp_path / "data", passphrase_file(tmp_path)
    assert run(data_dir, pw, "init", "--name", "Test Vernepleier", "--hpr", "1234567") == 0
    out = capsys.readouterr()
    assert "Ny kryptert database" in out.out
    files = DatabaseFiles(data_dir)
    assert not files.db.read_bytes().startswith(b"SQLite format 3")
    before = snapshot(data_dir)

    assert run(data_dir, pw, "init", "--name", "Noen Andre", "--hpr", "7654321") == 2
    assert "finnes allerede" in capsys.readouterr().err
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("text", ["kort", ""])
def test_short_passphrase_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    code = run(tmp_path / "data", passphrase_file(tmp_path, text), "init", "--name", "A B", "--hpr", "1234567")
    assert code == 2
    assert "minst 8 tegn" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()


def test_missing_passphrase_file_and_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "data", tmp_path / "no-such-file", "status") == 2
    assert "passordfrasefilen" in capsys.readouterr().err
    assert run(tmp_path / "data", passphrase_file(tmp_path), "status") == 2
    err = capsys.readouterr().err
    assert "ambulant init" in err and "Fant ingen database" in err


# -- demo, status, clients -----------------------------------------------------------

def test_demo_status_shows_the_demo_data_and_a_second_demo_adds_nothing(
        demo: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, pw = demo
    status = json_out(capsys, run(data_dir, pw, "status", "--json"))
    assert isinstance(status, dict)
    assert status["clients"] == len(_CLIENTS) + 1         # and the client with the controlled-drug ledger
    records = status["records"]
    for key in ("administrations", "observations", "notes"):
        assert isinstance(records[key], int) and records[key] > 0, key
    assert records["notes"] == 4 * 30                     # one note a day for 30 days per client
    assert set(status["outbox"]) >= {"pending", "failed", "synced"}
    assert status["outbox"]["pending"] > records["administrations"]
    assert status["outbox"]["failed"] == 0 and status["outbox"]["synced"] == 0

    assert run(data_dir, pw, "demo") == 0
    assert "finnes allerede" in capsys.readouterr().out
    assert json_out(capsys, run(data_dir, pw, "status", "--json")) == status


def test_clients_json(demo: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, pw = demo
    clients = json_out(capsys, run(data_dir, pw, "clients", "--json"))
    assert isinstance(clients, list) and len(clients) == len(_CLIENTS) + 1
    for c in clients:
        assert {"id", "name", "birth_date"} <= set(c)
        uuid.UUID(c["id"])
    expected = sorted([(name, birth.isoformat()) for name, birth, *_ in _CLIENTS]
                      + [(LEDGER_DEMO_NAME, LEDGER_DEMO_BIRTH.isoformat())])
    assert sorted((c["name"], c["birth_date"]) for c in clients) == expected


# -- faults ------------------------------------------------------------------------

def test_wrong_passphrase_exits_2_in_norwegian(demo: tuple[Path, Path], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = demo
    before = snapshot(data_dir)
    assert run(data_dir, passphrase_file(tmp_path, "feil passordfrase"), "status", "--json") == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert "Feil passordfrase" in out.err and "Wrong passphrase" not in out.err
    assert "Traceback" not in out.err
    assert snapshot(data_dir) == before


def _damage_first_page(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[200:400] = bytes(200)
    db.write_bytes(bytes(data))


def _damage_every_later_page(db: Path) -> None:
    """Page 1 still opens; the damage is found only when the data is read."""
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 100:offset + 120] = bytes(20)
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_damage_first_page, _damage_every_later_page], ids=["header", "data-pages"])
def test_a_corrupt_database_exits_1_with_a_message_and_is_left_alone(
        demo: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], damage) -> None:
    data_dir, pw = demo
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    damage(DatabaseFiles(copy).db)
    before = snapshot(copy)
    assert run(copy, pw, "status", "--json") == 1
    err = capsys.readouterr().err
    assert "er ikke en Ambulant-database, eller den er skadet" in err
    assert "not an Ambulant database" not in err
    assert "Traceback" not in err
    assert snapshot(copy) == before
