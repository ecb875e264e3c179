"""Writing workbooks in the format: the empty template, the full export, and the error workbook
(the input with its bad cells marked and a message column).

Text is always written as text: a value starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
return never becomes a formula. Characters a workbook cannot hold (control characters) are removed
and reported. Amounts with more than 15 significant digits, which a spreadsheet number (a double)
would round, are written as text and read back exactly.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.domain.fields import DELIVERY_FIELDS, LINE_FIELDS
from app.domain.model import Portfolio
from app.domain.money import to_text
from app.messages import workbook as messages
from app.texts import word

from . import format as fmt
from .validate import Notice, Problem

HEADER_FILL = "DDEBF7"
BAD_FILL = "FFC7CE"
MAX_EXACT_DIGITS = 15

INSTRUCTIONS_TEXT = {
    "en": [
        "Unified Planner work order workbook.",
        "One sheet per kind of record: {sheets}. The first row of each sheet holds the headers, "
        "in Kazakh, Russian or English, in any order; one record per row below it.",
        "Dates: Excel dates or text as 2026-03-01 or 01.03.2026. Numbers: numbers, or text such as "
        "1 250,50 or 1,250.50. Country: ISO code (KZ) or name. Service: catalog code or name.",
        "Importing updates records with the same work order number, service line number, delivery id "
        "and location country; ledger rows already stored are not added twice; nothing is deleted.",
        "Columns marked * are required.",
    ],
    "ru": [
        "Книга заказов Unified Planner.",
        "По листу на каждый вид записей: {sheets}. В первой строке листа — заголовки на казахском, "
        "русском или английском, в любом порядке; ниже — по одной записи в строке.",
        "Даты: даты Excel или текст 2026-03-01 или 01.03.2026. Числа: числа или текст вида 1 250,50 "
        "или 1,250.50. Страна: код ISO (KZ) или название. Услуга: код или название из каталога.",
        "Импорт обновляет записи с тем же номером заказа, номером строки услуги, идентификатором "
        "оказания и страной места; уже записанные операции журнала не добавляются повторно; ничего "
        "не удаляется.",
        "Столбцы со * обязательны.",
    ],
    "kk": [
        "Unified Planner жұмыс тапсырыстары кітабы.",
        "Жазбаның әр түріне бір парақ: {sheets}. Әр парақтың бірінші жолында — қазақ, орыс немесе "
        "ағылшын тіліндегі тақырыптар, кез келген ретпен; төменде әр жолда бір жазба.",
        "Күндер: Excel күндері немесе 2026-03-01 не 01.03.2026 түріндегі мәтін. Сандар: сан немесе "
        "1 250,50 не 1,250.50 түріндегі мәтін. Ел: ISO коды (KZ) немесе атауы. Қызмет: каталог коды "
        "немесе атауы.",
        "Импорт жұмыс тапсырысының нөмірі, қызмет жолының нөмірі, жеткізу идентификаторы және орын елі "
        "бірдей жазбаларды жаңартады; журналдағы бар жазбалар қайта қосылмайды; ештеңе өшірілмейді.",
        "* белгісі бар бағандар міндетті.",
    ],
}


class _Sink:
    """Makes write-only cells, cleaning text and remembering what was removed."""

    def __init__(self, ws, sheet_title: str, notices: list[Notice]):
        from openpyxl.cell import WriteOnlyCell

        self.ws = ws
        self.title = sheet_title
        self.notices = notices
        self.cell_class = WriteOnlyCell

    def cell(self, value, row: int, header: str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        if isinstance(value, Decimal):
            text = to_text(value)
            digits = len(text.replace("-", "").replace(".", "").lstrip("0"))
            # a double would round a long number: keep every digit as text
            value = text if digits > MAX_EXACT_DIGITS else Decimal(text)
        if isinstance(value, str):
            clean = ILLEGAL_CHARACTERS_RE.sub("", value)
            if clean != value:
                self.notices.append(Notice("stripped", {"sheet": self.title, "row": row, "column": header}))
            c = self.cell_class(self.ws, value=clean)
            c.data_type = "s"  # text stays text: never a formula
            return c
        c = self.cell_class(self.ws, value=value)
        if isinstance(value, date):
            c.number_format = "yyyy-mm-dd"
        return c


def _header_cells(ws, sheet: fmt.Sheet, lang: str, mark_required: bool):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    out = []
    for col in sheet.columns:
        text = col.header(lang) + (" *" if mark_required and col.required else "")
        c = WriteOnlyCell(ws, value=text)
        c.data_type = "s"
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEADER_FILL)
        out.append(c)
    return out


def _new_sheet(wb, sheet: fmt.Sheet, lang: str, mark_required: bool = False):
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(sheet.title(lang))
    for i, col in enumerate(sheet.columns, start=1):
        width = 40 if col.key in ("notes", "title", "customer") else max(12, len(col.header(lang)) + 4)
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(_header_cells(ws, sheet, lang, mark_required))
    return ws


def _instructions(wb, lang: str) -> None:
    ws = wb.create_sheet(fmt.INSTRUCTIONS[lang])
    ws.column_dimensions["A"].width = 120
    sheets = ", ".join(s.title(lang) for s in fmt.SHEETS)
    for line in INSTRUCTIONS_TEXT[lang]:
        c = _Sink(ws, "", []).cell(line.format(sheets=sheets), 0, "")
        ws.append([c])


def _save(wb, path: Path) -> None:
    """Save atomically (``app.files``): a failure leaves an earlier file of that name intact and
    raises ``OutputError`` with the reason (disk full, read-only, permission…)."""
    from app.files import OutputError, atomic_output

    try:
        with atomic_output(path) as tmp:
            wb.save(tmp)
    except OutputError:
        _abandon(wb)
        raise


def _abandon(wb) -> None:
    """After a failed save of a write-only workbook, close its sheets' half-written streams now
    and quietly: collected later, they print "Exception ignored…" tracebacks at the user."""
    import sys

    hook = sys.unraisablehook
    sys.unraisablehook = lambda *_: None
    try:
        for ws in getattr(wb, "_sheets", []):
            gen = getattr(ws, "_rows", None)
            if gen is not None:
                try:
                    gen.close()
                except (OSError, ValueError, RuntimeError):
                    pass
    finally:
        sys.unraisablehook = hook


def write_template(path: Path | str, lang: str = "en") -> None:
    """The workbook a person fills in (app.workbook.template)."""
    from .template import write_template as write

    write(path, lang)


def _record(record, fields, country: dict, lang: str) -> dict:
    """A service line or delivery as {workbook column key: cell value}, from its field table
    (app.domain.fields): the writer places each value under its column's key, never by position."""
    out = {}
    for f in fields:
        if f.column is None:
            continue
        v = getattr(record, f.name)
        if f.kind == "vocab":
            v = word(f.vocab, v.value, lang)
        elif f.kind == "location":
            v = country.get(v)
        elif f.kind == "bool":
            v = fmt.YES_NO.get(lang, fmt.YES_NO["en"])[0 if v else 1]
        out[f.column] = v
    return out


