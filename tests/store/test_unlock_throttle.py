"""Wrong passphrases slow down: free tries, then doubling waits (capped), kept across restarts, outside the database.

A fake clock throughout: no sleeps.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.store.database import Database, DatabaseFiles
from desktop.store.errors import UnlockThrottled, WrongPassphrase
from desktop.store.unlock_throttle import FREE_TRIES, MAX_WAIT_S, UnlockThrottle, wait_after
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock

from .store_files import snapshot

WRONG = "feil passordfrase"


@pytest.fixture
def journal(data_dir: Path) -> Path:
    Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF).close()
    return data_dir


def test_waits_double_after_the_free_tries_and_stop_at_the_cap() -> None:
    assert [wait_after(n) for n in range(FREE_TRIES)] == [0] * FREE_TRIES
    waits = [wait_after(n) for n in range(FREE_TRIES, FREE_TRIES + 12)]
    assert waits[:4] == [2, 4, 8, 16]
    assert all(b >= a for a, b in zip(waits, waits[1:])) and waits[-1] == MAX_WAIT_S
    assert wait_after(10_000) == MAX_WAIT_S


def test_after_five_wrong_passphrases_each_try_waits_longer_even_the_right_one(journal: Path, clock: Clock) -> None:
    db_before = snapshot(journal)
    for _ in range(FREE_TRIES):
        with pytest.raises(WrongPassphrase):
            Database.open(journal, WRONG, clock=clock)
    with pytest.raises(UnlockThrottled) as caught:
        Database.open(journal, PASSPHRASE, clock=clock)     # not even tried: a guess learns nothing
    assert caught.value.wait_seconds == 2 and "Vent 2 sekunder" in caught.value.message_nb
    clock.advance(seconds=2)
    with pytest.raises(WrongPassphrase):
        Database.open(journal, WRONG, clock=clock)
    with pytest.raises(UnlockThrottled) as caught:
        Database.open(journal, WRONG, clock=clock)
    assert caught.value.wait_seconds == 4
    clock.advance(seconds=3)
    with pytest.raises(UnlockThrottled) as caught:
        Database.open(journal, PASSPHRASE, clock=clock)
    assert caught.value.wait_seconds == 1
    assert snapshot(journal) == db_before                  # not a byte of the journal changed: only the count file
    assert DatabaseFiles(journal).throttle.exists()

    clock.advance(seconds=1)
    Database.open(journal, PASSPHRASE, clock=clock).close()   # the right one, after the wait: the count is gone
    assert not DatabaseFiles(journal).throttle.exists()
    with pytest.raises(WrongPassphrase):
        Database.open(journal, WRONG, clock=clock)            # and the free tries are back


def test_the_count_survives_a_restart(journal: Path, clock: Clock) -> None:
    for _ in range(FREE_TRIES + 1):
        with pytest.raises(WrongPassphrase):
            Database.open(journal, WRONG, clock=clock)
        clock.advance(seconds=wait_after(FREE_TRIES))
    # A new process reads only the file beside the journal.
    fresh = UnlockThrottle(DatabaseFiles(journal).throttle, clock)
    assert fresh.state().failures == FREE_TRIES + 1
    assert fresh.wait_seconds() == wait_after(FREE_TRIES + 1) - wait_after(FREE_TRIES)


def test_a_clock_set_back_does_not_lock_anyone_out_for_longer(journal: Path, clock: Clock) -> None:
    for _ in range(FREE_TRIES + 8):
        clock.advance(seconds=MAX_WAIT_S)
        with pytest.raises((WrongPassphrase, UnlockThrottled)):
            Database.open(journal, WRONG, clock=clock)
    clock.now -= dt.timedelta(days=365)
    assert UnlockThrottle(DatabaseFiles(journal).throttle, clock).wait_seconds() <= MAX_WAIT_S


def test_other_failures_are_not_counted(journal: Path, clock: Clock) -> None:
    files = DatabaseFiles(journal)
    saved = files.key_info.read_bytes(), files.key_copy.read_bytes()
    files.key_info.unlink()
    files.key_copy.unlink()
    for _ in range(FREE_TRIES + 2):
        with pytest.raises(Exception) as caught:
            Database.open(journal, PASSPHRASE, clock=clock)
        assert not isinstance(caught.value, UnlockThrottled)
    assert not files.throttle.exists()
    files.key_info.write_bytes(saved[0])
    Database.open(journal, PASSPHRASE, clock=clock).close()
