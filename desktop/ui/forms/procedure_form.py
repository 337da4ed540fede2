"""The local procedure for signing (who must double-check, the signing window) and the colleagues enrolled here.

Both are kept in the journal; every change is written to the audit log by the services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QSpinBox, QWidget

from ...domain.double_check_policy import (MAX_TIMING_WINDOW_MINUTES, MIN_TIMING_WINDOW_MINUTES, LocalProcedure,
                                           build_procedure)
from ...domain.errors import DomainError
from ...domain.medication import ControlledClass
from ...services import Ambulant, Colleague
from ...store.errors import StoreError
from ..i18n.language import error_text, fill
from ..kit.formatting import stored_time_text
from ..kit.widgets import button, heading
from ..ops import service_call
from ..session import Session
from .form_dialog import FormDialog, _text_of


class EnrollColleagueDialog(FormDialog):
    """A colleague enrolled as a second signer on this computer: their name, HPR number and own passphrase."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent)
        self.setWindowTitle(self.tr("Enroll a colleague for double checks"))
        self.set_intro(self.tr("Let the colleague type their own passphrase. It is stored only as a strong hash "
                               "and asked for at every double check they sign."))
        self.name = self.add_field("colleague_name", self.tr("Name"), QLineEdit())
        self.hpr = self.add_field("colleague_hpr", self.tr("HPR no."), QLineEdit())
        self.hpr.setMaxLength(9)
        self.passphrase = self.add_field("colleague_passphrase", self.tr("Colleague's passphrase"), QLineEdit(),
                                         hint=self.tr("At least 8 characters"))
        self.repeat = self.add_field("colleague_repeat", self.tr("Repeat the passphrase"), QLineEdit())
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_button.setText(self.tr("Enroll"))

    def operation(self) -> Callable[[Ambulant], Colleague]:
        return service_call(Ambulant.enroll_colleague, self.name.text(), self.hpr.text(), self.passphrase.text(),
                            self.repeat.text())

    def has_input(self) -> bool:
        # A half-typed passphrase is not a draft worth keeping across a lock.
        return bool(_text_of(self.name).strip() or _text_of(self.hpr).strip())


class LocalProcedureDialog(FormDialog):
    """File → Double check and colleagues…: the double-check policy, the signing window, enrolled colleagues."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent=parent, scroll=True)
        self.setWindowTitle(self.tr("Double check and colleagues"))
        self.set_intro(self.tr("The local procedure: which doses need a second qualified person, and how far from "
                               "its planned time a dose may be signed before Ambulant asks why. Changes are "
                               "written to the audit log."))
        procedure = session.app.local_procedure()
        policy = procedure.policy
        classes = QWidget()
        row = QHBoxLayout(classes)
        row.setContentsMargins(0, 0, 0, 0)
        self.class_a = QCheckBox(self.tr("Class A"))
        self.class_b = QCheckBox(self.tr("Class B"))
        self.class_a.setChecked(ControlledClass.A in policy.controlled_classes)
        self.class_b.setChecked(ControlledClass.B in policy.controlled_classes)
        row.addWidget(self.class_a)
        row.addWidget(self.class_b)
        row.addStretch(1)
        self.add_field("controlled_classes", self.tr("Controlled drugs"), classes)
        self.atc = self.add_field("atc_prefixes", self.tr("ATC groups"),
                                  QLineEdit(", ".join(sorted(policy.atc_prefixes))),
                                  hint=self.tr("Comma-separated, e.g. N02A, N07BC"))
        self.drugs = self.add_field("drug_names", self.tr("Drugs"),
                                    QLineEdit(", ".join(sorted(policy.drug_names, key=str.casefold))),
                                    hint=self.tr("Drug names, comma-separated, e.g. Metadon"))
        self.routes = self.add_field("routes", self.tr("Routes"),
                                     QLineEdit(", ".join(sorted(policy.routes, key=str.casefold))),
                                     hint=self.tr("e.g. Subkutan, Intravenøs"))
        self.window_minutes = QSpinBox()
        self.window_minutes.setRange(MIN_TIMING_WINDOW_MINUTES, MAX_TIMING_WINDOW_MINUTES)
        self.window_minutes.setValue(procedure.timing_window_minutes)
        self.window_minutes.setPrefix("± ")
        self.window_minutes.setSuffix(" " + self.tr("min"))
        self.add_field("timing_window_minutes", self.tr("Signing window"), self.window_minutes,
                       hint=self.tr("A fixed dose signed further from its planned time asks why"))
        self.form.addRow(heading(self.tr("Colleagues enrolled on this computer")))
        self.colleagues = QListWidget()
        self.colleagues.setAccessibleName(self.tr("Colleagues enrolled on this computer"))
        self.colleagues.setMinimumHeight(110)
        self.form.addRow(self.colleagues)
        self.enroll = button(self.tr("Enroll a colleague…"))
        self.remove = button(self.tr("Remove"))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enroll)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.form.addRow(buttons)
        self.colleague_error = self._error_label()
        self.form.addRow(self.colleague_error)
        self.enroll.clicked.connect(self.enroll_colleague)
        self.remove.clicked.connect(self.remove_colleague)
        self.colleagues.currentItemChanged.connect(lambda *_: self.remove.setEnabled(self._chosen() is not None))
        self._fill_colleagues()
        self.resize(620, 560)

    def _fill_colleagues(self) -> None:
        self.colleagues.clear()
        for c in self.session.app.colleagues():
            item = QListWidgetItem(fill(self.tr("%1 (HPR %2), enrolled %3 by %4"), c.name, c.hpr,
                                        stored_time_text(c.enrolled_at), c.enrolled_by))
            item.setData(Qt.ItemDataRole.UserRole, c.hpr)
            self.colleagues.addItem(item)
        self.remove.setEnabled(self._chosen() is not None)

    def _chosen(self) -> str | None:
        item = self.colleagues.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def enroll_colleague(self) -> EnrollColleagueDialog:
        """Open the enrolment form; the list refreshes when it is saved."""
        dialog = EnrollColleagueDialog(self.session, self)
        dialog.saved.connect(lambda _c: self._fill_colleagues())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_colleague(self) -> None:
        hpr = self._chosen()
        if hpr is None:
            return
        try:
            self.session.app.remove_colleague(hpr)
        except (DomainError, StoreError) as exc:
            self.colleague_error.setText(error_text(exc))
            self.colleague_error.show()
            return
        self.colleague_error.hide()
        self._fill_colleagues()

    def operation(self) -> Callable[[Ambulant], LocalProcedure]:
        classes = [c for c, box in ((ControlledClass.A, self.class_a), (ControlledClass.B, self.class_b))
                   if box.isChecked()]
        procedure = build_procedure(classes, self.atc.text(), self.drugs.text(), self.routes.text(),
                                    self.window_minutes.value())
        return service_call(Ambulant.set_local_procedure, procedure)
