"""The statement as an Excel workbook (openpyxl, write-only mode).

One sheet per part (summary, services, credits and hours, ledger, deliveries, findings,
burn-down), names in the statement's language. Each data sheet has a bold frozen header row
with a filter, column widths fitted to the text, real dates and numbers with number formats,
and an A4 landscape print set-up fitted to the page width with the header row repeated.
Values only, never formulas: text that a spreadsheet would run as a formula (= + - @ tab CR)
is stored as text.
"""

from __future__ import annotations

import re
from copy import copy
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.texts import word

from .labels import label
from .statement import Statement

#: First characters that make a spreadsheet read text as a formula (OWASP ASVS 1.2.10).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # openpyxl's ILLEGAL_CHARACTERS_RE

DATE_FORMATS = {"kk": "dd.mm.yyyy", "ru": "dd.mm.yyyy", "en": "d mmm yyyy"}
INT_FORMAT = "#,##0"
DEC_FORMAT = "#,##0.00"
MAX_WIDTH = 60
WIDTH_SAMPLE = 500  # rows looked at to fit a column's width


class _Sheet:
    """Rows collected first (write-only sheets take their column widths before any row)."""

    def __init__(self, title: str, head: list[str] | None, widths_min: int = 6):
        self.title = title
        self.head = head
        self.rows: list[list] = []
        self.filter_rows = 0  # rows under the header covered by the filter (0 = all data rows)
        self.bold_rows: set[int] = set()  # indexes into rows
        self.widths_min = widths_min

    def add(self, row: list, bold: bool = False) -> None:
        if bold:
            self.bold_rows.add(len(self.rows))
        self.rows.append(row)


def _text_width(value, date_format: str) -> int:
    if value is None:
        return 0
    if isinstance(value, date):
        return len(date_format) + 2
    if isinstance(value, (Decimal, int)):
        return len(f"{value:,}") + 1
    return max((len(line) for line in str(value).splitlines()), default=0)


def _clean(value):
    """Text without the control characters a workbook cannot hold."""
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


def _write(wb, sheet: _Sheet, lang: str, styles: dict) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet.title[:31])
    date_format = DATE_FORMATS.get(lang, "yyyy-mm-dd")
    ncols = max([len(sheet.head or [])] + [len(r) for r in sheet.rows] + [1])
    for c in range(ncols):
        width = max([_text_width(sheet.head[c], date_format) if sheet.head and c < len(sheet.head) else 0]
                    + [_text_width(r[c], date_format) for r in sheet.rows[:WIDTH_SAMPLE] if c < len(r)])
        ws.column_dimensions[get_column_letter(c + 1)].width = min(max(width + 2, sheet.widths_min), MAX_WIDTH)
    last_col = get_column_letter(ncols)
    ws.freeze_panes = "A2"  # the header row (the summary's title row) stays in view
    if sheet.head:
        covered = sheet.filter_rows or len(sheet.rows)
        ws.auto_filter.ref = f"A1:{last_col}{covered + 1}"
        ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    cells: dict = {}  # (number format, bold) -> a styled cell to copy the style from

    def styled(value, fmt: str | None, bold: bool):
        c = WriteOnlyCell(ws, value=value)
        proto = cells.get((fmt, bold))
        if proto is None:
            proto = cells[(fmt, bold)] = WriteOnlyCell(ws)
            if fmt:
                proto.number_format = fmt
            if bold:
                proto.font = styles["bold"]
        c._style = copy(proto._style)  # one style lookup per kind of cell, not per cell
        return c

    if sheet.head:
        head = []
        for text in sheet.head:
            c = WriteOnlyCell(ws, value=_clean(text))
            c.data_type = "s"
            c.font = styles["bold"]
            c.fill = styles["fill"]
            head.append(c)
        ws.append(head)
    for i, values in enumerate(sheet.rows):
        bold = i in sheet.bold_rows
        row = []
        for value in values:
            if isinstance(value, str):
                value = _clean(value)
                if value.startswith(FORMULA_START):
                    value = styled(value, None, bold)
                    value.data_type = "s"  # text, even when it looks like a formula
                elif bold:
                    value = styled(value, None, True)
            elif isinstance(value, Decimal):
                value = styled(value, INT_FORMAT if value == value.to_integral_value() else DEC_FORMAT, bold)
            elif isinstance(value, date):
                value = styled(value, date_format, bold)
            elif bold and value is not None:
                value = styled(value, None, True)
            row.append(value)
        ws.append(row)


