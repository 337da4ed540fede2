"""Input widgets the forms share: dates that may be blank, multi-line text."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSize
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QPlainTextEdit, QWidget

from ..kit.formatting import date_format, from_qdate, from_qdatetime, qdate, qdatetime, time_format

_BLANK = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A date edit with a calendar; when ``optional`` it may be left blank (shows '–')."""

    def __init__(self, value: dt.date | None = None, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.optional = optional
        if optional:
            # Qt's way of a blank date: the minimum date shows the special text.
            self.setMinimumDate(_BLANK)
            self.setSpecialValueText("–")
        self.set_value(value)

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(_BLANK if self.optional else QDate.currentDate())
        else:
            self.setDate(qdate(value))

    def value(self) -> dt.date | None:
        if self.optional and self.date() == _BLANK:
            return None
        return from_qdate(self.date())


class DateTimeField(QDateTimeEdit):
    """A local date and time (Europe/Oslo), minute precision."""

    def __init__(self, value: dt.datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{date_format()} {time_format()}")
        self.setDateTime(qdatetime(value))

    def value(self) -> dt.datetime:
        return from_qdatetime(self.dateTime())


class TextArea(QPlainTextEdit):
    """Multi-line text where Tab moves on to the next field (keyboard use)."""

    def __init__(self, text: str = "", lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlainText(text)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Qt's wish is about 12 lines whatever ``lines`` says: a form of several would open taller than
        # the screen (and, in a scroll area, be laid out that tall). Ask for the lines plus one.
        return QSize(super().sizeHint().width(), self.minimumHeight() + self.fontMetrics().lineSpacing())

    def text(self) -> str:
        return self.toPlainText()
