"""The as-needed doses waiting for their effect to be recorded, each with its "Record effect…" button.

Several at once (a night of as-needed doses) used to stack as full-width banners and squeeze
today's doses and the medication list to a row or two on a small screen. They now sit in a
strip that shows at most about two of them and scrolls for the rest, so the lists keep their room.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ...domain.medication import Administration, MedicationOrder
from ..i18n.language import fill
from ..kit.formatting import fmt_when
from ..kit.icons import icon
from ..kit.widgets import Banner, button

VISIBLE_ROWS = 2.5     # the half row shows there is more to scroll to


class FollowUpList(QScrollArea):
    """One row per follow-up: the reminder and its answer button; at most ~2 rows high, then it scrolls."""

    def __init__(self, answer: Callable[[Administration, MedicationOrder | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answer = answer
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.rows = QVBoxLayout(inner)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.setWidget(inner)
        self.hide()

    def count(self) -> int:
        """How many follow-ups are shown."""
        return self.rows.count()

    def row(self, index: int) -> QWidget:
        """The row of the ``index``-th follow-up (its banner and button)."""
        return self.rows.itemAt(index).widget()

    def clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.hide()

    def show_follow_ups(self, pending: Sequence, orders: Mapping[str, MedicationOrder], now: dt.datetime) -> None:
        """Show ``pending`` (the overview's follow-ups): overdue ones as warnings."""
        self.clear()
        for follow_up in pending:
            adm = follow_up.administration
            order = orders.get(adm.order_id)
            row = QFrame()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            text = fill(self.tr("Follow-up overdue: %1 given %2. Record the effect (it was due %3).")
                        if follow_up.overdue else self.tr("Follow up: %1 given %2. Record the effect (due %3)."),
                        f"<b>{escape(order.label if order else '')}</b>", fmt_when(adm.meta.occurred_at, now),
                        fmt_when(follow_up.due_at, now))
            h.addWidget(Banner("warning" if follow_up.overdue else "info", text), 1)
            answer = button(self.tr("Record effect…"), icon("follow-up"))
            answer.clicked.connect(lambda _=False, a=adm, o=order: self._answer(a, o))
            h.addWidget(answer)
            self.rows.addWidget(row)
        self.setVisible(bool(pending))
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().resizeEvent(event)
        self._fit()     # a new width wraps the reminders anew

    def _fit(self) -> None:
        if not self.rows.count():
            return
        width = max(self.viewport().width(), 200)
        heights = [self.row(i).heightForWidth(width) if self.row(i).hasHeightForWidth()
                   else self.row(i).sizeHint().height() for i in range(self.rows.count())]
        spacing = self.rows.spacing()
        whole = sum(heights) + spacing * (len(heights) - 1)
        cap = int(sum(heights[:2]) + spacing * 2 + heights[min(2, len(heights) - 1)] * (VISIBLE_ROWS - 2)) \
            if len(heights) > 2 else whole
        self.setFixedHeight(min(whole, cap) + 2 * self.frameWidth())
