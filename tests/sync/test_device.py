"""A lost laptop is revoked on the server: municipal IT sets its FHIR Device to inactive. At the next
contact the laptop sends what waits, destroys its journal, and says so — against the stand-in, its
Medplum profile and the independent Medplum server (the ``fhir_server`` fixture).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.services import Ambulant
from desktop.services.retention import REVOKED_REFUSAL_DETAIL
from desktop.services.revoke import REINSTATED_DETAIL, REVOKED_DETAIL
from desktop.store.database import Database
from desktop.store.errors import ClientDataLocked, DeviceRevoked, JournalShredded
from desktop.sync.engine import SyncEngine
from desktop.sync.settings import SyncSettings
from desktop.sync.summary import SyncOutcome
from tests.conftest import PASSPHRASE
from tests.helpers import add_client


def _settings(server: Any, pull: bool = True) -> SyncSettings:
    return SyncSettings(server_url=server.base_url, pull=pull)


def _revoke(server: Any, device_id: str, status: str = "inactive") -> None:
    """What municipal IT does in its own tool: the Device's status changed, written as another client."""
    device = server.get("Device", device_id)
    assert device is not None
    changed = {k: v for k, v in device.items() if k != "meta"}
    server.seed({**changed, "status": status})


def _audit_details(db: Database) -> list[str]:
    with db.reading() as conn:
        return [r[0] for r in conn.execute("SELECT detail FROM audit_log ORDER BY rowid").fetchall()]


@pytest.mark.parametrize("pull", [True, False], ids=["with-pull", "push-only"])
def test_registered_at_first_contact_then_a_revoke_sends_what_waits_and_destroys_the_journal(
        app: Ambulant, db: Database, fhir_server: Any, pull: bool) -> None:
    client = add_client(app)
    app.write_note(client.client_id, "Før tilbakekallingen")
    first = app.sync.run(settings=_settings(fhir_server, pull))
    assert first.device_active is True and first.waiting == 0 and not first.journal_destroyed
    device = fhir_server.get("Device", db.device_id)
    assert device is not None and device["status"] == "active"
    assert device["identifier"][0]["value"] == f"urn:uuid:{db.device_id}"

    again = app.sync.run(settings=_settings(fhir_server, pull))
    assert again.device_active is True
    assert fhir_server.resource_count("Device") == 1        # read again, never registered twice

    _revoke(fhir_server, db.device_id)
    late = app.write_note(client.client_id, "Skrevet etter tilbakekallingen, før kontakt")
    data_dir = db.files.data_dir
    summary = app.sync.run(settings=_settings(fhir_server, pull))

    assert summary.device_active is False and summary.journal_destroyed
    assert summary.outcome is SyncOutcome.COMPLETE and summary.waiting == 0
    assert "trukket tilbake" in summary.message_nb and "revoked" in summary.message_en
    assert fhir_server.get("DocumentReference", late.meta.record_id) is not None    # sent before the end
    announced = [e for e in fhir_server.search("AuditEvent", {}) if REVOKED_DETAIL in str(e)]
    assert len(announced) == 1                      # the revoke itself is in the server's audit trail
    assert fhir_server.get("Device", db.device_id)["status"] == "inactive"    # never written back over
    left = sorted(p.name for p in data_dir.iterdir())
    assert left == ["ambulant-shredded.json"], left
    assert "Skrevet etter" not in (data_dir / "ambulant-shredded.json").read_text(encoding="utf-8")
    with pytest.raises(JournalShredded) as caught:
        Database.open(data_dir, PASSPHRASE)
    assert "trukket tilbake enheten" in caught.value.message_nb


