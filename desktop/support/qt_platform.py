"""Can Qt open a window here? Which system packages are missing if not (Linux).

Qt's own answer is an abort with a guess ("xcb-cursor0 or libxcb-cursor0 is needed"),
often naming the wrong library. This module asks the dynamic linker (``ldd``, or
``ctypes`` where there is no ldd) which libraries the platform plugin really lacks and
names the Debian/Ubuntu packages that carry them, before Qt is started.

``python -m desktop.support.qt_platform`` prints those packages, one a line (nothing
when the window can open): ``run-demo.sh`` installs them with apt.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Libraries Qt's xcb and wayland plugins (and Qt Gui under them) link to, by the package that has them.
# The names are Debian 12/13's and Ubuntu 22.04/24.04's.
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    # Not only the window: Qt's own libraries, lrelease (the install compiles the translations with it)
    # and the print plugin need these on a minimal Debian/Ubuntu.
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libcups.so.2": "libcups2",
    "libpng16.so.16": "libpng16-16",
    "libharfbuzz.so.0": "libharfbuzz0b",
    "libzstd.so.1": "libzstd1",
}
# Platforms that need no display server (tests, the self-test, VNC).
HEADLESS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "minimalegl", "vkkhrdisplay"}


@dataclass(frozen=True)
class PlatformProblem:
    """Why no window can open: the libraries the plugin lacks, or no display to show it on."""

    platform: str
    missing: tuple[str, ...] = ()
    no_display: bool = False

    @property
    def packages(self) -> tuple[str, ...]:
        """The Debian packages to install (known libraries only), in a stable order."""
        return tuple(sorted({DEBIAN_PACKAGES[m] for m in self.missing if m in DEBIAN_PACKAGES}))

    def message_nb(self) -> str:
        """What the user is told, in Norwegian, with the command that fixes it."""
        if self.no_display:
            return ("Ambulant kan ikke åpne vinduet: fant ingen skjerm å vise det på (verken DISPLAY eller "
                    "WAYLAND_DISPLAY er satt). Start Ambulant fra skrivebordet, eller bruk kommandoene uten "
                    "vindu, f.eks. «ambulant --demo status».")
        lines = [f"Ambulant kan ikke åpne vinduet: Qt-tillegget for skjermen ({self.platform}) mangler "
                 f"systembiblioteker: {', '.join(self.missing)}."]
        if self.packages:
            lines += ["Installer dem med:", f"  sudo apt-get install {' '.join(self.packages)}"]
        unknown = [m for m in self.missing if m not in DEBIAN_PACKAGES]
        if unknown:
            lines.append(f"Finn pakken som har {', '.join(unknown)} med «apt-file search», eller spør IT.")
        lines.append("Kommandoene uten vindu virker uten dem, f.eks. «ambulant --demo status».")
        return "\n".join(lines)


def plugins_dir() -> Path:
    """Qt's platform plugins inside the installed (or bundled) PySide6."""
    import PySide6   # only the package: no Qt library is loaded yet
    return Path(PySide6.__file__).resolve().parent / "Qt" / "plugins" / "platforms"


def wanted_platforms(env: dict[str, str] | None = None) -> list[str]:
    """The platform plugins Qt will try, in order (``QT_QPA_PLATFORM``, else what the session has)."""
    env = os.environ if env is None else env
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [part.split(":", 1)[0].strip() for part in chosen.split(";") if part.strip()]
    return ["wayland", "xcb"] if env.get("WAYLAND_DISPLAY") else ["xcb"]


def missing_libraries(library: Path) -> tuple[str, ...]:
    """The shared libraries ``library`` needs that the dynamic linker cannot find (empty: it loads)."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            done = subprocess.run([ldd, str(library)], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None and done.returncode == 0:
            return tuple(sorted({m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", done.stdout, re.M)}))
    return _missing_by_loading(library)


def _missing_by_loading(library: Path) -> tuple[str, ...]:
    """Without ldd: load the library and read the first name the linker could not find."""
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        found = re.match(r"(\S+?): cannot open shared object file", str(exc))
        return (found.group(1),) if found else (Path(library).name,)
    return ()


def platform_problem(env: dict[str, str] | None = None, folder: Path | None = None) -> PlatformProblem | None:
    """None when Qt can open a window with one of the platforms it will try (always on Windows and macOS)."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    folder = folder or plugins_dir()
    wanted = wanted_platforms(env)
    problems = []
    for name in wanted:
        plugin = folder / f"libq{name}.so"
        if not plugin.is_file():
            continue   # Qt will say it knows no such platform: not a missing package
        missing = missing_libraries(plugin)   # ldd follows the plugin's Qt libraries too (libQt6XcbQpa)
        if missing:
            problems.append(PlatformProblem(name, missing))
            continue
        if name in HEADLESS or (name == "xcb" and env.get("DISPLAY")) or (name.startswith("wayland")
                                                                           and env.get("WAYLAND_DISPLAY")):
            return None
        problems.append(PlatformProblem(name, no_display=True))
    if not problems:
        return None
    # Missing libraries say more than a missing display: report those first.
    return next((p for p in problems if p.missing), problems[0])


def qt_files(qt_root: Path | None = None) -> list[Path]:
    """The Qt binaries the app and its install run besides the platform plugin: lrelease, print, PDF, SVG."""
    if qt_root is None:
        import PySide6
        qt_root = Path(PySide6.__file__).resolve().parent
    plugins = qt_root / "Qt" / "plugins"
    candidates = [qt_root / "lrelease", qt_root / "Qt" / "libexec" / "lrelease", plugins / "imageformats" / "libqsvg.so",
                  qt_root / "Qt" / "lib" / "libQt6Pdf.so.6", *sorted((plugins / "printsupport").glob("*.so"))]
    return [c for c in candidates if c.is_file()]


def main() -> int:
    """Print the Debian packages the window, printing and the install still need here, one a line."""
    problem = platform_problem(dict(os.environ, QT_QPA_PLATFORM="xcb"))
    missing = set(problem.missing) if problem else set()
    for path in qt_files():
        missing.update(missing_libraries(path))
    for package in sorted({DEBIAN_PACKAGES[m] for m in missing if m in DEBIAN_PACKAGES}):
        print(package)
    unknown = sorted(m for m in missing if m not in DEBIAN_PACKAGES)
    if unknown:
        print(f"Ukjente biblioteker (finn pakken med «apt-file search»): {', '.join(unknown)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
