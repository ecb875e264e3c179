"""Workbooks written by the tests, in the shapes real spreadsheets take."""

from __future__ import annotations

from datetime import date

import pytest

from .xlsx import make_xlsx

WO_HEAD = ["Work order", "Customer", "Term start", "Term end", "Signed on", "Currency", "Rate to USD",
           "Base package amount", "Flex allowance", "Cancellation fee %"]
WO_ROW = ["WO-1", "Acme", date(2026, 1, 1), date(2026, 12, 31), date(2025, 12, 1), "USD", 1, 500000, 100000, 100]
LOC_HEAD = ["Work order", "Country", "Role", "Currency", "Rate to USD", "Credit value"]
LOC_ROWS = [["WO-1", "KZ", "host", "KZT", "0.0019", 1050000], ["WO-1", "KG", "downstream", "KGS", "0.0115", 174000]]
SVC_HEAD = ["Work order", "Line", "Service", "Quantity", "Unit", "Location", "Funding", "Unit price",
            "Flex year", "Notes"]
SVC_ROWS = [["WO-1", 1, "PROACTIVE_CREDITS", 120, "credits", "KZ", "additional", 2000, None, ""],
            ["WO-1", 2, "Workshops", 30, "seats", "KZ", "additional", 900, None, "=SUM(A1)"]]
DLV_HEAD = ["Work order", "Delivery", "Service", "Title", "Location", "Mode", "Status", "Requested on",
            "First day", "Last day", "Credits", "Hours", "Changed on", "Fee", "Notes"]
DLV_ROWS = [["WO-1", "D-1", "WORKSHOPS", "Security workshop", "KZ", "onsite", "scheduled", date(2026, 3, 1),
             date(2026, 4, 6), date(2026, 4, 8), 0, 0, None, 0, ""]]
LED_HEAD = ["Work order", "Date", "Location", "Kind", "Credits", "Hours", "Reference", "Notes"]
LED_ROWS = [["WO-1", date(2026, 1, 1), "KZ", "grant", 120, 0, "WO", ""],
            ["WO-1", date(2026, 2, 1), "KZ", "draw", 10, 0, "D-1", ""]]


def full_sheets() -> dict[str, list[list]]:
    """The whole small workbook, every row a fresh copy: a test may change its cells."""
    sheets = {"Work orders": [WO_HEAD, WO_ROW], "Locations": [LOC_HEAD, *LOC_ROWS],
              "Services": [SVC_HEAD, *SVC_ROWS], "Deliveries": [DLV_HEAD, *DLV_ROWS],
              "Ledger": [LED_HEAD, *LED_ROWS]}
    return {name: [list(row) for row in rows] for name, rows in sheets.items()}


@pytest.fixture
def write(tmp_path):
    """write(sheets, name="in.xlsx", date1904=False) -> path of a new workbook."""
    counter = iter(range(10**6))

    def _write(sheets, name=None, date1904=False, hidden=None):
        path = tmp_path / (name or f"in{next(counter)}.xlsx")
        make_xlsx(path, sheets, date1904, hidden)
        return path

    return _write


def table_counts(db) -> dict[str, int]:
    from sqlalchemy import text

    with db.read() as s:
        return {t: s.exec(text(f"SELECT count(*) FROM {t}")).one()[0]
                for t in ("work_order", "location", "service_line", "delivery", "ledger_entry")}
