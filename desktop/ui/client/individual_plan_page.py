"""The individual plan as the plan it is (forskrift § 19): its fields, its goals and measures (scope,
how, who, from–to), the consents to the plan and to sharing, and the revision date."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...domain.consent import Consent, ConsentKind, current_consent
from ...domain.plan import Goal, IndividualPlan, Measure, RevisionState
from ...services import ClientOverview
from ..forms.consent_forms import ConsentDialog, WithdrawConsentDialog
from ..forms.form_dialog import FormDialog, open_form
from ..forms.plan_forms import IndividualPlanDialog
from ..i18n import labels, plan_labels
from ..i18n.language import fill
from ..kit.formatting import fmt_date, fmt_worker, to_local
from ..kit.icons import icon
from ..kit.theme import tones
from ..kit.widgets import Banner, button, button_row
from ..session import Session


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return ""
    return f"{fmt_date(start)} – {fmt_date(end)}" if end else f"{fmt_date(start)} –"


class IndividualPlanPage(QWidget):
    """The plan, its goals and measures, and the consents; buttons to edit the plan and record consent."""

    changed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.plan: IndividualPlan | None = None
        self.goals: list[Goal] = []
        self.consents: list[Consent] = []
        self.today = dt.date.today()
        layout = QVBoxLayout(self)
        self.revision = Banner("warning")
        self.revision.hide()
        layout.addWidget(self.revision)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Individual plan"))
        layout.addWidget(self.view, 1)
        self.edit = button(self.tr("Edit individual plan…"), icon("add"))
        self.consent = button(self.tr("Record consent…"), icon("add"))
        self.withdraw = button(self.tr("Withdraw consent…"))
        layout.addLayout(button_row(self.edit, self.consent, self.withdraw))
        self.edit.clicked.connect(self.edit_plan)
        self.consent.clicked.connect(lambda: self.record_consent())
        self.withdraw.clicked.connect(self.withdraw_consent)

    def show_plan(self, overview: ClientOverview, today: dt.date) -> None:
        self.client_id, self.plan, self.today = overview.client.client_id, overview.individual_plan, today
        self.goals = [g for g in overview.goals if not g.meta.entered_in_error]
        self.consents = [c for c in overview.consents if not c.meta.entered_in_error]
        self.withdraw.setEnabled(any(c.in_force(today) for c in self.consents))
        plan = self.plan
        if plan is None:
            self.revision.hide()
            self.view.setHtml("<p>" + escape(self.tr("No individual plan. A client with long-term, coordinated "
                                                     "needs has the right to one.")) + "</p>" + self._consents_html())
            self.edit.setText(self.tr("Create individual plan…"))
            return
        self.edit.setText(self.tr("Edit individual plan…"))
        state = plan.revision(today)
        if state is None:
            self.revision.hide()
        else:
            text = {RevisionState.SOON: self.tr("The plan is due for revision on %1."),
                    RevisionState.DUE: self.tr("The plan is due for revision today (%1)."),
                    RevisionState.OVERDUE: self.tr("The plan's revision date %1 has passed.")}[state]
            self.revision.set_kind("danger" if state is RevisionState.OVERDUE else "warning")
            self.revision.setText(escape(fill(text, fmt_date(plan.next_revision))))
            self.revision.show()
        version = fill(self.tr("version %1"), plan.meta.version)
        rows = [(self.tr("Coordinator"), plan.coordinator),
                (self.tr("Taking part in the planning"), ", ".join(plan.participants)),
                (self.tr("Plan period"), _period(plan.period_start, plan.period_end)),
                (self.tr("Next revision"), fmt_date(plan.next_revision)),
                (self.tr("Resources"), plan.resources), (self.tr("Needs"), plan.needs),
                (self.tr("What each party contributes"), plan.contributions),
                (self.tr("Collaboration with other services"), plan.collaboration),
                (self.tr("Last changed"), f"{fmt_date(to_local(plan.meta.recorded_at).date())} · "
                                          f"{fmt_worker(plan.meta.author)} · "
                                          f"{version}")]
        html = ["<table cellspacing='6'>" + "".join(
            f"<tr><td valign='top' width='30%'><b>{escape(k)}</b></td><td>{escape(v or '–')}</td></tr>"
            for k, v in rows) + "</table>"]
        html.append(self._goals_html(plan, overview.measures))
        html.append(self._consents_html())
        self.view.setHtml("".join(html))

    def _goals_html(self, plan: IndividualPlan, measures: list[Measure]) -> str:
        mine = [g for g in self.goals if g.plan_id == plan.meta.record_id]
        out = ["<h3>" + escape(self.tr("Goals and measures in the plan")) + "</h3>"]
        if not mine:
            out.append("<p><i>" + escape(self.tr("No goals in the plan yet: take them in with “Edit individual "
                                                 "plan…”, or set a new goal.")) + "</i></p>")
            return "".join(out)
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in (
            self.tr("Measure"), self.tr("Scope"), self.tr("How"), self.tr("Who"), self.tr("From–to")))
        for goal in mine:
            words = f" — <i>{escape(goal.own_words)}</i>" if goal.own_words else ""
            out.append(f"<p><b>{escape(goal.title)}</b>{words} ({escape(labels.goal_status(goal.status))})</p>")
            rows = [m for m in measures if m.goal_id == goal.meta.record_id and not m.meta.entered_in_error]
            if not rows:
                out.append("<p style='margin-left:12px'><i>" + escape(self.tr("No measures yet.")) + "</i></p>")
                continue
            out.append(f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>")
            for m in rows:
                out.append("<tr>" + "".join(f"<td valign='top'>{escape(v or '–')}</td>" for v in (
                    m.description, m.scope, m.how, m.responsible, _period(m.start, m.end))) + "</tr>")
            out.append("</table>")
        return "".join(out)

    def _consents_html(self) -> str:
        out = ["<h3>" + escape(self.tr("Consent")) + "</h3>"]
        not_recorded, not_in_force = self.tr("not recorded"), self.tr("Not in force today.")
        who_word, what_word = self.tr("Who may see"), self.tr("What")
        muted = tones().muted_fg.name()
        for kind in ConsentKind:
            c = current_consent(self.consents, kind)
            name = escape(plan_labels.consent_kind(kind))
            if c is None:
                legacy = self._legacy_consent(kind)
                out.append(f"<p><b>{name}:</b> " + (escape(legacy) if legacy else f"<i>{escape(not_recorded)}</i>")
                           + "</p>")
                continue
            answer = self.tr("given") if c.given else self.tr("not given")
            if c.withdrawn_on is not None:
                answer = fill(self.tr("withdrawn from %1"), fmt_date(c.withdrawn_on))
            until = f" – {fmt_date(c.valid_until)}" if c.valid_until else ""
            form = self.tr("orally") if c.oral else self.tr("in writing")
            out.append(f"<p><b>{name}:</b> {escape(answer)}, {escape(fmt_date(c.date))}{escape(until)} "
                       f"({escape(form)}) · {escape(c.scope)}</p>")
            if c.recipients:
                out.append(f"<table cellspacing='4' style='margin-left:12px'><tr><th align='left'>"
                           f"{escape(who_word)}</th><th align='left'>{escape(what_word)}</th></tr>"
                           + "".join(f"<tr><td>{escape(r.who)}</td><td>{escape(r.may_see)}</td></tr>"
                                     for r in c.recipients) + "</table>")
            if not c.in_force(self.today):
                out.append(f"<p style='color:{muted}'>{escape(not_in_force)}</p>")
        return "".join(out)

    def _legacy_consent(self, kind: ConsentKind) -> str:
        """A consent written in the plan itself (plans from before consents were records of their own)."""
        plan = self.plan
        if plan is None:
            return ""
        if kind is ConsentKind.PLAN and plan.consent_to_plan:
            return self.tr("given (noted in the plan)")
        if kind is ConsentKind.SHARING and plan.consent_to_share:
            return fill(self.tr("given %1 (noted in the plan): %2"), fmt_date(plan.consent_date), plan.consent_scope)
        return ""

    def edit_plan(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, IndividualPlanDialog(self.session, self.client_id, self.plan, self.window(),
                                                    self.goals))

    def record_consent(self, kind: ConsentKind = ConsentKind.SHARING) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, ConsentDialog(self.session, self.client_id, kind, self.window()))

    def withdraw_consent(self) -> FormDialog | None:
        active = [c for c in self.consents if c.in_force(self.today)]
        if not active:
            return None
        return open_form(self, WithdrawConsentDialog(self.session, active, self.window()))

    def clear(self) -> None:
        self.view.clear()
        self.revision.hide()
