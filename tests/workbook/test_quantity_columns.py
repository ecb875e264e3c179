"""The deliveries sheet's Quantity and Travel prepaid columns and the services sheet's Travel
prepaid: written by the export under their headers, read back by the import (round trip), in
any of the three languages."""

from __future__ import annotations

from decimal import Decimal as D

import openpyxl

from app.cli import main
from app.services import importer, planning
from app.store.db import open_db
from app.store.repo import load_portfolio


def _sheet(book, title):
    ws = book[title]
    head = [c.value for c in ws[1]]
    return [dict(zip(head, (c.value for c in row), strict=False)) for row in ws.iter_rows(min_row=2)]


def _fields(db):
    with db.read() as s:
        p = load_portfolio(s)
    return ({(wo.number, d.ref): (d.quantity, d.travel_prepaid) for wo in p.work_orders for d in wo.deliveries},
            {(wo.number, ln.line_no): ln.travel_prepaid for wo in p.work_orders for ln in wo.lines})


def test_quantity_and_travel_prepaid_round_trip(demo_db, tmp_path):
    wo = planning.work_order(demo_db, "UES-KZ-2025-014")
    planning.update_line(demo_db, wo.number, next(ln.id for ln in wo.lines if ln.line_no == 7), travel_prepaid=True)
    out = tmp_path / "portfolio.xlsx"
    assert main(["export", "--db", str(demo_db.path), str(out), "--lang", "en"]) == 0
    book = openpyxl.load_workbook(out)
    rows = {(r["Work order"], r["Delivery"]): r for r in _sheet(book, "Deliveries")}
    assert (rows[("UES-KZ-2025-014", "D-002")]["Quantity"], rows[("UES-KZ-2025-014", "D-002")]["Travel prepaid"]) \
        == (12, "yes")  # the demo's 12-attendee workshop, travel prepaid
    assert (rows[("UES-KZ-2025-014", "D-001")]["Quantity"], rows[("UES-KZ-2025-014", "D-001")]["Travel prepaid"]) \
        == (None, "no")  # derived: left empty
    lines = {(r["Work order"], r["Line"]): r["Travel prepaid"] for r in _sheet(book, "Services")}
    assert lines[("UES-KZ-2025-014", 7)] == "yes" and lines[("UES-KZ-2025-014", 1)] == "no"

    other = open_db(tmp_path / "other.db")
    try:
        importer.commit(other, importer.plan_import(other, out, lang="en"))
        assert _fields(other) == _fields(demo_db)
        deliveries, services = _fields(other)
        assert deliveries[("UES-KZ-2025-014", "D-002")] == (D(12), True)
        assert services[("UES-KZ-2025-014", 7)] is True
    finally:
        other.close()


def test_a_kazakh_workbook_sets_quantity_and_travel(demo_db, tmp_path):
    out = tmp_path / "kk.xlsx"
    assert main(["export", "--db", str(demo_db.path), str(out), "--lang", "kk"]) == 0
    book = openpyxl.load_workbook(out)
    ws = book["Жеткізулер"]
    head = [c.value for c in ws[1]]
    q, travel, ref = head.index("Саны") + 1, head.index("Іссапар алдын ала төленген") + 1, head.index("Жеткізу") + 1
    assert ws.cell(2, travel).value in ("иә", "жоқ")
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, ref).value == "D-003")
    ws.cell(row, q).value = 3
    ws.cell(row, travel).value = "иә"
    book.save(out)
    importer.commit(demo_db, importer.plan_import(demo_db, out, lang="kk"))
    deliveries, _ = _fields(demo_db)
    assert deliveries[("UES-KZ-2025-014", "D-003")] == (D(3), True)
    # the chalk talks line (4 sessions) now has D-003's 3 sessions committed, not 1
    from app.services.balances import portfolio_balances
    from tests.conftest import TODAY

    [b] = [b for b in portfolio_balances(demo_db, TODAY, "UES-KZ-2025-014") if b.line_no == 7]
    assert (b.purchased, b.scheduled, b.available) == (D(4), D(3), D(1))
