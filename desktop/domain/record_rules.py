"""The rules every record version is checked against — once, here, on every path.

A new record, a correction, an entry marked in error, a record imported or
pulled from the server: each version goes through :func:`check` with a
:class:`RuleContext` (the order of a dose, the client's CAVE, the client's
other doses near it, the version it replaces, the local procedure). The
services call :func:`enforce` before they save; the pull judges what it writes with
:func:`received` and keeps and shows what breaks a rule (``desktop.sync.pull_rules``). The
context is built in one place for every path: :mod:`desktop.domain.rule_context`.

Rules (see :mod:`desktop.domain.overrides` for which may be overridden):

* a dose belongs to its order and client; the order is not entered in error,
  is in force that day, and is not stopped at the time of the dose;
* a dose the local procedure marks for a double check carries a second signer;
* a planned dose is signed once, and — when given — within the signing window
  of its planned time;
* an as-needed dose has its reason, stays within the maximum per 24 hours (in
  any 24-hour window holding it) and the minimum interval to the nearest dose;
* a drug that matches the client's CAVE (order or dose) needs an override;
* a chapter 9 registration holds every required field;
* a version marked entered in error changes nothing but its status.

A correction is checked like a new record, with one allowance: a finding
that may be overridden and that the corrected version already had (accepted
then, or recorded before these rules) does not block the correction. A
correction can never *introduce* a rule break.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .allergy_check import AllergyMatch, MatchKind, allergy_matches
from .clients import Allergy
from .clock import LOCAL_TZ, local_text
from .double_check_policy import LocalProcedure
from .drug_catalogue import DrugCatalogue
from .errors import DomainError
from .medication import Administration, MedicationOrder
from .observation import Chapter9Registration
from .overrides import OVERRIDABLE, Rule, overridden

_DAY = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Finding:
    """One rule a record version breaks: which, the field a form shows it at, and the message."""

    rule: Rule
    field: str
    message_nb: str
    message_en: str

    @property
    def overridable(self) -> bool:
        """True when the worker may go ahead with a reason (see :mod:`desktop.domain.overrides`)."""
        return self.rule in OVERRIDABLE


class RuleBroken(DomainError):
    """A record may not be saved as it is: ``finding`` is the first reason, ``findings`` all of them."""

    def __init__(self, finding: Finding, findings: Sequence[Finding]) -> None:
        super().__init__(finding.field, finding.message_nb, finding.message_en)
        self.finding = finding
        self.findings = tuple(findings)

    @property
    def rule(self) -> Rule:
        return self.finding.rule

    @property
    def overridable(self) -> bool:
        """True when every unresolved finding may be overridden (so a reason for each lets it through)."""
        return all(f.overridable for f in self.findings)


@dataclass(frozen=True)
class RuleContext:
    """What the rules need to know besides the record itself."""

    procedure: LocalProcedure = field(default_factory=LocalProcedure)
    order: MedicationOrder | None = None            # the order of an administration
    allergies: tuple[Allergy, ...] = ()             # the client's CAVE
    others: tuple[Administration, ...] = ()         # the client's other doses (current versions) near this one
    previous: Any | None = None                     # the version this one replaces
    catalogue: DrugCatalogue | None = None


def _local_time(when: dt.datetime) -> str:
    return when.astimezone(LOCAL_TZ).strftime("%H:%M")


def _span(delta: dt.timedelta, hours_word: str, minutes_word: str) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} {hours_word} {minutes} {minutes_word}"
    return f"{hours} {hours_word}" if hours else f"{minutes} {minutes_word}"


# -- administrations -------------------------------------------------------------

def _allergy_texts(matches: list[AllergyMatch], drug: str) -> tuple[str, str]:
    nb, en = [], []
    for m in matches:
        detail = ", ".join(p for p in (m.allergy.reaction, m.allergy.severity) if p)
        cave = m.allergy.substance + (f" ({detail})" if detail else "")
        if m.kind is MatchKind.ATC:
            nb.append(f"{cave}: {drug} har ATC-kode {m.matched}")
            en.append(f"{cave}: {drug} has ATC code {m.matched}")
        elif m.kind is MatchKind.INGREDIENT:
            nb.append(f"{cave}: {drug} inneholder {m.matched}")
            en.append(f"{cave}: {drug} contains {m.matched}")
        else:
            nb.append(f"{cave}: navnet {drug} ligner")
            en.append(f"{cave}: the name {drug} matches")
    return ("CAVE! " + "; ".join(nb) + ". Kontakt forskriver før legemidlet gis.",
            "CAVE! " + "; ".join(en) + ". Contact the prescriber before the drug is given.")


def _allergy(order: MedicationOrder, ctx: RuleContext) -> list[Finding]:
    matches = allergy_matches(order, ctx.allergies, ctx.catalogue)
    if not matches:
        return []
    nb, en = _allergy_texts(matches, order.drug_name)
    return [Finding(Rule.ALLERGY, "allergy", nb, en)]


def _taken_doses(adm: Administration, others: Sequence[Administration]) -> list[dt.datetime]:
    """Times of the other doses of the same order the client got (not this record, not in error)."""
    return [o.meta.occurred_at for o in others
            if o.order_id == adm.order_id and o.taken and not o.meta.entered_in_error
            and o.meta.record_id != adm.meta.record_id]


def _most_in_a_day(at: dt.datetime, times: list[dt.datetime]) -> int:
    """The most doses (with the one at ``at``) in any 24-hour window that holds ``at``."""
    all_times = sorted(times + [at])
    starts = [t for t in all_times if at - _DAY < t <= at]
    return max(sum(1 for t in all_times if s <= t < s + _DAY) for s in starts)


def _prn(adm: Administration, order: MedicationOrder, ctx: RuleContext) -> list[Finding]:
    found: list[Finding] = []
    if not adm.prn_reason.strip():
        found.append(Finding(Rule.PRN_REASON, "prn_reason", "Oppgi hvorfor behovsmedisinen ble gitt.",
                             "Give the reason for the as-needed dose."))
    times = _taken_doses(adm, ctx.others)
    at = adm.meta.occurred_at
    if order.max_per_24h is not None and _most_in_a_day(at, times) > order.max_per_24h:
        found.append(Finding(Rule.PRN_MAX, "max_per_24h",
                             f"Maks {order.max_per_24h} doser per døgn er allerede gitt.",
                             f"The maximum of {order.max_per_24h} doses per 24 hours is already given."))
    if order.min_interval_hours:
        interval = dt.timedelta(hours=float(order.min_interval_hours))
        near = sorted((t for t in times if abs(t - at) < interval), key=lambda t: abs(t - at))
        if near:
            gap_nb, gap_en = _span(near[0] - at, "t", "min"), _span(near[0] - at, "h", "min")
            hours = format(order.min_interval_hours.normalize(), "f").replace(".", ",")
            found.append(Finding(
                Rule.PRN_INTERVAL, "min_interval_hours",
                f"Minst {hours} timer mellom dosene: en dose ble gitt kl. {_local_time(near[0])} "
                f"({gap_nb} fra denne).",
                f"At least {hours.replace(',', '.')} hours between doses: a dose was given at "
                f"{_local_time(near[0])} ({gap_en} from this one)."))
    return found


def _planned(adm: Administration, ctx: RuleContext) -> list[Finding]:
    planned = adm.scheduled_for
    assert planned is not None
    found: list[Finding] = []
    twin = next((o for o in ctx.others
                 if o.order_id == adm.order_id and o.scheduled_for == planned and not o.meta.entered_in_error
                 and o.meta.record_id != adm.meta.record_id), None)
    if twin is not None:
        found.append(Finding(
            Rule.ALREADY_SIGNED, "scheduled_for",
            f"Dosen kl. {_local_time(planned)} er allerede signert ({_local_time(twin.meta.occurred_at)} av "
            f"{twin.meta.author.name}). Rett den signerte dosen i stedet.",
            f"The {_local_time(planned)} dose is already signed ({_local_time(twin.meta.occurred_at)} by "
            f"{twin.meta.author.name}). Correct the signed dose instead."))
    window = ctx.procedure.timing_window
    offset = adm.meta.occurred_at - planned
    if adm.taken and abs(offset) > window:
        early = offset < dt.timedelta(0)
        found.append(Finding(
            Rule.SIGNING_WINDOW, "scheduled_for",
            f"Dosen er planlagt kl. {_local_time(planned)} og signeres kl. {_local_time(adm.meta.occurred_at)}: "
            f"{_span(offset, 't', 'min')} {'før' if early else 'etter'} planlagt tid "
            f"(mer enn ±{ctx.procedure.timing_window_minutes} min).",
            f"The dose is planned for {_local_time(planned)} and signed at {_local_time(adm.meta.occurred_at)}: "
            f"{_span(offset, 'h', 'min')} {'before' if early else 'after'} the planned time "
            f"(more than ±{ctx.procedure.timing_window_minutes} min)."))
    return found


def _second_check_is_stale(adm: Administration, previous: Any) -> bool:
    """True when a correction changed what was handed out but kept the earlier version's second check."""
    if not isinstance(previous, Administration) or previous.second_signer is None:
        return False
    changed = (previous.status, previous.dose) != (adm.status, adm.dose)
    return changed and adm.second_signer is not None and adm.second_signed_version != adm.meta.version_id


