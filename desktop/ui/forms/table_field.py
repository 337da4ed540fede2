"""An editable table as one form field: rows of text cells, with buttons to add and remove rows.

Used for a consent's recipients (who may see what) and the responsibility
group's members; the form reads :meth:`TableField.rows` and the domain checks them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)


class TableField(QWidget):
    """Rows of text under ``headers``; blank rows are ignored."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[str]] = (), min_rows: int = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4 + 30)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        for row in rows:
            self.add_row(row)
        while self.table.rowCount() < min_rows:
            self.add_row()

    def add_row(self, cells: Sequence[str] = ()) -> int:
        """Append a row (with ``cells``) and return its index."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c in range(self.table.columnCount()):
            self.table.setItem(r, c, QTableWidgetItem(cells[c] if c < len(cells) else ""))
        return r

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def rows(self) -> list[tuple[int, list[str]]]:
        """(line number from 1, stripped cells) of every row that is not blank."""
        found = []
        for r in range(self.table.rowCount()):
            cells = [(self.table.item(r, c).text() if self.table.item(r, c) else "").strip()
                     for c in range(self.table.columnCount())]
            if any(cells):
                found.append((r + 1, cells))
        return found
