"""A past quarter's statement is the state as of the quarter's last day (issue 12): the demo's
2026Q3 statement, printed on 25 Nov 2026, read back from its PDF and its workbook, shows nothing
that happened after 30 Sep 2026 (D-004's cancellation of 9 Oct and its fee, D-003's request of
5 Nov), and its figures are those of ``balances --json --on 2026-09-30``."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.cli import main

from .conftest import DEMO_A, pdf_text

Q_END = date(2026, 9, 30)
LATER = ("9 Oct 2026", "5 Nov 2026", "2026-10-09", "2026-11-05")


@pytest.fixture
def q3(demo_db, today, tmp_path):
    pdf, xlsx = tmp_path / "q3.pdf", tmp_path / "q3.xlsx"
    assert main(["statement", "--db", str(tmp_path / "planner.db"), "--work-order", DEMO_A, "--quarter", "2026Q3",
                 "--pdf", str(pdf), "--xlsx", str(xlsx), "--today", today.isoformat(),
                 "--internal", "--lang", "en"]) == 0
    return pdf, xlsx


def _day(v):
    return v.date() if isinstance(v, datetime) else v


def _rows(xlsx, sheet):
    ws = load_workbook(xlsx, read_only=True)[sheet]
    return [r for r in ws.iter_rows(values_only=True) if any(v is not None for v in r)]


def test_the_pdf_shows_nothing_that_happened_after_the_quarter(q3):
    text = pdf_text(q3[0])
    for later in LATER:
        assert not re.search(rf"(?<!\d){later}", text), later
    # D-004 was still scheduled on 30 Sep (cancelled only on 9 Oct), D-003 not yet requested
    assert "Cancelled on" not in text and "Requested on" not in text
    assert "D-004" in text and "free until 2 Oct 2026" in text


def test_the_chart_marks_the_quarters_last_day_not_the_printing_day(q3):
    text = pdf_text(q3[0])
    assert "As of 30 Sept 2026" in text or "As of 30 Sep 2026" in text, text[-1500:]
    assert "Today 25 Nov 2026" not in text


def test_the_workbook_shows_nothing_dated_after_the_quarter(q3):
    xlsx = q3[1]
    deliveries = {r[1]: r for r in _rows(xlsx, "Deliveries")[1:]}
    assert deliveries["D-004"][5] == "scheduled" and deliveries["D-004"][11] == 0  # no fee yet
    assert deliveries["D-003"][5] == "planned"  # requested on 5 Nov
    for r in _rows(xlsx, "Ledger")[1:]:
        assert _day(r[0]) <= Q_END, r
    burn = _rows(xlsx, "Burn-down")[1:]
    assert burn
    # the delivered line stops at the quarter's end; no point of the plan sits on a later event
    assert max(_day(r[2]) for r in burn if r[1] == "Delivered") == Q_END
    assert date(2026, 10, 9) not in {_day(r[2]) for r in burn}  # the fee of D-004's cancellation


def test_the_figures_are_the_balances_on_the_quarters_last_day(q3, tmp_path, capsys):
    capsys.readouterr()
    assert main(["balances", "--db", str(tmp_path / "planner.db"), "--work-order", DEMO_A, "--on", Q_END.isoformat(),
                 "--json"]) == 0
    engine = json.loads(capsys.readouterr().out)
    pools = {(b["entitlement"]["pool"], b["entitlement"]["country"]): b
             for b in engine if "pool" in b["entitlement"]}
    # page 1 of the workbook: one row per entitlement (purchased, delivered, scheduled, remaining)
    summary = _rows(q3[1], "Summary")
    kz = next(r for r in summary if r[0] == "Proactive credits, Kazakhstan")
    figures = pools[("credits", "KZ")]
    assert [Decimal(str(v)) for v in kz[3:6]] == [Decimal(figures[k]) for k in ("delivered", "scheduled",
                                                                                 "remaining")]
    assert Decimal(figures["scheduled"]) == 12  # D-004, still scheduled then
    # every entitlement of page 1: bought, used (delivered and fees), scheduled, remaining
    by_name = {r[0]: r for r in summary if len(r) >= 6}
    lines = {b["entitlement"]["line"]: b for b in engine if "line" in b["entitlement"]}
    names = {**{f"Proactive credits, {c}" if k == "credits" else f"Hours, {c}": b
                for (k, c), b in pools.items()}}
    matched = 0
    for row_name, row in by_name.items():
        head = row_name.split(".")[0]
        b = lines.get(int(head)) if head.isdigit() else names.get(row_name.replace("Kazakhstan", "KZ")
                                                                  .replace("Kyrgyzstan", "KG"))
        if b is None:
            continue
        n = {k: Decimal(b[k]) for k in b if k not in ("work_order", "entitlement", "service", "unit")}
        bought = n["purchased"] + n["granted"] + n["transferred_in"] - n["transferred_out"]
        assert [Decimal(str(v)) for v in row[2:6]] == [bought, n["delivered"] + n["fees"], n["scheduled"],
                                                       n["remaining"]], row_name
        matched += 1
    assert matched == len(lines) + len(pools)  # one figure per entitlement, none left out
    # the balance sheet's closing balance is the engine's remaining, pool by pool
    for r in _rows(q3[1], "Credits and hours")[1:]:
        if (r[2], r[0]) in pools:
            assert Decimal(str(r[-1])) == Decimal(pools[(r[2], r[0])]["remaining"]), r
