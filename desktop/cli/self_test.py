"""``ambulant self-test``: prove that a build (frozen or not) has everything it needs.

Each step runs on its own; the first failure ends the run with the step's
name and a non-zero exit code. Everything happens in a private temporary
folder that is removed at the end, and the data are fictional.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

EXPECTED_LANGUAGES = ("nb", "nn", "en")
# Qt plugins the app cannot work without (platform: 'offscreen' here; the OS's own in real use).
REQUIRED_PLUGINS = {
    "platforms": ("offscreen",),
    "imageformats": ("svg", "ico"),
    "printsupport": (),  # the folder itself; Linux has the CUPS plugin, Windows/macOS build it in
}


class SelfTestFailure(Exception):
    """A step found something missing or broken."""


@dataclass
class SelfTestContext:
    """What the steps share: the temp folder, the open app, ids made on the way."""

    root: Path
    app: Any = None
    client_id: str = ""
    facts: dict[str, str] = field(default_factory=dict)


def _step_database(ctx: SelfTestContext) -> None:
    from ..services.journal import KdfParams, create_journal
    ctx.app = create_journal(ctx.root / "data", PASSPHRASE, "Selvtest Vernepleier", "9144889",
                             kdf=KdfParams(n=2 ** 14), use_keyring=False)
    raw = (ctx.root / "data" / "ambulant.db").read_bytes()[:16]
    if raw.startswith(b"SQLite format 3"):
        raise SelfTestFailure("databasefilen er ikke kryptert")
    ctx.facts["sqlcipher"] = ctx.app.cipher_version()


def _step_keyring_backends(ctx: SelfTestContext) -> None:
    import importlib
    modules = {"linux": ["keyring.backends.SecretService"], "win32": ["keyring.backends.Windows"],
               "darwin": ["keyring.backends.macOS"]}.get(sys.platform, [])
    for name in modules + ["keyring.backends.fail", "keyring.backends.chainer"]:
        importlib.import_module(name)


def _step_seed_and_sign(ctx: SelfTestContext) -> None:
    from decimal import Decimal

    from ..support.demo_data import synthetic_id
    from ..domain.medication import AdministrationStatus, Dose, OrderKind
    app = ctx.app
    client = app.create_client("Selvtest Æøå Brukersen", synthetic_id(dt.date(1970, 1, 1)))
    ctx.client_id = client.client_id
    today = dt.date.today()
    order = app.add_order(client.client_id, "Paracetamol", "500 mg", "Tablett", "Oral", Dose(Decimal(1), "tablett"),
                          OrderKind.FIXED, "Smerter", today, "Dr. Selvtest", today,
                          times=(dt.time(8), dt.time(20)))
    adm = app.record_administration(order.order_id, AdministrationStatus.GIVEN)
    if app.history(adm.meta.record_id)[0].status is not AdministrationStatus.GIVEN:
        raise SelfTestFailure("den signerte dosen ble ikke lagret")


def _step_sheet(ctx: SelfTestContext) -> None:
    out = ctx.root / "sheet.pdf"
    ctx.app.save_medication_sheet(ctx.client_id, out, days=14)
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or len(data) < 2000:
        raise SelfTestFailure("PDF-en med legemiddelarket er tom eller ødelagt")


PASSPHRASE = "selvtest-passord"


def _qt_app() -> Any:
    from ..ui.app import create_application
    return create_application(["ambulant-self-test"])


def _step_qt_plugins(ctx: SelfTestContext) -> None:
    from PySide6.QtCore import QLibraryInfo
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder, names in REQUIRED_PLUGINS.items():
        where = plugins / folder
        if not where.is_dir():
            raise SelfTestFailure(f"Qt-tilleggsmappen mangler: {folder}")
        present = {p.name for p in where.iterdir()}
        for name in names:
            if not any(name in p for p in present):
                raise SelfTestFailure(f"Qt-tillegget mangler: {folder}/{name}")
    _qt_app()
    from PySide6.QtGui import QImageReader
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    for fmt in ("png", "svg"):
        if fmt not in formats:
            raise SelfTestFailure(f"Qt-bildeformatet mangler: {fmt}")


def _step_translations(ctx: SelfTestContext) -> None:
    from PySide6.QtCore import QTranslator

    from ..ui.i18n.translations import CATALOGUE, qm_dir
    folder = qm_dir()
    qt_nb = QTranslator()
    if not qt_nb.load("qtbase_nb", str(folder)) or qt_nb.translate("QFileDialog", "Look in:") != "Se i:":
        raise SelfTestFailure("Qt-dialogenes bokmålskatalog mangler: qtbase_nb.qm")
    for language in EXPECTED_LANGUAGES:
        translator = QTranslator()
        if not translator.load(f"{CATALOGUE}_{language}", str(folder)):
            raise SelfTestFailure(f"oversettelsen mangler: {CATALOGUE}_{language}.qm")
        if translator.isEmpty() or not translator.language().startswith(language):
            raise SelfTestFailure(f"oversettelsen er tom eller for et annet språk: {CATALOGUE}_{language}.qm")


def _step_window(ctx: SelfTestContext) -> None:
    from ..ui.main_window import MainWindow
    from ..ui.session import Session
    from ..ui.settings import UiSettings
    qt = _qt_app()
    if not qt.set_language("nb"):
        raise SelfTestFailure("bokmålskatalogen ble ikke lastet i vinduet")
    session = Session(ctx.root / "data")
    window = MainWindow(session, UiSettings.load(ctx.root / "data"))
    try:
        session.unlock(PASSPHRASE)
        window.resize(1280, 800)
        window.show()
        window.open_client(ctx.client_id)
        if not session.ops.wait_idle(30):    # the window reads on the runner's thread
            raise SelfTestFailure("the window's operations did not finish")
        qt.processEvents()
        if window.grab().isNull():
            raise SelfTestFailure("hovedvinduet ble ikke tegnet")
        if ctx.client_id not in window.client_list.client_ids():
            raise SelfTestFailure("brukerlisten i vinduet er tom")
    finally:
        window._close_confirmed = True  # nothing typed: close without asking
        window.close()
        session.lock()
        window.deleteLater()
        qt.processEvents()


def _step_sync(ctx: SelfTestContext) -> None:
    from ..services.sync import SyncSettings
    from .loopback_fhir import LoopbackFhirServer
    with LoopbackFhirServer() as server:
        summary = ctx.app.sync.run(settings=SyncSettings(server_url=server.base_url))
        state = ctx.app.sync.state()
        if summary.exit_code != 0 or state.pending or state.failed:
            raise SelfTestFailure(f"synkroniseringen etterlot {state.pending} ventende og {state.failed} avviste "
                                  f"innslag: {summary.message_nb}")
        if server.received["Patient"] != 1 or server.received["MedicationAdministration"] != 1:
            raise SelfTestFailure("innslagene kom ikke fram til den lokale FHIR-serveren")
        ctx.facts["synced"] = str(summary.sent)


def _step_shipped_files(ctx: SelfTestContext) -> None:
    from ..support.resources import resource_path
    for parts in (("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"), ("icons", "lock.svg"),
                  ("app-icon", "ambulant.png"), ("drug_catalogue.json",)):
        if not resource_path(*parts).is_file():
            raise SelfTestFailure(f"filen mangler i installasjonen: resources/{'/'.join(parts)}")


STEPS: tuple[tuple[str, Callable[[SelfTestContext], None]], ...] = (
    ("shipped-files", _step_shipped_files),
    ("database", _step_database),
    ("keyring-backends", _step_keyring_backends),
    ("seed-and-sign", _step_seed_and_sign),
    ("medication-sheet", _step_sheet),
    ("qt-plugins", _step_qt_plugins),
    ("translations", _step_translations),
    ("main-window", _step_window),
    ("sync", _step_sync),
)


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step; 0 when all pass, 1 with the failing step named otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(tempfile.mkdtemp(prefix="ambulant-selftest-"))
    ctx = SelfTestContext(root)
    try:
        for name, step in STEPS:
            try:
                step(ctx)
            except Exception as exc:  # any failure is reported with the step's name
                out(f"SELVTESTEN FEILET i steget «{name}»: {type(exc).__name__}: {exc}")
                return 1
            out(f"ok  {name}")
        out("selvtesten besto" + "".join(f"; {k} {v}" for k, v in ctx.facts.items()))
        return 0
    finally:
        if ctx.app is not None:
            ctx.app.close()
        shutil.rmtree(root, ignore_errors=True)
