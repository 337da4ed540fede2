"""Inner tabs of the client view that draw an overview lazily: the page on screen now, the others when
they are first shown (most visits look at one or two of them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ...services import ClientOverview


class LazyTabs(QTabWidget):
    """Subclasses add their pages and implement :meth:`render_page`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)   # no frame inside the client view's own tabs (and a cheaper paint)
        # On a narrow window (a small screen, 150 %/200 %) the tab names shorten instead of hiding tabs
        # behind scroll arrows; each tab's tooltip has its whole name.
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setUsesScrollButtons(False)
        self._overview: ClientOverview | None = None
        self._stale: set[QWidget] = set()
        self.currentChanged.connect(self._render_current)

    def tabInserted(self, index: int) -> None:  # noqa: N802 (Qt override)
        super().tabInserted(index)
        self.setTabToolTip(index, self.tabText(index).replace("&", ""))

    def show_overview(self, overview: ClientOverview) -> None:
        """Take a new overview; the page on screen is rendered now, the others when first shown."""
        self._overview = overview
        self._stale = {self.widget(i) for i in range(self.count())}
        self._render_current()

    def render_page(self, page: QWidget, overview: ClientOverview) -> None:
        """Draw ``overview`` on ``page`` (one of this widget's tabs)."""
        raise NotImplementedError

    def forget(self) -> None:
        """Drop the overview (on lock); the pages clear themselves."""
        self._overview = None
        self._stale.clear()

    @property
    def overview(self) -> ClientOverview | None:
        return self._overview

    def _render_current(self, *_: object) -> None:
        page, overview = self.currentWidget(), self._overview
        if overview is None or page not in self._stale:
            return
        self._stale.discard(page)
        self.render_page(page, overview)
