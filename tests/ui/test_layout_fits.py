"""Every tab and every dialog fits small laptop screens at 100 %, 150 % and 200 %.

Qt reads QT_SCALE_FACTOR when the application starts, so each scale factor and screen
runs tests/ui/layout_probe.py in a process of its own, on an offscreen screen of that
size. The probe opens the window as ``ambulant --demo`` does, walks every tab and opens
every dialog (ours and Qt's file and print dialogs), and reports each button or main
action that is not wholly on the screen (reachable by scrolling counts, as for a person).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("1024x768", "1366x768")


@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
def test_every_tab_and_dialog_fits_the_screen(scale: str, tmp_path: Path) -> None:
    for size in SCREENS:
        env = dict(os.environ, QT_SCALE_FACTOR=scale, HOME=str(tmp_path),   # HOME: a Documents folder of its own
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", TMPDIR=str(tmp_path))
        env.pop("QT_QPA_PLATFORM", None)
        done = subprocess.run([sys.executable, "-m", "tests.ui.layout_probe", "--size", size], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["checked"] > 150, result
        assert result["never_opened"] == [], f"dialogs the probe does not open yet: {result['never_opened']}"
        assert {"QFileDialog", "QPrintDialog", "QMessageBox", "PrintSheetDialog", "Chapter9Dialog"} <= set(
            result["opened"])
        assert result["problems"] == [], f"{size} at {scale}: " + "\n".join(result["problems"])
