"""The responsibility group: members (editable, with from–to), meetings with minutes, agreements and the
review of earlier tasks, agreed tasks (late ones highlighted), and the minutes printed."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ...domain.plan import AgreedTask, Meeting, ResponsibilityGroup, with_reviews
from ...services import Ambulant, ClientOverview
from ..forms.document_dialog import DocumentDialog, minutes_dialog
from ..forms.form_dialog import FormDialog, open_form
from ..forms.group_forms import GroupDialog, MeetingDialog, MembersDialog, TaskDialog
from ..i18n import plan_labels
from ..kit.formatting import fmt_date
from ..kit.icons import icon
from ..kit.theme import error_style, tones
from ..kit.widgets import ReadOnlyTable, button, button_row, heading, muted
from ..ops import Job, service_call
from ..session import Session


def _para(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _cap_columns(table: ReadOnlyTable, caps: dict[int, int]) -> None:
    """Narrow the given columns to at most ``caps`` pixels, so the stretching column keeps room in a
    half-width pane (long names wrap instead of pushing the table into a side scroll)."""
    for column, cap in caps.items():
        table.setColumnWidth(column, min(table.columnWidth(column), cap))
    table.resizeRowsToContents()


class GroupPage(QWidget):
    """Members and meetings on the left; the selected meeting's minutes and the tasks on the right."""


    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.group: ResponsibilityGroup | None = None
        self.all_tasks: list[AgreedTask] = []
        self.today = dt.date.today()
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 6, 0)
        self.group_heading = heading(self.tr("Members"))
        lv.addWidget(self.group_heading)
        # Few columns, two lines a row: the pane is half the width of a small screen.
        self.members = ReadOnlyTable([self.tr("Name and role"), self.tr("Contact"), self.tr("Member")],
                                     self.tr("Members"), stretch=0)
        lv.addWidget(self.members, 3)
        # Each list has its own buttons under it: one long row would make the window too wide for a
        # small laptop screen at 150 %.
        self.new_group = button(self.tr("New responsibility group…"), icon("add"))
        self.edit_members = button(self.tr("Edit members…"))
        lv.addLayout(button_row(self.new_group, self.edit_members))
        lv.addWidget(heading(self.tr("Meetings")))
        self.meetings = ReadOnlyTable([self.tr("Date"), self.tr("Topics")], self.tr("Meetings"), stretch=1)
        lv.addWidget(self.meetings, 2)
        self.new_meeting = button(self.tr("New meeting…"), icon("add"))
        self.print_minutes = button(self.tr("Print minutes…"), icon("print"))
        lv.addLayout(button_row(self.new_meeting, self.print_minutes))
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(6, 0, 0, 0)
        rv.addWidget(heading(self.tr("Minutes")))
        self.minutes = QTextBrowser()
        self.minutes.setAccessibleName(self.tr("Minutes"))
        rv.addWidget(self.minutes, 3)
        rv.addWidget(heading(self.tr("Agreed tasks")))
        self.tasks = ReadOnlyTable([self.tr("Task and responsible"), self.tr("Deadline"), self.tr("Status")],
                                   self.tr("Agreed tasks"), stretch=0)
        rv.addWidget(self.tasks, 2)
        self.task_error = muted()
        self.task_error.setStyleSheet(error_style())
        self.task_error.hide()
        rv.addWidget(self.task_error)
        self.new_task = button(self.tr("New task…"), icon("add"))
        self.task_done = button(self.tr("Mark task done"))
        rv.addLayout(button_row(self.new_task, self.task_done))
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self.new_group.clicked.connect(self.add_group)
        self.edit_members.clicked.connect(self.change_members)
        self.new_meeting.clicked.connect(self.add_meeting)
        self.new_task.clicked.connect(self.add_task)
        self.task_done.clicked.connect(self.mark_done)
        self.print_minutes.clicked.connect(self.open_minutes)
        self.meetings.itemSelectionChanged.connect(self._show_minutes)
        self.tasks.itemSelectionChanged.connect(self._update_buttons)

    def show_group(self, overview: ClientOverview, today: dt.date) -> None:
        self.client_id, self.today = overview.client.client_id, today
        self.group = overview.groups[-1] if overview.groups else None
        self.group_heading.setText(self.group.name if self.group else self.tr("No responsibility group yet"))
        members = self.group.members if self.group else ()
        t = tones()
        rows, styles = [], []
        for m in members:
            period = f"{fmt_date(m.start) if m.start else ''} – {fmt_date(m.end) if m.end else ''}".strip()
            role = f"{m.role}, {m.organisation}" if m.organisation else m.role
            rows.append(([f"{m.name}\n{role}", m.contact, "" if period == "–" else period], m))
            styles.append((None, False, False) if m.active_on(today) else (t.muted_fg, False, True))
        self.members.set_rows(rows, styles)
        _cap_columns(self.members, {1: 110, 2: 120})
        meetings = [m for m in overview.meetings if not m.meta.entered_in_error]
        self.meetings.set_rows([([fmt_date(m.date), ", ".join(m.topics)], m) for m in meetings])
        if meetings:
            self.meetings.selectRow(0)
        # As the meetings' reviews left them (a review not yet written to the task still counts).
        self.all_tasks = [x for x in with_reviews(overview.tasks, overview.meetings) if not x.meta.entered_in_error]
        rows, styles = [], []
        for task in sorted(self.all_tasks, key=lambda x: (not x.is_open, x.deadline)):
            if task.done:
                status, style = self.tr("Done"), (t.muted_fg, False, False)
            elif task.dropped:
                status, style = self.tr("Dropped"), (t.muted_fg, False, True)
            elif task.is_open_and_late(today):
                status, style = self.tr("Open, late"), (t.late_fg, True, False)
            else:
                status, style = self.tr("Open"), (None, True, False)
            rows.append(([f"{task.description}\n{task.responsible}", fmt_date(task.deadline), status], task))
            styles.append(style)
        self.tasks.set_rows(rows, styles)
        _cap_columns(self.tasks, {2: 110})
        self._show_minutes()

    def _show_minutes(self) -> None:
        meeting: Meeting | None = self.meetings.selected_data()
        if meeting is None:
            self.minutes.setHtml("")
        else:
            self.minutes.setHtml(self._minutes_html(meeting))
        self._update_buttons()

    def _minutes_html(self, meeting: Meeting) -> str:
        by_id = {t.meta.record_id: t for t in self.all_tasks}
        attended, agreements, tasks_agreed = self.tr("Attended"), self.tr("Agreements"), self.tr("Tasks agreed")
        earlier = self.tr("Tasks from earlier meetings")
        html = [f"<p><b>{escape(fmt_date(meeting.date))}</b> · {escape(', '.join(meeting.topics))}</p>",
                f"<p><b>{escape(attended)}:</b> {escape(', '.join(meeting.attendees))}</p>",
                f"<p>{_para(meeting.minutes)}</p>"]
        if meeting.agreements:
            html.append(f"<p><b>{escape(agreements)}</b><br>{_para(meeting.agreements)}</p>")
        agreed = [t for t in self.all_tasks if t.meeting_id == meeting.meta.record_id]
        if agreed:
            html.append(f"<p><b>{escape(tasks_agreed)}</b></p><ul>" + "".join(
                f"<li>{escape(t.description)} — {escape(t.responsible)}, {escape(fmt_date(t.deadline))}</li>"
                for t in agreed) + "</ul>")
        if meeting.reviews:
            items = []
            for r in meeting.reviews:
                task = by_id.get(r.task_id)
                text = (escape(task.description if task else "–") + " — "
                        + escape(plan_labels.task_outcome(r.outcome)))
                if r.new_deadline:
                    text += " " + escape(self.tr("until")) + " " + escape(fmt_date(r.new_deadline))
                if r.comment:
                    text += f" ({escape(r.comment)})"
                items.append(f"<li>{text}</li>")
            html.append(f"<p><b>{escape(earlier)}</b></p><ul>" + "".join(items)
                        + "</ul>")
        return "".join(html)

    def _update_buttons(self) -> None:
        self.new_group.setEnabled(self.group is None)
        self.edit_members.setEnabled(self.group is not None)
        self.new_meeting.setEnabled(self.group is not None)
        meeting = self.meetings.selected_data()
        self.new_task.setEnabled(meeting is not None)
        self.print_minutes.setEnabled(meeting is not None)
        task = self.tasks.selected_data()
        self.task_done.setEnabled(isinstance(task, AgreedTask) and task.is_open)

    def add_group(self) -> FormDialog | None:
        if self.client_id is None:
            return None
        return open_form(self, GroupDialog(self.session, self.client_id, self.window()))

    def change_members(self) -> FormDialog | None:
        if self.group is None:
            return None
        return open_form(self, MembersDialog(self.session, self.group, self.window()))

    def add_meeting(self) -> FormDialog | None:
        if self.group is None:
            return None
        return open_form(self, MeetingDialog(self.session, self.group, self.window()))

    def add_task(self) -> FormDialog | None:
        meeting = self.meetings.selected_data()
        if meeting is None:
            return None
        members = [m.name for m in self.group.members_on(meeting.date)] if self.group else []
        return open_form(self, TaskDialog(self.session, meeting, members, self.window()))

    def open_minutes(self) -> DocumentDialog | None:
        meeting = self.meetings.selected_data()
        if meeting is None or self.client_id is None or not self.session.is_unlocked:
            return None
        dialog = minutes_dialog(self.session, self.client_id, meeting.meta.record_id, self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def mark_done(self) -> Job[AgreedTask] | None:
        """Record the selected task as done (a new version of it; the runner announces the change)."""
        task = self.tasks.selected_data()
        if not isinstance(task, AgreedTask) or not task.is_open:
            return None
        return self.session.ops.write(self, service_call(Ambulant.correct, task.meta.record_id, done=True),
                                      errors=self.task_error)

    def clear(self) -> None:
        for table in (self.members, self.meetings, self.tasks):
            table.setRowCount(0)
        self.minutes.clear()
