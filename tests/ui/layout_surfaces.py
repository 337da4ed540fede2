"""What the layout probe walks: every tab (with the actions that must be reachable on it) and every
dialog the real window can open, each with how to open it. Used by :mod:`tests.ui.layout_probe`."""

from __future__ import annotations

from collections.abc import Callable, Iterator


def pages(window) -> Iterator[tuple[str, object, list]]:  # noqa: ANN001
    """(name, page to show, main actions that must be reachable) for every tab and inner tab."""
    view = window.client_view
    med, plan, obs = view.medication, view.plan, view.observations
    yield "medication", med, [med.new_order, med.print_sheet, med.give, med.not_given, med.refused,
                              med.self_taken, med.give_prn, med.order_notes, med.order_error, med.keys_hint]
    yield "plan-assessment", plan.assessment, [plan.assessment.new_assessment, plan.assessment.new_analysis,
                                               plan.assessment.new_goal]
    yield "plan-goals", plan.goals, [plan.goals.new_goal, plan.goals.new_measure, plan.goals.new_evaluation,
                                     plan.goals.change_status]
    yield "plan-individual", plan.individual_plan, [plan.individual_plan.edit, plan.individual_plan.consent,
                                                    plan.individual_plan.withdraw]
    yield "plan-group", plan.group, [plan.group.new_group, plan.group.edit_members, plan.group.new_meeting,
                                     plan.group.print_minutes, plan.group.new_task, plan.group.task_done]
    yield "obs-journal", obs.journal, [obs.journal.composer.save, obs.journal.correct, obs.journal.in_error]
    yield "obs-measurements", obs.measurements, [obs.measurements.save]
    yield "obs-registrations", obs.registrations, [obs.registrations.new_rating, obs.registrations.new_substance,
                                                   obs.registrations.new_behaviour]
    yield "obs-incidents", obs.incidents, [obs.incidents.new, obs.incidents.in_error]
    yield "obs-chapter9", obs.chapter9, [obs.chapter9.new, obs.chapter9.sent, obs.chapter9.report, obs.chapter9.form]
    yield "obs-children", obs.children, [obs.children.record]


def show_page(window, page) -> None:  # noqa: ANN001
    view = window.client_view
    for tabs in (view.plan, view.observations):
        if tabs.indexOf(page) >= 0:
            view.tabs.setCurrentWidget(tabs)
            tabs.setCurrentWidget(page)
            return
    view.tabs.setCurrentWidget(page)


