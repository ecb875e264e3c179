"""The statement as a print-ready A4 PDF (reportlab platypus).

DejaVu Sans (shipped in app/resources/fonts with its licence) is embedded so Kazakh and Russian
render. Nothing a user typed is ever read as markup: table cells, headings and notes are plain
strings drawn as they are (wrapped here, once, with cached string widths), no Paragraph is used.
Page X of Y comes from a canvas that holds its pages until the end (one layout pass).

Speed (bench/ "PDF statements"): cell styles are built once per table and handed to the Table
(no per-cell style commands), row heights are computed here from the wrapped lines (reportlab
does not measure them again), headings are kept with the first rows of their table by a
conditional page break (no KeepTogether re-wrapping), and the burn-down chart is drawn straight
on the canvas with at most :data:`CHART_POINTS` points per line.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from app import RESOURCES, resource_path, texts

from .labels import fmt_day, label, quarter_words
from .statement import BalanceRow, BurnSeries, Statement, StatementDelivery

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_DIR = RESOURCES / "fonts"

#: Severity colours, the same in the window, the PDF and the workbook (always with the word).
SEVERITY_COLOURS = {"error": "#B3261E", "warning": "#8A5A00", "info": "#1F5FA8"}
HEADER_FILL = "#E8ECF2"
TOTAL_FILL = "#F3F5F8"
GRID = "#9AA4B2"
RULE = "#D5DAE1"
GREY_TEXT = "#555555"

MM = 72 / 25.4
MARGIN = 14 * MM
FOOTER_Y = 9 * MM
A4_WIDTH = 595.2755905511812
CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN
HEAD_SIZE = 6.8


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans and its bold once per process; returns the family name.

    Also writes this process's PDF streams binary (Flate only, no ASCII85 layer on top): the
    files are a fifth smaller and quicker to write, and every PDF reader reads them."""
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path(FONT_DIR / "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path(FONT_DIR / "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return FONT


@lru_cache(maxsize=16)
def _colour(hex_code: str):
    from reportlab.lib.colors import HexColor

    return HexColor(hex_code)


# ---------------------------------------------------------------------------- formatting

@lru_cache(maxsize=4096)
def _num(value: Decimal, lang: str) -> str:
    return texts.fmt_amount(value, lang)


@lru_cache(maxsize=2048)
def _day(value: date | None, lang: str) -> str:
    return fmt_day(value, lang) if value else ""


@lru_cache(maxsize=65536)
def _w(text: str, font: str = FONT, size: float = 7.5) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def _words_width(text: str, font: str = FONT, size: float = 7.5) -> float:
    return max((_w(word, font, size) for word in text.split()), default=0.0)


#: a word wider than this sets no column's width: it breaks inside its cell instead
LONG_WORD = 110.0
_BREAK_AFTER = "/\\-_.?&=#%:;,"


def _pieces(word: str, width: float, font: str, size: float) -> list[str]:
    """A word too wide for ``width`` cut into pieces that fit, after a URL's separators where
    one is near the end (a SharePoint address breaks after a slash), else between letters."""
    out = []
    while _w(word, font, size) > width and len(word) > 1:
        n = 1
        while n < len(word) and _w(word[:n + 1], font, size) <= width:
            n += 1
        cut = max((i + 1 for i in range(n // 2, n) if word[i] in _BREAK_AFTER), default=n)
        out.append(word[:cut])
        word = word[cut:]
    out.append(word)
    return out


def _wrap(text: str, width: float, font: str = FONT, size: float = 7.5) -> str:
    """Greedy word wrap to ``width`` points; lines joined by newlines (a plain table cell).
    A word longer than the line breaks inside itself (never runs over the next column).
    A hair of tolerance: a column sized to its longest word (need + PAD, then - PAD) can come
    back one rounding step short of that word, which would split a header word for nothing."""
    width += 0.01
    space = _w(" ", font, size)
    out = []
    for para in _glyphs(text).splitlines() or [""]:
        line, used = "", 0.0
        words: list[str] = []
        for word in para.split():
            words += _pieces(word, width, font, size) if _w(word, font, size) > width else [word]
        for word in words:
            ww = _w(word, font, size)
            if line and used + space + ww > width:
                out.append(line)
                line, used = word, ww
            elif line:
                line, used = f"{line} {word}", used + space + ww
            else:
                line, used = word, ww
        out.append(_visual(line))
    return "\n".join(out)


# ---------------------------------------------------------------------------- glyphs and direction

#: characters the statement met that the embedded fonts cannot draw (reported by render_pdf)
MISSING: set[str] = set()


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    """Code points both embedded fonts (DejaVu Sans and its bold) can draw."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in (FONT, BOLD)]
    return frozenset(maps[0]).intersection(maps[1])


def _glyphs(text: str) -> str:
    """``text`` with each character the fonts lack replaced visibly by its code
    (``[U+1F600]``), never drawn as an empty box; the characters are remembered in MISSING."""
    if text.isascii():
        return text
    out, missing = _replaced(text)
    if missing:
        MISSING.update(missing)
    return out


@lru_cache(maxsize=65536)
def _replaced(text: str) -> tuple[str, tuple[str, ...]]:
    covered = _covered()
    out, missing = [], []
    for ch in text:
        if ord(ch) in covered or ord(ch) < 32:
            out.append(ch)
        else:
            missing.append(ch)
            out.append(f"[U+{ord(ch):04X}]")
    return "".join(out), tuple(missing)


_RTL = range(0x0590, 0x0900)  # Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan...


@lru_cache(maxsize=16384)
def _visual(line: str) -> str:
    """One line in display order: right-to-left runs reversed by the Unicode bidi algorithm
    (python-bidi), Arabic letters in their joined forms where arabic-reshaper is installed."""
    if line.isascii() or not any(ord(ch) in _RTL or 0xFB1D <= ord(ch) <= 0xFEFC for ch in line):
        return line
    try:
        import arabic_reshaper  # type: ignore[import-not-found]

        line = arabic_reshaper.reshape(line)
    except ImportError:
        pass
    from bidi import get_display

    return str(get_display(line))


def _show(text: str) -> str:
    """A plain cell or line as it is drawn: glyphs the fonts have, in display order."""
    return "\n".join(_visual(line) for line in _glyphs(text).split("\n"))


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (the page header's one line)."""
    if _w(text, font, size) <= width:
        return text
    while text and _w(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


# ---------------------------------------------------------------------------- text blocks

class TextStyle:
    """A heading's or a note's type: font, size, leading, space before and after, colour."""

    def __init__(self, font: str, size: float, leading: float, before: float = 0.0,
                 after: float = 0.0, colour: str | None = None):
        self.font, self.size, self.leading = font, size, leading
        self.before, self.after, self.colour = before, after, colour

    def height(self, text: str, width: float = CONTENT_WIDTH) -> float:
        """Height of ``text`` set in this style at ``width``, spaces included."""
        lines = _wrap(text, width, self.font, self.size).count("\n") + 1
        return self.before + lines * self.leading + self.after


H1 = TextStyle(BOLD, 15, 19, after=6)
H2 = TextStyle(BOLD, 10.5, 13, before=10, after=4)
BASE = TextStyle(FONT, 8, 10)
SMALL = TextStyle(FONT, 6.5, 8, colour=GREY_TEXT)
NOTE = TextStyle(FONT, 8, 10, before=3)  # a sentence under a table
SMALL_NOTE = TextStyle(FONT, 6.5, 8, before=2, colour=GREY_TEXT)


@lru_cache(maxsize=1)
def _text_class():
    from reportlab.platypus.flowables import Flowable

    class Text(Flowable):
        """Plain text wrapped to the frame: drawn as it is, never read as markup."""

        def __init__(self, text: str, style: TextStyle):
            super().__init__()
            self.text, self.style = text, style
            self.spaceBefore, self.spaceAfter = style.before, style.after
            self._lines: list[str] = []

        def wrap(self, avail_width, avail_height):
            s = self.style
            self._lines = _wrap(self.text, avail_width, s.font, s.size).split("\n")
            self.width, self.height = avail_width, len(self._lines) * s.leading
            return self.width, self.height

        def draw(self):
            s, c = self.style, self.canv
            c.setFont(s.font, s.size, s.leading)
            if s.colour:
                c.setFillColor(_colour(s.colour))
            y = self.height - s.size
            for line in self._lines:
                c.drawString(0, y, line)
                y -= s.leading

    return Text


def _text(text: str, style: TextStyle):
    return _text_class()(text, style)


def _section(title: str, body: list, keep: float) -> list:
    """A heading and its body; the heading never ends a page: it moves to the next page unless
    ``keep`` points of the body (a table's header and first rows) fit below it. A long table
    still starts right under its heading and splits, rather than moving whole."""
    from reportlab.platypus import CondPageBreak

    return [CondPageBreak(H2.height(title) + keep), _text(title, H2), *body]


def _none_block(title: str, lang: str) -> list:
    none = label("none", lang)
    return _section(title, [_text(none, BASE)], BASE.height(none))


# ---------------------------------------------------------------------------- page frame

def _canvas_class(page_text: str):
    """A canvas that keeps its pages until save(), then writes "page X of Y" on each."""
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
                self.setFillColor(_colour("#444444"))
                self.drawRightString(self._pagesize[0] - MARGIN, FOOTER_Y,
                                     page_text.format(page=n, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _frame_painter(st: Statement):
    """Header and footer of every page (drawn as plain strings: nothing is read as markup)."""
    h, lang = st.header, st.lang
    left = f"{h.customer} · {label('work_order', lang)} {h.work_order}"
    right = f"{label('title', lang)} · {quarter_words(h.quarter, lang)}"
    foot = f"{label('printed', lang)}: {_day(h.printed, lang)}"
    left, right = _show(left).replace("\n", " "), _show(right).replace("\n", " ")
    right_w = _w(right, BOLD, 7.5)
    left = _fit(left, FONT, 7.5, CONTENT_WIDTH - right_w - 12)

    def paint(canvas, doc):
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setStrokeColor(_colour(GRID))
        canvas.setLineWidth(0.5)
        y = height - 10 * MM
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(width - MARGIN, y, right)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, y, left)
        canvas.line(MARGIN, y - 2.5 * MM, width - MARGIN, y - 2.5 * MM)
        canvas.line(MARGIN, FOOTER_Y + 3.5 * MM, width - MARGIN, FOOTER_Y + 3.5 * MM)
        canvas.setFont(FONT, 7)
        canvas.setFillColor(_colour("#444444"))
        canvas.drawString(MARGIN, FOOTER_Y, foot)
        canvas.restoreState()

    return paint


# ---------------------------------------------------------------------------- tables
#
# Table cells are plain strings, wrapped here to their column's width: reportlab draws a plain
# cell as it is (never as markup) and much faster than a Paragraph. Each table gets its few cell
# styles (header, body left/right/centre, totals) as objects, and its row heights from the
# wrapped lines, so reportlab neither applies style commands cell by cell nor measures again.

PAD = 6.5  # left + right cell padding, and a little air
CELL_SIZE = 7.5
CELL_LEADING = 9
HEAD_LEADING = 8.3
PADDING = (3, 3, 2, 2.5)  # left, right, top, bottom
KEEP_ROWS = 3  # body rows kept under a table's heading
SMALL_TABLE = 15  # a table of at most this many rows is kept whole on one page (with its totals)


class Wrap(str):
    """A cell text to be wrapped to its column (plain strings in other columns are not)."""


def _cell_need(cell: str) -> float:
    """The narrowest a column can be for this cell: a plain string in full, a wrapped text by
    its longest word (so no word is ever cut in two)."""
    if isinstance(cell, Wrap):
        return min(_words_width(cell), LONG_WORD)
    return max((_w(line) for line in cell.split("\n")), default=0.0)


def _widths(head: list[str], rows: list[list[str]], wanted: list[float], flex: int | None) -> list[float]:
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


def _cell_style(font: str, size: float, leading: float, align: str = "LEFT", valign: str = "TOP",
                colour: str | None = None, padding: tuple = PADDING):
    from reportlab.platypus.tables import CellStyle

    s = CellStyle(font)
    s.fontname, s.fontsize, s.leading = font, size, leading
    s.alignment, s.valign = align, valign
    s.leftPadding, s.rightPadding, s.topPadding, s.bottomPadding = padding
    if colour:
        s.color = _colour(colour)
    return s


#: an empty cell: no flowables, so reportlab draws nothing there (an empty string would still
#: cost a text object)
EMPTY = ()


def _heights(data: list[list], leadings: list[float], pad: float) -> list[float]:
    """Row heights from the wrapped lines, as reportlab would measure them."""
    return [(max((c.count("\n") for c in row if c is not EMPTY), default=0) + 1) * lead + pad
            for row, lead in zip(data, leadings, strict=True)]


def _table(head: list[str], rows: list[list[str]], widths: list[float], numeric: set[int], *,
           centre: set[int] = frozenset(), totals: int = 0, spans: list | None = None,
           flex: int | None = None, fit: bool = True, first_col_colours: list[str] | None = None):
    """A table that splits across pages with its header row repeated, and the height to keep
    under its heading (header and first rows). ``numeric`` columns are right-aligned,
    ``centre`` ones centred; the last ``totals`` rows are bold on a tint; ``first_col_colours``
    prints the first column bold in one colour per body row. Widths are fitted to the words
    (``fit``), ``flex`` taking what is left; :class:`Wrap` cells are wrapped to their column."""
    from reportlab.platypus import Table, TableStyle

    if fit:
        widths = _widths(head, rows, widths, flex)
    data = [[_wrap(h, w - PAD, BOLD, HEAD_SIZE) for h, w in zip(head, widths, strict=True)]]
    for row in rows:
        data.append([_wrap(c, w - PAD) if isinstance(c, Wrap) else _show(c) if c else EMPTY
                     for c, w in zip(row, widths, strict=True)])

    align = ["RIGHT" if c in numeric else "CENTER" if c in centre else "LEFT" for c in range(len(head))]
    body = {a: _cell_style(FONT, CELL_SIZE, CELL_LEADING, a) for a in set(align)}
    body_row = [body[a] for a in align]
    head_style = _cell_style(BOLD, HEAD_SIZE, HEAD_LEADING, valign="BOTTOM")
    styles = [[head_style] * len(head)]
    n_body = len(rows) - totals
    if first_col_colours:
        by_colour = {c: _cell_style(BOLD, CELL_SIZE, CELL_LEADING, colour=c) for c in set(first_col_colours)}
        styles += [[by_colour[c], *body_row[1:]] for c in first_col_colours]
    else:
        styles += [body_row] * n_body
    if totals:
        bold = {a: _cell_style(BOLD, CELL_SIZE, CELL_LEADING, a) for a in set(align)}
        styles += [[bold[a] for a in align]] * totals
    heights = _heights(data, [HEAD_LEADING] + [CELL_LEADING] * len(rows), PADDING[2] + PADDING[3])

    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), _colour(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _colour(GRID)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, _colour(RULE)),
        ("BOX", (0, 0), (-1, -1), 0.5, _colour(GRID)),
    ]
    if totals:
        commands += [("BACKGROUND", (0, -totals), (-1, -1), _colour(TOTAL_FILL)),
                     ("LINEABOVE", (0, -totals), (-1, -totals), 0.8, _colour(GRID))]
    commands += spans or []
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, style=TableStyle(commands),
                  hAlign="LEFT", normalizedData=1, cellStyles=styles)
    keep = sum(heights) if len(rows) <= SMALL_TABLE else sum(heights[:1 + KEEP_ROWS])
    return table, keep


def _key_values(rows: list[tuple[str, str]], key_w: float = 120.0) -> object:
    """A borderless two-column table of a bold key and its value (the summary's head)."""
    from reportlab.platypus import Table, TableStyle

    data = [[_wrap(k, key_w - 4, BOLD, 8.5), _wrap(v, CONTENT_WIDTH - key_w - 4, FONT, 8.5)]
            for k, v in rows]
    padding = (0, 6, 1, 1.5)
    key, value = _cell_style(BOLD, 8.5, 11, padding=padding), _cell_style(FONT, 8.5, 11, padding=padding)
    return Table(data, colWidths=[key_w, CONTENT_WIDTH - key_w], hAlign="LEFT", style=TableStyle([]),
                 rowHeights=_heights(data, [11] * len(data), padding[2] + padding[3]),
                 normalizedData=1, cellStyles=[[key, value] for _ in data])


def _money(value: Decimal, currency: str, lang: str) -> str:
    return f"{_num(value, lang)} {currency}"


#: the most upcoming dates printed on page 1 (the calendar file has them all)
ACTIONS_ON_PAGE_1 = 8


def _header_block(st: Statement) -> list:
    """Page 1: the summary (who, what, how much is left, what to do by when, whom to call)."""
    from reportlab.platypus import PageBreak

    from app.messages import t

    h, lang = st.header, st.lang
    locs = "\n".join(
        f"{loc.name} ({loc.country}) — {label('host', lang) if loc.is_host else loc.role}, {loc.currency}"
        for loc in h.locations)
    term = t("statement.term_elapsed", lang, start=_day(h.term_start, lang), end=_day(h.term_end, lang),
             pct=st.term_pct)
    rows = [
        (label("customer", lang), h.customer),
        (label("work_order", lang), h.work_order),
        (label("term", lang), term),
        (label("locations", lang), locs or label("none", lang)),
        (label("quarter", lang), f"{quarter_words(h.quarter, lang)} ({_day(h.quarter_start, lang)} – "
                                 f"{_day(h.quarter_end, lang)})"),
        (label("printed", lang), _day(h.printed, lang)),
    ]
    if st.internal:
        rows.append((label("as_of", lang), f"{_day(h.as_of, lang)} ({label('as_of_note', lang)})"))
    v = st.value
    if v is not None:
        parts = [t("statement.value.base", lang) + ": " + _money(v.base, v.currency, lang)]
        if v.flex_allowance:
            parts += [t("statement.value.flex_allocated", lang) + ": " + _money(v.flex_allocated, v.currency, lang),
                      t("statement.value.flex_forfeited", lang) + ": " + _money(v.flex_forfeited, v.currency, lang)]
        parts.append(t("statement.value.additional", lang) + ": " + _money(v.additional, v.currency, lang))
        rows.append((t("statement.contract_value", lang), "\n".join(parts)))
    edition = t(f"statement.edition.{st.edition}", lang)
    out: list = [_text(f"{label('title', lang)} — {quarter_words(h.quarter, lang)}", H1), _text(edition, SMALL),
                 _key_values(rows)]
    out += _entitlements(st)
    out += _actions(st)
    if st.contact:
        c = st.contact
        contact = [(t(f"statement.contact.{k}", lang), getattr(c, k)) for k in ("name", "email", "phone")
                   if getattr(c, k)]
        out += [_text(t("statement.contact", lang), H2), _key_values(contact)]
    out.append(PageBreak())
    return out


def _entitlements(st: Statement) -> list:
    from app.messages import t

    lang = st.lang
    title = t("statement.entitlements", lang)
    if not st.entitlements:
        return _none_block(title, lang)
    head = [t(f"statement.col.{k}", lang) for k in ("entitlement", "purchased", "delivered",
                                                     "scheduled", "remaining", "expiring")]
    head.insert(1, label("unit", lang))
    rows = [[Wrap(e.name), e.unit_word, *(_num(x, lang) for x in (e.purchased, e.delivered, e.scheduled,
                                                                  e.remaining, e.expiring))]
            for e in st.entitlements]
    table, _ = _table(head, rows, [150, 44, 50, 50, 50, 50, 60], {2, 3, 4, 5, 6}, flex=0)
    body: list = [table]
    for r in st.risks:
        key = "statement.at_risk" if r.at_risk > 0 else "statement.no_risk"
        body.append(_text(t(key, lang, counted=texts.count(f"unit.{r.unit}", r.at_risk, lang),
                            date=_day(st.header.term_end, lang)), NOTE))
    return [_text(title, H2), *body]


def _actions(st: Statement) -> list:
    from app.messages import t

    lang = st.lang
    title = t("statement.actions", lang)
    shown = st.actions[:ACTIONS_ON_PAGE_1]
    body: list = []
    if shown:
        head = [t("statement.col.by", lang), label("days_left", lang), t("statement.col.action", lang)]
        rows = [[_day(a.on, lang), Wrap(texts.days_left_text(a.days_left, lang)), Wrap(a.text)]
                for a in shown]
        table, _ = _table(head, rows, [56, 56, 200], set(), flex=2)
        body.append(table)
        if len(st.actions) > len(shown):
            body.append(_text(t("statement.actions_more", lang, count=len(st.actions) - len(shown)), SMALL_NOTE))
    else:
        body.append(_text(t("statement.actions_none", lang), BASE))
    for line in st.past_actions:
        body.append(_text(line, SMALL_NOTE))
    return [_text(title, H2), *body]


def _services(st: Statement) -> list:
    lang = st.lang
    title = label("services", lang)
    head = [label(k, lang) for k in ("line_no", "mark", "service", "location", "funding", "unit",
                                     "quantity", "delivered_to_date", "delivered_in_quarter",
                                     "remaining")]
    head[1] = "✓/+"
    rows = []
    for r in st.services:
        name = Wrap(f"{r.name}\n{r.notes}" if r.notes and st.internal else r.name)
        rows.append([str(r.line_no), r.mark, name, r.location, Wrap(r.funding), r.unit_word,
                     _num(r.quantity, lang), _num(r.delivered_to_date, lang),
                     _num(r.delivered_in_quarter, lang), _num(r.remaining, lang)])
    if not rows:
        return _none_block(title, lang)
    widths = [18, 22, 140, 30, 44, 40, 40, 40, 40, 40]
    table, keep = _table(head, rows, widths, {0, 6, 7, 8, 9}, centre={1}, flex=2)
    return _section(title, [table, _text(label("mark_legend", lang), SMALL)], keep)


def _balance_cells(b: BalanceRow, lang: str) -> list[str]:
    return [_num(v, lang) for v in (b.opening, *b.movements, b.closing)]


def _balances(st: Statement) -> list:
    lang = st.lang
    title = label("balances", lang)
    head = [label(k, lang) for k in ("location", "unit", "opening", "grants", "draws", "transfers_in",
                                     "transfers_out", "fees", "other", "closing")]
    rows = [[Wrap(f"{b.country}, {label('host_short', lang)}" if b.is_host else b.country),
             b.unit_word, *_balance_cells(b, lang)] for b in st.balances]
    if not rows:
        return _none_block(title, lang)
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
    table, keep = _table(head, rows + totals, fitted, set(range(2, 10)), spans=spans,
                         totals=len(totals), fit=False)
    return _section(title, [table], keep)


def _ledger(st: Statement) -> list:
    lang = st.lang
    title = label("ledger", lang)
    if not st.ledger:
        return _none_block(title, lang)
    keys = ["date", "location", "kind", "credits", "hours", "reference", "counterparty", "notes"]
    rows = [[_day(e.on, lang), e.country, Wrap(e.kind_word),
             _num(e.credits, lang) if e.credits else "", _num(e.hours, lang) if e.hours else "",
             Wrap(e.reference), e.counterparty, Wrap(e.notes)] for e in st.ledger]
    widths = [48, 34, 60, 40, 40, 60, 40, 120]
    flex = 7
    if not st.internal:  # the notes are the account team's own
        keys, rows, widths, flex = keys[:-1], [r[:-1] for r in rows], widths[:-1], 5
        rows = [r[:5] + [Wrap(r[5])] + r[6:] for r in rows]
    table, keep = _table([label(k, lang) for k in keys], rows, widths, {3, 4}, flex=flex)
    return _section(title, [table], keep)


def _delivery_rows(rows: list[StatementDelivery], lang: str, internal: bool = True) -> list[list]:
    out = []
    for d in rows:
        what = Wrap("\n".join(x for x in (d.title, d.service_name, d.notes if internal else "") if x))
        fee = Wrap(d.fee_text or f"{_num(d.fee, lang)} {d.fee_unit_word}") if d.fee else ""
        out.append([d.ref, what, d.country, Wrap(f"{d.status_word}, {d.mode_word}"),
                    _day(d.first_day, lang) or label("no_date", lang), _day(d.last_day, lang),
                    _num(d.credits, lang) if d.credits else "", _num(d.hours, lang) if d.hours else "",
                    fee])
    return out


def _deliveries(st: Statement) -> list:
    lang = st.lang
    head = [label(k, lang) for k in ("ref", "title_col", "location", "status", "first_day",
                                     "last_day", "credits", "hours", "fee")]
    widths = [30, 140, 28, 56, 46, 46, 34, 34, 40]
    out = []
    for title, rows in ((label("deliveries", lang), st.deliveries),
                        (label("upcoming", lang, quarter=quarter_words(st.next_quarter, lang, "for")), st.upcoming)):
        if rows:
            table, keep = _table(head, _delivery_rows(rows, lang, st.internal), widths, {6, 7}, flex=1)
            out += _section(title, [table], keep)
        else:
            out += _none_block(title, lang)
    return out


def _findings(st: Statement) -> list:
    """The findings with their rule ids and severity colours: the internal edition only."""
    if not st.internal:
        return []
    lang = st.lang
    title = label("findings", lang, date=_day(st.header.as_of, lang))
    if not st.findings:
        return _none_block(title, lang)
    head = [label(k, lang) for k in ("severity", "rule", "subject", "due", "days_left", "message")]
    rows = [[f.severity_word, Wrap(f"{f.rule_name}\n{f.rule}"), Wrap(f.subject), _day(f.due, lang),
             Wrap(f.days_left_text), Wrap(f.message)] for f in st.findings]
    # the severity word is printed bold in its colour: never the colour alone
    colours = [SEVERITY_COLOURS.get(f.severity, "#000000") for f in st.findings]
    severity_w = max(_w(f.severity_word, BOLD) for f in st.findings) + PAD
    widths = [max(46, severity_w), 84, 80, 46, 46, 180]
    table, keep = _table(head, rows, widths, set(), flex=5, first_col_colours=colours)
    return _section(title, [table], keep)


# ---------------------------------------------------------------------------- burn-down chart

PLANNED_COLOUR = "#E08A00"
DELIVERED_COLOUR = "#1F5FA8"
FORECAST_COLOUR = "#6A3D9A"
TODAY_COLOUR = "#B3261E"
CHART_HEIGHT = 165.0
CHART_GAP = 12.0
CHART_PAD = 3.0  # above and below the charts
#: the most points drawn of one line: a chart over the term, not a dump of every entry
CHART_POINTS = 100


def thin(points: tuple, start: date, end: date, limit: int = CHART_POINTS) -> tuple:
    """A step series cut to at most ``limit`` points for drawing: the term in equal spans of
    days, each span keeping its lowest and highest balance (in date order) and its last one,
    so no peak or dip disappears; the first and the last point are always kept."""
    if len(points) <= limit:
        return points
    buckets = max((limit - 2) // 3, 1)
    span = max((end - start).days, 1) + 1
    out = [points[0]]
    group: list = []
    key = None

    def flush():
        lo = min(group, key=lambda p: p[1])
        hi = max(group, key=lambda p: p[1])
        keep = {id(lo): lo, id(hi): hi, id(group[-1]): group[-1]}
        out.extend(p for p in group if id(p) in keep)

    for p in points[1:-1]:
        k = (p[0] - start).days * buckets // span
        if k != key and group:
            flush()
            group = []
        key = k
        group.append(p)
    if group:
        flush()
    out.append(points[-1])
    return tuple(out)


def nice_ticks(bottom: Decimal, top: Decimal, most: int = 6) -> list[Decimal]:
    """Even ticks covering [bottom, top]: a step of 1, 2, 2.5 or 5 times a power of ten, at
    most ``most`` intervals, starting and ending on a multiple of the step."""
    span = top - bottom
    if span <= 0:
        span = Decimal(1)
    raw = span / most
    power = Decimal(10) ** (raw.adjusted())
    step = next(m * power for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
                if m * power >= raw)
    low = (bottom / step).to_integral_value(rounding="ROUND_FLOOR") * step
    high = (top / step).to_integral_value(rounding="ROUND_CEILING") * step
    if high == low:
        high = low + step
    count = int((high - low) / step)
    return [low + step * i for i in range(count + 1)]


def month_ticks(start: date, end: date, most: int = 12) -> list[date]:
    """The first day of each month within [start, end], every n-th month when there are more
    than ``most``."""
    days = []
    y, m = start.year, start.month
    if start.day != 1:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    while date(y, m, 1) <= end:
        days.append(date(y, m, 1))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    every = max(1, -(-len(days) // most))
    return days[::every]


@lru_cache(maxsize=512)
def _month(day: date, lang: str) -> str:
    from babel.dates import format_date

    text = format_date(day, "LLL", locale=texts.LOCALES[lang])
    return "Sep" if text == "Sept" else text  # one abbreviation style, as in Excel


def _draw_chart(c, series: BurnSeries, st: Statement, width: float, height: float) -> None:
    """One unit's balance over the term, drawn on the canvas ``c`` in a box at its origin:
    planned (dashed) and delivered (solid) step lines, the quarter shaded, today marked."""
    lang, h = st.lang, st.header
    x0, x1, y0, y1 = 34.0, width - 8.0, 34.0, height - 30.0
    start, end = h.term_start, h.term_end
    span = max((end - start).days, 1)
    ticks = nice_ticks(series.bottom, series.top)
    top, bottom = ticks[-1], ticks[0]
    rng = float(top - bottom)  # display geometry only; the amounts stay Decimal in the data
    fbottom = float(bottom)
    xk, yk = (x1 - x0) / span, (y1 - y0) / rng

    def x(day: date) -> float:
        return x0 + xk * (day - start).days

    def y(v: Decimal) -> float:
        return y0 + yk * (float(v) - fbottom)

    # the statement's quarter, shaded behind the lines
    qs, qe = max(h.quarter_start, start), min(h.quarter_end, end)
    if qs <= qe:
        c.setFillColor(_colour("#EEF2F8"))
        c.rect(x(qs), y0, max(x(qe) - x(qs), 0.5), y1 - y0, stroke=0, fill=1)
    c.setFillColor(_colour("#000000"))
    c.setFont(BOLD, 7.5)
    c.drawString(x0 - 30, height - 11, f"{label('balance', lang)}: {series.unit_word}")
    c.setFont(FONT, 6)
    c.setStrokeColor(_colour("#C9CFD8"))
    c.setLineWidth(0.3)
    _axes(c, ticks, x, y, (x0, x1, y0, y1), start, end, lang)
    marked = st.chart_as_of or st.today
    today = marked if marked and start <= marked <= end else None
    if qs <= qe:  # the quarter's name in its shade, beside (never across) the today line
        c.setFont(FONT, 5.5)
        c.setFillColor(_colour("#5A6B85"))
        qname = quarter_words(h.quarter, lang)
        mid, half = (x(qs) + x(qe)) / 2, _w(qname, FONT, 5.5) / 2 + 2
        tx = x(today) if today else None
        if tx is None or abs(tx - mid) >= half:
            c.drawCentredString(mid, y0 + 3, qname)
        elif tx - x(qs) >= x(qe) - tx:
            c.drawRightString(tx - 2, y0 + 3, qname)
        else:
            c.drawString(tx + 2, y0 + 3, qname)

    def steps(points: tuple, colour: str, line_width: float, dash: list | None) -> None:
        if len(points) < 2:
            return
        vertices = []
        last = None
        for day, v in thin(points, start, end):
            xx, yy = x(day), y(v)
            if last is not None:
                if yy == last:
                    continue  # no change: the level runs on to the next change
                vertices.append((xx, last))
            vertices.append((xx, yy))
            last = yy
        end_x = x(points[-1][0])
        if vertices[-1][0] != end_x:
            vertices.append((end_x, last))
        c.setStrokeColor(_colour(colour))
        c.setLineWidth(line_width)
        c.setDash(dash or [])
        _stroke(c, vertices)

    steps(series.delivered, DELIVERED_COLOUR, 2.2, None)
    steps(series.planned, PLANNED_COLOUR, 1.1, [3, 2])
    if len(series.forecast) >= 2:  # a straight line at the pace of the last 90 days
        c.setStrokeColor(_colour(FORECAST_COLOUR))
        c.setLineWidth(1.2)
        c.setDash([1, 1.5])
        _stroke(c, [(x(d), y(v)) for d, v in series.forecast])
    if today:
        tx = x(today)
        c.setStrokeColor(_colour(TODAY_COLOUR))
        c.setLineWidth(0.8)
        c.setDash([2, 1.5])
        c.line(tx, y0, tx, y1 + 4)
        text = (label("chart_as_of", lang, day=_day(today, lang)) if st.chart_as_of
                else f"{label('today', lang)} {_day(today, lang)}")
        c.setFont(FONT, 6)
        c.setFillColor(_colour(TODAY_COLOUR))
        if tx > (x0 + x1) / 2:
            c.drawRightString(tx - 2, y1 + 6, text)
        else:
            c.drawString(tx + 2, y1 + 6, text)
    _legend(c, x0, y0 - 27, lang, len(series.forecast) >= 2)


def _axes(c, ticks: list[Decimal], x, y, box: tuple, start: date, end: date, lang: str) -> None:
    """Even value ticks with their grid lines; a tick per month (the year once, below)."""
    x0, x1, y0, y1 = box
    for v in ticks:
        yy = y(v)
        c.line(x0, yy, x1, yy)
        c.drawRightString(x0 - 3, yy - 2.5, _num(v.normalize(), lang))
    c.setStrokeColor(_colour("#555555"))
    c.setLineWidth(0.6)
    c.line(x0, y0, x1, y0)
    c.line(x0, y0, x0, y1)
    c.setFont(FONT, 5.5)
    last_year = None
    for day in month_ticks(start, end):
        xx = x(day)
        c.line(xx, y0, xx, y0 - 2)
        c.drawCentredString(xx, y0 - 8, _month(day, lang))
        if day.year != last_year:
            c.drawCentredString(xx, y0 - 15, str(day.year))
            last_year = day.year


def _legend(c, lx: float, ly: float, lang: str, forecast: bool) -> None:
    c.setFillColor(_colour("#000000"))
    c.setFont(FONT, 6.5)
    legend: list[tuple[str, str, list[float] | None]] = [
        (label("planned", lang), PLANNED_COLOUR, [3.0, 2.0]), (label("delivered", lang), DELIVERED_COLOUR, None)]
    if forecast:
        legend.append((label("forecast", lang), FORECAST_COLOUR, [1, 1.5]))
    for name, colour, dash in legend:
        c.setStrokeColor(_colour(colour))
        c.setLineWidth(1.1 if dash else 2.2)
        c.setDash(dash or [])
        c.line(lx, ly + 2, lx + 14, ly + 2)
        c.drawString(lx + 17, ly, name)
        lx += 17 + _w(name, FONT, 6.5) + 14


def _stroke(c, vertices: list[tuple[float, float]]) -> None:
    """Stroke a polyline as one PDF path (operators m, l, S) in the canvas's current stroke
    colour, width and dash: one string for the line rather than a path call per vertex."""
    ops = [f"{vertices[0][0]:.2f} {vertices[0][1]:.2f} m"]
    ops += [f"{px:.2f} {py:.2f} l" for px, py in vertices[1:]]
    ops.append("S")
    c.addLiteral(" ".join(ops))


@lru_cache(maxsize=1)
def _charts_class():
    from reportlab.platypus.flowables import Flowable

    class Charts(Flowable):
        """The burn-down charts side by side, as vector graphics drawn on the canvas."""

        def __init__(self, st: Statement, width: float):
            super().__init__()
            self.st, self.width, self.height = st, width, CHART_HEIGHT + 2 * CHART_PAD

        def wrap(self, avail_width, avail_height):
            return self.width, self.height

        def draw(self):
            n = len(self.st.burn)
            w = (self.width - CHART_GAP * (n - 1)) / n
            for i, series in enumerate(self.st.burn):
                self.canv.saveState()
                self.canv.translate(i * (w + CHART_GAP), CHART_PAD)
                _draw_chart(self.canv, series, self.st, w, CHART_HEIGHT)
                self.canv.restoreState()

    return Charts


def _burn(st: Statement, width: float) -> list:
    title = label("burn", st.lang)
    if not st.burn:
        return _none_block(title, st.lang)
    return _section(title, [_charts_class()(st, width)], CHART_HEIGHT + 2 * CHART_PAD)


# ---------------------------------------------------------------------------- document

def render_pdf(statement: Statement, path: Path | str, reference: Any = None) -> Path:
    """Write the statement as an A4 PDF at ``path``, atomically (``app.files``); with a
    ``reference`` (app.reports.reference.ContractReference), the Contract reference appendix."""
    from app.files import atomic_output

    register_fonts()
    st, lang, h = statement, statement.lang, statement.header
    path = Path(path)
    MISSING.clear()
    with atomic_output(path) as tmp:
        _build(st, lang, h, tmp, reference)
    if MISSING:  # printed as [U+XXXX]; said once, in the log, with the characters
        import logging

        logging.getLogger(__name__).warning(
            "%s: %d character(s) without a glyph in the embedded fonts, printed as their code: %s",
            path.name, len(MISSING), " ".join(f"U+{ord(c):04X}" for c in sorted(MISSING)))
    return path


def _build(st: Statement, lang: str, h, tmp: Path, reference: Any = None) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    # the frame's own 6 pt padding sits inside the margins: content lines up with the page rules
    doc = SimpleDocTemplate(
        str(tmp), pagesize=A4, leftMargin=MARGIN - 6, rightMargin=MARGIN - 6, topMargin=17 * MM,
        bottomMargin=16 * MM, title=f"{label('title', lang)} {h.work_order} {h.quarter}",
        author="Unified Planner", subject=h.customer, lang=lang)
    story = []
    for part in (_header_block(st), _services(st), _balances(st), _ledger(st), _deliveries(st),
                 _findings(st), _burn(st, CONTENT_WIDTH)):
        story += part
    if reference is not None:  # the optional appendix (issue 13)
        from app.reports.reference import reference_flowables

        story += reference_flowables(reference, CONTENT_WIDTH)
    paint = _frame_painter(st)
    doc.build(story, onFirstPage=paint, onLaterPages=paint,
              canvasmaker=_canvas_class(label("page", lang)))
