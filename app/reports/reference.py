"""The Contract reference (issue 13, "shown, not checked"): its data, in the reader's language,
and the same as reportlab flowables for an appendix of the statement. The data is gathered by
``app.services.reference.contract_reference``; the window's screen shows the same rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.messages import t


@dataclass(frozen=True)
class Table:
    title: str
    head: list[str]
    rows: list[list[str]]
    note: str = ""


@dataclass
class ContractReference:
    lang: str
    title: str
    subtitle: str
    shown: str  # "shown for reference, not checked"
    targets: Table
    hours: str  # business hours, one sentence
    holidays: list[Table] = field(default_factory=list)  # one per location
    flex: Table | None = None
    flex_none: str = ""
    rules: Table | None = None
    holiday_days: dict[str, list[date]] = field(default_factory=dict)  # country -> the days

    def tables(self) -> list[Table]:
        out = [self.targets, *self.holidays]
        if self.flex is not None:
            out.append(self.flex)
        if self.rules is not None:
            out.append(self.rules)
        return out


def reference_flowables(ref: ContractReference, width: float) -> list[Any]:
    """The reference as an appendix of the statement: a page break, its title, each table."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    from app.reports.pdf import register_fonts

    font = register_fonts()
    title = ParagraphStyle("ref-title", fontName=font, fontSize=12, leading=15, spaceAfter=2)
    head = ParagraphStyle("ref-head", fontName=font, fontSize=9, leading=11, spaceBefore=8, spaceAfter=3,
                          keepWithNext=1)
    body = ParagraphStyle("ref-body", fontName=font, fontSize=7, leading=8.6)
    small = ParagraphStyle("ref-note", fontName=font, fontSize=6.5, leading=8, textColor=colors.HexColor("#546e7a"))

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list[Any] = [PageBreak(), p(ref.title, title), p(ref.subtitle, small), p(ref.shown, small)]
    hours_done = False
    for table in ref.tables():
        if table is not ref.targets and (not ref.holidays or table is ref.holidays[0]) and not hours_done:
            story += [p(t("ref.hours.title", ref.lang), head), p(ref.hours)]
            hours_done = True
        story.append(p(table.title, head))
        data = [[p(h) for h in table.head]] + [[p(c) for c in row] for row in table.rows]
        if len(data) > 1:
            cols = len(table.head)
            t_ = RLTable(data, colWidths=[width / cols] * cols if cols > 3 else _narrow(cols, width),
                         repeatRows=1)
            t_.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eceff1")),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0bec5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story.append(t_)
        if table.note:
            story += [Spacer(1, 2), p(table.note, small)]
    if ref.flex is None and ref.flex_none:
        story += [p(t("ref.flex.title", ref.lang), head), p(ref.flex_none)]
    return story


def _narrow(cols: int, width: float) -> list[float]:
    """Two or three columns: a narrow first (a date, a rule id), the text wide, a narrow last."""
    if cols == 2:
        return [width * 0.22, width * 0.78]
    return [width * 0.2, width * 0.68, width * 0.12]
