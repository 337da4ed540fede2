"""The rules a record from the municipal record breaks, shown where the order and the dose are.

The pull never refuses what the server holds; it keeps what the domain's rules found in it
(``services.caseload.PulledFinding``). The order panel shows a calm warning banner with a line per
finding ("Kommunens journal: Amoxicillin 500 mg — CAVE! …"), and the dose time line adds
the finding under the dose it concerns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ...domain.medication import MedicationOrder
from ...services.caseload import PulledFinding
from ..i18n.language import fill, ui_language
from ..kit.formatting import fmt_datetime
from ..kit.widgets import Banner


def finding_text(finding: PulledFinding) -> str:
    """The finding itself, in the UI language (plain text)."""
    return finding.text(ui_language())


def finding_line(finding: PulledFinding, orders: Mapping[str, MedicationOrder]) -> str:
    """One line for the order panel (rich text): what it is about, and what is wrong with it."""
    order = orders.get(finding.order_id or "")
    label = f"<b>{escape(order.label)}</b>" if order is not None else ""
    text = escape(finding_text(finding))
    if finding.kind == "order" and order is not None:
        return fill(escape(QCoreApplication.translate("PulledFindings", "Municipal record: %1 — %2")), label, text)
    if finding.kind == "administration" and order is not None:
        return fill(escape(QCoreApplication.translate(
            "PulledFindings", "Municipal record: the dose of %1 given %2 by %3 — %4")), label,
            fmt_datetime(finding.occurred_at), escape(finding.author_name), text)
    return fill(escape(QCoreApplication.translate("PulledFindings", "Municipal record: %1")), text)


def dose_line(finding: PulledFinding) -> str:
    """The line under a dose in the time line (plain text)."""
    return "⚠ " + fill(QCoreApplication.translate("PulledFindings", "Municipal record: %1"), finding_text(finding))


class _WholeBanner(Banner):
    """A banner that asks the layout for the height its wrapped lines need at its width."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setMinimumHeight(max(0, self.heightForWidth(self.width())))


class PulledFindingNotices(QWidget):
    """One calm warning banner, a line per rule a pulled record breaks (hidden when there are none).

    It keeps the height its lines need (the lists below it scroll instead): a finding is never cut off.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 4)
        self.banner = _WholeBanner("warning")
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.banner.setAccessibleName(self.tr("Rules broken by records from the municipal record"))
        box.addWidget(self.banner)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.lines: list[str] = []
        self.hide()

    def show_findings(self, findings: Sequence[PulledFinding], orders: Mapping[str, MedicationOrder]) -> None:
        """Show ``findings`` (orders and doses name their drug from ``orders``)."""
        self.lines = [finding_line(f, orders) for f in findings]
        self.banner.setText("<br>".join(self.lines))
        self.setVisible(bool(self.lines))

    def texts(self) -> list[str]:
        """The lines as shown (rich text)."""
        return list(self.lines)
