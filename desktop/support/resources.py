"""Where the files the app ships with are: ``resources/`` (icons, fonts, the drug catalogue) and
``i18n/`` (the translations).

One lookup for every way Ambulant runs. The wheel (``setup.py``'s build step) and the
PyInstaller bundle (``build/ambulant.spec``) both put the two folders inside the package,
at ``desktop/resources`` and ``desktop/i18n``; a checkout (and an editable install) has
them at the top of the repository, next to the package.
"""

from __future__ import annotations

from pathlib import Path

# The ``desktop`` package folder: site-packages/desktop, <bundle>/_internal/desktop or the checkout's.
PACKAGE_DIR = Path(__file__).resolve().parents[1]
SHIPPED_FOLDERS = ("resources", "i18n")


def shipped_dir(name: str) -> Path:
    """The shipped folder ``name`` ('resources' or 'i18n'): inside the package when built, else the checkout's."""
    if name not in SHIPPED_FOLDERS:
        raise ValueError(f"not a shipped folder: {name}")
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """The ``resources`` folder."""
    return shipped_dir("resources")


def resource_path(*parts: str) -> Path:
    """The path of a file under ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
