"""The unlock screen and the first-run setup: wrong input is said next to the field and changes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.support.demo_data import DEMO_PASSPHRASE
from desktop.store.errors import WrongPassphrase
from desktop.services.journal import prepare_demo
from desktop.ui.setup import passphrase_strength
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.fixtures import press_enter


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_wrong_passphrase_is_refused_next_to_the_field_and_changes_nothing(qtbot, make_window, visit_db) -> None:
    window = make_window(visit_db.data_dir)
    page = window.unlock_page
    assert window.stack.currentWidget() is page and page.passphrase.hasFocus()
    db_file = visit_db.data_dir / "ambulant.db"
    before = _digest(db_file)
    qtbot.keyClicks(page.passphrase, "feil passordfrase")
    press_enter(qtbot, page, page.passphrase)
    assert not window.session.is_unlocked
    assert page.error.isVisibleTo(page) and page.error.text() == WrongPassphrase().message_nb
    assert page.passphrase.selectedText() == "feil passordfrase"      # ready to be typed over
    assert _digest(db_file) == before
    assert window.status.lock_state.text() == "Låst"
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    press_enter(qtbot, page, page.passphrase)
    assert window.session.is_unlocked and window.stack.currentWidget() is window.workspace
    assert page.passphrase.text() == "" and page.passphrase.isEnabled()
    assert window.status.lock_state.text() == "Ulåst"
    assert window.status.worker_label.text() == "Test Vernepleier (HPR 1234567)"
    assert window.status.pending_label.text().startswith("Venter på synkronisering: ")
    assert window.status.last_sync_label.text() == "Sist synkronisert: aldri"


def test_setup_says_what_is_wrong_by_each_field_and_keeps_what_was_typed(qtbot, make_window, data_dir) -> None:
    window = make_window(data_dir)
    page = window.setup_page
    qtbot.keyClicks(page.name, "Test Vernepleier")
    qtbot.keyClicks(page.hpr, "12ab")
    assert page.strength.text().startswith("Minst 8 tegn")   # a hint before anything is typed, not a verdict
    qtbot.keyClicks(page.passphrase, "kort")
    assert page.strength.text().startswith("For kort")
    page.submit()
    assert page.errors["passphrase"].text() == "Passordfrasen må ha minst 8 tegn."
    page.passphrase.setText(PASSPHRASE)
    assert page.strength.text() in ("Middels: lengre er bedre (fire ord eller flere)", "Sterk")
    qtbot.keyClicks(page.repeat, PASSPHRASE + "x")
    page.submit()
    assert page.errors["repeat"].text() == "Passordfrasene er ikke like."
    page.repeat.setText(PASSPHRASE)
    assert page.submit()                                    # started: the HPR number is checked off the GUI thread
    qtbot.waitUntil(lambda: not page.busy)
    assert page.errors["hpr"].isVisibleTo(page) and "HPR" in page.errors["hpr"].text()
    assert not window.session.is_unlocked and not (data_dir / "ambulant.db").exists()
    assert page.name.text() == "Test Vernepleier" and page.hpr.text() == "12ab"
    assert page.hpr.isEnabled() and page.create.text() == "Opprett kryptert database"
    page.hpr.setText("1234567")
    assert page.submit()
    qtbot.waitUntil(lambda: not page.busy)
    assert window.session.is_unlocked and window.session.app.db.worker.hpr == "1234567"


def test_passphrase_strength_grows_with_length_and_variety() -> None:
    assert passphrase_strength("abc") == 0
    assert passphrase_strength("abcdefgh") == 1
    assert passphrase_strength("aaaaaaaaaaaaaaaaaaaa") == 1
    assert passphrase_strength("korrekt hest") == 2
    assert passphrase_strength("korrekt hest batteri stift") == 3


def test_demo_mode_shows_its_passphrase_and_opens_the_demo_clients(qtbot, make_window, tmp_path) -> None:
    demo_dir = tmp_path / "demo"
    prepare_demo(demo_dir, kdf=FAST_KDF)
    window = make_window(demo_dir, demo_passphrase=DEMO_PASSPHRASE)
    texts = " ".join(label.text() for label in window.unlock_page.findChildren(type(window.unlock_page.error)))
    assert DEMO_PASSPHRASE in texts
    qtbot.keyClicks(window.unlock_page.passphrase, DEMO_PASSPHRASE)
    press_enter(qtbot, window.unlock_page, window.unlock_page.passphrase)
    assert window.session.is_unlocked
    assert len(window.client_list.client_ids()) == 5   # four clients and the one with an A/B ledger
    prepare_demo(demo_dir)          # a second start does not seed again
    assert len(window.session.app.list_clients()) == 5
