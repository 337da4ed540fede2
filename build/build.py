"""Build the one-folder app with PyInstaller: ``python build/build.py``.

Compiles i18n/*.ts with pyside6-lrelease into a work folder, then runs
PyInstaller on build/ambulant.spec. Output: dist/Ambulant/ (dist/Ambulant.app on
macOS). Work files go to build/work/ (git-ignored).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "work"


def compile_translations(out: Path) -> list[Path]:
    """Every i18n/*.ts compiled to .qm in ``out`` with pyside6-lrelease."""
    from desktop.ui.i18n.translations import compile_ts_files
    return compile_ts_files(ROOT / "i18n", out)


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    qm_dir = WORK / "i18n"
    qm_dir.mkdir(parents=True, exist_ok=True)
    if not compile_translations(qm_dir):
        print("no translations compiled", file=sys.stderr)
        return 1
    env = dict(os.environ, AMBULANT_VERSION=version, AMBULANT_QM_DIR=str(qm_dir))
    return subprocess.call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                            "--workpath", str(WORK / "pyinstaller"), "--distpath", str(ROOT / "dist"),
                            str(ROOT / "build" / "ambulant.spec")], env=env, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