def _rows(portfolio: Portfolio, lang: str):
    """(sheet key, {column key: value}) for every record of the portfolio."""
    w = lambda vocab, v: word(vocab, v.value, lang)  # noqa: E731
    for wo in portfolio.work_orders:
        yield "work_orders", {"work_order": wo.number, "customer": wo.customer, "term_start": wo.term_start,
                              "term_end": wo.term_end, "signed_on": wo.signed_on, "currency": wo.currency,
                              "rate_to_usd": wo.rate_to_usd, "base_amount": wo.base_amount,
                              "flex_allowance": wo.flex_allowance, "cancel_fee_pct": wo.cancel_fee_pct}
    for wo in portfolio.work_orders:
        for loc in wo.locations:
            yield "locations", {"work_order": wo.number, "country": loc.country, "role": w("role", loc.role),
                                "currency": loc.currency, "rate_to_usd": loc.rate_to_usd,
                                "credit_value": loc.credit_value}
    for wo in portfolio.work_orders:
        country = {loc.id: loc.country for loc in wo.locations}
        for ln in wo.lines:
            yield "services", {"work_order": wo.number, **_record(ln, LINE_FIELDS, country, lang)}
    for wo in portfolio.work_orders:
        country = {loc.id: loc.country for loc in wo.locations}
        for d in wo.deliveries:
            yield "deliveries", {"work_order": wo.number, **_record(d, DELIVERY_FIELDS, country, lang)}
    for wo in portfolio.work_orders:
        country = {loc.id: loc.country for loc in wo.locations}
        for e in wo.ledger:
            yield "ledger", {"work_order": wo.number, "on": e.on, "location": country.get(e.location_id),
                             "kind": w("kind", e.kind), "credits": e.credits, "hours": e.hours,
                             "reference": e.reference, "counterparty": e.counterparty, "notes": e.notes}


PROFILE_HEADERS = {"en": ["Profile", "Kind", "Header or name as written", "Field or service code"],
                   "ru": ["Профиль", "Вид", "Заголовок или название как в файле", "Поле или код услуги"],
                   "kk": ["Профиль", "Түрі", "Файлдағы тақырып не атау", "Өріс не қызмет коды"]}


