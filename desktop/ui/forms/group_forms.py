"""The responsibility group: its members (editable, as new versions), meetings with minutes, agreements
and the review of earlier tasks, and agreed tasks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLineEdit, QListWidget, QListWidgetItem, QTableWidget,
                               QTableWidgetItem, QWidget)

from ...domain.errors import DomainError
from ...domain.plan import AgreedTask, GroupMember, Meeting, ResponsibilityGroup, TaskOutcome, TaskReview
from ...services import Ambulant
from ..i18n import plan_labels
from ..kit.formatting import fmt_date
from ..ops import service_call
from ..session import Session
from .fields import DateField, TextArea
from .form_dialog import FormDialog
from ..kit.screen import initial_dialog_size
from .plan_forms import split_lines
from .table_field import TableField


def _day(text: str, line: int) -> dt.date | None:
    """A date typed as dd.mm.yyyy (or yyyy-mm-dd) in a table cell; None when blank."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise DomainError("members", f"Linje {line}: «{text}» er ikke en dato (dd.mm.åååå).",
                      f'Line {line}: "{text}" is not a date (dd.mm.yyyy).')


def members_from(table: TableField) -> tuple[GroupMember, ...]:
    """The members in ``table`` (name, role, organisation, contact, from, to); errors name the line."""
    members = []
    for line, cells in table.rows():
        name, role, organisation, contact, start, end = (cells + [""] * 6)[:6]
        if not name or not role:
            raise DomainError("members", f"Linje {line}: skriv navn og rolle.", f"Line {line}: enter name and role.")
        try:
            members.append(GroupMember(name, role, organisation, contact, _day(start, line), _day(end, line)))
        except DomainError as exc:
            if exc.field == "members":
                raise
            raise DomainError("members", f"Linje {line}: {exc.message_nb}", f"Line {line}: {exc.message_en}") from None
    if not members:
        raise DomainError("members", "Skriv minst ett medlem.", "Enter at least one member.")
    return tuple(members)


class _MembersForm(FormDialog):
    def _members_table(self, members: Sequence[GroupMember]) -> TableField:
        rows = [[m.name, m.role, m.organisation, m.contact, fmt_date(m.start) if m.start else "",
                 fmt_date(m.end) if m.end else ""] for m in members]
        table = TableField([self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Contact"),
                            self.tr("From"), self.tr("To")], rows, min_rows=3)
        return self.add_field("members", self.tr("Members"), table,
                              hint=self.tr("Dates as dd.mm.yyyy. A member who leaves gets an end date."))


class GroupDialog(_MembersForm):
    """Set up the responsibility group."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New responsibility group"))
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(self.tr("Responsibility group")))
        self.members = self._members_table(())
        initial_dialog_size(self, QSize(760, 460))

    def operation(self) -> Callable[[Ambulant], ResponsibilityGroup]:
        return service_call(Ambulant.add_responsibility_group, self.client_id, members_from(self.members),
                            self.name.text().strip() or "Ansvarsgruppe")


class MembersDialog(_MembersForm):
    """Change the group's members or name: saved as a new version of the group."""

    def __init__(self, session: Session, group: ResponsibilityGroup, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.group = group
        self.setWindowTitle(self.tr("Members of the responsibility group"))
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(group.name))
        self.members = self._members_table(group.members)
        initial_dialog_size(self, QSize(760, 460))

    def operation(self) -> Callable[[Ambulant], ResponsibilityGroup]:
        return service_call(Ambulant.update_group, self.group.meta.record_id, members_from(self.members),
                            self.name.text())


