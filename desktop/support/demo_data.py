"""Fictional demo clients with 30 days of history, for newcomers and screenshots.

Names are invented and every national id is a *synthetic* number (month + 80,
Skatteetaten's test population), so none can belong to a real person.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..domain import medication_rules as rules
from ..domain.clients import Allergy, Relative, YesNoUnknown
from ..domain.identifiers import make_synthetic_national_id
from ..domain.medication import AdministrationStatus, Dose, OrderKind
from ..domain.observation import Severity
from ..domain.consent import ConsentKind
from ..domain.plan import GroupMember
from ..domain.records import WorkerRef
from ..services import Ambulant, SecondSignature
from ..store.keys import ScryptParams
from .demo_working_model import seed_working_model

DEMO_WORKER = WorkerRef("Demo Vernepleier", "9144889")
DEMO_COLLEAGUE = WorkerRef("Kari Kollega", "9144890")
DEMO_PASSPHRASE = "demo-passord"
# The demo colleague signs double checks with this passphrase (a published demo secret, hashed cheaply).
DEMO_COLLEAGUE_PASSPHRASE = "kari-kontroll"
DEMO_DAYS = 30
# ``--demo`` keeps its journal in this folder under the data folder, apart from real work.
DEMO_FOLDER = "demo"


def demo_dir(data_dir: Path) -> Path:
    """Where ``--demo`` keeps its journal: ``<data_dir>/demo``."""
    return Path(data_dir) / DEMO_FOLDER


_DEMO_CHECK = SecondSignature(DEMO_COLLEAGUE.hpr, DEMO_COLLEAGUE_PASSPHRASE)


def synthetic_id(birth: dt.date) -> str:
    """The first synthetic national id for ``birth`` that has valid check digits."""
    base = 100 if birth.year < 2000 else 500
    for individual in range(base, base + 399):
        nid = make_synthetic_national_id(birth, individual)
        if nid is not None:
            return nid
    raise ValueError("no synthetic id for this date")


@dataclass(frozen=True)
class DemoDrug:
    """One line of a demo client's medication list (``hours`` empty: as needed)."""

    name: str
    strength: str
    atc: str
    indication: str
    hours: tuple[int, ...] = ()
    form: str = "Tablett"
    route: str = "Oral"
    dose: str = "1"
    unit: str = "tablett"
    controlled: str | None = None       # "A" or "B" (narkotika / vanedannende)
    double_check: bool = False
    multidose: bool = False
    max_per_24h: int | None = None
    min_interval_hours: int | None = None
    prn_reason: str = ""                # why an as-needed dose is given in the demo history ("" never)
    effect: str = ""