def test_a_record_the_server_refuses_keeps_the_journal_shut_until_it_goes_through(
        app: Ambulant, db: Database, fhir_server: Any) -> None:
    client = add_client(app)
    assert app.sync.run(settings=_settings(fhir_server)).device_active is True
    _revoke(fhir_server, db.device_id)
    refused = app.write_note(client.client_id, "Denne avvises av serveren")
    fhir_server.reject_identifiers({f"urn:uuid:{refused.meta.record_id}"})

    summary = app.sync.run(settings=_settings(fhir_server))
    assert summary.device_active is False and not summary.journal_destroyed
    assert summary.failed_total == 1
    assert "1 oppføringer er ennå ikke bekreftet" in summary.message_nb
    assert db.files.db.exists()                                  # nothing is lost: the refused note is here
    with pytest.raises(DeviceRevoked) as shut:
        app.list_clients()                                       # but client data is shut
    assert isinstance(shut.value, ClientDataLocked) and "trukket tilbake" in shut.value.message_nb
    assert REVOKED_REFUSAL_DETAIL in _audit_details(db)

    fhir_server.reject_identifiers(set())
    app.sync.retry_failed()
    done = app.sync.run(settings=_settings(fhir_server))
    assert done.journal_destroyed
    assert fhir_server.get("DocumentReference", refused.meta.record_id) is not None


def test_a_device_set_active_again_before_the_end_opens_client_data(app: Ambulant, db: Database,
                                                                    fhir_server: Any) -> None:
    client = add_client(app)
    assert app.sync.run(settings=_settings(fhir_server)).device_active is True
    _revoke(fhir_server, db.device_id)
    refused = app.write_note(client.client_id, "Avvist")
    fhir_server.reject_identifiers({f"urn:uuid:{refused.meta.record_id}"})
    assert not app.sync.run(settings=_settings(fhir_server)).journal_destroyed
    with pytest.raises(DeviceRevoked):
        app.list_clients()

    _revoke(fhir_server, db.device_id, status="active")         # a mistake, undone by IT
    summary = app.sync.run(settings=_settings(fhir_server))
    assert summary.device_active is True and not summary.journal_destroyed
    assert [c.client_id for c in app.list_clients()] == [client.client_id]
    assert REINSTATED_DETAIL in _audit_details(db)


def test_a_server_that_cannot_answer_about_the_device_never_stops_the_sync(app: Ambulant, db: Database,
                                                                           fhir_server: Any) -> None:
    client = add_client(app)
    app.write_note(client.client_id, "Sendes uansett")
    pushed = SyncEngine(db, SyncSettings(server_url=fhir_server.base_url, pull=False, device_check=False)).run()
    assert pushed.outcome is SyncOutcome.COMPLETE
    fhir_server.inject(("status", 400))     # the Bundle that would read the Device is refused
    summary = app.sync.run(settings=_settings(fhir_server, pull=False))
    assert summary.outcome is SyncOutcome.COMPLETE and summary.device_active is None
    assert fhir_server.resource_count("Device") == 0            # not registered on a guess
    assert db.files.db.exists() and len(app.list_clients()) == 1
    assert app.sync.run(settings=_settings(fhir_server, pull=False)).device_active is True    # next time


def test_the_device_read_rides_in_the_pull_and_costs_no_round_trip(app: Ambulant, db: Database,
                                                                   fhir_server: Any) -> None:
    add_client(app)
    app.sync.run(settings=_settings(fhir_server))                 # registers it
    quiet = app.sync.run(settings=_settings(fhir_server))
    assert quiet.device_active is True
    assert quiet.pull is not None
    assert quiet.round_trips == 1 + quiet.pull.round_trips        # the probe, then the pull's requests only


def test_ambulant_sync_says_the_journal_was_destroyed(tmp_path: Any, fhir_server: Any, capsys: Any) -> None:
    from desktop.cli import main
    from tests.conftest import FAST_KDF, WORKER
    data_dir = tmp_path / "data"
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    device_id = db.device_id
    app = Ambulant(db)
    app.write_note(add_client(app).client_id, "Notat")
    db.close()
    passphrase_file = tmp_path / "pass"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    cli = ["--data-dir", str(data_dir), "--passphrase-file", str(passphrase_file), "sync"]
    assert main([*cli, "--server", fhir_server.base_url, "--no-pull"]) == 0
    capsys.readouterr()
    assert main([*cli[:-1], "status"]) == 0
    assert f"Device/{device_id}" in capsys.readouterr().out           # what IT needs to find it
    _revoke(fhir_server, device_id)

    assert main([*cli, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["device_active"] is False and said["journal_destroyed"] is True
    assert "trukket tilbake" in said["message"]
    assert main([*cli]) == 2                                         # and the next start says why
    assert "trukket tilbake enheten" in capsys.readouterr().err
