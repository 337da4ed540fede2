"""The idle lock: fires once after the delay; keyboard or mouse input anywhere restarts the count."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.ui.idle_lock import IdleLock


def test_fires_after_the_delay_and_input_restarts_it(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    lock = IdleLock(minutes=0.005)          # 300 ms
    fired: list[float] = []
    lock.idle.connect(lambda: fired.append(time.monotonic()))
    assert lock.interval_ms == 300
    started = time.monotonic()
    lock.start()
    for _ in range(4):                      # typing every 150 ms keeps it awake
        qtbot.wait(150)
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert fired == []
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired[0] - started >= 0.85
    qtbot.wait(400)
    assert len(fired) == 1                  # once, not every 300 ms
    lock.stop()
    lock.detach()


def test_a_stopped_lock_stays_quiet(qtbot) -> None:
    lock = IdleLock(minutes=0.002)
    fired: list[bool] = []
    lock.idle.connect(lambda: fired.append(True))
    lock.start()
    lock.stop()
    qtbot.wait(300)
    assert fired == [] and not lock.is_running()
    lock.detach()
