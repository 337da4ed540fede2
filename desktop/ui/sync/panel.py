"""The sync in the window: a progress bar in the status bar while it runs, and the end-of-shift summary.

:class:`SyncProgressBox` sits in the status bar during a run ("12 av 340 sendt")
with a Cancel button. :class:`SyncSummaryDialog` says how the run went — sent,
refused by the server (each record with the server's own reason), still
waiting — and lets the worker queue refused records again. It reads through
the services (``Ambulant.failed_sync_records``, ``Ambulant.sync_status``, through the
operation runner) and never touches the network itself: "Prøv igjen" asks the window to start a sync.
"""

from __future__ import annotations


from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFormLayout, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QVBoxLayout, QWidget)

from ...services import Ambulant, FailedSyncRecord, SyncStatus
from ...services.sync import SyncOutcome, SyncProgress, SyncSummary
from ..kit.formatting import fmt_datetime, stored_time_text
from ..i18n.labels import kind_name
from ..i18n.language import fill, ui_language
from ..session import Session
from ..kit.screen import FittingScrollArea, fit_to_screen, initial_dialog_size, keep_on_screen, width_limit
from ..kit.widgets import Banner, ReadOnlyTable, heading, muted

def _message(summary: SyncSummary) -> str:
    """The engine's own sentence in the UI language (it writes Bokmål and English; Nynorsk reads Bokmål)."""
    return summary.message_en if ui_language() == "en" else summary.message_nb


class SyncSummaryTexts(QObject):
    """Sentences about a sync's result that more than one place says (a QObject: lupdate reads plurals
    only from ``self.tr``)."""

    def rule_breaks(self, summary: SyncSummary | None) -> str:
        """"2 hentede oppføringer bryter en regel …" when the pull kept records that break a rule ("" when none)."""
        count = summary.pull.rule_breaks if summary is not None and summary.pull is not None else 0
        if not count:
            return ""
        return self.tr("%n pulled record(s) break a rule: the warning is shown with the client's medication.", "",
                       count)


def rule_break_line(summary: SyncSummary | None) -> str:
    """See :meth:`SyncSummaryTexts.rule_breaks`."""
    return SyncSummaryTexts().rule_breaks(summary)


