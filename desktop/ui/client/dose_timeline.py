"""Today's doses as a time line. The selection is the worker's: only the worker moves it.

A refresh (the minute timer, a save) rebuilds the rows but keeps the selected
dose by its identity — the order and planned time of a fixed dose, the record
of an as-needed one — and never picks a dose by itself. Enter, N, R and S act on
the dose that is visibly selected, and only while the list has the focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from .pulled_findings import dose_line
from .server_banners import signer_name
from ...domain import medication_rules as rules
from ...domain.medication import Administration, AdministrationStatus, MedicationOrder
from ..i18n import labels
from ..i18n.language import fill
from ..kit.formatting import fmt_time
from ..kit.icons import dose_icon
from ..kit.theme import dose_color
from .record_delegate import RecordDelegate

SIGN_KEYS = {
    Qt.Key.Key_Return: AdministrationStatus.GIVEN, Qt.Key.Key_Enter: AdministrationStatus.GIVEN,
    Qt.Key.Key_N: AdministrationStatus.NOT_GIVEN, Qt.Key.Key_R: AdministrationStatus.REFUSED,
    Qt.Key.Key_S: AdministrationStatus.SELF_ADMINISTERED,
}
_ROLE = Qt.ItemDataRole.UserRole
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class PrnEntry:
    """An as-needed dose given today, as a row of the time line."""

    administration: Administration
    order: MedicationOrder


Entry = rules.DueDose | PrnEntry


def entry_key(entry: Entry) -> tuple[str, ...]:
    """What a row *is*, whatever its state: a planned dose by order and time, an as-needed dose by record."""
    if isinstance(entry, PrnEntry):
        return ("prn", entry.administration.meta.record_id)
    return ("dose", entry.order.order_id, entry.scheduled_for.isoformat())


def signed_administration(entry: Entry | None) -> Administration | None:
    """The signature a row shows (None for a dose still to sign)."""
    if isinstance(entry, PrnEntry):
        return entry.administration
    return None if entry is None else entry.administration


class DoseTimeline(QListWidget):
    """Today's planned doses (and as-needed doses given today) in time order."""

    server_state = None   # ClientServerState of the client shown (names of colleagues from the server)
    findings: tuple = ()  # PulledFinding: rules pulled doses break, shown under the dose

    sign_requested = Signal(object, object)       # Entry, AdministrationStatus
    correct_requested = Signal(object)            # Entry (signed)
    in_error_requested = Signal(object)           # Entry (signed)
    nothing_selected = Signal()                   # a signing key with no visibly selected dose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Doses today"))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(RecordDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    # -- showing ------------------------------------------------------------------

    def set_doses(self, doses: list[rules.DueDose], prn: list[tuple[Administration, MedicationOrder]]) -> None:
        """Show the day's doses; the selected dose stays selected (by identity), nothing else is selected."""
        keep = self.selected_key()
        entries: list[tuple] = [(d.scheduled_for, 0, d) for d in doses]
        entries += [(a.meta.occurred_at, 1, PrnEntry(a, o)) for a, o in prn]
        ordered = [e for _, _, e in sorted(entries, key=lambda e: (e[0], e[1]))]
        scroll = self.verticalScrollBar().value()
        if [entry_key(e) for e in ordered] == [self.item(r).data(_KEY_ROLE) for r in range(self.count())]:
            # Same rows (the usual minute tick): update them in place; selection and scroll stay untouched.
            for row, entry in enumerate(ordered):
                self._fill(self.item(row), entry)
            return
        self.blockSignals(True)
        try:
            self.clear()
            selected = None
            for entry in ordered:
                item = QListWidgetItem()
                self._fill(item, entry)
                self.addItem(item)
                if keep is not None and entry_key(entry) == keep:
                    selected = item
            if selected is not None:
                self.setCurrentItem(selected)
                selected.setSelected(True)
            else:
                self.setCurrentRow(-1)
        finally:
            self.blockSignals(False)
        self.verticalScrollBar().setValue(scroll)
        self.currentItemChanged.emit(self.currentItem(), None)

    def _fill(self, item: QListWidgetItem, entry: Entry) -> None:
        if isinstance(entry, PrnEntry):
            adm, order = entry.administration, entry.order
            as_needed = self.tr("as needed")
            item.setText(f"{fmt_time(adm.meta.occurred_at)}   {order.label} — {adm.dose} ({as_needed})\n"
                         + self.signed_text(adm))
            state = rules.DoseState.GIVEN
        else:
            state_text = (self.signed_text(entry.administration) if entry.administration
                          else labels.dose_state(entry.state))
            item.setText(f"{fmt_time(entry.scheduled_for)}   {entry.order.label} — {entry.order.dose}\n{state_text}")
            state = entry.state
        signed = signed_administration(entry)
        if signed is not None:
            lines = [dose_line(f) for f in self.findings if f.record_id == signed.meta.record_id]
            if lines:
                item.setText("\n".join([item.text(), *lines]))
        item.setIcon(dose_icon(state))
        colour = dose_color(state)
        if colour is not None:
            item.setForeground(colour)
        item.setData(_ROLE, entry)
        item.setData(_KEY_ROLE, entry_key(entry))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text().replace("\n", ", "))

    def signed_text(self, adm: Administration) -> str:
        """Who signed what and when, the second signer, the reason, and any rule overridden."""
        text = fill(self.tr("%1 %2 by %3"), labels.administration_status(adm.status), fmt_time(adm.meta.occurred_at),
                    signer_name(adm, self.server_state))
        if adm.second_signer is not None:
            text += " · " + fill(self.tr("checked by %1"), adm.second_signer.name)
        if adm.reason:
            text += " · " + adm.reason
        for override in adm.overrides:
            text += " · " + fill(self.tr("overridden: %1 (%2)"), labels.rule_name(override.rule), override.reason)
        if adm.meta.version > 1:
            text += " · " + fill(self.tr("corrected: %1"), adm.meta.status_reason or "")
        return text

    # -- the selection -----------------------------------------------------------------

    def selected_entry(self) -> Entry | None:
        """The row that is visibly selected (a current row without the selection mark does not count)."""
        item = self.currentItem()
        return item.data(_ROLE) if item is not None and item.isSelected() else None

    def selected_key(self) -> tuple[str, ...] | None:
        entry = self.selected_entry()
        return None if entry is None else entry_key(entry)

    def current_dose(self) -> rules.DueDose | None:
        """The selected planned dose (None for none, or for an as-needed row)."""
        entry = self.selected_entry()
        return entry if isinstance(entry, rules.DueDose) else None

    def select_key(self, key: tuple[str, ...]) -> bool:
        """Select the row ``key`` (the worker's own choice, e.g. a test or a click elsewhere that names it)."""
        for row in range(self.count()):
            if self.item(row).data(_KEY_ROLE) == key:
                self.setCurrentRow(row)
                self.item(row).setSelected(True)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        status = SIGN_KEYS.get(Qt.Key(event.key()))
        if status is not None and plain:
            entry = self.selected_entry()
            if entry is not None:
                self.sign_requested.emit(entry, status)   # the tab asks first if it is signed already
            else:
                self.nothing_selected.emit()
            event.accept()
            return
        item = self.currentItem()
        if (plain and item is not None and not item.isSelected()
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space)):
            # The focus frame sits on a row nobody chose: the first arrow press selects that row.
            item.setSelected(True)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the context menu ------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None and self.currentItem() is not None and self.currentItem().isSelected():
            # The menu key (or Shift+F10) opens the menu of the selected dose wherever the pointer is.
            item = self.currentItem()
            pos = self.visualItemRect(item).center()
        if item is None:
            return
        self.setCurrentItem(item)
        item.setSelected(True)
        self.menu_for(item.data(_ROLE)).popup(self.viewport().mapToGlobal(pos))

    def menu_for(self, entry: Entry) -> QMenu:
        """Sign for a dose still to sign; correct or mark entered in error for a signed one."""
        menu = QMenu(self)
        if signed_administration(entry) is not None:
            correct = QAction(self.tr("Correct…"), menu)
            correct.triggered.connect(lambda: self.correct_requested.emit(entry))
            wrong = QAction(self.tr("Mark entered in error…"), menu)
            wrong.triggered.connect(lambda: self.in_error_requested.emit(entry))
            menu.addAction(correct)
            menu.addAction(wrong)
        else:
            for status in AdministrationStatus:
                action = QAction(labels.administration_status(status), menu)
                action.triggered.connect(lambda _=False, st=status: self.sign_requested.emit(entry, st))
                menu.addAction(action)
        return menu
