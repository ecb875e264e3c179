"""Workbooks from the wild (issue 14): each kind of mess is imported right, or refused with the
place named and what to do; nothing is ever imported silently wrong."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import importer
from app.services.portfolio import load

from .conftest import (LED_HEAD, LED_ROWS, LOC_HEAD, LOC_ROWS, SVC_HEAD, SVC_ROWS, WO_HEAD, WO_ROW,
                       full_sheets, table_counts)
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
    assert ("Services: hidden rows 4–5 were not imported (unhide them, or clear the filter, to import them)"
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
