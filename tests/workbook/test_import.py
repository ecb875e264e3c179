"""Importing workbooks in every shape the issue lists, checked in the database and in the
reported problems."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from app.services import importer
from app.services.portfolio import load

from .conftest import (
    DLV_HEAD,
    DLV_ROWS,
    LED_HEAD,
    LED_ROWS,
    LOC_HEAD,
    LOC_ROWS,
    SVC_HEAD,
    WO_HEAD,
    WO_ROW,
    full_sheets,
    table_counts,
)


@pytest.fixture
def db(engine_target):
    """Each test on both engines: an SQLite file and a team database (issue 17)."""
    from app.store.db import open_db

    database = open_db(engine_target)
    yield database
    database.close()



def imported(db, path, **kw):
    plan = importer.plan_import(db, path, **kw)
    assert plan.problems == [], [p.text() for p in plan.problems]
    importer.commit(db, plan)
    return plan


def test_full_workbook_lands_in_the_database(db, write):
    plan = imported(db, write(full_sheets()))
    assert plan.counts == {"new": 8, "changed": 0, "unchanged": 0}
    [wo] = load(db).work_orders
    assert (wo.number, wo.customer, wo.term_start, wo.term_end) == ("WO-1", "Acme", date(2026, 1, 1),
                                                                    date(2026, 12, 31))
    assert wo.base_amount == Decimal("500000") and wo.flex_allowance == Decimal("100000")
    assert [(loc.country, loc.role.value, loc.rate_to_usd) for loc in wo.locations] == [
        ("KZ", "host", Decimal("0.0019")), ("KG", "downstream", Decimal("0.0115"))]
    assert [(ln.line_no, ln.service, ln.quantity) for ln in wo.lines] == [
        (1, "PROACTIVE_CREDITS", 120), (2, "WORKSHOPS", 30)]
    assert wo.lines[1].notes == "=SUM(A1)"  # text, never a formula
    d = wo.deliveries[0]
    assert (d.ref, d.mode.value, d.status.value, d.first_day) == ("D-1", "onsite", "scheduled", date(2026, 4, 6))
    assert [(e.kind.value, e.credits) for e in wo.ledger] == [("grant", 120), ("draw", 10)]


def test_same_file_twice_changes_nothing(db, write):
    path = write(full_sheets())
    imported(db, path)
    before = table_counts(db)
    plan = imported(db, path)
    assert plan.counts == {"new": 0, "changed": 0, "unchanged": 8}
    assert table_counts(db) == before  # the ledger is not duplicated


def test_reimport_shows_old_and_new_values_and_updates_in_place(db, write):
    imported(db, write(full_sheets()))
    sheets = full_sheets()
    sheets["Services"][1] = ["WO-1", 1, "PROACTIVE_CREDITS", 150, "credits", "KZ", "additional", 2000, None, ""]
    sheets["Ledger"].append(["WO-1", date(2026, 3, 1), "KZ", "draw", 5, 0, "D-2", ""])
    plan = imported(db, write(sheets))
    changed = [c for c in plan.changes if c.status == "changed"]
    assert [(c.kind, c.key, c.fields) for c in changed] == [("line", 1, [("quantity", Decimal(120), Decimal(150))])]
    assert plan.count("new") == 1 and plan.count("unchanged") == 7
    wo = load(db).work_orders[0]
    assert wo.lines[0].quantity == 150 and len(wo.lines) == 2
    assert len(wo.ledger) == 3


def test_kazakh_and_russian_headers_any_order_title_rows_extra_columns_empty_rows(db, write):
    kk = ["Жұмыс тапсырысы", "Тұтынушы", "Мерзімнің басталуы", "Мерзімнің аяқталуы"]
    ru_loc = ["Роль", "Страна", "Заказ на выполнение работ", "Валюта", "Курс к USD", "Комментарий менеджера"]
    sheets = {
        "Жұмыс тапсырыстары": [["Тапсырыстар тізімі, 2026"], [], [*kk, "Менеджер"],
                              ["WO-7", "Астана Банкі", "01.03.2026", "2027-02-28", "Айгүл"], [], [None, None]],
        "Места поддержки": [ru_loc, ["ХОСТ", "Қазақстан", "WO-7", "KZT", "0,0019", "x"],
                            ["дополнительное место", "Киргизия", "WO-7", "USD", None, ""], [], []],
    }
    plan = imported(db, write(sheets))
    notes = [n.text() for n in plan.notices]
    assert any("Менеджер" in t for t in notes) and any("Комментарий менеджера" in t for t in notes)
    wo = load(db).work_orders[0]
    assert (wo.customer, wo.term_start, wo.term_end) == ("Астана Банкі", date(2026, 3, 1), date(2027, 2, 28))
    assert [(loc.country, loc.role.value, loc.currency, loc.rate_to_usd) for loc in wo.locations] == [
        ("KZ", "host", "KZT", Decimal("0.0019")), ("KG", "downstream", "USD", Decimal(1))]


@pytest.mark.parametrize("text,value,currency", [
    ("1 250,50", "1250.50", "USD"), ("1,250.50", "1250.50", "USD"), ("$ 12 000", "12000", "USD"),
    ("12 000 ₸", "12000", "KZT"), ("1.250,50", "1250.50", "USD"), ("1234.567", "1234.567", "USD")])
def test_numbers_written_as_text(db, write, text, value, currency):
    row = list(WO_ROW)
    row[5], row[6] = currency, 1 if currency == "USD" else "0.002"
    row[7] = text
    imported(db, write({"Work orders": [WO_HEAD, row]}))
    assert load(db).work_orders[0].base_amount == Decimal(value)


def test_dates_as_excel_serials_text_and_1904_system(db, write):
    row = list(WO_ROW)
    row[2], row[3], row[4] = 46082, "31.12.2026", "2025-12-01"  # a bare serial in a column of dates
    imported(db, write({"Work orders": [WO_HEAD, row, ["WO-0", "A", date(2026, 1, 1), date(2026, 2, 1)]]}))
    wo = next(w for w in load(db).work_orders if w.number == "WO-1")
    assert (wo.term_start, wo.term_end, wo.signed_on) == (date(2026, 3, 1), date(2026, 12, 31), date(2025, 12, 1))
    imported(db, write({"Work orders": [WO_HEAD, ["WO-2", "B", date(2026, 1, 1), date(2026, 6, 30)]]},
                       date1904=True))
    assert next(w for w in load(db).work_orders if w.number == "WO-2").term_end == date(2026, 6, 30)


def test_only_some_sheets_referring_to_a_stored_work_order(db, write):
    imported(db, write({"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS]}))
    imported(db, write({"Deliveries": [DLV_HEAD, *DLV_ROWS]}))
    assert [d.ref for d in load(db).work_orders[0].deliveries] == ["D-1"]


def test_unknown_work_order_is_named(db, write):
    plan = importer.plan_import(db, write({"Ledger": [LED_HEAD, *LED_ROWS]}))
    assert {(p.sheet, p.row, p.column, p.reason) for p in plan.problems} == {
        ("Ledger", 2, "Work order", "unknown_work_order"), ("Ledger", 3, "Work order", "unknown_work_order")}


def test_close_service_name_is_proposed_never_taken(db, write):
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS],
              "Services": [SVC_HEAD, ["WO-1", 1, "Proactiv Monitorng", 3, "", "KZ", "additional", 0, None, ""]]}
    path = write(sheets)
    plan = importer.plan_import(db, path, lang="ru")
    [p] = plan.problems
    assert (p.sheet, p.row, p.column, p.letter, p.reason) == ("Services", 2, "Service", "C", "unknown_service_close")
    assert p.proposals[0] == "PROACTIVE_MONITORING"
    assert "Проактивный мониторинг" in p.text("ru")
    with pytest.raises(importer.ImportRejected):
        importer.commit(db, plan)
    assert table_counts(db)["work_order"] == 0
    plan = importer.replan(db, plan, choices={"Proactiv Monitorng": "PROACTIVE_MONITORING"})
    importer.commit(db, plan)
    line = load(db).work_orders[0].lines[0]
    assert (line.service, line.unit.value) == ("PROACTIVE_MONITORING", "credits")


def test_one_bad_row_rejects_everything(db, write):
    sheets = full_sheets()
    sheets["Deliveries"].append(["WO-1", "D-2", "WORKSHOPS", "x", "FR", "remote", "planned", None, None,
                                 None, 0, 0, None, 0, ""])
    plan = importer.plan_import(db, write(sheets))
    [p] = plan.problems
    assert (p.sheet, p.row, p.column, p.reason) == ("Deliveries", 3, "Location", "unknown_location")
    assert table_counts(db) == dict.fromkeys(table_counts(db), 0)


def test_missing_required_column_and_duplicate_key(db, write):
    plan = importer.plan_import(db, write({
        "Work orders": [WO_HEAD[:3], ["WO-1", "A", date(2026, 1, 1)]],
        "Locations": [LOC_HEAD, *LOC_ROWS, LOC_ROWS[0]]}))
    got = {(p.sheet, p.row, p.column, p.reason) for p in plan.problems}
    assert ("Work orders", 1, "Term end", "missing_column") in got
    assert not any(r == "unknown_work_order" for *_, r in got)  # WO-1's own row is the one problem
    plan = importer.plan_import(db, write({"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS, LOC_ROWS[0]]}))
    assert [(p.row, p.column, p.reason, p.params) for p in plan.problems] == [(4, "Country", "duplicate_key", {"first": 2})]


def test_two_hosts_refused(db, write):
    rows = [LOC_ROWS[0], ["WO-1", "UZ", "host", "UZS", "0.000079", 1]]
    plan = importer.plan_import(db, write({"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *rows]}))
    assert {(p.row, p.column, p.reason) for p in plan.problems} == {(2, "Role", "two_hosts"), (3, "Role", "two_hosts")}


def test_error_workbook_marks_bad_cells_and_explains(db, write, tmp_path):
    from app.workbook.writer import BAD_FILL, write_error_workbook

    sheets = full_sheets()
    sheets["Services"][1][3] = "lots"
    path = write(sheets)
    plan = importer.plan_import(db, path, lang="kk")
    out = tmp_path / "errors.xlsx"
    write_error_workbook(path, out, plan.problems, "kk", {s.title: s.header_row for s in plan.raw.sheets})
    ws = openpyxl.load_workbook(out)["Services"]
    assert ws["D2"].fill.fgColor.rgb.endswith(BAD_FILL)
    assert ws["K1"].value == "Қателер"
    assert "сан емес" in ws["K2"].value and "Services, 2-жол" in ws["K2"].value
    assert ws["D3"].fill.fgColor.rgb != "00" + BAD_FILL and ws["K3"].value is None
