"""The wheel's build step: ``resources/`` and the compiled translations travel inside the package.

pyproject.toml holds the project's metadata; this file only adds what setuptools cannot
say there: copy ``resources/`` to ``desktop/resources`` and compile ``i18n/*.ts`` with Qt's
lrelease (from the build requirement pyside6-essentials) to ``desktop/i18n/*.qm`` in the
build folder. An editable install skips it: the app finds the checkout's own folders
(desktop/support/resources.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    """Qt's lrelease inside the PySide6 of the build environment."""
    import PySide6
    return [str(Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease"))]


class BuildPyWithData(build_py):
    """build_py, then the shipped folders into ``<build>/desktop``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "desktop"
        shutil.copytree(ROOT / "resources", package / "resources", dirs_exist_ok=True)
        out = package / "i18n"
        out.mkdir(parents=True, exist_ok=True)
        sources = sorted((ROOT / "i18n").glob("*.ts"))
        if not sources:
            raise RuntimeError("no i18n/*.ts to compile")
        for ts in sources:
            subprocess.run(lrelease() + ["-silent", str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True)


setup(cmdclass={"build_py": BuildPyWithData},
      # Keep setuptools' scratch folders out of build/ (which holds the PyInstaller spec).
      options={"build": {"build_base": "build/work/setuptools"}})
