"""The statement as an Excel workbook (openpyxl, write-only mode).

One sheet per part (summary, services, credits and hours, ledger, deliveries, findings,
burn-down), names in the statement's language. Each data sheet has a bold frozen header row
with a filter, column widths fitted to the text, real dates and numbers with number formats,
and an A4 landscape print set-up fitted to the page width with the header row repeated.
Values only, never formulas: every text cell is stored as text, so text that a spreadsheet
would run as a formula (= + - @ tab CR) or read as an error value (#N/A) stays what was typed.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from app.messages import t as msg
from app.texts import count, word

from .labels import fmt_day as fmt_date
from .labels import label, quarter_words
from .statement import Statement

_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")  # openpyxl's ILLEGAL_CHARACTERS_RE

DATE_FORMATS = {"kk": "dd.mm.yyyy", "ru": "dd.mm.yyyy", "en": "d mmm yyyy"}
INT_FORMAT = "#,##0"
DEC_FORMAT = "#,##0.00"
MAX_WIDTH = 45  # longer text wraps inside its column
WIDTH_SAMPLE = 500  # rows looked at to fit a column's width
FONT_NAME = "Calibri"  # named on every style (LibreOffice shows it metric-equal, as Carlito)
FONT_SIZE = 10
#: the printable width of A4 landscape between 1.3 cm margins, in column-width units (one
#: unit is the width of a digit in Calibri 11, about 5.3 pt)
PRINT_UNITS = 105  # measured: LibreOffice printed 142 units at 77 % (about 109 at 100 %)
MIN_SCALE = 70  # a printed sheet never prints smaller than this (%)


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
    t = type(value)
    if t is str:
        return max(map(len, value.splitlines()), default=0) if "\n" in value or "\r" in value else len(value)
    if value is None:
        return 0
    if isinstance(value, date):
        return len(date_format) + 2
    if isinstance(value, (Decimal, int)):
        return len(f"{value:,}") + 1
    return max((len(line) for line in str(value).splitlines()), default=0)


def _widths(sheet: _Sheet, date_format: str) -> list[int]:
    """Column widths fitted to the header and the first WIDTH_SAMPLE rows."""
    sample = sheet.rows[:WIDTH_SAMPLE]
    ncols = max([len(sheet.head or [])] + [len(r) for r in sheet.rows] + [1])
    widths = [0] * ncols
    for r in ([sheet.head] if sheet.head else []) + sample:
        for c, value in enumerate(r):
            if value is not None:
                w = _text_width(value, date_format)
                if w > widths[c]:
                    widths[c] = w
    widths = [min(max(w + 2, sheet.widths_min), MAX_WIDTH) for w in widths]
    # wide sheets: narrow the widest columns (their text wraps) until the page fits at MIN_SCALE
    budget = PRINT_UNITS * 100 // MIN_SCALE
    while sum(widths) > budget:
        widest = max(range(len(widths)), key=widths.__getitem__)
        if widths[widest] <= 8:
            break
        widths[widest] -= 1
    return widths


def print_scale(widths: list[int]) -> int:
    """The print scale (%) at which the sheet's columns fill the page width (at most 100)."""
    return max(min(100, PRINT_UNITS * 100 // max(sum(widths), 1)), 10)


class _Styles:
    """The few cell styles of a sheet, each prepared once and shared by every cell that has it
    (openpyxl's per-cell Font/number_format setters are slow: they look the style up each time)."""

    def __init__(self, ws, date_format: str, fonts: dict):
        from openpyxl.cell import WriteOnlyCell

        def style(fmt=None, font=None, fill=None, align=None):
            proto = WriteOnlyCell(ws)
            if fmt:
                proto.number_format = fmt
            if font:
                proto.font = font
            if fill:
                proto.fill = fill
            if align:
                proto.alignment = align
            return proto._style

        self.bold_font = bold = fonts["bold"]
        plain, wrap, top = fonts["plain"], fonts["wrap"], fonts["top"]
        self.head = style(font=bold, fill=fonts["fill"], align=wrap)
        # (plain, bold) for text, whole numbers, decimals, dates; text wraps in its column
        self.text = (style(font=plain, align=wrap), style(font=bold, align=wrap))
        self.int = (style(INT_FORMAT, plain, align=top), style(INT_FORMAT, bold, align=top))
        self.dec = (style(DEC_FORMAT, plain, align=top), style(DEC_FORMAT, bold, align=top))
        self.date = (style(date_format, plain, align=top), style(date_format, bold, align=top))


def _row_writer(ws, styles: _Styles):
    """Cells of one appended row, for the write-only sheet's writer.

    Replaces openpyxl's own conversion (``WriteOnlyWorksheet._values_to_row``), which binds
    every value through the generic type checks, creates a cell per styled value and raises
    and catches an exception for every ready-made cell. The writer serialises each cell
    before it asks for the next, so one cell object serves the whole row. Text is always
    written as text (never as a formula or an error value)."""
    from openpyxl.cell import Cell, WriteOnlyCell

    ids: dict[int, int] = {}  # id of one of the sheet's few styles -> its index in the workbook
    book_styles = ws.parent._cell_styles

    class _Cell(Cell):
        """The shared cell, whose style index is looked up once per style (openpyxl hashes the
        cell's style array for every cell it writes); the same index, asked for in the same order."""

        __slots__ = ()

        @property
        def style_id(self) -> int:
            style = self._style
            i = ids.get(id(style))
            if i is None:
                i = ids[id(style)] = book_styles.add(style)
            return i

    cell = _Cell(ws, row=1, column=1)

    def to_cells(row, row_idx):
        values, bold = row
        b = 1 if bold else 0
        cell.row = row_idx
        for col, value in enumerate(values, 1):
            t = type(value)
            if t is str:
                if not value:
                    continue
                if not value.isprintable():
                    value = _ILLEGAL.sub("", value)
                if len(value) > 32767:
                    value = value[:32767]
                dtype, style = "s", (styles.head if bold == "head" else styles.text[b])
            elif t is Decimal:
                if not value.is_finite():
                    continue
                dtype = "n"
                style = (styles.int if value == value.to_integral_value() else styles.dec)[b]
            elif t is date:
                dtype, style = "d", styles.date[b]
            elif t is int:
                dtype, style = "n", styles.text[b]
            elif value is None:
                continue
            else:  # anything else: openpyxl's own typing, then the row's style
                fresh = WriteOnlyCell(ws, value=value)
                fresh.row, fresh.column = row_idx, col
                if fresh.data_type == "f":
                    fresh.data_type = "s"
                if b:
                    fresh.font = styles.bold_font
                yield fresh
                continue
            cell.column = col
            cell._value = value
            cell.data_type = dtype
            cell._style = style
            yield cell

    return to_cells


def _write(wb, sheet: _Sheet, lang: str, fonts: dict, head_foot: tuple[str, str, str] = ("", "", "")) -> None:
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet.title[:31])
    date_format = DATE_FORMATS.get(lang, "yyyy-mm-dd")
    widths = _widths(sheet, date_format)
    for c, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(c + 1)].width = width
    last_col = get_column_letter(len(widths))
    ws.freeze_panes = "A2"  # the header row (the summary's title row) stays in view
    if sheet.head:
        covered = sheet.filter_rows or len(sheet.rows)
        ws.auto_filter.ref = f"A1:{last_col}{covered + 1}"
        ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape"
    # fit to the page width; the widths above keep the scale at MIN_SCALE or more (the
    # expected scale, print_scale(), is written too: Excel and LibreOffice compute their own)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.scale = print_scale(widths)
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    customer, work_order, page = head_foot
    for hf in (ws.oddHeader, ws.evenHeader, ws.firstHeader):
        hf.left.text, hf.right.text = _hf(customer), _hf(work_order)
    for hf in (ws.oddFooter, ws.evenFooter, ws.firstFooter):
        hf.right.text = page

    if not callable(getattr(ws, "_values_to_row", None)):  # openpyxl changed its internals
        raise RuntimeError("openpyxl's write-only sheet has no _values_to_row to replace")
    ws._values_to_row = _row_writer(ws, _Styles(ws, date_format, fonts))
    # each appended row is (values, bold); the header row is (texts, "head")
    append = ws.append
    if sheet.head:
        append(([str(text) for text in sheet.head], "head"))
    bold_rows = sheet.bold_rows
    first = 2 if sheet.head else 1
    if sheet.head:
        _row_height(ws, 1, sheet.head, widths)
    for i, values in enumerate(sheet.rows):
        _row_height(ws, first + i, values, widths)
        append((values, i in bold_rows))


