"""A visit with the keyboard only, and pictures of the dialogs that ask before a dose is signed.

The walk from issue 11: select the 08:00 dose, press Enter twice, let the minute
refresh run, press Enter again — exactly one dose is signed, and the second
Enter was answered with a question before anything else happened.

The pictures (signing with CAVE, the CAVE warning, the question far from the
planned time, the double check) are saved under tmp_path and, when
AMBULANT_SHOTS_DIR names a folder, there too (run with QT_SCALE_FACTOR=1.5 for
the review at 150 %).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.clients import Allergy
from desktop.domain.medication import AdministrationStatus
from desktop.domain.medication_rules import DoseState
from desktop.domain.overrides import Rule
from desktop.ui.forms.dose_forms import SignDoseDialog
from desktop.ui.forms.order_form import OrderDialog
from desktop.ui.forms.signed_dose_question import SignedDoseQuestion
from tests.helpers import add_client, add_fixed_order, second_signature
from tests.ui.fixtures import click, only_dialog, shortcut


def _press(qtbot, key: Qt.Key) -> QWidget:  # noqa: ANN001
    """A key as the worker presses it: to whatever has the keyboard focus now."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)
    return target


def _administrations(window) -> int:  # noqa: ANN001
    return window.session.app.status().records["administrations"]


def test_enter_twice_a_refresh_and_enter_again_signs_exactly_one_dose(qtbot, unlocked, visit_db, clock) -> None:
    window = unlocked
    shortcut(qtbot, window, Qt.Key.Key_2)
    med = window.client_view.medication
    assert QApplication.focusWidget() is med.timeline and med.timeline.selected_entry() is None
    _press(qtbot, Qt.Key.Key_Down)                                   # select the 08:00 dose
    dose = med.timeline.current_dose()
    assert (dose.order.drug_name, dose.scheduled_for.hour) == ("Metformin", 8)
    _press(qtbot, Qt.Key.Key_Return)                                 # Enter: signed
    assert _administrations(window) == 1
    _press(qtbot, Qt.Key.Key_Return)                                 # Enter again: asked, nothing signed
    box = only_dialog(window, SignedDoseQuestion)
    assert _administrations(window) == 1
    assert "Metformin" in box.text() and "allerede signert" in box.text()
    clock.advance(seconds=75)                                         # wait past the minute refresh
    window.refresh_timer.timeout.emit()
    assert box.isVisible() and _administrations(window) == 1
    assert med.timeline.current_dose().order.drug_name == "Metformin"
    # Even a key that reaches the list behind the open question does nothing.
    qtbot.keyClick(med.timeline, Qt.Key.Key_Return)
    assert _administrations(window) == 1 and len([b for b in window.findChildren(SignedDoseQuestion)
                                                   if b.isVisible()]) == 1
    # A desktop makes the modal question the active window (offscreen it has to be asked for).
    box.windowHandle().requestActivate()
    qtbot.waitUntil(box.isActiveWindow)
    assert QApplication.focusWidget() is box.cancel_button
    _press(qtbot, Qt.Key.Key_Return)                                 # Enter a third time: the safe answer
    assert not box.isVisible()
    assert _administrations(window) == 1
    doses = {(d.order.drug_name, d.scheduled_for.hour): d for d in window.session.app.due_doses(visit_db.client_id)}
    assert doses[("Metformin", 8)].state is DoseState.GIVEN
    assert doses[("Sertralin", 8)].administration is None and doses[("Metformin", 18)].administration is None
    assert med.timeline.current_dose().order.drug_name == "Metformin"


# -- pictures --------------------------------------------------------------------------

def _picture(window: QWidget, dialog: QWidget, path: Path) -> Path:
    """The window with the dialog painted where it shows (offscreen, a dialog is a window of its own)."""
    QApplication.processEvents()
    picture: QPixmap = window.grab()
    painter = QPainter(picture)
    at = dialog.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(at, dialog.grab())
    painter.end()
    assert picture.save(str(path))
    assert path.stat().st_size > 10_000
    return path


