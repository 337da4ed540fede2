"""The journal in the Observations tab: write a note (Ctrl+Enter saves), read them newest first,
correct one or mark it entered in error. Drafts are kept per client until saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.observation import JournalNote
from ...services import Ambulant
from ..kit.formatting import fmt_datetime, fmt_when, fmt_worker
from .record_delegate import RecordDelegate
from ..forms.fields import TextArea
from ..forms.form_dialog import FormDialog, open_form
from ..forms.record_forms import CorrectNoteDialog, EnteredInErrorDialog
from ..kit.icons import icon
from ..i18n.language import fill
from ..ops import Job, service_call
from ..session import Session
from ..kit.theme import error_style, tones
from ..kit.widgets import button, button_row, heading, muted

_ROLE = Qt.ItemDataRole.UserRole
# Notes listed when a client is opened; the rest of those read are one click away.
NOTES_SHOWN = 25


class NoteComposer(QWidget):
    """Where a new note is written; Ctrl+Enter saves. Drafts are kept per client until saved."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = TextArea(lines=4)
        self.edit.setMaximumHeight(self.edit.minimumHeight() + self.edit.fontMetrics().lineSpacing() * 3)
        self.edit.setPlaceholderText(self.tr("Write what you observed and did…"))
        self.edit.setAccessibleName(self.tr("New journal note"))
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.error = muted()
        self.error.setStyleSheet(error_style())
        self.error.hide()
        layout.addWidget(self.error)
        self.save = button(self.tr("Save note"), icon("note"), tooltip=self.tr("Ctrl+Enter"))
        self.save.clicked.connect(self.submitted)
        layout.addLayout(button_row(self.save))

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 (Qt override)
        if (watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)


class JournalPage(QWidget):
    """Write notes; read them newest first; correct or mark entered in error."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: str | None = None
        self.drafts: dict[str, str] = {}
        self._saving = False
        layout = QVBoxLayout(self)
        self.composer = NoteComposer()
        layout.addWidget(self.composer)
        layout.addWidget(heading(self.tr("Journal notes, newest first")))
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.notes.setItemDelegate(RecordDelegate(self.notes))
        self.notes.setAlternatingRowColors(True)
        self.notes.setAccessibleName(self.tr("Journal notes"))
        layout.addWidget(self.notes, 1)
        self.correct = button(self.tr("Correct…"))
        self.in_error = button(self.tr("Entered in error…"))
        self.show_more = button(self.tr("Show older notes"))
        layout.addLayout(button_row(self.correct, self.in_error, self.show_more))
        self.shown = NOTES_SHOWN
        self.composer.submitted.connect(self.save_note)
        self.correct.clicked.connect(self.correct_selected)
        self.in_error.clicked.connect(self.mark_selected_in_error)
        self.notes.currentItemChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_client(self, client_id: str | None) -> None:
        """Keep the draft of the client we leave; bring back the draft of the one we open."""
        if client_id == self.client_id:
            return
        self.shown = NOTES_SHOWN
        if self.client_id is not None and self.composer.edit.toPlainText().strip():
            self.drafts[self.client_id] = self.composer.edit.toPlainText()
        self.composer.edit.setPlainText(self.drafts.pop(client_id, "") if client_id else "")
        self.composer.error.hide()
        self.client_id = client_id

    def has_draft(self) -> bool:
        return bool(self.composer.edit.toPlainText().strip()) or any(t.strip() for t in self.drafts.values())

    def show_notes(self, notes: list[JournalNote], history: dict[str, list[JournalNote]]) -> None:
        """The newest notes (``self.shown`` of them; 'Show older notes' shows the rest read)."""
        keep = self.selected_note()
        self.notes.clear()
        muted_colour = tones().muted_fg
        self.show_more.setVisible(len(notes) > self.shown)
        for note in notes[:self.shown]:
            item = QListWidgetItem(self._note_text(note))
            item.setData(_ROLE, note)
            if note.meta.entered_in_error:
                font = QFont(self.notes.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(muted_colour)
            self.notes.addItem(item)
            if keep is not None and keep.meta.record_id == note.meta.record_id:
                self.notes.setCurrentItem(item)
            versions = history.get(note.meta.record_id, [])
            for older, newer in reversed(list(zip(versions, versions[1:]))):
                if older.text == newer.text:
                    continue  # e.g. the version that only marked the note entered in error
                old = QListWidgetItem(fill(self.tr("Earlier version (%1, %2), corrected %3 by %4:"),
                                           fmt_datetime(older.meta.recorded_at), older.meta.author.name,
                                           fmt_datetime(newer.meta.recorded_at), newer.meta.author.name)
                                      + "\n" + older.text)
                font = QFont(self.notes.font())
                font.setItalic(True)
                old.setFont(font)
                old.setForeground(muted_colour)
                old.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.notes.addItem(old)
        self._update_buttons()

    def _note_text(self, note: JournalNote) -> str:
        m = note.meta
        head = f"{fmt_datetime(m.occurred_at)} · {fmt_worker(m.author)}"
        if abs((m.recorded_at - m.occurred_at).total_seconds()) > 600 and m.version == 1:
            head += " · " + fill(self.tr("written %1"), fmt_when(m.recorded_at, m.occurred_at))
        if m.entered_in_error:
            head += " · " + fill(self.tr("ENTERED IN ERROR: %1"), m.status_reason)
        elif m.version > 1:
            head += " · " + fill(self.tr("corrected %1"), fmt_datetime(m.recorded_at))
        return head + "\n" + note.text

    def selected_note(self) -> JournalNote | None:
        item = self.notes.currentItem()
        return None if item is None else item.data(_ROLE)

    def _update_buttons(self, *_: object) -> None:
        note = self.selected_note()
        ok = note is not None and not note.meta.entered_in_error
        self.correct.setEnabled(ok)
        self.in_error.setEnabled(ok)

    def save_note(self) -> Job[JournalNote] | None:
        """Save the composer's text as a new note (the text stays if saving fails)."""
        if self.client_id is None or self._saving:
            return None     # Ctrl+Enter twice must not save the note twice
        client_id, text = self.client_id, self.composer.edit.toPlainText()
        job = self.session.ops.write(self, service_call(Ambulant.write_note, client_id, text),
                                     lambda _note: self._note_saved(client_id, text), lambda _e: self._note_failed(),
                                     errors=self.composer.error)
        self._saving = job is not None and not job.done
        return job

    def _note_saved(self, client_id: str, text: str) -> None:
        """Empty the composer, unless more was typed (or another client opened) while it was saved."""
        self._saving = False
        if self.drafts.get(client_id) == text:
            del self.drafts[client_id]
        if client_id == self.client_id and self.composer.edit.toPlainText() == text:
            self.composer.edit.clear()

    def _note_failed(self) -> None:
        self._saving = False
        self.composer.edit.setFocus()

    def correct_selected(self) -> FormDialog | None:
        note = self.selected_note()
        if note is None:
            return None
        return open_form(self, CorrectNoteDialog(self.session, note, self.window()))

    def mark_selected_in_error(self) -> FormDialog | None:
        note = self.selected_note()
        if note is None:
            return None
        return open_form(self, EnteredInErrorDialog(self.session, note.meta.record_id, note.text[:120], self.window()))
