"""Windows and dialogs that fit the screen they open on (small laptops, 150 % and 200 % scaling).

Sizes here are Qt's logical pixels: a 1920×1080 screen at 150 % is 1280×720, a
1024×768 screen at 200 % only 512×384. The main window never opens larger than
the screen's available area (maximised below 1366×768); a dialog never opens
larger than that area, and is moved back onto it when its parent sits partly off it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget

# Below this available area the main window opens maximised: every pixel is needed.
MAXIMISE_BELOW = QSize(1366, 768)
# Room for the window manager's title bar and borders, which Qt does not know before showing.
FRAME_ALLOWANCE = QSize(16, 40)


def screen_of(widget: QWidget) -> QScreen:
    """The screen ``widget`` is (or will be) shown on: its own, its parent's, or the primary one."""
    for candidate in (widget, widget.parentWidget()):
        if candidate is not None and candidate.screen() is not None:
            return candidate.screen()
    return QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    """The part of the screen windows may use (without task bars and docks)."""
    return screen_of(widget).availableGeometry()


def fit_main_window(window: QWidget, preferred: QSize) -> bool:
    """Size and place a main window before it is shown; returns True when it will open maximised."""
    area = available_area(window)
    inner = QSize(area.width() - FRAME_ALLOWANCE.width(), area.height() - FRAME_ALLOWANCE.height())
    size = preferred.boundedTo(inner)
    window.resize(size)
    window.move(area.x() + (area.width() - size.width()) // 2, area.y() + max(0, (inner.height() - size.height()) // 2))
    small = area.width() < MAXIMISE_BELOW.width() or area.height() < MAXIMISE_BELOW.height()
    if small:
        # Honoured by the next show(): a small screen gets the whole of it.
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return small


def fit_to_screen(dialog: QWidget) -> None:
    """Shrink ``dialog`` to the available area (frame included) and move it wholly onto it."""
    area = available_area(dialog)
    frame = dialog.frameGeometry()
    extra = QSize(max(frame.width() - dialog.width(), 0), max(frame.height() - dialog.height(), 0))
    if frame.size() == dialog.size():
        extra = FRAME_ALLOWANCE   # the window manager has not told its frame yet: leave room for one
    limit = QSize(area.width() - extra.width(), area.height() - extra.height())
    size = dialog.size().boundedTo(limit).expandedTo(dialog.minimumSize().boundedTo(limit))
    if size != dialog.size():
        dialog.resize(size)
    frame = dialog.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        dialog.move(max(x, area.x()), max(y, area.y()))


def width_limit(widget: QWidget) -> int:
    """The widest a window may be on ``widget``'s screen, its frame included."""
    return available_area(widget).width() - FRAME_ALLOWANCE.width()


def initial_dialog_size(dialog: QWidget, preferred: QSize) -> None:
    """Resize ``dialog`` to ``preferred`` or the available area, whichever is smaller."""
    area = available_area(dialog)
    dialog.resize(preferred.boundedTo(QSize(area.width() - FRAME_ALLOWANCE.width(),
                                            area.height() - FRAME_ALLOWANCE.height())))


class _FitOnShow(QObject):
    """Event filter: fit the watched dialog to its screen each time it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            fit_to_screen(watched)
        return False


_FITTER: _FitOnShow | None = None


def keep_on_screen(dialog: QDialog) -> QDialog:
    """Make ``dialog`` (ours or one of Qt's own) fit its screen whenever it is shown; returns it."""
    global _FITTER
    if _FITTER is None:
        _FITTER = _FitOnShow()
    dialog.installEventFilter(_FITTER)
    return dialog


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for the whole of its content, so a form opens unscrolled when the
    screen has room (Qt's own caps its wish at about 36×24 lines) and scrolls only when it has not."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(content)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        height = hint.height()
        if content.hasHeightForWidth():
            # Wrapped text asks for a narrow guess's height; at the width it will get it needs less.
            width = max(self.viewport().width(), hint.width())
            height = content.heightForWidth(width) if content.heightForWidth(width) > 0 else height
        margins = self.contentsMargins()
        return QSize(hint.width() + margins.left() + margins.right() + self.verticalScrollBar().sizeHint().width(),
                     height + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # A few lines of the form and the scroll bar: the rest scrolls.
        line = self.fontMetrics().lineSpacing()
        return QSize(min(self.sizeHint().width(), 12 * line), min(self.sizeHint().height(), 5 * line))
