"""Unlocking and setup open the journal off the GUI thread, with the production KDF (scrypt N=2^17): the
window keeps serving its timers meanwhile, the page is held and says what it does, a second Enter starts
nothing, and a journal opened after the window closed is closed again."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
import sqlcipher3
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from desktop.services import Ambulant
from desktop.services.revoke import crypto_shred
from desktop.store.database import Database, DatabaseFiles
from desktop.store.errors import WrongPassphrase
from desktop.store.keys import ScryptParams
from desktop.store.unlock_throttle import UnlockThrottle
from desktop.ui.ops import OperationRunner
from tests.conftest import PASSPHRASE, WORKER
from tests.ui.fixtures import press_enter

PRODUCTION_KDF = ScryptParams()


@pytest.fixture
def slow_journal(data_dir: Path) -> Path:
    """A journal keyed with the production KDF cost (not the tests' fast one)."""
    assert PRODUCTION_KDF.n == 2 ** 17
    Database.create(data_dir, PASSPHRASE, WORKER, kdf=PRODUCTION_KDF).close()
    return data_dir


class PageWatch:
    """A GUI-thread timer noting, while the page is busy, what the page shows: it can only tick when the
    GUI thread is free while the journal is being opened."""

    def __init__(self, page: QWidget, *fields: QWidget) -> None:
        self.seen: list[tuple[bool, ...]] = []
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(lambda: page.busy and self.seen.append(tuple(f.isEnabled() for f in fields)))
        self.timer.start()


def test_the_kdf_runs_off_the_gui_thread_and_a_second_enter_starts_nothing(qtbot, make_window, slow_journal) -> None:
    window = make_window(slow_journal)
    page, session = window.unlock_page, window.session
    on_gui_thread: list[bool] = []
    session.unlocked.connect(lambda: on_gui_thread.append(threading.current_thread() is threading.main_thread()))
    watch = PageWatch(page, page.passphrase, page.button)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)

    assert page.busy and not session.is_unlocked           # Enter came back before the KDF was done
    assert not page.passphrase.isEnabled() and not page.button.isEnabled()
    assert page.button.text() == "Låser opp …"
    first = page.attempt
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)      # a second Enter while it runs
    assert not page.submit() and page.attempt is first
    assert session.start_unlock(page, PASSPHRASE, lambda: None, lambda _e: None) is None

    qtbot.waitUntil(lambda: session.is_unlocked, timeout=20_000)
    watch.timer.stop()
    assert watch.seen, "the GUI thread served no timer while the journal was opened"
    assert set(watch.seen) == {(False, False)}             # held the whole time
    assert on_gui_thread == [True]                          # unlocked once, on the GUI thread
    assert first.done and first.ok and session.app is first.result
    assert window.stack.currentWidget() is window.workspace and page.passphrase.text() == ""
    assert page.button.text() == "Lås opp" and page.passphrase.isEnabled()


def test_a_wrong_passphrase_entered_twice_while_it_is_tried_counts_once(qtbot, make_window, slow_journal) -> None:
    window = make_window(slow_journal)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, "feil passordfrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.busy
    press_enter(qtbot, page, page.passphrase)               # the second: nothing starts, then the answer
    assert not window.session.is_unlocked
    assert UnlockThrottle(DatabaseFiles(slow_journal).throttle).state().failures == 1
    assert page.error.isVisibleTo(page) and page.error.text() == WrongPassphrase().message_nb
    assert page.passphrase.isEnabled() and page.passphrase.selectedText() == "feil passordfrase"
    assert page.button.isEnabled() and page.button.text() == "Lås opp"


def test_a_journal_opened_after_the_window_closed_is_closed_again(qtbot, make_window, slow_journal) -> None:
    window = make_window(slow_journal)
    page, session = window.unlock_page, window.session
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    job = page.attempt
    assert job is not None and not job.done
    window._close_confirmed = True
    window.close()                     # waits for the opening, then drops what it opened
    assert job.done and job.error is None and job.result is not None
    assert not session.is_unlocked and not session.opening
    with pytest.raises(sqlcipher3.ProgrammingError):
        job.result.db.records.counts()          # its connection is closed


def test_setup_creates_the_journal_off_the_gui_thread_once(qtbot, make_window, data_dir) -> None:
    window = make_window(data_dir)
    window.session.kdf = PRODUCTION_KDF
    page = window.setup_page
    qtbot.keyClicks(page.name, WORKER.name)
    qtbot.keyClicks(page.hpr, WORKER.hpr)
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    watch = PageWatch(page, page.name, page.hpr, page.passphrase, page.repeat, page.create)
    qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    assert page.busy and page.create.text() == "Oppretter …"
    assert not page.submit()                                # a second Enter: no second journal
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    watch.timer.stop()
    assert watch.seen and set(watch.seen) == {(False,) * 5}
    assert window.session.is_unlocked and window.session.app.db.worker == WORKER
    assert window.stack.currentWidget() is window.workspace
    assert page.passphrase.text() == "" and page.repeat.text() == ""


def test_an_opening_whose_owner_is_gone_gives_its_result_to_discard(qtbot) -> None:
    runner = OperationRunner(lambda: None)
    owner = QWidget()
    release, discarded, delivered = threading.Event(), [], []
    job = runner.open(owner, lambda: release.wait(10) and "opened", delivered.append, discard=discarded.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner))
    release.set()
    qtbot.waitUntil(lambda: job.done)
    assert discarded == ["opened"] and delivered == []


def test_a_journal_destroyed_while_the_lock_screen_shows_says_so_on_enter(qtbot, make_window, visit_db, clock) -> None:
    window = make_window(visit_db.data_dir)
    page = window.unlock_page
    assert page.passphrase.isVisible()
    crypto_shred(Ambulant(Database.open(visit_db.data_dir, PASSPHRASE), clock=clock), "revoked")
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    press_enter(qtbot, page, page.passphrase)
    assert not window.session.is_unlocked
    assert page.error.isVisibleTo(page) and "trukket tilbake enheten" in page.error.text()
    assert page.passphrase.isEnabled() and page.button.isEnabled()
