"""A short-lived offer to take back the signature just made ("Angre"), with Ctrl+Z while it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ..kit.widgets import Banner, button

# How long the offer stays on screen (the services accept an undo for a minute after signing).
UNDO_SHOW_MS = 10_000


class UndoBanner(QFrame):
    """"Signed: … [Undo]" for ten seconds after a signature; undo marks it entered in error, "angret"."""

    undo_requested = Signal(str)   # the record id of the signature

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.text = Banner("info")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Signed"))
        row.addWidget(self.text, 1)
        self.undo = button(self.tr("Undo"), tooltip="Ctrl+Z")
        row.addWidget(self.undo)
        self.record_id: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SHOW_MS)
        self.timer.timeout.connect(self.withdraw)
        self.undo.clicked.connect(self._undo)
        self.hide()

    def offer(self, record_id: str, text: str) -> None:
        """Show ``text`` with the undo button for the signature ``record_id``."""
        self.record_id = record_id
        self.text.setText(text)
        self.show()
        self.timer.start()

    def withdraw(self) -> None:
        """The offer is over (time out, undone, another client, lock)."""
        self.timer.stop()
        self.record_id = None
        self.hide()

    def _undo(self) -> None:
        if self.record_id is not None:
            self.undo_requested.emit(self.record_id)