def dialogs(window) -> Iterator[tuple[str, Callable[[], object], str]]:  # noqa: ANN001
    """(name, how to open it, screenshot name or '') for every dialog the window can open."""
    from PySide6.QtCore import Qt
    view = window.client_view
    med, plan, obs = view.medication, view.plan, view.observations
    overview = view.overview

    def dose_dialog(status_name: str) -> Callable[[], object]:
        from desktop.domain.medication import AdministrationStatus
        def open_it() -> object:
            open_doses = [d for d in overview.doses_today if d.administration is None]
            controlled = [d for d in open_doses if window.session.app.requires_second_signer(d.order)]
            dose = (controlled or open_doses)[0] if status_name == "GIVEN" else open_doses[0]
            return med.sign(dose, AdministrationStatus[status_name])
        return open_it

    def first_row(table, then: Callable[[], object]) -> Callable[[], object]:  # noqa: ANN001
        def open_it() -> object:
            table.selectRow(0)
            return then()
        return open_it

    def effect() -> object:
        follow = overview.follow_ups[0] if overview.follow_ups else None
        adm = follow.administration if follow else overview.prn_administrations[0]
        orders = {o.order_id: o for o in overview.orders}
        return med.record_effect(adm, orders.get(adm.order_id))

    yield "order", med.enter_order, "order-form"
    yield "stop-order", first_row(med.fixed, med.enter_stop), ""

    def signed_entry(then: Callable[[object], object]) -> Callable[[], object]:
        def open_it() -> object:
            from desktop.ui.client.dose_timeline import signed_administration
            from desktop.domain.errors import DomainError
            from desktop.domain.medication import AdministrationStatus

            def entries() -> list:
                return [med.timeline.item(i).data(Qt.ItemDataRole.UserRole) for i in range(med.timeline.count())]
            if not any(signed_administration(e) is not None for e in entries()):
                app = window.session.app   # sign one (as not given) so there is a signature to correct
                for dose in view.overview.doses_today:
                    if dose.administration is None and not app.requires_second_signer(dose.order):
                        try:
                            app.record_administration(dose.order.order_id, AdministrationStatus.NOT_GIVEN,
                                                      scheduled_for=dose.scheduled_for, reason="Prøve")
                        except DomainError:
                            continue
                        break
                view.refresh()
                window.session.ops.wait_idle(10)
            return then(next(e for e in entries() if signed_administration(e) is not None))
        return open_it

    yield "correct-dose", signed_entry(med.correct_entry), ""
    yield "dose-in-error", signed_entry(med.mark_entry_in_error), ""
    yield "prn-dose", first_row(med.prn, med.give_as_needed), ""
    yield "effect", effect, ""
    yield "reason", dose_dialog("REFUSED"), ""
    yield "second-signer", dose_dialog("GIVEN"), ""
    yield "administration-notes", first_row(med.fixed, med.edit_administration_notes), ""
    yield "order-in-error", first_row(med.fixed, med.mark_order_in_error), ""
    yield "print-sheet", lambda: window.dialogs.print_sheet(None), "print-dialog"

    def from_sheet_dialog(action: str) -> Callable[[], object]:
        def open_it() -> object:
            from PySide6.QtWidgets import QApplication
            from desktop.ui.print_sheet import PrintSheetDialog
            window.dialogs.print_sheet(None)
            QApplication.processEvents()
            sheet = [d for d in window.findChildren(PrintSheetDialog) if d.isVisible()][-1]
            return getattr(sheet, action)()
        return open_it

    yield "save-as-pdf", from_sheet_dialog("accept"), "file-dialog"
    yield "printer", from_sheet_dialog("choose_printer"), "printer-dialog"
    yield "assessment", plan.assessment.add_assessment, ""
    yield "analysis", plan.assessment.add_analysis, ""
    yield "goal", plan.goals.add_goal, ""
    yield "goal-status", plan.goals.edit_status, ""
    yield "measure", plan.goals.add_measure, ""
    yield "evaluation", plan.goals.add_evaluation, ""
    yield "individual-plan", plan.individual_plan.edit_plan, ""
    yield "consent", plan.individual_plan.record_consent, ""
    yield "withdraw-consent", plan.individual_plan.withdraw_consent, ""

    def new_group() -> object:   # the demo client has a group already, so the button is off: open it directly
        from desktop.ui.forms.form_dialog import open_form
        from desktop.ui.forms.group_forms import GroupDialog
        return open_form(plan.group, GroupDialog(window.session, overview.client.client_id, window))

    yield "group", new_group, ""
    yield "meeting", lambda: (plan.group.show_group(overview, window.session.now().date()),
                              plan.group.add_meeting()), ""
    yield "members", plan.group.change_members, ""
    yield "task", first_row(plan.group.meetings, plan.group.add_task), ""
    yield "minutes", first_row(plan.group.meetings, plan.group.open_minutes), ""
    yield "note-correct", lambda: (obs.journal.notes.setCurrentRow(0), obs.journal.correct_selected()), ""
    yield "note-in-error", lambda: (obs.journal.notes.setCurrentRow(0), obs.journal.mark_selected_in_error()), ""
    yield "incident", obs.incidents.new_incident, ""
    yield "chapter9", obs.chapter9.new_registration, "chapter9-form"
    yield "chapter9-sent", first_row(obs.chapter9.table, obs.chapter9.record_sent), ""
    yield "chapter9-report", first_row(obs.chapter9.table, obs.chapter9.open_report), ""
    yield "chapter9-settings", obs.chapter9.edit_form, ""
    yield "rating", obs.registrations.add_rating, ""
    yield "substance-use", obs.registrations.add_substance_use, ""
    yield "behaviour", obs.registrations.add_behaviour, ""
    yield "children", obs.children.record_assessment, ""
    yield "settings", window.dialogs.open_settings, ""
    yield "sync-settings", window.open_sync_settings, ""
    yield "sync-report", window.open_sync_report, "sync-report"
    yield "access-log", window.dialogs.open_access_log, ""

    def from_access_log() -> object:
        from desktop.ui.client.access_log_dialog import AccessLogDialog
        window.dialogs.open_access_log()
        window.session.ops.wait_idle(10)
        log = [d for d in window.findChildren(AccessLogDialog) if d.isVisible()][-1]
        return log.print_button.click()

    yield "access-log-printout", from_access_log, ""

    def from_procedure() -> object:
        from desktop.ui.forms.procedure_form import LocalProcedureDialog
        window.dialogs.open_procedure()
        procedure = [d for d in window.findChildren(LocalProcedureDialog) if d.isVisible()][-1]
        return procedure.enroll.click()

    yield "procedure", window.dialogs.open_procedure, ""
    yield "register-client", window.caseload_actions.register_action.trigger, ""
    yield "allergy", window.caseload_actions.allergy_action.trigger, ""
    yield "enroll-colleague", from_procedure, ""

    def from_ledger(act: Callable[[object], object], kept: bool = False) -> Callable[[], object]:
        """Open the open client's ledger from its tab (with ``kept``: the first client whose ledger has a
        balance, where waste, not given and deviations can be written), then ``act`` on it."""
        def open_it() -> object:
            from desktop.ui.client.ledger_page import LedgerPage, open_ledger_page
            med.ledger_button.click()
            window.session.ops.wait_idle(10)
            page = [d for d in window.findChildren(LedgerPage) if d.isVisible()][-1]
            if kept:
                for cid in window.client_list.client_ids():
                    if page.waste.isEnabled():
                        break
                    page = open_ledger_page(med, window.session, cid)
                    window.session.ops.wait_idle(10)
            return act(page)
        return open_it

    def deviation_line(page) -> object:  # noqa: ANN001
        """Follow-up of a deviation: the demo's is in the ledger client's ledger (opened as from its tab)."""
        from desktop.domain.ledger import LedgerDeviation
        from desktop.ui.client.ledger_page import open_ledger_page
        for cid in window.client_list.client_ids():
            page = open_ledger_page(med, window.session, cid)
            window.session.ops.wait_idle(10)
            for d in range(page.balances.rowCount()):
                page.balances.selectRow(d)
                for row in range(page.lines.rowCount()):
                    page.lines.selectRow(row)
                    if isinstance(getattr(page.lines.selected_data(), "record", None), LedgerDeviation):
                        return page.follow_up.click()
        raise LookupError("the demo ledgers have no deviation")

    yield "ledger", from_ledger(lambda page: None), ""
    yield "ledger-receipt", from_ledger(lambda page: page.receipt.click()), ""
    yield "ledger-count", from_ledger(lambda page: page.count.click()), ""
    yield "ledger-waste", from_ledger(lambda page: page.waste.click(), kept=True), ""
    yield "ledger-not-given", from_ledger(lambda page: page.not_given.click(), kept=True), ""
    yield "ledger-deviation", from_ledger(lambda page: page.deviation.click(), kept=True), ""
    yield "ledger-follow-up", from_ledger(deviation_line), ""
    yield "ledger-print", from_ledger(lambda page: page.print_ledger.click()), ""
