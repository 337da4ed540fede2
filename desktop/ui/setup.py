"""First run: who the worker is, and the passphrase that protects the encrypted database."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ..domain.errors import AmbulantError
from ..services.journal import destroyed_journal
from .errors import show_expected
from .session import MIN_PASSPHRASE_LENGTH, Session
from .kit.theme import error_style, tones
from .i18n.language import error_text
from .kit.widgets import Banner, centred_card, heading, muted


def passphrase_strength(text: str) -> int:
    """A rough strength score 0–3: length counts most; several words or kinds of character add."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(any(test(c) for c in text) for test in (str.islower, str.isupper, str.isdigit,
                                                         lambda c: not c.isalnum()))
    words = len(text.split())
    score = 1
    if len(text) >= 12 or (len(text) >= 10 and kinds >= 3):
        score = 2
    if len(text) >= 16 or (words >= 4 and len(text) >= 14) or (len(text) >= 12 and kinds >= 4):
        score = 3
    if len(set(text)) <= 3:
        score = min(score, 1)
    return score


class SetupPage(QWidget):
    """Name, HPR number and the passphrase twice; creates the database."""

    created = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        box = centred_card(self, 600)
        box.addWidget(heading(self.tr("Welcome to Ambulant"), 1))
        box.addWidget(muted(self.tr("Set up this computer for your work. Everything you record is kept in an "
                                    "encrypted database on this computer until it is synchronised.")))
        destroyed = destroyed_journal(session.data_dir)
        if destroyed is not None:       # a revoked laptop starting again: say what happened to the last journal
            box.addWidget(Banner("info", error_text(destroyed)))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.name = self._row(form, "name", self.tr("Your name"), QLineEdit())
        self.hpr = self._row(form, "hpr", self.tr("HPR number"), QLineEdit())
        self.hpr.setMaxLength(9)
        self.passphrase = self._row(form, "passphrase", self.tr("Passphrase"), QLineEdit())
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        form.addRow("", self.strength)
        self.repeat = self._row(form, "repeat", self.tr("Repeat passphrase"), QLineEdit())
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        box.addLayout(form)
        if not session.keyring_available():
            box.addWidget(muted(self.tr("No keyring was found on this computer: the database will be protected "
                                        "by the passphrase alone. Choose a long one.")))
        self.general = self._error_label()
        box.addWidget(self.general)
        self.create = QPushButton(self.tr("Create encrypted database"))
        self.create.setDefault(True)
        box.addWidget(self.create, 0, Qt.AlignmentFlag.AlignRight)
        self.passphrase.textChanged.connect(self._show_strength)
        self.create.clicked.connect(self.submit)
        for edit in (self.name, self.hpr, self.passphrase, self.repeat):
            edit.returnPressed.connect(self.submit)
        self._show_strength()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(error_style())
        label.hide()
        return label

    def _row(self, form: QFormLayout, key: str, label: str, edit: QLineEdit) -> QLineEdit:
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(edit)
        error = self._error_label()
        v.addWidget(error)
        self.errors[key] = error
        edit.setAccessibleName(label)
        title = QLabel(label)
        title.setBuddy(edit)
        form.addRow(title, holder)
        return edit

    def _show_strength(self) -> None:
        score = passphrase_strength(self.passphrase.text())
        texts = [self.tr("Too short: at least %1 characters").replace("%1", str(MIN_PASSPHRASE_LENGTH)),
                 self.tr("Weak: use more characters or several words"),
                 self.tr("Fair: longer is better (four words or more)"),
                 self.tr("Strong")]
        t = tones()
        colour = (t.error_text, t.late_fg, t.muted_fg, t.ok_fg)[score] if self.passphrase.text() else t.muted_fg
        if not self.passphrase.text():   # nothing typed yet: a hint, not a verdict
            self.strength.setText(self.tr("At least %1 characters. Several words are easy to remember and hard "
                                          "to guess.").replace("%1", str(MIN_PASSPHRASE_LENGTH)))
            self.strength.setStyleSheet(f"color: {colour.name()};")
            return
        self.strength.setText(texts[score])
        self.strength.setStyleSheet(f"color: {colour.name()};")

    def show_error(self, key: str, message: str) -> None:
        label = self.errors.get(key, self.general)
        label.setText(message)
        label.show()

    def submit(self) -> bool:
        """Validate, then start creating the database and unlocking it (True when it started); errors are
        shown next to the fields (those of the name and HPR number when the answer comes back)."""
        if self.session.opening:
            return False
        for label in list(self.errors.values()) + [self.general]:
            label.hide()
        if len(self.passphrase.text()) < MIN_PASSPHRASE_LENGTH:
            self.show_error("passphrase", self.tr("The passphrase needs at least %1 characters.")
                            .replace("%1", str(MIN_PASSPHRASE_LENGTH)))
            self.passphrase.setFocus()
            return False
        if self.repeat.text() != self.passphrase.text():
            self.show_error("repeat", self.tr("The passphrases are not the same."))
            self.repeat.setFocus()
            return False
        started = self.session.start_create(self, self.name.text(), self.hpr.text(), self.passphrase.text(),
                                            self._created, self._refused)
        if started is None:     # being created already (a second Enter), or open
            return False
        self._show_busy(True)
        return True

    @property
    def busy(self) -> bool:
        """True while the database is being made (the KDF runs off the GUI thread)."""
        return self.session.opening

    def _show_busy(self, busy: bool) -> None:
        """While the database is made: the fields and the button held, the button says so."""
        for widget in (self.name, self.hpr, self.passphrase, self.repeat, self.create):
            widget.setEnabled(not busy)
        self.create.setText(self.tr("Creating …") if busy else self.tr("Create encrypted database"))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _created(self) -> None:
        self._show_busy(False)
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit()

    def _refused(self, exc: BaseException) -> bool:
        """A bad name or HPR number (by its field), or the store refused: said on the page, what was typed kept."""
        self._show_busy(False)
        if not isinstance(exc, AmbulantError):
            return False               # a bug: the runner shows it in a dialog
        show_expected(exc, self)
        {"name": self.name, "hpr": self.hpr}.get(getattr(exc, "field", ""), self.name).setFocus()
        return True
