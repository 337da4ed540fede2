"""Last guards before the wire (text no server takes) and the device clock against the server's."""

from __future__ import annotations

import datetime as dt

from desktop.domain.records import correct
from desktop.store.audit import AuditAction
from desktop.sync.clock_skew import skew_warning
from desktop.sync.engine import SyncEngine
from desktop.sync.summary import SyncOutcome
from desktop.sync.settings import SyncSettings
from tests.conftest import WORKER
from tests.helpers import add_client
from tests.sync.conftest import FAST_RETRY, assert_exactly_once, sync


def test_text_no_server_takes_is_stripped_or_refused_with_a_reason(app, clock, db, fhir_server) -> None:
    client = add_client(app)
    client = correct(client, WORKER, db.device_id, clock.now, address="Fjellveien 3\x00\x07, 9990 Båtsfjord")
    db.save([client], WORKER, AuditAction.CORRECT, clock.now)    # stored before the services cleaned text
    note = app.write_note(client.client_id, "Kort notat")
    huge = correct(note, WORKER, db.device_id, clock.now, text="Lang tekst. " * 500_000)   # ~6 MB
    db.save([huge], WORKER, AuditAction.CORRECT, clock.now)
    summary = sync(db, fhir_server)
    assert summary.outcome is SyncOutcome.INCOMPLETE
    assert [f.kind for f in summary.failed] == ["note"]
    assert "Kan ikke sendes" in summary.failed[0].reason
    patient = fhir_server.get("Patient", client.client_id)
    assert patient["address"][0]["text"] == "Fjellveien 3, 9990 Båtsfjord"   # control characters stripped
    assert fhir_server.get("DocumentReference", note.meta.record_id) is not None
    assert_exactly_once(db, fhir_server, failed=1)


def test_a_name_with_a_direction_override_is_refused_not_queued_for_ever(app, clock, db, fhir_server) -> None:
    # The services refuse such a name at the form; a record stored before that rule still must not wait for ever.
    client = add_client(app)
    renamed = correct(client, WORKER, db.device_id, clock.now, name="Ola \u202ennamdroN")
    db.save([renamed], WORKER, AuditAction.CORRECT, clock.now)
    summary = sync(db, fhir_server)
    assert summary.outcome is SyncOutcome.INCOMPLETE
    assert any(f.kind == "client" and "leseretningen" in f.reason for f in summary.failed)


def test_a_device_clock_two_years_ahead_is_reported(app, db, fhir_server) -> None:
    add_client(app)
    ahead = lambda: dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=730)  # noqa: E731
    summary = SyncEngine(db, SyncSettings(server_url=fhir_server.base_url), retry=FAST_RETRY, clock=ahead).run()
    assert summary.clock_skew_seconds is not None and abs(summary.clock_skew_seconds - 730 * 86400) < 120
    assert "foran serverens" in summary.clock_warning_nb and "ahead of" in summary.clock_warning_en
    normal = sync(db, fhir_server)
    assert normal.clock_skew_seconds is not None and abs(normal.clock_skew_seconds) < 60
    assert normal.clock_warning_nb == ""


def test_skew_warning_wording() -> None:
    assert skew_warning(None) is None and skew_warning(299) is None and skew_warning(-299) is None
    assert "10 minutter bak" in (skew_warning(-600) or ("",))[0]
    assert "3 timer foran" in (skew_warning(3 * 3600) or ("",))[0]
