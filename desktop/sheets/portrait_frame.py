"""The portrait A4 documents: the chapter 9 report, the client's access log and the meeting minutes.

They share the footer, the "Side x/y" canvas and the colours of :mod:`page_frame` (the landscape
frame of the medication sheet and the ledger) and are built with
:func:`build_portrait_document`. All use the embedded fonts of
:mod:`desktop.sheets.fonts` and write no temp files.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from .fonts import register_fonts
from .page_frame import HEAD_FILL, INK, MUTED, RULE, numbered_canvas, page_footer


PORTRAIT_MARGIN_X = 18 * mm
PORTRAIT_MARGIN_TOP = 16 * mm
PORTRAIT_MARGIN_BOTTOM = 10 * mm
PORTRAIT_FOOTER = 14 * mm
PORTRAIT_WIDTH = A4[0] - 2 * PORTRAIT_MARGIN_X


def text(value: str) -> str:
    """User text made safe for Paragraph markup, line breaks kept."""
    return escape(value.strip()).replace("\n", "<br/>")


class DocumentStyles:
    """Paragraph styles of the portrait documents (after the fonts are registered)."""

    def __init__(self) -> None:
        self.regular, self.bold = register_fonts()
        base = ParagraphStyle("doc", fontName=self.regular, fontSize=9.5, leading=12.5, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("doc_small", base, fontSize=8, leading=10, textColor=MUTED)
        self.label = ParagraphStyle("doc_label", base, fontName=self.bold, fontSize=9, leading=12)
        self.cell = ParagraphStyle("doc_cell", base, fontSize=8, leading=10)     # long lists (the log)
        self.cell_head = ParagraphStyle("doc_cell_head", self.cell, fontName=self.bold)
        self.kicker = ParagraphStyle("doc_kicker", base, fontName=self.bold, fontSize=8.5, leading=11,
                                     textColor=MUTED)
        self.title = ParagraphStyle("doc_title", base, fontName=self.bold, fontSize=15, leading=19, spaceAfter=2)
        self.h2 = ParagraphStyle("doc_h2", base, fontName=self.bold, fontSize=11, leading=14, spaceBefore=9,
                                 spaceAfter=4)


def field_table(rows: Sequence[tuple[Flowable, Flowable]], label_width: float = 52 * mm) -> Table:
    """Two columns, label and value, ruled: the body of a form printed on paper."""
    table = Table(list(rows), colWidths=[label_width, PORTRAIT_WIDTH - label_width], repeatRows=0)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
    ]))
    return table


def grid_table(head: Sequence[Flowable], rows: Sequence[Sequence[Flowable]], widths: Sequence[float]) -> Table:
    """A ruled table with a grey head row that repeats on every page."""
    table = Table([list(head), *[list(r) for r in rows]], colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def build_portrait_document(story: list[Flowable], st: DocumentStyles, title: str, author: str, subject: str,
                            footer_lines: tuple[str, str]) -> bytes:
    """Lay out ``story`` on A4 portrait pages with a footer (two lines and "Side x/y"); the PDF bytes."""
    page_w, page_h = A4
    frame_bottom = PORTRAIT_MARGIN_BOTTOM + PORTRAIT_FOOTER
    frame = Frame(PORTRAIT_MARGIN_X, frame_bottom, PORTRAIT_WIDTH, page_h - PORTRAIT_MARGIN_TOP - frame_bottom,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    draw_footer = page_footer(st.regular, st.bold, footer_lines, page_w, PORTRAIT_MARGIN_X,
                              PORTRAIT_MARGIN_BOTTOM + PORTRAIT_FOOTER - 4 * mm)

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=PORTRAIT_MARGIN_X, rightMargin=PORTRAIT_MARGIN_X,
                          topMargin=PORTRAIT_MARGIN_TOP, bottomMargin=PORTRAIT_MARGIN_BOTTOM, pageCompression=1,
                          title=title, author=author, creator="Ambulant", subject=subject, lang="nb-NO",
                          initialFontName=st.regular, initialFontSize=9.5)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=numbered_canvas(draw_footer))
    return buffer.getvalue()
