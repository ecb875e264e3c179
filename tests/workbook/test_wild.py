"""Workbooks from the wild (issue 14): each kind of mess is imported right, or refused with the
place named and what to do; nothing is ever imported silently wrong."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import importer
from app.services.portfolio import load

from .conftest import (
    LED_HEAD,
    LED_ROWS,
    LOC_HEAD,
    LOC_ROWS,
    SVC_HEAD,
    SVC_ROWS,
    WO_HEAD,
    WO_ROW,
    full_sheets,
    table_counts,
)
from .xlsx import P, sheet_xml


def refused(db, path, **kw) -> list[str]:
    plan = importer.plan_import(db, path, **kw)
    assert plan.problems, "expected a refusal"
    with pytest.raises(importer.ImportRejected):
        importer.commit(db, plan)
    assert table_counts(db)["work_order"] == 0
    return [p.text() for p in plan.problems]


def imported(db, path, **kw):
    plan = importer.plan_import(db, path, **kw)
    assert plan.problems == [], [p.text() for p in plan.problems]
    importer.commit(db, plan)
    return plan


def notes(plan) -> list[str]:
    return [n.text() for n in plan.notices]


def wo(db, number="WO-1"):
    return next(w for w in load(db).work_orders if w.number == number)


def wo_row(**cells):
    row = list(WO_ROW)
    for name, value in cells.items():
        row[WO_HEAD.index(name)] = value
    return row


# ------------------------------------------------------------------------ currency signs

def test_euro_sign_on_a_usd_work_order_is_refused(db, write):
    got = refused(db, write({"Work orders": [WO_HEAD, wo_row(**{"Base package amount": "€480 000"})]}))
    assert got == ["Work orders, row 2, column Base package amount (H): «€480 000»: the amount is in EUR, "
                   "but work order WO-1 counts in USD: write it in USD (nothing is converted), or correct "
                   "the currency"]


def test_dollar_sign_on_a_kzt_work_order_stored_in_the_database_is_refused(db, write):
    kzt = wo_row(Currency="KZT", **{"Rate to USD": "0.002"})
    imported(db, write({"Work orders": [WO_HEAD, kzt], "Locations": [LOC_HEAD, *LOC_ROWS]}))
    before = table_counts(db)
    line = ["WO-1", 3, "WORKSHOPS", 2, "", "KZ", "additional", "$ 1 850", None, ""]
    plan = importer.plan_import(db, write({"Services": [SVC_HEAD, line]}))
    assert [p.text() for p in plan.problems] == [
        "Services, row 2, column Unit price (H): «$ 1 850»: the amount is in USD, but work order WO-1 "
        "counts in KZT: write it in KZT (nothing is converted), or correct the currency"]
    assert table_counts(db) == before


def test_the_work_orders_own_sign_is_fine_and_a_sign_in_a_count_is_refused(db, write):
    imported(db, write({"Work orders": [WO_HEAD, wo_row(**{"Base package amount": "$ 480 000"})]}))
    assert wo(db).base_amount == Decimal(480000)
    sheets = full_sheets()
    sheets["Services"][1][3] = "$ 120"
    plan = importer.plan_import(db, write(sheets))
    assert [(p.row, p.letter, p.reason) for p in plan.problems] == [(2, "D", "currency_not_money")]


# ------------------------------------------------------------------------------ percentages

def test_percent_formatted_cell_is_the_percentage_it_shows(db, write):
    imported(db, write({"Work orders": [WO_HEAD, wo_row(**{"Cancellation fee %": P(0.5)})]}))
    assert wo(db).cancel_fee_pct == Decimal(50)


def test_percent_format_seen_by_the_streaming_reader_too(db, tmp_path):
    import re

    from .xlsx import make_xlsx

    xml = re.sub(r' r="[A-Z]+\d+"', "", sheet_xml([WO_HEAD, wo_row(**{"Cancellation fee %": P(0.25)})]))
    path = tmp_path / "norefs.xlsx"
    make_xlsx(path, {"Work orders": xml})
    imported(db, path)
    assert wo(db).cancel_fee_pct == Decimal(25)


def test_percent_formatted_cell_in_a_column_that_is_no_percentage_is_refused(db, write):
    got = refused(db, write({"Work orders": [WO_HEAD, wo_row(**{"Base package amount": P(0.25)})]}))
    assert got == ["Work orders, row 2, column Base package amount (H): «0.25»: the cell is formatted as a "
                   "percentage (25%) in a column that is not a percentage: format it as a number"]


# ------------------------------------------------------------------------- copied sheets

def test_copied_sheets_are_read_together_with_their_original(db, write):
    sheets = full_sheets()
    second = wo_row(**{"Work order": "WO-2", "Customer": "Beta"})
    sheets["Work orders (2)"] = [WO_HEAD, second]
    sheets["Locations (2)"] = [LOC_HEAD, ["WO-2", "KZ", "host", "KZT", "0.002", 1]]
    sheets["Services (2)"] = [SVC_HEAD, ["WO-1", 3, "WORKSHOPS", 5, "", "KZ", "additional", 0, None, ""]]
    plan = imported(db, write(sheets))
    assert "sheets “Work orders”, “Work orders (2)” are all “Work orders” sheets and were read together" \
        in notes(plan)
    assert sorted(w.number for w in load(db).work_orders) == ["WO-1", "WO-2"]
    assert [ln.line_no for ln in wo(db).lines] == [1, 2, 3]


def test_a_record_repeated_on_a_copied_sheet_is_reported(db, write):
    sheets = full_sheets()
    sheets["Services (2)"] = [SVC_HEAD, list(SVC_ROWS[0])]
    sheets["Ledger (2)"] = [LED_HEAD, list(LED_ROWS[1])]
    got = refused(db, write(sheets))
    assert got == [
        "Services (2), row 2, column Line (B): «1»: the same record is also on sheet “Services”, row 2 "
        "(a copied sheet?); keep it on one sheet",
        "Ledger (2), row 2, column Date (B): «2026-02-01»: the same ledger entry is also on sheet "
        "“Ledger”, row 3 (a copied sheet?); taken twice it would count twice: keep it on one sheet"]


# ------------------------------------------------------------------------- hidden sheets and rows

def test_hidden_sheet_is_never_preferred_over_the_visible_one(db, write):
    old = [SVC_HEAD, ["WO-1", 1, "PROACTIVE_CREDITS", 999, "credits", "KZ", "additional", 1, None, "2025"]]
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS], "Services": old,
              "Services 2026": [SVC_HEAD, *SVC_ROWS]}
    plan = imported(db, write(sheets, hidden={"Services": "hidden"}))
    assert "sheet “Services” is hidden and was not imported (unhide it to import it)" in notes(plan)
    assert [(ln.line_no, ln.quantity) for ln in wo(db).lines] == [(1, 120), (2, 30)]


def test_the_only_sheet_of_a_kind_hidden_refuses_the_import(db, write):
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS]}
    got = refused(db, write(sheets, hidden={"Locations": "veryHidden"}))
    assert got == ["Locations, row 1, column — (—): the sheet “Locations” is hidden and is the workbook's "
                   "only “Locations” sheet; hidden sheets are not imported: unhide it to import it, or "
                   "delete it to import the rest"]


def test_hidden_rows_are_not_imported_and_named_in_a_note(db, write):
    rows = [SVC_HEAD, *SVC_ROWS, ["WO-1", 3, "WORKSHOPS", 1, "", "KZ", "additional", 0, None, ""],
            ["WO-1", 4, "WORKSHOPS", 1, "", "KZ", "additional", 0, None, ""]]
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS],
              "Services": sheet_xml(rows, hidden_rows={4, 5})}
    plan = imported(db, write(sheets))
    assert ("Services: hidden rows not imported: 4–5 (unhide them, or clear the filter, to import them)"
            in notes(plan))
    assert [ln.line_no for ln in wo(db).lines] == [1, 2]


# ------------------------------------------------------------------------- dates and numbers

@pytest.mark.parametrize("value,message", [
    (2025, "«2025»: a bare number 2025 is not a date: write the date (2026-03-01 or 01.03.2026)"),
    (14, "«14»: a bare number 14 is not a date: write the date (2026-03-01 or 01.03.2026)"),
    ("2025", "«2025»: a bare number 2025 is not a date: write the date (2026-03-01 or 01.03.2026)"),
])
def test_small_number_in_a_date_column_is_refused(db, write, value, message):
    got = refused(db, write({"Work orders": [WO_HEAD, wo_row(**{"Signed on": value}),
                                             wo_row(**{"Work order": "WO-2"})]}))
    assert got == [f"Work orders, row 2, column Signed on (E): {message}"]


def test_a_plausible_serial_alone_in_its_column_is_refused(db, write):
    got = refused(db, write({"Work orders": [WO_HEAD, wo_row(**{"Signed on": 46082})]}))
    assert got == ["Work orders, row 2, column Signed on (E): «46082»: the number 46082 would be the Excel "
                   "day 2026-03-01, but no other cell of this column is a date: format the cell as a date "
                   "or write the date"]


def test_a_serial_in_a_column_of_dates_is_read_as_text_too(db, write):
    imported(db, write({"Work orders": [WO_HEAD, wo_row(**{"Signed on": "46082"}),
                                        wo_row(**{"Work order": "WO-2"})]}))
    assert wo(db).signed_on == date(2026, 3, 1)


@pytest.mark.parametrize("text", ["480.000", "1.200"])
def test_a_dot_before_three_digits_is_ambiguous(db, write, text):
    got = refused(db, write({"Work orders": [WO_HEAD, wo_row(**{"Base package amount": text})]}))
    assert got == [f"Work orders, row 2, column Base package amount (H): «{text}»: ambiguous number: one "
                   "dot before three digits may separate thousands or decimals; write 480000 or 480.0"]
    sheets = full_sheets()
    sheets["Ledger"][1][4] = text
    assert [p.reason for p in importer.plan_import(db, write(sheets)).problems] == ["ambiguous_dot"]


# ------------------------------------------------------------------------------ headers

def test_header_synonyms_hints_units_and_a_kazakh_template_typed_on_a_russian_keyboard(db, write):
    ru = ["Заказ №", "Клиент/Заказчик", "Дата начала (дд.мм.гггг)", "Действует до", "Сумма, USD"]
    kk_ru_keyboard = ["Жумыс тапсырысы", "Ел", "Рөлі", "Валюта"]  # «Жұмыс тапсырысы» without Ұ
    kk_ru_keyboard[2] = "Роли"  # Рөлі without Ө
    services = ["WO #", "№", "Наименование услуги", "Кол-во", "Ед. изм.", "Источник оплаты"]
    sheets = {"Заказы": [ru, ["WO-5", "Альфа", "01.03.2026", "28.02.2027", "480 000"]],
              "Места": [kk_ru_keyboard, ["WO-5", "KZ", "host", "USD"]],
              "Услуги": [services, ["WO-5", 1, "Workshops", 3, "шт", "additional"]]}
    imported(db, write(sheets))
    w = wo(db, "WO-5")
    assert (w.customer, w.term_start, w.term_end, w.base_amount) == (
        "Альфа", date(2026, 3, 1), date(2027, 2, 28), Decimal(480000))
    assert [(ln.line_no, ln.service, ln.quantity, ln.unit.value) for ln in w.lines] == [(1, "WORKSHOPS", 3, "each")]


@pytest.mark.parametrize("header", ["Дата окончания", "Конец срока", "End date", "Аяқталу күні"])
def test_common_end_date_headers(db, write, header):
    head = ["Work order", "Client", "Start date", header]
    imported(db, write({"Work orders": [head, ["WO-1", "A", date(2026, 1, 1), date(2026, 6, 30)]]}))
    assert wo(db).term_end == date(2026, 6, 30)


def test_a_missing_required_column_names_the_ignored_columns_that_could_be_it(db, write, capsys):
    from app.cli import main

    head = ["Work order", "Customer", "Term start", "Срок окончания договора"]
    path = write({"Work orders": [head, ["WO-1", "A", date(2026, 1, 1), date(2026, 6, 30)]]})
    got = refused(db, path)
    assert got == ["Work orders, row 1, column Term end (—): the sheet has no column “Term end”, which is "
                   "required; ignored columns that could be it: D «Срок окончания договора» (map one with "
                   "--column \"Срок окончания договора=term_end\", or rename its header)"]
    assert main(["import", str(path), "--db", str(db.path), "--lang", "en",
                 "--column", "Срок окончания договора=term_end"]) == 0
    out = capsys.readouterr().out
    assert "Work orders: column “Срок окончания договора” (D) was read as “Term end”, as you mapped it" in out
    assert wo(db).term_end == date(2026, 6, 30)
    assert main(["import", str(path), "--db", str(db.path), "--column", "X=no_such_field"]) == 2


def test_unknown_service_refusal_says_how_to_choose(db, write):
    sheets = full_sheets()
    sheets["Services"][1][2] = "Something else entirely"
    plan = importer.plan_import(db, write(sheets))
    [p] = plan.problems
    assert '--service "NAME=CODE"' in p.text() and "import dialog" in p.text()


@pytest.mark.parametrize("name,code", [("Azure Event Management", "AEM"), ("Designated Engineering", "DE")])
def test_catalog_names_match_without_their_abbreviation(db, write, name, code):
    sheets = full_sheets()
    sheets["Services"][1][2] = name
    imported(db, write(sheets))
    assert wo(db).lines[0].service == code


def test_proposals_rank_abbreviations_and_service_kinds_first():
    from app.workbook.cells import service_proposals

    assert service_proposals("EDE hours")[0] == "EDE"
    assert "WORKSHOPS" in service_proposals("Workshop: Active Directory Security Assessment")


# ------------------------------------------------------------------- layout: merges, totals, info rows

def test_merged_work_order_cell_gives_its_value_to_every_line(db, write):
    rows = [SVC_HEAD, ["WO-1", 1, "PROACTIVE_CREDITS", 120, "credits", "KZ", "additional", 2000],
            [None, 2, "WORKSHOPS", 30, "seats", "KZ", "additional", 900],
            [None, 3, "WEBCASTS", 2, "", "KZ", "additional", 0]]
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS],
              "Services": sheet_xml(rows, merges=["A2:A4"])}
    imported(db, write(sheets))
    assert [ln.line_no for ln in wo(db).lines] == [1, 2, 3]


def test_total_rows_repeated_headers_and_an_info_row_above_the_table_are_skipped(db, write):
    rows = [["Заказ:", "WO-1", "Место:", "Казахстан"], [], SVC_HEAD, list(SVC_ROWS[0]), list(SVC_HEAD),
            list(SVC_ROWS[1]), ["Итого", None, None, 150, None, None, None, 2900],
            ["Всего к оплате", None, None, None, None, None, None, 2900]]
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS], "Services": rows}
    plan = imported(db, write(sheets))
    got = notes(plan)
    assert "Services: total rows skipped: 7–8" in got
    assert "Services: rows repeating the header skipped: 5" in got
    assert "Services: the rows above row 3 were taken for information, not the header; row 3 is the header" in got
    assert [ln.line_no for ln in wo(db).lines] == [1, 2]


def test_a_flat_one_sheet_layout_is_split_into_work_orders_and_lines(db, write):
    head = ["Work order", "Customer", "Term start", "Term end", "Line", "Service", "Quantity", "Funding"]
    rows = [head] + [["WO-1" if n < 6 else "WO-2", "Acme", date(2026, 1, 1), date(2026, 12, 31), n, "WORKSHOPS",
                      n, "additional"] for n in range(1, 9)]
    plan = imported(db, write({"Sheet1": rows}))
    assert "Sheet1: one row per service line with the work order's fields repeated: read as the sheets " \
           "“Work orders” (each work order once) and “Services”" in notes(plan)
    assert not [n for n in notes(plan) if "ignored" in n]  # no column of one part is "unknown" in the other
    assert table_counts(db) == {"work_order": 2, "location": 0, "service_line": 8, "delivery": 0,
                                "ledger_entry": 0}
    assert [ln.quantity for ln in wo(db, "WO-2").lines] == [6, 7, 8]
    assert wo(db, "WO-2").term_end == date(2026, 12, 31)


def test_a_flat_layout_with_conflicting_repeated_values_is_refused_naming_the_cells(db, write):
    head = ["Work order", "Customer", "Term start", "Term end", "Line", "Service", "Quantity", "Funding"]
    rows = [head] + [["WO-1", "Acme", date(2026, 1, 1), date(2026, 12, 31), n, "WORKSHOPS", 1, "additional"]
                     for n in range(1, 4)]
    rows[3][3] = date(2027, 1, 31)
    got = refused(db, write({"Sheet1": rows}))
    assert got == ["Sheet1, row 4, column Term end (D): «2027-01-31»: work order WO-1 is repeated on this line "
                   "with another value than in D2 («2026-12-31»): a work order's fields must be the same on each "
                   "of its lines"]


def test_a_flat_layout_that_cannot_be_split_is_refused_with_one_message(db, write):
    head = ["Work order", "Customer", "Term start", "Term end", "Service", "Quantity", "Funding"]  # no line number
    rows = [head] + [["WO-1", "Acme", date(2026, 1, 1), date(2026, 12, 31), "WORKSHOPS", 1, "additional"]
                     for _n in range(1, 9)]
    got = refused(db, write({"Sheet1": rows}))
    assert got == ["Sheet1, row 1, column — (—): this sheet holds work orders and their service lines in one "
                   "table (the work order's fields repeated on each line); put the work orders on a sheet "
                   "“Work orders”, one row each, and the lines on a sheet “Services”, one row each with its "
                   "work order number (python -m app template writes this layout)"]


# ------------------------------------------------------------------------------ date forms

@pytest.mark.parametrize("text", ["2026.06.15", "15 июня 2026 г.", "15-Jun-2026", "June 15, 2026", "15.06.26",
                                  "2026 жылғы 15 маусым", "15/06/2026", "15.06.2026 г."])
def test_date_forms(db, write, text):
    imported(db, write({"Work orders": [WO_HEAD, wo_row(**{"Term end": text})]}))
    assert wo(db).term_end == date(2026, 6, 15)


def test_slash_dates_read_only_when_the_column_settles_the_order(db, write):
    settled = [WO_HEAD, wo_row(**{"Term end": "05/06/2026"}),
               wo_row(**{"Work order": "WO-2", "Term end": "25/12/2026"})]
    imported(db, write({"Work orders": settled}))
    assert wo(db).term_end == date(2026, 6, 5)
    got = importer.plan_import(db, write({"Work orders": [WO_HEAD, wo_row(**{"Work order": "WO-3",
                                                                            "Term end": "05/06/2026"})]}))
    assert [p.text() for p in got.problems] == [
        "Work orders, row 2, column Term end (D): «05/06/2026»: ambiguous date: day/month or month/day? No "
        "date of this column settles it; write 2026-06-05 or 05.06.2026"]


# ------------------------------------------------------------------------------ more files

def test_semicolon_cp1251_csv_from_1c(db, tmp_path, capsys):
    from app.cli import main

    path = tmp_path / "Заказы.csv"
    text = ("Заказ на выполнение работ;Клиент;Начало срока;Окончание срока;Валюта;Курс к USD;"
            "Сумма базового пакета\r\n"
            "WO-9;ТОО «Альфа»;01.03.2026;28.02.2027;KZT;0,002;1 250 000,50\r\n")
    path.write_bytes(text.encode("cp1251"))
    assert main(["import", str(path), "--db", str(db.path), "--lang", "en"]) == 0
    assert "note: read as CSV: encoding cp1251, separator “;”" in capsys.readouterr().out
    w = wo(db, "WO-9")
    assert (w.customer, w.term_end, w.currency, w.base_amount) == (
        "ТОО «Альфа»", date(2027, 2, 28), "KZT", Decimal("1250000.50"))


def test_utf8_bom_csv_is_read_and_validated_like_a_workbook(db, tmp_path):
    path = tmp_path / "export.csv"
    head = ",".join(WO_HEAD[:4])
    path.write_bytes(("\ufeff" + head + "\nWO-9,Acme,2026-03-01,2025-01-01\n").encode("utf-8"))
    plan = importer.plan_import(db, path)
    assert "read as CSV: encoding UTF-8 (BOM), separator “,”" in notes(plan)
    assert [(p.sheet, p.row, p.letter, p.reason) for p in plan.problems] == [
        ("export", 2, "D", "end_before_start")]


def test_ods_with_a_hidden_sheet(db, tmp_path):
    from .xlsx import make_ods

    path = tmp_path / "book.ods"
    sheets = full_sheets()
    sheets["Services 2025"] = [SVC_HEAD, ["WO-1", 9, "WORKSHOPS", 1, "", "KZ", "additional", 0, None, ""]]
    make_ods(path, sheets, hidden={"Services 2025"})
    plan = imported(db, path)
    assert "sheet “Services 2025” is hidden and was not imported (unhide it to import it)" in notes(plan)
    assert plan.counts["new"] == 8 and [ln.line_no for ln in wo(db).lines] == [1, 2]


def test_csv_text_named_xlsx_is_still_not_a_workbook_and_a_huge_csv_is_refused(db, tmp_path):
    from app.workbook.reader import MAX_CELLS, WorkbookError

    named = tmp_path / "x.xlsx"
    named.write_bytes(b"name,amount\nx,1\n")
    with pytest.raises(WorkbookError, match="not_xlsx"):
        importer.plan_import(db, named)
    huge = tmp_path / "huge.csv"
    huge.write_bytes(b";" * 1000 + b"\n" + (b";" * 1000 + b"\n") * (MAX_CELLS // 1000 + 1))
    with pytest.raises(WorkbookError, match="sheet_too_large"):
        importer.plan_import(db, huge)
