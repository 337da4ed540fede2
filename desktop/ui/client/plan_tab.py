"""The Plan tab: vernepleierens arbeidsmodell. Kartlegging and analyse; goals with their measures and the
whole thread of the one selected; the individual plan; the responsibility group."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...domain.assessment import Analysis, Assessment
from ...domain.goal_thread import build_goal_thread
from ...domain.plan import Evaluation, Goal, IndividualPlan, Measure
from ...services import ClientOverview
from ..forms.form_dialog import FormDialog, open_form
from ..forms.plan_forms import EvaluationDialog, GoalDialog, GoalStatusDialog, MeasureDialog
from ..i18n import labels
from ..i18n.language import fill
from ..kit.formatting import fmt_date, to_local
from ..kit.icons import icon
from ..kit.widgets import button, button_row
from ..session import Session
from .assessment_page import AssessmentPage
from .goal_thread_view import thread_html
from .group_page import GroupPage
from .individual_plan_page import IndividualPlanPage
from .lazy_tabs import LazyTabs
from .record_delegate import RecordDelegate

_ROLE = Qt.ItemDataRole.UserRole


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    """'from – to' (or 'from –') with the UI's date format."""
    if start is None:
        return ""
    return f"{fmt_date(start)} – {fmt_date(end)}" if end else f"{fmt_date(start)} –"


class WrappingTree(QTreeWidget):
    """A tree whose wrapped rows are measured again when its width changes (Qt keeps old heights)."""

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


