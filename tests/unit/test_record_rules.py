"""The rules every record version meets (domain.record_rules): each case from issue 11, pure domain.

Each test names the case it covers; on the code before the issue these either
did not exist (no interval, CAVE, stop, window or correction checks) or let the
record through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.allergy_check import MatchKind, allergy_matches
from desktop.domain.clients import Allergy
from desktop.domain.double_check_policy import LocalProcedure, build_procedure, describe, split_list
from desktop.domain.drug_catalogue import DrugCatalogue, DrugCatalogueEntry
from desktop.domain.errors import DomainError
from desktop.domain.medication import (AdministrationStatus, ControlledClass, DoubleCheckPolicy, PolicyReason)
from desktop.domain.medication_rules import due_doses
from desktop.domain.observation import Chapter9Registration
from desktop.domain.overrides import Rule, RuleOverride, with_override
from desktop.domain.record_rules import RuleBroken, RuleContext, check, enforce, unresolved
from desktop.domain.records import correct, enter_in_error
from desktop.support.catalogue_files import shipped_catalogue

from .domain_builders import CLIENT_ID, DAY, DEVICE, SECOND, WORKER, administration, at, fixed_order, meta, prn_order

GIVEN = AdministrationStatus.GIVEN
REFUSED = AdministrationStatus.REFUSED
CATALOGUE = shipped_catalogue()
PARACETAMOL_CAVE = (Allergy("Paracetamol", "elveblest", "moderat"),)


def rules_of(record, ctx: RuleContext) -> set[Rule]:  # noqa: ANN001
    return {f.rule for f in unresolved(record, ctx)}


def refused_by(record, ctx: RuleContext) -> RuleBroken:  # noqa: ANN001
    with pytest.raises(RuleBroken) as caught:
        enforce(record, ctx)
    assert caught.value.message_nb and caught.value.message_en
    return caught.value


# -- PRN: maximum per 24 h and minimum interval ------------------------------------------

def test_a_second_as_needed_dose_0_minutes_after_the_first_breaks_the_minimum_interval() -> None:
    order = prn_order(max_per_24h=3, min_interval_hours=Decimal(4))
    first = administration(order, at(15, 10))
    second = administration(order, at(15, 10))
    broken = refused_by(second, RuleContext(order=order, others=(first,)))
    assert broken.rule is Rule.PRN_INTERVAL and broken.overridable
    assert "Minst 4 timer" in broken.message_nb and "15:10" in broken.message_nb
    # Four hours later is fine; so is 3 h 59 min with a reason.
    enforce(administration(order, at(19, 10)), RuleContext(order=order, others=(first,)))
    early = dataclasses.replace(administration(order, at(19, 9)),
                                overrides=(RuleOverride(Rule.PRN_INTERVAL, "Avklart med legevakt"),))
    enforce(early, RuleContext(order=order, others=(first,)))


def test_the_interval_looks_both_ways_and_ignores_doses_in_error_refused_or_of_other_orders() -> None:
    order = prn_order(max_per_24h=5, min_interval_hours=Decimal("2.5"))
    later = administration(order, at(14))
    assert rules_of(administration(order, at(12)), RuleContext(order=order, others=(later,))) == {Rule.PRN_INTERVAL}
    wrong = enter_in_error(later, "Feil", WORKER, DEVICE, at(14, 5))
    refused = administration(order, at(13), REFUSED)
    other = administration(prn_order(max_per_24h=5), at(12))
    assert rules_of(administration(order, at(12)), RuleContext(order=order, others=(wrong, refused, other))) == set()


def test_the_24_hour_maximum_holds_in_every_window_also_for_a_dose_entered_afterwards() -> None:
    order = prn_order(max_per_24h=2)
    # Two doses in the evening; a third entered for the morning before still makes three within 24 h.
    others = (administration(order, at(20)), administration(order, at(22)))
    backdated = administration(order, at(9))
    assert Rule.PRN_MAX in rules_of(backdated, RuleContext(order=order, others=others))
    assert rules_of(administration(order, at(20, day=DAY + dt.timedelta(days=1))),
                    RuleContext(order=order, others=others)) == set()


# -- allergy (CAVE) ----------------------------------------------------------------------

def test_paracetamol_against_paracetamol_cave_matches_by_atc() -> None:
    order = fixed_order(drug="Paracetamol", atc="N02BE01")
    matches = allergy_matches(order, PARACETAMOL_CAVE, CATALOGUE)
    assert [(m.kind, m.matched) for m in matches] == [(MatchKind.ATC, "N02BE01")]


def test_a_brand_name_without_code_is_found_through_the_catalogue() -> None:
    order = fixed_order(drug="Paracet", atc="")
    assert [m.kind for m in allergy_matches(order, PARACETAMOL_CAVE, CATALOGUE)] == [MatchKind.ATC]
    # Written as a CAVE entry the brand works too, and so does an ATC code.
    assert allergy_matches(fixed_order(drug="Paracetamol", atc="N02BE01"), (Allergy("Pamol"),), CATALOGUE)
    assert allergy_matches(fixed_order(drug="Paracetamol", atc="N02BE01"), (Allergy("N02BE"),), CATALOGUE)


def test_an_active_ingredient_of_a_combination_matches() -> None:
    catalogue = DrugCatalogue([DrugCatalogueEntry("Paralgin forte", "N02AJ06", "Kodein og paracetamol",
                                                  "400 mg/30 mg", "Tablett", reseptgruppe="B")])
    order = fixed_order(drug="Paralgin forte", atc="N02AJ06")
    matches = allergy_matches(order, PARACETAMOL_CAVE, catalogue)
    assert [(m.kind, m.matched) for m in matches] == [(MatchKind.INGREDIENT, "paracetamol")]


def test_a_group_on_the_cave_card_covers_its_atc_group() -> None:
    amoxicillin = fixed_order(drug="Amoksicillin", atc="J01CA04")
    assert [m.kind for m in allergy_matches(amoxicillin, (Allergy("Penicillin"),), CATALOGUE)] == [MatchKind.ATC]
    ibuprofen = fixed_order(drug="Ibux", atc="M01AE01")
    assert allergy_matches(ibuprofen, (Allergy("NSAIDs", "astma"),), CATALOGUE)


def test_by_name_where_no_code_exists() -> None:
    homemade = fixed_order(drug="Lakrisrot dråper", atc="")
    assert [m.kind for m in allergy_matches(homemade, (Allergy("Lakrisrot"),), CATALOGUE)] == [MatchKind.NAME]


def test_no_false_match() -> None:
    cave = (Allergy("Paracetamol"), Allergy("Nøtter", "anafylaksi"), Allergy("Penicillin"))
    for drug, atc in (("Metformin", "A10BA02"), ("Sertralin", "N06AB06"), ("Oksazepam", "N05BA04")):
        assert allergy_matches(fixed_order(drug=drug, atc=atc), cave, CATALOGUE) == []


def test_an_order_and_a_dose_matching_cave_need_an_override_with_a_reason() -> None:
    order = fixed_order(drug="Paracetamol", atc="N02BE01")
    ctx = RuleContext(allergies=PARACETAMOL_CAVE, catalogue=CATALOGUE)
    broken = refused_by(order, ctx)
    assert broken.rule is Rule.ALLERGY and broken.overridable
    assert "Paracetamol (elveblest, moderat)" in broken.message_nb and "N02BE01" in broken.message_nb
    enforce(dataclasses.replace(order, overrides=(RuleOverride(Rule.ALLERGY, "Fastlegen vet om CAVE"),)), ctx)
    dose = administration(order, at(8), scheduled_for=at(8))
    assert refused_by(dose, dataclasses.replace(ctx, order=order)).rule is Rule.ALLERGY
    with pytest.raises(DomainError) as caught:
        RuleOverride(Rule.ALLERGY, "  ")
    assert caught.value.field == "override:allergy"
    # A refused dose hands nothing out: no warning.
    enforce(administration(order, at(8), REFUSED, scheduled_for=at(8)), dataclasses.replace(ctx, order=order))


# -- stopped orders ---------------------------------------------------------------------

def stopped(order, when: dt.datetime):  # noqa: ANN001, ANN201
    return correct(order, WORKER, DEVICE, at(11), None, stopped_at=when, stop_instructed_by="Dr. Lege",
                   stop_instructed_at=at(10, 45), stop_reason="Bivirkninger")


def test_no_dose_is_due_after_a_stop_and_none_can_be_signed_then() -> None:
    order = stopped(fixed_order(times=(8, 12, 18)), at(11))
    start, end = at(0), at(0) + dt.timedelta(days=2)
    assert [d.scheduled_for for d in due_doses([order], [], start, end, at(11))] == [at(8)]
    broken = refused_by(administration(order, at(12), scheduled_for=at(12)), RuleContext(order=order))
    assert broken.rule is Rule.STOPPED_ORDER and not broken.overridable
    assert "Dr. Lege" in broken.message_nb and "Bivirkninger" in broken.message_nb
    enforce(administration(order, at(8), scheduled_for=at(8)), RuleContext(order=order))
    assert not order.active_on(DAY + dt.timedelta(days=1)) and order.active_on(DAY)


def test_a_stop_needs_who_when_and_why() -> None:
    for missing in ("stop_instructed_by", "stop_reason"):
        with pytest.raises(DomainError) as caught:
            dataclasses.replace(stopped(fixed_order(), at(11)), **{missing: " "})
        assert caught.value.field == missing
    with pytest.raises(DomainError) as caught:
        dataclasses.replace(stopped(fixed_order(), at(11)), stop_instructed_at=None)
    assert caught.value.field == "stop_instructed_at"


def test_overrides_never_lift_a_hard_rule() -> None:
    with pytest.raises(DomainError):
        RuleOverride(Rule.STOPPED_ORDER, "Vil likevel")
    with pytest.raises(DomainError):
        RuleOverride(Rule.DOUBLE_CHECK, "Ingen kollega i nærheten")


# -- planned doses: the window and signing twice ---------------------------------------------

def test_the_18_dose_signed_at_09_04_is_out_of_the_window_and_says_why() -> None:
    order = fixed_order(times=(8, 18))
    dose = administration(order, at(9, 4), scheduled_for=at(18))
    broken = refused_by(dose, RuleContext(order=order))
    assert broken.rule is Rule.SIGNING_WINDOW and broken.overridable
    assert broken.message_nb == ("Dosen er planlagt kl. 18:00 og signeres kl. 09:04: 8 t 56 min før planlagt tid "
                                 "(mer enn ±60 min).")
    enforce(dataclasses.replace(dose, overrides=(RuleOverride(Rule.SIGNING_WINDOW, "Skal på ferie"),)),
            RuleContext(order=order))
    enforce(administration(order, at(9), scheduled_for=at(8)), RuleContext(order=order))
    wide = RuleContext(LocalProcedure(timing_window_minutes=12 * 60), order=order)
    enforce(dose, wide)


def test_a_planned_dose_is_signed_once() -> None:
    order = fixed_order(times=(8,))
    first = administration(order, at(8, 5), scheduled_for=at(8))
    broken = refused_by(administration(order, at(8, 7), scheduled_for=at(8)), RuleContext(order=order,
                                                                                       others=(first,)))
    assert broken.rule is Rule.ALREADY_SIGNED and not broken.overridable
    assert "08:05 av Test Vernepleier" in broken.message_nb
    undone = enter_in_error(first, "angret", WORKER, DEVICE, at(8, 6))
    enforce(administration(order, at(8, 7), scheduled_for=at(8)), RuleContext(order=order, others=(undone,)))


# -- the double-check policy ---------------------------------------------------------------

def test_policy_by_drug_atc_class_and_route_says_why() -> None:
    policy = DoubleCheckPolicy(controlled_classes=frozenset({ControlledClass.A}), atc_prefixes=frozenset({"N05C"}),
                               drug_names=frozenset({"Metadon"}), routes=frozenset({"Subkutan"}))
    insulin = dataclasses.replace(fixed_order(drug="Insulin"), route="Subkutan")
    assert [m.reason for m in policy.matches(insulin)] == [PolicyReason.ROUTE]
    assert policy.matches(fixed_order(drug="Zopiklon", atc="N05CF01"))[0].value == "N05C"
    assert [m.reason for m in policy.matches(fixed_order(drug="metadon", controlled=ControlledClass.A,
                                                         double_check=True))] == [
        PolicyReason.ORDER, PolicyReason.CONTROLLED_CLASS, PolicyReason.DRUG]
    assert policy.matches(fixed_order()) == ()
    order = dataclasses.replace(insulin, route="subkutan")
    assert refused_by(administration(order, at(8)), RuleContext(LocalProcedure(policy), order)).rule \
        is Rule.DOUBLE_CHECK


def test_the_procedure_is_built_from_the_form_and_checked() -> None:
    proc = build_procedure({ControlledClass.A, ControlledClass.B}, "n02a, N05CF01\nN07BC", "Metadon; metadon",
                           "Subkutan", 45)
    assert proc.policy.atc_prefixes == {"N02A", "N05CF01", "N07BC"} and proc.policy.drug_names == {"Metadon"}
    assert proc.timing_window == dt.timedelta(minutes=45)
    assert describe(proc) == ("klasse A, B; ATC N02A, N05CF01, N07BC; legemidler Metadon; "
                              "administrasjonsveier Subkutan; tidsvindu ±45 min")
    with pytest.raises(DomainError) as caught:
        build_procedure((), "Morfin", "", "", 60)
    assert caught.value.field == "atc_prefixes"
    with pytest.raises(DomainError) as caught:
        build_procedure((), "", "", "", 0)
    assert caught.value.field == "timing_window_minutes"
    assert split_list(" a ,\n\nb;A ") == ("a", "b")


# -- corrections re-run the rules ----------------------------------------------------------

CLASS_A = dict(drug="Morfin", controlled=ControlledClass.A, atc="N02AA01")


def test_a_correction_may_not_remove_the_second_signer_of_a_class_a_dose() -> None:
    order = fixed_order(**CLASS_A)
    signed = administration(order, at(8), scheduled_for=at(8), second_signer=SECOND)
    signed = dataclasses.replace(signed, second_signed_version=signed.meta.version_id)
    corrected = correct(signed, WORKER, DEVICE, at(9), None, second_signer=None)
    assert refused_by(corrected, RuleContext(order=order, previous=signed)).rule is Rule.DOUBLE_CHECK
    # A note may be corrected: the second signer checked what was handed out, which did not change.
    enforce(correct(signed, WORKER, DEVICE, at(9), None, note="Tatt med vann"),
            RuleContext(order=order, previous=signed))


def test_a_refused_class_a_dose_cannot_become_given_on_the_refusal_s_second_signature() -> None:
    order = fixed_order(**CLASS_A)
    refused = administration(order, at(8), REFUSED, scheduled_for=at(8), second_signer=SECOND)
    refused = dataclasses.replace(refused, second_signed_version=refused.meta.version_id)
    given = correct(refused, WORKER, DEVICE, at(9), None, status=GIVEN, dose=order.dose, reason="")
    broken = refused_by(given, RuleContext(order=order, previous=refused))
    assert broken.rule is Rule.DOUBLE_CHECK and "bekrefte" in broken.message_nb
    plain = dataclasses.replace(refused, second_signer=None, second_signed_version="")
    assert refused_by(correct(plain, WORKER, DEVICE, at(9), None, status=GIVEN, dose=order.dose),
                      RuleContext(order=order, previous=plain)).rule is Rule.DOUBLE_CHECK
    confirmed = dataclasses.replace(given, second_signed_version=given.meta.version_id)
    enforce(confirmed, RuleContext(order=order, previous=refused))


def test_a_correction_may_not_blank_required_chapter9_fields() -> None:
    answers = (("concerned", "Bruker"), ("what_done", "Holdt armen"), ("why", "Slo seg"), ("tried_first", "Prat"),
               ("decided_by", "Vakt"), ("participants", "To"))
    reg = Chapter9Registration(meta(at(10)), CLIENT_ID, at(10), at(10, 15), answers)
    enforce(reg, RuleContext())
    blanked = correct(reg, WORKER, DEVICE, at(11), None, fields=tuple((k, "") for k, _ in answers))
    broken = refused_by(blanked, RuleContext(previous=reg))
    assert broken.rule is Rule.CHAPTER9_FIELDS and broken.field == "concerned"


def test_a_correction_keeps_what_the_earlier_version_was_allowed_but_may_not_add_a_break() -> None:
    order = fixed_order(times=(8, 18))
    early = administration(order, at(9, 4), scheduled_for=at(18))     # from before the window rule
    ctx = RuleContext(order=order, previous=early)
    enforce(correct(early, WORKER, DEVICE, at(9, 30), None, note="Gitt før avreise"), ctx)
    on_time = administration(order, at(18), scheduled_for=at(18))
    moved = correct(on_time, WORKER, DEVICE, at(19), None, occurred_at=at(9, 4))
    assert refused_by(moved, RuleContext(order=order, previous=on_time)).rule is Rule.SIGNING_WINDOW


def test_entered_in_error_changes_only_the_status() -> None:
    order = fixed_order()
    dose = administration(order, at(8), scheduled_for=at(8))
    wrong = enter_in_error(dose, "Feil bruker", WORKER, DEVICE, at(9))
    assert check(wrong, RuleContext(order=order, previous=dose)) == []
    sneaky = dataclasses.replace(wrong, note="endret")
    assert refused_by(sneaky, RuleContext(order=order, previous=dose)).rule is Rule.STATUS_ONLY


def test_the_same_rules_judge_a_record_from_elsewhere() -> None:
    """What the pull or an import brings in is judged by the same function: a class A dose without a second
    signer from another device is reported, not silently taken for valid."""
    order = fixed_order(**CLASS_A)
    foreign = administration(order, at(8), scheduled_for=at(8), author=SECOND)
    assert [f.rule for f in check(foreign, RuleContext(order=order))] == [Rule.DOUBLE_CHECK]


def test_with_override_replaces_an_earlier_reason() -> None:
    first = with_override((), Rule.ALLERGY, "Første")
    assert with_override(first, Rule.ALLERGY, " Andre ") == (RuleOverride(Rule.ALLERGY, "Andre"),)
