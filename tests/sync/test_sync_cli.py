"""``ambulant sync``: progress, summary and exit codes 0 / 1 / 2."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.sync.settings import SyncSettings
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.helpers import add_client
from tests.sync.conftest import assert_exactly_once
from tests.sync.gateway import gateway_for


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path]:
    """A database with two clients and a note each, and a passphrase file."""
    data_dir = tmp_path / "data"
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    app = Ambulant(db)
    for client in (add_client(app), add_client(app, "Åse Ås", birth=dt.date(1990, 3, 3))):
        app.write_note(client.client_id, "Notat")
    db.close()
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data_dir, passphrase_file


def _cli(data: tuple[Path, Path], *args: str) -> int:
    data_dir, passphrase_file = data
    return main(["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file), "sync", *args])


def test_everything_synced_exits_0(data, server, capsys) -> None:
    assert _cli(data, "--server", server.base_url, "--batch", "3") == 0
    out = capsys.readouterr().out
    assert "Sendt" in out and "Alt er synkronisert" in out
    db = Database.open(data[0], PASSPHRASE)
    try:
        assert SyncSettings.load(db).server_url == server.base_url      # remembered
        assert SyncSettings.load(db).bundle_size == 3
        assert db.get_setting("last_sync")
        assert_exactly_once(db, server)
    finally:
        db.close()
    # The stored server is used when none is given.
    assert _cli(data, "--json") == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["outcome"] == "complete" and summary["sent"] == 0


def test_a_refused_record_exits_1(data, server, capsys) -> None:
    server.config.reject_predicate = lambda r: "Notater tas ikke imot" if r["resourceType"] == "DocumentReference" \
        else None
    assert _cli(data, "--server", server.base_url) == 1
    out = capsys.readouterr().out
    assert "Feilet (journalnotat): HTTP 422" in out and "Notater tas ikke imot" in out
    server.config.reject_predicate = None
    assert _cli(data, "--retry-failed") == 0


def test_unreachable_server_exits_2(data, server, capsys) -> None:
    with server.outage():
        assert _cli(data, "--server", server.base_url) == 2
    assert "Får ikke kontakt med serveren" in capsys.readouterr().out


def test_plain_http_to_another_machine_is_refused(data, capsys) -> None:
    assert _cli(data, "--server", "http://fhir.kommune.no/fhir") == 2
    assert "Ukryptert http" in capsys.readouterr().err


def test_token_file_is_sent_as_bearer(data, server, tmp_path, capsys) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("hemmelig\n", encoding="utf-8")
    with gateway_for(server.base_url, require_token=True, static_tokens={"hemmelig"}) as gw:
        assert _cli(data, "--server", gw.base_url, "--token-file", str(tmp_path / "missing")) == 2
        assert _cli(data, "--server", gw.base_url, "--token-file", str(token_file)) == 0
    assert "tokenfilen" in capsys.readouterr().out


def test_switching_servers_says_how_much_and_sends_everything_the_new_one_lacks(data, server, capsys) -> None:
    from tests.fhir_standin import StandinServer
    assert _cli(data, "--server", server.base_url) == 0
    capsys.readouterr()
    with StandinServer() as second:
        assert _cli(data, "--server", second.base_url, "--json") == 0
        captured = capsys.readouterr()
        summary = json.loads(captured.out)
        db = Database.open(data[0], PASSPHRASE)
        try:
            total = db.outbox.counts().synced
        finally:
            db.close()
        assert f"{total} poster er ikke bekreftet der" in captured.err
        assert summary["sent"] == total > 0
        assert second.resource_count("Patient") == 2
        # Back to the first server: it confirmed everything already (state is kept per server).
        assert _cli(data, "--server", server.base_url, "--json") == 0
        captured = capsys.readouterr()
        assert "0 poster er ikke bekreftet der" in captured.err
        assert json.loads(captured.out)["sent"] == 0