# Realistic, different lists (names and ATC codes as in FEST; doses typical, not advice).
# Jon Kåre has class A (oksykodon) and class B (zopiklon) drugs for the controlled-drug ledger.
_SOLVEIG = (
    DemoDrug("Metformin", "500 mg", "A10BA02", "Diabetes type 2", (8, 18), multidose=True),
    DemoDrug("Amlodipin", "5 mg", "C08CA01", "Høyt blodtrykk", (8,), multidose=True),
    DemoDrug("Atorvastatin", "20 mg", "C10AA05", "Forebygging av hjerte- og karsykdom", (20,), multidose=True),
    DemoDrug("Sertralin", "50 mg", "N06AB06", "Depresjon", (8,), multidose=True),
    DemoDrug("Paracetamol", "500 mg", "N02BE01", "Smerter", dose="2", unit="tabletter", max_per_24h=4,
             min_interval_hours=6, prn_reason="Vondt i kneet etter tur", effect="Mindre vondt etter en time"),
)
_OYVIND = (
    DemoDrug("Olanzapin", "10 mg", "N05AH03", "Schizofreni", (21,)),
    DemoDrug("Omeprazol", "20 mg", "A02BC01", "Sure oppstøt", (8,), form="Enterokapsel", unit="kapsel"),
    DemoDrug("Zopiklon", "5 mg", "N05CF01", "Søvnvansker", (22,), controlled="B", double_check=True),
    DemoDrug("Oksazepam", "10 mg", "N05BA04", "Uro og angst", controlled="B", double_check=True, max_per_24h=3,
             min_interval_hours=4, prn_reason="Urolig etter telefon fra NAV", effect="Roligere etter en time"),
)
_MARI = (
    DemoDrug("Lamotrigin", "100 mg", "N03AX09", "Epilepsi", (8, 20)),
    DemoDrug("Metylfenidat", "36 mg", "N06BA04", "ADHD", (8,), form="Depottablett", controlled="A"),
    DemoDrug("Melatonin", "3 mg", "N05CH01", "Innsovningsvansker", (21,)),
    DemoDrug("Ibuprofen", "400 mg", "M01AE01", "Hodepine og smerter (ikke paracetamol: allergi)", max_per_24h=3,
             min_interval_hours=6, prn_reason="Hodepine", effect="Hodepinen ga seg"),
    DemoDrug("Adrenalin", "0,3 mg", "C01CA24", "Anafylaksi (nøtteallergi)", form="Injeksjonsvæske, ferdigfylt penn",
             route="Intramuskulær", unit="dose", max_per_24h=2, min_interval_hours=0),
)
_JON_KARE = (
    DemoDrug("Oksykodon", "10 mg", "N02AA05", "Langvarige smerter i ryggen", (8, 20), form="Depottablett",
             controlled="A"),
    DemoDrug("Paracetamol", "500 mg", "N02BE01", "Smerter", (8, 14, 20), dose="2", unit="tabletter", multidose=True),
    DemoDrug("Apiksaban", "5 mg", "B01AF02", "Atrieflimmer, forebygging av hjerneslag", (8, 20), multidose=True),
    DemoDrug("Furosemid", "40 mg", "C03CA01", "Hjertesvikt", (8,), multidose=True),
    DemoDrug("Zopiklon", "3,75 mg", "N05CF01", "Søvnvansker", (22,), controlled="B"),
    DemoDrug("Oksykodon", "5 mg", "N02AA05", "Gjennombruddssmerter", controlled="A", max_per_24h=4,
             min_interval_hours=4, prn_reason="Sterke smerter i ryggen", effect="Smertene roet seg"),
    DemoDrug("Laktulose", "667 mg/ml", "A06AD11", "Forstoppelse", form="Mikstur", dose="15", unit="ml",
             max_per_24h=2, min_interval_hours=8),
)

_CLIENTS = (
    ("Solveig Ås", dt.date(1958, 3, 14), "Fjellveien 3, 9990 Båtsfjord",
     (Allergy("Penicillin", "utslett og pustebesvær", "alvorlig"),), _SOLVEIG),
    ("Øyvind Bråten", dt.date(1979, 11, 2), "Storgata 41 B, 2815 Gjøvik", (), _OYVIND),
    ("Mari Lie Hågensen", dt.date(1996, 7, 23), "Elveveien 12, 6770 Nordfjordeid",
     (Allergy("Paracetamol", "elveblest", "moderat"), Allergy("Nøtter", "anafylaksi", "alvorlig")), _MARI),
    ("Jon Kåre Ødegård", dt.date(1948, 1, 30), "Kirkebakken 7, 8300 Svolvær", (), _JON_KARE),
)


def seed_demo(app: Ambulant, today: dt.date | None = None, seed: int = 7) -> int:
    """Add the demo clients and their history unless they are there; returns how many were added."""
    existing = {c.national_id for c in app.list_clients()}
    rng = random.Random(seed)
    today = today or dt.datetime.now(rules.LOCAL_TZ).date()
    real_clock = app.clock
    added: dict[str, str] = {}
    if DEMO_COLLEAGUE.hpr not in {c.hpr for c in app.colleagues()}:
        app.enroll_colleague(DEMO_COLLEAGUE.name, DEMO_COLLEAGUE.hpr, DEMO_COLLEAGUE_PASSPHRASE,
                             kdf=ScryptParams(n=2 ** 12))
    try:
        for name, birth, address, allergies, drugs in _CLIENTS:
            nid = synthetic_id(birth)
            if nid in existing:
                continue
            added[name] = _seed_client(app, rng, today, name, nid, address, allergies, drugs)
        seed_working_model(app, today, added)
        ledger_client = _seed_ledger_client(app, today)
    finally:
        app.clock = real_clock
    return len(added) + ledger_client


