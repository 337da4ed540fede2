"""The .ts catalogues: complete in Bokmål and Nynorsk, in step with the code, compiled by lrelease."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.ui.kit.formatting import fmt_date
from desktop.ui.i18n.language import fill
from desktop.ui.i18n.translations import LANGUAGES, compile_ts_files, lrelease_command, ts_dir

from tests.conftest import PASSPHRASE
from tests.ui.fixtures import use_language

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in tree.getroot().iter("context") for m in ctx.iter("message")]


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_message_has_a_norwegian_translation(language: str) -> None:
    found = messages(ts_dir() / f"ambulant_{language}.ts")
    assert len(found) > 300
    empty = []
    for context, source, m in found:
        tr = m.find("translation")
        assert tr is not None
        texts = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(t and t.strip() for t in texts):
            empty.append(f"{context}: {source}")
    assert empty == []


def test_the_catalogues_hold_exactly_the_strings_of_the_code(tmp_path: Path) -> None:
    """lupdate over desktop/ui finds no string the committed .ts files lack (and none they have in excess)."""
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(lrelease_command()[0]).with_name(Path(lrelease_command()[0]).name.replace("lrelease", "lupdate"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for language in LANGUAGES:
        committed = {(c, s) for c, s, _ in messages(ts_dir() / f"ambulant_{language}.ts")}
        assert in_code - committed == set(), f"missing in ambulant_{language}.ts"
        assert committed - in_code == set(), f"stale in ambulant_{language}.ts"


def test_lrelease_builds_catalogues_that_translate(tmp_path: Path) -> None:
    built = compile_ts_files(ts_dir(), tmp_path)
    assert sorted(p.name for p in built) == ["ambulant_en.qm", "ambulant_nb.qm", "ambulant_nn.qm", "qtbase_nb.qm"]
    expected = {"nb": "&Lås", "nn": "&Lås", "en": "&Lock"}
    for language, text in expected.items():
        translator = QTranslator()
        assert translator.load(f"ambulant_{language}", str(tmp_path))
        assert (translator.translate("WindowActions", "&Lock") or "&Lock") == text
    # Qt's own dialogs: PySide6 has no Bokmål for them, our qtbase_nb does.
    qt_nb = QTranslator()
    assert qt_nb.load("qtbase_nb", str(tmp_path))
    assert qt_nb.translate("QFileDialog", "Look in:") == "Se i:"
    assert qt_nb.translate("QPrintDialog", "&Print") == "&Skriv ut"
    nn = QTranslator()
    nn.load("ambulant_nn", str(tmp_path))
    assert nn.translate("OrderPanel", "Fixed medicines") == "Faste legemiddel"
    assert nn.translate("ClientDelegate", "%n dose(s)", "", 2) == "%n dosar"


def test_the_language_setting_switches_texts_and_date_format(qapp, make_window, visit_db) -> None:  # noqa: ANN001
    try:
        use_language(qapp, "nn")
        window = make_window(visit_db.data_dir)
        window.session.unlock(PASSPHRASE)
        window.open_client(visit_db.client_id)
        assert window.client_view.tabs.tabText(2) == "Observasjonar"
        assert window.client_view.medication.fixed.horizontalHeaderItem(0).text() == "Legemiddel og dose"
        assert fmt_date(dt.date(2026, 3, 4)) == "04.03.2026"
        use_language(qapp, "en")
        assert fmt_date(dt.date(2026, 3, 4)) == "04/03/2026"
    finally:
        use_language(qapp, "nb")


def test_no_translated_text_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there would stay English in every language."""
    offenders = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                prefix = token.string[:2].lower()
                if token.type == tokenize.STRING and "f" in prefix.rstrip("'\"") and \
                        re.search(r"\b(tr|translate)\(", token.string):
                    offenders.append(f"{path.name}:{token.start[0]}")
    assert offenders == []


def test_placeholders_are_filled_once() -> None:
    assert fill("%1 av %2", 1, 3) == "1 av 3"
    assert fill("%2 før %1", "a", "b") == "b før a"
    assert fill("Årsak: %1 (%2)", "100%2 sikker", "x") == "Årsak: 100%2 sikker (x)"
