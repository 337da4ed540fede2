"""Demo data for the working model: a kartlegging, an analysis and a full individual plan for one
client (with a goal whose whole thread can be followed), a chapter 9 registration for another, and
ratings and behaviour registrations for the charts. Fictional, like the rest of the demo."""

from __future__ import annotations

import datetime as dt

from ..domain import medication_rules as rules
from ..domain.assessment import AreaFinding, AssessmentArea, AssessmentMethod, Participation
from ..domain.consent import ConsentKind, ConsentRecipient
from ..domain.observation import Chapter9Recipient, SubstanceUse
from ..domain.plan import EvaluationOutcome, GroupMember, TaskOutcome, TaskReview
from ..services import Ambulant

# Who gets what (by demo name; a name missing from ``added`` is skipped).
FULL_PLAN_CLIENT = "Solveig Ås"
CHAPTER9_CLIENT = "Mari Lie Hågensen"
DEMO_DAYS = 30


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=rules.LOCAL_TZ)


def _clock(app: Ambulant, when: dt.datetime) -> dt.datetime:
    app.clock = lambda: when.astimezone(dt.timezone.utc)
    return when


def seed_working_model(app: Ambulant, today: dt.date, added: dict[str, str]) -> None:
    """Add the working-model demo for the clients just added (name → client id)."""
    start = today - dt.timedelta(days=DEMO_DAYS)
    if FULL_PLAN_CLIENT in added:
        _full_plan(app, added[FULL_PLAN_CLIENT], start)
    if CHAPTER9_CLIENT in added:
        _chapter9_and_registrations(app, added[CHAPTER9_CLIENT], start)


def _full_plan(app: Ambulant, cid: str, start: dt.date) -> None:
    def day(days: int) -> dt.date:
        return start + dt.timedelta(days=days)

    _clock(app, _at(day(days=1), 14))
    k = app.add_assessment(cid, "Kartlegging ved oppstart", (
        AreaFinding(AssessmentArea.DAILY_LIVING, "Klarer morgenstell selv. Trenger støtte til å handle og lage "
                                                 "middag; spiser mest brødmat."),
        AreaFinding(AssessmentArea.HEALTH, "Diabetes type 2, depresjon. Sover dårlig, våkner ofte om natta."),
        AreaFinding(AssessmentArea.HOUSING, "Bor hos datteren etter utskriving. Trangt; ønsker egen leilighet."),
        AreaFinding(AssessmentArea.WORK_ACTIVITY, "Ingen faste aktiviteter på dagtid. Har tidligere jobbet i "
                                                  "kantine og likte det."),
        AreaFinding(AssessmentArea.NETWORK, "God kontakt med datter. Få venner på stedet."),
        AreaFinding(AssessmentArea.OWN_VIEW, "«Jeg vil klare meg selv og ha noe å gå til om dagen.»"),
    ), (AssessmentMethod.CONVERSATION, AssessmentMethod.OBSERVATION, AssessmentMethod.TOOL), Participation.TOOK_PART,
        tool="ADL-skjema (kommunens)")
    _clock(app, _at(day(days=3), 15))
    a = app.add_analysis(cid, (k.meta.record_id,),
                         "Dagene mangler struktur, og uro om kvelden ser ut til å henge sammen med lite aktivitet "
                         "og trangt boforhold. Ressurser: motivasjon, erfaring fra kantinejobb, god støtte fra datter.",
                         "«Jeg blir rastløs når jeg ikke har noe å gjøre, og da sover jeg dårlig.»",
                         ("Faste aktiviteter på dagtid gir bedre søvn og mindre uro",
                          "Egen bolig gir ro og mer selvstendighet"), title="Aktivitet, søvn og bolig")
    plan = app.individual_plan(cid)
    _clock(app, _at(day(days=4), 10))
    goal = app.add_goal(cid, "Ha noe å gå til på dagtid", "«Jeg vil ha en jobb å gå til, to dager i uka.»",
                        client_participated=True, area="arbeid og aktivitet", target_date=day(days=120),
                        analysis_id=a.meta.record_id)
    app.add_measure(goal.meta.record_id, "Arbeidstrening i kafé på frivilligsentralen", "NAV-veileder Eksempel",
                    "to dager i uka", day(days=7), day(days=97), scope="2 × 4 timer per uke",
                    how="Vernepleier følger de første gangene; deretter går brukeren selv. Avtale med kafeen.")
    walk = app.add_measure(goal.meta.record_id, "Følge til og fra de første ukene", "Demo Vernepleier", "ved behov",
                           day(days=7), day(days=28), scope="Inntil 1 time per gang",
                           how="Går sammen med bussen; trapper ned når brukeren er trygg.")
    _clock(app, _at(day(days=18), 13))
    app.add_evaluation(walk.meta.record_id, "Går nå alene med bussen. Følge trengs ikke lenger.", 8,
                       outcome=EvaluationOutcome.REACHED, next_steps="Tiltaket avsluttes.")
    _clock(app, _at(day(days=26), 13))
    app.add_evaluation(goal.meta.record_id, "Har vært i kafeen sju ganger, trives. Sover bedre de dagene.", 6,
                       outcome=EvaluationOutcome.PARTLY, next_steps="Utvide til tre dager fra neste måned.")
    # The plan revised with every § 19 field, all goals in it, and the consents.
    _clock(app, _at(day(days=5), 11))
    app.set_individual_plan(
        cid, coordinator="Demo Vernepleier", participants=("Solveig Ås", "Datter", "Fastlege Demo Legesen",
                                                           "NAV-veileder Eksempel"),
        period_start=start, period_end=start + dt.timedelta(days=365), next_revision=day(days=40),
        resources="Motivert. God kontakt med datter. Erfaring fra kantinejobb.",
        needs="Struktur i hverdagen, aktivitet på dagtid, egen bolig, støtte med legemidler.",
        contributions="Kommunen: koordinator og ambulant oppfølging. NAV: arbeidstrening. Fastlege: legemidler "
                      "og diabetes. Datter: støtte i helgene.",
        collaboration="Ansvarsgruppemøte hver sjette uke. Fastlegen får referatet.",
        include_goals=tuple(g.meta.record_id for g in app.overview(app.get_client(cid)).goals
                            if g.plan_id != (plan.meta.record_id if plan else "")))
    app.record_consent(cid, ConsentKind.SHARING, True, day(days=5), "Opplysninger som trengs i arbeidet med planen",
                       (ConsentRecipient("Fastlege Demo Legesen", "Legemidler, helse og mål i planen"),
                        ConsentRecipient("NAV-veileder Eksempel", "Mål og tiltak om arbeid og aktivitet"),
                        ConsentRecipient("Datter", "Referat fra ansvarsgruppemøter")),
                       valid_until=start + dt.timedelta(days=365))
    group = app.overview(app.get_client(cid)).groups[-1]
    _clock(app, _at(day(days=10), 9))
    app.update_group(group.meta.record_id, (
        GroupMember("Demo Vernepleier", "Koordinator", "Kommunen", "400 00 001", start=start),
        GroupMember("Fastlege Demo Legesen", "Fastlege", "Legekontoret", "400 00 002", start=start),
        GroupMember("NAV-veileder Eksempel", "Veileder", "NAV", "55 55 33 33", start=start),
        GroupMember("Pårørende Eksempel", "Datter", "", "900 00 000", start=day(days=10))))
    _clock(app, _at(day(days=22), 14))
    tasks = [t for t in app.overview(app.get_client(cid)).tasks if t.is_open]
    reviews = tuple(TaskReview(t.meta.record_id, TaskOutcome.DONE, "Søknaden er sendt") if "bolig" in t.description
                    else TaskReview(t.meta.record_id, TaskOutcome.CONTINUED, "Venter på svar fra kafeen",
                                    day(days=75)) for t in tasks)
    second = app.add_meeting(group.meta.record_id, day(days=22),
                             ("Solveig Ås", "Demo Vernepleier", "NAV-veileder Eksempel", "Pårørende Eksempel"),
                             ("Arbeidstrening", "Bolig", "Søvn"),
                             "Solveig forteller at hun trives i kafeen og sover bedre de dagene hun er der. "
                             "Boligsøknaden er sendt; svar ventes om seks uker.",
                             "Arbeidstreningen fortsetter to dager i uka. Vurdere tre dager ved neste møte. "
                             "Datteren er med i gruppen fra nå.", reviews)
    app.add_task(second.meta.record_id, "Avtale tredje dag med kafeen", "NAV-veileder Eksempel", day(days=40))
    for n, rating in enumerate((4, 5, 5, 6, 5, 7, 7, 8)):
        when = _clock(app, _at(day(days=2 + n * 3 + 1), 11))
        app.record_rating(cid, rating, "Bra dag i kafeen" if rating >= 7 else "", at=when)


