"""Before Qt starts: which system libraries the platform plugin really lacks, told in Norwegian."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.support.qt_platform import (PlatformProblem, _missing_by_loading, missing_libraries, platform_problem,
                                         plugins_dir, wanted_platforms)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's")
XCB = plugins_dir() / "libqxcb.so"


def _ldd_missing(library: Path) -> set[str]:
    out = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
    return set(re.findall(r"^\s*(\S+) => not found", out, re.M))


def test_the_platforms_qt_will_try() -> None:
    assert wanted_platforms({"QT_QPA_PLATFORM": "offscreen:configfile=/x.json"}) == ["offscreen"]
    assert wanted_platforms({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    assert wanted_platforms({"WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
    assert wanted_platforms({}) == ["xcb"]


def test_the_missing_libraries_are_the_linkers_and_name_their_packages() -> None:
    expected = _ldd_missing(XCB)
    assert set(missing_libraries(XCB)) == expected
    problem = platform_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"})
    if not expected:
        assert problem is None
        return
    assert problem is not None and set(problem.missing) == expected
    text = problem.message_nb()
    assert "mangler systembiblioteker" in text and "sudo apt-get install" in text
    for package in problem.packages:
        assert package in text
    assert _missing_by_loading(XCB)[0] in expected        # the fallback without ldd names one of them


def test_the_message_names_packages_and_unknown_libraries() -> None:
    problem = PlatformProblem("xcb", ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libnew-thing.so.7"))
    assert problem.packages == ("libxcb-icccm4", "libxcb-keysyms1")
    text = problem.message_nb()
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text and "libnew-thing.so.7" in text
    assert "cursor" not in text                             # not Qt's guess
    assert "DISPLAY" in PlatformProblem("xcb", no_display=True).message_nb()
    assert platform_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def test_the_window_without_a_usable_platform_exits_1_in_norwegian_without_a_qt_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(tmp_path), "--demo"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.startswith("Ambulant kan ikke åpne vinduet")
    for qt_words in ("could not load the Qt platform plugin", "Aborted", "xcb-cursor0 or libxcb-cursor0"):
        assert qt_words.lower() not in done.stderr.lower()
    missing = _ldd_missing(XCB)
    assert all(m in done.stderr for m in missing) and ("DISPLAY" in done.stderr or missing)
    assert not (tmp_path / "demo").exists()               # nothing was made before the check
