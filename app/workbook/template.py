"""The template a person fills in: the format's sheets with their headers (required ones marked
*), drop-down lists on every closed column, date and number formats, one example row per sheet
(marked, never imported), a sheet of the service catalog in kk/ru/en, a sheet of the lists, and
an instruction sheet that wraps and prints on one or two pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.messages import t
from app.texts import VOCAB

from . import format as fmt
from .reader import CATALOG_SHEET, EXAMPLE_MARK, LISTS_SHEET

HEADER_FILL = "DDEBF7"
EXAMPLE_COLOR = "808080"
FORMAT_ROWS = 500  # rows below the header that carry the formats and the drop-downs

NUMBER_FORMATS = {"date": "dd.mm.yyyy", "amount": "#,##0.00", "signed": "#,##0.00", "rate": "0.0000##",
                  "pct": "0.##", "int": "0", "key": "@", "text": "@"}

#: The example record of each sheet, by column key (columns without one stay empty).
EXAMPLES: dict[str, dict] = {
    "work_orders": {"work_order": "WO-2026-001", "customer": "Acme LLP", "term_start": date(2026, 1, 1),
                    "term_end": date(2026, 12, 31), "signed_on": date(2025, 12, 15), "currency": "USD",
                    "rate_to_usd": Decimal(1), "base_amount": Decimal(480000), "flex_allowance": Decimal(50000),
                    "cancel_fee_pct": Decimal(100)},
    "locations": {"work_order": "WO-2026-001", "country": "KZ", "role": "host", "currency": "KZT",
                  "rate_to_usd": Decimal("0.0019"), "credit_value": Decimal(1050000)},
    "services": {"work_order": "WO-2026-001", "line_no": 1, "service": "PROACTIVE_CREDITS",
                 "quantity": Decimal(120), "unit": "credits", "location": "KZ", "funding": "additional",
                 "unit_price": Decimal(2000)},
    "deliveries": {"work_order": "WO-2026-001", "ref": "D-1", "service": "WORKSHOPS",
                   "title": "Security workshop", "location": "KZ", "mode": "onsite", "status": "scheduled",
                   "requested_on": date(2026, 3, 1), "first_day": date(2026, 4, 6),
                   "last_day": date(2026, 4, 8), "credits": Decimal(12)},
    "ledger": {"work_order": "WO-2026-001", "on": date(2026, 1, 1), "location": "KZ", "kind": "grant",
               "credits": Decimal(120), "reference": "WO-2026-001"},
}

#: The closed lists, in the order of the lists sheet: (key, header per language).
LISTS = ("role", "unit", "funding", "mode", "status", "kind", "currency", "country")


def _vocab(name: str) -> str | None:
    return name.split(":", 1)[1] if name.startswith("vocab:") else None


def _list_values(name: str, lang: str) -> list[str]:
    if name == "currency":
        import pycountry

        common = ["USD", "KZT", "EUR", "RUB", "KGS", "UZS", "TJS", "TMT", "AZN", "GEL", "AMD", "MNT"]
        return common + sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in common)
    if name == "country":
        import pycountry

        return sorted(c.alpha_2 for c in pycountry.countries)
    return [entry.get(lang, entry["en"]) for entry in VOCAB[name].values()]


def _list_header(name: str, lang: str) -> str:
    for sheet in fmt.SHEETS:
        for col in sheet.columns:
            if _vocab(col.kind) == name or col.key == name:
                return col.header(lang)
    return name


def _closed_list(col: fmt.Column) -> str | None:
    """The list a column offers: a vocabulary, currency, country, service; None when open."""
    if _vocab(col.kind):
        return _vocab(col.kind)
    if col.kind in ("currency", "country", "service"):
        return col.kind
    return None


def write_template(path: Path | str, lang: str = "en") -> None:
    """The template in ``lang`` (headers, lists and instructions in that language; any of the
    three is read back). Written atomically (``OutputError``)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from app.domain.catalog import catalog

    from .writer import INSTRUCTIONS_TEXT, _save

    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor=HEADER_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    lists_title, catalog_title = LISTS_SHEET[lang], CATALOG_SHEET[lang]

    # the instructions, first
    ws = wb.create_sheet(fmt.INSTRUCTIONS[lang])
    ws.column_dimensions["A"].width = 70  # A4 portrait, with its margins, in any default font
    ws.append([t("template.instructions_title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    sheets = ", ".join(s.title(lang) for s in fmt.SHEETS)
    lines = [line.format(sheets=sheets) for line in INSTRUCTIONS_TEXT[lang]]
    lines += [t("template.example", lang), t("template.lists", lang, lists=lists_title, catalog=catalog_title),
              t("template.formats", lang)]
    for line in lines:
        ws.append([line])
        cell = ws.cell(row=ws.max_row, column=1)
        cell.data_type = "s"
        cell.alignment = wrap
        # LibreOffice does not fit a row to wrapped text it reads: give each row its lines' height
        ws.row_dimensions[ws.max_row].height = 15 * -(-len(line) // 64) + 3
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 2
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:A{ws.max_row}"

    # the lists and the catalog (their ranges feed the drop-downs)
    lists = wb.create_sheet(lists_title)
    ranges: dict[str, str] = {}
    for i, name in enumerate(LISTS, start=1):
        letter = get_column_letter(i)
        values = _list_values(name, lang)
        lists.cell(row=1, column=i, value=_list_header(name, lang)).font = bold
        for r, v in enumerate(values, start=2):
            lists.cell(row=r, column=i, value=v).data_type = "s"
        lists.column_dimensions[letter].width = 18
        ranges[name] = f"'{lists_title}'!${letter}$2:${letter}${len(values) + 1}"
    cat = wb.create_sheet(catalog_title)
    heads = [t("template.code", lang), "Қазақша", "Русский", "English"]
    cat.append(heads)
    for c in cat[1]:
        c.font, c.fill = bold, head_fill
    services = list(catalog())
    for s in services:
        cat.append([s.code, s.name("kk"), s.name("ru"), s.name("en")])
    for letter, width in zip("ABCD", (22, 60, 60, 60), strict=True):
        cat.column_dimensions[letter].width = width
    cat.freeze_panes = "A2"
    ranges["service"] = f"'{catalog_title}'!$A$2:$A${len(services) + 1}"

    # the format's sheets, after the instructions, before the lists
    grey = Font(italic=True, color=EXAMPLE_COLOR)
    for n, sheet in enumerate(fmt.SHEETS):
        ws = wb.create_sheet(sheet.title(lang), index=1 + n)
        example = EXAMPLES.get(sheet.key, {})
        for i, col in enumerate(sheet.columns, start=1):
            letter = get_column_letter(i)
            c = ws.cell(row=1, column=i, value=col.header(lang) + (" *" if col.required else ""))
            c.font, c.fill, c.data_type = bold, head_fill, "s"
            width = 40 if col.key in ("notes", "title", "customer") else max(12, len(col.header(lang)) + 4)
            ws.column_dimensions[letter].width = max(width, 24) if col.kind == "service" else width
            number_format = NUMBER_FORMATS.get(col.kind, "General")
            value = example.get(col.key)
            vocab = _vocab(col.kind)
            if vocab and value is not None:
                value = VOCAB[vocab][value].get(lang, value)
            if i == 1 and value is not None:
                value = f"{EXAMPLE_MARK[lang]} {value}"
            cell = ws.cell(row=2, column=i, value=value)
            cell.font = grey
            if isinstance(value, str):
                cell.data_type = "s"
            for r in range(2, FORMAT_ROWS + 2):
                ws.cell(row=r, column=i).number_format = number_format
            listed = _closed_list(col)
            if listed is not None:
                dv = DataValidation(type="list", formula1=f"={ranges[listed]}", allow_blank=True)
                # services and countries are also accepted by name: warn, do not stop
                dv.errorStyle = "warning" if listed in ("service", "country", "currency") else "stop"
                dv.showErrorMessage = True
                dv.add(f"{letter}2:{letter}{FORMAT_ROWS + 1}")
                ws.add_data_validation(dv)
        ws.freeze_panes = "A2"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
    _save(wb, Path(path))
