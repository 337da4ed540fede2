"""Chapter 9 in the window: the municipality's form, a registration, that it was sent (to whom, when) recorded
later as a correction, and the report printed from the window."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from desktop.domain.observation import CHAPTER9_FIELDS, Chapter9Recipient, Chapter9Registration
from desktop.ui.forms.chapter9_forms import Chapter9Dialog, Chapter9SentDialog, Chapter9SettingsDialog
from desktop.ui.forms.document_dialog import DocumentDialog
from tests.ui.fixtures import click, only_dialog

ANSWERS = {f.key: f"Svar på {f.key}" for f in CHAPTER9_FIELDS}


def _open_page(window):  # noqa: ANN001, ANN202
    tab = window.client_view.observations
    window.client_view.tabs.setCurrentWidget(tab)
    tab.setCurrentWidget(tab.chapter9)
    return tab.chapter9


def test_register_then_record_sent_with_date_and_recipient(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    window = unlocked
    page = _open_page(window)
    page.new_registration()
    dialog = only_dialog(window, Chapter9Dialog)
    assert set(dialog.answers) == {f.key for f in CHAPTER9_FIELDS}
    for key, widget in dialog.answers.items():
        widget.setPlainText(ANSWERS[key])
    dialog.answers["why"].setPlainText("  ")
    click(qtbot, dialog.save_button)
    assert "må fylles ut" in dialog.error_shown("why") and dialog.isVisible()     # nothing lost, the form stays
    dialog.answers["why"].setPlainText(ANSWERS["why"])
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    app = window.session.app
    (saved,) = app.overview(app.get_client(visit_db.client_id)).chapter9
    assert not saved.is_reported_to(Chapter9Recipient.STATSFORVALTER)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    assert page.table.item(0, 4).text() == "Ikke ennå"
    click(qtbot, page.sent)
    sent = only_dialog(window, Chapter9SentDialog)
    assert Chapter9Recipient(sent.recipient.currentData()) is Chapter9Recipient.STATSFORVALTER   # not sent to yet
    click(qtbot, sent.save_button)
    assert "Mottaker må fylles ut" in sent.error_shown("name")
    qtbot.keyClicks(sent.name, "Statsforvalteren i Vestland")
    qtbot.keyClicks(sent.how, "Altinn")
    click(qtbot, sent.save_button)
    qtbot.waitUntil(lambda: not sent.isVisible())

    history = app.history(saved.meta.record_id)
    assert [v.reported_to_statsforvalter for v in history] == [False, True]
    sending = history[1].sent_to(Chapter9Recipient.STATSFORVALTER)
    assert (sending.name, sending.how, sending.date) == ("Statsforvalteren i Vestland", "Altinn", dt.date(2026, 11, 26))
    assert history[0].fields == history[1].fields                        # the registration itself is unchanged
    assert isinstance(history[1], Chapter9Registration) and history[1].meta.replaces == history[0].meta.version_id
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and "Statsforvalteren 26.11.2026" in page.table.item(0, 4).text())
    assert "Statsforvalteren i Vestland, 26.11.2026 (Altinn)" in page.details.toPlainText()


def test_the_report_prints_from_the_window(qtbot, unlocked, visit_db, tmp_path, clock) -> None:  # noqa: ANN001
    app = unlocked.session.app
    app.record_chapter9(visit_db.client_id, clock.now - dt.timedelta(minutes=20), clock.now, ANSWERS)
    unlocked.open_client(visit_db.client_id)
    page = _open_page(unlocked)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    click(qtbot, page.report)
    dialog = only_dialog(unlocked, DocumentDialog)
    qtbot.waitUntil(lambda: dialog.preview.page_count == 1)
    out = tmp_path / "kap9.pdf"
    assert dialog.save_pdf(out)
    dialog.done(1)
    text = " ".join(PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text().split())
    assert all(f.label_nb in text for f in CHAPTER9_FIELDS) and "Kåre Testesen" in text
    prints = [e for e in app.access_log(visit_db.client_id) if e.action.value == "print"]
    assert "kapittel 9-rapport" in prints[0].detail


def test_the_municipality_sets_its_form_and_code_system(qtbot, unlocked, visit_db) -> None:  # noqa: ANN001
    page = _open_page(unlocked)
    click(qtbot, page.form)
    dialog = only_dialog(unlocked, Chapter9SettingsDialog)
    assert dialog.code_system.text().startswith("urn:uuid:")
    row = dialog.fields.add_row(["debrief", "Gjennomgang med personalet", "Debrief", "nei"])
    dialog.code_system.setText("http://ambulant.example.org/fhir/CodeSystem/kap9")
    click(qtbot, dialog.save_button)
    assert "example.org" in dialog.error_shown("code_system") and dialog.isVisible()
    dialog.code_system.setText("https://fhir.bergen.kommune.no/CodeSystem/kapittel9")
    dialog.fields.table.item(0, 3).setText("nei")                       # the law's field made optional
    click(qtbot, dialog.save_button)
    assert "kreves av loven" in dialog.error_shown("fields")
    dialog.fields.table.item(0, 3).setText("ja")
    assert row == dialog.fields.table.rowCount() - 1
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    config = unlocked.session.app.chapter9_config()
    assert config.fields[-1].key == "debrief" and not config.fields[-1].required
    assert config.code_system == "https://fhir.bergen.kommune.no/CodeSystem/kapittel9"
    page.new_registration()
    registration = only_dialog(unlocked, Chapter9Dialog)
    assert "debrief" in registration.answers
    registration.reject()
