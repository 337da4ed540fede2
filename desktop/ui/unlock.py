"""The unlock screen: the passphrase opens the encrypted database; a wrong one changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..store.errors import StoreError
from .kit.icons import icon
from .i18n.language import error_text, fill
from .session import Session
from .kit.theme import error_style
from .kit.widgets import Banner, centred_card, heading, muted


class UnlockPage(QWidget):
    """Passphrase field with its error next to it; shows the demo passphrase in demo mode."""

    unlocked = Signal()

    def __init__(self, session: Session, demo_passphrase: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        box = centred_card(self, 540)
        top = QHBoxLayout()
        lock = QLabel()
        lock.setPixmap(icon("lock").pixmap(32, 32))
        top.addWidget(lock)
        top.addWidget(heading(self.tr("Ambulant is locked"), 1), 1)
        box.addLayout(top)
        box.addWidget(muted(self.tr("Enter your passphrase to open the encrypted journal.")))
        if demo_passphrase:
            demo = Banner("info", fill(self.tr("Demo data with fictional clients. The passphrase is %1"),
                                       f"<b>{demo_passphrase}</b>"))
            demo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(demo)
        self.drafts_note = Banner("warning", self.tr("Unsaved text is kept until you unlock."))
        self.drafts_note.hide()
        box.addWidget(self.drafts_note)
        row = QHBoxLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        row.addWidget(self.passphrase, 1)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        row.addWidget(self.button)
        box.addLayout(row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        box.addWidget(self.error)
        self.button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)

    def prepare(self, drafts_kept: bool) -> None:
        """Get ready to be shown: empty field, focus in it."""
        self.passphrase.clear()
        self.error.hide()
        self.drafts_note.setVisible(drafts_kept)
        self.passphrase.setFocus()

    def submit(self) -> bool:
        """Try the passphrase; a wrong one shows a message next to the field and changes nothing."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.unlock(self.passphrase.text())
        except StoreError as exc:      # a wrong passphrase (WrongPassphrase) or a damaged journal
            self.show_error(error_text(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.error.hide()
        self.unlocked.emit()
        return True

    def show_error(self, message: str) -> None:
        """Show ``message`` next to the passphrase field."""
        self.error.setText(message)
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
