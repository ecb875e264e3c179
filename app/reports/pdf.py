"""The statement as a print-ready A4 PDF (reportlab platypus).

DejaVu Sans (shipped in resources/fonts with its licence) is embedded so Kazakh and Russian
render; every text that comes from people is escaped before it reaches a Paragraph, and plain
table cells are drawn as they are (never read as markup). Page X of Y comes from a canvas that
holds its pages until the end (one layout pass).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from app import RESOURCES, texts

from .labels import label
from .statement import BalanceRow, BurnSeries, DeliveryRow, Statement

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_DIR = RESOURCES / "fonts"

#: Severity colours, the same in the window, the PDF and the workbook (always with the word).
SEVERITY_COLOURS = {"error": "#B3261E", "warning": "#8A5A00", "info": "#1F5FA8"}
HEADER_FILL = "#E8ECF2"
TOTAL_FILL = "#F3F5F8"
GRID = "#9AA4B2"

MM = 72 / 25.4
MARGIN = 14 * MM
FOOTER_Y = 9 * MM
A4_WIDTH = 595.2755905511812
CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN
HEAD_SIZE = 6.8


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans and its bold once per process; returns the family name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return FONT


@lru_cache(maxsize=1)
def _styles():
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=8, leading=10)
    return {
        "base": base,
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, keepWithNext=1, fontSize=10.5, leading=13,
                             spaceBefore=10, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9),
        "small": ParagraphStyle("small", parent=base, fontSize=6.5, leading=8,
                                textColor=HexColor("#555555")),
    }


# ---------------------------------------------------------------------------- formatting

@lru_cache(maxsize=4096)
def _num(value: Decimal, lang: str) -> str:
    return texts.fmt_amount(value, lang)


@lru_cache(maxsize=2048)
def _day(value: date | None, lang: str) -> str:
    return texts.fmt_date(value, lang) if value else ""


def _p(text: str, style) -> object:
    """A wrapping cell: the text is escaped, so <, & and > print as themselves."""
    from reportlab.platypus import Paragraph

    p = Paragraph(escape(text).replace("\n", "<br/>"), style)
    p._source = text  # the words as printed, for fitting column widths
    return p


# ---------------------------------------------------------------------------- page frame

def _canvas_class(page_text: str):
    """A canvas that keeps its pages until save(), then writes "page X of Y" on each."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self.setFont(FONT, 7)
                self.setFillColor(HexColor("#444444"))
                self.drawRightString(self._pagesize[0] - MARGIN, FOOTER_Y,
                                     page_text.format(page=n, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas




def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (the page header's one line)."""
    if _w(text, font, size) <= width:
        return text
    while text and _w(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _frame_painter(st: Statement):
    """Header and footer of every page (drawn as plain strings: nothing is read as markup)."""
    from reportlab.lib.colors import HexColor

    h, lang = st.header, st.lang
    left = f"{h.customer} · {label('work_order', lang)} {h.work_order}"
    right = f"{label('title', lang)} · {h.quarter}"
    foot = f"{label('printed', lang)}: {_day(h.printed, lang)}"

    def paint(canvas, doc):
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(HexColor(GRID))
        canvas.setLineWidth(0.5)
        y = height - 10 * MM
        canvas.setFont(BOLD, 7.5)
        right_w = canvas.stringWidth(right, BOLD, 7.5)
        canvas.drawRightString(width - MARGIN, y, right)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, y, _fit(left, FONT, 7.5, width - 2 * MARGIN - right_w - 12))
        canvas.line(MARGIN, y - 2.5 * MM, width - MARGIN, y - 2.5 * MM)
        canvas.line(MARGIN, FOOTER_Y + 3.5 * MM, width - MARGIN, FOOTER_Y + 3.5 * MM)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(HexColor("#444444"))
        canvas.drawString(MARGIN, FOOTER_Y, foot)
        canvas.restoreState()

    return paint


# ---------------------------------------------------------------------------- tables
#
# Table cells are plain strings, wrapped here to their column's width: reportlab draws a plain
# cell as it is (never as markup) and much faster than a Paragraph. Paragraphs (escaped) are
# kept for the few cells that mix two type sizes.

PAD = 6.5  # left + right cell padding, and a little air
CELL_SIZE = 7.5
CELL_LEADING = 9
HEAD_LEADING = 8.3


@lru_cache(maxsize=65536)
def _w(text: str, font: str = FONT, size: float = CELL_SIZE) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _words_width(text: str, font: str = FONT, size: float = CELL_SIZE) -> float:
    return max((_w(word, font, size) for word in text.split()), default=0.0)


def _wrap(text: str, width: float, font: str = FONT, size: float = CELL_SIZE) -> str:
    """Greedy word wrap to ``width`` points; lines joined by newlines (a plain table cell)."""
    space = _w(" ", font, size)
    out = []
    for para in text.splitlines() or [""]:
        line, used = "", 0.0
        for word in para.split():
            ww = _w(word, font, size)
            if line and used + space + ww > width:
                out.append(line)
                line, used = word, ww
            elif line:
                line, used = f"{line} {word}", used + space + ww
            else:
                line, used = word, ww
        out.append(line)
    return "\n".join(out)


class Wrap(str):
    """A cell text to be wrapped to its column (plain strings in other columns are not)."""


def _cell_need(cell) -> float:
    """The narrowest a column can be for this cell: a plain string in full, a wrapped text or a
    paragraph by its longest word (so no word is ever cut in two)."""
    if isinstance(cell, Wrap):
        return _words_width(cell)
    if isinstance(cell, str):
        return max((_w(line) for line in cell.split("\n")), default=0.0)
    if isinstance(cell, list):
        return max((_cell_need(c) for c in cell), default=0.0)
    style = getattr(cell, "style", None)
    if style is not None:
        return _words_width(getattr(cell, "_source", ""), style.fontName, style.fontSize)
    return 0.0


def _widths(head: list[str], rows: list[list], wanted: list[float], flex: int | None) -> list[float]:
    """Column widths: each at least what its header words and cells need; ``flex`` takes the
    rest of the page width."""
    widths = []
    for c, want in enumerate(wanted):
        need = _words_width(head[c], BOLD, HEAD_SIZE)
        for row in rows:
            need = max(need, _cell_need(row[c]))
        widths.append(max(want, need + PAD))
    if flex is not None:
        widths[flex] = max(CONTENT_WIDTH - (sum(widths) - widths[flex]), 60.0)
    return widths


def _table(head: list[str], rows: list[list], widths: list[float], numeric: set[int],
           extra_style: list | None = None, totals: int = 0, flex: int | None = None,
           fit: bool = True):
    """A table that splits across pages with its header row repeated. ``numeric`` columns are
    right-aligned; the last ``totals`` rows are bold on a tint. Widths are fitted to the words
    (``fit``), ``flex`` taking what is left; :class:`Wrap` cells are wrapped to their column."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Table, TableStyle

    if fit:
        widths = _widths(head, rows, widths, flex)
    data = [[_wrap(h, w - PAD, BOLD, HEAD_SIZE) for h, w in zip(head, widths)]]
    for row in rows:
        data.append([_wrap(c, w - PAD) if isinstance(c, Wrap) else c for c, w in zip(row, widths)])
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE, CELL_LEADING),
        ("FONT", (0, 0), (-1, 0), BOLD, HEAD_SIZE, HEAD_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(GRID)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HexColor("#D5DAE1")),
        ("BOX", (0, 0), (-1, -1), 0.5, HexColor(GRID)),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for c in numeric:
        style.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    if totals:
        style += [("FONT", (0, -totals), (-1, -1), BOLD, CELL_SIZE, CELL_LEADING),
                  ("BACKGROUND", (0, -totals), (-1, -1), HexColor(TOTAL_FILL)),
                  ("LINEABOVE", (0, -totals), (-1, -totals), 0.8, HexColor(GRID))]
    style += extra_style or []
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _none(lang: str):
    return _p(label("none", lang), _styles()["base"])


def _header_block(st: Statement) -> list:
    from reportlab.platypus import Paragraph, Table, TableStyle

    s, h, lang = _styles(), st.header, st.lang
    locs = "\n".join(
        f"{loc.name} ({loc.country}) — {label('host', lang) if loc.is_host else loc.role}, {loc.currency}"
        for loc in h.locations)
    rows = [
        ("customer", h.customer),
        ("work_order", h.work_order),
        ("term", f"{_day(h.term_start, lang)} – {_day(h.term_end, lang)}"),
        ("locations", locs or label("none", lang)),
        ("quarter", f"{h.quarter} ({_day(h.quarter_start, lang)} – {_day(h.quarter_end, lang)})"),
        ("printed", _day(h.printed, lang)),
        ("as_of", f"{_day(h.as_of, lang)} ({label('as_of_note', lang)})"),
    ]
    key_w = 120.0
    data = [[_wrap(label(k, lang), key_w - 4, BOLD, 8.5), _wrap(v, CONTENT_WIDTH - key_w - 4, FONT, 8.5)]
            for k, v in rows]
    table = Table(data, colWidths=[key_w, CONTENT_WIDTH - key_w], hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5, 11),
        ("FONT", (0, 0), (0, -1), BOLD, 8.5, 11),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    title = f"{label('title', lang)} — {h.quarter}"
    return [Paragraph(escape(title), s["h1"]), table]


def _services(st: Statement) -> list:
    from reportlab.platypus import Paragraph

    s, lang = _styles(), st.lang
    head = [label(k, lang) for k in ("line_no", "mark", "service", "location", "unit", "quantity",
                                     "delivered_to_date", "delivered_in_quarter", "remaining")]
    head[1] = "✓/+"
    rows = []
    for r in st.services:
        name = Wrap(f"{r.name}\n{r.notes}" if r.notes else r.name)
        rows.append([str(r.line_no), r.mark, name, r.location, r.unit_word, _num(r.quantity, lang),
                     _num(r.delivered_to_date, lang), _num(r.delivered_in_quarter, lang),
                     _num(r.remaining, lang)])
    out = [Paragraph(escape(label("services", lang)), s["h2"])]
    if not rows:
        return out + [_none(lang)]
    widths = [18, 22, 150, 30, 40, 40, 40, 40, 40]
    out.append(_table(head, rows, widths, {0, 5, 6, 7, 8}, [("ALIGN", (1, 1), (1, -1), "CENTER")],
                      flex=2))
    out.append(Paragraph(escape(label("mark_legend", lang)), s["small"]))
    return out


def _balance_cells(b: BalanceRow, lang: str) -> list[str]:
    return [_num(v, lang) for v in (b.opening, *b.movements, b.closing)]


def _balances(st: Statement) -> list:
    from reportlab.platypus import Paragraph

    s, lang = _styles(), st.lang
    head = [label(k, lang) for k in ("location", "unit", "opening", "grants", "draws", "transfers_in",
                                     "transfers_out", "fees", "other", "closing")]
    rows = [[Wrap(f"{b.country}, {label('host_short', lang)}" if b.is_host else b.country),
             b.unit_word, *_balance_cells(b, lang)] for b in st.balances]
    out = [Paragraph(escape(label("balances", lang)), s["h2"])]
    if not rows:
        return out + [_none(lang)]
    t = st.totals()
    totals = [[label("total_credits", lang), "",
               *(_num(v, lang) for v in (t.credits_opening, *t.credits_movements, t.credits_closing))]]
    if any(b.unit == "hours" for b in st.balances):
        totals.append([label("total_hours", lang), "",
                       *(_num(v, lang) for v in (t.hours_opening, *t.hours_movements, t.hours_closing))])
    spans = [("SPAN", (0, len(rows) + 1 + i), (1, len(rows) + 1 + i)) for i in range(len(totals))]
    # the location column as narrow as its words allow; the amounts share the rest
    fitted = _widths(head, rows, [30] * 10, None)
    spare = CONTENT_WIDTH - sum(fitted)
    if spare > 0:
        fitted = [fitted[0]] + [w + spare / 9 for w in fitted[1:]]
    out.append(_table(head, rows + totals, fitted, set(range(2, 10)), spans, totals=len(totals),
                      fit=False))
    return out


def _ledger(st: Statement) -> list:
    from reportlab.platypus import Paragraph

    s, lang = _styles(), st.lang
    out = [Paragraph(escape(label("ledger", lang)), s["h2"])]
    if not st.ledger:
        return out + [_none(lang)]
    head = [label(k, lang) for k in ("date", "location", "kind", "credits", "hours", "reference",
                                     "counterparty", "notes")]
    rows = [[_day(e.on, lang), e.country, Wrap(e.kind_word),
             _num(e.credits, lang) if e.credits else "", _num(e.hours, lang) if e.hours else "",
             Wrap(e.reference), e.counterparty, Wrap(e.notes)] for e in st.ledger]
    widths = [48, 34, 60, 40, 40, 60, 40, 120]
    out.append(_table(head, rows, widths, {3, 4}, flex=7))
    return out


def _delivery_rows(rows: list[DeliveryRow], lang: str) -> list[list]:
    out = []
    for d in rows:
        what = Wrap("\n".join(x for x in (d.title, d.service_name, d.notes) if x))
        fee = Wrap(f"{_num(d.fee, lang)} {d.fee_unit_word}") if d.fee else ""
        out.append([d.ref, what, d.country, Wrap(f"{d.status_word}, {d.mode_word}"),
                    _day(d.first_day, lang) or label("no_date", lang), _day(d.last_day, lang),
                    _num(d.credits, lang) if d.credits else "", _num(d.hours, lang) if d.hours else "",
                    fee])
    return out


def _deliveries(st: Statement) -> list:
    from reportlab.platypus import Paragraph

    s, lang = _styles(), st.lang
    head = [label(k, lang) for k in ("ref", "title_col", "location", "status", "first_day",
                                     "last_day", "credits", "hours", "fee")]
    widths = [30, 140, 28, 56, 46, 46, 34, 34, 40]
    out = []
    for title, rows in ((label("deliveries", lang), st.deliveries),
                        (label("upcoming", lang, quarter=st.next_quarter), st.upcoming)):
        out.append(Paragraph(escape(title), s["h2"]))
        if rows:
            out.append(_table(head, _delivery_rows(rows, lang), widths, {6, 7}, flex=1))
        else:
            out.append(_none(lang))
    return out


def _findings(st: Statement) -> list:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph

    s, lang = _styles(), st.lang
    out = [Paragraph(escape(label("findings", lang, date=_day(st.header.as_of, lang))), s["h2"])]
    if not st.findings:
        return out + [_none(lang)]
    head = [label(k, lang) for k in ("severity", "rule", "subject", "due", "days_left", "message")]
    rows, colours = [], []
    for i, f in enumerate(st.findings, 1):
        rows.append([f.severity_word, Wrap(f"{f.rule_name}\n{f.rule}"), Wrap(f.subject),
                     _day(f.due, lang), Wrap(f.days_left_text), Wrap(f.message)])
        # the severity word is printed in its colour: never the colour alone
        colours.append(("TEXTCOLOR", (0, i), (0, i), HexColor(SEVERITY_COLOURS.get(f.severity, "#000000"))))
    colours.append(("FONT", (0, 1), (0, -1), BOLD, CELL_SIZE, CELL_LEADING))
    severity_w = max(_w(f.severity_word, BOLD) for f in st.findings) + PAD  # printed bold
    widths = [max(46, severity_w), 84, 80, 46, 46, 180]
    out.append(_table(head, rows, widths, set(), colours, flex=5))
    return out



# ---------------------------------------------------------------------------- burn-down chart

PLANNED_COLOUR = "#E08A00"
DELIVERED_COLOUR = "#1F5FA8"
TODAY_COLOUR = "#B3261E"


def _chart(series: BurnSeries, st: Statement, width: float, height: float):
    """One unit's balance over the term as vector graphics: planned (dashed) and delivered
    (solid) step lines, today marked."""
    from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
    from reportlab.lib.colors import HexColor

    from reportlab.pdfbase.pdfmetrics import stringWidth

    lang, h = st.lang, st.header
    d = Drawing(width, height)
    x0, x1, y0, y1 = 34.0, width - 8.0, 26.0, height - 30.0
    start, end = h.term_start, h.term_end
    span = max((end - start).days, 1)
    top, bottom = series.top, series.bottom
    if top <= bottom:
        top = bottom + 1
    rng = float(top - bottom)  # display geometry only; the amounts stay Decimal in the data

    def x(day: date) -> float:
        return x0 + (x1 - x0) * (day - start).days / span

    def y(v: Decimal) -> float:
        return y0 + (y1 - y0) * float(v - bottom) / rng

    d.add(String(x0 - 30, height - 11, f"{label('balance', lang)}: {series.unit_word}",
                 fontName=BOLD, fontSize=7.5))
    grey = HexColor("#C9CFD8")
    for i in range(5):
        v = bottom + (top - bottom) * Decimal(i) / Decimal(4)
        yy = y(v)
        d.add(Line(x0, yy, x1, yy, strokeColor=grey, strokeWidth=0.3))
        d.add(String(x0 - 3, yy - 2.5, _num(v.quantize(Decimal("0.1")).normalize(), lang),
                     fontName=FONT, fontSize=6, textAnchor="end"))
    d.add(Line(x0, y0, x1, y0, strokeColor=HexColor("#555555"), strokeWidth=0.6))
    d.add(Line(x0, y0, x0, y1, strokeColor=HexColor("#555555"), strokeWidth=0.6))
    d.add(String(x0, y0 - 10, _day(start, lang), fontName=FONT, fontSize=6))
    d.add(String(x1, y0 - 10, _day(end, lang), fontName=FONT, fontSize=6, textAnchor="end"))
    # the statement's quarter, shaded behind the lines
    qs, qe = max(h.quarter_start, start), min(h.quarter_end, end)
    if qs <= qe:
        d.insert(0, Rect(x(qs), y0, max(x(qe) - x(qs), 0.5), y1 - y0, fillColor=HexColor("#EEF2F8"),
                         strokeColor=None))
        d.add(String((x(qs) + x(qe)) / 2, y0 + 3, h.quarter, fontName=FONT, fontSize=5.5,
                     textAnchor="middle", fillColor=HexColor("#5A6B85")))

    def steps(points) -> list[float]:
        out: list[float] = []
        for i, (day, v) in enumerate(points):
            if i:
                out += [x(day), y(points[i - 1][1])]
            out += [x(day), y(v)]
        return out

    if len(series.delivered) > 1:
        d.add(PolyLine(steps(series.delivered), strokeColor=HexColor(DELIVERED_COLOUR), strokeWidth=2.2))
    if len(series.planned) > 1:
        d.add(PolyLine(steps(series.planned), strokeColor=HexColor(PLANNED_COLOUR), strokeWidth=1.1,
                       strokeDashArray=[3, 2]))
    today = st.today
    if today and start <= today <= end:
        tx = x(today)
        d.add(Line(tx, y0, tx, y1 + 4, strokeColor=HexColor(TODAY_COLOUR), strokeWidth=0.8,
                   strokeDashArray=[2, 1.5]))
        text = f"{label('today', lang)} {_day(today, lang)}"
        anchor = "end" if tx > (x0 + x1) / 2 else "start"
        d.add(String(tx + (-2 if anchor == "end" else 2), y1 + 6, text, fontName=FONT, fontSize=6,
                     fillColor=HexColor(TODAY_COLOUR), textAnchor=anchor))
    # legend
    lx = x0
    ly = y0 - 21
    for name, colour, dash in ((label("planned", lang), PLANNED_COLOUR, [3, 2]),
                               (label("delivered", lang), DELIVERED_COLOUR, None)):
        d.add(Line(lx, ly + 2, lx + 14, ly + 2, strokeColor=HexColor(colour),
                   strokeWidth=1.1 if dash else 2.2, strokeDashArray=dash))
        d.add(String(lx + 17, ly, name, fontName=FONT, fontSize=6.5))
        lx += 17 + stringWidth(name, FONT, 6.5) + 14
    return d


def _burn(st: Statement, width: float) -> list:
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    s, lang = _styles(), st.lang
    head = Paragraph(escape(label("burn", lang)), s["h2"])
    if not st.burn:
        return [head, _none(lang)]
    n = len(st.burn)
    gap = 12
    w = (width - gap * (n - 1)) / n
    charts = [_chart(b, st, w, 165) for b in st.burn]
    row = Table([charts], colWidths=[w + (gap if i < n - 1 else 0) for i in range(n)],
                hAlign="LEFT", style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([head, row])]


# ---------------------------------------------------------------------------- document

def _keep_headings(story: list) -> list:
    """A heading never ends a page: a conditional page break before each (rather than
    keep-with-next, which would push a long table whole onto the next page)."""
    from reportlab.platypus import CondPageBreak

    out = []
    h2 = _styles()["h2"]
    for flowable in story:
        if getattr(flowable, "style", None) is h2:
            out.append(CondPageBreak(70))
        out.append(flowable)
    return out


def render_pdf(statement: Statement, path: Path | str) -> Path:
    """Write the statement as an A4 PDF at ``path``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    st, lang, h = statement, statement.lang, statement.header
    path = Path(path)
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=17 * MM,
        bottomMargin=16 * MM, title=f"{label('title', lang)} {h.work_order} {h.quarter}",
        author="Unified Planner", subject=h.customer, lang=lang)
    story = []
    for part in (_header_block(st), _services(st), _balances(st), _ledger(st), _deliveries(st),
                 _findings(st), _burn(st, doc.width)):
        story += part
    story = _keep_headings(story)
    paint = _frame_painter(st)
    doc.build(story, onFirstPage=paint, onLaterPages=paint,
              canvasmaker=_canvas_class(label("page", lang)))
    return path
