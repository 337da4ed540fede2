"""A goal's thread as rich text: kartlegging → analyse → mål → tiltak → evaluering, one band per step.

A step without a record shows as a gap ("no kartlegging linked"), so the
worker sees what is missing in the chain, not just what is there.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from ...domain.goal_thread import GoalThread, Stage
from ...domain.plan import Evaluation
from ..i18n import labels, plan_labels
from ..i18n.language import fill
from ..kit.formatting import fmt_date, to_local
from ..kit.theme import tones

def _para(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _when(record) -> str:  # noqa: ANN001 (any record)
    return f"{fmt_date(to_local(record.meta.occurred_at).date())} · {escape(record.meta.author.name)}"


def _band(name: str, body: str, present: bool) -> str:
    t = tones()
    colour = t.info_bg.name() if present else t.warning_bg.name()
    text = t.info_fg.name() if present else t.warning_fg.name()
    # A coloured bar down the left joins the steps into one thread; the step's name heads its band
    # (a side column would take too much width on a small screen).
    return (f"<tr><td width='6' rowspan='2' bgcolor='{text}'></td>"
            f"<td bgcolor='{colour}' style='color:{text}; padding:3px 8px'><b>{escape(name)}</b></td></tr>"
            f"<tr><td valign='top' style='padding:4px 8px 10px 8px'>{body}</td></tr>")


def _gap(text: str) -> str:
    return f"<i style='color:{tones().muted_fg.name()}'>{escape(text)}</i>"


class GoalThreadView(QObject):
    """Renders a :class:`GoalThread` (a QObject only for its translated words)."""

    def stage_name(self, stage: Stage) -> str:
        return {Stage.ASSESSMENT: self.tr("1 Assessment"), Stage.ANALYSIS: self.tr("2 Analysis"),
                Stage.GOAL: self.tr("3 Goal"), Stage.MEASURE: self.tr("4 Measures"),
                Stage.EVALUATION: self.tr("5 Evaluation")}[stage]

    def band(self, stage: Stage, body: str, present: bool = True) -> str:
        return _band(self.stage_name(stage), body, present)

    def evaluation(self, e: Evaluation, about: str) -> str:
        parts = [f"<b>{_when(e)}</b>"]
        if about:
            parts.append(escape(about))
        if e.outcome is not None:
            parts.append(f"<b>{escape(plan_labels.outcome(e.outcome))}</b>")
        if e.progress is not None:
            parts.append(escape(fill(self.tr("progress %1 of 10"), e.progress)))
        html = " · ".join(parts) + f"<br>{_para(e.text)}"
        if e.next_steps:
            html += "<br><i>" + escape(self.tr("Next:")) + f"</i> {_para(e.next_steps)}"
        return html

    def html(self, thread: GoalThread, in_plan: bool) -> str:
        """The whole thread of one goal (``in_plan``: the goal belongs to the client's individual plan)."""
        goal = thread.goal
        rows = []
        if thread.assessments:
            blocks = []
            for a in thread.assessments:
                methods = ", ".join(plan_labels.method(m) for m in a.methods) + (f" ({a.tool})" if a.tool else "")
                areas = "".join(f"<br>– <b>{escape(plan_labels.area(f.area))}:</b> {_para(f.findings)}"
                                for f in a.findings)
                note = f" — {escape(a.participation_note)}" if a.participation_note else ""
                method = escape(self.tr("Method"))
                blocks.append(f"<b>{escape(a.title)}</b> · {_when(a)}<br>{method}: {escape(methods)} · "
                              f"{escape(plan_labels.participation(a.participation))}{note}{areas}<br>")
            rows.append(self.band(Stage.ASSESSMENT, "".join(blocks), True))
        else:
            rows.append(self.band(Stage.ASSESSMENT, _gap(self.tr("No assessment linked to this goal.")), False))
        if thread.analysis is not None:
            a = thread.analysis
            title, worker = a.title or self.tr("Analysis"), self.tr("The worker’s understanding")
            body = [f"<b>{escape(title)}</b> · {_when(a)}",
                    f"<br><b>{escape(worker)}:</b> {_para(a.worker_understanding)}"]
            if a.client_understanding:
                label = escape(self.tr("The client’s understanding"))
                body.append(f"<br><b>{label}:</b> <i>{_para(a.client_understanding)}</i>")
            if a.hypotheses:
                body.append("<br><b>" + escape(self.tr("Hypotheses")) + ":</b>"
                            + "".join(f"<br>– {_para(h)}" for h in a.hypotheses))
            rows.append(self.band(Stage.ANALYSIS, "".join(body), True))
        else:
            rows.append(self.band(Stage.ANALYSIS, _gap(self.tr("No analysis linked. Link the goal to the analysis "
                                                               "it builds on.")), False))
        facts = [labels.goal_status(goal.status),
                 self.tr("The client took part") if goal.client_participated
                 else self.tr("The client did not take part")]
        if goal.area:
            facts.append(goal.area)
        if goal.target_date:
            facts.append(fill(self.tr("target %1"), fmt_date(goal.target_date)))
        facts.append(self.tr("In the individual plan") if in_plan else self.tr("Not in the individual plan"))
        goal_body = f"<b style='font-size:large'>{escape(goal.title)}</b> · {_when(goal)}"
        if goal.own_words:
            goal_body += f"<br><i>{_para(goal.own_words)}</i>"
        goal_body += "<br>" + escape(" · ".join(facts))
        rows.append(self.band(Stage.GOAL, goal_body, True))
        if thread.measures:
            items = []
            for m in thread.measures:
                period = f"{fmt_date(m.start)} – {fmt_date(m.end)}" if m.end else f"{fmt_date(m.start)} –"
                details = [fill(self.tr("who: %1"), m.responsible), fill(self.tr("how often: %1"), m.frequency), period]
                if m.scope:
                    details.insert(1, fill(self.tr("scope: %1"), m.scope))
                line = f"<b>{escape(m.description)}</b><br>{escape(' · '.join(details))}"
                if m.how:
                    line += "<br><i>" + escape(self.tr("How:")) + f"</i> {_para(m.how)}"
                items.append(f"<p style='margin:0 0 6px 0'>{line}</p>")
            rows.append(self.band(Stage.MEASURE, "".join(items), True))
        else:
            rows.append(self.band(Stage.MEASURE, _gap(self.tr("No measures yet.")), False))
        if thread.evaluations:
            names = {m.meta.record_id: m.description for m in thread.measures}
            items = [f"<p>{self.evaluation(e, names.get(e.target_id, ''))}</p>" for e in reversed(thread.evaluations)]
            rows.append(self.band(Stage.EVALUATION, "".join(items), True))
        else:
            rows.append(self.band(Stage.EVALUATION, _gap(self.tr("No evaluations yet.")), False))
        return "<table width='100%' cellspacing='0' cellpadding='0'>" + "".join(rows) + "</table>"


def thread_html(thread: GoalThread, in_plan: bool) -> str:
    """The whole thread of one goal (``in_plan``: the goal belongs to the client's individual plan)."""
    return GoalThreadView().html(thread, in_plan)