class ReviewTable(QTableWidget):
    """The open tasks from earlier meetings, each with what this meeting concluded about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Responsible, deadline"), self.tr("Status"),
                                        self.tr("New deadline"), self.tr("Comment")])
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tasks: list[AgreedTask] = []

    def set_tasks(self, tasks: Sequence[AgreedTask]) -> None:
        self.tasks = list(tasks)
        self.setRowCount(len(self.tasks))
        for r, task in enumerate(self.tasks):
            self.setItem(r, 0, QTableWidgetItem(task.description))
            self.setItem(r, 1, QTableWidgetItem(f"{task.responsible}, {fmt_date(task.deadline)}"))
            for c in (0, 1):
                self.item(r, c).setFlags(Qt.ItemFlag.ItemIsEnabled)
            outcome = QComboBox()
            outcome.addItem(self.tr("Not reviewed"), None)
            for value in TaskOutcome:
                outcome.addItem(plan_labels.task_outcome(value), value)
            outcome.setAccessibleName(self.tr("Status"))
            self.setCellWidget(r, 2, outcome)
            self.setCellWidget(r, 3, DateField(None, optional=True))
            comment = QLineEdit()
            comment.setAccessibleName(self.tr("Comment"))
            self.setCellWidget(r, 4, comment)
        self.resizeColumnsToContents()
        self.setColumnWidth(1, min(self.columnWidth(1), 170))   # the task's own text keeps the room
        self.resizeRowsToContents()
        self.setMinimumHeight(min(6, max(2, len(self.tasks))) * self.verticalHeader().defaultSectionSize() + 30)

    def set_outcome(self, row: int, outcome: TaskOutcome, comment: str = "",
                    new_deadline: dt.date | None = None) -> None:
        """Fill in what the meeting concluded about the task on ``row`` (as the worker would)."""
        box: QComboBox = self.cellWidget(row, 2)  # type: ignore[assignment]
        box.setCurrentIndex(box.findData(outcome))
        self.cellWidget(row, 3).set_value(new_deadline)  # type: ignore[union-attr]
        self.cellWidget(row, 4).setText(comment)  # type: ignore[union-attr]

    def reviews(self) -> tuple[TaskReview, ...]:
        found = []
        for r, task in enumerate(self.tasks):
            outcome = self.cellWidget(r, 2).currentData()  # type: ignore[union-attr]
            if outcome is None:
                continue
            found.append(TaskReview(task.meta.record_id, TaskOutcome(outcome),
                                    self.cellWidget(r, 4).text().strip(),  # type: ignore[union-attr]
                                    self.cellWidget(r, 3).value()))  # type: ignore[union-attr]
        return tuple(found)


class MeetingDialog(FormDialog):
    """A meeting of the group: date, who attended, topics, minutes, agreements, and the review of the
    tasks still open from earlier meetings."""

    def __init__(self, session: Session, group: ResponsibilityGroup, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.group = group
        self.setWindowTitle(self.tr("New meeting"))
        self.set_intro(escape(group.name))
        today = session.now().date()
        self.date = self.add_field("date", self.tr("Date"), DateField(today))
        self.present = QListWidget()
        for member in group.members_on(today) or group.members:
            item = QListWidgetItem(f"{member.name} ({member.role})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, member.name)
            self.present.addItem(item)
        self.present.setMaximumHeight(self.present.sizeHintForRow(0) * min(6, max(1, self.present.count())) + 8)
        self.add_field("attendees", self.tr("Attended"), self.present)
        self.others = self.add_field("others", self.tr("Others present"), QLineEdit(),
                                     hint=self.tr("e.g. the client; separated by commas"))
        self.topics = self.add_field("topics", self.tr("Topics"), QLineEdit(), hint=self.tr("Separated by commas"))
        self.minutes = self.add_field("minutes", self.tr("Minutes"), TextArea(lines=5))
        self.agreements = self.add_field("agreements", self.tr("Agreements"), TextArea(lines=3))
        self.review = self.add_field("reviews", self.tr("Tasks from earlier meetings"), ReviewTable())
        self.date.dateChanged.connect(lambda _d: self._load_tasks())
        self._load_tasks()
        initial_dialog_size(self, QSize(820, 760))

    def _load_tasks(self) -> None:
        if self.session.is_unlocked:
            self.review.set_tasks(self.session.app.tasks_to_review(self.group.meta.record_id, self.date.value()))

    def check_attendee(self, name: str) -> None:
        for i in range(self.present.count()):
            if self.present.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.present.item(i).setCheckState(Qt.CheckState.Checked)

    def attendees(self) -> tuple[str, ...]:
        chosen = [self.present.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.present.count())
                  if self.present.item(i).checkState() == Qt.CheckState.Checked]
        return tuple(dict.fromkeys(chosen + list(split_lines(self.others.text()))))

    def operation(self) -> Callable[[Ambulant], Meeting]:
        return service_call(Ambulant.add_meeting, self.group.meta.record_id, self.date.value(), self.attendees(),
                            split_lines(self.topics.text()), self.minutes.text(), self.agreements.text(),
                            self.review.reviews())


class TaskDialog(FormDialog):
    """A task agreed in a meeting: what, who is responsible, by when."""

    def __init__(self, session: Session, meeting: Meeting, members: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.meeting = meeting
        self.setWindowTitle(self.tr("New agreed task"))
        self.set_intro(self.tr("Meeting") + " " + fmt_date(meeting.date))
        self.description = self.add_field("description", self.tr("Task"), QLineEdit())
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.addItems([""] + members)
        self.add_field("responsible", self.tr("Responsible"), self.responsible)
        self.deadline = self.add_field("deadline", self.tr("Deadline"),
                                       DateField(max(session.now().date(), meeting.date)))

    def operation(self) -> Callable[[Ambulant], AgreedTask]:
        return service_call(Ambulant.add_task,
                            self.meeting.meta.record_id, self.description.text(), self.responsible.currentText(),
                            self.deadline.value())
