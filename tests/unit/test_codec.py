"""Every kind of record survives to_plain → JSON → from_plain, and the store, unchanged."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.clients import Allergy, Relative, Worker, YesNoUnknown
from desktop.domain.codec import from_plain, to_plain
from desktop.domain.kinds import RECORD_KINDS, kind_of
from desktop.domain.medication import AdministrationStatus, ControlledClass, Dose
from desktop.domain.observation import Severity, SubstanceUse
from desktop.domain.assessment import AreaFinding, AssessmentArea, AssessmentMethod, Participation
from desktop.domain.consent import ConsentKind, ConsentRecipient
from desktop.domain.observation import Chapter9Recipient
from desktop.domain.plan import EvaluationOutcome, GroupMember, TaskOutcome, TaskReview
from desktop.domain.records import new_meta
from desktop.services import Ambulant
from desktop.domain.audit import AuditAction
from tests.conftest import Clock
from tests.helpers import add_client, add_fixed_order, add_prn_order, second_signature
from tests.ledger_data import ledger_of_every_kind


def one_of_each_kind(app: Ambulant, clock: Clock) -> dict[str, Any]:
    """A real instance of every record kind, made through the services where a service exists."""
    made: dict[str, Any] = {}
    client = add_client(app, "Åse Ærlig-Øvrebø", allergies=(Allergy("Penicillin", "utslett", "alvorlig"),),
                        relatives=(Relative("Per Ærlig", "sønn", "900 00 000", True),), address="Gata 1")
    cid = client.client_id
    made["client"] = client
    made["children_as_relatives"] = app.record_children_as_relatives(cid, YesNoUnknown.YES, True,
                                                                     "Barna får tilbud om samtale.", 2)
    made["order"] = add_fixed_order(app, cid, atc="A10BA02", controlled=ControlledClass.B, double_check=True,
                                    stop=dt.date(2027, 1, 1), dose=Dose(Decimal("2.50"), "ml"))
    prn = add_prn_order(app, cid, min_interval_hours=Decimal("4.5"))
    made["administration"] = app.record_administration(prn.order_id, AdministrationStatus.GIVEN,
                                                       second_signer=second_signature(app), prn_reason="Urolig",
                                                       note="Rolig etterpå")
    clock.advance(hours=1)
    made["effect_evaluation"] = app.record_effect(made["administration"].meta.record_id, "Roligere", rating=2)
    made["note"] = app.write_note(cid, "Rolig dag; «sitat» og emoji 🙂.\nNy linje.")
    made["measurement"] = app.record_measurement(cid, "temperature", "37,50", comment="Øre")
    made["incident"] = app.record_incident(cid, "Falt i gangen.", Severity.MODERATE, "Ringte fastlege.")
    made["chapter9"] = app.record_chapter9(cid, clock.now - dt.timedelta(minutes=30), clock.now, {
        "concerned": "Bruker", "what_done": "Holdt armen", "why": "Slo hodet i veggen",
        "tried_first": "Snakket rolig", "decided_by": "Vernepleier", "participants": "To ansatte"})
    goal = app.add_goal(cid, "Egen leilighet", "«Min egen dør»", True, "bolig", dt.date(2027, 6, 1))
    made["goal"] = goal
    made["measure"] = app.add_measure(goal.meta.record_id, "Øve på handling", "Vernepleier", "ukentlig",
                                      dt.date(2026, 11, 1), dt.date(2027, 2, 1))
    made["evaluation"] = app.add_evaluation(made["measure"].meta.record_id, "Går fint.", progress=7)
    made["individual_plan"] = app.set_individual_plan(
        cid, coordinator="Koordinator K", participants=("Bruker", "Fastlege"), period_start=dt.date(2026, 11, 1),
        period_end=None, next_revision=dt.date(2027, 2, 1), consent_to_share=True, consent_scope="Fastlege",
        consent_date=dt.date(2026, 11, 1))
    group = app.add_responsibility_group(cid, (GroupMember("K", "Koordinator", "Kommunen", "tlf 1"),
                                               GroupMember("Lege", "Fastlege")))
    made["responsibility_group"] = group
    made["meeting"] = app.add_meeting(group.meta.record_id, dt.date(2026, 11, 20), ("Bruker", "K"),
                                      ("Bolig",), "Referat.")
    made["agreed_task"] = app.add_task(made["meeting"].meta.record_id, "Søke bolig", "K", dt.date(2026, 12, 20))
    ledger = ledger_of_every_kind(app, clock, cid).records
    made.update({kind: record for kind, record in ledger.items() if kind.startswith("ledger_")})
    made["assessment"] = app.add_assessment(
        cid, "Kartlegging høst", (AreaFinding(AssessmentArea.HOUSING, "Trangt"), AreaFinding(AssessmentArea.OWN_VIEW,
                                                                                           "«Vil flytte»")),
        (AssessmentMethod.CONVERSATION, AssessmentMethod.TOOL), Participation.PARTLY, tool="IPLOS",
        participation_note="Deltok i første samtale")
    made["analysis"] = app.add_analysis(cid, (made["assessment"].meta.record_id,), "Uro henger sammen med bolig",
                                        "Vil ha ro", ("Mer ro gir bedre søvn",))
    made["consent"] = app.record_consent(cid, ConsentKind.SHARING, True, dt.date(2026, 11, 1), "IP-arbeidet",
                                         (ConsentRecipient("Fastlege", "Legemidler og mål"),), dt.date(2027, 11, 1))
    made["goal"] = app.correct(goal.meta.record_id, analysis_id=made["analysis"].meta.record_id)
    made["evaluation"] = app.correct(made["evaluation"].meta.record_id, outcome=EvaluationOutcome.PARTLY,
                                     next_steps="Oftere")
    later = app.add_meeting(group.meta.record_id, dt.date(2026, 12, 21), ("K",), (), "Gjennomgang.",
                            reviews=(TaskReview(made["agreed_task"].meta.record_id, TaskOutcome.CONTINUED, "Venter",
                                                dt.date(2027, 1, 15)),))
    made["meeting"] = later
    made["agreed_task"] = app.history(made["agreed_task"].meta.record_id)[-1]
    made["chapter9"] = app.record_chapter9_sent(made["chapter9"].meta.record_id, Chapter9Recipient.STATSFORVALTER,
                                                "Statsforvalteren i Agder", clock.now.date())

    made["rating"] = app.record_rating(cid, 7, "Bedre i dag")
    made["substance_use"] = app.record_substance_use(cid, SubstanceUse.SUSPECTED, "alkohol", "Luktet")
    made["behaviour"] = app.record_behaviour(cid, "Roping", count=3, duration_minutes=15, context="Ved måltid",
                                             before="Ventet på maten", after="Roet seg da maten kom")

    # No service makes the worker record: build it in the domain and save it through the store.
    def meta() -> Any:
        return new_meta(app.worker, app.db.device_id, clock.now)
    direct = [Worker(meta(), "Test Vernepleier", "1234567")]
    app.db.save(direct, app.worker, AuditAction.CREATE, clock.now)
    for record in direct:
        made[kind_of(record)] = record
    return made


def test_every_kind_round_trips_through_plain_json_and_the_store(app: Ambulant, clock: Clock) -> None:
    made = one_of_each_kind(app, clock)
    assert set(made) == set(RECORD_KINDS), "a new record kind needs an instance here"
    for kind, record in made.items():
        cls = RECORD_KINDS[kind]
        assert isinstance(record, cls)
        plain = json.loads(json.dumps(to_plain(record), ensure_ascii=False))
        assert from_plain(cls, plain) == record, kind
        with app.db.reading():
            assert app.db.records.get(record.meta.record_id) == record, kind


def test_round_trip_keeps_types_not_just_values(app: Ambulant, clock: Clock) -> None:
    made = one_of_each_kind(app, clock)
    order = from_plain(RECORD_KINDS["order"], to_plain(made["order"]))
    assert isinstance(order.dose.amount, Decimal) and str(order.dose.amount) == "2.50"
    assert isinstance(order.controlled, ControlledClass)
    assert all(isinstance(t, dt.time) for t in order.times)
    assert order.meta.occurred_at.tzinfo is not None
    client = from_plain(RECORD_KINDS["client"], to_plain(made["client"]))
    assert isinstance(client.allergies, tuple) and isinstance(client.allergies[0], Allergy)
    chapter9 = from_plain(RECORD_KINDS["chapter9"], to_plain(made["chapter9"]))
    assert chapter9.answer("why") == "Slo hodet i veggen"


@given(st.decimals(allow_nan=False, allow_infinity=False), st.dates(), st.datetimes(timezones=st.timezones()),
       st.times(), st.text())
def test_scalars_round_trip(number: Decimal, day: dt.date, when: dt.datetime, time: dt.time, text: str) -> None:
    for tp, value in ((Decimal, number), (dt.date, day), (dt.datetime, when), (dt.time, time), (str, text)):
        back = from_plain(tp, json.loads(json.dumps(to_plain(value))))
        assert type(back) is type(value)
        if isinstance(value, dt.datetime):
            # The zone's name is not kept, only the offset: the same instant. (Plain == is False for a
            # time in a repeated DST hour compared across zones, by Python's rules.)
            assert back.timestamp() == value.timestamp()
        else:
            assert back == value
    assert from_plain(dt.datetime, to_plain(when)).utcoffset() == when.utcoffset()


def test_optional_empty_and_set_values() -> None:
    assert from_plain(Decimal | None, to_plain(None)) is None
    assert from_plain(tuple[str, ...], to_plain(())) == ()
    assert from_plain(frozenset[str], to_plain(frozenset({"N02A", "N05"}))) == frozenset({"N02A", "N05"})
    assert from_plain(tuple[int, str], to_plain((1, "a"))) == (1, "a")
