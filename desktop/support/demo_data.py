"""Fictional demo clients with 30 days of history, for newcomers and screenshots.

Names are invented and every national id is a *synthetic* number (month + 80,
Skatteetaten's test population), so none can belong to a real person.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ..domain import medication_rules as rules
from ..domain.clients import Allergy, Relative, YesNoUnknown
from ..domain.identifiers import make_synthetic_national_id
from ..domain.medication import AdministrationStatus, Dose, OrderKind
from ..domain.observation import Severity
from ..domain.consent import ConsentKind
from ..domain.plan import GroupMember
from ..domain.records import WorkerRef
from ..services import Ambulant
from .demo_working_model import seed_working_model

DEMO_WORKER = WorkerRef("Demo Vernepleier", "9144889")
DEMO_COLLEAGUE = WorkerRef("Kari Kollega", "9144890")
DEMO_PASSPHRASE = "demo-passord"
DEMO_DAYS = 30


def synthetic_id(birth: dt.date) -> str:
    """The first synthetic national id for ``birth`` that has valid check digits."""
    base = 100 if birth.year < 2000 else 500
    for individual in range(base, base + 399):
        nid = make_synthetic_national_id(birth, individual)
        if nid is not None:
            return nid
    raise ValueError("no synthetic id for this date")


_CLIENTS = (
    ("Solveig Ås", dt.date(1958, 3, 14), "Fjellveien 3, 9990 Båtsfjord",
     (Allergy("Penicillin", "utslett og pustebesvær", "alvorlig"),)),
    ("Øyvind Bråten", dt.date(1979, 11, 2), "Storgata 41 B, 2815 Gjøvik", ()),
    ("Mari Lie Hågensen", dt.date(1996, 7, 23), "Elveveien 12, 6770 Nordfjordeid",
     (Allergy("Paracetamol", "elveblest", "moderat"), Allergy("Nøtter", "anafylaksi", "alvorlig"))),
    ("Jon Kåre Ødegård", dt.date(1948, 1, 30), "Kirkebakken 7, 8300 Svolvær", ()),
)


def seed_demo(app: Ambulant, today: dt.date | None = None, seed: int = 7) -> int:
    """Add the demo clients and their history unless they are there; returns how many were added."""
    existing = {c.national_id for c in app.list_clients()}
    rng = random.Random(seed)
    today = today or dt.datetime.now(rules.LOCAL_TZ).date()
    real_clock = app.clock
    added: dict[str, str] = {}
    try:
        for name, birth, address, allergies in _CLIENTS:
            nid = synthetic_id(birth)
            if nid in existing:
                continue
            added[name] = _seed_client(app, rng, today, name, nid, address, allergies)
        seed_working_model(app, today, added)
    finally:
        app.clock = real_clock
    return len(added)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=rules.LOCAL_TZ)


def _set_clock(app: Ambulant, when: dt.datetime) -> None:
    app.clock = lambda: when.astimezone(dt.timezone.utc)


def _seed_client(app: Ambulant, rng: random.Random, today: dt.date, name: str, nid: str,
                 address: str, allergies: tuple[Allergy, ...]) -> str:
    start = today - dt.timedelta(days=DEMO_DAYS)
    _set_clock(app, _at(start, 9))
    client = app.create_client(name, nid, address, phone="400 00 000", allergies=allergies,
                               relatives=(Relative("Pårørende Eksempel", "datter", "900 00 000", True),),
                               responsible_unit="Ambulant team, helse og omsorg")
    cid = client.client_id
    app.record_children_as_relatives(cid, YesNoUnknown.NO, assessment_made=True)
    common = dict(start=start, prescriber="Fastlege Demo Legesen", ordered_on=start, form="Tablett", route="Oral")
    fixed = [
        app.add_order(cid, "Metformin", "500 mg", dose=Dose(Decimal(1), "tablett"), kind=OrderKind.FIXED,
                      indication="Diabetes type 2", times=(dt.time(8), dt.time(18)), atc="A10BA02",
                      multidose=True, **common),
        app.add_order(cid, "Sertralin", "50 mg", dose=Dose(Decimal(1), "tablett"), kind=OrderKind.FIXED,
                      indication="Depresjon", times=(dt.time(8),), atc="N06AB06", multidose=True, **common),
        app.add_order(cid, "Zopiklon", "5 mg", dose=Dose(Decimal(1), "tablett"), kind=OrderKind.FIXED,
                      indication="Søvnvansker", times=(dt.time(22),), atc="N05CF01", controlled="B",
                      double_check=True, **common),
    ]
    prn = app.add_order(cid, "Oksazepam", "10 mg", dose=Dose(Decimal(1), "tablett"), kind=OrderKind.AS_NEEDED,
                        indication="Uro og angst", max_per_24h=3, min_interval_hours=Decimal(4),
                        atc="N05BA04", controlled="B", **common)
    _seed_plan(app, cid, start)
    for offset in range(DEMO_DAYS):
        day = start + dt.timedelta(days=offset)
        _seed_day(app, rng, cid, day, fixed, prn)
    return cid


def _seed_plan(app: Ambulant, cid: str, start: dt.date) -> None:
    # The plan first: the goals and measures below are the plan's.
    app.set_individual_plan(cid, coordinator="Demo Vernepleier", participants=("Bruker", "Fastlege", "NAV"),
                            period_start=start, period_end=start + dt.timedelta(days=365),
                            next_revision=start + dt.timedelta(days=90), resources="God kontakt med datter.",
                            needs="Støtte i hverdagen og med legemidler.")
    app.record_consent(cid, ConsentKind.PLAN, True, start, "Den individuelle planen")
    goal = app.add_goal(cid, "Egen leilighet innen sommeren", "«Jeg vil ha min egen dør å lukke.»",
                        client_participated=True, area="bolig", target_date=start + dt.timedelta(days=200))
    measure = app.add_measure(goal.meta.record_id, "Øve på å handle og lage middag", "Vernepleier", "to ganger i uka",
                              start)
    app.add_measure(goal.meta.record_id, "Søknad om kommunal bolig", "Koordinator", "én gang", start,
                    start + dt.timedelta(days=30))
    goal2 = app.add_goal(cid, "Sove bedre", "«Jeg vil våkne uthvilt.»", client_participated=True, area="helse")
    app.add_measure(goal2.meta.record_id, "Fast kveldsrutine", "Bruker med støtte", "daglig", start)
    app.add_evaluation(measure.meta.record_id, "Handlet selv på Coop med litt støtte. Fornøyd.", progress=6)
    group = app.add_responsibility_group(cid, (
        GroupMember("Demo Vernepleier", "Koordinator", "Kommunen"),
        GroupMember("Fastlege Demo Legesen", "Fastlege", "Legekontoret"),
        GroupMember("NAV-veileder Eksempel", "Veileder", "NAV")))
    meeting = app.add_meeting(group.meta.record_id, start + dt.timedelta(days=7),
                              ("Bruker", "Demo Vernepleier", "NAV-veileder Eksempel"),
                              ("Bolig", "Aktivitet"), "Gikk gjennom boligsøknaden. Bruker ønsker dagtilbud.")
    app.add_task(meeting.meta.record_id, "Sende boligsøknad", "Koordinator", start + dt.timedelta(days=21))
    app.add_task(meeting.meta.record_id, "Undersøke dagtilbud", "NAV-veileder Eksempel", start + dt.timedelta(days=60))


_NOTES = ("Rolig og i godt humør. Spiste frokost sammen med meg.",
          "Litt urolig i dag, snakket om boligsøknaden. Gikk en tur.",
          "Sov dårlig i natt. Ønsket å hvile. Avtalt ny tur i morgen.",
          "Handlet på butikken med støtte. Laget middag selv.")


def _seed_day(app: Ambulant, rng: random.Random, cid: str, day: dt.date, fixed: list, prn) -> None:
    last_day = day == dt.datetime.now(rules.LOCAL_TZ).date() - dt.timedelta(days=1)
    for order in fixed:
        for t in order.times:
            at = _at(day, t.hour, rng.randint(0, 20))
            _set_clock(app, at)
            refused = rng.random() < 0.05
            app.record_administration(
                order.order_id, AdministrationStatus.REFUSED if refused else AdministrationStatus.GIVEN,
                at=at, scheduled_for=_at(day, t.hour, t.minute),
                second_signer=DEMO_COLLEAGUE if app.requires_second_signer(order) and not refused else None,
                reason="Ville ikke ta tabletten i dag" if refused else "")
    if rng.random() < 0.3 or last_day:
        at = _at(day, 15, 10)
        _set_clock(app, at)
        adm = app.record_administration(prn.order_id, AdministrationStatus.GIVEN, at=at,
                                        second_signer=DEMO_COLLEAGUE, prn_reason="Urolig etter telefon fra NAV")
        if not last_day:
            _set_clock(app, at + dt.timedelta(hours=1))
            app.record_effect(adm.meta.record_id, "Roligere etter en time", rating=2)
    _set_clock(app, _at(day, 10, 30))
    app.write_note(cid, rng.choice(_NOTES), at=_at(day, 10))
    if day.weekday() in (0, 3):
        app.record_measurement(cid, "systolic", Decimal(rng.randint(118, 150)), at=_at(day, 10))
        app.record_measurement(cid, "diastolic", Decimal(rng.randint(70, 95)), at=_at(day, 10))
        app.record_measurement(cid, "pulse", Decimal(rng.randint(60, 95)), at=_at(day, 10))
        app.record_measurement(cid, "glucose", Decimal(rng.randint(50, 110)) / 10, at=_at(day, 10))
    if day.weekday() == 0:
        app.record_measurement(cid, "weight", Decimal(rng.randint(700, 760)) / 10, at=_at(day, 10))
    if rng.random() < 0.05:
        app.record_incident(cid, "Falt i gangen, ingen synlige skader.", Severity.MODERATE,
                            "Observert resten av besøket, varslet fastlege.", at=_at(day, 11))
