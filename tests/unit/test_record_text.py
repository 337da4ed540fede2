"""Text no server will take is refused (or cleaned) on every path that saves a record."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.event_time import event_time_warning
from desktop.domain.text_limits import MAX_LONG_CHARS
from tests.helpers import add_client

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.timezone.utc)


def test_control_characters_are_stripped_from_a_new_record_and_from_a_correction(app) -> None:
    client = add_client(app, "Kåre\x00 Teste\x07sen", address="Storgata\x1b 1")
    stored = app.get_client(client.client_id)
    assert stored.name == "Kåre Testesen" and stored.address == "Storgata 1"
    note = app.write_note(client.client_id, "Linje 1\nLinje\x0c 2\tmed tab")
    assert app.history(note.meta.record_id)[-1].text == "Linje 1\nLinje 2\tmed tab"
    corrected = app.correct(note.meta.record_id, text="Rettet\x00 tekst")
    assert app.history(corrected.meta.record_id)[-1].text == "Rettet tekst"


def test_a_direction_override_in_a_name_is_refused_but_allowed_in_free_text(app) -> None:
    with pytest.raises(DomainError) as refused:
        add_client(app, "Ola \u202eNordmann")
    assert refused.value.field == "name" and "leseretningen" in refused.value.message_nb
    assert app.list_clients() == []
    client = add_client(app)
    app.write_note(client.client_id, "Sitat: \u202bשלום\u202c")   # a right-to-left quote in a note is fine


def test_a_note_larger_than_any_server_takes_is_refused_and_nothing_is_stored(app) -> None:
    client = add_client(app)
    waiting = app.status().outbox.pending
    with pytest.raises(DomainError) as refused:
        app.write_note(client.client_id, "x" * (MAX_LONG_CHARS + 1))
    assert "for lang" in refused.value.message_nb
    assert app.status().records["notes"] == 0
    assert app.status().outbox.pending == waiting     # nothing new waits for the server


def test_a_time_in_the_future_or_before_the_last_confirmed_sync_is_questioned() -> None:
    last_sync = NOW - dt.timedelta(hours=2)
    assert event_time_warning(NOW + dt.timedelta(minutes=2), NOW, last_sync) is None      # seconds of drift
    assert "fram i tid" in event_time_warning(NOW + dt.timedelta(days=730), NOW, last_sync).message_nb
    assert "før forrige synkronisering" in event_time_warning(NOW - dt.timedelta(hours=3), NOW, last_sync).message_nb
    # The laptop's clock itself is behind the server-confirmed sync (set back by a year).
    behind = event_time_warning(NOW - dt.timedelta(days=365), NOW - dt.timedelta(days=365), NOW)
    assert "klokke står før" in behind.message_nb
    assert event_time_warning(NOW - dt.timedelta(hours=1), NOW, None) is None


def test_the_service_asks_about_a_time_before_the_last_sync(app, clock) -> None:
    assert app.event_time_warning(clock()) is None
    app.db.set_setting("last_sync", clock().isoformat())
    assert app.event_time_warning(clock() - dt.timedelta(days=1)) is not None
