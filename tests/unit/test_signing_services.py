"""Signing through the services on a real encrypted journal: the cases of issue 11 that need the store.

Second signers enrolled with a hashed passphrase, the local procedure kept and
audit-logged, the prescriber's stop, undo, corrections that re-run the rules,
CAVE on orders and doses, the as-needed interval, blood pressure as one value.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal

import pytest

from desktop.domain.audit import AuditAction
from desktop.domain.clients import Allergy
from desktop.domain.double_check_policy import LocalProcedure
from desktop.domain.errors import DomainError
from desktop.domain.medication import AdministrationStatus, ControlledClass, DoubleCheckPolicy
from desktop.domain.medication_rules import DoseState
from desktop.domain.overrides import Rule
from desktop.domain.record_rules import RuleBroken
from desktop.domain.records import WorkerRef
from desktop.services import Ambulant, SecondSignature
from desktop.services.colleagues import COLLEAGUES_KEY, MAX_WRONG
from desktop.services.medication import UNDO_REASON
from desktop.services.rules import PROCEDURE_KEY
from tests.conftest import FAST_KDF, SECOND, WORKER
from tests.helpers import (SECOND_PASSPHRASE, add_client, add_fixed_order, add_prn_order, second_signature)

GIVEN = AdministrationStatus.GIVEN
REFUSED = AdministrationStatus.REFUSED


def refused(call, *args, **kw) -> DomainError:  # noqa: ANN001
    with pytest.raises(DomainError) as caught:
        call(*args, **kw)
    return caught.value


def at(clock, hour: int, minute: int = 0) -> dt.datetime:  # noqa: ANN001
    return clock.now.replace(hour=hour, minute=minute)


# -- the second signer proves who they are ----------------------------------------------------

def test_a_typed_name_and_hpr_is_no_second_signer(app: Ambulant) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Morfin", (dt.time(9),), controlled="A")
    made_up = WorkerRef("Hvem Som Helst", "1")
    error = refused(app.record_administration, order.order_id, GIVEN, second_signer=made_up)
    assert error.field == "second_signer" and "passord" in error.message_nb
    error = refused(app.record_administration, order.order_id, GIVEN, second_signer=SecondSignature("1", "x" * 8))
    assert error.message_nb == "Velg en kontrollør som er registrert på denne maskinen."


def test_an_enrolled_colleague_signs_with_their_passphrase_kept_only_as_a_scrypt_hash(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Morfin", (dt.time(9),), controlled="A")
    colleague = app.enroll_colleague(SECOND.name, SECOND.hpr, SECOND_PASSPHRASE, SECOND_PASSPHRASE, kdf=FAST_KDF)
    assert colleague.worker == SECOND and app.colleagues() == [colleague]
    stored = app.db.get_setting(COLLEAGUES_KEY)
    assert SECOND_PASSPHRASE not in stored
    entry = json.loads(stored)[0]
    assert len(entry["salt"]) >= 20 and len(entry["hash"]) >= 40 and entry["n"] == FAST_KDF.n
    error = refused(app.record_administration, order.order_id, GIVEN,
                    second_signer=SecondSignature(SECOND.hpr, "feil passord"))
    assert error.field == "second_signer_passphrase"
    adm = app.record_administration(order.order_id, GIVEN, scheduled_for=at(clock, 9),
                                    second_signer=SecondSignature(SECOND.hpr, SECOND_PASSPHRASE))
    assert (adm.meta.author, adm.second_signer, adm.second_signed_version) == (WORKER, SECOND, adm.meta.version_id)
    log = [e.detail for e in _audit(app)]
    assert f"kontrollør registrert for dobbeltkontroll: {SECOND.name} (HPR {SECOND.hpr})" in log


def _audit(app: Ambulant) -> list:  # noqa: ANN001
    with app.db.reading():
        rows = app.db._conn.execute("SELECT event_id FROM audit_log ORDER BY rowid").fetchall()  # test-only read
        return [app.db.audit.get(r[0]) for r in rows]


def test_enrolling_refuses_oneself_short_passphrases_and_typos(app: Ambulant) -> None:
    assert refused(app.enroll_colleague, WORKER.name, WORKER.hpr, "langt nok passord", kdf=FAST_KDF).field \
        == "colleague_hpr"
    assert refused(app.enroll_colleague, SECOND.name, SECOND.hpr, "kort", kdf=FAST_KDF).field == "colleague_passphrase"
    assert refused(app.enroll_colleague, SECOND.name, SECOND.hpr, "langt nok passord", "langt nok pasord",
                   kdf=FAST_KDF).field == "colleague_repeat"
    assert refused(app.enroll_colleague, " ", SECOND.hpr, "langt nok passord", kdf=FAST_KDF).field == "colleague_name"
    assert app.colleagues() == []


def test_wrong_passphrases_lock_the_colleague_out_for_a_while(app: Ambulant) -> None:
    second_signature(app)
    for _ in range(MAX_WRONG):
        assert refused(app.verify_second_signer, SecondSignature(SECOND.hpr, "gjetting")).message_nb == \
            "Feil passord for kontrolløren."
    error = refused(app.verify_second_signer, SecondSignature(SECOND.hpr, SECOND_PASSPHRASE))
    assert "For mange feil passord" in error.message_nb


def test_a_removed_colleague_can_no_longer_sign(app: Ambulant) -> None:
    proof = second_signature(app)
    app.remove_colleague(SECOND.hpr)
    assert app.colleagues() == []
    assert refused(app.verify_second_signer, proof).field == "second_signer"
    assert any("kontrollør fjernet" in e.detail for e in _audit(app))


# -- the local procedure -------------------------------------------------------------------------

def test_the_policy_is_kept_in_the_journal_audit_logged_and_used(app: Ambulant, db, clock) -> None:  # noqa: ANN001
    cid = add_client(app).client_id
    insulin = add_fixed_order(app, cid, "Insulin glargin", (dt.time(9),), route="Subkutan", atc="A10AE04")
    assert not app.requires_second_signer(insulin)
    procedure = LocalProcedure(DoubleCheckPolicy(frozenset({ControlledClass.A, ControlledClass.B}),
                                                 frozenset({"N07BC"}), frozenset({"Metadon"}),
                                                 frozenset({"Subkutan"})), 30)
    app.set_local_procedure(procedure)
    assert app.requires_second_signer(insulin)
    assert [m.value for m in app.double_check_reasons(insulin)] == ["Subkutan"]
    again = Ambulant(db, clock=clock)   # a fresh services object reads it from the journal
    assert again.local_procedure() == procedure
    assert json.loads(db.get_setting(PROCEDURE_KEY))["timing_window_minutes"] == 30
    change = [e for e in _audit(app) if "lokal prosedyre" in e.detail]
    assert len(change) == 1 and change[0].action is AuditAction.CORRECT and change[0].actor == WORKER
    assert "klasse A, B; ATC ingen" in change[0].detail and "→ klasse A, B; ATC N07BC" in change[0].detail
    error = refused(app.record_administration, insulin.order_id, GIVEN, scheduled_for=at(clock, 9))
    assert isinstance(error, RuleBroken) and error.rule is Rule.DOUBLE_CHECK
    app.set_local_procedure(procedure)   # no change, no audit line
    assert len([e for e in _audit(app) if "lokal prosedyre" in e.detail]) == 1


def test_a_damaged_procedure_setting_falls_back_to_the_stricter_defaults(db, clock) -> None:  # noqa: ANN001
    db.set_setting(PROCEDURE_KEY, "{not json")
    assert Ambulant(db, clock=clock).local_procedure() == LocalProcedure()


# -- the prescriber's stop ------------------------------------------------------------------------

def test_stopping_an_order_as_instructed_makes_a_new_version_and_no_dose_is_due_after(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Metformin", (dt.time(8), dt.time(18)))
    stop_at = at(clock, 12)
    stopped = app.stop_order(order.order_id, stop_at, "Fastlege Berg", at(clock, 8, 40), "Nyresvikt")
    history = app.history(order.order_id)
    assert [v.stopped_at for v in history] == [None, stop_at]
    assert history[1].meta.replaces == history[0].meta.version_id and history[1].meta.author == WORKER
    assert (stopped.stop_instructed_by, stopped.stop_reason) == ("Fastlege Berg", "Nyresvikt")
    assert [d.scheduled_for.hour for d in app.due_doses(cid)] == [8]
    clock.advance(hours=4)
    error = refused(app.record_administration, order.order_id, GIVEN, scheduled_for=at(clock, 18),
                    overrides={Rule.SIGNING_WINDOW: "forsøk"})
    assert isinstance(error, RuleBroken) and error.rule is Rule.STOPPED_ORDER
    assert refused(app.stop_order, order.order_id, at(clock, 14), "Dr", at(clock, 9), "x").field == "stopped_at"
    assert refused(app.stop_order, order.order_id, at(clock, 10), "  ", at(clock, 9), "x").field \
        == "stop_instructed_by"


# -- undo, correct, entered in error ------------------------------------------------------------------

def test_a_signature_can_be_undone_for_a_minute_then_only_corrected(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid)
    adm = app.record_administration(order.order_id, GIVEN, scheduled_for=at(clock, 8))
    clock.advance(seconds=10)
    undone = app.undo_administration(adm.meta.record_id)
    assert undone.meta.entered_in_error and undone.meta.status_reason == UNDO_REASON
    assert [d.state for d in app.due_doses(cid)][0] is DoseState.OVERDUE
    again = app.record_administration(order.order_id, GIVEN, scheduled_for=at(clock, 8))
    clock.advance(minutes=2)
    assert "kan ikke angres" in refused(app.undo_administration, again.meta.record_id).message_nb


def test_a_correction_runs_the_rules_the_three_cases_of_the_issue(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    morphine = add_fixed_order(app, cid, "Morfin", (dt.time(9), dt.time(21)), controlled="A")
    given = app.record_administration(morphine.order_id, GIVEN, scheduled_for=at(clock, 9),
                                      second_signer=second_signature(app))
    # 1. A plain correction may not touch the second signer (nor remove it).
    assert refused(app.correct, given.meta.record_id, second_signer=None).field == "second_signer"
    # 2. A refused class A dose turned into "given" needs the second signer again.
    no = app.record_administration(morphine.order_id, REFUSED, scheduled_for=at(clock, 21), reason="Sov",
                                   second_signer=second_signature(app))
    error = refused(app.correct, no.meta.record_id, status=GIVEN, dose=morphine.dose, reason="")
    assert isinstance(error, RuleBroken) and error.rule in (Rule.DOUBLE_CHECK, Rule.SIGNING_WINDOW)
    assert any(f.rule is Rule.DOUBLE_CHECK for f in error.findings)
    error = refused(app.correct_administration, no.meta.record_id, "Tok den likevel", status=GIVEN,
                    overrides={Rule.SIGNING_WINDOW: "Gitt tidlig etter avtale"})
    assert error.rule is Rule.DOUBLE_CHECK
    fixed = app.correct_administration(no.meta.record_id, "Tok den likevel", status=GIVEN,
                                       second_signer=second_signature(app),
                                       overrides={Rule.SIGNING_WINDOW: "Gitt tidlig etter avtale"})
    assert fixed.taken and fixed.second_signer == SECOND and fixed.meta.status_reason == "Tok den likevel"
    assert fixed.meta.version == 2
    # 3. Blanking the required fields of a chapter 9 registration.
    reg = app.record_chapter9(cid, clock.now - dt.timedelta(minutes=30), clock.now, {
        "concerned": "Bruker", "what_done": "Holdt armen", "why": "Slo seg", "tried_first": "Samtale",
        "decided_by": "Vakt", "participants": "To ansatte"})
    error = refused(app.correct, reg.meta.record_id, fields=tuple((k, "") for k, _ in reg.fields))
    assert isinstance(error, RuleBroken) and error.rule is Rule.CHAPTER9_FIELDS
    assert app.get_client(cid) and len(app.history(reg.meta.record_id)) == 1


def test_a_signed_dose_is_corrected_with_who_and_why(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid)
    adm = app.record_administration(order.order_id, GIVEN, scheduled_for=at(clock, 8))
    assert refused(app.correct_administration, adm.meta.record_id, " ", note="x").field == "status_reason"
    clock.advance(minutes=5)
    new = app.correct_administration(adm.meta.record_id, "Feil utfall", status=REFUSED, reason="Spyttet ut")
    assert (new.status, new.dose, new.reason) == (REFUSED, None, "Spyttet ut")
    assert new.meta.author == WORKER and new.meta.recorded_at == clock.now and new.meta.status_reason == "Feil utfall"
    wrong = app.enter_in_error(adm.meta.record_id, "Feil bruker")
    assert wrong.meta.entered_in_error and wrong.meta.status_reason == "Feil bruker"


# -- CAVE on orders and doses --------------------------------------------------------------------------

def test_paracetamol_for_a_client_with_paracetamol_cave_needs_an_override_on_order_and_dose(app: Ambulant,
                                                                                              clock) -> None:
    cid = add_client(app, allergies=(Allergy("Paracetamol", "elveblest", "moderat"),)).client_id
    error = refused(add_fixed_order, app, cid, "Paracetamol", (dt.time(9),), atc="N02BE01")
    assert isinstance(error, RuleBroken) and error.rule is Rule.ALLERGY and error.overridable
    assert [m.allergy.substance for m in app.cave_matches(cid, "Paracet")] == ["Paracetamol"]
    assert app.cave_matches(cid, "Metformin", "A10BA02") == []
    order = add_fixed_order(app, cid, "Paracetamol", (dt.time(9),), atc="N02BE01",
                            overrides={Rule.ALLERGY: "Fastlegen har vurdert CAVE: tåler lave doser"})
    assert order.overrides[0].reason.startswith("Fastlegen")
    findings = app.signing_findings(order.order_id, GIVEN, scheduled_for=at(clock, 9))
    assert [f.rule for f in findings] == [Rule.ALLERGY]
    assert refused(app.record_administration, order.order_id, GIVEN, scheduled_for=at(clock, 9)).field == "allergy"
    adm = app.record_administration(order.order_id, GIVEN, scheduled_for=at(clock, 9),
                                    overrides={Rule.ALLERGY: "Avklart med fastlegen i dag"})
    assert [(o.rule, o.reason) for o in adm.overrides] == [(Rule.ALLERGY, "Avklart med fastlegen i dag")]


# -- as-needed doses -----------------------------------------------------------------------------------

def test_a_second_oksazepam_0_minutes_after_the_first_is_refused(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    prn = add_prn_order(app, cid, "Oksazepam", max_per_24h=3, min_interval_hours=Decimal(4))
    app.record_administration(prn.order_id, GIVEN, prn_reason="Uro")
    error = refused(app.record_administration, prn.order_id, GIVEN, prn_reason="Uro")
    assert isinstance(error, RuleBroken) and error.rule is Rule.PRN_INTERVAL
    assert [f.rule for f in app.signing_findings(prn.order_id, GIVEN)] == [Rule.PRN_INTERVAL]
    extra = app.record_administration(prn.order_id, GIVEN, prn_reason="Panikk",
                                      overrides={Rule.PRN_INTERVAL: "Legevakt sa ja"})
    assert extra.overrides[0].rule is Rule.PRN_INTERVAL


def test_signing_findings_say_what_to_ask_before_signing(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    order = add_fixed_order(app, cid, "Metformin", (dt.time(8), dt.time(18)))
    assert app.signing_findings(order.order_id, GIVEN, scheduled_for=at(clock, 8)) == []
    assert [f.rule for f in app.signing_findings(order.order_id, GIVEN, scheduled_for=at(clock, 18))] == [
        Rule.SIGNING_WINDOW]
    app.record_administration(order.order_id, GIVEN, scheduled_for=at(clock, 8))
    assert [f.rule for f in app.signing_findings(order.order_id, GIVEN, scheduled_for=at(clock, 8))] == [
        Rule.ALREADY_SIGNED]
    assert app.history(order.order_id)[0] == order   # asking saved nothing


# -- measurements ----------------------------------------------------------------------------------------

def test_blood_pressure_is_one_value(app: Ambulant, clock) -> None:
    cid = add_client(app).client_id
    bp = app.record_measurement(cid, "blood_pressure", "138/88", at=clock.now - dt.timedelta(minutes=3))
    assert (bp.value, bp.diastolic, bp.values()) == (Decimal(138), Decimal(88),
                                                     (("systolic", Decimal(138)), ("diastolic", Decimal(88))))
    assert bp.meta.occurred_at == clock.now - dt.timedelta(minutes=3)
    assert not bp.outside_normal and app.record_measurement(cid, "blood_pressure", "150 / 95 mmHg").outside_normal
    for text in ("88/138", "138", "138/88/70", "abc"):
        assert refused(app.record_measurement, cid, "blood_pressure", text).field == "value"
    assert refused(app.record_measurement, cid, "pulse", "138/88").field == "value"
    assert dataclasses.replace(bp, kind="systolic", diastolic=None).value == 138


def test_a_record_from_elsewhere_is_judged_by_the_same_rules(app: Ambulant, clock) -> None:
    """The import or pull path: a colleague's class A dose without a second signer, and a second signature
    of a planned dose already signed here, are both reported; nothing is saved by asking."""
    from desktop.domain.medication import Administration
    from desktop.domain.records import new_meta
    cid = add_client(app).client_id
    morphine = add_fixed_order(app, cid, "Morfin", (dt.time(9),), controlled="A")
    metformin = add_fixed_order(app, cid, "Metformin", (dt.time(8),))
    app.record_administration(metformin.order_id, GIVEN, scheduled_for=at(clock, 8))
    theirs = [Administration(new_meta(SECOND, "their-device", clock.now), cid, order.order_id, GIVEN, order.dose,
                             scheduled_for=at(clock, order.times[0].hour)) for order in (morphine, metformin)]
    assert [f.rule for f in app.check_record(theirs[0])] == [Rule.DOUBLE_CHECK]
    assert [f.rule for f in app.check_record(theirs[1])] == [Rule.ALREADY_SIGNED]
    assert app.status().records["administrations"] == 1