def _seed_ledger_client(app: Ambulant, today: dt.date) -> int:
    """The client with a controlled-drug ledger (A and B drugs, counts, a deviation): support/demo_ledger.py."""
    from .demo_ledger import LEDGER_DEMO_BIRTH, seed_ledger_demo
    return seed_ledger_demo(app, today, _DEMO_CHECK, synthetic_id(LEDGER_DEMO_BIRTH))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=rules.LOCAL_TZ)


def _set_clock(app: Ambulant, when: dt.datetime) -> None:
    app.clock = lambda: when.astimezone(dt.timezone.utc)


def _seed_client(app: Ambulant, rng: random.Random, today: dt.date, name: str, nid: str,
                 address: str, allergies: tuple[Allergy, ...], drugs: tuple[DemoDrug, ...]) -> str:
    start = today - dt.timedelta(days=DEMO_DAYS)
    _set_clock(app, _at(start, 9))
    client = app.create_client(name, nid, address, phone="400 00 000", allergies=allergies,
                               relatives=(Relative("Pårørende Eksempel", "datter", "900 00 000", True),),
                               responsible_unit="Ambulant team, helse og omsorg")
    cid = client.client_id
    app.record_children_as_relatives(cid, YesNoUnknown.NO, assessment_made=True)
    orders = [(drug, _add_order(app, cid, drug, start)) for drug in drugs]
    _seed_plan(app, cid, start)
    fixed = [order for drug, order in orders if drug.hours]
    as_needed = [(drug, order) for drug, order in orders if not drug.hours and drug.prn_reason]
    for offset in range(DEMO_DAYS):
        day = start + dt.timedelta(days=offset)
        _seed_day(app, rng, cid, day, fixed, as_needed)
    return cid


def _add_order(app: Ambulant, cid: str, drug: DemoDrug, start: dt.date):  # noqa: ANN202 (MedicationOrder)
    optional: dict = {"atc": drug.atc, "multidose": drug.multidose, "double_check": drug.double_check}
    if drug.controlled:
        optional["controlled"] = drug.controlled
    if not drug.hours:
        optional["max_per_24h"] = drug.max_per_24h
        if drug.min_interval_hours:
            optional["min_interval_hours"] = Decimal(drug.min_interval_hours)
    return app.add_order(cid, drug.name, drug.strength, dose=Dose(Decimal(drug.dose.replace(",", ".")), drug.unit),
                         kind=OrderKind.FIXED if drug.hours else OrderKind.AS_NEEDED, indication=drug.indication,
                         times=tuple(dt.time(h) for h in drug.hours), start=start,
                         prescriber="Fastlege Demo Legesen", ordered_on=start, form=drug.form, route=drug.route,
                         **optional)


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


def _seed_day(app: Ambulant, rng: random.Random, cid: str, day: dt.date, fixed: list,
              as_needed: list[tuple[DemoDrug, object]]) -> None:
    last_day = day == dt.datetime.now(rules.LOCAL_TZ).date() - dt.timedelta(days=1)
    for order in fixed:
        for t in order.times:
            at = _at(day, t.hour, rng.randint(0, 20))
            _set_clock(app, at)
            refused = rng.random() < 0.05
            app.record_administration(
                order.order_id, AdministrationStatus.REFUSED if refused else AdministrationStatus.GIVEN,
                at=at, scheduled_for=_at(day, t.hour, t.minute),
                second_signer=_DEMO_CHECK if app.requires_second_signer(order) and not refused else None,
                reason="Ville ikke ta tabletten i dag" if refused else "")
    for drug, prn in as_needed:
        if rng.random() < 0.3 or last_day:
            at = _at(day, 15, 10)
            _set_clock(app, at)
            adm = app.record_administration(
                prn.order_id, AdministrationStatus.GIVEN, at=at, prn_reason=drug.prn_reason,
                second_signer=_DEMO_CHECK if app.requires_second_signer(prn) else None)
            if not last_day:   # yesterday's dose keeps its follow-up open (the reminder in the window)
                _set_clock(app, at + dt.timedelta(hours=1))
                app.record_effect(adm.meta.record_id, drug.effect, rating=2)
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