def _administration(adm: Administration, ctx: RuleContext) -> list[Finding]:
    order = ctx.order
    if order is None or adm.order_id != order.order_id or adm.client_id != order.client_id:
        return [Finding(Rule.WRONG_ORDER, "order_id", "Dosen hører ikke til denne ordinasjonen.",
                        "The dose does not belong to this order.")]
    if order.meta.entered_in_error:
        return [Finding(Rule.ORDER_IN_ERROR, "order_id", "Ordinasjonen er merket som feilregistrert.",
                        "The order is marked entered in error.")]
    found: list[Finding] = []
    when = adm.meta.occurred_at
    if order.stopped_by(when):
        assert order.stopped_at is not None
        found.append(Finding(
            Rule.STOPPED_ORDER, "order_id",
            f"Ordinasjonen er seponert fra {local_text(order.stopped_at)} etter beskjed fra "
            f"{order.stop_instructed_by}: {order.stop_reason}",
            f"The order is stopped from {local_text(order.stopped_at)} as instructed by "
            f"{order.stop_instructed_by}: {order.stop_reason}"))
    elif not order.active_on(when.astimezone(LOCAL_TZ).date()):
        found.append(Finding(Rule.ORDER_NOT_IN_FORCE, "order_id", "Ordinasjonen gjelder ikke denne dagen.",
                             "The order is not in force on this day."))
    if adm.taken and ctx.procedure.policy.requires_second_signer(order):
        if adm.second_signer is None:
            found.append(Finding(Rule.DOUBLE_CHECK, "second_signer",
                                 "Denne dosen krever dobbeltkontroll: oppgi den som kontrollerte.",
                                 "This dose needs a double check: give the second signer."))
        elif _second_check_is_stale(adm, ctx.previous):
            found.append(Finding(Rule.DOUBLE_CHECK, "second_signer",
                                 "Utfall eller dose er rettet: kontrolløren må bekrefte den rettede dosen.",
                                 "The outcome or the dose was corrected: the second signer must confirm it again."))
    if adm.scheduled_for is not None:
        found += _planned(adm, ctx)
    if order.as_needed and adm.taken:
        found += _prn(adm, order, ctx)
    if adm.taken:
        found += _allergy(order, ctx)
    return found


