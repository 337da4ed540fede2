"""The Plan tab: goals in the client's own words, measures, evaluations, the individual plan, the group."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.plan import AgreedTask, Evaluation, Goal, IndividualPlan, Measure, Meeting, ResponsibilityGroup
from ...services import Ambulant, ClientOverview
from ..i18n import labels
from ..kit.formatting import fmt_date, fmt_worker, to_local
from ..forms.form_dialog import FormDialog, open_form
from ..forms.group_forms import GroupDialog, MeetingDialog, TaskDialog
from ..forms.plan_forms import EvaluationDialog, GoalDialog, IndividualPlanDialog, MeasureDialog
from ..kit.icons import icon
from .lazy_tabs import LazyTabs
from .record_delegate import RecordDelegate
from ..i18n.language import fill
from ..ops import Job, service_call
from ..session import Session
from ..kit.theme import error_style, tones
from ..kit.widgets import ReadOnlyTable, button, button_row, heading, muted

_ROLE = Qt.ItemDataRole.UserRole


def _period(start: dt.date | None, end: dt.date | None) -> str:
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
    """Goals with their measures (a tree) and the evaluations of the one selected."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.evaluations: list[Evaluation] = []
        self.measures: list[Measure] = []
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
        self.details.setAccessibleName(self.tr("Goal details and evaluations"))
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        self.new_goal = button(self.tr("New goal…"), icon("add"))
        self.new_measure = button(self.tr("New measure…"), icon("add"))
        self.new_evaluation = button(self.tr("New evaluation…"), icon("add"))
        layout.addLayout(button_row(self.new_goal, self.new_measure, self.new_evaluation))
        self.new_goal.clicked.connect(self.add_goal)
        self.new_measure.clicked.connect(self.add_measure)
        self.new_evaluation.clicked.connect(self.add_evaluation)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())

    def show_plan(self, client_id: str, goals: list[Goal], measures: list[Measure],
                  evaluations: list[Evaluation]) -> None:
        keep = self.selected()
        keep_id = keep.meta.record_id if keep is not None else None
        self.client_id, self.measures, self.evaluations = client_id, measures, evaluations
        # Filled quietly: the details are drawn once at the end, not for each current-item change.
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for goal in goals:
            if goal.meta.entered_in_error:
                continue
            facts = [self.tr("The client took part") if goal.client_participated
                     else self.tr("The client did not take part")]
            if goal.target_date:
                facts.append(fill(self.tr("target %1"), fmt_date(goal.target_date)))
            words = f"{goal.own_words}  ·  " if goal.own_words else ""
            item = QTreeWidgetItem([f"{goal.title}\n{words}{' · '.join(facts)}"])
            item.setData(0, _ROLE, goal)
            for m in measures:
                if m.goal_id != goal.meta.record_id or m.meta.entered_in_error:
                    continue
                child = QTreeWidgetItem([f"{m.description}\n{m.responsible} · {m.frequency} · "
                                         f"{_period(m.start, m.end)}"])
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
        self.new_measure.setEnabled(self._goal_of(record) is not None)
        self.new_evaluation.setEnabled(record is not None)
        goal = self._goal_of(record)
        if goal is None:
            self.details.setHtml("<p>" + escape(self.tr("No goals yet. Set the goals together with the client, "
                                                        "in the client's own words.")) + "</p>")
            return
        ids = {goal.meta.record_id} | {m.meta.record_id for m in self.measures if m.goal_id == goal.meta.record_id}
        names = {m.meta.record_id: m.description for m in self.measures}
        facts = [(self.tr("Client took part"), labels.yes_no(goal.client_participated)),
                 (self.tr("Area"), goal.area), (self.tr("Target date"), fmt_date(goal.target_date)),
                 (self.tr("Status"), labels.goal_status(goal.status))]
        html = [f"<h3>{escape(goal.title)}</h3>"]
        if goal.own_words:
            html.append(f"<p><i>{escape(goal.own_words)}</i></p>")
        html.append("<p>" + " · ".join(f"{escape(k)}: {escape(v)}" for k, v in facts if v) + "</p>")
        html.append("<h4>" + escape(self.tr("Evaluations")) + "</h4>")
        evaluations = [e for e in self.evaluations if e.target_id in ids and not e.meta.entered_in_error]
        if not evaluations:
            html.append("<p>" + escape(self.tr("No evaluations yet.")) + "</p>")
        for e in evaluations:
            about = "" if e.target_id == goal.meta.record_id else f" — {escape(names.get(e.target_id, ''))}"
            progress = "" if e.progress is None else " · " + escape(fill(self.tr("progress %1 of 10"), e.progress))
            html.append(f"<p><b>{escape(fmt_date(to_local(e.meta.occurred_at).date()))}</b> · "
                        f"{escape(e.meta.author.name)}{progress}{about}<br>{escape(e.text)}</p>")
        self.details.setHtml("".join(html))

    def add_goal(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, GoalDialog(self.session, self.client_id, self.window()))

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


