"""Small building blocks the tabs share: headings, banners, read-only tables, button rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeySequence, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHeaderView, QLabel, QLayout, QLayoutItem,
                               QPushButton,
                               QStyleOptionViewItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .theme import banner_style, tones

DATA_ROLE = Qt.ItemDataRole.UserRole
# A table narrower than its columns: the stretched column keeps this much, the others no less than MIN_COLUMN.
STRETCH_ROOM = 120
MIN_COLUMN = 56


def heading(text: str, level: int = 2) -> QLabel:
    """A bold section heading (level 1 is larger)."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * (1.35 if level == 1 else 1.1))
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def muted(text: str = "") -> QLabel:
    """A secondary text line."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {tones().muted_fg.name()};")
    return label


class Banner(QLabel):
    """A coloured line of text that stays visible (CAVE, reminders, warnings)."""

    def __init__(self, kind: str = "info", text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.setStyleSheet(banner_style(kind))


class ElidingLabel(QLabel):
    """One line of text that gives way on a narrow window: cut with '…', the whole text in the tooltip."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 6), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        self.setToolTip(self.text() if shown != self.text() else "")
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)


def button(text: str, icon: QIcon | None = None, shortcut: str | QKeySequence | None = None,
           tooltip: str = "") -> QPushButton:
    """A push button; the shortcut, if any, is named in its tooltip."""
    b = QPushButton(text)
    if icon is not None:
        b.setIcon(icon)
    if shortcut:
        b.setShortcut(QKeySequence(shortcut))
        key = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        tooltip = f"{tooltip} ({key})" if tooltip else key
    if tooltip:
        b.setToolTip(tooltip)
    return b


