"""Translations: compile ``i18n/*.ts`` to ``.qm`` with pyside6-lrelease and install them.

Source strings are English; Bokmål (``nb``) is the default language, Nynorsk
(``nn``) and English (``en``) are shipped. ``.qm`` files are never committed: in a
checkout they are built on demand (next to the ``.ts`` when that folder is writable,
otherwise in the user cache folder); the wheel and the PyInstaller bundle ship them
ready-made in ``desktop/i18n`` (found by :func:`desktop.support.resources.shipped_dir`).

Qt's own dialogs (file, print, message boxes) take their texts from Qt's catalogues:
``qtbase_nn`` ships with PySide6, ``qtbase_nb`` does not, so ``i18n/qtbase_nb.ts`` is ours
(the Qt texts Ambulant's dialogs show, in Bokmål). Nynorsk falls back to it for what
Qt's Nynorsk lacks.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...support.paths import APP_NAME
from ...support.resources import shipped_dir

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
CATALOGUE = "ambulant"

_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
QT_CATALOGUE = "qtbase"
# Qt's catalogues per language, most wanted first; each is looked for in Qt's translations folder
# and then in ours (i18n/qtbase_nb.ts is ours: PySide6 ships no Bokmål). All found are installed,
# the first asked first, so Nynorsk falls back to Bokmål rather than English.
_QT_CATALOGUES = {"nb": ("qtbase_nb",), "nn": ("qtbase_nn", "qtbase_nb"), "en": ()}


def ts_dir() -> Path:
    """The folder holding the ``.ts`` sources in a checkout (the shipped ``i18n`` folder)."""
    return shipped_dir("i18n")


def lrelease_command() -> list[str]:
    """How to run Qt's lrelease: the venv's pyside6-lrelease, or the binary inside PySide6."""
    script = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    if script.exists():
        return [str(script)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6
    return [str(Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease"))]


def compile_ts_files(source: Path, out: Path, force: bool = False) -> list[Path]:
    """Compile every ``*.ts`` in ``source`` to ``out/<name>.qm`` (only when stale); returns the .qm paths."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(source.glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(lrelease_command() + ["-silent", str(ts), "-qm", str(qm)], check=True,
                           stdout=subprocess.DEVNULL)
        made.append(qm)
    return made


def qm_dir() -> Path:
    """A folder with up-to-date ``.qm`` files: the shipped ones, or in a checkout compiled first when stale."""
    source = ts_dir()
    if not any(source.glob("*.ts")):
        return source   # a wheel or a bundle: compiled at build time
    target = source if os.access(source, os.W_OK) else Path(platformdirs.user_cache_dir(APP_NAME, False)) / "i18n"
    compile_ts_files(source, target)
    return target


def qt_catalogue_paths(language: str) -> list[Path]:
    """The Qt catalogues (``qtbase_*.qm``) installed for ``language``, most wanted first."""
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    try:
        folders.append(qm_dir())
    except (OSError, subprocess.CalledProcessError):
        pass
    found = []
    for name in _QT_CATALOGUES.get(language, ()):
        for folder in folders:
            if (folder / f"{name}.qm").is_file():
                found.append(folder / f"{name}.qm")
                break
    return found


def locale_for(language: str) -> QLocale:
    """The QLocale that formats dates and numbers for a UI language."""
    lang, country = _LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE])
    return QLocale(lang, country)


class Translators:
    """The translators installed on the application (kept referenced, or Qt drops them)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT_LANGUAGE

    def install(self, app: QCoreApplication, language: str) -> bool:
        """Switch the UI to ``language``; returns False when our catalogue could not be loaded."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        # Installed in reverse: the translator installed last is asked first.
        for path in reversed(qt_catalogue_paths(language)):
            qt = QTranslator(app)
            if qt.load(path.name[:-3], str(path.parent)):
                app.installTranslator(qt)
                self._installed.append(qt)
        ours = QTranslator(app)
        try:
            loaded = ours.load(f"{CATALOGUE}_{language}", str(qm_dir()))
        except (OSError, subprocess.CalledProcessError):
            loaded = False
        if loaded:
            # Installed last, so it is asked first (and overrides Qt's texts where we have ours).
            app.installTranslator(ours)
            self._installed.append(ours)
        QLocale.setDefault(locale_for(language))
        self.language = language
        return loaded
