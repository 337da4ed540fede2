"""Test data for the sync: one client with a record of every kind, and bulk outboxes.

Everything is written through the real services (or, for bulk, the real
``Database.save``), so the outbox rows are exactly what the app makes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from desktop.support.demo_data import synthetic_id
from desktop.domain.clients import Allergy, Relative, YesNoUnknown
from desktop.domain.medication import AdministrationStatus
from desktop.domain.observation import JournalNote, Measurement, Severity
from desktop.domain.plan import GroupMember
from desktop.domain.records import new_meta
from desktop.services import Ambulant
from desktop.store.audit import AuditAction
from desktop.store.database import Database
from tests.helpers import add_client, add_fixed_order, add_prn_order, second_signature


@dataclass
class EveryKind:
    """Ids of what :func:`record_every_kind` made."""

    client_id: str
    order_id: str
    prn_order_id: str
    administration_id: str
    note_id: str
    goal_id: str
    measure_id: str
    group_id: str
    meeting_id: str


def record_every_kind(app: Ambulant, clock) -> EveryKind:  # noqa: ANN001 - tests.conftest.Clock
    """A client with one record of every kind, a correction and an entry in error."""
    client = add_client(app, "Kari Nordmann", dt.date(1961, 4, 9), address="Fjellveien 3, 9990 Båtsfjord",
                        phone="99 88 77 66",
                        allergies=(Allergy("Penicillin", "utslett", "alvorlig"), Allergy("Nøtter")),
                        relatives=(Relative("Per Nordmann", "bror", "12345678", next_of_kin=True),),
                        responsible_unit="Hjemmetjenesten sone nord")
    cid = client.client_id
    app.record_children_as_relatives(cid, YesNoUnknown.YES, True, "Samtale med barnas mor", 2)
    order = add_fixed_order(app, cid, atc="A10BA02", double_check=True)
    prn = add_prn_order(app, cid, controlled="B", min_interval_hours=Decimal(4))
    clock.advance(minutes=1)
    given = app.record_administration(order.order_id, AdministrationStatus.GIVEN,
                                      scheduled_for=clock.now, second_signer=second_signature(app))
    app.record_administration(order.order_id, AdministrationStatus.REFUSED, reason="Ville ikke",
                              second_signer=second_signature(app), at=clock.now + dt.timedelta(minutes=1))
    prn_given = app.record_administration(prn.order_id, AdministrationStatus.GIVEN, prn_reason="Urolig",
                                          second_signer=second_signature(app))
    app.record_effect(prn_given.meta.record_id, "Roligere etter en time", 2)
    note = app.write_note(cid, "Kari var i godt humør.\nSpiste frokost.")
    app.correct(note.meta.record_id, text="Kari var i godt humør. Spiste frokost og lunsj.")
    for kind, value in (("systolic", "150"), ("pulse", "72"), ("temperature", "37,2"), ("glucose", "3.1")):
        app.record_measurement(cid, kind, value, comment="Målt hjemme")
    wrong = app.record_measurement(cid, "weight", "81,5")
    app.enter_in_error(wrong.meta.record_id, "Feil bruker")
    app.record_incident(cid, "Falt på badet", Severity.MODERATE, actions="Kontaktet legevakt")
    clock.advance(minutes=5)
    app.record_chapter9(cid, clock.now - dt.timedelta(minutes=30), clock.now - dt.timedelta(minutes=20), {
        "concerned": "Kari", "what_done": "Holdt armen", "why": "Slo etter personalet",
        "tried_first": "Samtale", "decided_by": "Vakthavende", "participants": "To ansatte"})
    goal = app.add_goal(cid, "Bo trygt hjemme", "Jeg vil klare meg selv", True, area="bolig",
                        target_date=dt.date(2027, 6, 1))
    measure = app.add_measure(goal.meta.record_id, "Ukentlig handletur", "Vernepleier", "1 gang i uka",
                              dt.date(2026, 12, 1))
    app.add_evaluation(goal.meta.record_id, "God fremgang", 7)
    app.add_evaluation(measure.meta.record_id, "Handleturen fungerer")
    app.set_individual_plan(cid, coordinator="Ola Koordinator", participants=("Kari", "Fastlege"),
                            period_start=dt.date(2026, 11, 1), period_end=dt.date(2027, 11, 1),
                            next_revision=dt.date(2027, 5, 1), needs="Praktisk hjelp", consent_to_plan=True,
                            consent_to_share=True, consent_scope="Fastlege og NAV",
                            consent_date=dt.date(2026, 11, 1))
    group = app.add_responsibility_group(cid, (GroupMember("Kari", "bruker"),
                                               GroupMember("Dr. Lege", "fastlege", "Legesenteret", "22 22 22 22")))
    meeting = app.add_meeting(group.meta.record_id, dt.date(2026, 11, 20), ("Kari", "Dr. Lege"),
                              ("Medisiner", "Bolig"), "Enige om ukentlig handletur.")
    app.add_task(meeting.meta.record_id, "Søke om støttekontakt", "Vernepleier", dt.date(2026, 12, 15))
    app.correct(cid, allergies=(Allergy("Penicillin", "utslett", "alvorlig"),))  # nøtter removed
    app.open_client(cid)
    return EveryKind(cid, order.order_id, prn.order_id, given.meta.record_id, note.meta.record_id,
                     goal.meta.record_id, measure.meta.record_id, group.meta.record_id, meeting.meta.record_id)


def fill_outbox(db: Database, clients: int, notes_per_client: int, measurements_per_client: int,
                now: dt.datetime) -> int:
    """Many records fast: clients, then notes and measurements, saved in big transactions.

    Every record also queues its audit event, as in the app. Returns the
    number of outbox rows added.
    """
    worker = db.worker
    device = db.device_id
    app = Ambulant(db, clock=lambda: now)
    before = _outbox_size(db)
    first = len(app.list_clients())
    client_ids = [app.create_client(f"Bruker {i}", synthetic_id(dt.date(1950, 1, 1) + dt.timedelta(days=97 * i)))
                  .client_id for i in range(first, first + clients)]
    batch = []
    for n, cid in enumerate(client_ids):
        for i in range(notes_per_client):
            at = now - dt.timedelta(minutes=i + 1)
            batch.append(JournalNote(new_meta(worker, device, now, at), cid, f"Notat {i} for bruker {n}"))
        for i in range(measurements_per_client):
            at = now - dt.timedelta(minutes=i + 1)
            batch.append(Measurement(new_meta(worker, device, now, at), cid, "pulse", Decimal(60 + i % 40)))
    for start in range(0, len(batch), 2000):
        db.save(batch[start:start + 2000], worker, AuditAction.CREATE, now)
    return _outbox_size(db) - before


def _outbox_size(db: Database) -> int:
    with db.reading():
        counts = db.outbox.counts()
    return counts.pending + counts.failed + counts.synced
