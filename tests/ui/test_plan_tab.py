"""The Plan tab as the working model, driven in the real window over a real encrypted database:
kartlegging → analyse → mål → tiltak → evaluering as one thread, the IP with its goals and consents and
the revision mark, the responsibility group with members, reviewed tasks and printed minutes."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.domain.assessment import AssessmentArea, AssessmentMethod
from desktop.domain.consent import ConsentKind
from desktop.domain.plan import EvaluationOutcome, GoalStatus, GroupMember, TaskOutcome
from desktop.ui.forms.assessment_forms import AnalysisDialog, AssessmentDialog
from desktop.ui.forms.consent_forms import ConsentDialog, WithdrawConsentDialog
from desktop.ui.forms.document_dialog import DocumentDialog
from desktop.ui.forms.group_forms import GroupDialog, MeetingDialog, MembersDialog, TaskDialog
from desktop.ui.forms.plan_forms import (EvaluationDialog, GoalDialog, GoalStatusDialog, IndividualPlanDialog,
                                         MeasureDialog)
from tests.ui.fixtures import click, only_dialog


def _plan(window):  # noqa: ANN001, ANN202
    window.client_view.tabs.setCurrentWidget(window.client_view.plan)
    return window.client_view.plan


def test_the_chain_from_kartlegging_to_evaluation_is_one_thread(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    window, app, cid = unlocked, unlocked.session.app, visit_db.client_id
    plan = _plan(window)
    plan.setCurrentWidget(plan.assessment)
    page = plan.assessment
    assert not page.new_analysis.isEnabled()
    click(qtbot, page.new_assessment)
    dialog = only_dialog(window, AssessmentDialog)
    dialog.title.setText("Kartlegging ved oppstart")
    click(qtbot, dialog.save_button)
    assert dialog.error_shown(f"area:{AssessmentArea.DAILY_LIVING.value}")        # at least one area
    dialog.areas[AssessmentArea.HOUSING].setPlainText("Bor trangt hos mor.")
    dialog.areas[AssessmentArea.OWN_VIEW].setPlainText("«Jeg vil ha min egen dør.»")
    dialog.methods[AssessmentMethod.TOOL].setChecked(True)
    click(qtbot, dialog.save_button)
    assert "Navnet på verktøyet må fylles ut" in dialog.error_shown("tool")
    qtbot.keyClicks(dialog.tool, "Boligskjema")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (kartlegging,) = app.overview(app.get_client(cid)).assessments
    assert kartlegging.methods == (AssessmentMethod.CONVERSATION, AssessmentMethod.TOOL)

    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1)
    click(qtbot, page.new_analysis)
    dialog = only_dialog(window, AnalysisDialog)
    assert dialog.chosen() == (kartlegging.meta.record_id,)                 # the selected kartlegging
    qtbot.keyClicks(dialog.worker, "Uroen henger sammen med boforholdet.")
    qtbot.keyClicks(dialog.client, "Jeg trenger ro.")
    dialog.hypotheses.setPlainText("Egen bolig gir ro\nFaste rutiner gir bedre søvn")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (analysis,) = app.overview(app.get_client(cid)).analyses
    assert analysis.assessment_ids == (kartlegging.meta.record_id,) and len(analysis.hypotheses) == 2

    qtbot.waitUntil(lambda: page.tree.topLevelItem(0).childCount() == 1)
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    assert page.new_goal.isEnabled()
    click(qtbot, page.new_goal)                                            # a goal that builds on the analysis
    assert plan.currentWidget() is plan.goals
    dialog = only_dialog(window, GoalDialog)
    assert dialog.analysis.currentData() == analysis.meta.record_id
    qtbot.keyClicks(dialog.title, "Egen leilighet")
    qtbot.keyClicks(dialog.own_words, "«Min egen dør å lukke.»")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (goal,) = app.overview(app.get_client(cid)).goals
    assert goal.analysis_id == analysis.meta.record_id

    goals = plan.goals
    assert goals.select_goal(goal.meta.record_id)
    click(qtbot, goals.new_measure)
    dialog = only_dialog(window, MeasureDialog)
    qtbot.keyClicks(dialog.description, "Søke kommunal bolig")
    qtbot.keyClicks(dialog.scope, "2 timer")
    qtbot.keyClicks(dialog.how, "Fyller ut søknaden sammen med brukeren")
    qtbot.keyClicks(dialog.responsible, "Koordinator")
    dialog.frequency.setText("én gang")   # QTest aborts on a typed é offscreen
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert goals.select_goal(goal.meta.record_id)
    click(qtbot, goals.new_evaluation)
    dialog = only_dialog(window, EvaluationDialog)
    qtbot.keyClicks(dialog.text, "Søknaden er sendt.")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(EvaluationOutcome.PARTLY))
    qtbot.keyClicks(dialog.next_steps, "Ringe boligkontoret hver uke.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (evaluation,) = app.overview(app.get_client(cid)).evaluations
    assert evaluation.outcome is EvaluationOutcome.PARTLY and evaluation.next_steps.startswith("Ringe")

    assert goals.select_goal(goal.meta.record_id)
    thread = goals.details.toPlainText()
    steps = ["1 Kartlegging", "Kartlegging ved oppstart", "Boligskjema", "Bor trangt hos mor.", "2 Analyse",
             "Uroen henger sammen med boforholdet.", "Jeg trenger ro.", "Egen bolig gir ro", "3 Mål", "Egen leilighet",
             "«Min egen dør å lukke.»", "4 Tiltak", "Søke kommunal bolig", "omfang: 2 timer",
             "Fyller ut søknaden sammen med brukeren", "5 Evaluering", "Delvis nådd", "Søknaden er sendt.",
             "Ringe boligkontoret hver uke."]
    positions = [thread.find(s) for s in steps]
    assert -1 not in positions, [s for s, p in zip(steps, positions) if p < 0]
    assert positions == sorted(positions)                                 # in the order of the working model


def test_goal_status_is_changed_in_the_window(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    app = unlocked.session.app
    goal = app.add_goal(visit_db.client_id, "Sove bedre", "", True)
    unlocked.open_client(visit_db.client_id)
    goals = _plan(unlocked).goals
    assert goals.select_goal(goal.meta.record_id)
    click(qtbot, goals.change_status)
    dialog = only_dialog(unlocked, GoalStatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.ACHIEVED))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [g.status for g in app.history(goal.meta.record_id)] == [GoalStatus.ACTIVE, GoalStatus.ACHIEVED]
    qtbot.waitUntil(lambda: "Nådd" in goals.tree.topLevelItem(0).text(0))


def test_the_ip_holds_its_goals_measures_consents_and_marks_the_revision(qtbot, unlocked, visit_db,
                                                                        clock) -> None:  # noqa: ANN001
    window, app, cid = unlocked, unlocked.session.app, visit_db.client_id
    goal = app.add_goal(cid, "Egen leilighet", "", True)
    app.add_measure(goal.meta.record_id, "Søke bolig", "Koordinator", "én gang", clock.now.date(), scope="2 timer",
                    how="Sammen med brukeren")
    window.open_client(cid)
    plan = _plan(window)
    plan.setCurrentWidget(plan.individual_plan)
    page = plan.individual_plan
    assert page.edit.text() == "Opprett individuell plan …"
    click(qtbot, page.edit)
    dialog = only_dialog(window, IndividualPlanDialog)
    assert dialog.goal_list.count() == 1 and dialog.chosen_goals() == (goal.meta.record_id,)
    qtbot.keyClicks(dialog.coordinator, "Kari Koordinator")
    dialog.next_revision.set_value(clock.now.date() + dt.timedelta(days=10))
    qtbot.keyClicks(dialog.contributions, "NAV: arbeidstrening")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    ip = app.individual_plan(cid)
    assert app.history(goal.meta.record_id)[-1].plan_id == ip.meta.record_id
    qtbot.waitUntil(lambda: "Mål og tiltak i planen" in page.view.toPlainText())
    text = page.view.toPlainText()
    for expected in ("Kari Koordinator", "NAV: arbeidstrening", "Egen leilighet", "Søke bolig", "2 timer",
                     "Sammen med brukeren", "Koordinator"):
        assert expected in text, expected
    assert page.revision.isVisible() and "revideres" in page.revision.text()
    marks = window.client_list.marks[cid]                                  # the client list's mark
    assert marks.plan_revision == clock.now.date() + dt.timedelta(days=10)
    row = window.client_list.model.item(0)
    assert "revisjon av individuell plan" in row.data(Qt.ItemDataRole.AccessibleTextRole)

    click(qtbot, page.consent)
    dialog = only_dialog(window, ConsentDialog)
    qtbot.keyClicks(dialog.scope, "Opplysninger i IP-arbeidet")
    dialog.recipients.set_cell(0, 0, "Fastlege")
    click(qtbot, dialog.save_button)
    assert "Linje 1" in dialog.error_shown("recipients")                   # who, and what they may see
    dialog.recipients.set_cell(0, 1, "Legemidler og helse")
    dialog.recipients.set_cell(1, 0, "NAV")
    dialog.recipients.set_cell(1, 1, "Mål om arbeid")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (consent,) = app.overview(app.get_client(cid)).consents
    assert consent.kind is ConsentKind.SHARING and consent.plan_id == ip.meta.record_id
    assert [(r.who, r.may_see) for r in consent.recipients] == [("Fastlege", "Legemidler og helse"),
                                                                ("NAV", "Mål om arbeid")]
    qtbot.waitUntil(lambda: "Legemidler og helse" in page.view.toPlainText())
    click(qtbot, page.withdraw)
    dialog = only_dialog(window, WithdrawConsentDialog)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert app.history(consent.meta.record_id)[-1].withdrawn_on == clock.now.date()
    qtbot.waitUntil(lambda: "trukket tilbake fra" in page.view.toPlainText())


def test_the_group_members_meetings_reviews_and_minutes(qtbot, unlocked, visit_db, tmp_path) -> None:  # noqa: ANN001
    window, app, cid = unlocked, unlocked.session.app, visit_db.client_id
    plan = _plan(window)
    plan.setCurrentWidget(plan.group)
    page = plan.group
    click(qtbot, page.new_group)
    dialog = only_dialog(window, GroupDialog)
    dialog.members.set_cell(0, 0, "Kari Koordinator")
    click(qtbot, dialog.save_button)
    assert "Linje 1: skriv navn og rolle" in dialog.error_shown("members")
    dialog.members.set_cell(0, 1, "Koordinator")
    dialog.members.set_cell(1, 0, "Ola NAV")
    dialog.members.set_cell(1, 1, "Veileder")
    dialog.members.set_cell(1, 4, "31.02.2026")
    click(qtbot, dialog.save_button)
    assert "ikke en dato" in dialog.error_shown("members")
    dialog.members.set_cell(1, 4, "01.10.2026")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (group,) = app.overview(app.get_client(cid)).groups
    assert group.members[1] == GroupMember("Ola NAV", "Veileder", start=dt.date(2026, 10, 1))

    click(qtbot, page.edit_members)
    dialog = only_dialog(window, MembersDialog)
    dialog.members.set_cell(1, 5, "30.11.2026")                           # Ola leaves at the end of the month
    row = dialog.members.add_row(["Lise Lege", "Fastlege", "Legesenteret", "22 22 22 22"])
    assert dialog.members.table.item(row, 0).text() == "Lise Lege"
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    versions = app.history(group.meta.record_id)
    assert len(versions) == 2 and versions[-1].members[1].end == dt.date(2026, 11, 30)
    assert [m.name for m in versions[-1].members] == ["Kari Koordinator", "Ola NAV", "Lise Lege"]

    first = app.add_meeting(group.meta.record_id, dt.date(2026, 10, 15), ("Kari Koordinator",), ("Bolig",),
                            "Første møte.")
    task = app.add_task(first.meta.record_id, "Sende boligsøknad", "Kari Koordinator", dt.date(2026, 11, 1))
    window.open_client(cid)
    qtbot.waitUntil(lambda: page.tasks.rowCount() == 1)
    assert page.tasks.item(0, 2).text() == "Åpen, over frist"
    click(qtbot, page.new_meeting)
    dialog = only_dialog(window, MeetingDialog)
    assert [t.meta.record_id for t in dialog.review.tasks] == [task.meta.record_id]   # up for review
    dialog.check_attendee("Kari Koordinator")
    qtbot.keyClicks(dialog.others, "Bruker")
    qtbot.keyClicks(dialog.topics, "Bolig, Helse")
    qtbot.keyClicks(dialog.minutes, "Boligsøknaden er sendt.")
    qtbot.keyClicks(dialog.agreements, "Legen ser på medisinene i januar.")
    dialog.review.set_outcome(0, TaskOutcome.DONE, "Sendt 30.10")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    meeting = app.overview(app.get_client(cid)).meetings[0]
    assert meeting.attendees == ("Kari Koordinator", "Bruker") and meeting.agreements.startswith("Legen")
    assert app.history(task.meta.record_id)[-1].done
    qtbot.waitUntil(lambda: page.tasks.item(0, 2).text() == "Utført")
    page.meetings.selectRow(0)
    assert "Legen ser på medisinene i januar." in page.minutes.toPlainText()
    assert "Sende boligsøknad — Utført (Sendt 30.10)" in page.minutes.toPlainText()
    click(qtbot, page.new_task)
    dialog = only_dialog(window, TaskDialog)
    assert dialog.responsible.findText("Ola NAV") >= 0 and dialog.responsible.findText("Lise Lege") >= 0
    qtbot.keyClicks(dialog.description, "Legemiddelgjennomgang")
    dialog.responsible.setCurrentText("Lise Lege")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    page.meetings.selectRow(0)
    click(qtbot, page.print_minutes)
    dialog = only_dialog(window, DocumentDialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count == 1)
    out = tmp_path / "referat.pdf"
    assert dialog.save_pdf(out)
    dialog.done(1)
    text = " ".join(PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text().split())
    for expected in ("Referat fra ansvarsgruppemøte", "Kari Koordinator, Bruker", "Bolig, Helse",
                     "Legen ser på medisinene i januar.", "Legemiddelgjennomgang", "Lise Lege", "Utført"):
        assert expected in text, expected
    assert "referat fra ansvarsgruppemøte, lagret som PDF" in app.access_log(cid)[0].detail


def test_a_consent_noted_in_an_older_plan_still_shows(qtbot, unlocked, visit_db, clock) -> None:  # noqa: ANN001
    app = unlocked.session.app
    app.set_individual_plan(visit_db.client_id, coordinator="Kari", participants=("Bruker",),
                            period_start=clock.now.date(), period_end=None, next_revision=None, consent_to_plan=True,
                            consent_to_share=True, consent_scope="Fastlege", consent_date=clock.now.date())
    unlocked.open_client(visit_db.client_id)
    plan = _plan(unlocked)
    plan.setCurrentWidget(plan.individual_plan)
    text = plan.individual_plan.view.toPlainText()
    assert "Samtykke til planen: gitt (notert i planen)" in text
    assert "gitt 26.11.2026 (notert i planen): Fastlege" in text
