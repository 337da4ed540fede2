"""The responsibility group: its members, meetings with minutes, and agreed tasks."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from ...domain.errors import DomainError
from ...domain.plan import AgreedTask, GroupMember, Meeting, ResponsibilityGroup
from ...services import Ambulant
from ..kit.formatting import fmt_date
from ..session import Session
from .fields import DateField, TextArea
from ..ops import service_call
from .form_dialog import FormDialog
from .plan_forms import split_lines


def parse_members(text: str) -> tuple[GroupMember, ...]:
    """One member per line: 'name; role; organisation' (organisation optional)."""
    members = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(";")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise DomainError("members", f"Linje {number}: skriv «navn; rolle; organisasjon».",
                              f"Line {number}: write 'name; role; organisation'.")
        members.append(GroupMember(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    if not members:
        raise DomainError("members", "Skriv minst ett medlem.", "Enter at least one member.")
    return tuple(members)


class GroupDialog(FormDialog):
    """Set up the responsibility group."""

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.client_id = client_id
        self.setWindowTitle(self.tr("New responsibility group"))
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(self.tr("Responsibility group")))
        self.members = self.add_field("members", self.tr("Members"), TextArea(lines=6),
                                      hint=self.tr("One per line: name; role; organisation"))

    def operation(self) -> Callable[[Ambulant], ResponsibilityGroup]:
        return service_call(Ambulant.add_responsibility_group, self.client_id, parse_members(self.members.text()),
                            self.name.text().strip() or "Ansvarsgruppe")


class MeetingDialog(FormDialog):
    """A meeting of the group: date, who attended, topics and minutes."""

    def __init__(self, session: Session, group: ResponsibilityGroup, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.group = group
        self.setWindowTitle(self.tr("New meeting"))
        self.set_intro(escape(group.name))
        self.date = self.add_field("date", self.tr("Date"), DateField(session.now().date()))
        self.attendees = self.add_field("attendees", self.tr("Attended"), TextArea(lines=3),
                                        hint=self.tr("One per line or separated by commas"))
        self.topics = self.add_field("topics", self.tr("Topics"), QLineEdit(),
                                     hint=self.tr("Separated by commas"))
        self.minutes = self.add_field("minutes", self.tr("Minutes"), TextArea(lines=6))

    def operation(self) -> Callable[[Ambulant], Meeting]:
        return service_call(Ambulant.add_meeting,
                            self.group.meta.record_id, self.date.value(), split_lines(self.attendees.text()),
                            split_lines(self.topics.text()), self.minutes.text())


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
        self.deadline = self.add_field("deadline", self.tr("Deadline"), DateField(session.now().date()))

    def operation(self) -> Callable[[Ambulant], AgreedTask]:
        return service_call(Ambulant.add_task,
                            self.meeting.meta.record_id, self.description.text(), self.responsible.currentText(),
                            self.deadline.value())
