"""The demo has the working model: a kartlegging, an analysis, a full IP and a goal with its whole
thread for one client; a chapter 9 registration for another."""

from __future__ import annotations

import datetime as dt

from desktop.domain.consent import ConsentKind, current_consent
from desktop.domain.goal_thread import Stage
from desktop.services import Ambulant
from desktop.support.demo_data import seed_demo
from desktop.support.demo_working_model import CHAPTER9_CLIENT, FULL_PLAN_CLIENT


def test_demo_working_model(app: Ambulant) -> None:
    today = dt.date(2026, 11, 26)
    assert seed_demo(app, today) == 5
    clients = {c.name: c for c in app.list_clients()}
    full = app.overview(clients[FULL_PLAN_CLIENT])
    assert len(full.assessments) == 1 and len(full.analyses) == 1
    plan = full.individual_plan
    for field in ("coordinator", "participants", "period_start", "period_end", "next_revision", "resources", "needs",
                  "contributions", "collaboration"):
        assert getattr(plan, field), field
    assert all(g.plan_id == plan.meta.record_id for g in full.goals)
    assert all(m.plan_id == plan.meta.record_id for m in full.measures)
    assert current_consent(full.consents, ConsentKind.PLAN) and current_consent(full.consents, ConsentKind.SHARING)
    threads = [app.goal_thread(g.meta.record_id) for g in full.goals]
    complete = [t for t in threads if t.stages_present == tuple(Stage)]
    assert [t.goal.title for t in complete] == ["Ha noe å gå til på dagtid"]
    assert all(m.scope and m.how for m in complete[0].measures)
    assert any(m.reviews for m in full.meetings) and any(m.agreements for m in full.meetings)
    assert app.day_marks(clients[FULL_PLAN_CLIENT].client_id)[clients[FULL_PLAN_CLIENT].client_id].plan_revision
    other = app.overview(clients[CHAPTER9_CLIENT])
    (registration,) = other.chapter9
    registration.validate()
    assert registration.sendings and len(other.behaviours) >= 5 and len(other.ratings) >= 5
    assert seed_demo(app, today) == 0
