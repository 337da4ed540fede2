"""Signing with the keyboard on a real X desktop (Xvfb + openbox, real key presses from xdotool): only the
dose the worker selected is ever signed, Enter with nothing selected signs nothing, the question before
signing a dose again gets the keys (the window manager activates it), and keys typed in another program
never reach Ambulant.

This is the walk of tests/ui/test_signing_walk.py where focus is not the test's to give: the window
manager decides which window gets each key, as on the worker's laptop.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.clock import LOCAL_TZ
from desktop.services import Ambulant
from desktop.store.database import Database
from tests.conftest import FAST_KDF, PASSPHRASE, WORKER, Clock
from tests.ui.fixtures import seed_visit
from tests.ui.x11 import WindowProcess, XDesktop, missing_tools, x_desktop


@pytest.fixture(scope="module")
def desktop() -> Iterator[XDesktop]:
    missing = missing_tools()
    assert not missing, f"tests/run.sh installs the X desktop for these tests; missing: {missing}"
    with x_desktop() as started:
        yield started


def _signed(data_dir: Path) -> list[str]:
    """The doses signed in the journal, read after the window closed it."""
    db = Database.open(data_dir, PASSPHRASE)
    try:
        with db.reading() as conn:
            rows = conn.execute("SELECT record_id FROM record_heads").fetchall()
        records = [db.records.get(r[0]) for r in rows]
        names = {r.meta.record_id: r.drug_name for r in records if type(r).__name__ == "MedicationOrder"}
        return sorted(f"{names[r.order_id]} {r.scheduled_for.astimezone(LOCAL_TZ):%H:%M}"
                      for r in records if type(r).__name__ == "Administration" and r.scheduled_for is not None)
    finally:
        db.close()


def test_only_the_selected_dose_is_signed_and_keys_go_where_the_window_manager_sends_them(
        desktop: XDesktop, data_dir: Path, clock: Clock) -> None:
    db = Database.create(data_dir, PASSPHRASE, WORKER, kdf=FAST_KDF)
    try:
        visit = seed_visit(Ambulant(db, clock=clock))
    finally:
        db.close()
    window = WindowProcess(desktop, "x11_window.py", str(data_dir), PASSPHRASE, clock.now.isoformat(),
                           visit.client_id)
    other: WindowProcess | None = None
    try:
        ambulant = desktop.window_named("Ambulant")
        desktop.activate(ambulant)
        desktop.key("ctrl+2")                                     # the Medication tab: focus in today's doses
        state = window.settle()
        assert state["tab"] == 1 and state["focus"] == "DoseTimeline" and state["selected"] is None

        desktop.key("Return")                                     # Enter with nothing selected: nothing
        state = window.settle()
        assert state["administrations"] == 0 and state["dialogs"] == []

        desktop.key("Down")                                       # the worker selects the 08:00 Metformin
        assert window.settle()["selected"] == "Metformin 08:00"
        desktop.key("Return")                                     # Enter: that dose, and only it, is signed
        state = window.settle()
        assert state["administrations"] == 1 and state["selected"] == "Metformin 08:00"

        desktop.key("Return")                                     # again: a question, made active by openbox
        state = window.settle()
        assert [d["kind"] for d in state["dialogs"]] == ["SignedDoseQuestion"]
        assert "allerede signert" in state["dialogs"][0]["text"]
        assert state["active"] == "SignedDoseQuestion" and state["administrations"] == 1
        desktop.key("Return")                                     # Enter on the question: the safe answer
        state = window.settle()
        assert state["dialogs"] == [] and state["administrations"] == 1
        assert state["selected"] == "Metformin 08:00"             # the selection is still the worker's

        # The worker switches to another program and types there, Enter included.
        other = WindowProcess(desktop, "x11_window.py", "--other")
        desktop.activate(desktop.window_named("Et annet program"))
        desktop.type("hei")
        desktop.key("Return", "Down", "Return")
        assert other.settle()["text"] == "hei"
        state = window.state()
        assert state["administrations"] == 1 and state["active"] is None and state["dialogs"] == []

        desktop.activate(ambulant)                                # back: nothing moved, nothing was signed
        state = window.settle()
        assert state["selected"] == "Metformin 08:00" and state["administrations"] == 1
    finally:
        if other is not None:
            other.close()
        errors = window.close()
    assert "Traceback" not in errors, errors
    assert _signed(data_dir) == ["Metformin 08:00"]
