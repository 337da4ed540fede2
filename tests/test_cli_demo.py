"""``--demo`` with every command, and a command line that speaks Norwegian only.

A newcomer follows the README: ``ambulant --demo status``, ``--demo sync``… must use the
demo folder and passphrase (and make the demo journal on first use), never ask for
``ambulant init``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.cli.loopback_fhir import LoopbackFhirServer
from desktop.cli.main import commands
from desktop.support.demo_data import DEMO_FOLDER

ENGLISH = ("usage:", "show this help", "options:", "clients /", "/ new", "passphrase:", "Wrong", "No database")


def norwegian_only(text: str) -> None:
    for word in ENGLISH:
        assert word not in text, f"English in the command line's output: {word!r} in {text!r}"


def test_every_command_works_with_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    base = ["--data-dir", str(data), "--demo"]
    assert main([*base, "status", "--json"]) == 0          # the demo journal is made on first use
    out = capsys.readouterr()
    assert json.loads(out.out)["clients"] == 5
    assert (data / DEMO_FOLDER / "ambulant.db").exists() and not (data / "ambulant.db").exists()

    assert main([*base, "status"]) == 0
    out = capsys.readouterr()
    assert "Brukere: 5" in out.out and "journalnotater: 120" in out.out
    norwegian_only(out.out + out.err)

    assert main([*base, "clients", "--json"]) == 0
    client = json.loads(capsys.readouterr().out)[0]
    sheet = tmp_path / "ark.pdf"
    assert main([*base, "sheet", client["id"], "--days", "7", "--out", str(sheet)]) == 0
    out = capsys.readouterr()
    assert sheet.read_bytes().startswith(b"%PDF") and "Legemiddelark lagret" in out.out
    norwegian_only(out.out + out.err)

    with LoopbackFhirServer() as server:
        assert main([*base, "sync", "--server", server.base_url, "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["sent"] > 0 and summary["failed"] == 0 and summary["waiting"] == 0

    done = {"status", "clients", "sheet", "sync"}
    for command in commands():          # commands added later must find the demo journal too
        if command.name not in done:
            try:
                main([*base, command.name])
            except SystemExit:      # a command whose arguments are required says so (in Norwegian)
                pass
            out = capsys.readouterr()
            norwegian_only(out.out + out.err)
            assert "Fant ingen database" not in out.err, command.name

    assert main([*base, "init", "--name", "A B", "--hpr", "1234567"]) == 2
    assert "--demo kan ikke brukes med init" in capsys.readouterr().err


def test_help_and_usage_errors_are_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as shown:
        main(["--help"])
    assert shown.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("bruk: ambulant") and "vis denne hjelpen" in out and "kommandoer" in out
    norwegian_only(out)
    with pytest.raises(SystemExit) as failed:
        main(["no-such-command"])
    assert failed.value.code == 2
    err = capsys.readouterr().err
    assert "feil: " in err and "ukjent valg" in err
    norwegian_only(err)
    with pytest.raises(SystemExit):
        main(["sheet"])
    assert "disse må oppgis" in capsys.readouterr().err
