"""Screenshots of the working model on the demo data: a goal's thread, the individual plan, the group's
minutes, kartlegging and analyse, ratings and behaviour, chapter 9.

The window is 1366×768 or 1024×768 device pixels at whatever QT_SCALE_FACTOR is set (1.5 for a small
laptop at 150 %; 1024×768 at 150 % is below the window's minimum size, so that one is clamped). Pictures
(named with the size and the scale) go to tmp_path, or to the folder named by AMBULANT_SCREENSHOTS.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QTextBrowser

from desktop.services import Ambulant
from desktop.store.database import Database
from desktop.support.demo_data import seed_demo
from desktop.support.demo_working_model import CHAPTER9_CLIENT, FULL_PLAN_CLIENT
from desktop.ui.forms.group_forms import MeetingDialog
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER
from tests.ui.fixtures import grab, only_dialog

SIZES = {"1366": (1366, 768), "1024": (1024, 768)}


@pytest.fixture
def demo_window(make_window, data_dir, clock):  # noqa: ANN001, ANN201
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    try:
        seed_demo(Ambulant(db, clock=clock), today=clock.now.date())
    finally:
        db.close()
    window = make_window(data_dir)
    window.session.unlock(PASSPHRASE)
    return window


def _size(window, device: tuple[int, int]) -> str:  # noqa: ANN001
    """Resize to ``device`` pixels; returns the file-name tag (size and scale)."""
    scale = window.devicePixelRatioF()
    window.resize(round(device[0] / scale), round(device[1] / scale))
    QApplication.processEvents()
    return f"{device[0]}x{device[1]}@{scale:g}"


def _whole_document(browser: QTextBrowser, path: Path) -> None:
    """The whole thread (kartlegging to evaluation) as one picture, at the browser's width."""
    document = browser.document().clone()
    document.setTextWidth(browser.viewport().width())
    scale = browser.devicePixelRatioF()
    image = QImage(int(document.size().width() * scale), int(document.size().height() * scale),
                   QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(scale)
    image.fill(browser.palette().base().color())
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    assert image.height() > browser.viewport().height() and image.save(str(path))


def _folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("AMBULANT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("size", sorted(SIZES))
def test_screens_of_the_working_model(qtbot, demo_window, tmp_path, size: str) -> None:  # noqa: ANN001
    window, folder = demo_window, _folder(tmp_path)
    size = _size(window, SIZES[size])
    names = {c.name: c.client_id for c in window.session.app.list_clients()}
    window.open_client(names[FULL_PLAN_CLIENT])
    plan = window.client_view.plan
    window.client_view.tabs.setCurrentWidget(plan)
    goal = next(g for g in window.client_view.overview.goals if g.title == "Ha noe å gå til på dagtid")
    assert plan.goals.select_goal(goal.meta.record_id)
    assert "1 Kartlegging" in plan.goals.details.toPlainText()
    grab(window, folder / f"plan-goal-thread-{size}.png")
    _whole_document(plan.goals.details, folder / f"plan-goal-thread-whole-{size}.png")
    plan.setCurrentWidget(plan.assessment)
    grab(window, folder / f"plan-assessment-{size}.png")
    plan.setCurrentWidget(plan.individual_plan)
    assert "Mål og tiltak i planen" in plan.individual_plan.view.toPlainText()
    grab(window, folder / f"plan-ip-{size}.png")
    _whole_document(plan.individual_plan.view, folder / f"plan-ip-whole-{size}.png")
    plan.setCurrentWidget(plan.group)
    plan.group.meetings.selectRow(0)
    assert "Avtaler" in plan.group.minutes.toPlainText()
    grab(window, folder / f"plan-minutes-{size}.png")
    obs = window.client_view.observations
    window.client_view.tabs.setCurrentWidget(obs)
    obs.setCurrentWidget(obs.registrations)
    grab(window, folder / f"observations-ratings-{size}.png")
    window.open_client(names[CHAPTER9_CLIENT])
    obs.setCurrentWidget(obs.chapter9)
    grab(window, folder / f"observations-chapter9-{size}.png")
    obs.setCurrentWidget(obs.registrations)
    grab(window, folder / f"observations-behaviour-{size}.png")


def test_screen_of_the_meeting_form(qtbot, demo_window, tmp_path, clock) -> None:  # noqa: ANN001
    window, folder = demo_window, _folder(tmp_path)
    _size(window, SIZES["1366"])
    names = {c.name: c.client_id for c in window.session.app.list_clients()}
    window.open_client(names[FULL_PLAN_CLIENT])
    plan = window.client_view.plan
    window.client_view.tabs.setCurrentWidget(plan)
    plan.setCurrentWidget(plan.group)
    clock.now += dt.timedelta(days=1)
    plan.group.add_meeting()
    dialog = only_dialog(window, MeetingDialog)
    assert dialog.review.tasks                       # the open tasks come up for review
    # As on a 1366×768 screen (the offscreen screen is smaller than the window): the dialog fits it.
    dialog.resize(min(820, window.width()), int(window.height() * 0.9))
    dialog.review.setFocus()
    QApplication.processEvents()
    path = folder / "plan-meeting-form.png"
    assert dialog.grab().save(str(path))
    dialog.reject()
