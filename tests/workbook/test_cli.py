"""``import``, ``export`` and ``template`` on the command line: exit codes and what they print."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from app.cli import main

from .conftest import WO_HEAD, WO_ROW, full_sheets, table_counts


@pytest.fixture
def db(engine_target):
    """Each test on both engines: an SQLite file and a team database (issue 17)."""
    from app.store.db import open_db

    database = open_db(engine_target)
    yield database
    database.close()



def test_import_ok_then_unchanged(db, write, capsys):
    path = write(full_sheets())
    assert main(["import", str(path), "--db", str(db.path), "--lang", "en"]) == 0
    assert "8 new, 0 changed, 0 unchanged" in capsys.readouterr().out
    assert main(["import", str(path), "--db", str(db.path), "--lang", "en"]) == 0
    assert "0 new, 0 changed, 8 unchanged" in capsys.readouterr().out


def test_dry_run_writes_nothing(db, write, capsys):
    assert main(["import", str(write(full_sheets())), "--db", str(db.path), "--dry-run", "--lang", "en"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert table_counts(db)["work_order"] == 0


def test_rejected_problems_on_stderr_one_a_line_and_error_workbook(db, write, tmp_path, capsys):
    row = list(WO_ROW)
    row[7], row[8] = "lots", -1
    errors = tmp_path / "errors.xlsx"
    code = main(["import", str(write({"Work orders": [WO_HEAD, row]})), "--db", str(db.path), "--lang", "ru",
                 "--errors", str(errors)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err == ["Work orders, строка 2, столбец «Base package amount» (H): «lots»: не число",
                   "Work orders, строка 2, столбец «Flex allowance» (I): «-1»: не может быть отрицательным"]
    assert table_counts(db)["work_order"] == 0
    ws = openpyxl.load_workbook(errors)["Work orders"]
    assert ws["K1"].value == "Ошибки" and "не число" in ws["K2"].value


def test_unreadable_file_exit_2(db, tmp_path, capsys):
    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello")
    assert main(["import", str(bad), "--db", str(db.path), "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip() == f"error: workbook {bad} is not an Excel workbook (.xlsx)"
    assert main(["import", str(tmp_path / "missing.xlsx"), "--db", str(db.path), "--lang", "en"]) == 2
    assert main(["import", str(bad), "--db", str(db.path), "--service", "nonsense"]) == 2


def test_export_and_template(demo_db, tmp_path, capsys):
    out = tmp_path / "portfolio.xlsx"
    assert main(["export", "--db", str(demo_db.path), str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Instructions", "Work orders", "Locations", "Services", "Deliveries", "Ledger"]
    assert [c.value for c in book["Deliveries"][1]][-6:] == ["Moved from", "Fee", "Line", "Notes", "Quantity",
                                                             "Travel prepaid"]
    assert book["Work orders"].max_row == 6
    tpl = tmp_path / "template.xlsx"
    assert main(["template", str(tpl), "--lang", "kk"]) == 0
    book = openpyxl.load_workbook(tpl)
    assert book.sheetnames[0] == "Нұсқаулық" and book["Жұмыс тапсырыстары"]["A1"].value == "Жұмыс тапсырысы *"
    assert main(["template", str(tmp_path / "x.csv")]) == 1  # the output is refused
    assert not (tmp_path / "x.csv").exists()


def test_export_writes_formula_like_text_as_text(db, tmp_path):
    from datetime import date
    from decimal import Decimal

    from app.domain.model import WorkOrder
    from app.store.repo import add_work_order

    with db.session() as s:
        add_work_order(s, WorkOrder(id=None, number="=HYPERLINK(\"http://x\")", customer="+cmd|' /C calc'!A0", term_start=date(2026, 1, 1),
                                    term_end=date(2026, 12, 31), rate_to_usd=Decimal("0.00123456789012345678")))
    out = tmp_path / "p.xlsx"
    assert main(["export", "--db", str(db.path), str(out)]) == 0
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet2.xml").decode()
    assert "<f>" not in xml and "HYPERLINK" in xml
    ws = openpyxl.load_workbook(out)["Work orders"]
    assert ws["A2"].data_type == "s" and ws["B2"].value == "+cmd|' /C calc'!A0"
    assert ws["G2"].value == "0.00123456789012345678"  # more digits than a double holds: kept as text
