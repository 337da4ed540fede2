"""What every printout shares: A4 landscape, the fonts and colours, the styles, the client's identity at the
top, and the footer with who printed it, when, and "Side x/y" (the portrait documents use the same footer).

The medication sheet and the controlled-drug ledger are built on this, so they
look the same and a change to the frame changes both.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle

from ..domain.clients import Client
from ..domain.errors import DomainError
from ..domain.identifiers import IdKind
from ..domain.records import WorkerRef
from .fonts import register_fonts
from .sheet_model import format_date, format_datetime

PAGE_SIZE = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 9 * mm
MARGIN_BOTTOM = 8 * mm
FOOTER_HEIGHT = 12 * mm
HEADER_GAP = 3 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
# Below this the body has no room for a table: refuse instead of failing in the layout.
MIN_BODY_HEIGHT = 50 * mm

INK = colors.black
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#444444")
HEAD_FILL = colors.HexColor("#E4E4E4")
CAVE_INK = colors.HexColor("#A0001C")
CAVE_FILL = colors.HexColor("#FCEBEE")


class SheetStyles:
    """Paragraph styles of a printout, made after the fonts are registered."""

    def __init__(self, regular: str, bold: str) -> None:
        self.regular, self.bold = regular, bold
        base = ParagraphStyle("base", fontName=regular, fontSize=7.5, leading=9, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=6.5, leading=8)
        self.cell_head = ParagraphStyle("cell_head", base, fontName=bold, fontSize=7, leading=8.5)
        self.kicker = ParagraphStyle("kicker", base, fontName=bold, fontSize=7, leading=9, textColor=MUTED)
        self.name = ParagraphStyle("name", base, fontName=bold, fontSize=13, leading=15.5)
        # No keepWithNext: reportlab would then move a heading *and* a long table to a new page,
        # leaving half a page blank. Headings are kept with their table by CondPageBreak instead.
        self.h2 = ParagraphStyle("h2", base, fontName=bold, fontSize=10, leading=12.5, spaceBefore=7,
                                 spaceAfter=3)
        self.cave = ParagraphStyle("cave", base, fontName=bold, fontSize=9, leading=11, textColor=CAVE_INK)
        self.cave_none = ParagraphStyle("cave_none", self.cave, textColor=INK)

    @classmethod
    def make(cls) -> "SheetStyles":
        """Register the embedded fonts and make the styles."""
        return cls(*register_fonts())


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def safe(text: str) -> str:
    """User text made safe for Paragraph markup."""
    return escape(text.strip())


def national_id_text(nid: str) -> str:
    """An 11-digit national id as printed: "140358 12345"."""
    return f"{nid[:6]} {nid[6:]}" if len(nid) == 11 else nid


def widths(fractions: Sequence[float]) -> list[float]:
    """Column widths in proportion to ``fractions``, filling the content width."""
    total = sum(fractions)
    return [CONTENT_WIDTH * f / total for f in fractions]


def identity_lines(client: Client, kicker: str, st: SheetStyles) -> list[Paragraph]:
    """The top-left of every page: what the printout is, the client's name, national id, birth date, address."""
    return [
        para(kicker, st.kicker),
        para(safe(client.name), st.name),
        para(f"{'D-nummer' if client.identity.kind is IdKind.DNR else 'Fødselsnummer'}: "
             f"<b>{national_id_text(client.national_id)}</b> &nbsp;&nbsp; "
             f"Fødselsdato: <b>{format_date(client.birth_date)}</b>", st.body),
        para(f"Adresse: {safe(client.address) or '–'}", st.body),
    ]


def list_table_style(st: SheetStyles) -> TableStyle:
    """A list with a grey head row and thin rules between rows."""
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9A9A9A")),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ])


def numbered_canvas(draw_footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds pages back until the end, so each footer can say "Side x/y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def page_footer(regular: str, bold: str, lines: tuple[str, str], page_width: float, margin_x: float,
                rule_y: float) -> Callable[[Canvas, int, int], None]:
    """The footer of every printout, for :func:`numbered_canvas`: a rule at ``rule_y`` across the page
    between the margins, ``lines[0]`` in bold under it, ``lines[1]`` under that and "Side x/y" on the right."""

    def draw_footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(margin_x, rule_y, page_width - margin_x, rule_y)
        canvas.setFillColor(INK)
        canvas.setFont(bold, 7.5)
        canvas.drawString(margin_x, rule_y - 10, lines[0])
        canvas.setFont(regular, 7)
        canvas.drawString(margin_x, rule_y - 20, lines[1])
        canvas.setFont(bold, 9)
        canvas.drawRightString(page_width - margin_x, rule_y - 20, f"Side {number}/{total}")
        canvas.restoreState()

    return draw_footer


def render_pages(header: Flowable, story: Callable[[float], list[Flowable]], st: SheetStyles, *,
                 client: Client, printed_by: WorkerRef, printed_at: dt.datetime, check_line: str,
                 title: str, subject: str, too_tall: DomainError) -> bytes:
    """Lay out ``story`` (made for the body height it gets) under ``header`` on every page, with the footer.

    The footer says ``check_line`` in bold, then who printed it (name and HPR),
    when, the client, and "Side x/y". Raises ``too_tall`` when the header
    leaves less than :data:`MIN_BODY_HEIGHT` for the body.
    """
    _, header_height = header.wrap(CONTENT_WIDTH, PAGE_SIZE[1])
    page_w, page_h = PAGE_SIZE
    frame_top = page_h - MARGIN_TOP - header_height - HEADER_GAP
    frame_bottom = MARGIN_BOTTOM + FOOTER_HEIGHT
    if frame_top - frame_bottom < MIN_BODY_HEIGHT:
        raise too_tall
    frame = Frame(MARGIN_X, frame_bottom, CONTENT_WIDTH, frame_top - frame_bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def draw_header(canvas: Canvas, _doc: Any) -> None:
        header.wrapOn(canvas, CONTENT_WIDTH, page_h)
        header.drawOn(canvas, MARGIN_X, page_h - MARGIN_TOP - header_height)

    printed = f"Skrevet ut av {printed_by.name} (HPR {printed_by.hpr}), {format_datetime(printed_at)}"
    patient = f"{client.name}, f. {format_date(client.birth_date)}"
    draw_footer = page_footer(st.regular, st.bold, (check_line, f"{printed} · {patient}"), page_w, MARGIN_X,
                              MARGIN_BOTTOM + FOOTER_HEIGHT - 3 * mm)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, pageCompression=1,
                          title=title, author=printed_by.name, creator="Ambulant", subject=subject, lang="nb-NO",
                          # Every page starts in the embedded font, so no non-embedded Helvetica is referenced.
                          initialFontName=st.regular, initialFontSize=7.5)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=draw_header)])
    doc.build(story(frame_top - frame_bottom), canvasmaker=numbered_canvas(draw_footer))
    return buffer.getvalue()