def _chapter9_and_registrations(app: Ambulant, cid: str, start: dt.date) -> None:
    def day(days: int) -> dt.date:
        return start + dt.timedelta(days=days)

    when = _clock(app, _at(day(days=12), 19, 40))
    reg = app.record_chapter9(cid, when - dt.timedelta(minutes=25), when - dt.timedelta(minutes=15), {
        "concerned": "Mari Lie Hågensen",
        "what_done": "Holdt Mari i armene i ca. ti minutter for å hindre at hun slo hodet i veggen.",
        "why": "Slo hodet hardt og gjentatte ganger i veggen; fare for alvorlig skade.",
        "tried_first": "Snakket rolig, tilbød pute og skjermet rommet; ringte ikke inn flere for å unngå mer uro.",
        "decided_by": "Demo Vernepleier (vakthavende)",
        "participants": "Demo Vernepleier, Kari Kollega",
        "injuries": "Ingen synlige skader. Rødt merke i panna."})
    _clock(app, _at(day(days=13), 9))
    app.record_chapter9_sent(reg.meta.record_id, Chapter9Recipient.PROFESSIONAL_LEAD, "Fagleder Berit Eksempel",
                             day(days=13), "internpost")
    for n in range(10):
        when = _clock(app, _at(day(days=1 + n * 3), 17 + n % 3))
        app.record_behaviour(cid, "Slår hodet i veggen", when, count=1 + (n * 7) % 4, duration_minutes=3 + n % 5,
                             context="Ved overgang fra middag til kveldsstell",
                             before="Beskjed om at TV-en skulle slås av", after="Roet seg etter tilbud om musikk")
    for n, rating in enumerate((3, 4, 4, 5, 3, 6)):
        when = _clock(app, _at(day(days=2 + n * 5), 12))
        app.record_rating(cid, rating, at=when)
    app.record_substance_use(cid, SubstanceUse.NONE_OBSERVED, at=_clock(app, _at(day(days=20), 12)))
