"""The demo journal: five fictional clients, each with a medication list of their own."""

from __future__ import annotations

from desktop.domain.medication import ControlledClass
from desktop.services import Ambulant
from desktop.support.demo_data import seed_demo


def test_demo_clients_have_different_realistic_lists_and_a_and_b_drugs(app: Ambulant) -> None:
    assert seed_demo(app) == 5
    lists = {}
    for client in app.list_clients():
        orders = app.orders(client.client_id)
        assert all(o.atc and o.indication for o in orders), client.name
        lists[client.name] = frozenset(o.label for o in orders)
    assert len(set(lists.values())) == 5                      # no two clients share a list
    assert sum(len(v) >= 4 for v in lists.values()) >= 4    # the ledger client has just its A and B drugs
    classes = {c.name: {o.controlled for o in app.orders(c.client_id)} for c in app.list_clients()}
    assert any({ControlledClass.A, ControlledClass.B} <= found for found in classes.values())
    # The paracetamol-allergic client is never given paracetamol in the demo.
    mari = next(c for c in app.list_clients() if any(a.substance == "Paracetamol" for a in c.allergies))
    assert not any(o.drug_name == "Paracetamol" for o in app.orders(mari.client_id))
    assert seed_demo(app) == 0                                # a second run adds nothing