LINE_HEIGHT = 13.0  # points per line of 10 pt type


def _row_height(ws, row_idx: int, values: list, widths: list[int]) -> None:
    """A row whose text wraps gets the height of its lines (spreadsheets do not all measure
    wrapped rows when they open a file)."""
    lines = 1
    for c, value in enumerate(values):
        if type(value) is str and c < len(widths) and value:
            per_line = max(widths[c] - 1, 1)
            if len(value) <= per_line and value.isprintable():
                continue  # one line: no line break (they are all unprintable) and it fits
            n = sum(-(-max(len(p), 1) // per_line) for p in value.splitlines())
            if n > lines:
                lines = n
    if lines > 1:
        ws.row_dimensions[row_idx].height = lines * LINE_HEIGHT


def _hf(text: str) -> str:
    """Text for a print header or footer: "&" starts a code there, so it is doubled."""
    return text.replace("&", "&&")[:120]


def _summary(st: Statement) -> _Sheet:
    h, lang = st.header, st.lang
    t = st.totals()
    sh = _Sheet(label("sheet_summary", lang), None, widths_min=10)
    sh.add([label("title", lang), quarter_words(h.quarter, lang)], bold=True)
    sh.add([msg(f"statement.edition.{st.edition}", lang)])
    locs = "; ".join(f"{loc.name} ({loc.country}) — {label('host', lang) if loc.is_host else loc.role}"
                     for loc in h.locations)
    for key, value in (("customer", h.customer), ("work_order", h.work_order),
                       ("term_start", h.term_start), ("term_end", h.term_end),
                       ("locations", locs), ("currency", h.currency),
                       ("quarter", f"{quarter_words(h.quarter, lang)} ({fmt_date(h.quarter_start, lang)} – "
                                   f"{fmt_date(h.quarter_end, lang)})"),
                       ("printed", h.printed), ("as_of", h.as_of)):
        if key == "as_of" and not st.internal:
            continue
        sh.add([label(key, lang), value])
    sh.add([label("term", lang), msg("statement.term_elapsed", lang, start=fmt_date(h.term_start, lang),
                                     end=fmt_date(h.term_end, lang), pct=st.term_pct)])
    v = st.value
    if v is not None:
        sh.add([])
        sh.add([msg("statement.contract_value", lang), v.currency], bold=True)
        sh.add([msg("statement.value.base", lang), v.base])
        if v.flex_allowance:
            sh.add([msg("statement.value.flex_allocated", lang), v.flex_allocated])
            sh.add([msg("statement.value.flex_forfeited", lang), v.flex_forfeited])
        sh.add([msg("statement.value.additional", lang), v.additional])
    if st.entitlements:
        sh.add([])
        sh.add([msg("statement.col.entitlement", lang), label("unit", lang),
                *(msg(f"statement.col.{k}", lang) for k in ("purchased", "delivered", "scheduled",
                                                             "remaining", "expiring"))], bold=True)
        for e in st.entitlements:
            sh.add([e.name, e.unit_word, e.purchased, e.delivered, e.scheduled, e.remaining, e.expiring])
        for r in st.risks:
            key = "statement.at_risk" if r.at_risk > 0 else "statement.no_risk"
            sh.add([msg(key, lang, counted=count(f"unit.{r.unit}", r.at_risk, lang), date=fmt_date(h.term_end, lang))])
    sh.add([])
    sh.add([msg("statement.actions", lang)], bold=True)
    for a in st.actions:
        sh.add([a.on, a.text])
    for line in st.past_actions:
        sh.add([line])
    if st.contact:
        sh.add([])
        sh.add([msg("statement.contact", lang)], bold=True)
        for k in ("name", "email", "phone"):
            if getattr(st.contact, k):
                sh.add([msg(f"statement.contact.{k}", lang), getattr(st.contact, k)])
    sh.add([])
    sh.add([label("balances", lang), label("opening", lang), label("closing", lang)], bold=True)
    sh.add([label("total_credits", lang), t.credits_opening, t.credits_closing])
    sh.add([label("total_hours", lang), t.hours_opening, t.hours_closing])
    sh.add([])
    if st.internal:
        sh.add([label("findings", lang, date=fmt_date(h.as_of, lang)), len(st.findings)], bold=True)
        for sev in ("error", "warning", "info"):
            words = [f.severity_word for f in st.findings if f.severity == sev]
            if words:
                sh.add([words[0], len(words)])
    sh.add([label("deliveries", lang), len(st.deliveries)], bold=True)
    sh.add([label("upcoming", lang, quarter=quarter_words(st.next_quarter, lang, "for")), len(st.upcoming)],
           bold=True)
    return sh


def _services(st: Statement) -> _Sheet:
    lang = st.lang
    sh = _Sheet(label("sheet_services", lang), [label(k, lang) for k in (
        "line_no", "mark", "service", "location", "funding", "unit", "quantity", "delivered_to_date",
        "delivered_in_quarter", "remaining", "notes")])
    for r in st.services:
        sh.add([r.line_no, r.mark, r.name, r.location, r.funding, r.unit_word, r.quantity,
                r.delivered_to_date, r.delivered_in_quarter, r.remaining, r.notes])
    return _drop_notes(sh, st)


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
    return _drop_notes(sh, st)


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
    return _drop_notes(sh, st)


def _drop_notes(sh: _Sheet, st: Statement) -> _Sheet:
    """The customer edition leaves out the last column, the account team's own notes."""
    if not st.internal and sh.head:
        sh.head = sh.head[:-1]
        sh.rows = [r[:-1] for r in sh.rows]
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
        for key, points in (("planned", b.planned), ("delivered", b.delivered), ("forecast", b.forecast)):
            word = label(key, lang)
            for day, value in points:
                sh.add([b.unit_word, word, day, value])
    return sh


def _burn_chart(wb, st: Statement) -> None:
    """A native line chart of the burn-down sheet's series (balance over the term, by date),
    one per unit, beside the data."""
    from openpyxl.chart import Reference, ScatterChart, Series

    if not st.burn:
        return
    ws = wb.worksheets[-1]
    row = 2  # the data starts under the header row, in the order _burn wrote it
    anchor_row = 2
    for b in st.burn:
        chart = ScatterChart()
        chart.title = f"{label('balance', st.lang)}: {b.unit_word}"
        chart.style = 13
        chart.height, chart.width = 8, 18
        chart.x_axis.number_format = DATE_FORMATS.get(st.lang, "yyyy-mm-dd")
        chart.x_axis.majorTimeUnit = "months"
        chart.x_axis.title = label("date", st.lang)
        chart.y_axis.title = b.unit_word
        chart.x_axis.delete = chart.y_axis.delete = False
        for key, points, colour, dash in (("planned", b.planned, "E08A00", "dash"),
                                          ("delivered", b.delivered, "1F5FA8", None),
                                          ("forecast", b.forecast, "6A3D9A", "sysDot")):
            if not points:
                continue
            first, last = row, row + len(points) - 1
            xs = Reference(ws, min_col=3, min_row=first, max_row=last)
            ys = Reference(ws, min_col=4, min_row=first, max_row=last)
            series = Series(ys, xs, title=label(key, st.lang))
            series.marker.symbol = "none"
            series.smooth = False
            series.graphicalProperties.line.solidFill = colour  # the PDF chart's colours
            series.graphicalProperties.line.width = 22000 if dash is None else 15000
            if dash:
                series.graphicalProperties.line.dashStyle = dash
            chart.series.append(series)
            row = last + 1
        ws.add_chart(chart, f"F{anchor_row}")
        anchor_row += 17


def render_xlsx(statement: Statement, path: Path | str) -> Path:
    """Write the statement as an .xlsx workbook at ``path``, atomically (``app.files``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    styles = {"plain": Font(name=FONT_NAME, size=FONT_SIZE),
              "bold": Font(name=FONT_NAME, size=FONT_SIZE, bold=True),
              "wrap": Alignment(wrap_text=True, vertical="top"),
              "top": Alignment(vertical="top"),
              "fill": PatternFill("solid", fgColor="E8ECF2")}
    h, lang = statement.header, statement.lang
    page = label("page", lang).replace("{page}", "&P").replace("{pages}", "&N")
    head_foot = (h.customer, f"{label('work_order', lang)} {h.work_order} · {quarter_words(h.quarter, lang)}",
                 page)
    wb = Workbook(write_only=True)
    sheets = [_summary(statement), _services(statement), _balances(statement),
              _ledger(statement), _deliveries(statement)]
    if statement.internal:  # rule ids and severities: the internal edition only
        sheets.append(_findings(statement))
    for sheet in (*sheets, _burn(statement)):
        _write(wb, sheet, statement.lang, styles, head_foot)
    _burn_chart(wb, statement)
    from app.files import atomic_output

    path = Path(path)
    with atomic_output(path) as tmp:
        wb.save(str(tmp))
    return path
