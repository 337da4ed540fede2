"""The layout probe's checks: is a widget (or a part of it) wholly on the screen and not cut off by its
window, does a dialog open inside the screen, and the screenshots it takes. Used by
:mod:`tests.ui.layout_probe`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class Probe:
    """Walks the window and its dialogs; collects what does not fit."""

    def __init__(self, qt, window, shots: Path | None, tag: str) -> None:  # noqa: ANN001
        self.qt = qt
        self.window = window
        self.shots = shots
        self.tag = tag
        self.checked = 0
        self.problems: list[str] = []
        self.saved: list[str] = []
        self.opened_types: set[str] = set()

    # -- geometry -------------------------------------------------------------

    def settle(self) -> None:
        """Let the runner deliver what it read (the window reads off the GUI thread), then paint."""
        for _ in range(3):
            self.window.session.ops.wait_idle(10)
            self.qt.processEvents()

    def screen_area(self, widget):  # noqa: ANN001, ANN201 (QRect)
        return widget.window().screen().availableGeometry()

    def check(self, surface: str, widget, part=None, name: str = "") -> None:  # noqa: ANN001
        """``widget`` (or the ``part`` of it, a QRect in its coordinates) is wholly on the screen and not
        cut off by its window or a parent."""
        from PySide6.QtCore import QPoint, QRect
        from PySide6.QtWidgets import QScrollArea
        self.checked += 1
        part = part if part is not None else widget.rect()
        name = name or (widget.text() if hasattr(widget, "text") and widget.text() else type(widget).__name__)
        parent = widget.parentWidget()
        while parent is not None and not widget.isWindow() and not parent.isWindow():
            if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
                corner = widget.mapTo(parent.widget(), part.topLeft())
                parent.ensureVisible(corner.x() + part.width() // 2, corner.y() + part.height() // 2,
                                     part.width() // 2 + 1, part.height() // 2 + 1)
            parent = parent.parentWidget()
        self.settle()
        rect = QRect(widget.mapToGlobal(part.topLeft()), part.size())
        shown = QRect(rect)
        parent = widget if not widget.isWindow() else None
        while parent is not None and not parent.isWindow():
            parent = parent.parentWidget()
            shown = shown.intersected(QRect(parent.mapToGlobal(QPoint(0, 0)), parent.size()))
        area = self.screen_area(widget)
        if shown != rect:
            self.problems.append(f"{surface}: '{name}' is cut off by its window ({_r(shown)} of {_r(rect)})")
        elif not area.contains(rect):
            self.problems.append(f"{surface}: '{name}' lies outside the screen {_r(area)} at {_r(rect)}")

    def check_window(self, surface: str, top) -> None:  # noqa: ANN001
        """The top-level window (frame included) opens inside the screen's available area."""
        self.checked += 1
        area = self.screen_area(top)
        frame = top.frameGeometry()
        if not area.contains(frame):
            self.problems.append(f"{surface}: the window {_r(frame)} is larger than or outside the screen {_r(area)}")

    def buttons(self, surface: str, root) -> None:  # noqa: ANN001
        """Every visible push button under ``root``."""
        from PySide6.QtWidgets import QPushButton
        found = [b for b in root.findChildren(QPushButton) if b.isVisibleTo(root.window()) and b.isVisible()]
        if not found:
            self.problems.append(f"{surface}: no buttons found to check")
        for b in found:
            self.check(surface, b)

    def shot(self, name: str, widget) -> None:  # noqa: ANN001
        if self.shots is None:
            return
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        QTimer.singleShot(400, loop.quit)   # the PDF preview renders its pages on a thread: let it finish
        loop.exec()
        self.settle()
        path = self.shots / f"{name}-{self.tag}.png"
        widget.grab().save(str(path))
        self.saved.append(str(path))

    # -- dialogs -------------------------------------------------------------

    def dialog(self, surface: str, opener: Callable[[], object], shot: str = "") -> None:
        """Open a dialog with ``opener``, check its window and buttons, close it."""
        from PySide6.QtWidgets import QApplication, QDialog
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        opener()
        self.settle()
        opened = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]
        if not opened:
            self.problems.append(f"{surface}: no dialog opened")
            return
        for dialog in opened:
            self.opened_types.add(type(dialog).__name__)
            self.check_window(surface, dialog)
            self.buttons(surface, dialog)
        if shot:
            # The one opened over the others (a file or printer dialog over the sheet dialog).
            over = [d for d in opened if type(d).__name__ != "PrintSheetDialog"] or opened
            self.shot(shot, over[-1])
        for dialog in reversed(opened):
            dialog.reject()
        self.settle()


def _r(rect) -> str:  # noqa: ANN001
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"
