"""One client: a header with identity and CAVE, and the Plan, Medication and Observations tabs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from ...domain.errors import AmbulantError
from ...services import NOTES_LIMIT, ClientOverview, merge_overview
from ...services.changes import MEDICATION_KINDS, OBSERVATION_KINDS, OUTBOX_CHANGED, PLAN_KINDS, Changes
from ..kit.formatting import fmt_date
from ..kit.icons import icon
from ..i18n.language import error_text, fill
from .medication_tab import MedicationTab
from .observation_tab import NOTES_SHOWN, ObservationTab
from .plan_tab import PlanTab
from .server_banners import origin_text
from ..session import Session
from ..forms.cave import cave_text
from ..kit.widgets import Banner, heading, muted


class ClientView(QStackedWidget):
    """Shows the client opened in the list; re-reads and refreshes only the tabs a change touches."""

    print_requested = Signal(str)   # client id
    open_failed = Signal(str)       # why a client could not be opened

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview: ClientOverview | None = None
        empty = QLabel(self.tr("Choose a client in the list (Ctrl+F searches)."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.addWidget(empty)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        top = QHBoxLayout()
        self.name = heading("", 1)
        top.addWidget(self.name)
        self.cave_icon = QLabel()
        self.cave_icon.setPixmap(icon("cave").pixmap(22, 22))
        self.cave_icon.setToolTip("CAVE")
        self.cave_icon.setAccessibleName("CAVE")
        top.addWidget(self.cave_icon)
        # CAVE with the allergen names above every tab, not only a triangle.
        self.cave = Banner("danger")
        self.cave.setAccessibleName("CAVE")
        top.addWidget(self.cave, 1)
        top.addStretch(0)
        layout.addLayout(top)
        self.details = muted()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.origin = muted()   # "Oppdatert fra server 01.12. kl. 07:42", or leaving the caseload
        self.origin.setAccessibleName(self.tr("From the municipal server"))
        layout.addWidget(self.origin)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.plan = PlanTab(session)
        self.medication = MedicationTab(session)
        self.observations = ObservationTab(session)
        self.tabs.addTab(self.plan, self.tr("Plan"))
        self.tabs.addTab(self.medication, self.tr("Medication"))
        self.tabs.addTab(self.observations, self.tr("Observations"))
        for i in range(3):
            self.tabs.setTabToolTip(i, f"Ctrl+{i + 1}")
        layout.addWidget(self.tabs, 1)
        self.addWidget(page)
        # What a write changed comes from the runner (every tab saves through it).
        session.ops.changed.connect(self.apply)
        self.observations.more_notes_wanted.connect(self._read_all_notes)
        self.notes_limit = NOTES_SHOWN + 1
        self.medication.print_requested.connect(
            lambda: self.overview and self.print_requested.emit(self.overview.client.client_id))

    @property
    def client_id(self) -> str | None:
        return self.overview.client.client_id if self.overview else None

    def open_client(self, client_id: str) -> None:
        """Read everything about the client (logged as a read in the audit log) and show it."""
        limit = self.notes_limit if client_id == self.client_id else NOTES_SHOWN + 1
        # One more note than shown tells whether there are older ones.
        self.session.ops.read(self, lambda app: app.open_client(client_id, notes_limit=limit),
                              lambda overview: self._opened(overview, limit), self._open_failed)

    def _open_failed(self, error: BaseException) -> bool:
        if isinstance(error, AmbulantError):   # e.g. a damaged record: said in the status bar
            self.open_failed.emit(error_text(error))
            return True
        return False

    def _opened(self, overview: ClientOverview, notes_limit: int) -> None:
        self.notes_limit = notes_limit
        self.render(overview)

    def _read_all_notes(self) -> None:
        if self.overview is not None:
            self._reread(Changes(self.overview.client.client_id, frozenset({"note"})), NOTES_LIMIT)

    def render(self, overview: ClientOverview, changes: Changes | None = None) -> None:
        """Show ``overview``; with ``changes`` only the tabs those kinds belong to are rebuilt."""
        self.overview = overview
        client = overview.client
        self.name.setText(client.name)
        self.cave_icon.setVisible(client.has_cave)
        self.cave.setText(cave_text(client)[0] if client.has_cave else "")
        self.cave.setVisible(client.has_cave)
        facts = [fill(self.tr("born %1"), fmt_date(client.birth_date)),
                 fill(self.tr("national id %1"), client.national_id)]
        facts += [p for p in (client.address, client.phone, client.responsible_unit) if p]
        self.details.setText(escape(" · ".join(facts)))
        self.origin.setText(escape(origin_text(self.session.app.server_state(client.client_id))))
        self.origin.setVisible(bool(self.origin.text()))
        if changes is None or changes.touches(PLAN_KINDS):
            self.plan.show_overview(overview)
        if changes is None or changes.touches(MEDICATION_KINDS | {"client"}):
            self.medication.show_overview(overview)
        if changes is None or changes.touches(OBSERVATION_KINDS):
            self.observations.show_overview(overview)
        self.setCurrentIndex(1)

    def apply(self, changes: Changes) -> None:
        """Something was saved: read again (no audit entry) only what those kinds show, and redraw that."""
        if (self.overview is not None and changes.client_id in (None, self.overview.client.client_id)
                and changes.kinds - OUTBOX_CHANGED.kinds):
            self._reread(changes, self.notes_limit)

    def refresh(self) -> None:
        """Re-read the open client's doses (their states move with the clock)."""
        if self.overview is not None:
            self._reread(Changes(self.overview.client.client_id, MEDICATION_KINDS), self.notes_limit)

    def _reread(self, changes: Changes, notes_limit: int) -> None:
        assert self.overview is not None
        base, kinds = self.overview, changes.kinds
        self.session.ops.read(self, lambda app: app.refresh_overview(base, kinds, notes_limit=notes_limit),
                              lambda fresh: self._refreshed(fresh, changes, notes_limit))

    def _refreshed(self, fresh: ClientOverview, changes: Changes, notes_limit: int) -> None:
        if self.overview is None or self.overview.client.client_id != fresh.client.client_id:
            return    # another client was opened (or the view cleared) meanwhile
        self.notes_limit = notes_limit
        self.render(merge_overview(self.overview, fresh, changes.kinds), changes)

    def clear(self) -> None:
        """Forget the client on screen (on lock); drafts in editors stay in memory."""
        self.overview = None
        self.plan.clear()
        self.medication.clear()
        self.observations.clear()
        self.name.clear()
        self.cave.clear()
        self.details.clear()
        self.origin.clear()
        self.setCurrentIndex(0)

    def has_draft(self) -> bool:
        return self.observations.has_draft()