class GoalsPage(QWidget):
    """Goals with their measures (a tree), and the thread of the one selected:
    kartlegging → analyse → mål → tiltak → evaluering."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.evaluations: list[Evaluation] = []
        self.measures: list[Measure] = []
        self.assessments: list[Assessment] = []
        self.analyses: list[Analysis] = []
        self.plan: IndividualPlan | None = None
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        self.tree = WrappingTree()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Goals and measures"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(RecordDelegate(self.tree))
        split.addWidget(self.tree)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("The goal's thread: assessment, analysis, goal, measures, evaluation"))
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.new_goal = button(self.tr("New goal…"), icon("add"))
        self.new_measure = button(self.tr("New measure…"), icon("add"))
        self.new_evaluation = button(self.tr("New evaluation…"), icon("add"))
        self.change_status = button(self.tr("Goal status…"))
        layout.addLayout(button_row(self.new_goal, self.new_measure, self.new_evaluation, self.change_status))
        self.new_goal.clicked.connect(lambda: self.add_goal())
        self.new_measure.clicked.connect(self.add_measure)
        self.new_evaluation.clicked.connect(self.add_evaluation)
        self.change_status.clicked.connect(self.edit_status)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())

    def show_plan(self, overview: ClientOverview) -> None:
        """Show the goals of ``overview`` (keeping the selection) and the selected goal's thread."""
        keep = self.selected()
        keep_id = keep.meta.record_id if keep is not None else None
        self.client_id = overview.client.client_id
        self.measures, self.evaluations = overview.measures, overview.evaluations
        self.assessments, self.analyses = overview.assessments, overview.analyses
        self.plan = overview.individual_plan
        # Filled quietly: the details are drawn once at the end, not for each current-item change.
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for goal in overview.goals:
            if goal.meta.entered_in_error:
                continue
            facts = [labels.goal_status(goal.status)]
            facts.append(self.tr("The client took part") if goal.client_participated
                         else self.tr("The client did not take part"))
            if goal.target_date:
                facts.append(fill(self.tr("target %1"), fmt_date(goal.target_date)))
            words = f"{goal.own_words}  ·  " if goal.own_words else ""
            item = QTreeWidgetItem([f"{goal.title}\n{words}{' · '.join(facts)}"])
            item.setData(0, _ROLE, goal)
            for m in self.measures:
                if m.goal_id != goal.meta.record_id or m.meta.entered_in_error:
                    continue
                scope = f" · {m.scope}" if m.scope else ""
                child = QTreeWidgetItem([f"{m.description}\n{m.responsible} · {m.frequency}{scope} · "
                                         f"{period_text(m.start, m.end)}"])
                child.setData(0, _ROLE, m)
                item.addChild(child)
                if m.meta.record_id == keep_id:
                    current = child
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if goal.meta.record_id == keep_id:
                current = item
        if current is None and self.tree.topLevelItemCount():
            current = self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self._show_selected()

    def selected(self) -> Goal | Measure | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, _ROLE)

    def select_goal(self, goal_id: str) -> bool:
        """Select the goal ``goal_id`` (its thread is shown); False if it is not in the list."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, _ROLE).meta.record_id == goal_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _goal_of(self, record: Goal | Measure | None) -> Goal | None:
        if isinstance(record, Goal):
            return record
        if isinstance(record, Measure):
            for i in range(self.tree.topLevelItemCount()):
                goal = self.tree.topLevelItem(i).data(0, _ROLE)
                if goal.meta.record_id == record.goal_id:
                    return goal
        return None

    def _show_selected(self) -> None:
        record = self.selected()
        goal = self._goal_of(record)
        self.new_measure.setEnabled(goal is not None)
        self.new_evaluation.setEnabled(record is not None)
        self.change_status.setEnabled(goal is not None)
        if goal is None:
            self.details.setHtml("<p>" + self.tr("No goals yet. Set the goals together with the client, "
                                                 "in the client's own words.") + "</p>")
            return
        thread = build_goal_thread(goal, self.assessments, self.analyses, self.measures, self.evaluations)
        in_plan = self.plan is not None and goal.plan_id == self.plan.meta.record_id
        self.details.setHtml(thread_html(thread, in_plan))

    def add_goal(self, analysis_id: str = "") -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, GoalDialog(self.session, self.client_id, self.window(), self.analyses, analysis_id,
                                          self.plan))

    def add_measure(self) -> FormDialog | None:
        goal = self._goal_of(self.selected())
        if goal is None:
            return None
        return open_form(self, MeasureDialog(self.session, goal, self.window()))

    def add_evaluation(self) -> FormDialog | None:
        record = self.selected()
        if record is None:
            return None
        text = record.title if isinstance(record, Goal) else record.description
        return open_form(self, EvaluationDialog(self.session, record.meta.record_id, text, self.window()))

    def edit_status(self) -> FormDialog | None:
        goal = self._goal_of(self.selected())
        if goal is None:
            return None
        return open_form(self, GoalStatusDialog(self.session, goal, self.window()))


class PlanTab(LazyTabs):
    """Kartlegging and analyse, goals and measures, the individual plan, the responsibility group."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.assessment = AssessmentPage(session)
        self.goals = GoalsPage(session)
        self.individual_plan = IndividualPlanPage(session)
        self.group = GroupPage(session)
        self.addTab(self.assessment, self.tr("Assessment and analysis"))
        self.addTab(self.goals, self.tr("Goals and measures"))
        self.addTab(self.individual_plan, self.tr("Individual plan"))
        self.addTab(self.group, self.tr("Responsibility group"))
        self.setCurrentWidget(self.goals)
        self.assessment.goal_wanted.connect(self._goal_from_analysis)

    def render_page(self, page: QWidget, overview: ClientOverview) -> None:
        today = to_local(self.session.now()).date()
        if page is self.assessment:
            self.assessment.show_records(overview)
        elif page is self.goals:
            self.goals.show_plan(overview)
        elif page is self.individual_plan:
            self.individual_plan.show_plan(overview, today)
        elif page is self.group:
            self.group.show_group(overview, today)

    def _goal_from_analysis(self, analysis_id: str) -> None:
        self.setCurrentWidget(self.goals)
        self.goals.add_goal(analysis_id)

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.forget()
        self.goals.tree.clear()
        self.goals.details.clear()
        self.assessment.clear()
        self.individual_plan.clear()
        self.group.clear()
