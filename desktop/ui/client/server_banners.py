"""What the window shows about records from the municipal server: changed or stopped orders,
"updated from the server", a client leaving the caseload, and asking before a dose someone
else gave is signed again."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from ...domain.caseload import OrderNotice, ServerChange
from ...domain.medication import Administration
from ...services.caseload import ClientServerState
from ..i18n.language import fill
from ..kit.formatting import fmt_time, to_local
from ..kit.widgets import Banner

def _day(when) -> str:  # noqa: ANN001 (datetime)
    """Day and month as on a Norwegian order card: 01.12."""
    return to_local(when).strftime("%d.%m.")


def notice_text(notice: OrderNotice) -> str:
    """"Ordinasjonen er endret 01.12. kl. 07:40: Metformin" in the UI language (rich text)."""
    template = {
        ServerChange.CHANGED: QCoreApplication.translate("ServerBanners", "The order was changed %1 at %2: %3"),
        ServerChange.STOPPED: QCoreApplication.translate("ServerBanners", "The order was stopped %1 at %2: %3"),
        ServerChange.ON_HOLD: QCoreApplication.translate("ServerBanners", "The order was paused %1 at %2: %3"),
        ServerChange.RESUMED: QCoreApplication.translate("ServerBanners", "The order was resumed %1 at %2: %3"),
        ServerChange.ENTERED_IN_ERROR: QCoreApplication.translate(
            "ServerBanners", "The order was marked entered in error %1 at %2: %3"),
        ServerChange.DELETED: QCoreApplication.translate(
            "ServerBanners", "The order was deleted in the municipal record %1 at %2: %3"),
    }[notice.change]
    return fill(escape(template), _day(notice.at), fmt_time(notice.at), f"<b>{escape(notice.order.label)}</b>")


class OrderNotices(QWidget):
    """One banner per order the prescriber changed or stopped in the last days (above the Medication tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.banners: list[Banner] = []
        self.hide()

    def show_notices(self, notices: tuple[OrderNotice, ...]) -> None:
        for banner in self.banners:
            banner.deleteLater()
        self.banners = []
        for notice in notices:
            kind = "warning" if notice.change is ServerChange.CHANGED or notice.change is ServerChange.RESUMED \
                else "danger"
            banner = Banner(kind, notice_text(notice))
            banner.setAccessibleName(self.tr("Order changed on the server"))
            self.box.addWidget(banner)
            self.banners.append(banner)
        self.setVisible(bool(notices))

    def texts(self) -> list[str]:
        return [b.text() for b in self.banners]


def origin_text(state: ClientServerState) -> str:
    """"Oppdatert fra server 01.12. kl. 07:42" (and the removal, when the client left the caseload)."""
    parts = []
    if state.updated_at is not None:
        parts.append(fill(QCoreApplication.translate("ServerBanners", "Updated from the server %1 at %2"),
                          _day(state.updated_at), fmt_time(state.updated_at)))
    if state.removed_pending:
        parts.append(QCoreApplication.translate("ServerBanners",
                                                "Removed from the caseload — waiting for synchronisation"))
    if state.waiting:
        parts.append(fill(QCoreApplication.translate("ServerBanners",
                                                     "%1 changes on the server wait until yours are confirmed"),
                          state.waiting))
    return " · ".join(parts)


def signer_name(administration: Administration, state: ClientServerState | None) -> str:
    """Who gave a dose, as the server named them (a colleague without an HPR number on the record)."""
    if state is not None and administration.meta.record_id in state.authors:
        return state.authors[administration.meta.record_id]
    return administration.meta.author.name


def ask_before_signing(parent: QWidget, administrations: list[Administration], state: ClientServerState | None,
                       go_on: Callable[[], object]) -> QMessageBox:
    """A dose someone else gave is on the laptop: ask before another is signed (``go_on`` if yes)."""
    latest = administrations[0]
    text = fill(QCoreApplication.translate(
        "ServerBanners", "%1 gave this medicine at %2 (%3 dose(s) by others in the last 24 hours). "
        "Sign another dose anyway?"), signer_name(latest, state), fmt_time(latest.meta.occurred_at),
        len(administrations))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ServerBanners", "Already given"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    again = box.addButton(QCoreApplication.translate("ServerBanners", "Sign another dose"),
                          QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("ServerBanners", "Do not sign"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)     # the safe answer is the default
    box.finished.connect(lambda _r: go_on() if box.clickedButton() is again else None)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