class IndividualPlanPage(QWidget):
    """The individual plan's fields (forskrift § 19)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.plan: IndividualPlan | None = None
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Individual plan"))
        layout.addWidget(self.view, 1)
        self.edit = button(self.tr("Edit individual plan…"), icon("add"))
        layout.addLayout(button_row(self.edit))
        self.edit.clicked.connect(self.edit_plan)

    def show_plan(self, client_id: str, plan: IndividualPlan | None) -> None:
        self.client_id, self.plan = client_id, plan
        if plan is None:
            self.view.setHtml("<p>" + escape(self.tr("No individual plan. A client with long-term, coordinated "
                                                     "needs has the right to one.")) + "</p>")
            self.edit.setText(self.tr("Create individual plan…"))
            return
        self.edit.setText(self.tr("Edit individual plan…"))
        consent = labels.yes_no(plan.consent_to_share)
        if plan.consent_to_share:
            consent += f" — {plan.consent_scope} ({fmt_date(plan.consent_date)})"
        rows = [(self.tr("Coordinator"), plan.coordinator),
                (self.tr("Taking part in the planning"), ", ".join(plan.participants)),
                (self.tr("Plan period"), _period(plan.period_start, plan.period_end)),
                (self.tr("Next revision"), fmt_date(plan.next_revision)),
                (self.tr("Resources"), plan.resources), (self.tr("Needs"), plan.needs),
                (self.tr("What each party contributes"), plan.contributions),
                (self.tr("Collaboration with other services"), plan.collaboration),
                (self.tr("Consent to the plan"), labels.yes_no(plan.consent_to_plan)),
                (self.tr("Consent to share information"), consent),
                (self.tr("Last changed"), f"{fmt_date(to_local(plan.meta.recorded_at).date())} · "
                                          f"{fmt_worker(plan.meta.author)}")]
        self.view.setHtml("<table cellspacing='8'>" + "".join(
            f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{escape(v or '–')}</td></tr>" for k, v in rows)
            + "</table>")

    def edit_plan(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, IndividualPlanDialog(self.session, self.client_id, self.plan, self.window()))


class GroupPage(QWidget):
    """The responsibility group: members, meetings with minutes, agreed tasks (late ones highlighted)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.group: ResponsibilityGroup | None = None
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        self.group_heading = heading(self.tr("Members"))
        lv.addWidget(self.group_heading)
        self.members = ReadOnlyTable([self.tr("Name"), self.tr("Role"), self.tr("Organisation")],
                                     self.tr("Members"), stretch=2)
        lv.addWidget(self.members, 2)
        lv.addWidget(heading(self.tr("Meetings")))
        self.meetings = ReadOnlyTable([self.tr("Date"), self.tr("Topics"), self.tr("Attended")],
                                      self.tr("Meetings"), stretch=2)
        lv.addWidget(self.meetings, 3)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(heading(self.tr("Minutes")))
        self.minutes = QTextBrowser()
        self.minutes.setAccessibleName(self.tr("Minutes"))
        rv.addWidget(self.minutes, 2)
        rv.addWidget(heading(self.tr("Agreed tasks")))
        self.tasks = ReadOnlyTable([self.tr("Task"), self.tr("Responsible"), self.tr("Deadline"), self.tr("Status")],
                                   self.tr("Agreed tasks"), stretch=0)
        rv.addWidget(self.tasks, 3)
        self.task_error = muted()
        self.task_error.setStyleSheet(error_style())
        self.task_error.hide()
        rv.addWidget(self.task_error)
        split.addWidget(right)
        layout.addWidget(split, 1)
        self.new_group = button(self.tr("New responsibility group…"), icon("add"))
        self.new_meeting = button(self.tr("New meeting…"), icon("add"))
        self.new_task = button(self.tr("New task…"), icon("add"))
        self.task_done = button(self.tr("Mark task done"))
        layout.addLayout(button_row(self.new_group, self.new_meeting, self.new_task, self.task_done))
        self.new_group.clicked.connect(self.add_group)
        self.new_meeting.clicked.connect(self.add_meeting)
        self.new_task.clicked.connect(self.add_task)
        self.task_done.clicked.connect(self.mark_done)
        self.meetings.itemSelectionChanged.connect(self._show_minutes)
        self.tasks.itemSelectionChanged.connect(self._update_buttons)

    def show_group(self, client_id: str, groups: list[ResponsibilityGroup], meetings: list[Meeting],
                   tasks: list[AgreedTask], today: dt.date) -> None:
        self.client_id = client_id
        self.group = groups[-1] if groups else None
        self.group_heading.setText(self.group.name if self.group else self.tr("No responsibility group yet"))
        members = self.group.members if self.group else ()
        self.members.set_rows([([m.name, m.role, m.organisation], m) for m in members])
        meetings = [m for m in meetings if not m.meta.entered_in_error]
        self.meetings.set_rows([([fmt_date(m.date), ", ".join(m.topics), ", ".join(m.attendees)], m)
                                for m in meetings])
        if meetings:
            self.meetings.selectRow(0)
        t = tones()
        rows, styles = [], []
        for task in sorted((x for x in tasks if not x.meta.entered_in_error), key=lambda x: (x.done, x.deadline)):
            if task.done:
                status, style = self.tr("Done"), (t.muted_fg, False, False)
            elif task.is_open_and_late(today):
                status, style = self.tr("Open, late"), (t.late_fg, True, False)
            else:
                status, style = self.tr("Open"), (None, True, False)
            rows.append(([task.description, task.responsible, fmt_date(task.deadline), status], task))
            styles.append(style)
        self.tasks.set_rows(rows, styles)
        self._show_minutes()

    def _show_minutes(self) -> None:
        meeting = self.meetings.selected_data()
        if meeting is None:
            self.minutes.setHtml("")
        else:
            attended = self.tr("Attended")
            self.minutes.setHtml(
                f"<p><b>{escape(fmt_date(meeting.date))}</b> · {escape(', '.join(meeting.topics))}</p>"
                f"<p>{escape(attended)}: {escape(', '.join(meeting.attendees))}</p>"
                f"<p>{escape(meeting.minutes).replace(chr(10), '<br>')}</p>")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_group.setEnabled(self.group is None)
        self.new_meeting.setEnabled(self.group is not None)
        self.new_task.setEnabled(self.meetings.selected_data() is not None)
        task = self.tasks.selected_data()
        self.task_done.setEnabled(isinstance(task, AgreedTask) and not task.done)

    def add_group(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, GroupDialog(self.session, self.client_id, self.window()))

    def add_meeting(self) -> FormDialog | None:
        if self.group is None:
            return None
        return open_form(self, MeetingDialog(self.session, self.group, self.window()))

    def add_task(self) -> FormDialog | None:
        meeting = self.meetings.selected_data()
        if meeting is None:
            return None
        members = [m.name for m in self.group.members] if self.group else []
        return open_form(self, TaskDialog(self.session, meeting, members, self.window()))

    def mark_done(self) -> Job[AgreedTask] | None:
        """Record the selected task as done (a new version of it)."""
        task = self.tasks.selected_data()
        if not isinstance(task, AgreedTask) or task.done:
            return None
        return self.session.ops.write(self, service_call(Ambulant.correct, task.meta.record_id, done=True),
                                      errors=self.task_error)


class PlanTab(LazyTabs):
    """Goals and measures, the individual plan, the responsibility group."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.goals = GoalsPage(session)
        self.individual_plan = IndividualPlanPage(session)
        self.group = GroupPage(session)
        self.addTab(self.goals, self.tr("Goals and measures"))
        self.addTab(self.individual_plan, self.tr("Individual plan"))
        self.addTab(self.group, self.tr("Responsibility group"))

    def render_page(self, page: QWidget, overview: ClientOverview) -> None:
        cid = overview.client.client_id
        if page is self.goals:
            self.goals.show_plan(cid, overview.goals, overview.measures, overview.evaluations)
        elif page is self.individual_plan:
            self.individual_plan.show_plan(cid, overview.individual_plan)
        elif page is self.group:
            self.group.show_group(cid, overview.groups, overview.meetings, overview.tasks,
                                  to_local(self.session.now()).date())

    def clear(self) -> None:
        """Forget what is shown (on lock)."""
        self.forget()
        self.goals.tree.clear()
        self.goals.details.clear()
        self.individual_plan.view.clear()
        for table in (self.group.members, self.group.meetings, self.group.tasks):
            table.setRowCount(0)
        self.group.minutes.clear()
