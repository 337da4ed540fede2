"""The client's rating, substance use and behaviour registrations in the window, and their chart."""

from __future__ import annotations

import datetime as dt

from desktop.domain.observation import SubstanceUse
from desktop.ui.forms.registration_forms import BehaviourDialog, RatingDialog, SubstanceUseDialog
from tests.ui.fixtures import click, only_dialog


def _page(window):  # noqa: ANN001, ANN202
    tab = window.client_view.observations
    window.client_view.tabs.setCurrentWidget(tab)
    tab.setCurrentWidget(tab.registrations)
    return tab.registrations


def test_rating_substance_use_and_behaviour_forms_and_chart(qtbot, unlocked, visit_db, clock) -> None:  # noqa: ANN001
    window, app, cid = unlocked, unlocked.session.app, visit_db.client_id
    page = _page(window)
    assert page.chart.ratings.count() == 0 and page.chart.chart().title()     # "no ratings …"
    click(qtbot, page.new_rating)
    dialog = only_dialog(window, RatingDialog)
    dialog.slider.setValue(7)
    assert dialog.rating.value() == 7
    qtbot.keyClicks(dialog.comment, "Bedre i dag")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    click(qtbot, page.new_substance)
    dialog = only_dialog(window, SubstanceUseDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(SubstanceUse.SUSPECTED))
    click(qtbot, dialog.save_button)
    assert "Skriv hva som ble observert" in dialog.error_shown("substances")   # a suspicion needs what was seen
    qtbot.keyClicks(dialog.substances, "alkohol")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    for day, count in ((2, 3), (1, 1), (1, 2)):
        clock.now = dt.datetime(2026, 11, 26 - day, 18, tzinfo=clock.now.tzinfo)
        click(qtbot, page.new_behaviour)
        dialog = only_dialog(window, BehaviourDialog)
        if not dialog.behaviour.text():
            qtbot.keyClicks(dialog.behaviour, "Roping")
        dialog.count.setValue(count)
        dialog.duration.setValue(5)
        qtbot.keyClicks(dialog.context, "Ved middag")
        qtbot.keyClicks(dialog.before, "Ventet lenge på maten")
        qtbot.keyClicks(dialog.after, "Roet seg da maten kom")
        click(qtbot, dialog.save_button)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    overview = app.overview(app.get_client(cid))
    assert [r.rating for r in overview.ratings] == [7]
    assert overview.substance_use[0].substances == "alkohol"
    assert sorted(b.count for b in overview.behaviours) == [1, 2, 3]
    assert all(b.before == "Ventet lenge på maten" and b.after == "Roet seg da maten kom" for b in overview.behaviours)
    qtbot.waitUntil(lambda: page.table.rowCount() == 5)
    texts = [page.table.item(r, 2).text() for r in range(5)]
    assert "7 av 10" in texts and "Mistanke" in texts and texts.count("Roping") == 3
    assert "før: Ventet lenge på maten" in page.table.item(texts.index("Roping"), 3).text()
    assert page.chart.ratings.count() == 1
    assert sorted(p.y() for p in page.chart.behaviour.points()) == [3, 3]     # two days: 3, and 1 + 2
    assert page.behaviour_filter.findData("Roping") > 0
