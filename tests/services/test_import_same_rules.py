"""An import never stores what an edit would refuse (issue 12): the demo exported by the app's
own exporter, one cell changed with openpyxl, imported with ``python -m app import``: refused
with a message naming sheet, row, column and reason, exit 1, and the database unchanged, row for
row. The edit refuses the same (app.services.planning)."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain.enums import LedgerKind
from app.domain.model import LedgerEntry
from app.services import planning

TODAY = "2026-11-25"
A = "UES-KZ-2025-014"


def _dump(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if "INSERT INTO \"import_profile" not in line]
    finally:
        con.close()


@pytest.fixture
def exported(demo_db, tmp_path, capsys):
    path = tmp_path / "export.xlsx"
    assert main(["export", str(path), "--db", str(tmp_path / "planner.db"), "--lang", "en"]) == 0
    capsys.readouterr()
    return path


def _cell(wb, sheet: str, ref: str, column: str, value) -> None:
    ws = wb[sheet]
    head = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[head.index("Delivery")].value == ref:
            row[head.index(column)].value = value
            return
    raise KeyError(ref)


def _ledger_row(wb, **cells) -> None:
    ws = wb["Ledger"]
    head = [c.value for c in ws[1]]
    ws.append([cells.get(h) for h in head])


def _import(tmp_path, exported, edit, capsys) -> tuple[int, str, bool]:
    wb = load_workbook(exported)
    edit(wb)
    book = tmp_path / "edited.xlsx"
    wb.save(book)
    db = tmp_path / "planner.db"
    before = _dump(db)
    code = main(["import", str(book), "--db", str(db), "--today", TODAY, "--lang", "en"])
    return code, capsys.readouterr().err, _dump(db) == before


CASES = {
    "delivered without dates": (
        lambda wb: (_cell(wb, "Deliveries", "D-006", "Status", "delivered"),
                    _cell(wb, "Deliveries", "D-006", "First day", None),
                    _cell(wb, "Deliveries", "D-006", "Last day", None)),
        "Deliveries, row 12, column First day (I): needs a first and last day"),
    "delivered before its first day (after --today)": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Status", "delivered"),
        "Deliveries, row 12, column First day (I): «2026-12-13»: marked delivered, but its first day "
        "2026-12-13 is after today (2026-11-25)"),
    "end before start": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Last day", date(2026, 12, 12)),
        "Deliveries, row 12, column Last day (J): «2026-12-12»: the end 2026-12-12 is before the start 2026-12-13"),
    "a cancelled delivery carrying a draw": (
        lambda wb: _ledger_row(wb, **{"Work order": A, "Date": date(2026, 10, 20), "Location": "KZ",
                                      "Kind": "draw", "Credits": 12, "Hours": 0, "Reference": "D-004"}),
        "Ledger, row 18, column Reference (G): «D-004»: names a cancelled delivery: a cancelled delivery "
        "draws nothing"),
    "a quantity of zero": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Quantity", 0),
        "Deliveries, row 12, column Quantity (R): «0»: must be greater than zero"),
    "a negative quantity": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Quantity", -3),
        "Deliveries, row 12, column Quantity (R): «-3»: must not be negative"),
    "a quantity that is not a number": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Quantity", "twelve"),
        "Deliveries, row 12, column Quantity (R): «twelve»: not a number"),
    "half a seat": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Quantity", 2.5),
        "Deliveries, row 12, column Quantity (R): «2.5»: must be a whole number"),
    "a quantity on a line counted in credits": (
        lambda wb: _cell(wb, "Deliveries", "D-106", "Quantity", 3),
        "Deliveries, row 20, column Quantity (R): «3»: is not counted for this service's unit"),
    "an unknown status": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Status", "finished"),
        "Deliveries, row 12, column Status (G): «finished»: not one of: planned, requested, scheduled, "
        "delivered, cancelled"),
    "a date cell that is text": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "First day", "next week"),
        "Deliveries, row 12, column First day (I): «next week»: not a date"),
    "a status going back": (
        lambda wb: _cell(wb, "Deliveries", "D-006", "Status", "planned"),
        "Deliveries, row 12, column Status (G): «planned»: the status cannot go back to an earlier one"),
    "marked delivered without its draw": (
        lambda wb: (_cell(wb, "Deliveries", "D-105", "Status", "delivered"),
                    _cell(wb, "Deliveries", "D-105", "First day", date(2026, 11, 2)),
                    _cell(wb, "Deliveries", "D-105", "Last day", date(2026, 11, 3))),
        "Deliveries, row 19, column Status (G): «delivered»: delivered, but the ledger holds no draw of "
        "40 credits for D-105"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_row_an_edit_would_refuse_is_refused_and_nothing_is_written(case, exported, tmp_path, capsys):
    edit, message = CASES[case]
    code, err, unchanged = _import(tmp_path, exported, edit, capsys)
    assert code == 1, err
    assert message in err, err
    assert unchanged


def test_the_same_workbook_with_the_draw_and_past_days_imports(exported, tmp_path, capsys):
    """Marked delivered with its draw on the Ledger sheet, on days already reached: imported."""
    def edit(wb):
        _cell(wb, "Deliveries", "D-105", "Status", "delivered")
        _cell(wb, "Deliveries", "D-105", "First day", date(2026, 11, 2))
        _cell(wb, "Deliveries", "D-105", "Last day", date(2026, 11, 3))
        _ledger_row(wb, **{"Work order": "UES-KZ-2026-027", "Date": date(2026, 11, 3), "Location": "KG",
                           "Kind": "draw", "Credits": 40, "Hours": 0, "Reference": "D-105"})

    code, err, unchanged = _import(tmp_path, exported, edit, capsys)
    assert code == 0, err
    con = sqlite3.connect(tmp_path / "planner.db")
    try:
        assert con.execute("select status from delivery where ref = 'D-105'").fetchone() == ("delivered",)
        assert con.execute("select credits from ledger_entry where reference = 'D-105'").fetchone()[0] in (40, "40")
    finally:
        con.close()


def test_the_edit_refuses_the_same(demo_db):
    wo = planning.work_order(demo_db, A)
    kz = wo.host.id
    draw = LedgerEntry(id=None, on=date(2026, 10, 20), location_id=kz, kind=LedgerKind.DRAW,
                       credits=Decimal(12), reference="D-004")
    with pytest.raises(planning.ValidationError) as exc:
        planning.add_entry(demo_db, A, draw)
    assert exc.value.problems == [("reference", "draw_for_cancelled")]
    with pytest.raises(planning.ValidationError) as exc:
        planning.update_delivery(demo_db, A, "D-006", quantity=Decimal(0))
    assert ("quantity", "not_positive") in exc.value.problems
    with pytest.raises(planning.ValidationError) as exc:
        planning.update_delivery(demo_db, A, "D-006", quantity=Decimal("2.5"))
    assert ("quantity", "whole_number") in exc.value.problems
    assert len(planning.work_order(demo_db, A).ledger) == len(wo.ledger)
