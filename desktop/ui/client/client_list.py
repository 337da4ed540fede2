"""The client list on the left: search by name or birth date, today's marks, CAVE."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QLineEdit, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
                               QVBoxLayout, QWidget)

from ...domain.clients import Client
from ...services import Ambulant, ClientMarks
from ..kit.formatting import fmt_date
from ..kit.icons import icon
from ..i18n.language import fill
from ..session import Session
from ..kit.theme import tones

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
NO_MARKS = ClientMarks(0, 0, 0)


@dataclass(frozen=True)
class ClientRow:
    """One line of the list: the client and what needs attention today."""

    client: Client
    marks: ClientMarks


class ClientDelegate(QStyledItemDelegate):
    """Two lines per client: name (and CAVE), then birth date and today's marks."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * 2 + 16)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: ClientRow | None = index.data(ROW_ROLE)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        style = option.widget.style() if option.widget else None
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if style is not None:
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            opt.icon = QIcon()  # the delegate draws the icons itself
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        r = option.rect.adjusted(8, 6, -8, -6)
        line = option.fontMetrics.lineSpacing()
        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        right = r.right() - (22 if row.client.has_cave else 0)
        revision = row.marks.plan_revision
        if revision is not None:
            # The individual plan's revision date, like a due dose: on the name line, where there is room.
            painter.setFont(option.font)
            text = revision.strftime("%d.%m")
            width = painter.fontMetrics().horizontalAdvance(text)
            right -= width + 20
            icon("plan-revision").paint(painter, QRect(right + 2, r.top() + (line - 14) // 2, 14, 14))
            late = tones().late_fg if row.marks.plan_revision_overdue else None
            painter.setPen(text_colour if selected or late is None else late)
            painter.drawText(QRect(right + 18, r.top(), width + 2, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.setFont(name_font)
            painter.setPen(text_colour)
        name_rect = QRect(r.left(), r.top(), right - r.left() - 4, line)
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(row.client.name, Qt.TextElideMode.ElideRight,
                                                          name_rect.width()))
        if row.client.has_cave:
            icon("cave").paint(painter, QRect(r.right() - 18, r.top(), 18, 18))
        painter.setFont(option.font)
        y = r.top() + line + 2
        x = r.left()
        t = tones()
        born = fill(QCoreApplication.translate("ClientList", "b. %1"), fmt_date(row.client.birth_date))
        parts: list[tuple[str, object, str | None]] = [(born, None, None)]
        m = row.marks
        if m.overdue_doses:
            late = self.tr("%n overdue", "", m.overdue_doses)
            parts.append((late, t.late_fg, "dose-overdue"))
        elif m.doses_left:
            due = self.tr("%n dose(s)", "", m.doses_left)
            parts.append((due, None, "dose-due"))
        if m.overdue_follow_ups:
            parts.append((str(m.overdue_follow_ups), None, "follow-up"))
        if m.counts_due:   # controlled-drug ledgers to count today (the tooltip says it in words)
            parts.append((str(m.counts_due), t.late_fg, "ledger-count"))
        fm = painter.fontMetrics()
        for text, colour, icon_name in parts:
            if icon_name:
                icon(icon_name).paint(painter, QRect(x, y + (line - 14) // 2, 14, 14))
                x += 17
            painter.setPen(text_colour if selected or colour is None else colour)
            painter.drawText(QRect(x, y, r.right() - x, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += fm.horizontalAdvance(text) + 12
            if x > r.right():
                break
        painter.restore()


class ClientList(QWidget):
    """Search field and the list; a click or Enter opens the client."""

    client_opened = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or birth date (dd.mm.yyyy)"))
        self.search.setToolTip(self.tr("Search by name or birth date (dd.mm.yyyy). Ctrl+F"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search)
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ClientDelegate(self.view))
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.view, 1)
        self.marks: dict[str, ClientMarks] = {}
        self.open_id: str | None = None
        self.search.textChanged.connect(lambda _t: self.reload(keep_marks=True))
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        self.view.clicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 (Qt override)
        # Down arrow in the search field moves into the list.
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.view.setFocus()
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def reload(self, keep_marks: bool = False) -> None:
        """Read the clients (matching the search) and, unless ``keep_marks``, today's marks."""
        search = self.search.text()

        def read(app: Ambulant) -> tuple[list[Client], dict[str, ClientMarks] | None]:
            return app.list_clients(search), None if keep_marks else app.day_marks()
        self.session.ops.read(self, read, self._show)

    def _show(self, found: tuple[list[Client], dict[str, ClientMarks] | None]) -> None:
        clients, marks = found
        if marks is not None:
            self.marks = marks
        self.model.clear()
        for client in clients:
            item = QStandardItem()
            row = ClientRow(client, self.marks.get(client.client_id, NO_MARKS))
            item.setData(client.client_id, Qt.ItemDataRole.UserRole)
            item.setData(row, ROW_ROLE)
            item.setData(self._spoken(row), Qt.ItemDataRole.AccessibleTextRole)
            item.setData(self._spoken(row), Qt.ItemDataRole.ToolTipRole)
            self.model.appendRow(item)
            if client.client_id == self.open_id:
                self.view.setCurrentIndex(item.index())

    def _spoken(self, row: ClientRow) -> str:
        parts = [row.client.name, fill(self.tr("b. %1"), fmt_date(row.client.birth_date))]
        if row.client.has_cave:
            parts.append("CAVE: " + ", ".join(a.substance for a in row.client.allergies))
        if row.marks.overdue_doses:
            parts.append(self.tr("%n overdue", "", row.marks.overdue_doses))
        elif row.marks.doses_left:
            parts.append(self.tr("%n dose(s) today", "", row.marks.doses_left))
        if row.marks.overdue_follow_ups:
            parts.append(self.tr("%n follow-up(s)", "", row.marks.overdue_follow_ups))
        if row.marks.counts_due:
            parts.append(self.tr("%n controlled drug count(s) due", "", row.marks.counts_due))
        if row.marks.plan_revision is not None:
            parts.append(fill(self.tr("individual plan revision %1"), fmt_date(row.marks.plan_revision)))
        return ", ".join(parts)

    def update_marks(self, client_id: str) -> None:
        """Re-read one client's marks after a change to its medication or plan."""
        self.session.ops.read(self, lambda app: app.day_marks(client_id),
                              lambda marks: self._show_marks(client_id, marks))

    def _show_marks(self, client_id: str, marks: dict[str, ClientMarks]) -> None:
        self.marks.update({client_id: NO_MARKS} | marks)
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            if item.data(Qt.ItemDataRole.UserRole) == client_id:
                row = ClientRow(item.data(ROW_ROLE).client, self.marks[client_id])
                item.setData(row, ROW_ROLE)
                item.setData(self._spoken(row), Qt.ItemDataRole.AccessibleTextRole)
                item.setData(self._spoken(row), Qt.ItemDataRole.ToolTipRole)

    def clear(self) -> None:
        """Forget the list (on lock)."""
        self.model.clear()
        self.marks = {}

    def client_ids(self) -> list[str]:
        return [self.model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())]

    def _open_index(self, index: QModelIndex) -> None:
        client_id = index.data(Qt.ItemDataRole.UserRole)
        if client_id:
            self.open_id = client_id
            self.client_opened.emit(client_id)

    def _open_first(self) -> None:
        if self.model.rowCount():
            index = self.model.index(0, 0)
            self.view.setCurrentIndex(index)
            self._open_index(index)
