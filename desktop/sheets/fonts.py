"""The embedded fonts of printouts: DejaVu Sans, which has æ, ø and å.

reportlab's standard Helvetica has no glyphs outside Latin-1 and is not
embedded, so a printer or viewer may substitute it; a TrueType font from
``resources/fonts`` is embedded (as a subset of the glyphs used) and looks the
same everywhere.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..support.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> tuple[str, str]:
    """Register the sheet fonts with reportlab once per process; returns (regular, bold) names.

    reportlab keeps registered fonts in a process-wide table; registering is
    idempotent here so every build can call it.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FILES.items():
        if name not in registered:
            path = resource_path("fonts", file_name)
            if not path.is_file():
                raise FileNotFoundError(f"Font file missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> in a Paragraph switches to the bold face; there is no italic face, so it maps to the plain ones.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD
