"""How the window shows a failure, in one place, always on the GUI thread.

- An expected error (a :class:`~desktop.domain.errors.AmbulantError`: bad input, a
  full disk, a server that refused) is shown where the worker is looking: in the
  error line under a field (a ``QLabel``), next to the named field of a form (anything
  with ``show_error(field, message)``), or else in a message box.
- Anything else is a bug: its traceback goes to stderr (never to a file), redacted to code
  locations and exception types (a message may name patient data:
  :mod:`desktop.support.crash_guard`), and a dialog says that what was saved is safe.

:func:`show_unexpected` may be called from any thread (the exception hooks in
:mod:`desktop.ui.app` do): a dialog is only ever built on the GUI thread.
"""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from ..domain.errors import AmbulantError
from ..support.crash_guard import print_redacted, redacted_traceback
from .i18n.language import error_text


@runtime_checkable
class FieldErrors(Protocol):
    """A form that shows a message next to the field it is about ('' for the form as a whole)."""

    def show_error(self, field: str, message: str) -> None: ...


ErrorTarget = QLabel | FieldErrors | None


def show_expected(error: AmbulantError, target: ErrorTarget, owner: QWidget | None = None) -> None:
    """Show an expected error's message in ``target`` (or in a message box over ``owner``)."""
    text = error_text(error)
    if isinstance(target, QLabel):
        target.setText(text)
        target.show()
    elif target is not None:
        target.show_error(getattr(error, "field", ""), text)
    else:
        parent = owner.window() if owner is not None else QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Application", "Error"), text,
                          QMessageBox.StandardButton.Ok, parent)
        _keep_open(box)


def present_failure(error: BaseException, target: ErrorTarget = None, owner: QWidget | None = None) -> None:
    """The one way a failed operation is shown: expected errors where the worker looks, bugs in a dialog."""
    if isinstance(error, AmbulantError):
        show_expected(error, target, owner)
    else:
        show_unexpected(type(error), error, error.__traceback__)


def show_unexpected(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Print the redacted traceback to stderr and show the "something unexpected" dialog on the GUI thread."""
    print_redacted(kind, value, tb)
    app = QApplication.instance()
    if app is None:
        return
    if QThread.currentThread() is app.thread():
        _unexpected_dialog(kind, value, tb)
    else:   # a worker thread: the relay's queued signal builds the dialog on the GUI thread
        _relay().show.emit(kind, value, tb)


def _unexpected_dialog(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> QMessageBox:
    if isinstance(value, AmbulantError):
        text = error_text(value)
    else:
        text = QCoreApplication.translate(
            "Application", "Something unexpected went wrong. What you had saved is safe. "
            "If it happens again, tell your IT contact what you were doing.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Application", "Error"), text,
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setDetailedText(redacted_traceback(kind, value, tb))
    _keep_open(box)
    return box


_shown: list[QMessageBox] = []   # referenced until closed (Python would collect them at once)


def _keep_open(box: QMessageBox) -> None:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.append(box)
    box.finished.connect(lambda _r, b=box: b in _shown and _shown.remove(b))
    box.open()


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from another thread is queued to it."""

    show = Signal(object, object, object)   # exception type, exception, traceback

    def __init__(self) -> None:
        super().__init__()
        self.show.connect(self._show)

    @Slot(object, object, object)
    def _show(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        _unexpected_dialog(kind, value, tb)


_relay_instance: _Relay | None = None


def prepare() -> None:
    """Make the relay on the GUI thread (call once from it before any worker can fail)."""
    _relay()


def _relay() -> _Relay:
    global _relay_instance
    if _relay_instance is None:
        relay = _Relay()
        app = QApplication.instance()
        if app is not None and relay.thread() is not app.thread():
            relay.moveToThread(app.thread())   # made first by a worker: it still belongs to the GUI thread
        _relay_instance = relay
    return _relay_instance
