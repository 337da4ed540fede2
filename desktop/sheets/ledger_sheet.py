"""The printed controlled-drug ledger (A- og B-preparatregnskap), A4 landscape, in the medication sheet's frame.

Every page carries the client's identity, the period and the balance of each
drug at the period's end at the top, and at the bottom who printed it, when
and "Side x/y" (see :mod:`desktop.sheets.page_frame`). The body has one
section per drug: the balance going in and coming out, then every line with
date, time, kind, detail, amount, balance after and both signatures (name and
HPR number); counts show what was counted against the balance, deviations what
was found, by whom, to whom it was reported and the follow-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from ..domain.clients import Client
from ..domain.errors import DomainError
from ..domain.ledger import LedgerCount, LedgerDeviation, LedgerNotGiven, LedgerReceipt, LedgerWaste, ReceiptSource
from ..domain.ledger_rules import DrugLedger, LedgerLine, LineKind
from ..domain.medication import Administration, AdministrationStatus
from ..domain.medication_rules import LOCAL_TZ
from ..domain.records import WorkerRef
from ..support.atomic_files import write_file_atomically
from .ledger_period import LedgerPeriod, lines_in
from .page_frame import (CONTENT_WIDTH, INK, SheetStyles, identity_lines, list_table_style, para, render_pages,
                         safe, widths)
from .sheet_model import format_date, format_datetime

KIND_NB = {LineKind.RECEIPT: "Mottak", LineKind.WITHDRAWAL: "Uttak (dose)",
           LineKind.NOT_GIVEN_RETURNED: "Ikke gitt – lagt tilbake",
           LineKind.NOT_GIVEN_WASTED: "Ikke gitt – kassert",
           LineKind.WASTE: "Kassasjon", LineKind.COUNT: "Telling", LineKind.DEVIATION: "Avvik"}
SOURCE_NB = {ReceiptSource.PHARMACY: "apotek", ReceiptSource.MULTIDOSE: "multidoseleverandør",
             ReceiptSource.RELATIVE: "pårørende", ReceiptSource.OTHER: "annet"}
CHECK_LINE = ("A- og B-preparatregnskapet oppbevares i fem år. En telling som ikke stemmer, og uttak som gir "
              "negativ beholdning, skal ha et registrert avvik.")
WARN_INK = colors.HexColor("#A0001C")
ERROR_INK = colors.HexColor("#7A7A7A")


def amount_text(value: Decimal, signed: bool = False) -> str:
    """A number the Norwegian way (decimal comma, no needless zeros); ``signed`` puts + or − in front."""
    text = format(abs(value).normalize(), "f").replace(".", ",") if value != 0 else "0"
    if value < 0:
        return f"−{text}"
    return f"+{text}" if signed and value > 0 else text


def signer_text(worker: WorkerRef) -> str:
    return f"{safe(worker.name)}<br/><font size='6.5'>HPR {safe(worker.hpr)}</font>"


def line_detail(line: LedgerLine, unit: str) -> str:
    """What the line is about, as Paragraph markup."""
    record: Any = line.record
    parts: list[str] = []
    if isinstance(record, LedgerReceipt):
        parts.append(f"Fra {safe(record.supplier)} ({SOURCE_NB[record.source]})")
    elif isinstance(record, Administration):
        how = "tatt selv" if record.status is AdministrationStatus.SELF_ADMINISTERED else "gitt"
        parts.append(f"Dose {safe(str(record.dose))} {how}")
        if record.prn_reason:
            parts.append(f"ved behov: {safe(record.prn_reason)}")
        if line.unit_differs:
            parts.append("<b>annen enhet enn regnskapet</b>")
    elif isinstance(record, LedgerCount):
        if line.expected is None:
            parts.append(f"Åpningstelling: {amount_text(record.counted)} {safe(unit)}")
        else:
            parts.append(f"Telt {amount_text(record.counted)}, regnskap {amount_text(line.expected)}")
            if line.mismatch:
                parts.append(f"<font color='#A0001C'><b>STEMMER IKKE, differanse "
                             f"{amount_text(record.counted - line.expected, signed=True)}</b></font>")
            else:
                parts.append("stemmer")
    elif isinstance(record, (LedgerWaste, LedgerNotGiven)):
        parts.append(safe(record.reason))
    elif isinstance(record, LedgerDeviation):
        parts.append(f"<b>{safe(record.what)}</b>")
        parts.append(f"Oppdaget av {safe(record.found_by)}; meldt til {safe(record.reported_to)}")
        parts.append(f"Oppfølging: {safe(record.follow_up)}" if record.follow_up else "Oppfølging: –")
    note = getattr(record, "note", "")
    if note:
        parts.append(safe(note))
    if line.below_zero:
        parts.append("<font color='#A0001C'><b>negativ beholdning</b></font>")
    text = "; ".join(parts)
    if line.in_error:
        reason = safe(record.meta.status_reason)
        text = f"<strike>{text}</strike><br/><b>Feilregistrert</b>: {reason}"
    return text


def _drug_section(ledger: DrugLedger, period: LedgerPeriod, st: SheetStyles) -> list[Flowable]:
    lines, opening, closing = lines_in(ledger, period)
    unit = safe(ledger.unit)
    atc = f" · ATC {safe(ledger.drug.atc)}" if ledger.drug.atc else ""
    story: list[Flowable] = [CondPageBreak(30 * mm),
                             para(f"{safe(ledger.drug.label)} ({ledger.controlled.value}-preparat){atc}", st.h2)]
    opened = f"{amount_text(opening)} {unit}" if opening is not None else f"0 {unit} (startet i perioden)"
    story.append(para(f"Inngående beholdning: <b>{opened}</b> &nbsp;·&nbsp; Utgående beholdning: "
                      f"<b>{amount_text(closing)} {unit}</b> &nbsp;·&nbsp; Regnskapet startet "
                      f"{format_datetime(ledger.started) if ledger.started else '–'}", st.body))
    story.append(Spacer(1, 1.5 * mm))
    if not lines:
        story.append(para("Ingen hendelser i perioden.", st.body))
        return story
    head = ["Dato", "Kl.", "Hendelse", "Detaljer", f"Inn/ut ({unit})", "Beholdning etter", "Signatur",
            "Kontrollert av"]
    rows: list[list[Any]] = [[para(h, st.cell_head) for h in head]]
    cmds: list[tuple[Any, ...]] = []
    for line in lines:
        local = line.at.astimezone(LOCAL_TZ)
        change = "–" if line.kind is LineKind.DEVIATION or line.in_error else amount_text(line.change, signed=True)
        if line.kind is LineKind.COUNT and not line.in_error:
            change = "±0" if line.change == 0 else amount_text(line.change, signed=True)
        second = line.signers[1] if len(line.signers) > 1 else None
        rows.append([format_date(local.date()), local.strftime("%H:%M"), para(KIND_NB[line.kind], st.body),
                     para(line_detail(line, ledger.unit), st.body), para(change, st.body),
                     para(f"<b>{amount_text(line.balance_after)}</b>", st.body),
                     para(signer_text(line.signers[0]), st.body),
                     para(signer_text(second) if second else "–", st.body)])
        row = len(rows) - 1
        if line.in_error:
            cmds.append(("TEXTCOLOR", (0, row), (-1, row), ERROR_INK))
        if line.mismatch or line.below_zero or line.kind is LineKind.DEVIATION:
            cmds.append(("LINEBEFORE", (0, row), (0, row), 2.2, WARN_INK))
    table = Table(rows, colWidths=widths([8, 4.5, 10, 33, 7, 8, 14.5, 14.5]), repeatRows=1)
    style = list_table_style(st)
    for cmd in cmds:
        style.add(*cmd)
    table.setStyle(style)
    story.append(table)
    return story


def _header(client: Client, ledgers: Sequence[DrugLedger], period: LedgerPeriod, unit: str,
            st: SheetStyles) -> Table:
    identity = identity_lines(client, "A- OG B-PREPARATREGNSKAP (NARKOTIKAREGNSKAP)", st)
    about = [para(f"Periode: <b>{period.label()}</b>", st.body),
             para(f"Ansvarlig enhet: {safe(unit) or '–'}", st.body),
             para(f"Legemidler i regnskapet: {len(ledgers)}", st.body)]
    balances = [[para("BEHOLDNING VED PERIODENS SLUTT", st.kicker), ""]]
    for ledger in ledgers:
        _, _, closing = lines_in(ledger, period)
        balances.append([para(safe(ledger.drug.label), st.body),
                         para(f"<b>{amount_text(closing)} {safe(ledger.unit)}</b>", st.body)])
    if not ledgers:
        balances.append([para("Ingen A- eller B-preparater.", st.body), ""])
    col = [CONTENT_WIDTH * 0.37, CONTENT_WIDTH * 0.27, CONTENT_WIDTH * 0.36]
    box = Table(balances, colWidths=[col[2] * 0.66, col[2] * 0.34])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, INK), ("SPAN", (0, 0), (-1, 0)),
                             ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                             ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))
    table = Table([[identity, about, box]], colWidths=col)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (1, 0), 8),
                               ("RIGHTPADDING", (2, 0), (2, 0), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LINEBELOW", (0, -1), (-1, -1), 1.2, INK)]))
    return table


def _legend(st: SheetStyles) -> Flowable:
    return para("<b>Uttak</b> er en signert dose av et A- eller B-preparat (signert av den som ga dosen og den som "
                "kontrollerte). <b>Telling</b> setter beholdningen til det som ble telt; en telling som ikke stemmer "
                "må ha et avvik før neste dose kan signeres. <b>Feilregistrerte</b> linjer vises i grått og teller "
                "ikke. Markering i venstre kant: telling som ikke stemmer, negativ beholdning eller avvik.",
                st.small)


def build_ledger_sheet(client: Client, ledgers: Sequence[DrugLedger], period: LedgerPeriod,
                       printed_by: WorkerRef, printed_at: dt.datetime, responsible_unit: str = "") -> bytes:
    """The printed ledger of ``client`` for ``period``, as PDF bytes (only started ledgers are printed)."""
    kept = [ledger for ledger in ledgers if ledger.kept]
    st = SheetStyles.make()
    unit = responsible_unit.strip() or client.responsible_unit
    header = _header(client, kept, period, unit, st)

    def story(_body_height: float) -> list[Flowable]:
        body: list[Flowable] = []
        for ledger in kept:
            body += _drug_section(ledger, period, st)
        if not kept:
            body.append(para("Det føres ikke regnskap for noen A- eller B-preparater for denne brukeren.", st.body))
        body += [CondPageBreak(15 * mm), para("Forklaring", st.h2), _legend(st)]
        return body

    too_tall = DomainError("drugs", "For mange legemidler til å få plass øverst på hver side.",
                           "Too many drugs to fit at the top of every page.")
    return render_pages(header, story, st, client=client, printed_by=printed_by, printed_at=printed_at,
                        check_line=CHECK_LINE, title="A- og B-preparatregnskap",
                        subject=f"Narkotikaregnskap {period.label()}", too_tall=too_tall)


def write_ledger_sheet(client: Client, ledgers: Sequence[DrugLedger], period: LedgerPeriod,
                       printed_by: WorkerRef, printed_at: dt.datetime, path: Path,
                       responsible_unit: str = "") -> bytes:
    """Build the ledger (see :func:`build_ledger_sheet`) and write it to ``path`` whole or not at all."""
    data = build_ledger_sheet(client, ledgers, period, printed_by, printed_at, responsible_unit)
    write_file_atomically(Path(path), data)
    return data