# -- orders and the rest ------------------------------------------------------------

def _order(order: MedicationOrder, ctx: RuleContext) -> list[Finding]:
    # A drug that matches the client's CAVE is a standing fact about every version of the order, not
    # only the first: a later version from the municipal record must still show it. A local version
    # that only adds notes or the prescriber's stop is not blocked by it: :func:`unresolved` lets a
    # correction keep a finding its earlier version already had.
    return _allergy(order, ctx)


def _chapter9(reg: Chapter9Registration, ctx: RuleContext) -> list[Finding]:
    try:
        reg.validate()      # the field list the registration was made with (the municipality's)
    except DomainError as exc:
        return [Finding(Rule.CHAPTER9_FIELDS, exc.field, exc.message_nb, exc.message_en)]
    return []


def _status_only(record: Any, previous: Any) -> list[Finding]:
    if dataclasses.replace(record, meta=previous.meta) != previous:
        return [Finding(Rule.STATUS_ONLY, "status",
                        "En feilregistrering kan bare endre status, ikke innholdet.",
                        "Marking an entry in error may change its status only, not its content.")]
    return []


# The record types the rules look at (any other version breaks a rule only by changing more than its
# status when marked entered in error).
JUDGED_TYPES: tuple[type, ...] = (Administration, MedicationOrder, Chapter9Registration)


def check(record: Any, ctx: RuleContext) -> list[Finding]:
    """Every rule ``record`` breaks in ``ctx`` (overridden ones included), hard rules first."""
    meta = record.meta
    if meta.entered_in_error:
        previous = ctx.previous
        return [] if previous is None or previous.meta.entered_in_error else _status_only(record, previous)
    if isinstance(record, Administration):
        found = _administration(record, ctx)
    elif isinstance(record, MedicationOrder):
        found = _order(record, ctx)
    elif isinstance(record, Chapter9Registration):
        found = _chapter9(record, ctx)
    else:
        found = []
    return sorted(found, key=lambda f: f.overridable)


def unresolved(record: Any, ctx: RuleContext) -> list[Finding]:
    """The findings that stop ``record`` from being saved: not overridden, not inherited by a correction."""
    found = check(record, ctx)
    overrides = getattr(record, "overrides", ())
    open_ = [f for f in found if not (f.overridable and overridden(overrides, f.rule))]
    previous = ctx.previous
    if previous is not None and not record.meta.entered_in_error and not previous.meta.entered_in_error:
        earlier = {f.rule for f in check(previous, dataclasses.replace(ctx, previous=None))}
        open_ = [f for f in open_ if not (f.overridable and f.rule in earlier)]
    return open_


def received(record: Any, ctx: RuleContext) -> list[Finding]:
    """The findings of a version written elsewhere (pulled from the server, imported): shown, never refused.

    Every rule it breaks in ``ctx`` except those its author overrode with a reason. Unlike
    :func:`unresolved` nothing is inherited: what an earlier version broke was never accepted
    on this device, so a newer version that still breaks the rule still shows it.
    """
    overrides = getattr(record, "overrides", ())
    return [f for f in check(record, ctx) if not (f.overridable and overridden(overrides, f.rule))]


def enforce(record: Any, ctx: RuleContext) -> None:
    """Raise :class:`RuleBroken` when ``record`` may not be saved (the first hard rule before any other)."""
    open_ = unresolved(record, ctx)
    if open_:
        raise RuleBroken(open_[0], open_)