class SyncProgressBox(QWidget):
    """The status-bar part of a running sync: a bar with counts and a Cancel button."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 0, 6, 0)
        row.setSpacing(6)
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(230)
        self.bar.setMaximumHeight(22)
        self.bar.setTextVisible(True)
        self.bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar.setAccessibleName(self.tr("Synchronisation progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the bundle in flight. Nothing is lost: what is not "
                                              "sent waits for the next synchronisation."))
        self.cancel_button.clicked.connect(self._cancel)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.hide()

    def begin(self) -> None:
        """A sync has started: a busy bar until the first counts arrive."""
        self.bar.setRange(0, 0)
        self.bar.setFormat(self.tr("Connecting…"))
        self.bar.setToolTip("")
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self.show()

    def show_progress(self, progress: SyncProgress) -> None:
        """Counts from the engine (arrives on the GUI thread through the worker's signal)."""
        if self.isHidden():
            self.begin()
        if progress.phase == "connecting":
            return
        if progress.phase == "receiving":   # the pull: how much has come down so far
            self.bar.setRange(0, 0)
            self.bar.setFormat(fill(self.tr("Receiving from the server: %1"), progress.received))
            return
        if progress.total == 0:
            self.bar.setRange(0, 1)
            self.bar.setValue(1)
            self.bar.setFormat(self.tr("Nothing to send"))
            return
        self.bar.setRange(0, progress.total)
        self.bar.setValue(min(progress.total, progress.sent + progress.failed))
        text = fill(self.tr("%1 of %2 sent"), progress.sent, progress.total)
        if progress.failed:
            text += " · " + fill(self.tr("%1 refused"), progress.failed)
        if progress.phase == "waiting":
            text += " · " + self.tr("waiting for the server")
        self.bar.setFormat(text)
        # The engine's own words on what it waits for (Bokmål; the bar stays short).
        self.bar.setToolTip(progress.message_nb if ui_language() != "en" else "")

    def end(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()


class SyncSummaryDialog(QDialog):
    """The end-of-shift summary and the list of records the server refused; non-modal, kept by the window.

    ``retry_requested`` carries the outbox rows to queue again (None: all refused rows);
    ``settings_requested`` asks for the server settings (when no server is set up).
    """

    retry_requested = Signal(object)
    settings_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Synchronisation"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.summary: SyncSummary | None = None
        # Everything but the buttons scrolls: on a small screen (or at 200 %) they stay in sight.
        content = QWidget()
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self._content_layout = outer
        self.title = heading(self.tr("Synchronisation with the municipal server"), level=1)
        outer.addWidget(self.title)
        self.banner = Banner("info")
        self.banner.setAccessibleName(self.tr("Result"))
        outer.addWidget(self.banner)
        self.detail = muted()
        self.detail.setAccessibleName(self.tr("Details"))
        outer.addWidget(self.detail)

        counts = QFormLayout()
        counts.setHorizontalSpacing(16)
        self.sent_value, self.failed_value, self.waiting_value, self.last_sync_value = (
            QLabel(), QLabel(), QLabel(), QLabel())
        for text, value in ((self.tr("Sent this time"), self.sent_value),
                            (self.tr("Refused by the server"), self.failed_value),
                            (self.tr("Still waiting to be sent"), self.waiting_value),
                            (self.tr("Last synchronised"), self.last_sync_value)):
            value.setAccessibleName(text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            counts.addRow(QLabel(text), value)
        self._counts = counts
        outer.addLayout(counts)
        self.waiting_reasons = muted()
        self.waiting_reasons.setAccessibleName(self.tr("Why records wait"))
        outer.addWidget(self.waiting_reasons)

        self.failed_heading = heading(self.tr("Refused by the server"))
        outer.addWidget(self.failed_heading)
        self.table = ReadOnlyTable([self.tr("Record"), self.tr("Client"), self.tr("When"),
                                    self.tr("The server's reason")],
                                   self.tr("Records the server refused"), stretch=3)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        outer.addWidget(self.table, 1)
        self.table_hint = muted(self.tr("Refused records stay safely on this computer. Correct what the server "
                                        "asks for if needed, then try again. Select rows to try only those; "
                                        "otherwise all are tried."))
        outer.addWidget(self.table_hint)
        # Takes the spare height when there is no table, so the text stays together at the top.
        self._filler = outer.count()
        outer.addStretch(0)

        buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self._retry)
        self.settings_button = QPushButton(self.tr("Server settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.close_button.setDefault(True)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.scroll_area = FittingScrollArea(content)
        root = QVBoxLayout(self)
        root.addWidget(self.scroll_area, 1)
        root.addLayout(buttons)
        self._running = False
        self._retryable = 0
        self._pending = 0
        self._sized = False
        self.setMinimumWidth(min(640, width_limit(self)))
        keep_on_screen(self)

    # -- filling -----------------------------------------------------------------

    def show_summary(self, summary: SyncSummary | None) -> None:
        """Show a run's result (None: no run yet in this session, only what the database says)."""
        self.summary = summary
        self.refresh()

    def refresh(self) -> None:
        """Read the counts and the refused records again (after a run, a retry, or when opened)."""
        def read(app: Ambulant) -> tuple[SyncStatus, list[FailedSyncRecord], bool]:
            return app.sync_status(), app.failed_sync_records(), bool(app.sync.load_settings().server_url)
        self.session.ops.read(self, read, lambda found: self._fill(*found))

    def _fill(self, status: SyncStatus, failed: list[FailedSyncRecord], configured: bool) -> None:
        summary = self.summary
        self._counts.setRowVisible(self.sent_value, summary is not None)
        self.sent_value.setText(str(summary.sent) if summary is not None else "")
        self.failed_value.setText(str(status.failed))
        self.waiting_value.setText(str(status.pending))
        self.last_sync_value.setText(stored_time_text(status.last_sync) or self.tr("never"))
        self._show_outcome(summary, status.pending, bool(failed), configured)
        reasons = list(summary.waiting_reasons) if summary is not None and status.pending else []
        if summary is not None and summary.clock_warning_nb:
            # The laptop's clock against the server's: times recorded on a wrong clock reach the journal wrong.
            reasons.insert(0, summary.clock_warning_en if ui_language() == "en" else summary.clock_warning_nb)
        self.waiting_reasons.setText("\n".join(f"• {r}" for r in reasons))
        self.waiting_reasons.setVisible(bool(reasons))

        rows: list[tuple[list[str], int | None]] = [
            ([kind_name(f.kind), f.client_name or "", fmt_datetime(f.at), f.reason], f.seq) for f in failed]
        # A health worker the server refused is no outbox row (it is sent again with every run): listed, not retried.
        if summary is not None:
            rows += [([kind_name(f.kind), "", "", f.reason], None) for f in summary.failed if f.seq is None]
        self.table.set_rows(rows)
        self._retryable = len(failed)
        self._pending = status.pending
        has_rows = bool(rows)
        self.failed_heading.setVisible(has_rows)
        self.table.setVisible(has_rows)
        self.table_hint.setVisible(has_rows)
        self._content_layout.setStretch(self._filler, 0 if has_rows else 1)
        if not self._sized:   # first showing: room for the list when there is one, compact otherwise
            self._sized = True
            initial_dialog_size(self, QSize(860, 560 if has_rows else max(300, self.sizeHint().height())))
            fit_to_screen(self)
        self._update_buttons()

    def _show_outcome(self, summary: SyncSummary | None, pending: int, any_refused: bool, configured: bool) -> None:
        self.settings_button.setVisible(not configured or (summary is not None and
                                                           summary.outcome is SyncOutcome.UNREACHABLE))
        if summary is None:   # opened from the menu before any run in this session
            self.banner.setVisible(not configured or not any_refused)
            self.banner.set_kind("info")
            self.banner.setText(self.tr("The server has not refused any records.") if configured
                                else self.tr("No server is set up for synchronisation yet."))
            self.detail.hide()
            return
        self.banner.show()
        detail = ""
        if summary.outcome is SyncOutcome.COMPLETE:
            self.banner.set_kind("info")
            self.banner.setText(self.tr("Everything is sent to the server."))
        elif summary.outcome is SyncOutcome.INCOMPLETE:
            self.banner.set_kind("warning")
            if summary.failed_total:
                self.banner.setText(self.tr("The server did not accept everything. What it refused is listed "
                                            "below with its reason; nothing is lost."))
            else:
                self.banner.setText(self.tr("Some records are still waiting and will be sent at the next "
                                            "synchronisation. Nothing is lost."))
        elif summary.outcome is SyncOutcome.CANCELLED:
            self.banner.set_kind("info")
            self.banner.setText(self.tr("The synchronisation was cancelled. What was not sent is kept on this "
                                        "computer and goes with the next synchronisation."))
        elif not configured:
            self.banner.set_kind("info")
            self.banner.setText(self.tr("No server is set up for synchronisation yet. Your records are kept "
                                        "safely on this computer until one is."))
        else:
            self.banner.set_kind("info")
            self.banner.setText(self.tr("Could not synchronise just now. Nothing is lost: %n record(s) are "
                                        "kept safely on this computer and will be sent the next time you "
                                        "synchronise.", "", pending))
            detail = _message(summary)
        # What the pull kept although it breaks a rule: said here, shown with the client's medication.
        detail = " ".join(p for p in (detail, rule_break_line(summary)) if p)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    # -- retrying ----------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        """While a sync runs, refused records cannot be queued again (the run would not see them)."""
        self._running = running
        self._update_buttons()

    def selected_rows(self) -> list[int]:
        """The outbox rows of the selected table rows (health-worker rows have none)."""
        seqs = []
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            seq = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if seq is not None:
                seqs.append(seq)
        return seqs

    def _update_buttons(self) -> None:
        # "Try again" queues refused records again and syncs: there must be something to send.
        self.retry_button.setVisible(self._retryable > 0 or self._pending > 0)
        self.retry_button.setEnabled(not self._running)
        chosen = len(self.selected_rows())
        self.retry_button.setText(self.tr("Try again (%n selected)", "", chosen) if chosen
                                  else self.tr("Try again"))

    def _retry(self) -> None:
        chosen = self.selected_rows()
        self.retry_requested.emit(chosen or None)
