"""A wheel is a complete install: built from this checkout, installed into a fresh virtual
environment without ``-e``, run from a folder outside the checkout.

It proves that resources/ and the compiled translations travel inside the wheel and are
found there (desktop/support/resources.py), not in the checkout. pip's cache makes the
install of PySide6 and the other dependencies a copy, not a download.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{' '.join(cmd)} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done


@pytest.mark.slow
def test_the_wheel_installs_and_runs_without_the_checkout(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen",
               PIP_DISABLE_PIP_VERSION_CHECK="1", TMPDIR=str(tmp_path))
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)], tmp_path, env)
    wheel = next(dist.glob("ambulant-*.whl"))

    import zipfile
    names = set(zipfile.ZipFile(wheel).namelist())
    for inside in ("desktop/resources/fonts/DejaVuSans.ttf", "desktop/resources/drug_catalogue.json",
                   "desktop/resources/icons/lock.svg", "desktop/i18n/ambulant_nb.qm", "desktop/i18n/ambulant_nn.qm",
                   "desktop/i18n/ambulant_en.qm", "desktop/i18n/qtbase_nb.qm"):
        assert inside in names, inside
    assert not any(n.startswith("tests/") for n in names)

    venv = tmp_path / "fresh"
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path, env)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    _run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], tmp_path, env, timeout=900)

    outside = tmp_path / "elsewhere"      # not the checkout: nothing can be found there by accident
    outside.mkdir()
    where = _run([str(bindir / "python"), "-c", "from desktop.support.resources import resources_dir; "
                  "from desktop.ui.i18n.translations import qm_dir; print(resources_dir()); print(qm_dir())"],
                 outside, env).stdout.split()
    assert all(Path(p).is_relative_to(venv) for p in where), where

    ambulant = str(bindir / "ambulant")
    status = _run([ambulant, "--data-dir", str(tmp_path / "data"), "--demo", "status", "--json"], outside, env)
    assert json.loads(status.stdout)["clients"] == 5
    selftest = _run([ambulant, "self-test"], outside, env)
    assert "selvtesten besto" in selftest.stdout
