"""Kartlegging and analyse in the Plan tab: each kartlegging with the analyses built on it, in full."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...domain.assessment import Analysis, Assessment
from ...services import ClientOverview
from ..forms.assessment_forms import AnalysisDialog, AssessmentDialog
from ..forms.form_dialog import FormDialog, open_form
from ..i18n import plan_labels
from ..i18n.language import fill
from ..kit.formatting import fmt_date, fmt_worker, to_local
from ..kit.icons import icon
from ..kit.widgets import button, button_row, muted
from ..session import Session

_ROLE = Qt.ItemDataRole.UserRole


def _day(record: Assessment | Analysis) -> str:
    return fmt_date(to_local(record.meta.occurred_at).date())


def _para(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class AssessmentPage(QWidget):
    """The client's kartlegginger (newest first), each with its analyses; the selected one in full."""

    changed = Signal(object)
    goal_wanted = Signal(str)      # analysis id: set a goal that builds on it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.assessments: list[Assessment] = []
        self.analyses: list[Analysis] = []
        self.goal_titles: dict[str, list[str]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("The working model starts here: map the client's situation together with "
                                       "the client, analyse it, then set goals that build on the analysis.")))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Assessments and analyses"))
        split.addWidget(self.tree)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Assessment or analysis in full"))
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.new_assessment = button(self.tr("New assessment…"), icon("add"))
        self.new_analysis = button(self.tr("New analysis…"), icon("add"))
        self.new_goal = button(self.tr("New goal from the analysis…"), icon("add"))
        layout.addLayout(button_row(self.new_assessment, self.new_analysis, self.new_goal))
        self.new_assessment.clicked.connect(self.add_assessment)
        self.new_analysis.clicked.connect(self.add_analysis)
        self.new_goal.clicked.connect(self._want_goal)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())

    def show_records(self, overview: ClientOverview) -> None:
        keep = self.selected()
        keep_id = keep.meta.record_id if keep is not None else None
        self.client_id = overview.client.client_id
        self.assessments = [a for a in overview.assessments if not a.meta.entered_in_error]
        self.analyses = [a for a in overview.analyses if not a.meta.entered_in_error]
        self.goal_titles = {}
        for goal in overview.goals:
            if goal.analysis_id and not goal.meta.entered_in_error:
                self.goal_titles.setdefault(goal.analysis_id, []).append(goal.title)
        self.tree.clear()
        current = None
        analysis_word = self.tr("Analysis")
        for a in sorted(self.assessments, key=lambda r: r.meta.occurred_at, reverse=True):
            item = QTreeWidgetItem([f"{_day(a)} · {a.title}"])
            item.setData(0, _ROLE, a)
            item.setIcon(0, icon("note"))
            for analysis in self.analyses:
                if a.meta.record_id in analysis.assessment_ids:
                    child = QTreeWidgetItem([f"{_day(analysis)} · {analysis_word}: {analysis.heading}"])
                    child.setData(0, _ROLE, analysis)
                    item.addChild(child)
                    if analysis.meta.record_id == keep_id and current is None:
                        current = child
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if a.meta.record_id == keep_id:
                current = item
        if current is None and self.tree.topLevelItemCount():
            current = self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_selected()

    def selected(self) -> Assessment | Analysis | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, _ROLE)

    def _show_selected(self) -> None:
        record = self.selected()
        self.new_analysis.setEnabled(bool(self.assessments))
        self.new_goal.setEnabled(isinstance(record, Analysis))
        if record is None:
            self.details.setHtml("<p>" + escape(self.tr("No assessment yet. Map the client's situation in the areas "
                                                        "that matter, with the client.")) + "</p>")
        elif isinstance(record, Assessment):
            self.details.setHtml(self._assessment_html(record))
        else:
            self.details.setHtml(self._analysis_html(record))

    def _assessment_html(self, a: Assessment) -> str:
        methods = ", ".join(plan_labels.method(m) for m in a.methods) + (f" ({a.tool})" if a.tool else "")
        rows = "".join(f"<tr><td valign='top'><b>{escape(plan_labels.area(f.area))}</b></td>"
                       f"<td>{_para(f.findings)}</td></tr>" for f in a.findings)
        note = f" — {escape(a.participation_note)}" if a.participation_note else ""
        method_word, participation_word = self.tr("Method"), self.tr("User participation")
        built = [x.heading for x in self.analyses if a.meta.record_id in x.assessment_ids]
        follow = (escape(self.tr("Analyses built on it")) + ": " + escape("; ".join(built))) if built else \
            escape(self.tr("No analysis built on it yet."))
        return (f"<h3>{escape(a.title)}</h3><p>{escape(_day(a))} · {escape(fmt_worker(a.meta.author))}</p>"
                f"<p><b>{escape(method_word)}:</b> {escape(methods)}<br>"
                f"<b>{escape(participation_word)}:</b> {escape(plan_labels.participation(a.participation))}"
                f"{note}</p><table cellspacing='6'>{rows}</table><p><i>{follow}</i></p>")

    def _analysis_html(self, a: Analysis) -> str:
        sources = [x.title for x in self.assessments if x.meta.record_id in a.assessment_ids]
        title = a.title or self.tr("Analysis")
        builds_on = fill(self.tr("builds on: %1"), "; ".join(sources))
        worker, client = self.tr("The worker’s understanding"), self.tr("The client’s understanding")
        hypotheses = self.tr("Hypotheses")
        html = [f"<h3>{escape(title)}</h3>",
                f"<p>{escape(_day(a))} · {escape(fmt_worker(a.meta.author))} · "
                f"{escape(builds_on)}</p>",
                f"<p><b>{escape(worker)}</b><br>{_para(a.worker_understanding)}</p>"]
        if a.client_understanding:
            html.append(f"<p><b>{escape(client)}</b><br>"
                        f"<i>{_para(a.client_understanding)}</i></p>")
        if a.hypotheses:
            html.append(f"<p><b>{escape(hypotheses)}</b></p><ul>"
                        + "".join(f"<li>{_para(h)}</li>" for h in a.hypotheses) + "</ul>")
        html.append(f"<p>{escape(plan_labels.participation(a.participation))}</p>")
        goals = self.goal_titles.get(a.meta.record_id, [])
        html.append("<p><i>" + escape(fill(self.tr("Goals built on it: %1"), "; ".join(goals)) if goals
                                      else self.tr("No goal built on it yet.")) + "</i></p>")
        return "".join(html)

    def add_assessment(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, AssessmentDialog(self.session, self.client_id, self.window()))

    def add_analysis(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        record = self.selected()
        chosen = [record.meta.record_id] if isinstance(record, Assessment) else \
            list(record.assessment_ids) if isinstance(record, Analysis) else []
        return open_form(self, AnalysisDialog(self.session, self.client_id, self.assessments, chosen, self.window()))

    def _want_goal(self) -> None:
        record = self.selected()
        if isinstance(record, Analysis):
            self.goal_wanted.emit(record.meta.record_id)

    def clear(self) -> None:
        self.tree.clear()
        self.details.clear()