def _profile_sheet(wb, profiles, lang: str, notices: list[Notice]) -> None:
    """The import profiles (remembered answers), one row per header, column and service choice;
    read back by the import (app.workbook.reader.PROFILE_SHEET)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    from .reader import PROFILE_SHEET

    ws = wb.create_sheet(PROFILE_SHEET.get(lang, PROFILE_SHEET["en"]))
    for letter, width in zip("ABCD", (30, 10, 45, 25), strict=True):
        ws.column_dimensions[letter].width = width
    heads = []
    for text in PROFILE_HEADERS.get(lang, PROFILE_HEADERS["en"]):
        c = WriteOnlyCell(ws, value=text)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=HEADER_FILL)
        heads.append(c)
    ws.append(heads)
    sink = _Sink(ws, ws.title, notices)
    for p in profiles:
        rows = [("header", h, "") for h in sorted(p.headers)] \
            + [("column", h, f) for h, f in sorted(p.columns.items())] \
            + [("service", n, c) for n, c in sorted(p.services.items())]
        for kind, text, value in rows:
            ws.append([sink.cell(p.name, 0, ""), sink.cell(kind, 0, ""), sink.cell(text, 0, ""),
                       sink.cell(value, 0, "") if value else None])


def write_portfolio(path: Path | str, portfolio: Portfolio, lang: str = "en",
                    profiles: list | None = None) -> list[Notice]:
    """The whole portfolio in the format, and the import profiles on their own sheet when there
    are any; returns notices (control characters removed)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    _instructions(wb, lang)
    notices: list[Notice] = []
    sheets = {}
    counters = {}
    for sheet in fmt.SHEETS:
        ws = _new_sheet(wb, sheet, lang)
        sheets[sheet.key] = (ws, _Sink(ws, sheet.title(lang), notices),
                             [c.header(lang) for c in sheet.columns], [c.key for c in sheet.columns])
        counters[sheet.key] = 1
    for key, record in _rows(portfolio, lang):
        ws, sink, headers, keys = sheets[key]
        counters[key] += 1
        row = counters[key]
        values = [record.get(k) for k in keys]
        ws.append([None if v is None else sink.cell(v, row, headers[i]) for i, v in enumerate(values)])
    if profiles:
        _profile_sheet(wb, profiles, lang, notices)
    _save(wb, Path(path))
    return notices


def write_error_workbook(source: Path | str, target: Path | str, problems: list[Problem],
                         lang: str = "en", header_rows: dict[str, int] | None = None) -> None:
    """The input workbook with each bad cell filled red and a message column on each sheet
    (headed on the sheet's header row, ``header_rows`` by sheet title; row 1 otherwise)."""
    import warnings

    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from .reader import WorkbookError, plain_values

    plain = plain_values(source)
    names: dict[str, str] = {}
    if plain is not None:  # CSV, .ods, .xls: their values as read, in a new workbook
        wb, names = _workbook_of(*plain)
    else:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                wb = openpyxl.load_workbook(source)
        except Exception as exc:  # noqa: BLE001 - openpyxl's errors become WorkbookError('corrupt'), said to the user
            raise WorkbookError("corrupt", source, str(exc)[:200]) from None
    fill = PatternFill("solid", fgColor=BAD_FILL)
    by_sheet: dict[str, dict[int, list[Problem]]] = {}
    for p in problems:
        by_sheet.setdefault(p.sheet, {}).setdefault(p.row, []).append(p)
    title = messages.word("problem_column", lang)
    for sheet_title, rows in by_sheet.items():
        if names.get(sheet_title, sheet_title) not in wb.sheetnames:
            continue
        ws = wb[names.get(sheet_title, sheet_title)]
        column = ws.max_column + 1
        header_row = (header_rows or {}).get(sheet_title) or 1
        texts = {header_row: [title]}
        for row, found in rows.items():
            for p in found:
                if p.letter:
                    ws[f"{p.letter}{row}"].fill = fill
            texts.setdefault(row, []).extend(p.text(lang) for p in found)
        for row, lines in texts.items():
            cell = ws.cell(row=row, column=column, value="\n".join(lines))
            cell.data_type = "s"
            if row == header_row:
                cell.font = Font(bold=True, color="9C0006")
            if row in rows:
                cell.fill = fill
        ws.column_dimensions[get_column_letter(column)].width = 80
    _save(wb, Path(target))


def _workbook_of(titles: list[str], values: dict[str, list[list]]) -> tuple:
    """A new workbook holding the read values on sheets of those titles, each cell where it was
    (so that the problems' rows and letters point at it); text stays text."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    names = {}
    for title in titles:
        names[title] = _sheet_title(title, wb.sheetnames)
        ws = wb.create_sheet(names[title])
        for r, row in enumerate(values.get(title, []), start=1):
            for c, v in enumerate(row, start=1):
                if v is None or v == "":
                    continue
                if isinstance(v, str):
                    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

                    cell = ws.cell(row=r, column=c, value=ILLEGAL_CHARACTERS_RE.sub("", v))
                    cell.data_type = "s"
                else:
                    ws.cell(row=r, column=c, value=v)
    return wb, names


def _sheet_title(title: str, taken: list[str]) -> str:
    """A title Excel accepts (31 characters, none of []:*?/\\), unique in the workbook."""
    import re

    clean = re.sub(r"[\[\]:*?/\\]", "_", title)[:31] or "Sheet"
    out, n = clean, 1
    while out in taken:
        n += 1
        out = f"{clean[:28]}({n})"
    return out
