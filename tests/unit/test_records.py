"""Records change only by new versions: corrections and entered-in-error."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import DomainError
from desktop.domain.medication import ORDER_EDITABLE_FIELDS, Dose
from desktop.domain.observation import JournalNote
from desktop.domain.records import RecordMeta, RecordStatus, correct, enter_in_error
from desktop.services import Ambulant
from tests.helpers import add_client, add_fixed_order

from .domain_builders import DEVICE, SECOND, WORKER, at, fixed_order, meta

NOW = at(14)


def note(text: str = "Rolig dag.") -> JournalNote:
    return JournalNote(meta(at(10)), "client-1", text)


def test_correction_is_a_new_version_pointing_to_the_old() -> None:
    old = note()
    kept = copy.deepcopy(old)
    new = correct(old, SECOND, "other-device", NOW, text="Rolig dag. Spiste godt.")
    assert new.text == "Rolig dag. Spiste godt."
    assert new.meta.record_id == old.meta.record_id
    assert new.meta.version_id != old.meta.version_id
    assert new.meta.version == 2
    assert new.meta.replaces == old.meta.version_id
    assert new.meta.author == SECOND and new.meta.device_id == "other-device"
    assert new.meta.recorded_at == NOW
    assert new.meta.occurred_at == old.meta.occurred_at  # the event time stays unless corrected
    assert old == kept                                   # the old version is untouched


def test_correction_may_move_the_event_time() -> None:
    old = note()
    new = correct(old, WORKER, DEVICE, NOW, occurred_at=at(9))
    assert new.meta.occurred_at == at(9) and new.text == old.text


@pytest.mark.parametrize("field", ["meta", "client_id", "no_such_field"])
def test_identity_and_unknown_fields_cannot_be_corrected(field: str) -> None:
    with pytest.raises(DomainError) as caught:
        correct(note(), WORKER, DEVICE, NOW, **{field: "x"})
    assert caught.value.field == field


def test_correction_is_validated_like_a_new_record() -> None:
    with pytest.raises(DomainError) as caught:
        correct(note(), WORKER, DEVICE, NOW, text="   ")
    assert caught.value.field == "text"


def test_orders_allow_only_administration_notes() -> None:
    order = fixed_order()
    assert ORDER_EDITABLE_FIELDS == frozenset({"administration_notes"})
    new = correct(order, WORKER, DEVICE, NOW, ORDER_EDITABLE_FIELDS, administration_notes="Gis med mat.")
    assert new.administration_notes == "Gis med mat." and new.dose == order.dose
    for field, value in (("dose", Dose(Decimal(2), "tablett")), ("drug_name", "Sertralin"),
                         ("times", (dt.time(9),)), ("stop", dt.date(2026, 12, 1))):
        with pytest.raises(DomainError) as caught:
            correct(order, WORKER, DEVICE, NOW, ORDER_EDITABLE_FIELDS, **{field: value})
        assert caught.value.field == field
        assert "kan ikke endres" in caught.value.message_nb


def test_entered_in_error_is_a_new_version_with_who_and_why() -> None:
    old = note()
    wrong = enter_in_error(old, "  Skrevet på feil bruker  ", SECOND, "dev-2", NOW)
    assert wrong.meta.status is RecordStatus.ENTERED_IN_ERROR and wrong.meta.entered_in_error
    assert wrong.meta.status_reason == "Skrevet på feil bruker"
    assert wrong.meta.author == SECOND and wrong.meta.recorded_at == NOW
    assert wrong.meta.replaces == old.meta.version_id and wrong.meta.version == 2
    assert wrong.text == old.text                      # nothing is made unreadable
    assert not old.meta.entered_in_error


def test_entered_in_error_needs_a_reason_and_happens_once() -> None:
    with pytest.raises(DomainError) as caught:
        enter_in_error(note(), " ", WORKER, DEVICE, NOW)
    assert caught.value.field == "status_reason"
    wrong = enter_in_error(note(), "Feil", WORKER, DEVICE, NOW)
    with pytest.raises(DomainError) as caught:
        enter_in_error(wrong, "Igjen", WORKER, DEVICE, NOW)
    assert caught.value.field == "status"


def test_an_entry_in_error_cannot_be_corrected() -> None:
    wrong = enter_in_error(note(), "Feil", WORKER, DEVICE, NOW)
    with pytest.raises(DomainError) as caught:
        correct(wrong, WORKER, DEVICE, NOW, text="Prøver likevel")
    assert caught.value.field == "status"


@given(st.lists(st.text(min_size=1).filter(str.strip), min_size=1, max_size=6))
def test_a_chain_of_corrections_links_each_version_to_the_one_before(texts: list[str]) -> None:
    versions = [note()]
    for i, text in enumerate(texts):
        versions.append(correct(versions[-1], WORKER, DEVICE, NOW + dt.timedelta(minutes=i), text=text))
    assert [v.meta.version for v in versions] == list(range(1, len(texts) + 2))
    assert len({v.meta.record_id for v in versions}) == 1
    assert len({v.meta.version_id for v in versions}) == len(versions)
    for before, after in zip(versions, versions[1:]):
        assert after.meta.replaces == before.meta.version_id
    assert versions[-1].text == texts[-1]


def test_meta_refuses_naive_times_and_version_zero() -> None:
    naive = dt.datetime(2026, 11, 26, 10)
    with pytest.raises(DomainError) as caught:
        RecordMeta("r", "v", 1, WORKER, naive, at(10), DEVICE)
    assert caught.value.field == "occurred_at"
    with pytest.raises(DomainError) as caught:
        dataclasses.replace(meta(at(10)), version=0)
    assert caught.value.field == "version"


# -- the same through the services and the store ------------------------------------------

def test_service_correction_keeps_the_old_version_readable(app: Ambulant) -> None:
    client = add_client(app)
    first = app.write_note(client.client_id, "Første versjon.")
    second = app.correct(first.meta.record_id, text="Andre versjon.")
    assert [v.text for v in app.history(first.meta.record_id)] == ["Første versjon.", "Andre versjon."]
    with app.db.reading():
        assert app.db.records.get_version(first.meta.version_id) == first
        assert app.db.records.get(first.meta.record_id) == second
    actions = [e.action.value for e in app.access_log(client.client_id) if e.record_id == first.meta.record_id]
    assert sorted(actions) == ["correct", "create"]


def test_service_order_correction_allows_only_notes(app: Ambulant) -> None:
    client = add_client(app)
    order = add_fixed_order(app, client.client_id)
    with pytest.raises(DomainError) as caught:
        app.correct(order.order_id, dose=Dose(Decimal(2), "tablett"))
    assert caught.value.field == "dose"
    noted = app.correct(order.order_id, administration_notes="Knuses, gis i syltetøy.")
    assert app.orders(client.client_id) == [noted]


def test_service_entered_in_error_then_correct_is_refused(app: Ambulant) -> None:
    client = add_client(app)
    first = app.write_note(client.client_id, "Feil bruker.")
    wrong = app.enter_in_error(first.meta.record_id, "Skrevet på feil bruker")
    assert wrong.meta.entered_in_error
    with pytest.raises(DomainError) as caught:
        app.correct(first.meta.record_id, text="Ny tekst")
    assert caught.value.field == "status"
    assert [v.meta.status for v in app.history(first.meta.record_id)] == [RecordStatus.ACTIVE,
                                                                          RecordStatus.ENTERED_IN_ERROR]
    # The journal still shows it, marked; the notes list of the overview keeps it for the history.
    assert [n.meta.entered_in_error for n in app.overview(client).notes] == [True]
