"""Draws a list item as a bold heading line and wrapped body text (notes, doses)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

_PAD_X, _PAD_Y, _ICON = 8, 5, 20


def _split(index: QModelIndex) -> tuple[str, str]:
    text = index.data(Qt.ItemDataRole.DisplayRole) or ""
    head, _, body = text.partition("\n")
    return head, body


class RecordDelegate(QStyledItemDelegate):
    """Item text 'heading\\nbody': the heading bold, the body wrapped below it; an icon on the left."""

    def __init__(self, parent: QWidget | None = None, indent_body: bool = True) -> None:
        super().__init__(parent)
        self.indent_body = indent_body
        # Wrapped heights by (text, width, font): a list asks for them again on every layout pass.
        self._heights: dict[tuple[str, int, str, bool], int] = {}

    def _fonts(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QFont, QFont]:
        base = index.data(Qt.ItemDataRole.FontRole) or option.font
        head = QFont(base)
        head.setBold(True)
        body = QFont(base)
        body.setBold(False)
        return head, body

    def _text_left(self, index: QModelIndex) -> int:
        return _PAD_X + (_ICON + 6 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt override)
        head, body = _split(index)
        head_font, body_font = self._fonts(option, index)
        width = (option.widget.viewport().width() if option.widget is not None else 600) - 4
        indentation = getattr(option.widget, "indentation", None)
        if callable(indentation):
            # Tree children are drawn indented: wrap them to the width they really get.
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * indentation()
        has_icon = index.data(Qt.ItemDataRole.DecorationRole) is not None
        text_width = max(120, width - self._text_left(index) - _PAD_X)
        key = (index.data(Qt.ItemDataRole.DisplayRole) or "", text_width, body_font.key(), has_icon)
        height = self._heights.get(key)
        if height is None:
            height = QFontMetrics(head_font).boundingRect(QRect(0, 0, text_width, 10_000),
                                                          Qt.TextFlag.TextWordWrap, head).height()
            if body:
                height += 2 + QFontMetrics(body_font).boundingRect(QRect(0, 0, text_width, 100_000),
                                                                   Qt.TextFlag.TextWordWrap, body).height()
            if len(self._heights) > 5000:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, max(height, _ICON) + 2 * _PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        head, body = _split(index)
        opt.text = ""
        icon = QIcon(opt.icon)  # a copy: the option's icon is cleared so the style does not draw it
        opt.icon = QIcon()
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        if selected:
            colour = opt.palette.color(QPalette.ColorRole.HighlightedText)
        elif isinstance(brush, QBrush):
            colour = brush.color()
        elif brush is not None:
            colour = brush
        else:
            colour = opt.palette.color(QPalette.ColorRole.Text)
        r = opt.rect.adjusted(0, _PAD_Y, -_PAD_X, -_PAD_Y)
        if not icon.isNull():
            icon.paint(painter, QRect(r.left() + _PAD_X, r.top(), _ICON, _ICON))
        left = r.left() + self._text_left(index)
        head_font, body_font = self._fonts(option, index)
        painter.setPen(colour)
        painter.setFont(head_font)
        head_rect = painter.boundingRect(QRect(left, r.top(), r.right() - left, 10_000), Qt.TextFlag.TextWordWrap, head)
        painter.drawText(head_rect, Qt.TextFlag.TextWordWrap, head)
        if body:
            painter.setFont(body_font)
            painter.drawText(QRect(left, head_rect.bottom() + 2, r.right() - left, r.bottom() - head_rect.bottom()),
                             Qt.TextFlag.TextWordWrap, body)
        painter.restore()
