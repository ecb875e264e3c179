"""One truth across the outputs: for every entitlement of every active demo work order, the
statement workbook, the statement PDF, `balances --json` and the window's Work order › Services
tab show the same purchased, delivered, scheduled and remaining figures (all from the balances
engine; the statement folds grants and transfers into "purchased" and fees into "delivered")."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.cli import main
from tests.conftest import TODAY

NUMBERS = ["UES-KZ-2025-014", "UES-KG-2026-003", "UES-KZ-2026-027"]


def balances_json(db_path, number, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db_path), "balances", "--work-order", number, "--on", TODAY.isoformat(),
                 "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def statement_view(e: dict) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    d = {k: Decimal(v) for k, v in e.items() if k not in ("work_order", "entitlement", "service", "unit")}
    return (d["purchased"] + d["granted"] + d["transferred_in"] - d["transferred_out"],
            d["delivered"] + d["fees"], d["scheduled"], d["remaining"])


def summary_rows(xlsx) -> list[tuple]:
    ws = openpyxl.load_workbook(xlsx)["Summary"]
    rows, inside = [], False
    for row in ws.iter_rows(values_only=True):
        if row[0] == "Entitlement":
            inside = True
            continue
        if inside:
            if row[2] is None:
                break
            rows.append(row)
    return rows


@pytest.mark.parametrize("number", NUMBERS)
def test_statement_workbook_pdf_json_and_window_agree(number, demo_db, tmp_path, capsys, qtbot):
    entries = balances_json(demo_db.path, number, capsys)
    assert entries
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"
    assert main(["--db", str(demo_db.path), "statement", "--work-order", number, "--quarter", "2026Q4",
                 "--today", TODAY.isoformat(), "--pdf", str(pdf), "--xlsx", str(xlsx)]) == 0

    # the workbook: one Summary row per entitlement, in the engine's order, the same figures
    rows = summary_rows(xlsx)
    assert [r[1] for r in rows] == [e["unit"] for e in entries]
    assert [tuple(Decimal(str(v)) for v in r[2:6]) for r in rows] == [statement_view(e) for e in entries]

    # the PDF: each entitlement's row on page 1 carries the same four figures, in that order
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "2", str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout
        for e in entries:
            figures = [f"{v:,}".replace(",", "[ ,\u00a0]?") for v in statement_view(e)]
            assert re.search(r"\s+".join(figures), text), (e, figures)

    # the window: Work order › Services shows the engine's Delivered, Scheduled, Remaining,
    # Available on each line (a pool line shows its pool, once)
    from app.services import session
    from app.ui.window import MainWindow

    db = session.open_db(demo_db.path, readonly=True)
    try:
        w = MainWindow(db, "en", today=TODAY)
        qtbot.addWidget(w)
        qtbot.waitUntil(lambda: not w.ctx.loading, timeout=20000)
        w.ctx.set_current(number)
        w.show_screen("workorder")
        screen = w.screens["workorder"]
        model = screen.line_model
        heads = [model.headerData(c, Qt.Orientation.Horizontal)
                 for c in range(model.columnCount())]
        col = {h: heads.index(h) for h in ("No.", "Delivered", "Scheduled", "Remaining", "Available")}
        shown = {model.index(r, col["No."]).data(): model.index(r, 0).row() for r in range(model.rowCount())}
        for e in entries:
            line = e["entitlement"].get("line")
            if line is None:
                continue
            r = shown[str(line)]
            cells = [model.index(r, col[h]).data() for h in ("Delivered", "Scheduled", "Remaining", "Available")]
            want = [e["delivered"], e["scheduled"], e["remaining"], e["available"]]
            assert [c.replace(",", "").replace("\u00a0", "") for c in cells] == want, (line, cells, want)
        w.tasks.wait()
    finally:
        db.close()
