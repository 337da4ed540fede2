"""The done-when, from the command line: a fresh ``ambulant init`` with the worker's HPR and one
``ambulant sync`` bring the caseload down; a client taken off the CareTeam leaves with the next sync."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.clock import utcnow
from desktop.domain.identifiers import OID_FNR, OID_HPR
from desktop.support.demo_data import synthetic_id
from tests.conftest import PASSPHRASE, WORKER
from tests.sync.ehr_data import municipal_record


def test_init_and_one_sync_bring_the_caseload_and_a_removed_client_leaves(tmp_path: Path, fhir_server: Any,
                                                                         capsys) -> None:
    record = municipal_record(WORKER.name, WORKER.hpr, utcnow())
    fhir_server.seed(*record.resources)
    passphrase = tmp_path / "pass"
    passphrase.write_text(PASSPHRASE, encoding="utf-8")
    base = ["--data-dir", str(tmp_path / "data"), "--passphrase-file", str(passphrase)]

    def run(*args: str) -> str:
        code = main([*base, *args])
        out = capsys.readouterr()
        assert code == 0, out.err + out.out
        return out.out

    run("init", "--name", WORKER.name, "--hpr", WORKER.hpr)
    out = run("sync", "--server", fhir_server.base_url)
    assert "Brukere i arbeidslisten: 3 (3 nye)" in out and "Henter arbeidslisten" in out
    clients = json.loads(run("clients", "--json"))
    assert sorted(c["national_id"] for c in clients) == sorted(record.national_ids[p] for p in record.caseload)
    astrid = next(c for c in clients if c["name"] == "Astrid Berg")
    assert astrid["cave"] == ["Penicillin"]

    sheet = tmp_path / "ark.pdf"
    run("sheet", astrid["national_id"], "--out", str(sheet))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(sheet.read_bytes())).pages)
    assert "Penicillin" in text and "Paracetamol" in text and "Metformin" in text and "Oxazepam" in text

    # Intake on the laptop: a new client and a CAVE entry by hand, pushed with the next sync.
    newcomer = synthetic_id(__import__("datetime").date(1999, 9, 9))
    run("client", "add", "--name", "Frida Hansen", "--national-id", newcomer, "--birth-date", "09.09.1999",
        "--relative", "Ola Hansen;far;+47 400 00 000;ja")
    run("allergy", "add", "--client", astrid["national_id"], "--substance", "Jod", "--source", "Pasienten selv")

    team = next(r for r in record.resources if r["id"] == "ehr-ct-2")
    fhir_server.seed({**team, "participant": team["participant"][1:]})       # the worker is taken off
    out = run("sync", "--json")
    summary = json.loads(out.strip().splitlines()[-1])
    assert summary["outcome"] == "complete" and summary["pull"]["removed"] == 1
    names = sorted(c["name"] for c in json.loads(run("clients", "--json")))
    assert names == ["Astrid Berg", "Cecilie Eng", "Frida Hansen"]

    hprs = [i["value"] for p in fhir_server.search("Practitioner", {}) for i in p.get("identifier", [])
            if i["system"] == OID_HPR]
    assert sorted(hprs) == sorted(set(hprs)) and WORKER.hpr in hprs
    nids = [i["value"] for p in fhir_server.search("Patient", {}) for i in p.get("identifier", [])
            if i["system"] == OID_FNR]
    assert sorted(nids) == sorted(set(nids)) and newcomer in nids and len(nids) == 6
