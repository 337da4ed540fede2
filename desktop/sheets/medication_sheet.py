"""The printed medication sheet (legemiddelark med signeringsliste), A4 landscape.

Built with reportlab platypus from domain objects only. Every page carries the
client's identity, CAVE and the period at the top, and at the bottom who
printed it, when, "Side x/y" (page x of y) and the reminder to check the sheet against the
current medication list. The body is the medication list (fixed and as-needed
orders), a signing grid per run of days, a log for as-needed doses and a
signature legend.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

from ..support.atomic_files import write_file_atomically
from ..domain.clients import Client
from ..domain.errors import DomainError
from ..domain.identifiers import IdKind
from ..domain.medication import DoubleCheckPolicy, MedicationOrder
from ..domain.records import WorkerRef
from .fonts import register_fonts
from .page_frame import numbered_canvas
from .sheet_model import (WEEKDAYS_NB, SheetOrders, SheetPeriod, check_period, day_blocks, format_date,
                          format_datetime, format_time, select_orders)

PAGE_SIZE = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 9 * mm
MARGIN_BOTTOM = 8 * mm
FOOTER_HEIGHT = 12 * mm
HEADER_GAP = 3 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

# At most this many day columns in one signing grid: 14 gives boxes about
# 14 mm wide, room for initials. Longer periods get one grid per run of days.
MAX_DAYS_PER_GRID = 14
# Height of one signature box.
SIGN_ROW_HEIGHT = 7 * mm

INK = colors.black
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#444444")
HEAD_FILL = colors.HexColor("#E4E4E4")
WEEKEND_FILL = colors.HexColor("#EFEFEF")
INACTIVE_FILL = colors.HexColor("#B4B4B4")
CAVE_INK = colors.HexColor("#A0001C")
CAVE_FILL = colors.HexColor("#FCEBEE")

NO_ALLERGIES = "Ingen kjente"
CHECK_LINE = ("Kontroller alltid arket mot gjeldende legemiddelliste før bruk. "
              "Endringer i ordinasjoner gjøres i legemiddellisten, ikke på arket.")


class _Styles:
    """Paragraph styles of the sheet, made after the fonts are registered."""

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


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


def _t(text: str) -> str:
    """User text made safe for Paragraph markup."""
    return escape(text.strip())


def _national_id(nid: str) -> str:
    return f"{nid[:6]} {nid[6:]}" if len(nid) == 11 else nid


def _period_dates(order: MedicationOrder) -> tuple[str, str]:
    return format_date(order.start), format_date(order.stop) if order.stop else "–"


def _markers(order: MedicationOrder, policy: DoubleCheckPolicy) -> list[str]:
    """The short flags that change how a dose is handled."""
    marks = []
    if order.controlled is not None:
        marks.append(f"{order.controlled.value}-preparat")
    if policy.requires_second_signer(order):
        marks.append("Dobbeltkontroll")
    if order.multidose:
        marks.append("Multidose")
    if order.observed_intake:
        marks.append("Observert inntak")
    return marks


def _drug_cell(order: MedicationOrder, st: _Styles, with_dose: bool = False,
               continued: bool = False) -> Paragraph:
    parts = [f"<b>{_t(order.drug_name)}</b>"]
    rest = " ".join(p for p in (order.strength.strip(), order.form.strip().lower()) if p)
    if rest:
        parts.append(_t(rest))
    text = " ".join(parts)
    if with_dose:
        text += f"<br/>{_t(str(order.dose))}"
    if continued:
        text += "<br/>(fortsatt)"
    return _p(text, st.body)


def _header(client: Client, period: SheetPeriod, orders: SheetOrders, unit: str, st: _Styles) -> Table:
    """The block at the top of every page: who, CAVE, which period, which list."""
    identity = [
        _p("LEGEMIDDELARK MED SIGNERINGSLISTE", st.kicker),
        _p(_t(client.name), st.name),
        _p(f"{'D-nummer' if client.identity.kind is IdKind.DNR else 'Fødselsnummer'}: "
           f"<b>{_national_id(client.national_id)}</b> &nbsp;&nbsp; "
           f"Fødselsdato: <b>{format_date(client.birth_date)}</b>", st.body),
        _p(f"Adresse: {_t(client.address) or '–'}", st.body),
    ]
    version = orders.version
    valid_from = format_datetime(version.valid_from) if version.valid_from else "–"
    about = [
        _p(f"Periode: <b>{period.label()}</b>", st.body),
        _p(f"Legemiddelliste gyldig fra: <b>{valid_from}</b>", st.body),
        _p(f"Listeversjon: {version.code}", st.body),
        _p(f"Ansvarlig enhet: {_t(unit) or '–'}", st.body),
    ]
    if client.allergies:
        lines = []
        for a in client.allergies:
            detail = ", ".join(_t(x) for x in (a.reaction, a.severity) if x.strip())
            lines.append(f"{_t(a.substance)}" + (f" <font name='{st.regular}'>({detail})</font>" if detail else ""))
        cave = _p("CAVE: " + "; ".join(lines), st.cave)
        cave_style = [("BOX", (0, 0), (-1, -1), 1.6, CAVE_INK), ("BACKGROUND", (0, 0), (-1, -1), CAVE_FILL)]
    else:
        cave = _p(f"CAVE: {NO_ALLERGIES}", st.cave_none)
        cave_style = [("BOX", (0, 0), (-1, -1), 1.2, INK)]
    widths = [CONTENT_WIDTH * 0.37, CONTENT_WIDTH * 0.27, CONTENT_WIDTH * 0.36]
    # A long CAVE list gets the full width under the identity instead of a tall narrow box,
    # so the header (repeated on every page) stays short. It is never shortened.
    wide = cave.wrap(widths[2] - 10, PAGE_SIZE[1])[1] > 4 * st.cave.leading
    cave_box = Table([[_p("CAVE / ALLERGIER", st.kicker)], [cave]],
                     colWidths=[CONTENT_WIDTH if wide else widths[2]])
    cave_box.setStyle(TableStyle(cave_style + [("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
                                               ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                                               ("BOTTOMPADDING", (0, -1), (-1, -1), 5)]))
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (1, 0), 8),
        ("RIGHTPADDING", (2, 0), (2, 0), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 1.2, INK),
    ]
    if wide:
        rows = [[identity, about, ""], [cave_box, "", ""]]
        cmds += [("SPAN", (0, 1), (-1, 1)), ("RIGHTPADDING", (0, 1), (-1, 1), 0)]
    else:
        rows = [[identity, about, cave_box]]
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle(cmds))
    return table


def _list_table_style(st: _Styles) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9A9A9A")),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return TableStyle(cmds)


def _widths(fractions: Sequence[float]) -> list[float]:
    total = sum(fractions)
    return [CONTENT_WIDTH * f / total for f in fractions]


def _fixed_list(orders: Sequence[MedicationOrder], policy: DoubleCheckPolicy, st: _Styles) -> Table:
    head = ["Legemiddel", "Adm.vei", "Indikasjon", "Dose per klokkeslett", "Start", "Stopp",
            "Forordnet av", "Merknader"]
    rows: list[list[Any]] = [[_p(h, st.cell_head) for h in head]]
    for o in orders:
        start, stop = _period_dates(o)
        doses = "<br/>".join(f"kl. {format_time(t)}: <b>{_t(str(o.dose))}</b>" for t in o.times)
        notes = ", ".join(_markers(o, policy))
        if o.administration_notes.strip():
            notes = f"{notes}<br/>{_t(o.administration_notes)}" if notes else _t(o.administration_notes)
        rows.append([_drug_cell(o, st), _p(_t(o.route), st.body), _p(_t(o.indication) or "–", st.body),
                     _p(doses, st.body), start, stop,
                     _p(f"{_t(o.prescriber)}<br/><font size='6.5'>ordinert {format_date(o.ordered_on)}</font>",
                        st.body),
                     _p(notes or "–", st.body)])
    table = Table(rows, colWidths=_widths([21, 7, 14, 15, 7.5, 7.5, 13.5, 14.5]), repeatRows=1)
    table.setStyle(_list_table_style(st))
    return table


def _interval(o: MedicationOrder) -> str:
    if o.min_interval_hours is None:
        return "–"
    hours = format(o.min_interval_hours.normalize(), "f").replace(".", ",")
    return f"{hours} t"


def _prn_list(orders: Sequence[MedicationOrder], policy: DoubleCheckPolicy, st: _Styles) -> Table:
    head = ["Legemiddel", "Adm.vei", "Indikasjon", "Dose", "Maks per døgn", "Minste intervall", "Start",
            "Stopp", "Forordnet av", "Merknader"]
    rows: list[list[Any]] = [[_p(h, st.cell_head) for h in head]]
    for o in orders:
        start, stop = _period_dates(o)
        notes = ", ".join(_markers(o, policy))
        if o.administration_notes.strip():
            notes = f"{notes}<br/>{_t(o.administration_notes)}" if notes else _t(o.administration_notes)
        max_text = f"{o.max_per_24h} doser" if o.max_per_24h else "–"
        rows.append([_drug_cell(o, st), _p(_t(o.route), st.body), _p(_t(o.indication), st.body),
                     _p(f"<b>{_t(str(o.dose))}</b>", st.body), max_text, _interval(o), start, stop,
                     _p(f"{_t(o.prescriber)}<br/><font size='6.5'>ordinert {format_date(o.ordered_on)}</font>",
                        st.body),
                     _p(notes or "–", st.body)])
    table = Table(rows, colWidths=_widths([21, 7, 14, 8.5, 7, 6.5, 7.5, 7.5, 12.5, 12.5]), repeatRows=1)
    table.setStyle(_list_table_style(st))
    return table


def _signing_grid(orders: Sequence[MedicationOrder], days: Sequence[dt.date], policy: DoubleCheckPolicy,
                  st: _Styles, max_rows: int) -> tuple[Table, float] | None:
    """One row per order and time (two where a double check is needed), one column per day.

    Returns the table and the height of its head row plus the first order's
    rows: the least room the grid needs to start on a page. ``max_rows`` is
    how many signature rows fit on a page under the head row.
    """
    shown = [o for o in orders if any(o.active_on(d) for d in days)]
    if not shown:
        return None
    any_double = any(policy.requires_second_signer(o) for o in shown)
    left = [CONTENT_WIDTH * 0.19, 11 * mm] + ([12 * mm] if any_double else [])
    day_w = (CONTENT_WIDTH - sum(left)) / len(days)
    first_day = len(left)
    head: list[Any] = [_p("Legemiddel og dose", st.cell_head), _p("Kl.", st.cell_head)]
    if any_double:
        head.append("")
    # Plain strings, not Paragraphs: the day heads repeat on every page and are many.
    head += [f"{WEEKDAYS_NB[d.weekday()]}\n{d.strftime('%d.%m')}" for d in days]
    rows: list[list[Any]] = [head]
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("FONT", (first_day - 1, 1), (first_day - 1, -1), st.regular, 6.5, 8),
        ("FONT", (first_day, 0), (-1, 0), st.bold, 7, 8.5),
        ("ALIGN", (first_day, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 1), (0, -1), "TOP"),
        ("BACKGROUND", (0, 0), (first_day - 1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for j, d in enumerate(days):
        col = first_day + j
        cmds.append(("BACKGROUND", (col, 0), (col, 0), colors.HexColor("#D2D2D2") if d.weekday() >= 5
                     else HEAD_FILL))
        if d.weekday() >= 5:
            cmds.append(("BACKGROUND", (col, 1), (col, -1), WEEKEND_FILL))
    heights: list[float] = [0]
    first_group = 0.0
    for order in shown:
        double = policy.requires_second_signer(order)
        per_time = 2 if double else 1
        # An order's rows are kept together on a page (its name spans them), so an order with
        # more times than fit on one page is cut into runs that do, each naming the drug.
        times_per_run = max(1, max_rows // per_time)
        runs = [order.times[i:i + times_per_run] for i in range(0, len(order.times), times_per_run)]
        for run_number, run in enumerate(runs):
            first_row = len(rows)
            for t in run:
                time_row = len(rows)
                for k in range(per_time):
                    row: list[Any] = ["", format_time(t) if k == 0 else ""]
                    if any_double:
                        row.append(("Gitt" if k == 0 else "Kontroll") if double else "")
                    row += [""] * len(days)
                    rows.append(row)
                    heights.append(SIGN_ROW_HEIGHT)
                if double:
                    cmds.append(("SPAN", (1, time_row), (1, time_row + 1)))
                    # The two boxes of one dose belong together: a lighter line between them.
                    cmds.append(("LINEBELOW", (2, time_row), (-1, time_row), 0.25, colors.HexColor("#8A8A8A")))
            last_row = len(rows) - 1
            rows[first_row][0] = _drug_cell(order, st, with_dose=True, continued=run_number > 0)
            if first_row == 1:
                drug_height = rows[1][0].wrap(left[0] - 6, PAGE_SIZE[1])[1] + 4.5
                first_group = max(drug_height, SIGN_ROW_HEIGHT * (last_row - first_row + 1))
            if last_row > first_row:
                cmds.append(("SPAN", (0, first_row), (0, last_row)))
            if run_number == 0:
                cmds.append(("LINEABOVE", (0, first_row), (-1, first_row), 0.9, INK))
            for j, d in enumerate(days):
                if not order.active_on(d):
                    col = first_day + j
                    cmds.append(("BACKGROUND", (col, first_row), (col, last_row), INACTIVE_FILL))
    table = Table(rows, colWidths=left + [day_w] * len(days), repeatRows=1,
                  minRowHeights=heights)
    table.setStyle(TableStyle(cmds))
    return table, first_group + 24


def _prn_log(orders: Sequence[MedicationOrder], days: int, policy: DoubleCheckPolicy, st: _Styles) -> Table:
    double = any(policy.requires_second_signer(o) for o in orders)
    head = ["Dato", "Kl.", "Legemiddel", "Dose", "Årsak", "Signatur"]
    fractions = [7, 5, 18, 8, 20, 8]
    if double:
        head.append("Kontroll")
        fractions.append(8)
    head += ["Effekt (kl. og vurdering)", "Signatur"]
    fractions += [20, 8]
    # Enough rows for a fortnight on the page with the signature legend; more for longer periods.
    n_rows = 12 if days <= 14 else 22
    rows: list[list[Any]] = [[_p(h, st.cell_head) for h in head]] + [[""] * len(head) for _ in range(n_rows)]
    table = Table(rows, colWidths=_widths(fractions), repeatRows=1,
                  minRowHeights=[0] + [SIGN_ROW_HEIGHT] * n_rows)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _signature_legend(st: _Styles) -> Table:
    head = ["Initialer", "Navn", "HPR-nummer", "Signatur"]
    rows: list[list[Any]] = [[_p(h, st.cell_head) for h in head]] + [[""] * 4 for _ in range(6)]
    table = Table(rows, colWidths=_widths([10, 35, 15, 40]), repeatRows=1,
                  minRowHeights=[0] + [SIGN_ROW_HEIGHT] * 6)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.regular, 7.5, 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE), ("BOX", (0, 0), (-1, -1), 0.9, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _story(client: Client, period: SheetPeriod, orders: SheetOrders, policy: DoubleCheckPolicy,
           st: _Styles, frame_height: float) -> list[Flowable]:
    story: list[Flowable] = [_p("Faste legemidler", st.h2)]
    story.append(_fixed_list(orders.fixed, policy, st) if orders.fixed
                 else _p("Ingen faste legemidler i perioden.", st.body))
    # A heading goes to the next page unless its table's head and first row fit under it.
    story.append(CondPageBreak(30 * mm))
    story.append(_p("Behovsmedisin", st.h2))
    story.append(_prn_list(orders.as_needed, policy, st) if orders.as_needed
                 else _p("Ingen behovsmedisin i perioden.", st.body))

    blocks = day_blocks(period, MAX_DAYS_PER_GRID)
    for n, days in enumerate(blocks, 1):
        # Room for the head row (two lines of day labels) and some slack.
        max_rows = max(1, int((frame_height - 30) // SIGN_ROW_HEIGHT))
        made = _signing_grid(orders.fixed, days, policy, st, max_rows)
        if made is None:
            continue
        grid, least_room = made
        part = f" (del {n} av {len(blocks)})" if len(blocks) > 1 else ""
        # Start a grid on a new page unless its heading, head row and first order fit.
        story.append(CondPageBreak(least_room + 25))
        story.append(_p(f"Signeringsliste, faste legemidler: {format_date(days[0])}–{format_date(days[-1])}"
                        f"{part}", st.h2))
        story.append(grid)
    if orders.fixed:
        double = ("<b>Dobbeltkontroll:</b> den som gir signerer i «Gitt», den som kontrollerer i «Kontroll». "
                  if any(policy.requires_second_signer(o) for o in orders.fixed) else "")
        story.append(Spacer(1, 2 * mm))
        story.append(_p(
            "Signer med initialer i ruten når dosen er gitt. Ikke gitt: skriv <b>IG</b>, nektet: <b>N</b>, "
            f"tatt selv: <b>S</b> – og skriv årsaken i journalen. {double}<b>Mørk grå rute:</b> legemiddelet "
            "er ikke startet eller er seponert – skal ikke gis. <b>Lys grå kolonne:</b> lørdag og søndag.",
            st.small))
    if orders.as_needed:
        story.append(CondPageBreak(45 * mm))
        story.append(_p("Utdelt behovsmedisin", st.h2))
        story.append(_p("Skriv tidspunkt, dose og årsak for hver dose. Vurder og skriv effekten senere "
                        "(tidspunkt og virkning). Husk maks antall doser per døgn og minste intervall.",
                        st.small))
        story.append(Spacer(1, 1.5 * mm))
        story.append(_prn_log(orders.as_needed, period.days, policy, st))
    story.append(KeepTogether([_p("Signaturforklaring", st.h2), _signature_legend(st)]))
    return story


def build_medication_sheet(client: Client, orders: Sequence[MedicationOrder], start: dt.date, days: int,
                           printed_by: WorkerRef, printed_at: dt.datetime, responsible_unit: str = "",
                           policy: DoubleCheckPolicy | None = None) -> bytes:
    """The medication sheet for ``client`` and ``days`` days from ``start``, as PDF bytes.

    ``orders`` is the client's medication list; orders entered in error or
    not in force during the period are left out. ``responsible_unit``
    defaults to the client's. ``policy`` says which orders need a double
    check (the default policy when None). Raises
    :class:`~desktop.domain.errors.DomainError` for a period of 0 or more than
    62 days, an order of another client, or a fixed order without times.
    """
    period = check_period(start, days)
    foreign = [o for o in orders if o.client_id != client.client_id]
    if foreign:
        raise DomainError("orders", "Legemiddellisten inneholder ordinasjoner for en annen bruker.",
                          "The medication list holds orders of another client.")
    policy = policy or DoubleCheckPolicy()
    chosen = select_orders(orders, period)
    regular, bold = register_fonts()
    st = _Styles(regular, bold)
    unit = responsible_unit.strip() or client.responsible_unit
    header = _header(client, period, chosen, unit, st)
    _, header_height = header.wrap(CONTENT_WIDTH, PAGE_SIZE[1])
    page_w, page_h = PAGE_SIZE
    frame_top = page_h - MARGIN_TOP - header_height - HEADER_GAP
    frame_bottom = MARGIN_BOTTOM + FOOTER_HEIGHT
    if frame_top - frame_bottom < 50 * mm:
        # Only an absurdly long CAVE list gets here; refuse clearly rather than fail in the layout.
        raise DomainError("allergies", "CAVE-listen er for lang til å få plass øverst på hver side av arket.",
                          "The CAVE list is too long to fit at the top of every page of the sheet.")
    frame = Frame(MARGIN_X, frame_bottom, CONTENT_WIDTH, frame_top - frame_bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def draw_header(canvas: Canvas, _doc: Any) -> None:
        header.wrapOn(canvas, CONTENT_WIDTH, page_h)
        header.drawOn(canvas, MARGIN_X, page_h - MARGIN_TOP - header_height)

    printed = f"Skrevet ut av {printed_by.name} (HPR {printed_by.hpr}), {format_datetime(printed_at)}"
    patient = f"{client.name}, f. {format_date(client.birth_date)}"

    def draw_footer(canvas: Canvas, number: int, total: int) -> None:
        canvas.saveState()
        y = MARGIN_BOTTOM + FOOTER_HEIGHT - 3 * mm
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y, page_w - MARGIN_X, y)
        canvas.setFont(bold, 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, y - 10, CHECK_LINE)
        canvas.setFont(regular, 7)
        canvas.drawString(MARGIN_X, y - 20, f"{printed} · {patient}")
        canvas.setFont(bold, 9)
        canvas.drawRightString(page_w - MARGIN_X, y - 20, f"Side {number}/{total}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, pageCompression=1,
                          title="Legemiddelark", author=printed_by.name, creator="Ambulant",
                          subject=f"Legemiddelark {period.label()}", lang="nb-NO",
                          # Every page starts in the embedded font, so no non-embedded Helvetica is referenced.
                          initialFontName=regular, initialFontSize=7.5)
    doc.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPage=draw_header)])
    doc.build(_story(client, period, chosen, policy, st, frame_top - frame_bottom),
              canvasmaker=numbered_canvas(draw_footer))
    return buffer.getvalue()


def write_medication_sheet(client: Client, orders: Sequence[MedicationOrder], start: dt.date, days: int,
                           printed_by: WorkerRef, printed_at: dt.datetime, path: Path,
                           responsible_unit: str = "", policy: DoubleCheckPolicy | None = None) -> bytes:
    """Build the sheet (see :func:`build_medication_sheet`) and write it to ``path`` atomically.

    Nothing is written when the input is bad. Returns the PDF bytes.
    """
    data = build_medication_sheet(client, orders, start, days, printed_by, printed_at,
                                  responsible_unit, policy)
    write_file_atomically(Path(path), data)
    return data