def _keep(paths: list[Path]) -> None:
    folder = os.environ.get("AMBULANT_SHOTS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        for path in paths:
            shutil.copy2(path, Path(folder) / path.name)


def _centre(window: QWidget, dialog: QWidget, fit: bool = True) -> None:
    if fit:
        dialog.adjustSize()
    frame = window.geometry()
    dialog.move(frame.x() + (frame.width() - dialog.width()) // 2, frame.y() + (frame.height() - dialog.height()) // 3)


def test_pictures_of_the_questions_before_signing(qtbot, unlocked, clock, tmp_path) -> None:
    window = unlocked
    window.resize(1024, 768)
    app = window.session.app
    second_signature(app)
    client = add_client(app, "Mari Lie Hågensen", dt.date(1996, 7, 23),
                        allergies=(Allergy("Paracetamol", "elveblest", "moderat"), Allergy("Nøtter", "anafylaksi",
                                                                                            "alvorlig")))
    cid = client.client_id
    add_fixed_order(app, cid, "Paracetamol", (dt.time(9),), atc="N02BE01",
                    overrides={Rule.ALLERGY: "Fastlegen har vurdert CAVE"})
    add_fixed_order(app, cid, "Metformin", (dt.time(8), dt.time(18)), atc="A10BA02")
    add_fixed_order(app, cid, "Morfin", (dt.time(9, 30),), atc="N02AA01", controlled="A", strength="10 mg")
    window.client_list.reload()
    window.open_client(cid)
    shortcut(qtbot, window, Qt.Key.Key_2)
    med = window.client_view.medication
    shots: list[Path] = []

    def sign(drug: str, hour: int, status: AdministrationStatus) -> SignDoseDialog:
        for row in range(med.timeline.count()):
            entry = med.timeline.item(row).data(Qt.ItemDataRole.UserRole)
            if entry.order.drug_name == drug and entry.scheduled_for.hour == hour:
                med.timeline.setCurrentRow(row)
        med.sign(med.timeline.selected_entry(), status)
        dialog = only_dialog(window, SignDoseDialog)
        _centre(window, dialog)
        return dialog

    dialog = sign("Metformin", 8, AdministrationStatus.REFUSED)        # signing, with CAVE on top
    assert "Paracetamol" in dialog.cave.text()
    shots.append(_picture(window, dialog, tmp_path / "signing-dialog-with-cave.png"))
    dialog.reject()
    dialog = sign("Paracetamol", 9, AdministrationStatus.GIVEN)        # the CAVE warning
    assert dialog.finding_banners[0].text().startswith("CAVE!")
    shots.append(_picture(window, dialog, tmp_path / "allergy-warning.png"))
    dialog.reject()
    dialog = sign("Metformin", 18, AdministrationStatus.GIVEN)          # far from the planned time
    assert dialog.windowTitle() == "Utenfor planlagt tid"
    shots.append(_picture(window, dialog, tmp_path / "out-of-window-question.png"))
    dialog.reject()
    dialog = sign("Morfin", 9, AdministrationStatus.GIVEN)              # the double check
    assert dialog.second is not None and dialog.second.colleague.count() == 2
    dialog.second.colleague.setCurrentIndex(1)
    shots.append(_picture(window, dialog, tmp_path / "double-check-dialog.png"))
    dialog.reject()
    click(qtbot, med.new_order)                                          # CAVE as the order is typed
    order = only_dialog(window, OrderDialog)
    qtbot.keyClicks(order.drug, "Paracet")
    order.completer.popup().hide()
    assert order.finding_banners and order.reasons.get(Rule.ALLERGY) is not None
    _centre(window, order, fit=False)
    shots.append(_picture(window, order, tmp_path / "order-allergy-warning.png"))
    order.reject()
    window.resize(1366, 768)
    dialog = sign("Metformin", 18, AdministrationStatus.GIVEN)
    shots.append(_picture(window, dialog, tmp_path / "out-of-window-question-1366.png"))
    dialog.reject()
    _keep(shots)
