"""The unlock screen shows the wait after wrong passphrases: on the button, counting down, also after a restart."""

from __future__ import annotations

from desktop.store.unlock_throttle import FREE_TRIES
from tests.conftest import PASSPHRASE
from tests.ui.fixtures import press_enter


def try_passphrase(qtbot, page, text: str) -> None:  # noqa: ANN001
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, text)
    press_enter(qtbot, page, page.passphrase)


def test_the_wait_is_shown_on_the_button_and_ends_by_the_clock(qtbot, make_window, visit_db, clock) -> None:
    window = make_window(visit_db.data_dir)
    page = window.unlock_page
    for _ in range(FREE_TRIES - 1):
        try_passphrase(qtbot, page, "feil passordfrase")
        assert page.button.isEnabled()
    try_passphrase(qtbot, page, "feil passordfrase")        # the fifth: the next one has to wait
    assert not page.button.isEnabled() and page.button.text() == "Vent 2 s"
    assert page.wait_timer.isActive()
    try_passphrase(qtbot, page, PASSPHRASE)                  # Enter does nothing while the wait runs
    assert not window.session.is_unlocked

    clock.advance(seconds=1)
    page.update_wait()                                        # what the timer does each second
    assert page.button.text() == "Vent 1 s"
    clock.advance(seconds=1)
    page.update_wait()
    assert page.button.isEnabled() and page.button.text() == "Lås opp" and not page.wait_timer.isActive()

    try_passphrase(qtbot, page, "feil passordfrase")
    assert page.button.text() == "Vent 4 s"                  # longer each time

    # Quit and start again: the wait is still there, read from beside the journal.
    again = make_window(visit_db.data_dir)
    assert not again.unlock_page.button.isEnabled() and again.unlock_page.button.text() == "Vent 4 s"
    clock.advance(seconds=4)
    again.unlock_page.update_wait()
    try_passphrase(qtbot, again.unlock_page, PASSPHRASE)
    assert again.session.is_unlocked
