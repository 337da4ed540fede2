"""Kartlegging and analyse, one goal's thread through the working model, and the client's consents."""

from __future__ import annotations

import datetime as dt

from ..domain.assessment import Analysis, AreaFinding, Assessment, AssessmentMethod, Participation
from ..domain.audit import AuditAction
from ..domain.consent import Consent, ConsentKind, ConsentRecipient
from ..domain.errors import require
from ..domain.goal_thread import GoalThread, build_goal_thread
from ..domain.plan import Goal, IndividualPlan
from ..domain.records import correct
from .base import ServiceBase


class AssessmentServices(ServiceBase):
    """Kartlegging, analyse, the goal thread and consents."""

    def add_assessment(self, client_id: str, title: str, findings: tuple[AreaFinding, ...],
                       methods: tuple[AssessmentMethod, ...], participation: Participation,
                       tool: str = "", participation_note: str = "",
                       at: dt.datetime | None = None) -> Assessment:
        """Record a kartlegging: what was mapped in which areas, how, and how the client took part."""
        self.get_client(client_id)
        return self._save(Assessment(self._meta(at), client_id, title.strip(),
                                     tuple(AreaFinding(f.area, f.findings.strip()) for f in findings),
                                     tuple(dict.fromkeys(methods)), participation, tool.strip(),
                                     participation_note.strip()))

    def add_analysis(self, client_id: str, assessment_ids: tuple[str, ...], worker_understanding: str,
                     client_understanding: str = "", hypotheses: tuple[str, ...] = (),
                     participation: Participation = Participation.TOOK_PART, title: str = "",
                     at: dt.datetime | None = None) -> Analysis:
        """Record an analysis built on one or more of the client's kartlegginger."""
        self.get_client(client_id)
        for assessment_id in assessment_ids:
            assessment: Assessment = self._get(assessment_id, Assessment)
            require(assessment.client_id == client_id, "assessment_ids", "Kartleggingen gjelder en annen bruker.",
                    "The kartlegging concerns another client.")
        return self._save(Analysis(self._meta(at), client_id, tuple(dict.fromkeys(assessment_ids)),
                                   worker_understanding.strip(), client_understanding.strip(),
                                   tuple(h.strip() for h in hypotheses if h.strip()), participation, title.strip()))

    def goal_thread(self, goal_id: str) -> GoalThread:
        """The goal with the kartlegging and analysis it builds on, its measures and their evaluations."""
        goal: Goal = self._get(goal_id, Goal)
        cid = goal.client_id
        recs = self.db.records
        with self.db.reading():
            assessments = recs.current("assessment", cid)
            analyses = recs.current("analysis", cid)
            measures = recs.current("measure", cid)
            evaluations = recs.current("evaluation", cid)
        return build_goal_thread(goal, assessments, analyses, measures, evaluations)

    # -- consent -------------------------------------------------------------------------

    def record_consent(self, client_id: str, kind: ConsentKind, given: bool, date: dt.date, scope: str,
                       recipients: tuple[ConsentRecipient, ...] = (), valid_until: dt.date | None = None,
                       oral: bool = False, plan_id: str | None = None) -> Consent:
        """Record the client's consent (or refusal) to the plan or to sharing information.

        ``plan_id`` defaults to the client's current individual plan.
        """
        self.get_client(client_id)
        if plan_id is None:
            with self.db.reading():
                plans = self.db.records.current("individual_plan", client_id, include_in_error=False)
            plan_id = plans[-1].meta.record_id if plans else ""
        elif plan_id:
            self._get(plan_id, IndividualPlan)
        require(date <= self.clock().date() + dt.timedelta(days=1), "date",
                "Datoen for samtykket kan ikke være fram i tid.", "The date of the consent cannot be in the future.")
        return self._save(Consent(self._meta(), client_id, kind, given, date, scope.strip(),
                                  tuple(recipients), valid_until, plan_id, oral=oral))

    def withdraw_consent(self, consent_id: str, on: dt.date) -> Consent:
        """The client withdraws a consent from ``on``: a new version; the consent as given stays readable."""
        consent: Consent = self._get(consent_id, Consent)
        require(consent.given and consent.withdrawn_on is None, "withdrawn_on",
                "Samtykket er ikke gitt eller er allerede trukket tilbake.",
                "The consent was not given or is already withdrawn.")
        return self._save(correct(consent, self.worker, self.db.device_id, self.clock(), withdrawn_on=on),
                          AuditAction.CORRECT)
