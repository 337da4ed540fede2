"""Small building blocks the tabs share: headings, banners, read-only tables, button rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .theme import banner_style, tones

DATA_ROLE = Qt.ItemDataRole.UserRole


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


def button_row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    """Widgets side by side, pushed to the left (or right with ``stretch_first``)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    if stretch_first:
        row.addStretch(1)
    for w in widgets:
        row.addWidget(w)
    if not stretch_first:
        row.addStretch(1)
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
        for c in range(self.columnCount()):
            if c != self._stretch:
                self.resizeColumnToContents(c)
                self.setColumnWidth(c, min(self.columnWidth(c), 260))
        self.resizeRowsToContents()
        self.setUpdatesEnabled(True)

    def selected_data(self) -> Any:
        """The data of the selected row, or None."""
        row = self.currentRow()
        if row < 0 or not self.selectionModel().hasSelection():
            return None
        item = self.item(row, 0)
        return None if item is None else item.data(DATA_ROLE)


def centred_card(page: QWidget, width: int) -> QVBoxLayout:
    """A framed card of ``width`` centred on ``page`` (setup and unlock screens); returns its layout."""
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setFixedWidth(width)
    box = QVBoxLayout(card)
    box.setContentsMargins(24, 20, 24, 20)
    outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)
    return box