def _summary(st: Statement) -> _Sheet:
    h, lang = st.header, st.lang
    t = st.totals()
    sh = _Sheet(label("sheet_summary", lang), None, widths_min=10)
    sh.add([label("title", lang), h.quarter], bold=True)
    locs = "; ".join(f"{loc.name} ({loc.country}) — {label('host', lang) if loc.is_host else loc.role}"
                     for loc in h.locations)
    for key, value in (("customer", h.customer), ("work_order", h.work_order),
                       ("term_start", h.term_start), ("term_end", h.term_end),
                       ("locations", locs), ("currency", h.currency), ("quarter", h.quarter),
                       ("printed", h.printed), ("as_of", h.as_of)):
        sh.add([label(key, lang), value])
    sh.add([])
    sh.add([label("balances", lang), label("opening", lang), label("closing", lang)], bold=True)
    sh.add([label("total_credits", lang), t.credits_opening, t.credits_closing])
    sh.add([label("total_hours", lang), t.hours_opening, t.hours_closing])
    sh.add([])
    sh.add([label("findings", lang, date=h.as_of.isoformat()), len(st.findings)], bold=True)
    for sev in ("error", "warning", "info"):
        words = [f.severity_word for f in st.findings if f.severity == sev]
        if words:
            sh.add([words[0], len(words)])
    sh.add([label("deliveries", lang), len(st.deliveries)], bold=True)
    sh.add([label("upcoming", lang, quarter=st.next_quarter), len(st.upcoming)], bold=True)
    return sh


def _services(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_services", lang), [label(k, lang) for k in (
        "line_no", "mark", "service", "location", "funding", "unit", "quantity", "delivered_to_date",
        "delivered_in_quarter", "remaining", "notes")])
    for r in st.services:
        sh.add([r.line_no, r.mark, r.name, r.location, r.funding, r.unit_word, r.quantity,
                r.delivered_to_date, r.delivered_in_quarter, r.remaining, r.notes])
    return sh


def _balances(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_balances", lang), [label(k, lang) for k in (
        "location", "host", "unit", "opening", "grants", "draws", "transfers_in", "transfers_out",
        "fees", "other", "closing")])
    for b in st.balances:
        sh.add([b.country, "✓" if b.is_host else "", b.unit_word, b.opening, *b.movements, b.closing])
    sh.filter_rows = len(sh.rows)
    t = st.totals()
    sh.add([label("total_credits", lang), "", word("unit", "credits", lang), t.credits_opening,
            *t.credits_movements, t.credits_closing], bold=True)
    sh.add([label("total_hours", lang), "", word("unit", "hours", lang), t.hours_opening,
            *t.hours_movements, t.hours_closing], bold=True)
    return sh


def _ledger(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_ledger", lang), [label(k, lang) for k in (
        "date", "location", "kind", "credits", "hours", "reference", "counterparty", "notes")])
    for e in st.ledger:
        sh.add([e.on, e.country, e.kind_word, e.credits, e.hours, e.reference, e.counterparty, e.notes])
    return sh


def _deliveries(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_deliveries", lang), [label(k, lang) for k in (
        "period", "ref", "service", "title_col", "location", "status", "mode", "first_day", "last_day",
        "credits", "hours", "fee", "fee_unit", "notes")])
    for period, rows in (("this_quarter", st.deliveries), ("next_quarter", st.upcoming)):
        word = label(period, lang)
        for d in rows:
            sh.add([word, d.ref, d.service_name, d.title, d.country, d.status_word, d.mode_word,
                    d.first_day, d.last_day, d.credits, d.hours, d.fee,
                    d.fee_unit_word if d.fee else "", d.notes])
    return sh


def _findings(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_findings", lang), [label(k, lang) for k in (
        "severity", "rule", "rule", "subject", "due", "days_left", "section", "message")])
    sh.head[1] = "ID"
    for f in st.findings:
        sh.add([f.severity_word, f.rule, f.rule_name, f.subject, f.due, f.days_left, f.section,
                f.message])
    return sh


def _burn(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_burn", lang), [label("unit", lang), label("series", lang),
                                            label("date", lang), label("balance", lang)])
    for b in st.burn:
        for key, points in (("planned", b.planned), ("delivered", b.delivered)):
            word = label(key, lang)
            for day, value in points:
                sh.add([b.unit_word, word, day, value])
    return sh


def render_xlsx(statement: Statement, path: Path | str) -> Path:
    """Write the statement as an .xlsx workbook at ``path``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    styles = {"bold": Font(bold=True), "fill": PatternFill("solid", fgColor="E8ECF2")}
    wb = Workbook(write_only=True)
    for sheet in (_summary(statement), _services(statement), _balances(statement),
                  _ledger(statement), _deliveries(statement), _findings(statement),
                  _burn(statement)):
        _write(wb, sheet, statement.lang, styles)
    path = Path(path)
    wb.save(str(path))
    return path