class FlowLayout(QLayout):
    """Widgets side by side that wrap onto the next line when the row is too narrow (small screens,
    200 %), so a row of buttons never pushes the window wider than the screen."""

    def __init__(self, parent: QWidget | None = None, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._align_right = align_right
        self._heights: dict[int, int] = {}     # height for a width, until the layout is invalidated
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        # Qt asks this hundreds of times per relayout (a client switch): answer from the cache.
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:  # noqa: D102 (Qt override: an item's hint or visibility changed)
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._gap() * max(len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return QSize(size.width() + m.left() + m.right(), size.height() + m.top() + m.bottom())

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().boundedTo(QSize(max(area.width(), 1), item.sizeHint().height()))
            if lines[-1] and used + gap + hint.width() > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + hint.width()
            lines[-1].append((item, hint))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(h.height() for _, h in line)
            width = sum(h.width() for _, h in line) + gap * (len(line) - 1)
            x = area.x() + (area.width() - width if self._align_right else 0)
            for item, hint in line:
                if move:
                    item.setGeometry(QRect(x, y + (height - hint.height()) // 2, hint.width(), hint.height()))
                x += hint.width() + gap
            y += height + gap
        return y - gap - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


def button_row(*widgets: QWidget, stretch_first: bool = False) -> FlowLayout:
    """Widgets side by side, pushed to the left (or right with ``stretch_first``); on a narrow
    window they wrap onto a second line instead of widening it."""
    row = FlowLayout(align_right=stretch_first)
    for w in widgets:
        row.addWidget(w)
    return row


class ReadOnlyTable(QTableWidget):
    """A table of records: whole rows selected, not editable, long text wrapped."""

    def __init__(self, headers: Sequence[str], accessible_name: str, stretch: int = -1,
                 parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(accessible_name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._stretch = stretch if stretch >= 0 else len(headers) - 1
        header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)   # what does not fit ends in '…'; the tooltip has it all
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self.fit_columns)
        self._rows_soon = QTimer(self, singleShot=True, interval=0)
        self._rows_soon.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_soon.start())   # a column dragged wider or narrower

    def set_rows(self, rows: Sequence[tuple[Sequence[str], Any]],
                 styles: Sequence[tuple[QColor | None, bool, bool]] | None = None) -> None:
        """Replace the rows: each is (cell texts, data); ``styles`` per row is (colour, bold, italic)."""
        self.setUpdatesEnabled(False)
        self.clearContents()
        self.setRowCount(len(rows))
        for r, (cells, data) in enumerate(rows):
            colour, bold, italic = styles[r] if styles else (None, False, False)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DATA_ROLE, data)
                item.setToolTip(text)
                if colour is not None:
                    item.setForeground(colour)
                if bold or italic:
                    font = QFont(self.font())
                    font.setBold(bold)
                    font.setItalic(italic)
                    item.setFont(font)
                self.setItem(r, c, item)
        self._natural = {}
        for c in range(self.columnCount()):
            if c != self._stretch:
                self.resizeColumnToContents(c)
                self._natural[c] = min(self.columnWidth(c), 260)
        self.fit_columns()
        self.setUpdatesEnabled(True)

    def fit_columns(self) -> None:
        """Columns at their contents' width; on a narrow table they give way in proportion (their text
        wraps, the rows grow) so the stretched column keeps room and nothing hides off to the right."""
        natural = getattr(self, "_natural", {})
        room = self.viewport().width() - STRETCH_ROOM
        total = sum(natural.values())
        scale = min(1.0, room / total) if total and room > 0 else 1.0
        for c, width in natural.items():
            self.setColumnWidth(c, max(MIN_COLUMN, int(width * scale)))
        self.fit_rows()

    def fit_rows(self) -> None:
        """Give each row the height its tallest cell needs at the columns' present widths.

        Qt's resizeRowsToContents() measures only the columns in view, so a wrapped or multi-line
        cell scrolled out of sight (or not yet laid out) kept a one-line row ("B-…")."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        model = self.model()
        for r in range(self.rowCount()):
            height = 0
            for c in range(self.columnCount()):
                index = model.index(r, c)
                # A valid rect (height too) or Qt measures the text unwrapped.
                option.rect = QRect(0, 0, max(self.columnWidth(c), 1), 1 << 16)
                height = max(height, self.itemDelegateForIndex(index).sizeHint(option, index).height())
                item = self.item(r, c)
                if item is not None and "\n" in item.text():
                    # One flag a line: never fewer lines than the text has (at 150 % Qt measured one less).
                    metrics = QFontMetrics(item.font() if item.font() != QFont() else self.font())
                    height = max(height, (item.text().count("\n") + 1) * metrics.lineSpacing() + 8)
            if height and self.rowHeight(r) != height:
                self.setRowHeight(r, height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._refit.start()   # the stretched column changed width: wrapped rows change height

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # The header and two rows stay in sight however small the window; the rest scrolls.
        hint = super().minimumSizeHint()
        frame = 2 * self.frameWidth()
        rows = 2 * (self.fontMetrics().lineSpacing() + 8)
        height = self.horizontalHeader().sizeHint().height() + rows + self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), max(hint.height(), height + frame))

    def selected_data(self) -> Any:
        """The data of the selected row, or None."""
        row = self.currentRow()
        if row < 0 or not self.selectionModel().hasSelection():
            return None
        item = self.item(row, 0)
        return None if item is None else item.data(DATA_ROLE)


class _Card(QFrame):
    """A frame that asks for ``width`` but makes do with less on a narrow window."""

    def __init__(self, width: int) -> None:
        super().__init__()
        self._width = width
        self.setMaximumWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self._width, self._height_for(self._width, super().sizeHint().height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        # Qt's box layout asks a centred item's height for the *layout's* width, not the card's: a long
        # error under the passphrase field was clipped. The hints below carry the height instead.
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Wrapped text (a long error) is never clipped at the width the card got.
        hint = super().minimumSizeHint()
        width = self.width() if self.isVisible() and self.width() > 0 else self._width
        return QSize(min(hint.width(), 300), self._height_for(width, hint.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()     # a new width: a new height for the wrapped text

    def _height_for(self, width: int, fallback: int) -> int:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return fallback
        return max(fallback, layout.totalHeightForWidth(width))


def centred_card(page: QWidget, width: int) -> QVBoxLayout:
    """A framed card ``width`` wide (narrower on a small screen) centred on ``page`` (setup and unlock
    screens); returns its layout."""
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    card = _Card(width)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    box = QVBoxLayout(card)
    box.setContentsMargins(24, 20, 24, 20)
    outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)
    return box
