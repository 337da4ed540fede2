"""The base of every data-entry dialog: fields with an error line under each, saved through the services.

Saving goes through the operation runner's write, like every other write of the window:
:meth:`FormDialog.operation` reads the fields (on the GUI thread) and returns the service call
(``service_call(Ambulant.add_goal, self.client_id, self.title.text())``), which runs on the
journal thread; what it saved is announced as :class:`~desktop.services.changes.Changes`. A
failed save keeps the dialog open with everything typed, and shows the DomainError's message
next to the field it names (``error.field``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from collections.abc import Callable

from ...domain.errors import DomainError
from ...services import Ambulant
from ..i18n.language import error_text, ui_language
from ..kit.screen import FRAME_ALLOWANCE, FittingScrollArea, available_area, keep_on_screen
from ..session import Session
from .fields import DateTimeField
from ..kit.theme import error_style, tones

T = TypeVar("T")


class FormDialog(QDialog):
    """A form that saves one thing. Subclasses add fields and implement :meth:`operation`.

    The fields always sit in a scroll area with the buttons below it (``scroll`` is kept for
    callers that still pass it), and the dialog never opens larger than the screen.
    """

    saved = Signal(object)

    def __init__(self, session: Session, title: str = "", parent: QWidget | None = None,
                 intro: str = "", scroll: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}
        self._initial: dict[str, str] = {}
        self._saving = False
        self._time_question: TimeQuestion | None = None   # the time questioned last (saving again saves it)
        outer = QVBoxLayout(self)
        # Everything but the buttons scrolls: on a small screen (or at 200 %) the form scrolls
        # inside the dialog and Save/Cancel stay in sight; an error shown later never grows the dialog.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        inner.addWidget(self.intro)
        self.general_error = self._error_label()
        inner.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        inner.addLayout(self.form)
        inner.addStretch(1)
        self.scroll_area = FittingScrollArea(content)
        outer.addWidget(self.scroll_area, 1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QCoreApplication.translate("FormDialog", "Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.addButton(QCoreApplication.translate("FormDialog", "Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(min(460, available_area(self).width() - FRAME_ALLOWANCE.width()))
        keep_on_screen(self)

    # -- building -----------------------------------------------------------

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(error_style())
        label.setAccessibleName(QCoreApplication.translate("FormDialog", "Error"))
        label.hide()
        return label

    def add_field(self, key: str, label: str, widget: QWidget, hint: str = "",
                  form: QFormLayout | None = None) -> Any:
        """Add a labelled field named ``key`` (the DomainError field it answers to), to ``form`` or the main form."""
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if hint:
            note = QLabel(hint)   # hints are one short line: no word wrap (it would clip in a form row)
            # The secondary text colour, not a disabled look: a hint must stay readable.
            note.setStyleSheet(f"color: {tones().muted_fg.name()};")
            box.addWidget(note)
        error = self._error_label()
        box.addWidget(error)
        title = QLabel(label)
        title.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        (form or self.form).addRow(title, holder)
        self._fields[key] = widget
        self._errors[key] = error
        self._initial[key] = _text_of(widget)
        return widget

    def set_intro(self, text: str) -> None:
        """The text above the fields (rich text allowed; escape user data)."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def alias(self, domain_field: str, key: str) -> None:
        """Show errors about ``domain_field`` next to the field ``key``."""
        self._aliases[domain_field] = key

    def field(self, key: str) -> Any:
        return self._fields[key]

    # -- saving ---------------------------------------------------------------

    def operation(self) -> Callable[[Ambulant], Any]:
        """Read the fields and return the service call that saves them (run on the journal thread, so it
        must not touch a widget); raise DomainError on bad input."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save through the runner; the dialog closes when the save went through, stays open if not."""
        if self._saving:
            return    # a save is on its way
        found, op = self.read_fields(self.operation)
        if not found or self._time_needs_a_second_look():
            return
        job = self.session.ops.write(self, op, self._saved, self._failed, errors=self)
        if job is not None and not job.done:
            self._saving = True
            self.save_button.setEnabled(False)

    def _time_needs_a_second_look(self) -> bool:
        """A time in the future or before the last confirmed sync is questioned once, next to its field;
        pressing Save again saves it (a wrong laptop clock once sent a dose dated two years ahead)."""
        for key in ("at", "start"):
            widget = getattr(self, key, None)
            if isinstance(widget, DateTimeField):
                break
        else:
            return False
        question = TimeQuestion.ask(self.session, widget.value(), self._time_question)
        if question is None:
            return False
        self._time_question = question
        self.show_error(key, question.text)
        return True

    def read_fields(self, read: Callable[[], T]) -> tuple[bool, T | None]:
        """Clear the errors and call ``read`` (it reads the fields); a DomainError is shown by its field
        and gives ``(False, None)``."""
        self.clear_errors()
        try:
            return True, read()
        except DomainError as exc:
            self.handle_domain_error(exc)
            return False, None

    def handle_domain_error(self, error: DomainError) -> None:
        """Show a refused save's message next to the field it names (subclasses may do more)."""
        self.show_error(error.field, error_text(error))

    def _saved(self, result: Any) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(result)
        super().accept()

    def _failed(self, error: BaseException) -> bool:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, DomainError):
            self.handle_domain_error(error)   # a subclass may show more than the message (rule findings)
            return True
        return False     # any other error: shown next to its field (or at the top) by the runner

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self._errors.values():
            label.hide()

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` next to ``field`` (or at the top when no such field is on the form)."""
        key = self._aliases.get(field, field)
        label = self._errors.get(key, self.general_error)
        label.setText(message)
        label.show()
        widget = self._fields.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        # Scroll to the message (and the field it is about) once the layout has made room for it.
        self.scroll_area.widget().layout().activate()
        self.scroll_area.ensureWidgetVisible(label.parentWidget() if widget is not None else label, 0, 8)

    def error_shown(self, key: str) -> str:
        """The error text shown next to ``key`` ('' when none; the general line for '')."""
        label = self._errors.get(key, self.general_error) if key else self.general_error
        return label.text() if not label.isHidden() else ""

    def mark_unchanged(self) -> None:
        """What the fields hold now is what the form starts from (read in after it was built)."""
        self._initial = {k: _text_of(w) for k, w in self._fields.items()}

    def has_input(self) -> bool:
        """True when something was typed that has not been saved."""
        return any(_text_of(w) != self._initial[k] for k, w in self._fields.items())


@dataclass(frozen=True)
class TimeQuestion:
    """A recorded time the worker is asked about once: in the future, or before the last confirmed sync."""

    at: dt.datetime
    text: str

    @classmethod
    def ask(cls, session: Session, at: dt.datetime, asked: TimeQuestion | None) -> TimeQuestion | None:
        """The question to show for ``at``, or None: nothing odd, or the same time was asked about already."""
        if not session.is_unlocked or (asked is not None and asked.at == at):
            return None
        warning = session.app.event_time_warning(at)
        if warning is None:
            return None
        text = warning.message_en if ui_language() == "en" else warning.message_nb
        return cls(at, text + " " + QCoreApplication.translate("FormDialog", "Press Save again to save it."))


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QCheckBox):
        return str(widget.isChecked())
    return ""


def open_form(page: QWidget, dialog: FormDialog) -> FormDialog:
    """Open ``dialog`` over ``page``; it is deleted when it closes. (What it saves is announced by the
    runner's ``changed`` signal, so the views redraw without the page doing anything.)"""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
